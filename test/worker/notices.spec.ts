/**
 * Subscriptions and notices inside workerd: a chat subscribes through the webhook (/订阅 物联网), an admin adds an
 * article and an event over HTTP (queued in D1 with the event, one notice per matching chat), and the Worker's
 * scheduled handler — the Cron Trigger — sends them to the fake Feishu API, each once, with the notice uuid.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/runtime/worker.ts";
import { createD1NoticeStores } from "../../src/subscriptions/d1.ts";
import { noticeUuid } from "../../src/subscriptions/schedule.ts";
import { testEnv } from "./env.ts";
import {
  calls,
  eventually,
  feishuRequest,
  messageEvent,
  messageText,
  posted,
  uniqueId,
  workerFetch,
} from "./helpers.ts";

const ARTICLE = {
  id: "iot-xian-2025-12",
  title: "物联网网络西安对接会",
  date: "2025-12-02",
  source: "测试来源",
  body: "国家高新区物联网产业协同创新网络西安对接会于2025年12月2日在西安高新区召开。\n会上，12家成员高新区签署了数据共享合作协议，约定共建工业互联网标识解析二级节点。\n",
};

const EVENT = {
  id: "iot-xian-meeting-2025",
  date: "2025-12-02",
  title: "物联网网络西安对接会召开",
  summary: "物联网产业协同创新网络在西安高新区召开对接会，12家成员高新区签署数据共享合作协议。",
  scopes: ["物联网", "西安"],
  articleId: ARTICLE.id,
  quote: "12家成员高新区签署了数据共享合作协议",
};

function admin(path: string, body: unknown, token = testEnv.ADMIN_TOKEN): Promise<Response> {
  return workerFetch(
    new Request(`https://bot.example.com${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),
  );
}

async function runCron(): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "* * * * *" }), testEnv, ctx);
  await waitOnExecutionContext(ctx);
}

const createsTo = async (chatId: string) =>
  (await calls()).filter((c) => c.route === "create" && (c.body as { receive_id?: string })?.receive_id === chatId);

describe("admin event → notices via the cron handler", () => {
  it("queues one notice per subscribed chat with the event and sends each once from the scheduled handler", async () => {
    const iotChat = uniqueId("oc_iot");
    const xianChat = uniqueId("oc_xian");
    const otherChat = uniqueId("oc_ic");

    // Chat 1 subscribes through the bot, as a user would.
    const sub = messageEvent("/订阅 物联网", { chatId: iotChat });
    expect((await workerFetch(feishuRequest(sub.body))).status).toBe(200);
    const confirmation = await eventually(
      async () => (await posted()).find((p) => p.route === "reply" && p.target === sub.messageId),
      "the /订阅 confirmation",
    );
    expect(messageText(confirmation)).toContain("物联网");

    // Two more chats, straight in the store: one matching (西安), one not (集成电路).
    const stores = createD1NoticeStores(testEnv.DB);
    const now = Date.now();
    await stores.subscriptions.add({
      chatId: xianChat,
      scope: "xian",
      label: "西安高新区",
      mode: "instant",
      createdAt: now,
    });
    await stores.subscriptions.add({
      chatId: otherChat,
      scope: "ic",
      label: "集成电路",
      mode: "instant",
      createdAt: now,
    });
    expect((await stores.subscriptions.list(iotChat)).map((s) => s.label)).toEqual(["物联网"]);

    // No token → 401, nothing stored.
    expect((await admin("/admin/events", EVENT, "wrong-token-wrong-token-123")).status).toBe(401);
    expect(await stores.added.revision()).toBe(0);

    expect((await admin("/admin/articles", ARTICLE)).status).toBe(201);
    const added = await admin("/admin/events", EVENT);
    expect(added.status).toBe(201);
    const body = (await added.json()) as { queued: number };
    expect(body.queued).toBe(2);
    // The same event again: 200 with the stored record, nothing queued a second time.
    const again = await admin("/admin/events", EVENT);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { queued: number }).queued).toBe(0);
    expect(await stores.outbox.counts()).toMatchObject({ pending: 2, sent: 0 });

    // Nothing is sent until the Cron Trigger runs.
    expect(await createsTo(iotChat)).toHaveLength(0);
    await runCron();
    for (const chat of [iotChat, xianChat]) {
      const sent = await createsTo(chat);
      expect(sent).toHaveLength(1);
      expect((sent[0]?.body as { uuid?: string } | undefined)?.uuid).toBe(await noticeUuid(EVENT.id, chat));
    }
    expect(await createsTo(otherChat)).toHaveLength(0);
    const notice = (await posted()).find((p) => p.route === "create" && p.target === iotChat);
    expect(notice && messageText(notice)).toContain("你订阅了：物联网");
    expect(await stores.outbox.counts()).toMatchObject({ pending: 0, sent: 2 });

    // A second cron run sends nothing again.
    await runCron();
    expect(await createsTo(iotChat)).toHaveLength(1);
    expect(await createsTo(xianChat)).toHaveLength(1);
  });

  it("answers from the added article without a restart", async () => {
    const q = messageEvent("工业互联网标识解析二级节点是谁约定共建的");
    expect((await workerFetch(feishuRequest(q.body))).status).toBe(200);
    const reply = await eventually(
      async () => (await posted()).find((p) => p.route === "reply" && p.target === q.messageId),
      "the answer",
    );
    expect(messageText(reply)).toContain("数据共享合作协议");
  });
});
