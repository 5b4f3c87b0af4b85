/**
 * Exactly one reply: redeliveries (same event id, or the same message under a new event id), plain and
 * encrypted, sequential and concurrent, and after a restart (SQLite under a temp DATA_DIR). Replies carry a
 * uuid derived from the message id, so even a lost dedup store cannot make Feishu post twice.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { replyUuid } from "../../src/feishu/send.ts";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { openSqliteDedupStore } from "../../src/store/sqlite.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { ENCRYPT_KEY, fakeEngine, ids, messageEvent, parsedLogs, postJson, startBot } from "./helpers.ts";

const dataDir = mkdtempSync(join(tmpdir(), "bot-data-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe.each([
  ["plain", undefined],
  ["encrypted", ENCRYPT_KEY],
] as const)("%s: one event redelivered 3 times plus the same message under a new event id", (_mode, encryptKey) => {
  it("sequentially → one reply", async () => {
    const { engine, calls } = fakeEngine();
    const t = await startBot({ engine, encryptKey });
    try {
      const body = messageEvent("message_p2p_text");
      const { messageId } = ids(body);
      for (let i = 0; i < 4; i++) {
        expect((await postJson(t.eventsUrl, body, { encryptKey })).status).toBe(200);
      }
      const again = messageEvent("message_p2p_text", { messageId });
      expect(ids(again).eventId).not.toBe(ids(body).eventId);
      expect((await postJson(t.eventsUrl, again, { encryptKey })).status).toBe(200);
      await t.bot.idle();
      expect(calls).toHaveLength(1);
      expect(t.fake.callsTo("reply")).toHaveLength(1);
      expect(t.fake.replies()).toHaveLength(1);
      expect(t.fake.replies()[0]?.target).toBe(messageId);
      expect(t.fake.replies()[0]?.uuid).toBe(replyUuid(messageId));
      expect(parsedLogs(t.logs).filter((l) => l.msg === "duplicate delivery ignored")).toHaveLength(4);
    } finally {
      await t.close();
    }
  });

  it("concurrently → one reply", async () => {
    const { engine, calls } = fakeEngine();
    const t = await startBot({ engine, encryptKey });
    try {
      const body = messageEvent("message_p2p_text");
      const fresh = messageEvent("message_p2p_text", { messageId: ids(body).messageId });
      const results = await Promise.all([
        postJson(t.eventsUrl, body, { encryptKey }),
        postJson(t.eventsUrl, body, { encryptKey }),
        postJson(t.eventsUrl, body, { encryptKey }),
        postJson(t.eventsUrl, body, { encryptKey }),
        postJson(t.eventsUrl, fresh, { encryptKey }),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      await t.bot.idle();
      expect(calls).toHaveLength(1);
      expect(t.fake.replies()).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});

describe("after a restart", () => {
  it("SQLite under DATA_DIR remembers: redeliveries after a restart are not answered again", async () => {
    const fake = await FakeFeishu.start();
    const file = join(dataDir, "state.sqlite");
    const body = messageEvent("message_group_mention");
    const { messageId } = ids(body);
    try {
      const first = fakeEngine();
      const a = await startBot({ fake, engine: first.engine, dedup: openSqliteDedupStore(file) });
      await postJson(a.eventsUrl, body);
      await a.bot.idle();
      await a.close();
      await a.dedup.close();
      expect(fake.replies()).toHaveLength(1);

      const second = fakeEngine();
      const b = await startBot({ fake, engine: second.engine, dedup: openSqliteDedupStore(file) });
      for (let i = 0; i < 3; i++) await postJson(b.eventsUrl, body);
      await postJson(b.eventsUrl, messageEvent("message_group_mention", { messageId }));
      await b.bot.idle();
      await b.close();
      await b.dedup.close();

      expect(second.calls).toHaveLength(0);
      expect(fake.callsTo("reply")).toHaveLength(1);
      expect(fake.replies()).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });

  it("even with the dedup store lost, the reply uuid keeps Feishu from posting twice", async () => {
    const fake = await FakeFeishu.start();
    const body = messageEvent("message_p2p_text");
    try {
      for (let run = 0; run < 2; run++) {
        const t = await startBot({ fake, dedup: createMemoryDedupStore() });
        await postJson(t.eventsUrl, body);
        await t.bot.idle();
        await t.close();
      }
      const calls = fake.callsTo("reply");
      expect(calls).toHaveLength(2); // the bot did answer twice…
      const [first, second] = calls.map((c) => (c.body as { uuid: string }).uuid);
      expect(first).toBe(second);
      expect(fake.replies()).toHaveLength(1); // …but only one message exists
    } finally {
      await fake.close();
    }
  });
});
