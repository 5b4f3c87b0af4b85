/**
 * The app-wide send limiter shared by every instance on one PostgreSQL (table send_grants,
 * migrations/0005_instances.sql). Feishu counts im/v1/messages per app, not per process: with two instances
 * each holding its own in-process limiter (limiter.ts), a fan-out drained by both would send at twice the rate.
 *
 * acquire(), in one short transaction under an advisory lock per limiter name (so instances take turns):
 * forget grants older than the longest window; if every window has room, record a grant now and return; else
 * learn how long until the grant that must leave the fullest window does, and sleep that long outside the
 * transaction. Same sliding windows as the in-process limiter; waiters of one instance are served in arrival
 * order. A database error is thrown to the caller (the delivery keeps the notice pending and retries it).
 */
import type pg from "pg";
import { inTransaction, type PgDatabase } from "../store/pg.ts";
import type { RateLimiter, RateWindow } from "./limiter.ts";

export function createPgRateLimiter(
  db: PgDatabase,
  windows: readonly RateWindow[],
  deps: { name?: string; clock?: { now(): number }; sleep?: (ms: number) => Promise<void> } = {},
): RateLimiter {
  for (const w of windows) {
    if (!(w.limit >= 1 && w.windowMs > 0)) throw new Error(`bad rate window ${JSON.stringify(w)}`);
  }
  const name = deps.name ?? "feishu-messages";
  const clock = deps.clock ?? { now: Date.now };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(1, ms))));
  const horizon = Math.max(0, ...windows.map((w) => w.windowMs));
  let tail: Promise<void> = Promise.resolve();

  /** 0 when granted (recorded), else ms to wait. */
  const tryGrant = (c: pg.PoolClient): Promise<number> =>
    (async () => {
      const now = clock.now();
      await c.query("SELECT pg_advisory_xact_lock(hashtext('gxq-send-grants:' || $1))", [name]);
      await c.query("DELETE FROM send_grants WHERE name = $1 AND at <= $2", [name, now - horizon]);
      let wait = 0;
      for (const w of windows) {
        // The limit-th most recent grant in the window: while it is in the window, the window is full.
        const r = await c.query<{ at: number }>(
          "SELECT at FROM send_grants WHERE name = $1 AND at > $2 ORDER BY at DESC OFFSET $3 LIMIT 1",
          [name, now - w.windowMs, w.limit - 1],
        );
        const leaving = r.rows[0]?.at;
        if (leaving !== undefined) wait = Math.max(wait, leaving + w.windowMs - now);
      }
      if (wait <= 0) await c.query("INSERT INTO send_grants (name, at) VALUES ($1, $2)", [name, now]);
      return wait;
    })();

  return {
    acquire() {
      if (windows.length === 0) return Promise.resolve();
      const turn = tail.then(async () => {
        for (;;) {
          const wait = await inTransaction(db, tryGrant);
          if (wait <= 0) return;
          await sleep(wait);
        }
      });
      tail = turn.catch(() => {});
      return turn;
    },
  };
}
