import type { KnowledgeEvent } from "../knowledge/schema.ts";
import {
  DROP_UNMATCHED_SQL,
  type EventRow,
  type NoticeRow,
  QUEUE_NOTICES_SQL,
  type SubscriptionRow,
  toNotice,
  toStoredEvent,
  toSubscription,
} from "../subscriptions/sql.ts";
import {
  type AddedArticle,
  type AddedKnowledgeStore,
  ALL_SCOPE,
  type NoticeEvent,
  type NoticeStatus,
  type NoticeStores,
  type Outbox,
  type Subscription,
  type SubscriptionStore,
} from "../subscriptions/types.ts";
import { openSqliteFile } from "./sqlite-open.ts";

// The statements D1 runs too (src/subscriptions/d1.ts).
export { DROP_UNMATCHED_SQL, QUEUE_NOTICES_SQL } from "../subscriptions/sql.ts";

export function openSqliteNoticeStores(file: string): NoticeStores {
  const db = openSqliteFile(file);

  const q = {
    subGet: db.prepare("SELECT * FROM subscriptions WHERE chat_id = ? AND scope = ?"),
    subUpsert: db.prepare(
      `INSERT INTO subscriptions (chat_id, scope, label, mode, created_at) VALUES (@chatId, @scope, @label, @mode, @createdAt)
       ON CONFLICT (chat_id, scope) DO UPDATE SET label = excluded.label, mode = excluded.mode,
         created_at = CASE WHEN subscriptions.disabled_at IS NULL THEN subscriptions.created_at ELSE excluded.created_at END,
         disabled_at = NULL, disabled_reason = NULL`,
    ),
    subDeleteOne: db.prepare("DELETE FROM subscriptions WHERE chat_id = ? AND scope = ?"),
    subDeleteAll: db.prepare("DELETE FROM subscriptions WHERE chat_id = ?"),
    subCountActive: db.prepare(
      "SELECT count(*) AS n FROM subscriptions WHERE chat_id = ? AND (? IS NULL OR scope = ?) AND disabled_at IS NULL",
    ),
    subList: db.prepare(
      "SELECT * FROM subscriptions WHERE chat_id = ? AND disabled_at IS NULL ORDER BY created_at, scope",
    ),
    subMatching: db.prepare(
      `SELECT * FROM subscriptions WHERE disabled_at IS NULL
         AND (scope = '${ALL_SCOPE}' OR scope IN (SELECT value FROM json_each(?))) ORDER BY chat_id, created_at, scope`,
    ),
    subDisable: db.prepare(
      "UPDATE subscriptions SET disabled_at = ?, disabled_reason = ? WHERE chat_id = ? AND disabled_at IS NULL",
    ),
    subCount: db.prepare("SELECT count(*) AS n FROM subscriptions WHERE disabled_at IS NULL"),
    dropUnmatched: db.prepare(DROP_UNMATCHED_SQL),
    dropChat: db.prepare(
      "UPDATE outbox SET status = 'dropped', done_at = ?, last_error = ? WHERE chat_id = ? AND status = 'pending'",
    ),

    eventInsert: db.prepare(
      "INSERT OR IGNORE INTO added_events (id, payload, notice, created_at) VALUES (@id, @payload, @notice, @now)",
    ),
    eventGet: db.prepare("SELECT * FROM added_events WHERE id = ?"),
    eventsAll: db.prepare("SELECT * FROM added_events ORDER BY created_at, rowid"),
    queue: db.prepare(QUEUE_NOTICES_SQL),
    due: db.prepare(
      `SELECT o.id, o.event_id, o.chat_id, o.reasons, o.digest_at, o.attempts, o.first_attempt_at, o.next_attempt_at,
              o.created_at, e.notice
       FROM outbox AS o JOIN added_events AS e ON e.id = o.event_id
       WHERE o.status = 'pending' AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.id LIMIT ?`,
    ),
    claim: db.prepare(
      `UPDATE outbox SET attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, @now),
         next_attempt_at = @retryAt
       WHERE id = @id AND status = 'pending' AND next_attempt_at <= @now`,
    ),
    sent: db.prepare(
      "UPDATE outbox SET status = 'sent', done_at = ?, message_id = ?, last_error = NULL WHERE id = ? AND status = 'pending'",
    ),
    failed: db.prepare(
      "UPDATE outbox SET status = 'failed', done_at = ?, last_error = ? WHERE id = ? AND status = 'pending'",
    ),
    retry: db.prepare("UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'pending'"),
    counts: db.prepare("SELECT status, count(*) AS n FROM outbox GROUP BY status"),

    articleInsert: db.prepare("INSERT OR IGNORE INTO added_articles (id, payload, created_at) VALUES (?, ?, ?)"),
    articleGet: db.prepare("SELECT payload FROM added_articles WHERE id = ?"),
    articlesAll: db.prepare("SELECT payload FROM added_articles ORDER BY created_at, rowid"),
    revision: db.prepare("SELECT (SELECT count(*) FROM added_articles) + (SELECT count(*) FROM added_events) AS n"),
  };

  const tx = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const t = db.transaction(fn);
    return (...args: A): R => t.immediate(...args);
  };

  const addSubscription = tx((s: Subscription): "added" | "updated" | "unchanged" => {
    const existing = q.subGet.get(s.chatId, s.scope) as SubscriptionRow | undefined;
    if (existing && existing.disabled_at === null && existing.mode === s.mode && existing.label === s.label) {
      return "unchanged";
    }
    q.subUpsert.run(s);
    return existing && existing.disabled_at === null ? "updated" : "added";
  });

  const removeSubscriptions = tx((chatId: string, scope: string | undefined, now: number): number => {
    const scopeParam = scope ?? null;
    const { n } = q.subCountActive.get(chatId, scopeParam, scopeParam) as { n: number };
    if (scope === undefined) q.subDeleteAll.run(chatId);
    else q.subDeleteOne.run(chatId, scope);
    q.dropUnmatched.run({ chat_id: chatId, now });
    return n;
  });

  const disableChat = tx((chatId: string, now: number, reason: string): number => {
    const disabled = q.subDisable.run(now, reason, chatId).changes;
    q.dropChat.run(now, reason, chatId);
    return disabled;
  });

  const addEvent = tx((event: KnowledgeEvent, notice: NoticeEvent, now: number, digestAt: number) => {
    const inserted = q.eventInsert.run({
      id: event.id,
      payload: JSON.stringify(event),
      notice: JSON.stringify(notice),
      now,
    }).changes;
    const row = q.eventGet.get(event.id) as EventRow;
    if (inserted === 0) return { created: false, stored: toStoredEvent(row), queued: 0 };
    const queued = q.queue.run({
      event_id: event.id,
      scopes: JSON.stringify(event.scopes),
      now,
      digest_at: digestAt,
    }).changes;
    return { created: true, stored: toStoredEvent(row), queued };
  });

  const claim = tx((ids: readonly number[], now: number, retryAt: number): number[] =>
    ids.filter((id) => q.claim.run({ id, now, retryAt }).changes === 1),
  );
  const markSent = tx((ids: readonly number[], now: number, messageId: string | null) => {
    for (const id of ids) q.sent.run(now, messageId, id);
  });
  const markFailed = tx((ids: readonly number[], now: number, reason: string) => {
    for (const id of ids) q.failed.run(now, reason, id);
  });
  const retryAt = tx((ids: readonly number[], at: number, reason: string) => {
    for (const id of ids) q.retry.run(at, reason, id);
  });

  const addArticle = tx((article: AddedArticle, now: number) => {
    const created = q.articleInsert.run(article.id, JSON.stringify(article), now).changes === 1;
    const row = q.articleGet.get(article.id) as { payload: string };
    return { created, stored: JSON.parse(row.payload) as AddedArticle };
  });

  const subscriptions: SubscriptionStore = {
    add: async (subscription) => addSubscription(subscription),
    remove: async (chatId, scope, now) => removeSubscriptions(chatId, scope, now),
    list: async (chatId) => (q.subList.all(chatId) as SubscriptionRow[]).map(toSubscription),
    matching: async (scopes) => (q.subMatching.all(JSON.stringify(scopes)) as SubscriptionRow[]).map(toSubscription),
    disableChat: async (chatId, now, reason) => disableChat(chatId, now, reason),
    count: async () => (q.subCount.get() as { n: number }).n,
  };

  const outbox: Outbox = {
    addEvent: async ({ event, notice, now, digestAt }) => addEvent(event, notice, now, digestAt),
    due: async (now, limit) => (q.due.all(now, limit) as NoticeRow[]).map(toNotice),
    claim: async (ids, now, at) => claim(ids, now, at),
    markSent: async (ids, now, messageId) => markSent(ids, now, messageId ?? null),
    markFailed: async (ids, now, reason) => markFailed(ids, now, reason),
    retryAt: async (ids, at, reason) => retryAt(ids, at, reason),
    counts: async () => {
      const counts: Record<NoticeStatus, number> = { pending: 0, sent: 0, failed: 0, dropped: 0 };
      for (const r of q.counts.all() as Array<{ status: NoticeStatus; n: number }>) counts[r.status] = r.n;
      return counts;
    },
  };

  const added: AddedKnowledgeStore = {
    addArticle: async (article, now) => addArticle(article, now),
    articles: async () =>
      (q.articlesAll.all() as Array<{ payload: string }>).map((r) => JSON.parse(r.payload) as AddedArticle),
    events: async () => (q.eventsAll.all() as EventRow[]).map(toStoredEvent),
    revision: async () => (q.revision.get() as { n: number }).n,
  };

  let closed = false;
  return {
    subscriptions,
    outbox,
    added,
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
