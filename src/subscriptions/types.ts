/**
 * State behind subscriptions and new-event notices. Three small interfaces over one database (SQLite on Node,
 * D1 on Workers, an in-memory twin for tests); the SQL lives in migrations/0002_subscriptions.sql.
 *
 * Every method is async so a D1 implementation fits. Times are milliseconds since the Unix epoch, passed in by
 * the caller (no hidden clocks).
 */
import type { AddedArticle } from "../knowledge/load.ts";
import type { KnowledgeEvent } from "../knowledge/schema.ts";

export type { AddedArticle };

/** The scope of a subscription to everything. */
export const ALL_SCOPE = "*";

/** instant: a notice per event as soon as it is added; daily: one digest at 09:00 Asia/Shanghai. */
export type DeliveryMode = "instant" | "daily";

export type Subscription = {
  chatId: string;
  /** ALL_SCOPE or a network, alliance or zone id. */
  scope: string;
  /** How replies and notices name the scope ("物联网", "西安高新区", "全部"). */
  label: string;
  mode: DeliveryMode;
  createdAt: number;
};

export interface SubscriptionStore {
  /** Adds the subscription, or updates its label and mode; re-enables it if the chat had been disabled. */
  add(subscription: Subscription): Promise<"added" | "updated" | "unchanged">;
  /**
   * Removes one scope, or every subscription of the chat when `scope` is undefined; returns how many active
   * subscriptions were removed. Pending notices not yet attempted whose reasons no longer match any remaining
   * subscription of the chat are dropped with them.
   */
  remove(chatId: string, scope: string | undefined, now: number): Promise<number>;
  /** The chat's active subscriptions, oldest first. */
  list(chatId: string): Promise<Subscription[]>;
  /** Active subscriptions to any of `scopes`, and every active ALL_SCOPE subscription. */
  matching(scopes: readonly string[]): Promise<Subscription[]>;
  /**
   * The chat is gone (bot removed, chat disbanded): disables all its subscriptions and drops its pending
   * notices, in one transaction. Returns how many subscriptions were disabled.
   */
  disableChat(chatId: string, now: number, reason: string): Promise<number>;
  /** Active subscriptions in all chats. */
  count(): Promise<number>;
}

/** What a notice card shows about its event; fixed when the event is stored. */
export type NoticeEvent = {
  id: string;
  date: string;
  title: string;
  summary: string;
  quote: string;
  articleId: string;
  articleTitle: string;
  articleDate: string | null;
};

export type StoredEvent = { event: KnowledgeEvent; notice: NoticeEvent; createdAt: number };

export type NoticeStatus = "pending" | "sent" | "failed" | "dropped";

/** One notice in the outbox, with its event's card data. */
export type Notice = {
  id: number;
  eventId: string;
  chatId: string;
  /** Labels of the chat's subscriptions that matched the event. */
  reasons: string[];
  /** null: instant; else the digest (09:00 Asia/Shanghai) it belongs to. */
  digestAt: number | null;
  attempts: number;
  /** Start of Feishu's one-hour uuid window; null until the first attempt. */
  firstAttemptAt: number | null;
  nextAttemptAt: number;
  createdAt: number;
  event: NoticeEvent;
};

export type AddEventInput = {
  event: KnowledgeEvent;
  notice: NoticeEvent;
  now: number;
  /** When the next daily digest goes out (see nextDigestAt). */
  digestAt: number;
};

export type AddEventResult = {
  /** False when an event with this id was already stored: nothing was written. */
  created: boolean;
  /** The stored record (the existing one when created is false). */
  stored: StoredEvent;
  /** Notices queued by this call. */
  queued: number;
};

export interface Outbox {
  /**
   * One transaction: stores the event unless its id is already stored and, only if it was new, queues one notice
   * per chat with an active subscription to ALL_SCOPE or to any of `event.scopes`. A chat with at least one
   * matching instant subscription gets an instant notice (due at `now`); otherwise it joins the digest at
   * `digestAt`.
   */
  addEvent(input: AddEventInput): Promise<AddEventResult>;
  /** Pending notices due at `now` (nextAttemptAt ≤ now), earliest first, at most `limit`. */
  due(now: number, limit: number): Promise<Notice[]>;
  /**
   * Claims notices for one send attempt. For each id still pending and due at `now`: attempts + 1,
   * firstAttemptAt ??= now, nextAttemptAt = retryAt. Returns the ids claimed; a concurrent drainer that claims
   * the same ids gets none of them. A claim whose sender dies is retried once retryAt has passed.
   */
  claim(ids: readonly number[], now: number, retryAt: number): Promise<number[]>;
  /** The notices were posted (Feishu answered ok). */
  markSent(ids: readonly number[], now: number, messageId: string | undefined): Promise<void>;
  /** Given up: retrying could post twice or cannot succeed. */
  markFailed(ids: readonly number[], now: number, reason: string): Promise<void>;
  /** Still pending, due again at `at` (after an attempt that failed). */
  retryAt(ids: readonly number[], at: number, reason: string): Promise<void>;
  /** Notices by status. */
  counts(): Promise<Record<NoticeStatus, number>>;
}

/** Knowledge added at run time; merged with the repository's knowledge/ when the engine loads. */
export interface AddedKnowledgeStore {
  /** Stores the article unless its id is taken; `stored` is the record now under that id. */
  addArticle(article: AddedArticle, now: number): Promise<{ created: boolean; stored: AddedArticle }>;
  articles(): Promise<AddedArticle[]>;
  /** Events stored through Outbox.addEvent, oldest first. */
  events(): Promise<StoredEvent[]>;
  /** Grows whenever an article or event is added (in any process sharing the database). */
  revision(): Promise<number>;
}

/** The three stores over one database. */
export type NoticeStores = {
  subscriptions: SubscriptionStore;
  outbox: Outbox;
  added: AddedKnowledgeStore;
  close(): Promise<void>;
};
