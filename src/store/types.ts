/** Remembers which Feishu deliveries were already accepted, so each message is answered once. */
export interface DedupStore {
  /**
   * Atomically: true if none of `keys` was seen within the last `ttlMs` — and then records all of them;
   * false if any was (recording the others, so later redeliveries are caught by any of their keys).
   * For one set of keys, true is returned at most once per TTL, also under concurrency.
   * With `pending`, a store that is also an Inbox records the message in the same atomic step when true.
   */
  firstSeen(keys: string[], ttlMs: number, pending?: PendingMessage): Promise<boolean>;
  /** Deletes entries older than `ttlMs`; returns how many. */
  prune(ttlMs: number): Promise<number>;
  close(): Promise<void>;
}

export type StoreClock = { now(): number };

/** Deduplication keeps keys at least this long (Feishu retries for up to ~7 h after the first delivery). */
export const DEDUP_TTL_MS = 24 * 60 * 60 * 1000;

/** A message accepted (acked) and not yet answered, as the Inbox keeps it. */
export type PendingMessage = { id: string; payload: string };

/**
 * Messages acked to Feishu but not yet answered. Feishu does not redeliver what was acked, so a crash between
 * the ack and the reply would lose the question; the inbox keeps it until `finished`, and `unfinished` lists
 * what a restart must still answer (with the same reply uuid, so a reply already sent is not posted twice).
 */
export interface Inbox {
  /** Counts one attempt: answering this message has really started. An attempt that never reaches `finished`
   *  (the process died while answering) is a failed one; listing, queueing or waiting in a queue is not. */
  /** Resolves false when the caller must not answer the message: with several instances on one database
   *  (PostgreSQL), another instance holds it or already answered it. Single-process stores always go ahead. */
  // biome-ignore lint/suspicious/noConfusingVoidType: the single-process stores resolve nothing (= go ahead)
  started(id: string): Promise<boolean | void>;
  finished(id: string): Promise<void>;
  /** Unanswered messages, oldest first, with how many answers were started for each. Listing changes nothing. */
  unfinished(): Promise<(PendingMessage & { receivedAt: number; attempts: number })[]>;
}
