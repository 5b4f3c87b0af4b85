/**
 * The webhook inside workerd, through the Worker's default export: Feishu's URL check (plain and encrypted), an
 * encrypted and signed message answered with a reply that reaches the fake Feishu server, deduplication in D1
 * across requests — sequential redeliveries and concurrent ones — and a message left in the inbox answered by the
 * Cron Trigger.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { parseMessageEvent } from "../../src/feishu/parse.ts";
import { replyUuid } from "../../src/feishu/send.ts";
import worker from "../../src/runtime/worker.ts";
import { createWorkerRuntime } from "../../src/runtime/worker-runtime.ts";
import { createD1DedupStore, INBOX_GRACE_MS } from "../../src/store/d1.ts";
import { testEnv } from "./env.ts";
import { calls, eventually, feishuRequest, messageEvent, messageText, posted, workerFetch } from "./helpers.ts";

/** Reply requests the Worker made for a message (the fake would fold same-uuid repeats into one post). */
async function replyCalls(messageId: string) {
  return (await calls()).filter(
    (c) => c.route === "reply" && c.path === `/open-apis/im/v1/messages/${messageId}/reply`,
  );
}

const challengeBody = (challenge: string) => ({
  challenge,
  token: testEnv.FEISHU_VERIFICATION_TOKEN,
  type: "url_verification",
});

describe("url_verification", () => {
  it("answers the encrypted check (unsigned, as Feishu sends it) with the challenge", async () => {
    const res = await workerFetch(feishuRequest(challengeBody("ch-encrypted-1"), { signed: false }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "ch-encrypted-1" });
  });

  it("answers the plain check when no encrypt key is configured", async () => {
    const { FEISHU_ENCRYPT_KEY: _key, ...plainEnv } = testEnv;
    const runtime = createWorkerRuntime(plainEnv);
    const ctx = createExecutionContext();
    const res = await runtime.bot.app.fetch(
      feishuRequest(challengeBody("ch-plain-1"), { encrypt: false, signed: false }),
      plainEnv,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "ch-plain-1" });
  });

  it("refuses a wrong verification token with 403", async () => {
    const res = await workerFetch(
      feishuRequest({ ...challengeBody("x"), token: "not-the-token-at-all" }, { signed: false }),
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ code: "E_TOKEN" });
  });
});

describe("message events", () => {
  it("acks an encrypted, signed message at once and replies through the fake Feishu API", async () => {
    const m = messageEvent("物联网网络有哪些成员");
    const res = await workerFetch(feishuRequest(m.body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});

    const reply = await eventually(
      async () => (await posted()).find((p) => p.route === "reply" && p.target === m.messageId),
      "the reply",
    );
    expect(reply.uuid).toBe(replyUuid(m.messageId));
    expect(reply.msgType).toBe("interactive");
    const text = messageText(reply);
    expect(text).toContain("无锡高新区");
    expect(text).toContain("鹰潭高新区");
  });

  it("rejects a bad signature (401) and an unsigned event (401); nothing is answered", async () => {
    const tampered = messageEvent("物联网网络有哪些成员");
    const bad = await workerFetch(feishuRequest(tampered.body, { tamper: true }));
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ code: "E_SIGNATURE" });

    const unsigned = messageEvent("物联网网络有哪些成员");
    const res = await workerFetch(feishuRequest(unsigned.body, { signed: false }));
    expect(res.status).toBe(401);

    // A later, valid message is answered — and the two refused ones never were.
    const ok = messageEvent("集成电路网络有多少家高新区");
    expect((await workerFetch(feishuRequest(ok.body))).status).toBe(200);
    await eventually(async () => (await posted()).find((p) => p.target === ok.messageId), "the valid reply");
    const targets = (await posted()).map((p) => p.target);
    expect(targets).not.toContain(tampered.messageId);
    expect(targets).not.toContain(unsigned.messageId);
  });
});

describe("deduplication in D1", () => {
  it("answers a message once across redeliveries (same event, and a new event id for the same message)", async () => {
    const m = messageEvent("淮河联盟秘书处设在哪里");
    for (let i = 0; i < 3; i++) expect((await workerFetch(feishuRequest(m.body))).status).toBe(200);
    const again = messageEvent("淮河联盟秘书处设在哪里", { messageId: m.messageId });
    expect((await workerFetch(feishuRequest(again.body))).status).toBe(200);

    await eventually(async () => (await posted()).find((p) => p.target === m.messageId), "the reply");
    // Give any duplicate answer time to arrive before counting.
    await new Promise((r) => setTimeout(r, 500));
    expect(await replyCalls(m.messageId)).toHaveLength(1);
    const keys = await testEnv.DB.prepare("SELECT key FROM dedup WHERE key IN (?1, ?2, ?3)")
      .bind(`event:${m.eventId}`, `event:${again.eventId}`, `message:${m.messageId}`)
      .all<{ key: string }>();
    expect(keys.results.map((r) => r.key).sort()).toEqual(
      [`event:${again.eventId}`, `event:${m.eventId}`, `message:${m.messageId}`].sort(),
    );
  });

  it("answers once when the same message arrives in 12 concurrent requests", async () => {
    const m = messageEvent("光电子网络的牵头单位是谁");
    const responses = await Promise.all(Array.from({ length: 12 }, () => workerFetch(feishuRequest(m.body))));
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200));
    await eventually(async () => (await posted()).find((p) => p.target === m.messageId), "the reply");
    await new Promise((r) => setTimeout(r, 500));
    expect(await replyCalls(m.messageId)).toHaveLength(1);
  });
});

describe("inbox: a message acked but never answered", () => {
  it("is answered by the next cron run, once, with the reply uuid", async () => {
    const m = messageEvent("物联网网络有哪些成员");
    const msg = parseMessageEvent((m.body as { event: unknown }).event);
    if (!msg) throw new Error("fixture is not a message event");
    // As an isolate leaves it when it stops after the ack: keys seen, message kept, no answer.
    const store = createD1DedupStore(testEnv.DB);
    expect(
      await store.firstSeen([`event:${m.eventId}`, `message:${m.messageId}`], 60_000, {
        id: m.messageId,
        payload: JSON.stringify(msg),
      }),
    ).toBe(true);
    await testEnv.DB.prepare("UPDATE inbox SET received_at = received_at - ?1 WHERE message_id = ?2")
      .bind(INBOX_GRACE_MS + 1000, m.messageId)
      .run();

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), testEnv, ctx);
    await waitOnExecutionContext(ctx);
    const reply = (await posted()).find((p) => p.route === "reply" && p.target === m.messageId);
    expect(reply?.uuid).toBe(replyUuid(m.messageId));
    expect(await replyCalls(m.messageId)).toHaveLength(1);
    const left = await testEnv.DB.prepare("SELECT count(*) AS n FROM inbox WHERE message_id = ?1")
      .bind(m.messageId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);

    // A redelivery of the same message afterwards is a duplicate.
    expect((await workerFetch(feishuRequest(m.body))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(await replyCalls(m.messageId)).toHaveLength(1);
  });
});
