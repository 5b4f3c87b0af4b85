/**
 * D1 DedupStore (Cloudflare Workers): the `dedup` table of migrations/0001_init.sql, as on Node.
 *
 * firstSeen is ONE statement, so it is atomic without a transaction (D1 runs each statement, and each batch, on
 * its database one at a time):
 *
 *   INSERT INTO dedup (key, seen_at) SELECT value, now FROM json_each(keys)
 *   ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE dedup.seen_at < now − ttl
 *   RETURNING key
 *
 * A key is written (and returned) only when it is new or expired — exactly the keys the Node store would record
 * — and the call is "first" when every key came back. Two concurrent deliveries of the same message therefore
 * cannot both see true: whichever statement runs second finds the keys fresh and gets no rows.
 */
import type { D1Database } from "@cloudflare/workers-types";
import type { DedupStore, StoreClock } from "./types.ts";

const FIRST_SEEN_SQL = `INSERT INTO dedup (key, seen_at)
SELECT value, ?1 FROM json_each(?2) WHERE true
ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE dedup.seen_at < ?3
RETURNING key`;

const PRUNE_SQL = "DELETE FROM dedup WHERE seen_at < ?1";

export function createD1DedupStore(db: D1Database, clock: StoreClock = { now: Date.now }): DedupStore {
  return {
    async firstSeen(keys, ttlMs) {
      // Duplicates in one call count once (the memory and SQLite stores judge every key before writing any).
      const unique = [...new Set(keys)];
      if (unique.length === 0) return true;
      const now = clock.now();
      const { results } = await db
        .prepare(FIRST_SEEN_SQL)
        .bind(now, JSON.stringify(unique), now - ttlMs)
        .all<{ key: string }>();
      return results.length === unique.length;
    },
    async prune(ttlMs) {
      const result = await db
        .prepare(PRUNE_SQL)
        .bind(clock.now() - ttlMs)
        .run();
      return result.meta.changes ?? 0;
    },
    async close() {
      // The binding belongs to the runtime; nothing to release.
    },
  };
}
