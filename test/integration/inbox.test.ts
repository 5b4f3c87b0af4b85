/**
 * Nothing a user sent is lost: a message acked to Feishu is kept (in the transaction that marks it seen) until
 * it has been answered. After a crash — here a process whose engine never finished loading, then a new app on
 * the same SQLite file — `resume()` answers it exactly once; a full queue keeps messages for later instead of
 * dropping them; a leftover older than Feishu's reply-uuid window is given up rather than risk a double post.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BotEngine } from "../../src/bot/handle.ts";
import { replyUuid } from "../../src/feishu/send.ts";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { openSqliteDedupStore } from "../../src/store/sqlite.ts";
import type { Inbox } from "../../src/store/types.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { visibleText } from "../injection/harness.ts";
import { fakeEngine, ids, messageEvent, parsedLogs, postJson, startBot } from "./helpers.ts";

const dataDir = mkdtempSync(join(tmpdir(), "bot-inbox-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("inbox", () => {
  it("answers after a restart what was acked but never answered, exactly once", async () => {
    const fake = await FakeFeishu.start();
    const file = join(dataDir, "crash.sqlite");
    const body = messageEvent("message_p2p_text");
    const { messageId } = ids(body);
    try {
      // First life: the ack is given, then the process dies before answering (its engine never loads).
      const store = openSqliteDedupStore(file);
      const stuck = new Promise<BotEngine>(() => {});
      const first = await startBot({ fake, engine: stuck, dedup: store, inbox: store });
      expect((await postJson(first.eventsUrl, body)).status).toBe(200);
      await store.close();
      expect(fake.replies()).toHaveLength(0);

      // Second life on the same file.
      const again = openSqliteDedupStore(file);
      const { engine, calls } = fakeEngine();
      const second = await startBot({ fake, engine, dedup: again, inbox: again });
      try {
        expect(await second.bot.resume()).toBe(1);
        await second.bot.idle();
        expect(calls).toHaveLength(1);
        expect(fake.replies()).toHaveLength(1);
        expect(fake.replies()[0]?.uuid).toBe(replyUuid(messageId));
        // Answered: nothing left to resume, and a redelivery is still a duplicate.
        expect(await second.bot.resume()).toBe(0);
        expect((await postJson(second.eventsUrl, body)).status).toBe(200);
        await second.bot.idle();
        expect(fake.replies()).toHaveLength(1);
      } finally {
        await second.close();
        await again.close();
      }
    } finally {
      await fake.close();
    }
  });

  it("a placeholder left by a crash is replaced by the resumed answer (fast path), no second reply", async () => {
    const fake = await FakeFeishu.start();
    const file = join(dataDir, "placeholder.sqlite");
    const body = messageEvent("message_p2p_text");
    const { messageId } = ids(body);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { engine: quick } = fakeEngine();
    // First life: slow enough for the "正在检索…" card, then the process dies before the answer.
    const slow: BotEngine = {
      async answer(q) {
        await gate;
        return quick.answer(q);
      },
      briefing: (s) => quick.briefing(s),
    };
    const store = openSqliteDedupStore(file);
    const first = await startBot({ fake, engine: slow, dedup: store, inbox: store, progress: { slowAfterMs: 0 } });
    try {
      expect((await postJson(first.eventsUrl, body)).status).toBe(200);
      await fake.waitForCall((c) => c.route === "reply");
      await fake.settled();
      const replies = () => fake.replies().filter((p) => p.target === messageId);
      expect(replies()).toHaveLength(1);
      expect(visibleText(replies()[0]?.content ?? "{}")).toContain("正在检索");
      await store.close(); // the crash: nothing more reaches the store

      // Second life: the answer is fast now, so no placeholder of its own.
      const again = openSqliteDedupStore(file);
      const { engine } = fakeEngine();
      const second = await startBot({ fake, engine, dedup: again, inbox: again, progress: { slowAfterMs: 5000 } });
      try {
        expect(await second.bot.resume()).toBe(1);
        await second.bot.idle();
        expect(replies()).toHaveLength(1);
        const shown = visibleText(replies()[0]?.content ?? "{}");
        expect(shown).not.toContain("正在检索");
        expect(shown).toContain("物联网产业协同创新网络共有 11 个成员高新区");
      } finally {
        await second.close();
        await again.close();
      }
    } finally {
      release();
      await first.close();
      await fake.close();
    }
  });

  it("keeps messages that find the queue full, and answers them on the next resume", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { engine: quick } = fakeEngine();
    const engine: BotEngine = {
      async answer(q) {
        await gate;
        return quick.answer(q);
      },
      briefing: (s) => quick.briefing(s),
    };
    const store = createMemoryDedupStore();
    const t = await startBot({ engine, dedup: store, inbox: store, concurrency: 1, maxPending: 1 });
    try {
      for (let i = 0; i < 3; i++)
        expect((await postJson(t.eventsUrl, messageEvent("message_p2p_text"))).status).toBe(200);
      expect(parsedLogs(t.logs).filter((l) => l.msg === "queue full, message kept for later")).toHaveLength(1);
      release();
      await t.bot.idle();
      expect(t.fake.replies()).toHaveLength(2);
      expect(await t.bot.resume()).toBe(1);
      await t.bot.idle();
      expect(t.fake.replies()).toHaveLength(3);
      expect(new Set(t.fake.replies().map((r) => r.target)).size).toBe(3);
    } finally {
      await t.close();
    }
  });

  it("loses and duplicates nothing when a backlog outlasts many resume rounds and the process restarts", async () => {
    // A slow Open API: answers never finish in the first life, so the queue stays full while resume runs again
    // and again (each round once a minute in the server). Listing and waiting are not attempts.
    const fake = await FakeFeishu.start();
    const file = join(dataDir, "backlog.sqlite");
    const bodies = Array.from({ length: 20 }, () => messageEvent("message_p2p_text"));
    try {
      const store = openSqliteDedupStore(file);
      const stuck: BotEngine = { answer: () => new Promise(() => {}), briefing: fakeEngine().engine.briefing };
      const first = await startBot({ fake, engine: stuck, dedup: store, inbox: store, concurrency: 2, maxPending: 3 });
      for (const body of bodies) expect((await postJson(first.eventsUrl, body)).status).toBe(200);
      for (let round = 0; round < 6; round++) await first.bot.resume();
      expect(parsedLogs(first.logs).filter((l) => l.msg === "unanswered message given up")).toHaveLength(0);
      await store.close(); // the process dies with two answers in flight and the rest waiting

      const again = openSqliteDedupStore(file);
      const { engine, calls } = fakeEngine();
      const second = await startBot({ fake, engine, dedup: again, inbox: again, concurrency: 2, maxPending: 3 });
      try {
        for (let round = 0; round < 20 && (await second.bot.resume()) > 0; round++) await second.bot.idle();
        expect(parsedLogs(second.logs).filter((l) => l.msg === "unanswered message given up")).toHaveLength(0);
        expect(calls).toHaveLength(20);
        const uuids = fake.replies().map((r) => r.uuid);
        expect(uuids).toHaveLength(20);
        expect(new Set(uuids)).toEqual(new Set(bodies.map((b) => replyUuid(ids(b).messageId))));
      } finally {
        await second.close();
        await again.close();
      }
    } finally {
      await fake.close();
    }
  });

  it("gives up a leftover older than the reply idempotency window instead of risking a second post", async () => {
    const { engine } = fakeEngine();
    const stuck = new Promise<BotEngine>(() => {});
    const first = await startBot({ engine: stuck });
    const store = createMemoryDedupStore(first.time.clock);
    const crashed = await startBot({ engine: stuck, dedup: store, inbox: store });
    const later = await startBot({ engine, dedup: store, inbox: store });
    try {
      expect((await postJson(crashed.eventsUrl, messageEvent("message_p2p_text"))).status).toBe(200);
      first.time.advance(56 * 60 * 1000);
      // `later` has its own virtual clock; the store's clock (first.time) recorded the message 56 min ago.
      later.time.advance(first.time.clock.now() - later.time.clock.now());
      expect(await later.bot.resume()).toBe(0);
      expect(parsedLogs(later.logs).some((l) => l.msg === "unanswered message given up")).toBe(true);
      expect(later.fake.replies()).toHaveLength(0);
      expect(await later.bot.resume()).toBe(0);
    } finally {
      await later.close();
      await first.close().catch(() => {});
    }
  });

  it("a start the inbox refuses (another instance holds the message) is neither answered nor finished here", async () => {
    const store = createMemoryDedupStore();
    const inbox: Inbox = { ...store, started: async () => false };
    const { engine, calls } = fakeEngine();
    const t = await startBot({ engine, dedup: store, inbox });
    try {
      expect((await postJson(t.eventsUrl, messageEvent("message_p2p_text"))).status).toBe(200);
      await t.bot.idle();
      expect(calls).toHaveLength(0);
      expect(t.fake.replies()).toHaveLength(0);
      expect(await store.unfinished()).toHaveLength(1); // still there for the instance that holds it
      expect(parsedLogs(t.logs).some((l) => l.msg === "message held by another instance")).toBe(true);
    } finally {
      await t.close();
    }
  });

  it("a start that cannot be recorded (database away) keeps the message for the next resume, which answers it", async () => {
    const store = createMemoryDedupStore();
    let down = true;
    const inbox: Inbox = {
      ...store,
      started: async (id) => {
        if (down) throw new Error("connection refused");
        return store.started(id);
      },
    };
    const { engine, calls } = fakeEngine();
    const t = await startBot({ engine, dedup: store, inbox });
    try {
      expect((await postJson(t.eventsUrl, messageEvent("message_p2p_text"))).status).toBe(200);
      await t.bot.idle();
      expect(calls).toHaveLength(0);
      expect(await store.unfinished()).toHaveLength(1);
      down = false;
      expect(await t.bot.resume()).toBe(1);
      await t.bot.idle();
      expect(t.fake.replies()).toHaveLength(1);
      expect(await store.unfinished()).toHaveLength(0);
    } finally {
      await t.close();
    }
  });
});

describe("SQLite inbox updates", () => {
  it("share the dedup's group commit, in call order, and unfinished() sees the ones not yet committed", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "inbox-batch-")), "state.sqlite");
    const store = openSqliteDedupStore(file);
    const payload = (id: string) => ({ id, payload: JSON.stringify({ messageId: id }) });
    await Promise.all(["m1", "m2", "m3"].map((id) => store.firstSeen([`message:${id}`], 60_000, payload(id))));
    // One turn: m1 started and finished, m2 started; none awaited before the listing.
    const updates = [store.started("m1"), store.finished("m1"), store.started("m2")];
    const left = await store.unfinished();
    expect(left.map((r) => [r.id, r.attempts])).toEqual([
      ["m2", 1],
      ["m3", 0],
    ]);
    await Promise.all(updates);
    await store.close();
    rmSync(join(file, ".."), { recursive: true, force: true });
  });
});
