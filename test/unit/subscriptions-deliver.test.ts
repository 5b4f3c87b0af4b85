/**
 * deliverDue against the in-memory outbox with a scripted sender and virtual time: the uuid per (event, chat),
 * marking sent, retry with backoff on retryable failures, giving up at the end of the uuid window, chat gone,
 * refusals, daily digests grouped per chat, and a second drainer that finds nothing to send.
 */
import { describe, expect, it } from "vitest";
import { ErrorCodes } from "../../src/errors.ts";
import type { CreateRequest, SendOutcome } from "../../src/feishu/send.ts";
import { createLogger } from "../../src/log.ts";
import { createMemoryNoticeStores } from "../../src/store/subscriptions-memory.ts";
import { deliverDue } from "../../src/subscriptions/deliver.ts";
import { createRateLimiter } from "../../src/subscriptions/limiter.ts";
import { digestUuid, noticeUuid, RETRY_WINDOW_MS } from "../../src/subscriptions/schedule.ts";
import { event } from "./subscriptions-fixtures.ts";

const T0 = Date.parse("2025-12-02T02:00:00Z"); // 10:00 in Shanghai
const DIGEST = Date.parse("2025-12-03T01:00:00Z");

type Script = (request: CreateRequest, n: number) => SendOutcome;
const ok: Script = (_r, n) => ({ ok: true, msgType: "interactive", messageId: `om_${n}`, attempts: 1 });
const failWith =
  (
    code: SendOutcome extends infer O ? (O extends { ok: false; code: infer C } ? C : never) : never,
    feishuCode?: number,
  ) =>
  (): SendOutcome => ({ ok: false, code, feishuCode, attempts: 1, dropped: false });

function setup(script: Script = ok) {
  const stores = createMemoryNoticeStores();
  let now = T0;
  const clock = { now: () => now };
  const requests: CreateRequest[] = [];
  const sentAt: number[] = [];
  const logs: string[] = [];
  const sender = {
    create: async (request: CreateRequest) => {
      requests.push(request);
      sentAt.push(now);
      return script(request, requests.length);
    },
  };
  const deps = {
    outbox: stores.outbox,
    subscriptions: stores.subscriptions,
    sender,
    logger: createLogger({ sink: (l) => logs.push(l), level: "debug" }),
    clock,
    limiter: createRateLimiter([]),
  };
  return {
    stores,
    requests,
    sentAt,
    logs,
    deps,
    at: (t: number) => {
      now = t;
    },
    drain: () => deliverDue(deps),
  };
}

describe("deliverDue", () => {
  it("sends each due notice once with its (event, chat) uuid and marks it sent", async () => {
    const t = setup();
    await t.stores.subscriptions.add({ chatId: "c1", scope: "iot", label: "物联网", mode: "instant", createdAt: T0 });
    await t.stores.subscriptions.add({ chatId: "c2", scope: "*", label: "全部", mode: "instant", createdAt: T0 });
    await t.stores.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    expect(await t.drain()).toMatchObject({ sent: 2, messages: 2, failed: 0, retrying: 0 });
    expect(t.requests.map((r) => r.chatId).sort()).toEqual(["c1", "c2"]);
    const c1 = t.requests.find((r) => r.chatId === "c1");
    expect(c1?.uuid).toBe(await noticeUuid("e1", "c1"));
    expect(c1?.text).toContain("你订阅了：物联网");
    expect(JSON.stringify(c1?.card)).toContain("你订阅了：物联网");
    expect(await t.drain()).toMatchObject({ sent: 0, messages: 0 });
    // (The two sends run together: which one gets the first message id is not fixed.)
    const rows = t.stores.rows();
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent"]);
    expect(rows.map((r) => r.messageId).sort()).toEqual(["om_1", "om_2"]);
  });

  it("retries a retryable failure with the same uuid after backoff, then marks it sent", async () => {
    const outcomes = [failWith(ErrorCodes.E_FEISHU_RATE_LIMIT, 99991400), failWith(ErrorCodes.E_FEISHU_NETWORK), ok];
    const t = setup((r, n) => (outcomes[n - 1] ?? ok)(r, n));
    await t.stores.subscriptions.add({ chatId: "c1", scope: "iot", label: "物联网", mode: "instant", createdAt: T0 });
    await t.stores.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    expect(await t.drain()).toMatchObject({ retrying: 1 });
    t.at(T0 + 1999);
    expect(await t.drain()).toMatchObject({ messages: 0 });
    t.at(T0 + 2000);
    expect(await t.drain()).toMatchObject({ retrying: 1 });
    t.at(T0 + 2000 + 3999);
    expect(await t.drain()).toMatchObject({ messages: 0 });
    t.at(T0 + 2000 + 4000);
    expect(await t.drain()).toMatchObject({ sent: 1 });
    expect(new Set(t.requests.map((r) => r.uuid)).size).toBe(1);
    expect(t.stores.rows()[0]).toMatchObject({ status: "sent", attempts: 3, firstAttemptAt: T0 });
  });

  it("gives up (failed, logged E_NOTICE_EXPIRED) before Feishu's one-hour uuid window ends", async () => {
    const t = setup(failWith(ErrorCodes.E_FEISHU_NETWORK));
    await t.stores.subscriptions.add({ chatId: "c1", scope: "iot", label: "物联网", mode: "instant", createdAt: T0 });
    await t.stores.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    let guard = 0;
    while (t.stores.rows()[0]?.status === "pending" && guard++ < 100) {
      const next = t.stores.rows()[0]?.nextAttemptAt ?? T0;
      t.at(next);
      await t.drain();
    }
    const row = t.stores.rows()[0];
    expect(row?.status).toBe("failed");
    // Every attempt happened inside the retry window.
    expect(t.requests.length).toBeGreaterThan(5);
    expect(Math.max(...t.sentAt) - T0).toBeLessThan(RETRY_WINDOW_MS);
    expect(t.logs.some((l) => l.includes(ErrorCodes.E_NOTICE_EXPIRED))).toBe(true);
  });

  it("a notice whose window passed while the process was down is failed without sending", async () => {
    const t = setup();
    await t.stores.subscriptions.add({ chatId: "c1", scope: "iot", label: "物联网", mode: "instant", createdAt: T0 });
    await t.stores.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    const [n] = await t.stores.outbox.due(T0, 1);
    await t.stores.outbox.claim([n?.id ?? 0], T0, T0 + 2000); // attempted, then the process died
    t.at(T0 + RETRY_WINDOW_MS);
    expect(await t.drain()).toMatchObject({ failed: 1, messages: 0 });
    expect(t.requests).toHaveLength(0);
  });

  it("chat gone (232009, 230002): the chat's subscriptions are disabled and its notices dropped", async () => {
    const t = setup((r) =>
      r.chatId === "gone1"
        ? { ok: false, code: ErrorCodes.E_FEISHU_CHAT_GONE, feishuCode: 232009, attempts: 1, dropped: true }
        : r.chatId === "gone2"
          ? { ok: false, code: ErrorCodes.E_FEISHU_API, feishuCode: 230002, attempts: 1, dropped: false }
          : ok(r, 1),
    );
    for (const chatId of ["gone1", "gone2", "alive"]) {
      await t.stores.subscriptions.add({ chatId, scope: "iot", label: "物联网", mode: "instant", createdAt: T0 });
    }
    await t.stores.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    expect(await t.drain()).toMatchObject({ sent: 1, dropped: 2 });
    expect((await t.stores.subscriptions.matching(["iot"])).map((s) => s.chatId)).toEqual(["alive"]);
    await t.stores.outbox.addEvent({ ...event("e2", ["iot"]), now: T0, digestAt: DIGEST });
    expect(await t.drain()).toMatchObject({ sent: 1, messages: 1 });
  });

  it("a refusal that retrying cannot fix fails the notice at once", async () => {
    const t = setup(failWith(ErrorCodes.E_FEISHU_API, 230001));
    await t.stores.subscriptions.add({ chatId: "c1", scope: "iot", label: "物联网", mode: "instant", createdAt: T0 });
    await t.stores.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    expect(await t.drain()).toMatchObject({ failed: 1 });
    expect(t.stores.rows()[0]).toMatchObject({ status: "failed", lastError: "E_FEISHU_API 230001" });
  });

  it("daily subscribers get one digest per chat at 09:00 Asia/Shanghai", async () => {
    const t = setup();
    await t.stores.subscriptions.add({ chatId: "c1", scope: "iot", label: "物联网", mode: "daily", createdAt: T0 });
    await t.stores.subscriptions.add({ chatId: "c2", scope: "iot", label: "物联网", mode: "instant", createdAt: T0 });
    await t.stores.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    await t.stores.outbox.addEvent({ ...event("e2", ["iot"]), now: T0, digestAt: DIGEST });
    expect(await t.drain()).toMatchObject({ sent: 2, messages: 2 }); // c2, instant, twice
    t.at(DIGEST - 1);
    expect(await t.drain()).toMatchObject({ messages: 0 });
    t.at(DIGEST);
    expect(await t.drain()).toMatchObject({ sent: 2, messages: 1 });
    const digest = t.requests.at(-1);
    expect(digest?.chatId).toBe("c1");
    expect(digest?.text).toContain("每日订阅摘要 · 2025-12-03");
    expect(digest?.text).toContain("事件 e1");
    expect(digest?.text).toContain("事件 e2");
    const firstId = t.stores.rows().find((r) => r.chatId === "c1")?.id ?? 0;
    expect(digest?.uuid).toBe(await digestUuid("c1", DIGEST, firstId));
  });

  it("two drainers at once: every notice is sent once", async () => {
    const t = setup();
    for (let i = 0; i < 30; i++) {
      await t.stores.subscriptions.add({ chatId: `c${i}`, scope: "*", label: "全部", mode: "instant", createdAt: T0 });
    }
    await t.stores.outbox.addEvent({ ...event("e1", ["iot"]), now: T0, digestAt: DIGEST });
    const [a, b] = await Promise.all([deliverDue(t.deps), deliverDue(t.deps)]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(30);
    expect((a?.skipped ?? 0) + (b?.skipped ?? 0)).toBe(30);
    expect(new Set(t.requests.map((r) => r.chatId)).size).toBe(30);
    expect(t.requests).toHaveLength(30);
  });
});
