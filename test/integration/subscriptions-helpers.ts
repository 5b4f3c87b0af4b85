/**
 * The whole subscription path in process, wired as src/runtime/node.ts wires it: the real Hono app over HTTP,
 * the real engine (merging knowledge added at run time), SQLite stores in a temp DATA_DIR, the real Feishu sender
 * against the fake Open API, the delivery loop and the knowledge reloader. Real time (the loop and the sender
 * sleep for real), so keep waits short.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addedKnowledgeSource, startKnowledgeReloader } from "../../src/admin/reloader.ts";
import { createEngine } from "../../src/answer/engine.ts";
import { createApp } from "../../src/app.ts";
import { createFeishuSender } from "../../src/feishu/send.ts";
import { readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { createLogger } from "../../src/log.ts";
import { openSqliteDedupStore } from "../../src/store/sqlite.ts";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";
import { createSubscriptionCommands } from "../../src/subscriptions/commands.ts";
import { startDeliveryLoop } from "../../src/subscriptions/deliver.ts";
import { createRateLimiter, type RateWindow } from "../../src/subscriptions/limiter.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { listen, TOKEN } from "./helpers.ts";

export const ADMIN_TOKEN = "adm1n-t0ken-4f9c2e7b1a8d6053";

export type SubscriptionBotOptions = {
  fake?: FakeFeishu;
  /** Reuse a DATA_DIR (restart); default a fresh temp dir. */
  dataDir?: string;
  /** undefined → admin routes off. */
  adminToken?: string;
  /** Facts only (no index build): faster when retrieval does not matter. */
  factsOnly?: boolean;
  deliveryIntervalMs?: number;
  reloadIntervalMs?: number;
  /** App-wide send limits for the delivery loop (default Feishu's). */
  appLimits?: RateWindow[];
  concurrency?: number;
};

export type SubscriptionBot = Awaited<ReturnType<typeof startSubscriptionBot>>;

const tempDirs: string[] = [];
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "subs-int-"));
  tempDirs.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function startSubscriptionBot(options: SubscriptionBotOptions = {}) {
  const fake = options.fake ?? (await FakeFeishu.start());
  const dataDir = options.dataDir ?? tempDataDir();
  const file = join(dataDir, "state.sqlite");
  const logs: string[] = [];
  const logger = createLogger({
    level: "debug",
    sink: (line) => logs.push(line),
    secrets: [fake.appSecret, TOKEN, options.adminToken],
  });
  const stores = openSqliteNoticeStores(file);
  const dedup = openSqliteDedupStore(file);
  const source = addedKnowledgeSource(stores.added);
  const engine = await createEngine({ dataDir, factsOnly: options.factsOnly, added: source.load });
  const sender = createFeishuSender({
    appId: fake.appId,
    appSecret: fake.appSecret,
    domain: fake.url,
    logger,
    requestTimeoutMs: 5000,
  });
  const reloader = startKnowledgeReloader({
    reload: () => engine.reload(),
    source,
    store: stores.added,
    logger,
    intervalMs: options.reloadIntervalMs ?? 100,
  });
  const delivery = startDeliveryLoop(
    {
      outbox: stores.outbox,
      subscriptions: stores.subscriptions,
      sender,
      logger,
      limiter: options.appLimits ? createRateLimiter(options.appLimits) : undefined,
    },
    { intervalMs: options.deliveryIntervalMs ?? 100, concurrency: options.concurrency },
  );
  const bot = createApp({
    config: { verificationToken: TOKEN },
    engine,
    dedup,
    sender,
    logger,
    subscriptions: createSubscriptionCommands({
      store: stores.subscriptions,
      knowledge: () => engine.knowledge,
      logger,
    }),
    admin: options.adminToken
      ? {
          token: options.adminToken,
          stores,
          baseFiles: () => readKnowledgeFiles(),
          reload: (reason) => reloader.reload(reason),
          onQueued: () => delivery.wake(),
        }
      : undefined,
  });
  const server: Server = await listen(bot.fetch);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const admin = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(options.adminToken ? { authorization: `Bearer ${options.adminToken}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = { text };
    }
    return { status: res.status, json };
  };

  return {
    url,
    eventsUrl: `${url}/feishu/events`,
    fake,
    dataDir,
    stores,
    engine,
    bot,
    logs,
    delivery,
    reloader,
    admin,
    async close() {
      reloader.stop();
      await delivery.stop();
      await bot.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
      await dedup.close();
      if (!options.fake) await fake.close();
    },
  };
}

export { until } from "../helpers/runtime-process.ts";

/** An article whose sentences no other article has, and an event quoting it. */
export const NEW_ARTICLE = {
  id: "iot-xian-2025-12",
  title: "物联网网络西安对接会",
  date: "2025-12-02",
  source: "测试来源",
  body: "国家高新区物联网产业协同创新网络西安对接会于2025年12月2日在西安高新区召开。\n会上，12家成员高新区签署了数据共享合作协议，约定共建工业互联网标识解析二级节点。\n",
};

export const NEW_EVENT = {
  id: "iot-xian-meeting-2025",
  date: "2025-12-02",
  title: "物联网网络西安对接会召开",
  summary: "物联网产业协同创新网络在西安高新区召开对接会，12家成员高新区签署数据共享合作协议。",
  scopes: ["物联网", "西安"],
  articleId: NEW_ARTICLE.id,
  quote: "12家成员高新区签署了数据共享合作协议",
};
