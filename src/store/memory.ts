import type { DedupStore, Inbox, PendingMessage, StoreClock } from "./types.ts";

/** In-memory DedupStore (and Inbox) for tests and local mode. Single-threaded JS makes each call atomic. */
export function createMemoryDedupStore(clock: StoreClock = { now: Date.now }): DedupStore & Inbox {
  const seen = new Map<string, number>();
  const inbox = new Map<string, PendingMessage & { receivedAt: number; attempts: number }>();
  let calls = 0;

  const prune = (ttlMs: number): number => {
    const horizon = clock.now() - ttlMs;
    let removed = 0;
    for (const [key, at] of seen) {
      if (at < horizon) {
        seen.delete(key);
        removed++;
      }
    }
    return removed;
  };

  return {
    async firstSeen(keys, ttlMs, pending) {
      const now = clock.now();
      if (++calls % 1024 === 0) prune(ttlMs);
      const fresh = (key: string) => {
        const at = seen.get(key);
        return at === undefined || at < now - ttlMs;
      };
      const first = keys.every(fresh);
      for (const key of keys) if (first || fresh(key)) seen.set(key, now);
      if (first && pending) inbox.set(pending.id, { ...pending, receivedAt: now, attempts: 0 });
      return first;
    },
    async finished(id) {
      inbox.delete(id);
    },
    async started(id) {
      const row = inbox.get(id);
      if (row) row.attempts++;
    },
    async unfinished() {
      const rows = [...inbox.values()].sort((a, b) => a.receivedAt - b.receivedAt);
      return rows.map((row) => ({ ...row }));
    },
    async prune(ttlMs) {
      return prune(ttlMs);
    },
    async close() {
      seen.clear();
      inbox.clear();
    },
  };
}
