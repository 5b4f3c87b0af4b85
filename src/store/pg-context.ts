/**
 * PostgreSQL ContextStore (migrations/0003_context.sql, translated): the follow-up context of a conversation is
 * shared by every instance, so a follow-up question answered by another instance than the first still resolves.
 * Expired rows are never returned and are pruned at most every `pruneEveryMs`.
 */
import { CONTEXT_MAX_VALUE_CHARS, type ContextStore, ContextValueTooLarge } from "./context.ts";
import { type PgDatabase, pgQuery } from "./pg.ts";
import type { StoreClock } from "./types.ts";

export function openPgContextStore(
  db: PgDatabase,
  options: { clock?: StoreClock; pruneEveryMs?: number } = {},
): ContextStore {
  const clock = options.clock ?? { now: Date.now };
  const pruneEveryMs = options.pruneEveryMs ?? 10 * 60 * 1000;
  let lastPrune = Number.NEGATIVE_INFINITY;
  const prune = async (maxAgeMs: number): Promise<number> => {
    lastPrune = clock.now();
    const r = await pgQuery(db, "DELETE FROM conversation_context WHERE updated_at < $1", [clock.now() - maxAgeMs]);
    return r.rowCount ?? 0;
  };
  // One instance's calls apply in call order (as the SQLite store's group commit does): each waits for the one
  // before it, whatever connection of the pool it gets.
  let tail: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(op: () => Promise<T>): Promise<T> => {
    const run = tail.then(op, op);
    tail = run.catch(() => undefined);
    return run;
  };
  return {
    get: (key, maxAgeMs) => inOrder(() => get(key, maxAgeMs)),
    set: (key, value) => inOrder(() => set(key, value)),
    delete: (key) => inOrder(() => remove(key)),
    prune: (maxAgeMs) => inOrder(() => prune(maxAgeMs)),
    async close() {
      await tail;
    },
  };

  async function get(key: string, maxAgeMs: number): Promise<string | undefined> {
    if (clock.now() - lastPrune >= pruneEveryMs) await prune(maxAgeMs);
    const r = await pgQuery<{ value: string }>(
      db,
      "SELECT value FROM conversation_context WHERE key = $1 AND updated_at >= $2",
      [key, clock.now() - maxAgeMs],
    );
    return r.rows[0]?.value;
  }

  async function set(key: string, value: string): Promise<void> {
    if (value.length > CONTEXT_MAX_VALUE_CHARS) {
      throw new ContextValueTooLarge(`context value over ${CONTEXT_MAX_VALUE_CHARS} chars`);
    }
    await pgQuery(
      db,
      `INSERT INTO conversation_context (key, value, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [key, value, clock.now()],
    );
  }

  async function remove(key: string): Promise<void> {
    await pgQuery(db, "DELETE FROM conversation_context WHERE key = $1", [key]);
  }
}
