/**
 * Subscriptions end to end: chat commands arrive through the webhook (private chat, and a group where the bot is
 * @-ed), an event is added over the admin route, and each subscribed chat receives one notice card through
 * POST /open-apis/im/v1/messages?receive_id_type=chat_id at the fake Open API — with its uuid, its reason and
 * how to unsubscribe. Unsubscribed and non-matching chats get nothing; daily subscribers wait for 09:00.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { noticeUuid } from "../../src/subscriptions/schedule.ts";
import type { PostedMessage } from "../fakes/feishu-server.ts";
import { contentOf, messageEvent, postJson } from "./helpers.ts";
import {
  ADMIN_TOKEN,
  NEW_ARTICLE,
  NEW_EVENT,
  removeTempDirs,
  type SubscriptionBot,
  startSubscriptionBot,
  until,
} from "./subscriptions-helpers.ts";

afterAll(removeTempDirs);

let bot: SubscriptionBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const textOf = (m: PostedMessage | undefined) => String(contentOf(m ?? { content: "{}" }).text ?? "");

/** Sends a chat message through the webhook and returns the bot's reply text. */
async function say(b: SubscriptionBot, text: string, chatId: string, fixture = "message_p2p_text"): Promise<string> {
  const before = b.fake.replies().length;
  const res = await postJson(b.eventsUrl, messageEvent(fixture, { text, chatId }));
  expect(res.status).toBe(200);
  const reply = await until(`reply to ${text}`, () => b.fake.replies()[before]);
  return textOf(reply);
}

describe("subscriptions through the bot", () => {
  it("subscribe in a private chat and in a group; an added event notifies exactly the matching chats, once", async () => {
    bot = await startSubscriptionBot({ adminToken: ADMIN_TOKEN, factsOnly: true });
    expect(await say(bot, "/订阅 物联网", "oc_p2p_iot")).toContain("已订阅：物联网（即时推送）");
    expect(await say(bot, "/订阅 西安", "oc_group_xian", "message_group_mention")).toContain("已订阅：西安高新区");
    expect(await say(bot, "订阅 集成电路", "oc_p2p_ic")).toContain("已订阅：集成电路");
    expect(await say(bot, "/订阅 西安 每日", "oc_p2p_daily")).toContain("每日 09:00 摘要");
    expect(await say(bot, "/订阅", "oc_p2p_all")).toContain("已订阅：全部动态");
    expect(await say(bot, "/订阅 物联网", "oc_p2p_gone")).toContain("已订阅");
    expect(await say(bot, "/退订", "oc_p2p_gone")).toContain("已退订全部（1 项）");
    expect(await say(bot, "/订阅列表", "oc_group_xian", "message_group_mention")).toContain("• 西安高新区 — 即时推送");
    expect(await say(bot, "/订阅 苏州", "oc_p2p_x")).toContain("不止一个意思");

    expect((await bot.admin("POST", "/admin/articles", NEW_ARTICLE)).status).toBe(201);
    const added = await bot.admin("POST", "/admin/events", NEW_EVENT);
    expect(added).toMatchObject({ status: 201, json: { queued: 4, event: { scopes: ["iot", "xian"] } } });

    const expected = ["oc_group_xian", "oc_p2p_all", "oc_p2p_iot"];
    await until("instant notices", () => bot?.fake.created().length === 3);
    await until("outbox marked", async () => (await bot?.stores.outbox.counts())?.sent === 3);
    const notices = bot.fake.created();
    expect(notices.map((m) => m.target).sort()).toEqual(expected);
    const iot = notices.find((m) => m.target === "oc_p2p_iot");
    expect(iot?.msgType).toBe("interactive");
    expect(iot?.uuid).toBe(await noticeUuid(NEW_EVENT.id, "oc_p2p_iot"));
    const card = iot?.content ?? "";
    expect(card).toContain("物联网网络西安对接会召开");
    expect(card).toContain("2025年12月2日");
    expect(card).toContain(NEW_EVENT.quote);
    expect(card).toContain("《物联网网络西安对接会》");
    expect(card).toContain("你订阅了：物联网");
    expect(card).toContain("/退订 物联网");
    expect(notices.find((m) => m.target === "oc_group_xian")?.content).toContain("你订阅了：西安高新区");
    const call = bot.fake.callsTo("create")[0];
    expect(call?.query.receive_id_type).toBe("chat_id");

    // The daily subscriber waits for its digest; the same event again queues nothing.
    expect(await bot.stores.outbox.counts()).toEqual({ pending: 1, sent: 3, failed: 0, dropped: 0 });
    const again = await bot.admin("POST", "/admin/events", NEW_EVENT);
    expect(again).toMatchObject({ status: 200, json: { created: false, queued: 0 } });
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.fake.created()).toHaveLength(3);
  });

  it("a chat that is gone (232009) stops being notified", async () => {
    bot = await startSubscriptionBot({ adminToken: ADMIN_TOKEN, factsOnly: true });
    await say(bot, "/订阅 物联网", "oc_disbanded");
    await say(bot, "/订阅 物联网", "oc_alive");
    bot.fake.fail({
      route: "create",
      times: 10,
      status: 400,
      body: { code: 232009, msg: "chat disbanded" },
      when: ({ body }) => (body as { receive_id?: string }).receive_id === "oc_disbanded",
    });
    await bot.admin("POST", "/admin/articles", NEW_ARTICLE);
    await bot.admin("POST", "/admin/events", NEW_EVENT);
    await until("delivered or dropped", async () => {
      const c = await bot?.stores.outbox.counts();
      return c?.sent === 1 && c.dropped === 1;
    });
    expect(await bot.stores.subscriptions.list("oc_disbanded")).toEqual([]);
    expect(bot.logs.some((l) => l.includes("E_FEISHU_CHAT_GONE") && l.includes("oc_disbanded"))).toBe(true);
    const second = await bot.admin("POST", "/admin/events", { ...NEW_EVENT, id: "iot-second" });
    expect(second.json.queued).toBe(1);
  });
});
