/**
 * The D1 stores inside workerd, against miniflare's D1 (SQLite), migrated from migrations/:
 * dedup atomicity under concurrency and expiry, the notice stores' single-batch guarantees (an event queues
 * notices once, however often it is added; concurrent claims never overlap) and the follow-up context store.
 */
import { describe, expect, it } from "vitest";
import { createD1DedupStore } from "../../src/store/d1.ts";
import { createD1ContextStore } from "../../src/store/d1-context.ts";
import { createD1NoticeStores, toPositional } from "../../src/subscriptions/d1.ts";
import type { NoticeEvent } from "../../src/subscriptions/types.ts";
import { testEnv } from "./env.ts";
import { uniqueId } from "./helpers.ts";

const db = testEnv.DB;

function manualClock(start: number) {
  let now = start;
  return { now: () => now, set: (t: number) => (now = t) };
}

describe("D1 dedup store", () => {
  it("says first exactly once when 25 requests race with the same keys", async () => {
    const store = createD1DedupStore(db);
    const keys = [`event:${uniqueId("e")}`, `message:${uniqueId("m")}`];
    const results = await Promise.all(Array.from({ length: 25 }, () => store.firstSeen(keys, 60_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("counts any seen key as a duplicate, records the others, and forgets keys after the TTL", async () => {
    const clock = manualClock(1_000_000);
    const store = createD1DedupStore(db, { clock });
    const [a, b, c] = [uniqueId("a"), uniqueId("b"), uniqueId("c")];
    expect(await store.firstSeen([a, b], 1000)).toBe(true);
    expect(await store.firstSeen([b, c], 1000)).toBe(false); // b seen; c recorded anyway
    expect(await store.firstSeen([c], 1000)).toBe(false);
    expect(await store.firstSeen([a, a], 1000)).toBe(false);
    const d = uniqueId("d");
    expect(await store.firstSeen([d, d], 1000)).toBe(true); // a key twice in one call counts once
    clock.set(1_000_000 + 1500);
    expect(await store.firstSeen([a, b], 1000)).toBe(true); // expired: first again
    expect(await store.firstSeen([a], 1000)).toBe(false);
    expect(await store.firstSeen([], 1000)).toBe(true);
  });

  it("prunes keys older than the TTL", async () => {
    const clock = manualClock(5_000_000);
    const store = createD1DedupStore(db, { clock });
    const old = uniqueId("old");
    await store.firstSeen([old], 10);
    clock.set(5_000_000 + 100_000);
    expect(await store.prune(50_000)).toBeGreaterThanOrEqual(1);
    const row = await db.prepare("SELECT key FROM dedup WHERE key = ?1").bind(old).first();
    expect(row).toBeNull();
  });
});

describe("D1 inbox", () => {
  it("keeps a message exactly when it is first seen, and lists only what outlived the grace period", async () => {
    const clock = manualClock(50_000_000);
    const store = createD1DedupStore(db, { clock, inboxGraceMs: 60_000 });
    const id = uniqueId("om_");
    const keys = [`event:${uniqueId("e")}`, `message:${id}`];
    const results = await Promise.all(
      Array.from({ length: 8 }, () => store.firstSeen(keys, 60_000, { id, payload: '{"x":1}' })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    // A duplicate with another payload never replaces the kept one; a seen key keeps nothing new.
    expect(await store.firstSeen([`message:${id}`], 60_000, { id, payload: "other" })).toBe(false);
    const other = uniqueId("om_");
    expect(await store.firstSeen([`message:${id}`, `message:${other}`], 60_000, { id: other, payload: "{}" })).toBe(
      false,
    );

    const mine = async () => (await store.unfinished()).filter((r) => r.id === id || r.id === other);
    expect(await mine()).toEqual([]); // within the grace period: maybe still being answered
    clock.set(50_000_000 + 61_000);
    // Listing is not an attempt; starting an answer is.
    expect(await mine()).toEqual([{ id, payload: '{"x":1}', receivedAt: 50_000_000, attempts: 0 }]);
    expect((await mine())[0]?.attempts).toBe(0);
    await store.started(id);
    expect((await mine())[0]?.attempts).toBe(1);
    await store.finished(id);
    expect(await mine()).toEqual([]);
  });
});

const notice = (id: string): NoticeEvent => ({
  id,
  date: "2025-12-02",
  title: "测试事件",
  summary: "测试摘要",
  quote: "测试引文",
  articleId: "000_59a5e6b344649f1c",
  articleTitle: "测试文章",
  articleDate: null,
});

const event = (id: string, scopes: string[]) => ({
  id,
  date: "2025-12-02",
  title: "测试事件",
  summary: "测试摘要",
  scopes,
  evidence: [{ article: "000_59a5e6b344649f1c", quote: "测试引文" }],
});

describe("D1 notice stores", () => {
  it("queues an event's notices once: a repeat after new subscriptions queues nothing", async () => {
    const stores = createD1NoticeStores(db);
    const scope = uniqueId("scope");
    const [chat1, chat2] = [uniqueId("oc_"), uniqueId("oc_")];
    const id = uniqueId("ev");
    const now = 1_000;
    await stores.subscriptions.add({ chatId: chat1, scope, label: "L1", mode: "instant", createdAt: now });

    const first = await stores.outbox.addEvent({ event: event(id, [scope]), notice: notice(id), now, digestAt: 9_000 });
    expect(first).toMatchObject({ created: true, queued: 1 });
    await stores.subscriptions.add({ chatId: chat2, scope, label: "L2", mode: "instant", createdAt: now });
    const again = await stores.outbox.addEvent({
      event: event(id, [scope]),
      notice: notice(id),
      now: 2_000,
      digestAt: 9_000,
    });
    expect(again).toMatchObject({ created: false, queued: 0 });
    expect(again.stored.createdAt).toBe(now);

    const due = (await stores.outbox.due(10_000, 1000)).filter((n) => n.eventId === id);
    expect(due.map((n) => n.chatId)).toEqual([chat1]);
    expect(due[0]?.reasons).toEqual(["L1"]);
  });

  it("lets concurrent drainers claim each notice once", async () => {
    const stores = createD1NoticeStores(db);
    const scope = uniqueId("scope");
    const chats = Array.from({ length: 6 }, () => uniqueId("oc_"));
    for (const chatId of chats) {
      await stores.subscriptions.add({ chatId, scope, label: "L", mode: "instant", createdAt: 1 });
    }
    const id = uniqueId("ev");
    await stores.outbox.addEvent({ event: event(id, [scope]), notice: notice(id), now: 100, digestAt: 9_000 });
    const ids = (await stores.outbox.due(100, 1000)).filter((n) => n.eventId === id).map((n) => n.id);
    expect(ids).toHaveLength(6);
    const claims = await Promise.all(Array.from({ length: 5 }, () => stores.outbox.claim(ids, 100, 5_000)));
    expect(claims.flat().sort()).toEqual([...ids].sort());
    // Claimed notices are not due again until the retry time.
    expect((await stores.outbox.due(200, 1000)).filter((n) => n.eventId === id)).toHaveLength(0);
    await stores.outbox.markSent(ids.slice(0, 3), 300, "om_x");
    await stores.outbox.markFailed(ids.slice(3, 4), 300, "E_TEST");
    await stores.outbox.retryAt(ids.slice(4), 400, "E_FEISHU_NETWORK");
    expect((await stores.outbox.due(400, 1000)).filter((n) => n.eventId === id).map((n) => n.id)).toEqual(ids.slice(4));
  });

  it("adds, updates, lists, disables and removes subscriptions as the SQLite store does", async () => {
    const { subscriptions, outbox } = createD1NoticeStores(db);
    const chat = uniqueId("oc_");
    const sub = { chatId: chat, scope: "iot", label: "物联网", mode: "instant" as const, createdAt: 10 };
    expect(await subscriptions.add(sub)).toBe("added");
    expect(await subscriptions.add(sub)).toBe("unchanged");
    expect(await subscriptions.add({ ...sub, mode: "daily", createdAt: 20 })).toBe("updated");
    expect(await subscriptions.list(chat)).toEqual([{ ...sub, mode: "daily" }]);
    expect((await subscriptions.matching(["iot"])).some((s) => s.chatId === chat)).toBe(true);

    expect(await subscriptions.disableChat(chat, 30, "chat gone")).toBe(1);
    expect(await subscriptions.list(chat)).toEqual([]);
    expect(await subscriptions.add({ ...sub, createdAt: 40 })).toBe("added");
    expect((await subscriptions.list(chat))[0]?.createdAt).toBe(40);

    // Unsubscribing drops the chat's unattempted notices that no remaining subscription explains.
    const id = uniqueId("ev");
    await outbox.addEvent({ event: event(id, ["iot"]), notice: notice(id), now: 50, digestAt: 9_000 });
    expect(await subscriptions.remove(chat, "iot", 60)).toBe(1);
    expect(await subscriptions.remove(chat, undefined, 60)).toBe(0);
    const row = await db
      .prepare("SELECT status, last_error FROM outbox WHERE event_id = ?1 AND chat_id = ?2")
      .bind(id, chat)
      .first();
    expect(row).toEqual({ status: "dropped", last_error: "unsubscribed" });
  });

  it("stores added articles once and moves the revision", async () => {
    const { added } = createD1NoticeStores(db);
    const before = await added.revision();
    const article = { id: uniqueId("art"), title: "T", date: "2025-01-01", source: null, body: "正文。" };
    expect(await added.addArticle(article, 1)).toEqual({ created: true, stored: article });
    expect(await added.addArticle({ ...article, title: "other" }, 2)).toEqual({ created: false, stored: article });
    expect(await added.revision()).toBe(before + 1);
    expect((await added.articles()).some((a) => a.id === article.id)).toBe(true);
  });

  it("binds named parameters by position", () => {
    expect(toPositional("SELECT @a, @b, @a, '@x', 'it''s @y'")).toEqual({
      sql: "SELECT ?1, ?2, ?1, '@x', 'it''s @y'",
      names: ["a", "b"],
    });
  });
});

describe("D1 context store", () => {
  it("returns a value within its age, never after, and prunes old rows", async () => {
    const clock = manualClock(10_000);
    const store = createD1ContextStore(db, clock);
    const key = uniqueId("p2p:");
    await store.set(key, '{"last":"iot"}');
    expect(await store.get(key, 1000)).toBe('{"last":"iot"}');
    clock.set(12_000);
    expect(await store.get(key, 1000)).toBeUndefined();
    expect(await store.prune(1000)).toBeGreaterThanOrEqual(1);
    await store.set(key, "x");
    await store.delete(key);
    expect(await store.get(key, 1000)).toBeUndefined();
  });
});
