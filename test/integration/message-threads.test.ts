/**
 * Messages answered whole in the answer threads (src/runtime/message-elsewhere.ts, as src/runtime/node.ts wires it
 * with a Feishu sender and SQLite): the real app acks and deduplicates on this thread, the pool's threads run the
 * inbox, the follow-up context, the turn and the reply, which leaves through the sender thread (real SDK) to the fake
 * Open API.
 *   - every event is answered exactly once, with its message's reply uuid, and leaves the inbox;
 *   - the lines the threads logged reach this thread's logger, with the message's ids, and no secret does;
 *   - a follow-up ("牵头单位呢") is completed from the context the thread wrote for the question before;
 *   - `/导入` is left to this thread (the importer is its own);
 *   - with knowledge that cannot load, a thread answers with the apology, as this thread would, and the message
 *     leaves the inbox (it is not retried as if the thread had died); the thread's "engine failed" line reaches this
 *     thread's logger as it is written.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotApp, createApp } from "../../src/app.ts";
import { replyUuid } from "../../src/feishu/send.ts";
import { createLogger } from "../../src/log.ts";
import { type AnswerPool, createAnswerPool } from "../../src/runtime/answer-pool.ts";
import { answerInThreads } from "../../src/runtime/message-elsewhere.ts";
import { createThreadSender, type ThreadSender } from "../../src/runtime/thread-sender.ts";
import { openSqliteDedupStore } from "../../src/store/sqlite.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { ids, listen, messageEvent, parsedLogs, postJson, TOKEN } from "./helpers.ts";

const dataDir = mkdtempSync(join(tmpdir(), "message-threads-"));
const statePath = join(dataDir, "state.sqlite");
const logs: string[] = [];
let fake: FakeFeishu;
let pool: AnswerPool;
let sender: ThreadSender;
let dedup: ReturnType<typeof openSqliteDedupStore>;
let bot: BotApp;
let server: Server;
let eventsUrl: string;
const elsewhere: { message: string; handled: boolean }[] = [];

beforeAll(async () => {
  fake = await FakeFeishu.start();
  const logger = createLogger({ level: "info", sink: (line) => logs.push(line), secrets: [fake.appSecret] });
  const channel = `sender-test-${process.pid}`;
  sender = createThreadSender({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url, logger, channel });
  dedup = openSqliteDedupStore(statePath);
  pool = createAnswerPool({
    dataDir,
    statePath,
    threads: 2,
    messages: { senderChannel: channel, level: "info", gapsRetentionDays: 30 },
    logger,
  });
  const inThreads = answerInThreads(pool, sender);
  bot = createApp({
    config: { verificationToken: TOKEN },
    engine: pool.engine,
    dedup,
    inbox: dedup,
    sender,
    logger,
    answerElsewhere: async (msg, fields, resumed) => {
      const handled = await inThreads(msg, fields, resumed);
      elsewhere.push({ message: msg.messageId, handled });
      return handled;
    },
  });
  await pool.engine;
  server = await listen(bot.fetch);
  eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feishu/events`;
}, 120_000);

afterAll(async () => {
  await bot?.idle();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await sender?.close();
  await pool?.close();
  await dedup?.close();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("messages answered in the answer threads", () => {
  it("answers each of many events exactly once, with its uuid, and empties the inbox", async () => {
    const bodies = Array.from({ length: 24 }, (_, i) =>
      messageEvent(i % 2 ? "message_p2p_text" : "message_group_mention", { chatId: `oc_many${i % 5}` }),
    );
    const acks = await Promise.all(bodies.map((body) => postJson(eventsUrl, body)));
    expect(acks.every((a) => a.status === 200)).toBe(true);
    await bot.idle();
    const replies = fake.replies();
    for (const body of bodies) {
      const { messageId } = ids(body);
      expect(replies.filter((r) => r.target === messageId).map((r) => r.uuid)).toEqual([replyUuid(messageId)]);
      expect(elsewhere.find((e) => e.message === messageId)?.handled).toBe(true);
    }
    expect(await dedup.unfinished()).toEqual([]);
    // The threads' lines, written by this thread's logger with the message's ids; no secret among them.
    const { messageId } = ids(bodies[0] as (typeof bodies)[number]);
    const lines = parsedLogs(logs).filter((l) => l.message_id === messageId);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["message handled", "reply finished"]));
    for (const secret of [fake.appSecret, ...fake.tokensIssued]) expect(logs.join("\n")).not.toContain(secret);
  });

  it("completes a follow-up from the context the thread wrote before", async () => {
    const first = messageEvent("message_p2p_text", { chatId: "oc_follow", text: "物联网网络有哪些成员" });
    expect((await postJson(eventsUrl, first)).status).toBe(200);
    await bot.idle();
    const second = messageEvent("message_p2p_text", { chatId: "oc_follow", text: "牵头单位呢" });
    expect((await postJson(eventsUrl, second)).status).toBe(200);
    await bot.idle();
    const reply = fake.replies().find((r) => r.target === ids(second).messageId);
    expect(reply?.content).toContain("无锡");
  });

  it("leaves /导入 to this thread", async () => {
    const body = messageEvent("message_p2p_text", {
      chatId: "oc_import",
      text: "/导入 https://example.feishu.cn/docx/x",
    });
    expect((await postJson(eventsUrl, body)).status).toBe(200);
    await bot.idle();
    const { messageId } = ids(body);
    expect(elsewhere.find((e) => e.message === messageId)?.handled).toBe(false);
    expect(fake.replies().find((r) => r.target === messageId)?.content).toContain("导入");
    expect(await dedup.unfinished()).toEqual([]);
  });
});

describe("messages answered in the answer threads, knowledge that cannot load", () => {
  it("answers with the apology and finishes the message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "message-threads-broken-"));
    const knowledgeDir = join(dir, "knowledge");
    mkdirSync(join(knowledgeDir, "articles"), { recursive: true });
    writeFileSync(join(knowledgeDir, "articles", "broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
    const fakeApi = await FakeFeishu.start();
    const lines: string[] = [];
    const logger = createLogger({ level: "info", sink: (line) => lines.push(line), secrets: [fakeApi.appSecret] });
    const channel = `sender-test-broken-${process.pid}`;
    const threadSender = createThreadSender({
      appId: fakeApi.appId,
      appSecret: fakeApi.appSecret,
      domain: fakeApi.url,
      logger,
      channel,
    });
    const store = openSqliteDedupStore(join(dir, "state.sqlite"));
    const brokenPool = createAnswerPool({
      knowledgeDir,
      dataDir: dir,
      statePath: join(dir, "state.sqlite"),
      threads: 1,
      messages: { senderChannel: channel, level: "info" },
      logger,
    });
    brokenPool.engine.catch(() => {});
    const app = createApp({
      config: { verificationToken: TOKEN },
      engine: brokenPool.engine,
      dedup: store,
      inbox: store,
      sender: threadSender,
      logger,
      answerElsewhere: answerInThreads(brokenPool, threadSender),
    });
    const http = await listen(app.fetch);
    try {
      const body = messageEvent("message_p2p_text", { chatId: "oc_broken", text: "物联网网络有哪些成员" });
      const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/feishu/events`;
      expect((await postJson(url, body)).status).toBe(200);
      await app.idle();
      expect(fakeApi.replies().find((r) => r.target === ids(body).messageId)?.content).toContain("抱歉");
      expect(await store.unfinished()).toEqual([]);
      expect(parsedLogs(lines).some((l) => l.msg === "engine failed" && l.message_id === ids(body).messageId)).toBe(
        true,
      );
    } finally {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await threadSender.close();
      await brokenPool.close();
      await store.close();
      await fakeApi.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
