/**
 * D1 subscription, outbox and added-knowledge stores (Cloudflare Workers) over migrations/0002_subscriptions.sql,
 * with the same behaviour as the SQLite stores (src/store/subscriptions-sqlite.ts) and the same shared statements
 * (src/subscriptions/sql.ts).
 *
 * D1 has no interactive transactions: where SQLite reads, decides in JS and writes inside one transaction, each
 * operation here is ONE `db.batch` — D1 runs a batch's statements in order as a single transaction, and batches
 * on one database one at a time — written so the decision is made by SQL inside the batch:
 *  - add: the upsert's WHERE skips an unchanged subscription; a SELECT ahead of it in the batch reports what was
 *    there before (nothing else can write in between);
 *  - addEvent: notices are queued only if the event row was inserted by this very batch — the queue statement
 *    follows the INSERT OR IGNORE directly and checks `changes()` (rows written by the previous statement);
 *  - claim: one UPDATE … RETURNING id, so two concurrent drainers never both claim a notice.
 * Named parameters (@name) are bound by position (D1 accepts ?NNN only).
 */
import type { D1Database, D1PreparedStatement } from "@cloudflare/workers-types";
import {
  DROP_UNMATCHED_SQL,
  type EventRow,
  type NoticeRow,
  QUEUE_NOTICES_SQL,
  type SubscriptionRow,
  toNotice,
  toStoredEvent,
  toSubscription,
} from "./sql.ts";
import {
  type AddedArticle,
  type AddedKnowledgeStore,
  ALL_SCOPE,
  type NoticeStatus,
  type NoticeStores,
  type Outbox,
  type SubscriptionStore,
} from "./types.ts";

type Param = string | number | null;

/** "… @a … @b … @a" → "… ?1 … ?2 … ?1" and the names in binding order ('quoted @text' stays as it is). */
export function toPositional(sql: string): { sql: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/'(?:[^']|'')*'|@([A-Za-z_][A-Za-z0-9_]*)/g, (match, name: string | undefined) => {
    if (name === undefined) return match;
    let i = names.indexOf(name);
    if (i < 0) i = names.push(name) - 1;
    return `?${i + 1}`;
  });
  return { sql: text, names };
}

const QUEUE = toPositional(`${QUEUE_NOTICES_SQL}\nHAVING changes() = 1`);
const DROP_UNMATCHED = toPositional(DROP_UNMATCHED_SQL);

export function createD1NoticeStores(db: D1Database): NoticeStores {
  const stmt = (sql: string, ...params: Param[]): D1PreparedStatement => db.prepare(sql).bind(...params);
  const named = (q: { sql: string; names: string[] }, params: Record<string, Param>): D1PreparedStatement => {
    const values = q.names.map((n) => {
      const v = params[n];
      if (v === undefined) throw new Error(`missing SQL parameter @${n}`);
      return v;
    });
    return stmt(q.sql, ...values);
  };
  const rows = async <T>(s: D1PreparedStatement): Promise<T[]> => (await s.all<T>()).results;
  const idsJson = (ids: readonly number[]) => JSON.stringify(ids);

  const subscriptions: SubscriptionStore = {
    async add(s) {
      const [before] = await db.batch([
        stmt("SELECT label, mode, disabled_at FROM subscriptions WHERE chat_id = ?1 AND scope = ?2", s.chatId, s.scope),
        stmt(
          `INSERT INTO subscriptions (chat_id, scope, label, mode, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
           ON CONFLICT (chat_id, scope) DO UPDATE SET label = excluded.label, mode = excluded.mode,
             created_at = CASE WHEN subscriptions.disabled_at IS NULL THEN subscriptions.created_at ELSE excluded.created_at END,
             disabled_at = NULL, disabled_reason = NULL
           WHERE NOT (subscriptions.disabled_at IS NULL AND subscriptions.mode = excluded.mode
                      AND subscriptions.label = excluded.label)`,
          s.chatId,
          s.scope,
          s.label,
          s.mode,
          s.createdAt,
        ),
      ]);
      const existing = (before?.results as Pick<SubscriptionRow, "label" | "mode" | "disabled_at">[] | undefined)?.[0];
      if (!existing || existing.disabled_at !== null) return "added";
      return existing.mode === s.mode && existing.label === s.label ? "unchanged" : "updated";
    },

    async remove(chatId, scope, now) {
      const scopeParam = scope ?? null;
      const [counted] = await db.batch([
        stmt(
          "SELECT count(*) AS n FROM subscriptions WHERE chat_id = ?1 AND (?2 IS NULL OR scope = ?2) AND disabled_at IS NULL",
          chatId,
          scopeParam,
        ),
        stmt("DELETE FROM subscriptions WHERE chat_id = ?1 AND (?2 IS NULL OR scope = ?2)", chatId, scopeParam),
        named(DROP_UNMATCHED, { chat_id: chatId, now }),
      ]);
      return (counted?.results as { n: number }[] | undefined)?.[0]?.n ?? 0;
    },

    async list(chatId) {
      const r = await rows<SubscriptionRow>(
        stmt(
          "SELECT * FROM subscriptions WHERE chat_id = ?1 AND disabled_at IS NULL ORDER BY created_at, scope",
          chatId,
        ),
      );
      return r.map(toSubscription);
    },

    async matching(scopes) {
      const r = await rows<SubscriptionRow>(
        stmt(
          `SELECT * FROM subscriptions WHERE disabled_at IS NULL
             AND (scope = '${ALL_SCOPE}' OR scope IN (SELECT value FROM json_each(?1))) ORDER BY chat_id, created_at, scope`,
          JSON.stringify(scopes),
        ),
      );
      return r.map(toSubscription);
    },

    async disableChat(chatId, now, reason) {
      const [disabled] = await db.batch([
        stmt(
          "UPDATE subscriptions SET disabled_at = ?1, disabled_reason = ?2 WHERE chat_id = ?3 AND disabled_at IS NULL",
          now,
          reason,
          chatId,
        ),
        stmt(
          "UPDATE outbox SET status = 'dropped', done_at = ?1, last_error = ?2 WHERE chat_id = ?3 AND status = 'pending'",
          now,
          reason,
          chatId,
        ),
      ]);
      return disabled?.meta.changes ?? 0;
    },

    async count() {
      const r = await rows<{ n: number }>(stmt("SELECT count(*) AS n FROM subscriptions WHERE disabled_at IS NULL"));
      return r[0]?.n ?? 0;
    },
  };

  const outbox: Outbox = {
    async addEvent({ event, notice, now, digestAt }) {
      const [inserted, queued, stored] = await db.batch([
        stmt(
          "INSERT OR IGNORE INTO added_events (id, payload, notice, created_at) VALUES (?1, ?2, ?3, ?4)",
          event.id,
          JSON.stringify(event),
          JSON.stringify(notice),
          now,
        ),
        // Must directly follow the INSERT: `changes()` is what that statement wrote (0 for a known event id).
        named(QUEUE, { event_id: event.id, scopes: JSON.stringify(event.scopes), now, digest_at: digestAt }),
        stmt("SELECT * FROM added_events WHERE id = ?1", event.id),
      ]);
      const row = (stored?.results as EventRow[] | undefined)?.[0];
      if (!row) throw new Error(`event ${event.id} not found after insert`);
      const created = (inserted?.meta.changes ?? 0) === 1;
      return { created, stored: toStoredEvent(row), queued: created ? (queued?.meta.changes ?? 0) : 0 };
    },

    async due(now, limit) {
      const r = await rows<NoticeRow>(
        stmt(
          `SELECT o.id, o.event_id, o.chat_id, o.reasons, o.digest_at, o.attempts, o.first_attempt_at, o.next_attempt_at,
                  o.created_at, e.notice
           FROM outbox AS o JOIN added_events AS e ON e.id = o.event_id
           WHERE o.status = 'pending' AND o.next_attempt_at <= ?1 ORDER BY o.next_attempt_at, o.id LIMIT ?2`,
          now,
          limit,
        ),
      );
      return r.map(toNotice);
    },

    async claim(ids, now, retryAt) {
      if (ids.length === 0) return [];
      const r = await rows<{ id: number }>(
        stmt(
          `UPDATE outbox SET attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, ?1),
             next_attempt_at = ?2
           WHERE id IN (SELECT value FROM json_each(?3)) AND status = 'pending' AND next_attempt_at <= ?1
           RETURNING id`,
          now,
          retryAt,
          idsJson(ids),
        ),
      );
      const claimed = new Set(r.map((x) => x.id));
      return ids.filter((id) => claimed.has(id));
    },

    async markSent(ids, now, messageId) {
      if (ids.length === 0) return;
      await stmt(
        `UPDATE outbox SET status = 'sent', done_at = ?1, message_id = ?2, last_error = NULL
         WHERE id IN (SELECT value FROM json_each(?3)) AND status = 'pending'`,
        now,
        messageId ?? null,
        idsJson(ids),
      ).run();
    },

    async markFailed(ids, now, reason) {
      if (ids.length === 0) return;
      await stmt(
        `UPDATE outbox SET status = 'failed', done_at = ?1, last_error = ?2
         WHERE id IN (SELECT value FROM json_each(?3)) AND status = 'pending'`,
        now,
        reason,
        idsJson(ids),
      ).run();
    },

    async retryAt(ids, at, reason) {
      if (ids.length === 0) return;
      await stmt(
        `UPDATE outbox SET next_attempt_at = ?1, last_error = ?2
         WHERE id IN (SELECT value FROM json_each(?3)) AND status = 'pending'`,
        at,
        reason,
        idsJson(ids),
      ).run();
    },

    async counts() {
      const counts: Record<NoticeStatus, number> = { pending: 0, sent: 0, failed: 0, dropped: 0 };
      for (const r of await rows<{ status: NoticeStatus; n: number }>(
        stmt("SELECT status, count(*) AS n FROM outbox GROUP BY status"),
      )) {
        counts[r.status] = r.n;
      }
      return counts;
    },
  };

  const added: AddedKnowledgeStore = {
    async addArticle(article, now) {
      const [inserted, stored] = await db.batch([
        stmt(
          "INSERT OR IGNORE INTO added_articles (id, payload, created_at) VALUES (?1, ?2, ?3)",
          article.id,
          JSON.stringify(article),
          now,
        ),
        stmt("SELECT payload FROM added_articles WHERE id = ?1", article.id),
      ]);
      const row = (stored?.results as { payload: string }[] | undefined)?.[0];
      if (!row) throw new Error(`article ${article.id} not found after insert`);
      return { created: (inserted?.meta.changes ?? 0) === 1, stored: JSON.parse(row.payload) as AddedArticle };
    },

    async articles() {
      const r = await rows<{ payload: string }>(stmt("SELECT payload FROM added_articles ORDER BY created_at, rowid"));
      return r.map((x) => JSON.parse(x.payload) as AddedArticle);
    },

    async events() {
      return (await rows<EventRow>(stmt("SELECT * FROM added_events ORDER BY created_at, rowid"))).map(toStoredEvent);
    },

    async revision() {
      const r = await rows<{ n: number }>(
        stmt("SELECT (SELECT count(*) FROM added_articles) + (SELECT count(*) FROM added_events) AS n"),
      );
      return r[0]?.n ?? 0;
    },
  };

  return {
    subscriptions,
    outbox,
    added,
    async close() {
      // The binding belongs to the runtime; nothing to release.
    },
  };
}
