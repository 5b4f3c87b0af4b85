/**
 * D1 ContextStore (Cloudflare Workers): follow-up context in `conversation_context` (migrations/0003_context.sql),
 * as the SQLite store keeps it. Expired rows are never returned; the Cron Trigger prunes them.
 */
import type { D1Database } from "@cloudflare/workers-types";
import { CONTEXT_MAX_VALUE_CHARS, type ContextStore, ContextValueTooLarge } from "./context.ts";
import type { StoreClock } from "./types.ts";

export function createD1ContextStore(db: D1Database, clock: StoreClock = { now: Date.now }): ContextStore {
  return {
    async get(key, maxAgeMs) {
      const row = await db
        .prepare("SELECT value FROM conversation_context WHERE key = ?1 AND updated_at >= ?2")
        .bind(key, clock.now() - maxAgeMs)
        .first<{ value: string }>();
      return row?.value;
    },
    async set(key, value) {
      if (value.length > CONTEXT_MAX_VALUE_CHARS) {
        throw new ContextValueTooLarge(`context value over ${CONTEXT_MAX_VALUE_CHARS} chars`);
      }
      await db
        .prepare(
          `INSERT INTO conversation_context (key, value, updated_at) VALUES (?1, ?2, ?3)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        )
        .bind(key, value, clock.now())
        .run();
    },
    async delete(key) {
      await db.prepare("DELETE FROM conversation_context WHERE key = ?1").bind(key).run();
    },
    async prune(maxAgeMs) {
      const r = await db
        .prepare("DELETE FROM conversation_context WHERE updated_at < ?1")
        .bind(clock.now() - maxAgeMs)
        .run();
      return r.meta.changes ?? 0;
    },
    async close() {
      // The binding belongs to the runtime; nothing to release.
    },
  };
}
