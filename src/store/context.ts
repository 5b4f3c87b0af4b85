/**
 * Conversation context for follow-up questions: one small JSON value per conversation key, with a short TTL.
 * The interface is value-agnostic (the bot decides what a context holds); this file also holds the in-memory
 * twin used by tests and local mode. The SQLite implementation is in context-sqlite.ts.
 */
import type { StoreClock } from "./types.ts";

export interface ContextStore {
  /** The value stored under `key` if it was written less than `maxAgeMs` ago, else undefined. */
  get(key: string, maxAgeMs: number): Promise<string | undefined>;
  /** Stores (replaces) the value for `key`, stamped with the store's clock. */
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Deletes values older than `maxAgeMs`; returns how many. */
  prune(maxAgeMs: number): Promise<number>;
  close(): Promise<void>;
}

/** Follow-up context lives this long after the last question (10 minutes). */
export const CONTEXT_TTL_MS = 10 * 60 * 1000;
/** A stored context value is never larger than this (bytes of JSON); larger values are refused. */
export const CONTEXT_MAX_VALUE_CHARS = 8 * 1024;

export class ContextValueTooLarge extends Error {}

/** In-memory ContextStore. Bounded: beyond `maxEntries` the least recently written conversations are dropped. */
export function createMemoryContextStore(
  clock: StoreClock = { now: Date.now },
  options: { maxEntries?: number } = {},
): ContextStore {
  const maxEntries = options.maxEntries ?? 10_000;
  // Map iteration order is insertion order: re-inserting on write keeps the oldest first.
  const entries = new Map<string, { value: string; at: number }>();
  return {
    async get(key, maxAgeMs) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.at < clock.now() - maxAgeMs) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value) {
      if (value.length > CONTEXT_MAX_VALUE_CHARS)
        throw new ContextValueTooLarge(`context value over ${CONTEXT_MAX_VALUE_CHARS} chars`);
      entries.delete(key);
      entries.set(key, { value, at: clock.now() });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    async delete(key) {
      entries.delete(key);
    },
    async prune(maxAgeMs) {
      const horizon = clock.now() - maxAgeMs;
      let removed = 0;
      for (const [key, entry] of entries) {
        if (entry.at < horizon) {
          entries.delete(key);
          removed++;
        }
      }
      return removed;
    },
    async close() {
      entries.clear();
    },
  };
}
