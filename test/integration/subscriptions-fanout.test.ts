/**
 * Fan-out: 1,000 subscribed chats and one event, delivered through the real sender to the fake Open API while it
 * enforces rate limits like Feishu's: 5 messages/s per chat (230020) and an app-wide limit (99991400 with
 * x-ogw-ratelimit-reset). Every chat gets the notice, none twice.
 *
 * Feishu's app-wide limit for im/v1/messages is 50/s and 1,000/min: 1,000 chats take about 22 s there at the
 * delivery loop's default pace (45/s; the benchmark measures that). To keep the suite fast the limits here are
 * scaled five times up (fake: 250/s and 5,000/min; the loop's limiter 10% under per second, as its default is).
 * The second case turns the loop's limiter off against a tighter fake (100/s), so the fake refuses sends and the
 * sender's backoff on x-ogw-ratelimit-reset and the outbox retries have to do the pacing.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { RateWindow } from "../../src/subscriptions/limiter.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import {
  ADMIN_TOKEN,
  NEW_ARTICLE,
  NEW_EVENT,
  removeTempDirs,
  type SubscriptionBot,
  startSubscriptionBot,
  until,
} from "./subscriptions-helpers.ts";

const SCALED_APP_LIMITS: RateWindow[] = [
  { limit: 250, windowMs: 1000 },
  { limit: 5000, windowMs: 60_000 },
];
const CLIENT_LIMITS: RateWindow[] = [
  { limit: 225, windowMs: 1000 },
  { limit: 5000, windowMs: 60_000 },
];

afterAll(removeTempDirs);
let bot: SubscriptionBot | undefined;
let fake: FakeFeishu | undefined;
afterEach(async () => {
  await bot?.close();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

async function fanOut(chats: number, fakeLimits: RateWindow[], appLimits: RateWindow[], concurrency: number) {
  fake = await FakeFeishu.start({
    rateLimits: { perChat: { limit: 5, windowMs: 1000 }, app: fakeLimits, fractionalReset: true },
  });
  bot = await startSubscriptionBot({ fake, adminToken: ADMIN_TOKEN, factsOnly: true, appLimits, concurrency });
  for (let i = 0; i < chats; i++) {
    await bot.stores.subscriptions.add({
      chatId: `oc_fan${String(i).padStart(4, "0")}`,
      scope: i % 2 === 0 ? "iot" : "*",
      label: i % 2 === 0 ? "物联网" : "全部",
      mode: "instant",
      createdAt: Date.now(),
    });
  }
  expect((await bot.admin("POST", "/admin/articles", NEW_ARTICLE)).status).toBe(201);
  const started = Date.now();
  const added = await bot.admin("POST", "/admin/events", NEW_EVENT);
  expect(added.json.queued).toBe(chats);
  const b = bot;
  await until("all delivered", async () => (await b.stores.outbox.counts()).sent === chats, 40_000);
  const ms = Date.now() - started;
  const perChat = fake.createdPerChat();
  expect(perChat.size).toBe(chats);
  expect([...perChat.values()].every((n) => n === 1)).toBe(true);
  expect(await bot.stores.outbox.counts()).toEqual({ pending: 0, sent: chats, failed: 0, dropped: 0 });
  return { ms, attempts: fake.callsTo("create").length, refused: { ...fake.rateLimited } };
}

describe("fan-out under Feishu-like rate limits", () => {
  it("1,000 chats paced by the delivery loop's limiter: all delivered, none twice, hardly any refusal", async () => {
    const r = await fanOut(1000, SCALED_APP_LIMITS, CLIENT_LIMITS, 32);
    console.info(
      `fan-out 1000 chats, loop limiter 225/s, fake 250/s: ${r.ms} ms, ${r.attempts} requests, refused ${JSON.stringify(r.refused)}`,
    );
    expect(r.ms).toBeGreaterThanOrEqual(4000); // 1,000 sends at 225/s: five windows
    expect(r.refused.perChat).toBe(0);
    // Only at window edges, where the time between our grant and the fake's count varies (event-loop stalls).
    expect(r.refused.app).toBeLessThan(100);
  });

  it("without the loop's limiter the fake refuses (99991400) and backoff paces it: still once each", async () => {
    const r = await fanOut(300, [{ limit: 100, windowMs: 1000 }], [], 32);
    console.info(
      `fan-out 300 chats, no loop limiter, fake 100/s: ${r.ms} ms, ${r.attempts} requests, refused ${JSON.stringify(r.refused)}`,
    );
    expect(r.refused.app).toBeGreaterThan(0);
    expect(r.attempts).toBe(300 + r.refused.app + r.refused.perChat);
  });
});
