/**
 * Part 4 — notice fan-out (child process): `--chats` chats subscribed (half to 物联网, half to everything), one new
 * event added through POST /admin/events, delivered by the real delivery loop (src/subscriptions/deliver.ts, its
 * default app-wide limiter and concurrency) through the real SDK sender to the fake Open API enforcing Feishu's
 * published limits (5 msg/s per chat → 230020; 50/s and 1,000/min per app → 99991400). Everything is wired as
 * src/runtime/node.ts wires it (test/integration/subscriptions-helpers.ts: SQLite stores in a temp DATA_DIR,
 * facts-only engine); the fake runs in the same process — here the limits, not CPU, set the pace.
 *
 * Baseline: the fastest Feishu's limits allow (50 per second, 1,000 per minute) for the same number of messages.
 * Reports time until every chat has its notice, requests made, refusals, and chats that got it twice (must be 0).
 */
import { parseArgs } from "node:util";
import { FakeFeishu, FEISHU_RATE_LIMITS } from "../test/fakes/feishu-server.ts";
import {
  ADMIN_TOKEN,
  NEW_ARTICLE,
  NEW_EVENT,
  removeTempDirs,
  startSubscriptionBot,
  until,
} from "../test/integration/subscriptions-helpers.ts";
import { childMain } from "./lib/child.ts";
import { round } from "./lib/stats.ts";

export type FanoutResult =
  | { available: false; reason: string }
  | {
      available: true;
      chats: number;
      /** Event added (admin route answered) → every notice marked sent (ms). */
      deliveredMs: number;
      /** The fastest Feishu's app-wide limits allow for `chats` messages (ms). */
      limitFloorMs: number;
      notices: number;
      chatsWithNotice: number;
      duplicates: number;
      requests: number;
      refused: { perChat: number; app: number };
      outbox: Record<string, number>;
      limits: string;
    };

/** The least time `n` messages take under `perSecond` and `perMinute` sliding windows (first one at t = 0). */
export function limitFloorMs(n: number, perSecond: number, perMinute: number): number {
  if (n <= 0) return 0;
  const byMinute = Math.floor((n - 1) / perMinute) * 60_000;
  const inLastMinute = ((n - 1) % perMinute) + 1;
  return byMinute + Math.floor((inLastMinute - 1) / perSecond) * 1000;
}

async function main(): Promise<FanoutResult> {
  const { values } = parseArgs({ options: { chats: { type: "string", default: "1000" } } });
  const chats = Number(values.chats);
  const fake = await FakeFeishu.start({ rateLimits: FEISHU_RATE_LIMITS });
  const bot = await startSubscriptionBot({ fake, adminToken: ADMIN_TOKEN, factsOnly: true });
  try {
    for (let i = 0; i < chats; i++) {
      await bot.stores.subscriptions.add({
        chatId: `oc_bench_fan${String(i).padStart(5, "0")}`,
        scope: i % 2 === 0 ? "iot" : "*",
        label: i % 2 === 0 ? "物联网" : "全部",
        mode: "instant",
        createdAt: Date.now(),
      });
    }
    const article = await bot.admin("POST", "/admin/articles", NEW_ARTICLE);
    if (article.status !== 201)
      throw new Error(`POST /admin/articles: ${article.status} ${JSON.stringify(article.json)}`);
    const started = performance.now();
    const added = await bot.admin("POST", "/admin/events", NEW_EVENT);
    if (added.json.queued !== chats) throw new Error(`POST /admin/events queued ${JSON.stringify(added.json)}`);
    await until("every notice sent", async () => (await bot.stores.outbox.counts()).sent === chats, 10 * 60_000);
    const deliveredMs = performance.now() - started;
    await fake.settled();
    const perChat = fake.createdPerChat();
    const app = FEISHU_RATE_LIMITS.app ?? [];
    return {
      available: true,
      chats,
      deliveredMs: round(deliveredMs),
      limitFloorMs: limitFloorMs(chats, app[0]?.limit ?? 50, app[1]?.limit ?? 1000),
      notices: [...perChat.values()].reduce((a, b) => a + b, 0),
      chatsWithNotice: perChat.size,
      duplicates: [...perChat.values()].filter((n) => n > 1).length,
      requests: fake.callsTo("create").length,
      refused: { ...fake.rateLimited },
      outbox: await bot.stores.outbox.counts(),
      limits: "fake Open API: 5/s per chat, 50/s and 1,000/min per app; delivery loop: its defaults (45/s, 1,000/min)",
    };
  } finally {
    await bot.close();
    await fake.close();
    removeTempDirs();
  }
}

if (process.send) await childMain(main);
