/**
 * SQL shared by the SQLite store (src/store/subscriptions-sqlite.ts) and the D1 store (src/subscriptions/d1.ts):
 * plain SQLite with JSON functions, named parameters (@name; D1 binds them by position, see d1.ts).
 */
import type { KnowledgeEvent } from "../knowledge/schema.ts";
import {
  ALL_SCOPE,
  type DeliveryMode,
  type Notice,
  type NoticeEvent,
  type StoredEvent,
  type Subscription,
} from "./types.ts";

/** Queues one notice per chat with a matching active subscription; only when the event row was just written. */
export const QUEUE_NOTICES_SQL = `
INSERT OR IGNORE INTO outbox (event_id, chat_id, reasons, digest_at, status, attempts, next_attempt_at, created_at)
SELECT @event_id, chat_id, json_group_array(label),
       CASE WHEN sum(mode = 'instant') > 0 THEN NULL ELSE @digest_at END,
       'pending', 0,
       CASE WHEN sum(mode = 'instant') > 0 THEN @now ELSE @digest_at END,
       @now
FROM (
  SELECT chat_id, label, mode FROM subscriptions
  WHERE disabled_at IS NULL AND (scope = '${ALL_SCOPE}' OR scope IN (SELECT value FROM json_each(@scopes)))
  ORDER BY chat_id, created_at, scope
)
GROUP BY chat_id`;

/** Drops pending, never attempted notices of a chat whose reasons match none of its remaining subscriptions. */
export const DROP_UNMATCHED_SQL = `
UPDATE outbox SET status = 'dropped', done_at = @now, last_error = 'unsubscribed'
WHERE chat_id = @chat_id AND status = 'pending' AND attempts = 0
  AND NOT EXISTS (
    SELECT 1 FROM json_each(outbox.reasons) AS r
    JOIN subscriptions AS s ON s.chat_id = outbox.chat_id AND s.label = r.value AND s.disabled_at IS NULL
  )`;

/** Rows as both stores read them, and their mapping to the domain types. */
export type SubscriptionRow = {
  chat_id: string;
  scope: string;
  label: string;
  mode: DeliveryMode;
  created_at: number;
  disabled_at: number | null;
};

export type NoticeRow = {
  id: number;
  event_id: string;
  chat_id: string;
  reasons: string;
  digest_at: number | null;
  attempts: number;
  first_attempt_at: number | null;
  next_attempt_at: number;
  created_at: number;
  notice: string;
};

export type EventRow = { id: string; payload: string; notice: string; created_at: number };

export const toSubscription = (r: SubscriptionRow): Subscription => ({
  chatId: r.chat_id,
  scope: r.scope,
  label: r.label,
  mode: r.mode,
  createdAt: r.created_at,
});

export const toNotice = (r: NoticeRow): Notice => ({
  id: r.id,
  eventId: r.event_id,
  chatId: r.chat_id,
  reasons: JSON.parse(r.reasons) as string[],
  digestAt: r.digest_at,
  attempts: r.attempts,
  firstAttemptAt: r.first_attempt_at,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  event: JSON.parse(r.notice) as NoticeEvent,
});

export const toStoredEvent = (r: EventRow): StoredEvent => ({
  event: JSON.parse(r.payload) as KnowledgeEvent,
  notice: JSON.parse(r.notice) as NoticeEvent,
  createdAt: r.created_at,
});
