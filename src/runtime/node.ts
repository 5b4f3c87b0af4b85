/**
 * `npm start` (this file compiled to dist/node/node.mjs, scripts/build-node.mjs): config → stores → engine (loading in the background) → createApp →
 * @hono/node-server; FEISHU_MODE=ws adds the SDK's long connection. Without Feishu credentials it starts in
 * local mode and says so.
 *
 * The HTTP server listens before the engine has loaded, so Feishu's URL check is answered at once;
 * /healthz turns 200 when the knowledge and index are ready, and events arriving earlier wait in the queue.
 * Answers are computed in a pool of worker threads, each with the engine loaded (src/runtime/answer-pool.ts), and
 * replies are sent from a thread of their own (src/runtime/thread-sender.ts: the SDK, its token cache and the
 * per-chat limit there): this thread only reads, verifies, deduplicates and acks requests, and hands replies on.
 *
 * Subscriptions: the subscription, outbox and added-knowledge stores share DATA_DIR/state.sqlite; a delivery loop
 * drains the outbox every second (and at once when an event is added); the answer threads merge knowledge added at
 * run time and reload when the admin routes add some or when the store's revision moves (`npm run knowledge` in
 * another process), polled every 2 s. ADMIN_TOKEN turns the admin routes on.
 *
 * Maintainers' loop (src/runtime/maint.ts): unanswered questions and card feedback are recorded in the same file
 * (GAPS_RETENTION_DAYS); with Feishu credentials, /导入 imports documents for ADMIN_OPEN_IDS, and
 * FEISHU_WIKI_SPACE_ID is synced every FEISHU_WIKI_SYNC_MINUTES.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { revisionTracker, startKnowledgeReloader } from "../admin/reloader.ts";
import { createApp } from "../app.ts";
import { createFollowUps } from "../bot/context.ts";
import { type Config, configSecrets, parseConfig } from "../config.ts";
import { ErrorCodes, isAppError } from "../errors.ts";
import { createLocalSender } from "../feishu/send.ts";
import { startWsClient } from "../feishu/ws.ts";
import { modelExtractorFor } from "../knowledge/extract/llm.ts";
import { readKnowledgeFiles } from "../knowledge/load.ts";
import { createChatClient } from "../llm/client.ts";
import { createLlmComposer, withLlm } from "../llm/compose.ts";
import { createLogger, describeError } from "../log.ts";
import { openBotStores } from "../store/open.ts";
import { createSubscriptionCommands } from "../subscriptions/commands.ts";
import { startDeliveryLoop } from "../subscriptions/deliver.ts";
import { createAnswerPool } from "./answer-pool.ts";
import { setUpMaintainersLoop } from "./maint.ts";
import { answerInThreads } from "./message-elsewhere.ts";
import { createThreadSender } from "./thread-sender.ts";

const SHUTDOWN_GRACE_MS = 10_000;

function loadConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    process.stderr.write(`${isAppError(error) ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

const config = loadConfig();
const logger = createLogger({ level: config.logLevel, secrets: configSecrets(config) });

process.on("unhandledRejection", (reason) => {
  logger.error("unhandled rejection", { code: ErrorCodes.E_HANDLER, ...describeError(reason) });
});

const dataDir = resolve(config.dataDir);
mkdirSync(dataDir, { recursive: true });
// State: DATA_DIR/state.sqlite, or PostgreSQL shared by several instances when DATABASE_URL is set (src/store/open.ts).
// SQLite: the WAL is checkpointed by the answer threads, not inside the acking thread's commits.
const stores = openBotStores({ ...config, dataDir, backgroundCheckpoints: true }, logger);
stores.ready.catch((error: unknown) => {
  logger.error("database unusable", { code: ErrorCodes.E_DATABASE, ...describeError(error) });
  process.exit(1);
});
const { dedup, notices, contexts } = stores;
// The store's revision as the answer threads last loaded it (they read the added knowledge themselves).
const loaded = revisionTracker(notices.added);
// Optional LLM-written passage answers; off unless LLM_BASE_URL and LLM_MODEL are set.
const composer = config.llm
  ? createLlmComposer({
      client: createChatClient({ settings: config.llm, logger }),
      logger,
      secrets: configSecrets(config),
    })
  : undefined;

const { appId, appSecret, domain } = config.feishu;
const sendsToFeishu = config.mode !== "local" && Boolean(appId && appSecret);
// Messages are answered whole in the answer threads (src/runtime/message-elsewhere.ts) when their replies go to
// Feishu through the sender thread, the state is this process's SQLite file, and no LLM writes answers here (the
// composer and the in-place streaming of its answers are the main thread's); otherwise on this thread.
const messagesInThreads = sendsToFeishu && !config.databaseUrl && !composer;
const senderChannel = `sender-${randomUUID()}`;

// Loaded in the threads: a broken knowledge base must not keep the server (and the URL check) from starting.
const pool = createAnswerPool({
  dataDir,
  // Optional model reading of questions the parser cannot read (src/answer/query/llm-read.ts), in the threads.
  ...(config.llm ? { llm: config.llm, secrets: configSecrets(config) } : {}),
  ...(config.databaseUrl
    ? { databaseUrl: config.databaseUrl }
    : { statePath: join(dataDir, "state.sqlite"), checkpointEveryMs: 1000 }),
  ...(messagesInThreads
    ? {
        logger,
        messages: {
          senderChannel,
          level: config.logLevel,
          progress: {},
          gapsRetentionDays: config.gapsRetentionDays,
        },
      }
    : {}),
});
const started = Date.now();
const engine = loaded
  .track(() => pool.engine)
  .then((ready) => {
    logger.info("engine ready", { load_ms: Date.now() - started, threads: pool.threads() });
    return ready;
  });

const threadSender =
  sendsToFeishu && appId && appSecret
    ? createThreadSender({ appId, appSecret, domain, logger, level: config.logLevel, channel: senderChannel })
    : undefined;
const sender =
  threadSender ??
  createLocalSender(logger, (text) => process.stdout.write(`\n── 本地模式回复 (not sent) ──\n${text}\n\n`));

const reloader = startKnowledgeReloader({
  reload: () => loaded.track(async () => (await engine).reload()),
  source: loaded,
  store: notices.added,
  logger,
});
const delivery = startDeliveryLoop({
  outbox: notices.outbox,
  subscriptions: notices.subscriptions,
  sender,
  logger,
  limiter: stores.limiter,
});

const maint = setUpMaintainersLoop({
  config,
  stores: notices,
  gapStore: stores.gaps,
  baseFiles: () => readKnowledgeFiles(),
  planner: pool.planner,
  reload: (reason) => reloader.reload(reason),
  knowledge: async () => (await engine).knowledge,
  logger,
});

const bot = createApp({
  config: config.feishu,
  engine: composer ? engine.then((loaded) => withLlm(loaded, composer)) : engine,
  dedup,
  inbox: dedup, // one SQLite store: a message is kept in the transaction that marks it seen
  sender,
  logger,
  localMode: config.mode === "local",
  playground: config.playground,
  askRate: config.askRate,
  webhook: config.mode !== "ws",
  followUps: createFollowUps({ store: contexts, logger }),
  // In-place card updates for slow answers (LLM answers stream into the card); local mode prints one reply.
  progress: config.mode === "local" ? undefined : {},
  subscriptions: createSubscriptionCommands({
    store: notices.subscriptions,
    knowledge: async () => (await engine).knowledge,
    logger,
  }),
  admin: config.adminToken
    ? {
        token: config.adminToken,
        stores: notices,
        baseFiles: () => readKnowledgeFiles(),
        reload: (reason) => reloader.reload(reason),
        // An add's checks run in an answer thread: a large article never stalls the acks.
        planner: pool.planner,
        onQueued: () => delivery.wake(),
        gaps: maint.gapsRoute,
        modelFacts: modelExtractorFor(config.llm, logger),
      }
    : undefined,
  gaps: maint.gaps,
  importer: maint.importer,
  ...(messagesInThreads ? { answerElsewhere: answerInThreads(pool, sender) } : {}),
});

// Header and request timeouts (config.http): a client that trickles its headers or body is cut off (408) instead
// of holding a socket forever; connections are checked often enough for the limits to hold.
const { headersTimeoutMs, requestTimeoutMs } = config.http;
const serverOptions = {
  headersTimeout: headersTimeoutMs,
  requestTimeout: requestTimeoutMs,
  connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeoutMs / 2))),
};
const server = serve({ fetch: bot.fetch, port: config.port, hostname: config.host, serverOptions }, (info) => {
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  const base = `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${info.port}`;
  logger.info("listening", { host: config.host, port: info.port, mode: config.mode });
  if (config.mode !== "local" && config.playground) {
    logger.warn("playground is public beside the Feishu bot (PLAYGROUND=1)", { path: "/" });
  }
  process.stdout.write(`${banner(base)}\n`);
});

const ws =
  config.mode === "ws" && appId && appSecret
    ? startWsClient({ appId, appSecret, domain, logger, onEnvelope: (envelope) => bot.dispatch(envelope, "ws") })
    : undefined;

function banner(base: string): string {
  const lines = ["", "高新区协同助手"];
  if (config.mode === "local") {
    const example = `${base}/local/ask?q=${encodeURIComponent("物联网网络有哪些成员")}`;
    lines.push(
      "  本地模式 / LOCAL MODE — FEISHU_APP_ID and FEISHU_APP_SECRET are not set.",
      "  Nothing is sent to Feishu; replies are printed here instead.",
      ...(config.playground
        ? [`  Open:     ${base}/   ← the playground: ask in the browser, see the bot's cards`, `  JSON:     ${example}`]
        : ["  Playground off (PLAYGROUND=0)."]),
      `  Health:   ${base}/healthz`,
      `  Webhook:  POST ${base}/feishu/events`,
      "  To connect to Feishu, set FEISHU_APP_ID, FEISHU_APP_SECRET and FEISHU_VERIFICATION_TOKEN (docs/feishu.md).",
    );
  } else if (config.mode === "ws") {
    lines.push(
      `  Long-connection mode (FEISHU_MODE=ws) to ${domain}: events arrive over the SDK's WebSocket.`,
      `  Health:   ${base}/healthz`,
    );
  } else {
    lines.push(
      `  Webhook mode: set the request URL in the Feishu console to https://<public host>/feishu/events`,
      `  Listening: POST ${base}/feishu/events   Health: ${base}/healthz   Open API: ${domain}`,
      `  Encrypt key: ${config.feishu.encryptKey ? "set (bodies decrypted, X-Lark-Signature checked)" : "not set"}`,
    );
  }
  if (config.mode !== "local" && config.playground) {
    lines.push(`  Playground: ${base}/  (PLAYGROUND=1) — PUBLIC: anyone who can reach this port can ask through it.`);
  }
  lines.push(
    config.adminToken
      ? `  Admin:    POST ${base}/admin/articles, POST ${base}/admin/events (Authorization: Bearer $ADMIN_TOKEN)`
      : "  Admin:    off (set ADMIN_TOKEN to add articles and events over HTTP)",
  );
  lines.push(
    config.llm
      ? `  LLM:      ${config.llm.model} at ${new URL(config.llm.baseUrl).host} writes passage answers (every sentence citation-checked), proposes queries for unread questions and facts for added articles (both checked)`
      : "  LLM:      off (extractive answers; set LLM_BASE_URL, LLM_MODEL and LLM_API_KEY to turn it on)",
  );
  lines.push(`  Data:     ${dataDir}`, "");
  return lines.join("\n");
}

// Messages acked before a crash (or kept while the queue was full) are answered now, then checked every minute.
const RESUME_EVERY_MS = 60_000;
const resumeUnanswered = () =>
  bot
    .resume()
    .catch((error: unknown) =>
      logger.error("resume failed", { code: ErrorCodes.E_DEDUP_STORE, ...describeError(error) }),
    );
void resumeUnanswered();
const resumeTimer = setInterval(resumeUnanswered, Math.min(RESUME_EVERY_MS, stores.resumeEveryMs));
resumeTimer.unref();

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info("shutting down", { signal });
  ws?.close();
  server.close();
  const grace = new Promise<void>((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref());
  reloader.stop();
  maint.stop();
  clearInterval(resumeTimer);
  await Promise.race([Promise.all([bot.idle(), delivery.stop()]), grace]);
  await Promise.race([threadSender?.close(), grace]);
  await Promise.race([pool.close(), grace]);
  await stores.close();
  await maint.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
