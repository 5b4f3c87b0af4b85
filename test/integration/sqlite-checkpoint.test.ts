/**
 * WAL checkpoints off the acking thread (src/store/sqlite-checkpoint.ts): with `walAutocheckpoint` raised, the
 * dedup and context stores' commits leave the WAL to grow past SQLite's 1,000-page default instead of
 * checkpointing inside a commit; a checkpointer on its own connection then moves all of it into the database
 * (PASSIVE: while the store stays open and usable). Real SQLite files in a temp dir.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteContextStore } from "../../src/store/context-sqlite.ts";
import { openSqliteDedupStore } from "../../src/store/sqlite.ts";
import { FALLBACK_AUTOCHECKPOINT_PAGES, startSqliteCheckpointer } from "../../src/store/sqlite-checkpoint.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Messages through the dedup + inbox store and the context store, as the app writes them. */
async function writeMessages(file: string, count: number, walAutocheckpoint?: number) {
  const wal = walAutocheckpoint === undefined ? {} : { walAutocheckpoint };
  const dedup = openSqliteDedupStore(file, wal);
  const contexts = openSqliteContextStore(file, wal);
  for (let i = 0; i < count; i++) {
    const id = `om_${i.toString(36).padStart(8, "0")}`;
    expect(await dedup.firstSeen([`event:${i}`, `message:${id}`], 60_000, { id, payload: "x".repeat(600) })).toBe(true);
    await contexts.set(`chat:${i % 50}`, JSON.stringify({ entity: "x".repeat(300), i }));
    await dedup.started(id);
    await dedup.finished(id);
  }
  return { dedup, contexts };
}

describe("background WAL checkpoints", () => {
  it("the stores' commits leave the WAL to the checkpointer, which moves all of it into the database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wal-"));
    dirs.push(dir);
    const file = join(dir, "state.sqlite");
    const { dedup, contexts } = await writeMessages(file, 1500, FALLBACK_AUTOCHECKPOINT_PAGES);
    const checkpointer = startSqliteCheckpointer(file, { everyMs: 60_000 });
    try {
      const first = checkpointer.run();
      // Nothing was checkpointed by the commits: the WAL holds well over SQLite's automatic threshold …
      expect(first?.walFrames).toBeGreaterThan(2000);
      // … and one PASSIVE checkpoint moved every frame, with the stores still open.
      expect(first?.checkpointed).toBe(first?.walFrames);
      expect(await dedup.firstSeen(["event:0"], 60_000)).toBe(false);
      expect(await dedup.unfinished()).toEqual([]);
    } finally {
      checkpointer.stop();
      await dedup.close();
      await contexts.close();
    }
  });

  it("without the option, the commits checkpoint themselves (the WAL stays near 1,000 pages)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wal-"));
    dirs.push(dir);
    const file = join(dir, "state.sqlite");
    const { dedup, contexts } = await writeMessages(file, 1500);
    const checkpointer = startSqliteCheckpointer(file, { everyMs: 60_000 });
    try {
      expect(checkpointer.run()?.walFrames).toBeLessThan(1100);
    } finally {
      checkpointer.stop();
      await dedup.close();
      await contexts.close();
    }
  });
});
