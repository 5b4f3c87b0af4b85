/**
 * D1 DedupStore and Inbox (Cloudflare Workers): the `dedup` and `inbox` tables of migrations/, as on Node.
 *
 * firstSeen is atomic without an interactive transaction (D1 runs each statement, and each batch, on its
 * database one at a time, a batch as one transaction):
 *
 *   INSERT INTO dedup (key, seen_at) SELECT value, now FROM json_each(keys)
 *   ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE dedup.seen_at < now − ttl
 *   RETURNING key
 *
 * A key is written (and returned) only when it is new or expired — exactly the keys the Node store would record
 * — and the call is "first" when every key came back. Two concurrent deliveries of the same message therefore
 * cannot both see true: whichever statement runs second finds the keys fresh and gets no rows.
 * With a pending message, the same batch then keeps it in the inbox only if that statement wrote every key
 * (`changes()` = the previous statement's rows), so a message is recorded exactly when it is first seen.
 *
 * unfinished(): several isolates answer at once, each in its request's waitUntil, and none knows what the others
 * are doing — so only messages older than `inboxGraceMs` count as left behind (a live answer ends long before:
 * workerd stops waitUntil work 30 s after the response).
 */
import type { D1Database } from "@cloudflare/workers-types";
import type { DedupStore, Inbox, PendingMessage, StoreClock } from "./types.ts";

const FIRST_SEEN_SQL = `INSERT INTO dedup (key, seen_at)
SELECT value, ?1 FROM json_each(?2) WHERE true
ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE dedup.seen_at < ?3
RETURNING key`;

// Must directly follow FIRST_SEEN_SQL in one batch.
const KEEP_PENDING_SQL = `INSERT INTO inbox (message_id, payload, received_at)
SELECT ?1, ?2, ?3 WHERE changes() = ?4
ON CONFLICT (message_id) DO NOTHING`;

const PRUNE_SQL = "DELETE FROM dedup WHERE seen_at < ?1";

/** Default for `inboxGraceMs`: well past the longest an answer can run after its ack. */
export const INBOX_GRACE_MS = 2 * 60 * 1000;

export type D1DedupOptions = { clock?: StoreClock; inboxGraceMs?: number };

export function createD1DedupStore(db: D1Database, options: D1DedupOptions = {}): DedupStore & Inbox {
  const clock = options.clock ?? { now: Date.now };
  const graceMs = options.inboxGraceMs ?? INBOX_GRACE_MS;
  return {
    async firstSeen(keys, ttlMs, pending?: PendingMessage) {
      // Duplicates in one call count once (the memory and SQLite stores judge every key before writing any).
      const unique = [...new Set(keys)];
      if (unique.length === 0) return true;
      const now = clock.now();
      const seen = db.prepare(FIRST_SEEN_SQL).bind(now, JSON.stringify(unique), now - ttlMs);
      if (!pending) {
        const { results } = await seen.all<{ key: string }>();
        return results.length === unique.length;
      }
      const [written] = await db.batch([
        seen,
        db.prepare(KEEP_PENDING_SQL).bind(pending.id, pending.payload, now, unique.length),
      ]);
      return (written?.results.length ?? 0) === unique.length;
    },
    async prune(ttlMs) {
      const result = await db
        .prepare(PRUNE_SQL)
        .bind(clock.now() - ttlMs)
        .run();
      return result.meta.changes ?? 0;
    },
    async finished(id) {
      await db.prepare("DELETE FROM inbox WHERE message_id = ?1").bind(id).run();
    },
    async started(id) {
      await db.prepare("UPDATE inbox SET attempts = attempts + 1 WHERE message_id = ?1").bind(id).run();
    },
    async unfinished() {
      const { results } = await db
        .prepare(
          `SELECT message_id AS id, payload, received_at AS receivedAt, attempts FROM inbox WHERE received_at <= ?1`,
        )
        .bind(clock.now() - graceMs)
        .all<PendingMessage & { receivedAt: number; attempts: number }>();
      return results.sort((a, b) => a.receivedAt - b.receivedAt || a.id.localeCompare(b.id));
    },
    async close() {
      // The binding belongs to the runtime; nothing to release.
    },
  };
}
