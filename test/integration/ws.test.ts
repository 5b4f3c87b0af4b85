/**
 * Long-connection mode uses the same handler: the SDK hands over a flattened event, we rebuild the envelope and
 * dispatch it — dedup shared with the webhook, no token or signature (the connection is authenticated).
 * With FEISHU_MODE=ws the webhook endpoint is off.
 */
import { describe, expect, it } from "vitest";
import { createWsDispatcher, envelopeFromFlat, startWsClient } from "../../src/feishu/ws.ts";
import { createLogger } from "../../src/log.ts";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { fakeEngine, ids, messageEvent, postJson, startBot } from "./helpers.ts";

/** What the SDK's EventDispatcher passes to a handler: {...header, ...event} (see RequestHandle.parse). */
function flatten(body: Record<string, unknown>): Record<string, unknown> {
  const { header, event, ...rest } = body as { header: object; event: object };
  return { ...rest, ...header, ...event };
}

describe("long-connection mode", () => {
  it("rebuilds the v2 envelope from the SDK's flattened event", () => {
    const body = messageEvent("message_group_mention");
    const rebuilt = envelopeFromFlat(flatten(body));
    expect(rebuilt).toEqual(body);
  });

  it("answers through the same pipeline, and shares deduplication with the webhook", async () => {
    const { engine, calls } = fakeEngine();
    const t = await startBot({ engine });
    try {
      const body = messageEvent("message_group_mention");
      (body.header as Record<string, unknown>).token = ""; // long-connection events need no token
      expect(await t.bot.dispatch(envelopeFromFlat(flatten(body)), "ws")).toEqual({ status: 200, body: {} });
      expect(await t.bot.dispatch(envelopeFromFlat(flatten(body)), "ws")).toEqual({ status: 200, body: {} });
      await t.bot.idle();
      expect(calls).toHaveLength(1);
      expect(t.fake.replies().map((m) => m.target)).toEqual([ids(body).messageId]);
      expect((await t.bot.dispatch({ schema: "2.0" }, "ws")).status).toBe(400);
    } finally {
      await t.close();
    }
  });

  it("a failure (the dedup store is down) reaches the SDK as an error, so Feishu pushes the event again", async () => {
    const { engine, calls } = fakeEngine();
    const store = createMemoryDedupStore();
    let down = true;
    const dedup = {
      firstSeen: (...args: Parameters<typeof store.firstSeen>) =>
        down ? Promise.reject(new Error("database is locked")) : store.firstSeen(...args),
      prune: (ttlMs: number) => store.prune(ttlMs),
      close: () => store.close(),
    };
    const t = await startBot({ engine, dedup });
    try {
      // The dispatcher the WSClient calls for each pushed event (WSClient.handleEventData → invoke).
      const dispatcher = createWsDispatcher({ logger: t.logger, onEnvelope: (e) => t.bot.dispatch(e, "ws") });
      const body = messageEvent("message_group_mention");
      (body.header as Record<string, unknown>).token = "";
      await expect(dispatcher.invoke(body, { needCheck: false })).rejects.toThrow();
      await t.bot.idle();
      expect(calls).toHaveLength(0);
      // Feishu pushes it again once the store is back: answered, once.
      down = false;
      await expect(dispatcher.invoke(body, { needCheck: false })).resolves.toBeUndefined();
      await t.bot.idle();
      expect(calls).toHaveLength(1);
      expect(t.fake.replies()).toHaveLength(1);
      // A malformed event is final (no redelivery would fix it): handled without an error.
      await expect(
        dispatcher.invoke({ schema: "2.0", header: { event_type: "im.message.receive_v1" } }, { needCheck: false }),
      ).resolves.toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it("the SDK's WSClient asks FEISHU_DOMAIN for its endpoint with the app credentials; failures are logged safely", async () => {
    const fake = await FakeFeishu.start();
    const logs: string[] = [];
    const logger = createLogger({ sink: (l) => logs.push(l), level: "debug" });
    const ws = startWsClient({
      appId: fake.appId,
      appSecret: fake.appSecret,
      domain: fake.url,
      logger,
      onEnvelope: async () => undefined,
    });
    try {
      // The fake has no long-connection gateway: the endpoint request fails and the SDK logs it.
      const call = await fake.waitForCall((c) => c.path === "/callback/ws/endpoint");
      expect(call.body).toMatchObject({ AppID: fake.appId });
      await fake.settled();
    } finally {
      ws.close();
      await fake.close();
    }
    expect(logs.join("\n")).not.toContain(fake.appSecret);
  });

  it("turns the webhook off", async () => {
    const t = await startBot({ webhook: false });
    try {
      const r = await postJson(t.eventsUrl, messageEvent("message_p2p_text"));
      expect(r).toEqual({ status: 404, json: { code: "E_DISABLED" } });
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe("local mode", () => {
  it("without a configured token, accepts events and offers GET /local/ask", async () => {
    const t = await startBot({ localMode: true, verificationToken: "" });
    try {
      const ask = await fetch(`${t.url}/local/ask?q=${encodeURIComponent("/帮助")}`);
      expect(ask.status).toBe(200);
      expect(((await ask.json()) as { text: string }).text).toContain("/简报");
      const q = await fetch(`${t.url}/local/ask?q=${encodeURIComponent("物联网网络有哪些成员")}`);
      const json = (await q.json()) as { card: { schema: string } };
      expect(json.card.schema).toBe("2.0");
      const body = messageEvent("message_p2p_text");
      delete (body.header as Record<string, unknown>).token;
      expect((await postJson(t.eventsUrl, body)).status).toBe(200);
      await t.bot.idle();
      expect(t.fake.replies()).toHaveLength(1);
      const api = await fetch(`${t.url}/api/ask`, {
        method: "POST",
        body: JSON.stringify({ question: "物联网网络有哪些成员" }),
      });
      expect(((await api.json()) as { kind: string }).kind).toBe("fact");
      expect((await fetch(`${t.url}/api/ask`, { method: "POST", body: "{}" })).status).toBe(400);
    } finally {
      await t.close();
    }
  });

  it("/local/ask does not exist outside local mode", async () => {
    const t = await startBot();
    try {
      expect((await fetch(`${t.url}/local/ask?q=x`)).status).toBe(404);
      expect((await fetch(`${t.url}/api/ask`, { method: "POST", body: '{"question":"x"}' })).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
