import type { DedupStore, StoreClock } from "./types.ts";

/** In-memory DedupStore for tests and local mode. Single-threaded JS makes each call atomic. */
export function createMemoryDedupStore(clock: StoreClock = { now: Date.now }): DedupStore {
  const seen = new Map<string, number>();
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
    async firstSeen(keys, ttlMs) {
      const now = clock.now();
      if (++calls % 1024 === 0) prune(ttlMs);
      const fresh = (key: string) => {
        const at = seen.get(key);
        return at === undefined || at < now - ttlMs;
      };
      const first = keys.every(fresh);
      for (const key of keys) if (first || fresh(key)) seen.set(key, now);
      return first;
    },
    async prune(ttlMs) {
      return prune(ttlMs);
    },
    async close() {
      seen.clear();
    },
  };
}
