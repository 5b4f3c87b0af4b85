/**
 * Time rules for notices: the daily digest hour, retry backoff, Feishu's uuid window, and the idempotency keys.
 * Pure functions (Web Crypto only), shared by the Node loop and the Workers cron handler.
 */

/** Daily digests go out at 09:00 Asia/Shanghai (UTC+8 all year: China has no daylight saving time). */
export const DIGEST_HOUR = 9;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The first 09:00 Asia/Shanghai strictly after `now`. */
export function nextDigestAt(now: number): number {
  const local = now + SHANGHAI_OFFSET_MS;
  const dayStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  let at = dayStart + DIGEST_HOUR * 60 * 60 * 1000 - SHANGHAI_OFFSET_MS;
  if (at <= now) at += DAY_MS;
  return at;
}

/** The date (YYYY-MM-DD) in Asia/Shanghai of an instant. */
export function shanghaiDate(at: number): string {
  return new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Feishu posts at most one message per `uuid` within an hour. A notice is retried with its uuid only while
 * this much time has passed since its first attempt; later it is marked failed (a resend could post twice).
 */
export const UUID_WINDOW_MS = 60 * 60 * 1000;
export const RETRY_WINDOW_MS = 55 * 60 * 1000;

export type BackoffOptions = { baseMs?: number; maxMs?: number };

/** Delay before attempt `attempt + 1` after `attempt` attempts (1-based): base · 2^(attempt−1), capped. */
export function backoffMs(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 2_000;
  const max = options.maxMs ?? 5 * 60 * 1000;
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1));
}

/** A UUID-formatted SHA-256 of the parts: at most 36 characters, within Feishu's 50-character uuid limit. */
export async function stableUuid(...parts: string[]): Promise<string> {
  const data = new TextEncoder().encode(parts.map((p) => `${p.length}:${p}`).join("|"));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  const h = Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The uuid of an instant notice: the same for every attempt, in every process, for (event, chat). */
export function noticeUuid(eventId: string, chatId: string): Promise<string> {
  return stableUuid("notice", eventId, chatId);
}

/** The uuid of one digest message: (chat, digest time, first notice in it). */
export function digestUuid(chatId: string, digestAt: number, firstNoticeId: number): Promise<string> {
  return stableUuid("digest", chatId, String(digestAt), String(firstNoticeId));
}
