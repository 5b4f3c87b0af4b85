/**
 * Records gaps as they happen: an answer of kind `none`, and feedback on an answer (👎 is a gap, 👍 is kept for
 * the counts). The question is stored normalised; the asker only as a salted hash (askerHash). Records older than
 * the retention are deleted, at most once an hour, on a later record. Never throws: a store failure is logged
 * (E_GAP_STORE) and the user's answer is unaffected.
 */
import { ErrorCodes } from "../errors.ts";
import { normalize } from "../knowledge/normalize.ts";
import { describeError, type Logger } from "../log.ts";
import { DAY_MS, type GapReason, type GapStore } from "./types.ts";

/** Stored questions are cut to this many characters. */
export const GAP_TEXT_CHARS = 200;

/** The form questions are grouped by: normalize() (widths, case, punctuation, spaces), cut to GAP_TEXT_CHARS. */
export function normalizeQuestion(question: string): string {
  return Array.from(normalize(question)).slice(0, GAP_TEXT_CHARS).join("");
}

/** First 16 hex digits of SHA-256(salt ":" openId): counts distinct askers, names nobody. */
export async function askerHash(salt: string, openId: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${salt}:${openId}`));
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}

export type GapContext = { chatType: string | undefined; openId: string | undefined };

export type GapRecorder = {
  /** After a question was answered: records it when the answer is `none`. */
  answered(question: string, kind: string, context: GapContext): Promise<void>;
  /** Feedback on the answer to `question`. */
  feedback(question: string, vote: "up" | "down", context: GapContext): Promise<void>;
};

export function createGapRecorder(deps: {
  store: GapStore;
  /** Days records are kept (GAPS_RETENTION_DAYS). */
  retentionDays: number;
  logger: Logger;
  clock?: { now(): number };
}): GapRecorder {
  const clock = deps.clock ?? { now: Date.now };
  let prunedAt = Number.NEGATIVE_INFINITY;

  async function record(question: string, reason: GapReason, context: GapContext): Promise<void> {
    const text = normalizeQuestion(question);
    if (!text) return;
    try {
      const now = clock.now();
      const asker = context.openId ? await askerHash(await deps.store.salt(), context.openId) : null;
      const chatType = context.chatType === "p2p" || context.chatType === "group" ? context.chatType : "unknown";
      await deps.store.record({ text, reason, chatType, asker, at: now });
      if (now - prunedAt >= 3_600_000) {
        prunedAt = now;
        const removed = await deps.store.prune(now - deps.retentionDays * DAY_MS);
        if (removed > 0) deps.logger.info("old gap records deleted", { removed, retention_days: deps.retentionDays });
      }
    } catch (error) {
      deps.logger.error("gap not recorded", { code: ErrorCodes.E_GAP_STORE, reason, ...describeError(error) });
    }
  }

  return {
    answered: (question, kind, context) => (kind === "none" ? record(question, "none", context) : Promise.resolve()),
    feedback: (question, vote, context) => record(question, vote === "down" ? "unhelpful" : "helpful", context),
  };
}
