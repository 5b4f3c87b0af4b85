/** Remembers which Feishu deliveries were already accepted, so each message is answered once. */
export interface DedupStore {
  /**
   * Atomically: true if none of `keys` was seen within the last `ttlMs` — and then records all of them;
   * false if any was (recording the others, so later redeliveries are caught by any of their keys).
   * For one set of keys, true is returned at most once per TTL, also under concurrency.
   */
  firstSeen(keys: string[], ttlMs: number): Promise<boolean>;
  /** Deletes entries older than `ttlMs`; returns how many. */
  prune(ttlMs: number): Promise<number>;
  close(): Promise<void>;
}

export type StoreClock = { now(): number };

/** Deduplication keeps keys at least this long (Feishu retries for up to ~7 h after the first delivery). */
export const DEDUP_TTL_MS = 24 * 60 * 60 * 1000;
