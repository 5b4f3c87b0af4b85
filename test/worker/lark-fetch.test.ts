/**
 * The Worker's Feishu transport, under Node: src/feishu/send.ts with @larksuiteoapi/node-sdk replaced by
 * src/feishu/lark-fetch.ts (as wrangler.toml aliases it), against the fake Open API. The sender's behaviour —
 * tenant token cache and refresh, uuid on every retry, x-ogw-ratelimit-reset backoff, card updates, dropped
 * replies to gone chats — must be the same over fetch as over the SDK.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderCard } from "../../src/feishu/render.ts";
import { createFeishuSender, replyUuid, type Sender } from "../../src/feishu/send.ts";
import { createLogger } from "../../src/log.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";

vi.mock("@larksuiteoapi/node-sdk", async () => await import("../../src/feishu/lark-fetch.ts"));

let fake: FakeFeishu;
let sender: Sender;
let sleeps: number[];
const logs: string[] = [];

beforeEach(async () => {
  fake = await FakeFeishu.start();
  sleeps = [];
  logs.length = 0;
  sender = createFeishuSender({
    appId: fake.appId,
    appSecret: fake.appSecret,
    domain: fake.url,
    logger: createLogger({ sink: (l) => logs.push(l), level: "debug" }),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
});

afterEach(async () => {
  await fake.close();
});

const card = renderCard(
  { kind: "fact", answer: "国家高新区物联网产业协同创新网络共有12家成员。", citations: [] },
  { defaultTitle: "高新区协同助手", sourcesLabel: "来源" },
);

describe("send.ts over the fetch transport", () => {
  it("replies and creates with the uuid, fetching the tenant token once", async () => {
    const reply = await sender.reply({ messageId: "om_1", chatId: "oc_1", card, text: "t", uuid: replyUuid("om_1") });
    expect(reply).toMatchObject({ ok: true, msgType: "interactive", attempts: 1 });
    const created = await sender.create({ chatId: "oc_2", text: "通知", uuid: "u-create-1" });
    expect(created).toMatchObject({ ok: true, msgType: "text" });
    expect(fake.posted.map((p) => [p.route, p.target, p.uuid])).toEqual([
      ["reply", "om_1", replyUuid("om_1")],
      ["create", "oc_2", "u-create-1"],
    ]);
    expect(fake.tokensIssued).toHaveLength(1);
    expect(fake.callsTo("create")[0]?.query).toEqual({ receive_id_type: "chat_id" });
    expect(await sender.botOpenId()).toBe(fake.botOpenId);
    expect(logs.join("\n")).not.toContain(fake.appSecret);
    expect(logs.join("\n")).not.toContain(fake.tokensIssued[0]);
  });

  it("backs off for x-ogw-ratelimit-reset on 230020 and retries with the same uuid", async () => {
    fake.fail({
      route: "reply",
      status: 400,
      body: { code: 230020, msg: "rate limited" },
      headers: { "x-ogw-ratelimit-reset": "2" },
    });
    const outcome = await sender.reply({ messageId: "om_2", chatId: "oc_1", text: "t", uuid: "u-2" });
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(sleeps).toContain(2000);
    expect(fake.callsTo("reply").map((c) => (c.body as { uuid?: string }).uuid)).toEqual(["u-2", "u-2"]);
    expect(fake.replies()).toHaveLength(1);
  });

  it("fetches a new tenant token when Feishu rejects the cached one", async () => {
    await sender.reply({ messageId: "om_3", chatId: "oc_1", text: "a", uuid: "u-3" });
    fake.revokeTokens();
    const outcome = await sender.reply({ messageId: "om_4", chatId: "oc_1", text: "b", uuid: "u-4" });
    expect(outcome).toMatchObject({ ok: true });
    expect(fake.tokensIssued).toHaveLength(2);
  });

  it("updates a card in place (PATCH) and drops a reply to a disbanded chat", async () => {
    const posted = await sender.reply({ messageId: "om_5", chatId: "oc_1", card, text: "t", uuid: "u-5" });
    expect(posted.ok).toBe(true);
    const messageId = posted.ok ? posted.messageId : undefined;
    expect(messageId).toBeDefined();
    const updated = await sender.update?.({ messageId: messageId as string, chatId: "oc_1", card });
    expect(updated).toMatchObject({ ok: true });
    expect(fake.calls.some((c) => c.method === "PATCH" && c.path.endsWith(`/${messageId}`))).toBe(true);

    fake.fail({ route: "reply", status: 400, body: { code: 232009, msg: "chat disbanded" } });
    const gone = await sender.reply({ messageId: "om_6", chatId: "oc_gone", text: "t", uuid: "u-6" });
    expect(gone).toMatchObject({ ok: false, code: "E_FEISHU_CHAT_GONE", dropped: true });
  });

  it("reports a network failure as E_FEISHU_NETWORK after its retries, without throwing", async () => {
    await fake.close();
    const outcome = await sender.reply({ messageId: "om_7", chatId: "oc_1", text: "t", uuid: "u-7" });
    expect(outcome).toMatchObject({ ok: false, code: "E_FEISHU_NETWORK" });
    expect(sleeps.length).toBeGreaterThan(0);
    fake = await FakeFeishu.start(); // for afterEach
  });
});
