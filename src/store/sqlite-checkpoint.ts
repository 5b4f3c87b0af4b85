/**
 * WAL checkpoints away from the thread that acks webhooks.
 *
 * In WAL mode a commit appends to the -wal file and, by default, the connection whose commit takes the WAL past
 * 1,000 pages then copies the WAL back into the database and syncs both files (an automatic checkpoint), inside
 * that commit. On Node the dedup store and the follow-up contexts commit on the acking thread several times per
 * message, so they were the ones to pay it: in the bench's add phase (a 1 MB article stored, the answer threads
 * saving the index meanwhile) single dedup commits blocked the acking thread for 1–10 s (docs/benchmarks.md).
 *
 * So on Node those connections raise their automatic threshold to a safety net (`FALLBACK_AUTOCHECKPOINT_PAGES`,
 * reached only if nothing else checkpoints) and `startSqliteCheckpointer` runs in the answer threads: its own
 * connection runs a PASSIVE checkpoint every `everyMs` — it never waits for readers or writers and writers never
 * wait for it, so the acking thread's commits go on meanwhile. Durability is unchanged (synchronous = NORMAL in
 * WAL mode: a commit is in the WAL either way; a checkpoint only moves it into the database file).
 */
import Database from "better-sqlite3";

/** Pages (4 KB) the WAL may reach before a connection that normally leaves checkpoints to the background
 *  checkpointer runs one itself (≈ 200 MB; SQLite's default is 1,000). */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 50_000;

export type Checkpointer = {
  /** One PASSIVE checkpoint now: WAL frames, and how many of them are in the database file. */
  run(): { busy: boolean; walFrames: number; checkpointed: number } | undefined;
  stop(): void;
};

export function startSqliteCheckpointer(file: string, options: { everyMs?: number } = {}): Checkpointer {
  const db = new Database(file, { fileMustExist: true });
  const everyMs = options.everyMs ?? 1000;
  let stopped = false;
  const run = () => {
    if (stopped) return undefined;
    try {
      const [row] = db.pragma("wal_checkpoint(PASSIVE)") as Array<{ busy: number; log: number; checkpointed: number }>;
      return row ? { busy: row.busy !== 0, walFrames: row.log, checkpointed: row.checkpointed } : undefined;
    } catch {
      // Another checkpoint is running (SQLITE_BUSY) or the file is gone: the next tick tries again.
      return undefined;
    }
  };
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    run,
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      db.close();
    },
  };
}
