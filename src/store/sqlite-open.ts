/**
 * Opens a SQLite file the way every SQLite store here uses it (WAL, synchronous NORMAL, busy timeout, the
 * migrations applied), safely when other threads or processes open the same file at the same moment: on Node the
 * answer threads open the state file at start and the follow-up file on their first message, several at once.
 *
 * - The busy timeout is set first, so each later statement waits for a lock instead of failing at once.
 * - Switching a file to WAL needs the file to itself, and SQLite reports SQLITE_BUSY at once, without its busy
 *   handler, when another connection is switching it too (seen: about 1 open in 50 when four threads open a new
 *   file together; the message that thread was to answer then waited for the next resume). The switch is tried
 *   again, with a short synchronous sleep (the constructor is synchronous), for up to `BUSY_WAIT_MS`.
 * - A migration another connection applied between this one's read and write is read again (migrate.ts takes
 *   each in an IMMEDIATE transaction, so a second try finds it recorded).
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrate.ts";

const BUSY_WAIT_MS = 5000;

export function openSqliteFile(file: string, options: { walAutocheckpoint?: number } = {}): Database.Database {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
  untilNotBusy(() => db.pragma("journal_mode = WAL"));
  db.pragma("synchronous = NORMAL"); // safe with WAL: a crash can lose the last commits, never corrupt
  if (options.walAutocheckpoint !== undefined)
    db.pragma(`wal_autocheckpoint = ${Math.floor(options.walAutocheckpoint)}`);
  try {
    migrate(db);
  } catch {
    migrate(db);
  }
  return db;
}

/** Runs `step`, again after a short sleep while SQLite answers SQLITE_BUSY, for up to BUSY_WAIT_MS. */
function untilNotBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_WAIT_MS;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
    try {
      return step();
    } catch (error) {
      if ((error as { code?: unknown }).code !== "SQLITE_BUSY" || Date.now() >= deadline) throw error;
      Atomics.wait(sleeper, 0, 0, wait);
    }
  }
}
