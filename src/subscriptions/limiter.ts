/**
 * App-wide send limiter for notices: sliding windows (all must allow a send), waiters served in arrival order.
 * The per-chat limit (5/s) is the sender's own (src/feishu/send.ts); this one keeps a fan-out to many chats under
 * Feishu's app-wide limit for im/v1/messages, so the fan-out does not run into 99991400 in the first place.
 */

export type RateWindow = { limit: number; windowMs: number };

/**
 * Feishu's published limit for POST /open-apis/im/v1/messages is 50 per second and 1,000 per minute per app.
 * The second window keeps 10% headroom: we count when a send starts, Feishu when it arrives, and network jitter
 * can bunch arrivals. The minute window is kept whole (a margin there would push the 1,000th message of a
 * fan-out into the next minute); a refusal at its edge is absorbed by the sender's backoff.
 */
export const FEISHU_SEND_LIMITS: readonly RateWindow[] = [
  { limit: 45, windowMs: 1000 },
  { limit: 1000, windowMs: 60_000 },
];

export type RateLimiter = { acquire(): Promise<void> };

export function createRateLimiter(
  windows: readonly RateWindow[],
  deps: { clock?: { now(): number }; sleep?: (ms: number) => Promise<void> } = {},
): RateLimiter {
  for (const w of windows) {
    if (!(w.limit >= 1 && w.windowMs > 0)) throw new Error(`bad rate window ${JSON.stringify(w)}`);
  }
  const clock = deps.clock ?? { now: Date.now };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms))));
  const horizon = Math.max(0, ...windows.map((w) => w.windowMs));
  let granted: number[] = []; // grant times, ascending
  let tail: Promise<void> = Promise.resolve();

  /** 0 when a send may go now, else how long to wait. */
  const waitFor = (now: number): number => {
    let wait = 0;
    for (const w of windows) {
      const from = now - w.windowMs;
      const first = granted.findIndex((t) => t > from);
      const inWindow = first < 0 ? 0 : granted.length - first;
      if (inWindow >= w.limit) {
        // The grant that must leave the window before one more fits.
        const leaving = granted[first + (inWindow - w.limit)] ?? now;
        wait = Math.max(wait, leaving + w.windowMs - now);
      }
    }
    return wait;
  };

  return {
    acquire() {
      if (windows.length === 0) return Promise.resolve();
      const turn = tail.then(async () => {
        for (;;) {
          const now = clock.now();
          if (granted.length > 0 && (granted[0] ?? now) <= now - horizon) {
            granted = granted.filter((t) => t > now - horizon);
          }
          const wait = waitFor(now);
          if (wait <= 0) {
            granted.push(now);
            return;
          }
          await sleep(wait);
        }
      });
      tail = turn.catch(() => {});
      return turn;
    },
  };
}
