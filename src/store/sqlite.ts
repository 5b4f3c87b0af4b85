/**
 * SQLite DedupStore (better-sqlite3, WAL) under DATA_DIR: survives restarts, so a redelivery after a restart
 * is still recognised. firstSeen is one IMMEDIATE transaction (write lock taken up front), which makes it
 * atomic across connections and processes sharing the file.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrate.ts";
import type { DedupStore, StoreClock } from "./types.ts";

export type SqliteDedupOptions = {
  clock?: StoreClock;
  /** Prune expired rows at most this often (ms); pruning also runs on open. */
  pruneEveryMs?: number;
  /** TTL used by the automatic pruning. */
  ttlMs?: number;
};

export function openSqliteDedupStore(file: string, options: SqliteDedupOptions = {}): DedupStore {
  const clock = options.clock ?? { now: Date.now };
  const pruneEveryMs = options.pruneEveryMs ?? 10 * 60 * 1000;
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });

  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL"); // safe with WAL: a crash can lose the last commits, never corrupt
  db.pragma("busy_timeout = 5000");
  migrate(db);

  const select = db.prepare("SELECT key, seen_at FROM dedup WHERE key = ?");
  const upsert = db.prepare(
    "INSERT INTO dedup (key, seen_at) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET seen_at = excluded.seen_at",
  );
  const deleteOld = db.prepare("DELETE FROM dedup WHERE seen_at < ?");

  const firstSeenTx = db.transaction((keys: string[], ttlMs: number, now: number): boolean => {
    const horizon = now - ttlMs;
    const fresh = keys.map((key) => {
      const row = select.get(key) as { seen_at: number } | undefined;
      return row === undefined || row.seen_at < horizon;
    });
    const first = fresh.every(Boolean);
    keys.forEach((key, i) => {
      if (first || fresh[i]) upsert.run(key, now);
    });
    return first;
  });

  let lastPrune = Number.NEGATIVE_INFINITY;
  const maybePrune = (ttlMs: number) => {
    const now = clock.now();
    if (now - lastPrune < pruneEveryMs) return;
    lastPrune = now;
    deleteOld.run(now - ttlMs);
  };
  if (options.ttlMs !== undefined) maybePrune(options.ttlMs);

  let closed = false;
  return {
    async firstSeen(keys, ttlMs) {
      maybePrune(ttlMs);
      return firstSeenTx.immediate(keys, ttlMs, clock.now());
    },
    async prune(ttlMs) {
      lastPrune = clock.now();
      return deleteOld.run(clock.now() - ttlMs).changes;
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
