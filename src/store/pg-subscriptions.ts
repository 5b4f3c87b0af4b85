/**
 * PostgreSQL subscription, outbox and added-knowledge stores (migrations/0002_subscriptions.sql, translated),
 * for several instances sharing one database. Same contract as subscriptions-sqlite.ts; the statements are
 * PostgreSQL's own where SQLite's JSON functions were used (reasons stay a JSON text column, as in SQLite).
 *
 * Outbox claims lock the rows they take with FOR UPDATE SKIP LOCKED and re-check status and due time on the
 * locked row: two instances draining at once never claim the same notice, and neither waits for the other.
 * Text is ordered with COLLATE "C" (byte order, as SQLite sorts) so every store lists in the same order.
 */
import type pg from "pg";
import type { KnowledgeEvent } from "../knowledge/schema.ts";
import {
  type EventRow,
  type NoticeRow,
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
import { inTransaction, type PgDatabase, pgQuery } from "./pg.ts";

/** Queues one notice per chat with a matching active subscription (instant beats daily). */
const QUEUE_NOTICES_PG = `
INSERT INTO outbox (event_id, chat_id, reasons, digest_at, status, attempts, next_attempt_at, created_at)
SELECT $1, chat_id, json_agg(label ORDER BY created_at, scope COLLATE "C")::text,
       CASE WHEN bool_or(mode = 'instant') THEN NULL ELSE $4::bigint END,
       'pending', 0,
       CASE WHEN bool_or(mode = 'instant') THEN $3::bigint ELSE $4::bigint END,
       $3
FROM subscriptions
WHERE disabled_at IS NULL AND (scope = '${ALL_SCOPE}' OR scope = ANY($2::text[]))
GROUP BY chat_id
ON CONFLICT (event_id, chat_id) DO NOTHING`;

/** Drops pending, never attempted notices of a chat whose reasons match none of its remaining subscriptions. */
const DROP_UNMATCHED_PG = `
UPDATE outbox SET status = 'dropped', done_at = $2, last_error = 'unsubscribed'
WHERE chat_id = $1 AND status = 'pending' AND attempts = 0
  AND NOT EXISTS (
    SELECT 1 FROM json_array_elements_text(outbox.reasons::json) AS r(value)
    JOIN subscriptions AS s ON s.chat_id = outbox.chat_id AND s.label = r.value AND s.disabled_at IS NULL
  )`;

const CLAIM_PG = `
UPDATE outbox SET attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, $2), next_attempt_at = $3
WHERE id IN (
  SELECT id FROM outbox WHERE id = ANY($1::bigint[]) AND status = 'pending' AND next_attempt_at <= $2
  FOR UPDATE SKIP LOCKED
)
RETURNING id`;

export function openPgNoticeStores(db: PgDatabase): NoticeStores {
  const q = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => pgQuery<R>(db, text, values);

  const subscriptions: SubscriptionStore = {
    add: (s: Subscription) =>
      inTransaction(db, async (c) => {
        const existing = (
          await c.query<SubscriptionRow>("SELECT * FROM subscriptions WHERE chat_id = $1 AND scope = $2 FOR UPDATE", [
            s.chatId,
            s.scope,
          ])
        ).rows[0];
        if (existing && existing.disabled_at === null && existing.mode === s.mode && existing.label === s.label) {
          return "unchanged" as const;
        }
        await c.query(
          `INSERT INTO subscriptions (chat_id, scope, label, mode, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (chat_id, scope) DO UPDATE SET label = excluded.label, mode = excluded.mode,
             created_at = CASE WHEN subscriptions.disabled_at IS NULL THEN subscriptions.created_at
                               ELSE excluded.created_at END,
             disabled_at = NULL, disabled_reason = NULL`,
          [s.chatId, s.scope, s.label, s.mode, s.createdAt],
        );
        return existing && existing.disabled_at === null ? ("updated" as const) : ("added" as const);
      }),
    remove: (chatId, scope, now) =>
      inTransaction(db, async (c) => {
        const removed = await c.query(
          "DELETE FROM subscriptions WHERE chat_id = $1 AND ($2::text IS NULL OR scope = $2) RETURNING disabled_at",
          [chatId, scope ?? null],
        );
        await c.query(DROP_UNMATCHED_PG, [chatId, now]);
        return removed.rows.filter((r) => r.disabled_at === null).length;
      }),
    list: async (chatId) =>
      (
        await q<SubscriptionRow>(
          `SELECT * FROM subscriptions WHERE chat_id = $1 AND disabled_at IS NULL
           ORDER BY created_at, scope COLLATE "C"`,
          [chatId],
        )
      ).rows.map(toSubscription),
    matching: async (scopes) =>
      (
        await q<SubscriptionRow>(
          `SELECT * FROM subscriptions WHERE disabled_at IS NULL AND (scope = '${ALL_SCOPE}' OR scope = ANY($1::text[]))
           ORDER BY chat_id COLLATE "C", created_at, scope COLLATE "C"`,
          [[...scopes]],
        )
      ).rows.map(toSubscription),
    disableChat: (chatId, now, reason) =>
      inTransaction(db, async (c) => {
        const disabled = await c.query(
          "UPDATE subscriptions SET disabled_at = $1, disabled_reason = $2 WHERE chat_id = $3 AND disabled_at IS NULL",
          [now, reason, chatId],
        );
        await c.query(
          "UPDATE outbox SET status = 'dropped', done_at = $1, last_error = $2 WHERE chat_id = $3 AND status = 'pending'",
          [now, reason, chatId],
        );
        return disabled.rowCount ?? 0;
      }),
    count: async () =>
      (await q<{ n: number }>("SELECT count(*) AS n FROM subscriptions WHERE disabled_at IS NULL")).rows[0]?.n ?? 0,
  };

  const addEvent = (event: KnowledgeEvent, notice: NoticeEvent, now: number, digestAt: number) =>
    inTransaction(db, async (c) => {
      const inserted = await c.query(
        "INSERT INTO added_events (id, payload, notice, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
        [event.id, JSON.stringify(event), JSON.stringify(notice), now],
      );
      const row = (await c.query<EventRow>("SELECT * FROM added_events WHERE id = $1", [event.id])).rows[0] as EventRow;
      if (inserted.rowCount !== 1) return { created: false, stored: toStoredEvent(row), queued: 0 };
      const queued = await c.query(QUEUE_NOTICES_PG, [event.id, event.scopes, now, digestAt]);
      return { created: true, stored: toStoredEvent(row), queued: queued.rowCount ?? 0 };
    });

  const setMany = async (sql: string, ids: readonly number[], values: unknown[]) => {
    if (ids.length > 0) await q(sql, [[...ids], ...values]);
  };

  const outbox: Outbox = {
    addEvent: ({ event, notice, now, digestAt }) => addEvent(event, notice, now, digestAt),
    due: async (now, limit) =>
      (
        await q<NoticeRow>(
          `SELECT o.id, o.event_id, o.chat_id, o.reasons, o.digest_at, o.attempts, o.first_attempt_at,
                  o.next_attempt_at, o.created_at, e.notice
           FROM outbox AS o JOIN added_events AS e ON e.id = o.event_id
           WHERE o.status = 'pending' AND o.next_attempt_at <= $1 ORDER BY o.next_attempt_at, o.id LIMIT $2`,
          [now, limit],
        )
      ).rows.map(toNotice),
    claim: async (ids, now, retryAt) => {
      if (ids.length === 0) return [];
      const claimed = new Set((await q<{ id: number }>(CLAIM_PG, [[...ids], now, retryAt])).rows.map((r) => r.id));
      return ids.filter((id) => claimed.has(id));
    },
    markSent: (ids, now, messageId) =>
      setMany(
        "UPDATE outbox SET status = 'sent', done_at = $2, message_id = $3, last_error = NULL WHERE id = ANY($1::bigint[]) AND status = 'pending'",
        ids,
        [now, messageId ?? null],
      ),
    markFailed: (ids, now, reason) =>
      setMany(
        "UPDATE outbox SET status = 'failed', done_at = $2, last_error = $3 WHERE id = ANY($1::bigint[]) AND status = 'pending'",
        ids,
        [now, reason],
      ),
    retryAt: (ids, at, reason) =>
      setMany(
        "UPDATE outbox SET next_attempt_at = $2, last_error = $3 WHERE id = ANY($1::bigint[]) AND status = 'pending'",
        ids,
        [at, reason],
      ),
    counts: async () => {
      const counts: Record<NoticeStatus, number> = { pending: 0, sent: 0, failed: 0, dropped: 0 };
      const rows = (
        await q<{ status: NoticeStatus; n: number }>("SELECT status, count(*) AS n FROM outbox GROUP BY status")
      ).rows;
      for (const r of rows) counts[r.status] = r.n;
      return counts;
    },
  };

  const added: AddedKnowledgeStore = {
    addArticle: (article: AddedArticle, now: number) =>
      inTransaction(db, async (c) => {
        const inserted = await c.query(
          "INSERT INTO added_articles (id, payload, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
          [article.id, JSON.stringify(article), now],
        );
        const row = (
          await c.query<{ payload: string }>("SELECT payload FROM added_articles WHERE id = $1", [article.id])
        ).rows[0] as { payload: string };
        return { created: inserted.rowCount === 1, stored: JSON.parse(row.payload) as AddedArticle };
      }),
    articles: async () =>
      (await q<{ payload: string }>('SELECT payload FROM added_articles ORDER BY created_at, id COLLATE "C"')).rows.map(
        (r) => JSON.parse(r.payload) as AddedArticle,
      ),
    events: async () =>
      (await q<EventRow>('SELECT * FROM added_events ORDER BY created_at, id COLLATE "C"')).rows.map(toStoredEvent),
    revision: async () =>
      (
        await q<{ n: number }>(
          "SELECT (SELECT count(*) FROM added_articles) + (SELECT count(*) FROM added_events) AS n",
        )
      ).rows[0]?.n ?? 0,
  };

  return { subscriptions, outbox, added, async close() {} };
}
