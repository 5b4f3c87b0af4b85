import { CONTEXT_MAX_VALUE_CHARS, type ContextStore, ContextValueTooLarge } from "./context.ts";
import { openSqliteFile } from "./sqlite-open.ts";
import type { StoreClock } from "./types.ts";

export type SqliteContextOptions = {
  clock?: StoreClock;
  /** Prune expired rows at most this often (ms). */
  pruneEveryMs?: number;
  /** PRAGMA wal_autocheckpoint for this connection (see SqliteDedupOptions). */
  walAutocheckpoint?: number;
};

export function openSqliteContextStore(file: string, options: SqliteContextOptions = {}): ContextStore {
  const clock = options.clock ?? { now: Date.now };
  const pruneEveryMs = options.pruneEveryMs ?? 10 * 60 * 1000;
  const db = openSqliteFile(file, { walAutocheckpoint: options.walAutocheckpoint });

  const select = db.prepare("SELECT value FROM conversation_context WHERE key = ? AND updated_at >= ?");
  const upsert = db.prepare(
    "INSERT INTO conversation_context (key, value, updated_at) VALUES (?, ?, ?) " +
      "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
  );
  const remove = db.prepare("DELETE FROM conversation_context WHERE key = ?");
  const deleteOld = db.prepare("DELETE FROM conversation_context WHERE updated_at < ?");

  let lastPrune = Number.NEGATIVE_INFINITY;
  const maybePrune = (maxAgeMs: number) => {
    const now = clock.now();
    if (now - lastPrune < pruneEveryMs) return;
    lastPrune = now;
    deleteOld.run(now - maxAgeMs);
  };

  // Group commit: the sets of one event-loop turn share one transaction, in call order (one commit instead of
  // one per set). Every other call applies what is queued first, so each call sees the writes made before it.
  type Write = { key: string; value: string; at: number; resolve(): void; reject(e: unknown): void };
  let batch: Write[] = [];
  const writeAll = db.transaction((writes: Write[]) => {
    for (const w of writes) upsert.run(w.key, w.value, w.at);
  });
  const flush = () => {
    const writes = batch;
    batch = [];
    if (writes.length === 0) return;
    try {
      if (closed) throw new Error("context store closed");
      writeAll(writes);
    } catch (error) {
      for (const w of writes) w.reject(error);
      return;
    }
    for (const w of writes) w.resolve();
  };

  let closed = false;
  return {
    async get(key, maxAgeMs) {
      flush();
      maybePrune(maxAgeMs);
      const row = select.get(key, clock.now() - maxAgeMs) as { value: string } | undefined;
      return row?.value;
    },
    async set(key, value) {
      if (value.length > CONTEXT_MAX_VALUE_CHARS) {
        throw new ContextValueTooLarge(`context value over ${CONTEXT_MAX_VALUE_CHARS} chars`);
      }
      const at = clock.now();
      await new Promise<void>((resolve, reject) => {
        batch.push({ key, value, at, resolve, reject });
        if (batch.length === 1) setImmediate(flush);
      });
    },
    async delete(key) {
      flush();
      remove.run(key);
    },
    async prune(maxAgeMs) {
      flush();
      lastPrune = clock.now();
      return deleteOld.run(clock.now() - maxAgeMs).changes;
    },
    async close() {
      if (closed) return;
      flush(); // writes already made are kept
      closed = true;
      db.close();
    },
  };
}
