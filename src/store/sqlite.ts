import { openSqliteFile } from "./sqlite-open.ts";
import type { DedupStore, Inbox, PendingMessage, StoreClock } from "./types.ts";

export type SqliteDedupOptions = {
  clock?: StoreClock;
  /** Prune expired rows at most this often (ms); pruning also runs on open. */
  pruneEveryMs?: number;
  /** TTL used by the automatic pruning. */
  ttlMs?: number;
  /** PRAGMA wal_autocheckpoint for this connection (pages; SQLite's default 1,000). On Node the checkpoints run
   *  in the background instead (src/store/sqlite-checkpoint.ts) and this is only a safety net. */
  walAutocheckpoint?: number;
};

export function openSqliteDedupStore(file: string, options: SqliteDedupOptions = {}): DedupStore & Inbox {
  const clock = options.clock ?? { now: Date.now };
  const pruneEveryMs = options.pruneEveryMs ?? 10 * 60 * 1000;
  const db = openSqliteFile(file, { walAutocheckpoint: options.walAutocheckpoint });

  const select = db.prepare("SELECT key, seen_at FROM dedup WHERE key = ?");
  const upsert = db.prepare(
    "INSERT INTO dedup (key, seen_at) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET seen_at = excluded.seen_at",
  );
  const deleteOld = db.prepare("DELETE FROM dedup WHERE seen_at < ?");
  const keepPending = db.prepare(
    "INSERT INTO inbox (message_id, payload, received_at) VALUES (?, ?, ?) ON CONFLICT(message_id) DO NOTHING",
  );
  const deletePending = db.prepare("DELETE FROM inbox WHERE message_id = ?");
  const startPending = db.prepare("UPDATE inbox SET attempts = attempts + 1 WHERE message_id = ?");
  const listPending = db.prepare("SELECT message_id AS id, payload, received_at AS receivedAt, attempts FROM inbox");

  const firstSeenOne = (keys: string[], ttlMs: number, now: number, pending?: PendingMessage): boolean => {
    const horizon = now - ttlMs;
    const fresh = keys.map((key) => {
      const row = select.get(key) as { seen_at: number } | undefined;
      return row === undefined || row.seen_at < horizon;
    });
    const first = fresh.every(Boolean);
    keys.forEach((key, i) => {
      if (first || fresh[i]) upsert.run(key, now);
    });
    if (first && pending) keepPending.run(pending.id, pending.payload, now);
    return first;
  };
  type Call =
    | {
        op: "seen";
        keys: string[];
        ttlMs: number;
        now: number;
        pending: PendingMessage | undefined;
        resolve(first: boolean): void;
        reject(e: unknown): void;
      }
    | { op: "started" | "finished"; id: string; resolve(first: boolean): void; reject(e: unknown): void };
  const firstSeenBatchTx = db.transaction((calls: Call[]) =>
    calls.map((c) => {
      if (c.op === "seen") return firstSeenOne(c.keys, c.ttlMs, c.now, c.pending);
      (c.op === "started" ? startPending : deletePending).run(c.id);
      return true;
    }),
  );
  let batch: Call[] = [];
  const flush = () => {
    const calls = batch;
    batch = [];
    if (calls.length === 0) return;
    let results: boolean[];
    try {
      if (closed) throw new Error("dedup store closed");
      results = firstSeenBatchTx.immediate(calls);
    } catch (error) {
      for (const c of calls) c.reject(error);
      return;
    }
    calls.forEach((c, i) => {
      c.resolve(results[i] as boolean);
    });
  };

  const inboxUpdate = (op: "started" | "finished", id: string) =>
    new Promise<boolean>((resolve, reject) => {
      batch.push({ op, id, resolve, reject });
      if (batch.length === 1) setImmediate(flush);
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
    firstSeen(keys, ttlMs, pending) {
      return new Promise<boolean>((resolve, reject) => {
        try {
          maybePrune(ttlMs);
        } catch (error) {
          return reject(error);
        }
        batch.push({ op: "seen", keys, ttlMs, now: clock.now(), pending, resolve, reject });
        if (batch.length === 1) setImmediate(flush);
      });
    },
    // The inbox's updates join the same group commit, in call order.
    async started(id) {
      if (!closed) await inboxUpdate("started", id);
    },
    async finished(id) {
      if (!closed) await inboxUpdate("finished", id);
    },
    async unfinished() {
      flush(); // updates already made are seen

      const rows = listPending.all() as (PendingMessage & { receivedAt: number; attempts: number })[];
      return rows.sort((a, b) => a.receivedAt - b.receivedAt || a.id.localeCompare(b.id));
    },
    async prune(ttlMs) {
      lastPrune = clock.now();
      return deleteOld.run(clock.now() - ttlMs).changes;
    },
    async close() {
      if (closed) return;
      flush(); // calls already made are answered
      closed = true;
      db.close();
    },
  };
}
