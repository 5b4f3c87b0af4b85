/**
 * The sender against the fake Open API, on the points of the Feishu audit (issue 16): ids placed in URL paths,
 * token refresh codes, 230049 "being sent", and the card size limit measured on the request body as sent.
 * Real SDK client, real HTTP, virtual time for every backoff.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Card, REQUEST_MAX_BYTES } from "../../src/feishu/render.ts";
import { createFeishuSender, type Sender } from "../../src/feishu/send.ts";
import { createLogger } from "../../src/log.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { messageEvent, parsedLogs, postJson, startBot, type TestBot, virtualTime } from "./helpers.ts";

let fake: FakeFeishu | undefined;
let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

async function senderFor(f: FakeFeishu) {
  const logs: string[] = [];
  const time = virtualTime();
  const sender: Sender = createFeishuSender({
    appId: f.appId,
    appSecret: f.appSecret,
    domain: f.url,
    logger: createLogger({ level: "debug", sink: (l) => logs.push(l) }),
    clock: time.clock,
    sleep: time.sleep,
    requestTimeoutMs: 2000,
  });
  return { sender, logs, time };
}

/** A card 2.0 with one markdown element of `content`. */
function cardWith(content: string): Card {
  return {
    schema: "2.0",
    config: { update_multi: true },
    header: { title: { tag: "plain_text", content: "测试" } },
    body: { elements: [{ tag: "markdown", content }] },
  };
}

describe("ids in URL paths", () => {
  const forged = ["om_x/../../../auth/v3/tenant_access_token/internal", "om_1?x=1", "om_%2e%2e", "om 1", ""];

  it.each(forged)("a reply to %j is refused before any request (E_FEISHU_BAD_ID)", async (id) => {
    fake = await FakeFeishu.start();
    const { sender, logs } = await senderFor(fake);
    const outcome = await sender.reply({ messageId: id, chatId: "oc_1", text: "hi", uuid: "u-1" });
    expect(outcome).toMatchObject({ ok: false, code: "E_FEISHU_BAD_ID" });
    expect(fake.calls).toHaveLength(0); // not even a token request
    expect(parsedLogs(logs).some((l) => l.code === "E_FEISHU_BAD_ID")).toBe(true);
  });

  it("an update of a forged id and a create to a forged chat id are refused too", async () => {
    fake = await FakeFeishu.start();
    const { sender } = await senderFor(fake);
    const update = await sender.update?.({ messageId: "om_1/../../x", chatId: "oc_1", card: cardWith("a") });
    const create = await sender.create({ chatId: "oc_1&receive_id=oc_2", text: "hi", uuid: "u-2" });
    expect(update).toMatchObject({ ok: false, code: "E_FEISHU_BAD_ID" });
    expect(create).toMatchObject({ ok: false, code: "E_FEISHU_BAD_ID" });
    expect(fake.calls).toHaveLength(0);
  });

  it("a webhook event whose message_id leaves Feishu's character set is refused (400 E_BAD_EVENT), nothing sent", async () => {
    bot = await startBot();
    const body = messageEvent("message_p2p_text");
    const message = (body.event as { message: { message_id: string } }).message;
    message.message_id = "om_x/../../../auth/v3/tenant_access_token/internal";
    const res = await postJson(bot.eventsUrl, body);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ code: "E_BAD_EVENT" });
    await bot.bot.idle();
    expect(bot.fake.calls).toHaveLength(0);
  });

  it("an ordinary id goes out as it is", async () => {
    fake = await FakeFeishu.start();
    const { sender } = await senderFor(fake);
    const outcome = await sender.reply({
      messageId: "om_dc13264520392913993dd051dba21dcf",
      chatId: "oc_1",
      text: "hi",
      uuid: "u-3",
    });
    expect(outcome.ok).toBe(true);
    expect(fake.callsTo("reply")[0]?.path).toBe("/open-apis/im/v1/messages/om_dc13264520392913993dd051dba21dcf/reply");
  });
});

describe("tenant token refused", () => {
  it.each([99991663, 99991664, 99991671])("%i: a fresh token is fetched and the send retried once", async (code) => {
    fake = await FakeFeishu.start();
    const { sender } = await senderFor(fake);
    fake.fail({ route: "reply", status: 400, body: { code, msg: "token invalid" } });
    const outcome = await sender.reply({ messageId: "om_1", chatId: "oc_1", text: "hi", uuid: "u-4" });
    expect(outcome).toMatchObject({ ok: true });
    expect(fake.callsTo("token")).toHaveLength(2);
    expect(fake.replies()).toHaveLength(1);
  });
});

describe("230049 (the message is being sent)", () => {
  it("waits and asks again with the same uuid; one message, never a new uuid", async () => {
    fake = await FakeFeishu.start();
    const { sender, time } = await senderFor(fake);
    fake.fail({ route: "reply", times: 2, status: 400, body: { code: 230049, msg: "message is being sent" } });
    const outcome = await sender.reply({
      messageId: "om_1",
      chatId: "oc_1",
      card: cardWith("答"),
      text: "答",
      uuid: "u-5",
    });
    expect(outcome).toMatchObject({ ok: true, msgType: "interactive" });
    const calls = fake.callsTo("reply");
    expect(calls.map((c) => c.code)).toEqual([230049, 230049, 0]);
    expect(new Set(calls.map((c) => (c.body as { uuid: string }).uuid))).toEqual(new Set(["u-5"]));
    expect(time.sleeps.length).toBe(2);
    expect(time.sleeps[0]).toBeGreaterThan(0);
    expect(fake.replies()).toHaveLength(1);
  });
});

describe("card size on the request body", () => {
  // Quotes double when the card is escaped into the request body: under 30 KB as a card, over it as sent.
  const quoted = cardWith(`${'"'.repeat(7000)}${"a".repeat(14_000)}`);

  it("precondition: the card is under the limit, its request body over it", () => {
    const cardJson = JSON.stringify(quoted);
    expect(Buffer.byteLength(cardJson)).toBeLessThan(REQUEST_MAX_BYTES);
    const body = JSON.stringify({ msg_type: "interactive", content: cardJson, uuid: "u" });
    expect(Buffer.byteLength(body)).toBeGreaterThan(REQUEST_MAX_BYTES);
  });

  it("the fake refuses it like Feishu (230025), measured on the body", async () => {
    fake = await FakeFeishu.start();
    const token = await postJson(`${fake.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      app_id: fake.appId,
      app_secret: fake.appSecret,
    });
    const res = await fetch(`${fake.url}/open-apis/im/v1/messages/om_1/reply`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${(token.json as { tenant_access_token: string }).tenant_access_token}`,
      },
      body: JSON.stringify({ msg_type: "interactive", content: JSON.stringify(quoted), uuid: "u" }),
    });
    expect(((await res.json()) as { code: number }).code).toBe(230025);
  });

  it("the sender measures what it sends: text at once, no 230025 round trip", async () => {
    fake = await FakeFeishu.start();
    const { sender } = await senderFor(fake);
    const outcome = await sender.reply({ messageId: "om_1", chatId: "oc_1", card: quoted, text: "答案", uuid: "u-6" });
    expect(outcome).toMatchObject({ ok: true, msgType: "text" });
    expect(fake.callsTo("reply").map((c) => c.code)).toEqual([0]);
  });

  it("a card whose body fits is sent as a card", async () => {
    fake = await FakeFeishu.start();
    const { sender } = await senderFor(fake);
    const outcome = await sender.reply({
      messageId: "om_1",
      chatId: "oc_1",
      card: cardWith("答".repeat(9000)),
      text: "答",
      uuid: "u-7",
    });
    expect(outcome).toMatchObject({ ok: true, msgType: "interactive" });
  });
});
