/**
 * Sending through the real SDK against the fake Open API: rate limits (230020, 99991400 with
 * x-ogw-ratelimit-reset) with backoff and the same uuid, 232009 dropping the reply, server errors, timeouts,
 * token caching and refresh, the per-chat limit — and a failed send never crashing anything.
 * Backoff runs on virtual time: the recorded sleeps are checked, no real waiting happens.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createFeishuSender, replyUuid, type Sender } from "../../src/feishu/send.ts";
import { createLogger } from "../../src/log.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { ids, messageEvent, parsedLogs, postJson, startBot, type TestBot, virtualTime } from "./helpers.ts";

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const uuids = (bot: TestBot) => bot.fake.callsTo("reply").map((c) => (c.body as { uuid: string }).uuid);

async function ask(bot: TestBot, name = "message_p2p_text", chatId?: string) {
  const body = messageEvent(name, { chatId });
  expect((await postJson(bot.eventsUrl, body)).status).toBe(200);
  return ids(body);
}

describe("rate limits", () => {
  it("230020: backs off for x-ogw-ratelimit-reset seconds and retries with the same uuid", async () => {
    t = await startBot();
    t.fake.fail({
      route: "reply",
      status: 400,
      body: { code: 230020, msg: "rate limit" },
      headers: { "x-ogw-ratelimit-reset": "2" },
    });
    const { messageId } = await ask(t);
    await t.bot.idle();
    expect(t.fake.callsTo("reply").map((c) => c.code)).toEqual([230020, 0]);
    expect(uuids(t)).toEqual([replyUuid(messageId), replyUuid(messageId)]);
    expect(t.time.sleeps).toContain(2000);
    expect(t.fake.replies()).toHaveLength(1);
    expect(parsedLogs(t.logs).some((l) => l.code === "E_FEISHU_RATE_LIMIT" && l.feishu_code === 230020)).toBe(true);
  });

  it("99991400 (HTTP 429): honours the reset header, retries twice, posts once", async () => {
    t = await startBot();
    t.fake.fail({
      route: "reply",
      times: 2,
      status: 429,
      body: { code: 99991400, msg: "request trigger frequency limit" },
      headers: { "x-ogw-ratelimit-limit": "50", "x-ogw-ratelimit-reset": "3" },
    });
    await ask(t);
    await t.bot.idle();
    expect(t.time.sleeps.filter((ms) => ms === 3000)).toHaveLength(2);
    expect(new Set(uuids(t)).size).toBe(1);
    expect(t.fake.replies()).toHaveLength(1);
  });

  it("without a reset header: exponential backoff", async () => {
    t = await startBot();
    t.fake.fail({ route: "reply", times: 3, status: 400, body: { code: 230020, msg: "rate limit" } });
    await ask(t);
    await t.bot.idle();
    expect(t.time.sleeps.slice(0, 3)).toEqual([500, 1000, 2000]);
    expect(t.fake.replies()).toHaveLength(1);
  });

  it("rate limited past the retry budget: gives up, logged with its code, the next message is fine", async () => {
    t = await startBot();
    t.fake.fail({
      route: "reply",
      times: 100,
      status: 400,
      body: { code: 230020, msg: "rate limit" },
      headers: { "x-ogw-ratelimit-reset": "30" },
    });
    await ask(t);
    await t.bot.idle();
    expect(t.fake.replies()).toHaveLength(0);
    const failed = parsedLogs(t.logs).find((l) => l.msg === "reply finished");
    expect(failed).toMatchObject({ ok: false, code: "E_FEISHU_RATE_LIMIT" });
    expect(typeof failed?.message_id).toBe("string");
    t.fake.clearFaults();
    await ask(t);
    await t.bot.idle();
    expect(t.fake.replies()).toHaveLength(1);
  });

  it("at most 5 sends per second per chat", async () => {
    t = await startBot({ concurrency: 8 });
    const chat = "oc_busy_chat_00000000000000000001";
    for (let i = 0; i < 12; i++) await ask(t, "message_p2p_text", chat);
    await t.bot.idle();
    expect(t.fake.replies()).toHaveLength(12);
    // The limiter had to wait (virtual time): 12 sends in one chat need at least 2 further windows.
    expect(t.time.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1000);
  });
});

describe("errors", () => {
  it("232009 (chat disbanded): the reply is dropped, no retry, logged", async () => {
    t = await startBot();
    t.fake.fail({ route: "reply", status: 400, body: { code: 232009, msg: "chat has been disbanded" } });
    await ask(t);
    await t.bot.idle();
    expect(t.fake.callsTo("reply")).toHaveLength(1);
    expect(t.fake.replies()).toHaveLength(0);
    expect(parsedLogs(t.logs).some((l) => l.code === "E_FEISHU_CHAT_GONE" && l.feishu_code === 232009)).toBe(true);
  });

  it("230011 (message recalled): dropped", async () => {
    t = await startBot();
    t.fake.fail({ route: "reply", status: 400, body: { code: 230011, msg: "The message was withdrawn." } });
    await ask(t);
    await t.bot.idle();
    expect(t.fake.callsTo("reply")).toHaveLength(1);
    expect(parsedLogs(t.logs).some((l) => l.code === "E_FEISHU_MESSAGE_GONE")).toBe(true);
  });

  it("a 500 is retried with the same uuid", async () => {
    t = await startBot();
    t.fake.fail({ route: "reply", status: 500, body: { code: 1, msg: "internal" } });
    await ask(t);
    await t.bot.idle();
    expect(t.fake.callsTo("reply").map((c) => c.status)).toEqual([500, 200]);
    expect(new Set(uuids(t)).size).toBe(1);
    expect(t.fake.replies()).toHaveLength(1);
  });

  it("other API errors are not retried and logged with their code", async () => {
    t = await startBot();
    t.fake.fail({ route: "reply", status: 400, body: { code: 230002, msg: "Bot is not in the chat." } });
    await ask(t);
    await t.bot.idle();
    expect(t.fake.callsTo("reply")).toHaveLength(1);
    expect(parsedLogs(t.logs).some((l) => l.code === "E_FEISHU_API" && l.feishu_code === 230002)).toBe(true);
  });

  it("a timed-out send is retried with the same uuid; Feishu keeps one message", async () => {
    const fake = await FakeFeishu.start();
    const logs: string[] = [];
    const time = virtualTime();
    const sender = createFeishuSender({
      appId: fake.appId,
      appSecret: fake.appSecret,
      domain: fake.url,
      logger: createLogger({ sink: (l) => logs.push(l), level: "debug" }),
      clock: time.clock,
      sleep: time.sleep,
      requestTimeoutMs: 150,
    });
    try {
      fake.fail({ route: "reply", delayMs: 400 }); // answered normally, but too late
      const outcome = await sender.reply({
        messageId: "om_timeout",
        chatId: "oc_1",
        text: "hi",
        uuid: replyUuid("om_timeout"),
      });
      expect(outcome.ok).toBe(true);
      await fake.settled(); // let the slow first request land
      expect(fake.callsTo("reply")).toHaveLength(2);
      expect(fake.replies()).toHaveLength(1);
      expect(logs.some((l) => l.includes("E_FEISHU_TIMEOUT"))).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it("Feishu unreachable: the send fails with E_FEISHU_NETWORK, nothing throws, the app keeps serving", async () => {
    const fake = await FakeFeishu.start();
    t = await startBot({ fake });
    await fake.close(); // connection refused from now on
    await ask(t);
    await t.bot.idle();
    expect(parsedLogs(t.logs).find((l) => l.msg === "reply finished")).toMatchObject({
      ok: false,
      code: "E_FEISHU_NETWORK",
    });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

describe("containment", () => {
  it("even a sender that throws cannot crash anything: logged as E_HANDLER with the ids", async () => {
    const throwing: Sender = {
      reply: async () => {
        throw new Error("boom");
      },
      create: async () => {
        throw new Error("boom");
      },
      botOpenId: async () => {
        throw new Error("boom");
      },
    };
    t = await startBot({ sender: throwing });
    const { messageId } = await ask(t);
    await t.bot.idle();
    const line = parsedLogs(t.logs).find((l) => l.code === "E_HANDLER");
    expect(line).toMatchObject({ message_id: messageId, error: "boom" });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect((await postJson(t.eventsUrl, messageEvent("message_p2p_text"))).status).toBe(200);
  });
});

describe("tokens", () => {
  it("one tenant_access_token for many sends (the SDK token cache)", async () => {
    t = await startBot();
    for (let i = 0; i < 6; i++) await ask(t);
    await t.bot.idle();
    expect(t.fake.replies()).toHaveLength(6);
    expect(t.fake.callsTo("token")).toHaveLength(1);
  });

  it("a rejected token (99991663) is refreshed once and the send retried", async () => {
    t = await startBot();
    await ask(t);
    await t.bot.idle();
    t.fake.revokeTokens();
    await ask(t);
    await t.bot.idle();
    expect(t.fake.replies()).toHaveLength(2);
    expect(t.fake.callsTo("token")).toHaveLength(2);
  });

  it("a failing token endpoint is a logged failure, not a crash", async () => {
    t = await startBot();
    t.fake.fail({ route: "token", times: 10, status: 500, body: { code: 1, msg: "down" } });
    await ask(t);
    await t.bot.idle();
    expect(t.fake.replies()).toHaveLength(0);
    expect(parsedLogs(t.logs).find((l) => l.msg === "reply finished")).toMatchObject({ ok: false });
  });
});

describe("create (send to a chat)", () => {
  it("posts with receive_id_type=chat_id and a uuid", async () => {
    const fake = await FakeFeishu.start();
    const time = virtualTime();
    const sender = createFeishuSender({
      appId: fake.appId,
      appSecret: fake.appSecret,
      domain: fake.url,
      logger: createLogger({ sink: () => {} }),
      clock: time.clock,
      sleep: time.sleep,
    });
    try {
      const a = await sender.create({ chatId: "oc_digest", text: "早报", uuid: "digest-2024-01-01" });
      const b = await sender.create({ chatId: "oc_digest", text: "早报", uuid: "digest-2024-01-01" });
      expect(a).toMatchObject({ ok: true, msgType: "text" });
      expect(b.ok && a.ok && b.messageId === a.messageId).toBe(true);
      expect(fake.callsTo("create")[0]?.query).toEqual({ receive_id_type: "chat_id" });
      expect(fake.posted).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
