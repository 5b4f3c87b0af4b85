import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteFile } from "../../src/store/sqlite-open.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "sqlite-open-"));
  dirs.push(dir);
  return dir;
};

describe("openSqliteFile", () => {
  it("opens a new file in WAL mode with the migrations applied, and opens it again as it is", () => {
    const file = join(tempDir(), "nested", "state.sqlite");
    const db = openSqliteFile(file, { walAutocheckpoint: 5000 });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(5000);
    const applied = db.prepare("SELECT count(*) AS n FROM _migrations").get() as { n: number };
    expect(applied.n).toBeGreaterThan(0);
    db.close();
    const again = openSqliteFile(file);
    expect((again.prepare("SELECT count(*) AS n FROM _migrations").get() as { n: number }).n).toBe(applied.n);
    again.close();
  });

  it("a file another connection holds: the switch to WAL waits for it instead of failing", () => {
    const file = join(tempDir(), "held.sqlite");
    const holder = new Database(file);
    holder.exec("CREATE TABLE t (x)");
    holder.exec("BEGIN EXCLUSIVE");
    const started = Date.now();
    expect(() => openSqliteFile(file)).toThrow(/locked|busy/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
    holder.exec("COMMIT");
    holder.close();
    const db = openSqliteFile(file);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  }, 15_000);

  it("four threads opening a new file at the same moment all open it (200 rounds; before: SQLITE_BUSY about 1 in 50)", async () => {
    const dir = tempDir();
    const threads = 4;
    const rounds = 200;
    const barrier = new SharedArrayBuffer(4 * rounds);
    const workers = Array.from(
      { length: threads },
      () =>
        new Worker(new URL("../helpers/sqlite-open-worker.mjs", import.meta.url), {
          workerData: { dir, rounds, threads, barrier },
        }),
    );
    const failures = await Promise.all(
      workers.map(
        (w) =>
          new Promise<string[]>((resolve, reject) => {
            w.once("message", resolve);
            w.once("error", reject);
          }),
      ),
    );
    await Promise.all(workers.map((w) => w.terminate()));
    expect(failures.flat()).toEqual([]);
  }, 60_000);
});
