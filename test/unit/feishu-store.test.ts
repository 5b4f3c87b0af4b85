import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { openPgDedupStore } from "../../src/store/pg-dedup.ts";
import { openSqliteDedupStore } from "../../src/store/sqlite.ts";
import type { DedupStore } from "../../src/store/types.ts";
import { pgUrl, testPgDatabase } from "../helpers/pg.ts";

const dir = mkdtempSync(join(tmpdir(), "dedup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const HOUR = 3_600_000;

const kinds: Array<[string, (clock: { now(): number }) => DedupStore]> = [
  ["memory", (clock) => createMemoryDedupStore(clock)],
  ["sqlite", (clock) => openSqliteDedupStore(join(dir, `s${++n}.sqlite`), { clock })],
  ...(pgUrl
    ? [
        ["postgres", (clock) => openPgDedupStore(testPgDatabase(), { clock })] as [
          string,
          (clock: { now(): number }) => DedupStore,
        ],
      ]
    : []),
];

describe.each(kinds)("%s DedupStore", (_name, make) => {
  it("is true once per key set, and any shared key counts", async () => {
    let now = 1000;
    const store = make({ now: () => now });
    expect(await store.firstSeen(["event:e1", "message:m1"], HOUR)).toBe(true);
    expect(await store.firstSeen(["event:e1", "message:m1"], HOUR)).toBe(false);
    expect(await store.firstSeen(["event:e2", "message:m1"], HOUR)).toBe(false); // new event id, same message
    expect(await store.firstSeen(["event:e2"], HOUR)).toBe(false); // recorded by the previous call
    expect(await store.firstSeen(["event:e3", "message:m3"], HOUR)).toBe(true);
    now += HOUR + 1;
    expect(await store.firstSeen(["event:e1", "message:m1"], HOUR)).toBe(true); // expired
    await store.close();
  });

  it("prunes rows older than the TTL", async () => {
    let now = 0;
    const store = make({ now: () => now });
    await store.firstSeen(["a"], HOUR);
    now = 10;
    await store.firstSeen(["b"], HOUR);
    now = HOUR + 5;
    expect(await store.prune(HOUR)).toBe(1);
    expect(await store.firstSeen(["b"], HOUR)).toBe(false);
    await store.close();
  });

  it("is atomic under concurrent calls", async () => {
    const store = make({ now: () => 1 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => store.firstSeen(["event:x", "message:y"], HOUR)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    await store.close();
  });
});

describe("sqlite DedupStore", () => {
  it("persists across reopen, uses WAL and the shared migration (table dedup)", async () => {
    const file = join(dir, "persist.sqlite");
    const a = openSqliteDedupStore(file);
    expect(await a.firstSeen(["message:m"], HOUR)).toBe(true);
    await a.close();
    const b = openSqliteDedupStore(file);
    expect(await b.firstSeen(["message:m"], HOUR)).toBe(false);
    await b.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT name FROM _migrations").all()).toContainEqual({ name: "0001_init.sql" });
    expect(db.prepare("SELECT count(*) AS c FROM dedup").get()).toEqual({ c: 1 });
    db.close();
  });

  it("two connections on one file agree (transactional)", async () => {
    const file = join(dir, "two.sqlite");
    const a = openSqliteDedupStore(file);
    const b = openSqliteDedupStore(file);
    const results = [];
    for (let i = 0; i < 20; i++) {
      results.push(await a.firstSeen([`k${i}`], HOUR), await b.firstSeen([`k${i}`], HOUR));
    }
    expect(results.filter(Boolean)).toHaveLength(20);
    await a.close();
    await b.close();
  });
});
