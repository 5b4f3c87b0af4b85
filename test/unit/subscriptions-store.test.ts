/**
 * One contract, two stores: the in-memory twin and SQLite (a real file in a temp dir). Subscriptions, events
 * with their notices queued in the same call, claims that exclude a second drainer, outcomes, chat gone,
 * unsubscribing, added knowledge and its revision; SQLite also across reopening and across two connections.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openPgNoticeStores } from "../../src/store/pg-subscriptions.ts";
import { createMemoryNoticeStores } from "../../src/store/subscriptions-memory.ts";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";
import type { NoticeStores, Subscription } from "../../src/subscriptions/types.ts";
import { pgUrl, testPgDatabase } from "../helpers/pg.ts";
import { event } from "./subscriptions-fixtures.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "subs-store-"));
  dirs.push(dir);
  return join(dir, "state.sqlite");
}

const T0 = 1_700_000_000_000;
const DIGEST = T0 + 3_600_000;

const sub = (chatId: string, scope: string, mode: "instant" | "daily" = "instant", at = T0): Subscription => ({
  chatId,
  scope,
  label: scope === "*" ? "全部" : `L-${scope}`,
  mode,
  createdAt: at,
});

const implementations: Array<[string, () => NoticeStores]> = [
  ["memory", () => createMemoryNoticeStores()],
  ["sqlite", () => openSqliteNoticeStores(tempFile())],
  ...(pgUrl ? [["postgres", () => openPgNoticeStores(testPgDatabase())] as [string, () => NoticeStores]] : []),
];

describe.each(implementations)("%s notice stores", (_name, open) => {
  it("subscriptions: add, unchanged, update, list per chat, matching, remove", async () => {
    const { subscriptions: s, close } = open();
    expect(await s.add(sub("c1", "iot"))).toBe("added");
    expect(await s.add(sub("c1", "iot"))).toBe("unchanged");
    expect(await s.add(sub("c1", "iot", "daily"))).toBe("updated");
    await s.add(sub("c1", "xian", "instant", T0 + 1));
    await s.add(sub("c2", "*"));
    await s.add(sub("c3", "ai"));
    expect((await s.list("c1")).map((x) => [x.scope, x.mode])).toEqual([
      ["iot", "daily"],
      ["xian", "instant"],
    ]);
    expect((await s.matching(["iot"])).map((x) => `${x.chatId}:${x.scope}`).sort()).toEqual(["c1:iot", "c2:*"]);
    expect(await s.count()).toBe(4);
    expect(await s.remove("c1", "iot", T0)).toBe(1);
    expect(await s.remove("c1", "iot", T0)).toBe(0);
    expect(await s.remove("c2", undefined, T0)).toBe(1);
    expect(await s.count()).toBe(2);
    await close();
  });

  it("an event queues one notice per matching chat, in the same call; instant beats daily; the id only once", async () => {
    const { subscriptions: s, outbox, added, close } = open();
    await s.add(sub("c1", "iot"));
    await s.add(sub("c1", "xian")); // two matching subscriptions, one notice
    await s.add(sub("c2", "*", "daily"));
    await s.add(sub("c3", "xian", "daily"));
    await s.add(sub("c3", "iot")); // daily + instant → instant
    await s.add(sub("c4", "ai")); // does not match
    const first = await outbox.addEvent({ ...event("e1", ["iot", "xian"]), now: T0, digestAt: DIGEST });
    expect(first).toMatchObject({ created: true, queued: 3, stored: { event: { id: "e1" }, createdAt: T0 } });
    const again = await outbox.addEvent({ ...event("e1", ["ai"]), now: T0 + 5, digestAt: DIGEST });
    expect(again).toMatchObject({ created: false, queued: 0, stored: { event: { scopes: ["iot", "xian"] } } });

    const due = await outbox.due(T0, 100);
    expect(due.map((n) => [n.chatId, n.digestAt, n.reasons.slice().sort()])).toEqual([
      ["c1", null, ["L-iot", "L-xian"]],
      ["c3", null, ["L-iot", "L-xian"]],
    ]);
    expect(due[0]?.event.title).toBe("事件 e1");
    expect((await outbox.due(DIGEST, 100)).map((n) => [n.chatId, n.digestAt, n.reasons])).toEqual([
      ["c1", null, ["L-iot", "L-xian"]],
      ["c3", null, ["L-iot", "L-xian"]],
      ["c2", DIGEST, ["全部"]],
    ]);
    expect((await added.events()).map((e) => e.event.id)).toEqual(["e1"]);
    expect(await added.revision()).toBe(1);
    await close();
  });

  it("claims: one drainer wins; a claimed notice is due again at its retry time", async () => {
    const { subscriptions: s, outbox, close } = open();
    await s.add(sub("c1", "iot"));
    await outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    const [n] = await outbox.due(T0, 10);
    if (!n) throw new Error("no notice");
    expect(await outbox.claim([n.id], T0 + 10, T0 + 2010)).toEqual([n.id]);
    expect(await outbox.claim([n.id], T0 + 10, T0 + 2010)).toEqual([]);
    expect(await outbox.due(T0 + 2009, 10)).toEqual([]);
    const [again] = await outbox.due(T0 + 2010, 10);
    expect(again).toMatchObject({ id: n.id, attempts: 1, firstAttemptAt: T0 + 10, nextAttemptAt: T0 + 2010 });
    expect(await outbox.claim([n.id], T0 + 2010, T0 + 6010)).toEqual([n.id]);
    expect((await outbox.due(T0 + 6010, 10))[0]).toMatchObject({ attempts: 2, firstAttemptAt: T0 + 10 });
    await outbox.retryAt([n.id], T0 + 9000, "E_FEISHU_NETWORK");
    expect(await outbox.due(T0 + 8999, 10)).toEqual([]);
    await outbox.markSent([n.id], T0 + 9000, "om_1");
    expect(await outbox.due(T0 + 99_999, 10)).toEqual([]);
    expect(await outbox.claim([n.id], T0 + 99_999, T0 + 99_999)).toEqual([]);
    await outbox.markFailed([n.id], T0 + 99_999, "late"); // a done notice stays done
    expect(await outbox.counts()).toEqual({ pending: 0, sent: 1, failed: 0, dropped: 0 });
    await close();
  });

  it("chat gone: its subscriptions disabled, its pending notices dropped; subscribing again re-enables", async () => {
    const { subscriptions: s, outbox, close } = open();
    await s.add(sub("c1", "iot"));
    await s.add(sub("c1", "*"));
    await s.add(sub("c2", "iot"));
    await outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    expect(await s.disableChat("c1", T0 + 1, "chat gone (232009)")).toBe(2);
    expect(await s.list("c1")).toEqual([]);
    expect(await s.matching(["iot"])).toMatchObject([{ chatId: "c2" }]);
    expect((await outbox.due(T0 + 1, 10)).map((n) => n.chatId)).toEqual(["c2"]);
    expect(await outbox.counts()).toMatchObject({ pending: 1, dropped: 1 });
    await outbox.addEvent({ ...event("e2", ["iot"]), now: T0 + 2, digestAt: DIGEST });
    expect((await outbox.due(T0 + 2, 10)).map((n) => n.chatId)).toEqual(["c2", "c2"]);
    expect(await s.add(sub("c1", "iot", "instant", T0 + 3))).toBe("added");
    expect(await s.list("c1")).toMatchObject([{ scope: "iot", createdAt: T0 + 3 }]);
    await close();
  });

  it("unsubscribing drops pending notices that no remaining subscription explains", async () => {
    const { subscriptions: s, outbox, close } = open();
    await s.add(sub("c1", "iot", "daily"));
    await s.add(sub("c1", "xian", "daily"));
    await outbox.addEvent({ ...event("e-iot", ["iot"]), now: T0, digestAt: DIGEST });
    await outbox.addEvent({ ...event("e-both", ["iot", "xian"]), now: T0, digestAt: DIGEST });
    await s.remove("c1", "iot", T0 + 1);
    expect((await outbox.due(DIGEST, 10)).map((n) => n.eventId)).toEqual(["e-both"]);
    await s.remove("c1", undefined, T0 + 2);
    expect(await outbox.due(DIGEST, 10)).toEqual([]);
    expect(await outbox.counts()).toMatchObject({ dropped: 2 });
    await close();
  });

  it("added articles: stored once, listed, counted in the revision", async () => {
    const { added, close } = open();
    const a = { id: "x1", title: "标题", date: "2025-12-01", source: null, body: "正文。" };
    expect(await added.addArticle(a, T0)).toEqual({ created: true, stored: a });
    expect(await added.addArticle({ ...a, body: "别的" }, T0)).toEqual({ created: false, stored: a });
    expect(await added.articles()).toEqual([a]);
    expect(await added.revision()).toBe(1);
    await close();
  });
});

describe("sqlite notice stores", () => {
  it("survive reopening, and two connections to one file see each other and do not double-claim", async () => {
    const file = tempFile();
    const a = openSqliteNoticeStores(file);
    await a.subscriptions.add(sub("c1", "iot"));
    await a.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    await a.close();

    const b = openSqliteNoticeStores(file);
    const c = openSqliteNoticeStores(file);
    const [n] = await b.outbox.due(T0, 10);
    expect(n).toMatchObject({ chatId: "c1", eventId: "e1", reasons: ["L-iot"] });
    if (!n) return;
    const claims = await Promise.all([b.outbox.claim([n.id], T0, T0 + 2000), c.outbox.claim([n.id], T0, T0 + 2000)]);
    expect(claims.flat()).toEqual([n.id]);
    await c.added.addArticle({ id: "x", title: "t", date: "2025-01-01", source: null, body: "b" }, T0);
    expect(await b.added.revision()).toBe(2);
    await b.close();
    await c.close();
  });

  it("the migration is plain SQL: its tables exist with their indexes", () => {
    const file = tempFile();
    openSqliteNoticeStores(file).close();
    const db = new Database(file, { readonly: true });
    const names = (db.prepare("SELECT name FROM sqlite_master ORDER BY name").all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    db.close();
    expect(names).toEqual(
      expect.arrayContaining(["subscriptions", "added_articles", "added_events", "outbox", "outbox_due"]),
    );
  });
});
