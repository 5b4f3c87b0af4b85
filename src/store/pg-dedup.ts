/**
 * PostgreSQL DedupStore and Inbox, for several instances sharing one database.
 *
 * Dedup: firstSeen is one statement (one round trip, its own transaction): INSERT … ON CONFLICT DO UPDATE …
 * WHERE the row expired, RETURNING the keys that were fresh. Two instances inserting the same key serialise on
 * the key's unique index, and the later one sees the earlier one's row, so exactly one of them is first. Keys
 * are sorted so two calls sharing several keys lock them in the same order (no deadlock). When the call is
 * first, the inbox row is written by the same statement.
 *
 * Inbox across instances: a row belongs to the instance that claimed it until `claimed_until` (a lease).
 *   - firstSeen claims the new row for this instance;
 *   - a heartbeat renews every lease this instance holds (every leaseMs / 3) for as long as it lives;
 *   - started(id) claims the row (attempts + 1) only if it is unclaimed, already this instance's, or its lease ran
 *     out — one statement, so of two instances resuming the same leftover exactly one gets it; false tells the
 *     caller not to answer (another instance has it, or it was already answered and deleted);
 *   - unfinished() lists only rows this instance could claim: its own, unclaimed ones, and those whose lease ran
 *     out (their instance died). Listing changes nothing.
 * A killed instance stops renewing; leaseMs later its rows are resumed by another instance, once.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { type PgDatabase, pgQuery } from "./pg.ts";
import type { DedupStore, Inbox, PendingMessage, StoreClock } from "./types.ts";

export type PgDedupOptions = {
  clock?: StoreClock;
  /** This instance's id in claimed_by (default: host, pid and a random suffix). */
  instanceId?: string;
  /** How long a claim lasts without renewal (default 30 s). */
  leaseMs?: number;
  /** Prune expired dedup rows at most this often (ms). */
  pruneEveryMs?: number;
  /** A heartbeat failed (the database is away); the next one retries. */
  onError?: (error: unknown) => void;
};

export type PgDedupStore = DedupStore &
  Inbox & {
    instanceId: string;
    leaseMs: number;
    /** Renews this instance's leases now; returns how many rows it holds. */
    renew(): Promise<number>;
  };

export const DEFAULT_LEASE_MS = 30_000;

export function defaultInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

const FIRST_SEEN_SQL = `
WITH fresh AS (
  INSERT INTO dedup (key, seen_at) SELECT k, $2 FROM unnest($1::text[]) AS k
  ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE dedup.seen_at < $3
  RETURNING key
), verdict AS (
  SELECT count(*) = cardinality($1::text[]) AS first FROM fresh
), kept AS (
  INSERT INTO inbox (message_id, payload, received_at, attempts, claimed_by, claimed_until)
  SELECT $4, $5, $2, 0, $6, $7 FROM verdict WHERE first AND $4::text IS NOT NULL
  ON CONFLICT (message_id) DO NOTHING
)
SELECT first FROM verdict`;

export function openPgDedupStore(db: PgDatabase, options: PgDedupOptions = {}): PgDedupStore {
  const clock = options.clock ?? { now: Date.now };
  const me = options.instanceId ?? defaultInstanceId();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const pruneEveryMs = options.pruneEveryMs ?? 10 * 60 * 1000;
  let closed = false;

  const renew = async (): Promise<number> => {
    const now = clock.now();
    const r = await pgQuery(db, "UPDATE inbox SET claimed_until = $2 WHERE claimed_by = $1", [me, now + leaseMs]);
    return r.rowCount ?? 0;
  };
  const heartbeat = setInterval(
    () => {
      if (!closed) renew().catch((error: unknown) => options.onError?.(error));
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  heartbeat.unref();

  let lastPrune = Number.NEGATIVE_INFINITY;
  const prune = async (ttlMs: number): Promise<number> => {
    lastPrune = clock.now();
    const r = await pgQuery(db, "DELETE FROM dedup WHERE seen_at < $1", [clock.now() - ttlMs]);
    return r.rowCount ?? 0;
  };

  return {
    instanceId: me,
    leaseMs,
    renew,
    async firstSeen(keys, ttlMs, pending?: PendingMessage) {
      if (closed) throw new Error("dedup store closed");
      const now = clock.now();
      if (now - lastPrune >= pruneEveryMs) {
        lastPrune = now;
        prune(ttlMs).catch((error: unknown) => options.onError?.(error));
      }
      const unique = [...new Set(keys)].sort();
      const r = await pgQuery<{ first: boolean }>(db, FIRST_SEEN_SQL, [
        unique,
        now,
        now - ttlMs,
        pending?.id ?? null,
        pending?.payload ?? null,
        me,
        now + leaseMs,
      ]);
      return r.rows[0]?.first === true;
    },
    async started(id) {
      if (closed) return false;
      const now = clock.now();
      const r = await pgQuery(
        db,
        `UPDATE inbox SET attempts = attempts + 1, claimed_by = $2, claimed_until = $4
         WHERE message_id = $1 AND (claimed_by IS NULL OR claimed_by = $2 OR claimed_until < $3)`,
        [id, me, now, now + leaseMs],
      );
      return r.rowCount === 1;
    },
    async finished(id) {
      if (closed) return;
      await pgQuery(db, "DELETE FROM inbox WHERE message_id = $1", [id]);
    },
    async unfinished() {
      const r = await pgQuery<PendingMessage & { receivedAt: number; attempts: number }>(
        db,
        `SELECT message_id AS id, payload, received_at AS "receivedAt", attempts FROM inbox
         WHERE claimed_by IS NULL OR claimed_by = $1 OR claimed_until < $2
         ORDER BY received_at, message_id`,
        [me, clock.now()],
      );
      return r.rows;
    },
    prune,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      // Graceful stop: what this instance still holds is released for the others at once (not after the lease).
      await pgQuery(db, "UPDATE inbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = $1", [me]).catch(
        (error: unknown) => options.onError?.(error),
      );
    },
  };
}
