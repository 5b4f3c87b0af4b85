/**
 * What the bot could not answer: every question answered with kind `none`, and every answer marked unhelpful (👎),
 * kept as its normalised text, the time and the chat type — never a user id (at most a salted hash, to count
 * distinct askers). 👍 is kept too (reason "helpful"), for the counts, but is not a gap.
 * Storage behind GapStore: memory (tests), SQLite (Node), D1 (Workers); SQL in migrations/0006_gaps.sql.
 */

export type GapReason = "none" | "unhelpful" | "helpful";

export type GapRecord = {
  /** The question, normalised (normalizeQuestion). */
  text: string;
  reason: GapReason;
  /** "p2p", "group" or "unknown". */
  chatType: string;
  /** Salted hash of the asker (askerHash), or null. */
  asker: string | null;
  /** Milliseconds since the epoch. */
  at: number;
};

/** Gaps with one normalised text, since a given time. */
export type GapGroup = {
  text: string;
  /** none + unhelpful. */
  count: number;
  none: number;
  unhelpful: number;
  /** 👍 on answers to this text in the same period. */
  helpful: number;
  /** Distinct asker hashes among the gaps. */
  askers: number;
  chatTypes: string[];
  firstAt: number;
  lastAt: number;
};

export interface GapStore {
  record(gap: GapRecord): Promise<void>;
  /** Gaps since `since` grouped by text, most frequent first (then most recent), at most `limit` groups. */
  groups(since: number, limit: number): Promise<GapGroup[]>;
  /** Deletes records older than `before`; returns how many. */
  prune(before: number): Promise<number>;
  /** The database's random salt for asker hashes (created on first use). */
  salt(): Promise<string>;
  close(): Promise<void>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
