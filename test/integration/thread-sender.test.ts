/**
 * The sender in its own thread (src/runtime/thread-sender.ts, as src/runtime/node.ts wires it): the real SDK in a
 * worker thread against the fake Open API.
 *   - the app answers every event exactly once through it, each reply with its message's uuid;
 *   - a rate-limited send (230020) is retried with the same uuid and posted once; the retry's log line, with its
 *     code, reaches the app's logger (and no secret does);
 *   - a refused card falls back to text; card updates go through; the bot's open_id is asked for once;
 *   - after close(), a send fails as a value (E_SEND_FAILED), it does not throw or hang;
 *   - on Linux the thread runs SENDER_THREAD_NICE steps below the thread that acks.
 */
import { afterEach, describe, expect, it } from "vitest";
import { replyUuid } from "../../src/feishu/send.ts";
import { createLogger } from "../../src/log.ts";
import { SENDER_THREAD_NICE } from "../../src/runtime/thread-priority.ts";
import { createThreadSender, type ThreadSender } from "../../src/runtime/thread-sender.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { ownNice, threadNiceValues } from "../helpers/thread-nice.ts";
import { ids, messageEvent, parsedLogs, postJson, startBot, type TestBot } from "./helpers.ts";

let t: TestBot | undefined;
let sender: ThreadSender | undefined;
/** Lines the thread's calls wrote through the logger it was given. */
let threadLogs: string[] = [];
afterEach(async () => {
  await t?.close();
  await sender?.close();
  t = undefined;
  sender = undefined;
});

async function botWithThreadSender(): Promise<TestBot> {
  const fake = await FakeFeishu.start();
  threadLogs = [];
  const logger = createLogger({
    level: "debug",
    sink: (line) => threadLogs.push(line),
    secrets: [fake.appSecret],
  });
  sender = createThreadSender({
    appId: fake.appId,
    appSecret: fake.appSecret,
    domain: fake.url,
    logger,
    level: "debug",
  });
  const bot = await startBot({ fake, sender });
  const close = bot.close;
  return {
    ...bot,
    async close() {
      await close();
      await fake.close();
    },
  };
}

describe("sender thread", () => {
  it("the app answers each of many events exactly once, with the message's reply uuid", async () => {
    t = await botWithThreadSender();
    const bodies = Array.from({ length: 30 }, (_, i) =>
      messageEvent(i % 2 ? "message_p2p_text" : "message_group_mention", { chatId: `oc_chat${i % 7}` }),
    );
    const acks = await Promise.all(bodies.map((body) => postJson((t as TestBot).eventsUrl, body)));
    expect(acks.every((a) => a.status === 200)).toBe(true);
    await t.bot.idle();
    const replies = t.fake.replies();
    expect(replies).toHaveLength(30);
    expect(new Set(replies.map((r) => r.target))).toEqual(new Set(bodies.map((b) => ids(b).messageId)));
    for (const body of bodies) {
      const { messageId } = ids(body);
      expect(replies.find((r) => r.target === messageId)?.uuid).toBe(replyUuid(messageId));
    }
    // The bot's identity (needed for group messages) was fetched once, not per message.
    expect(t.fake.callsTo("bot")).toHaveLength(1);
  });

  it("230020: retried with the same uuid, posted once; the retry is logged with its code, no secret is", async () => {
    t = await botWithThreadSender();
    t.fake.fail({
      route: "reply",
      status: 400,
      body: { code: 230020, msg: "rate limit" },
      headers: { "x-ogw-ratelimit-reset": "0" },
    });
    const body = messageEvent("message_p2p_text");
    expect((await postJson(t.eventsUrl, body)).status).toBe(200);
    await t.bot.idle();
    const { messageId } = ids(body);
    expect(t.fake.callsTo("reply").map((c) => c.code)).toEqual([230020, 0]);
    expect(t.fake.callsTo("reply").map((c) => (c.body as { uuid: string }).uuid)).toEqual([
      replyUuid(messageId),
      replyUuid(messageId),
    ]);
    expect(t.fake.replies()).toHaveLength(1);
    expect(
      parsedLogs(threadLogs).some(
        (l) => l.code === "E_FEISHU_RATE_LIMIT" && l.feishu_code === 230020 && l.message_id === messageId,
      ),
    ).toBe(true);
    expect(parsedLogs(t.logs).find((l) => l.msg === "reply finished")).toMatchObject({
      ok: true,
      message_id: messageId,
    });
    const all = [...t.logs, ...threadLogs].join("\n");
    for (const secret of [t.fake.appSecret, ...t.fake.tokensIssued]) expect(all).not.toContain(secret);
  });

  it("a refused card becomes text; a card update goes through", async () => {
    const fake = await FakeFeishu.start();
    try {
      sender = createThreadSender({
        appId: fake.appId,
        appSecret: fake.appSecret,
        domain: fake.url,
        logger: createLogger({ sink: () => {} }),
      });
      const card = { config: { update_multi: true }, elements: [{ tag: "markdown", content: "**卡片**" }] } as never;
      fake.refuseCards = true;
      const refused = await sender.reply({ messageId: "om_a1", chatId: "oc_c1", card, text: "文字", uuid: "u-1" });
      expect(refused).toMatchObject({ ok: true, msgType: "text" });
      fake.refuseCards = false;
      const posted = await sender.create({ chatId: "oc_c1", card, text: "文字", uuid: "u-2" });
      expect(posted).toMatchObject({ ok: true, msgType: "interactive" });
      const updated = await sender.update({ messageId: String(posted.ok && posted.messageId), chatId: "oc_c1", card });
      expect(updated.ok).toBe(true);
      expect(fake.updates).toHaveLength(1);
      expect(await sender.botOpenId()).toBe(fake.botOpenId);
      if (process.platform === "linux") {
        expect(threadNiceValues()).toContain(Math.min(19, ownNice() + SENDER_THREAD_NICE));
      }
    } finally {
      await sender?.close();
      await fake.close();
    }
  });

  it("after close(), a send is a failed outcome, not a throw", async () => {
    const fake = await FakeFeishu.start();
    try {
      const s = createThreadSender({
        appId: fake.appId,
        appSecret: fake.appSecret,
        domain: fake.url,
        logger: createLogger({ sink: () => {} }),
      });
      await s.close();
      expect(await s.reply({ messageId: "om_a1", chatId: "oc_c1", text: "x", uuid: "u-1" })).toMatchObject({
        ok: false,
        code: "E_SEND_FAILED",
      });
      expect(fake.posted).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});
