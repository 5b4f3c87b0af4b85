/**
 * Cloudflare Workers entry (wrangler.toml `main`): the same Hono app as src/runtime/node.ts, over D1.
 *
 *   fetch      createApp(deps) — the webhook pipeline unchanged; the answer to a message starts after the dedup
 *              and is handed to `executionCtx.waitUntil`, so the ack goes out at once and the runtime keeps the
 *              answer running (AppDeps.background = "waitUntil").
 *   scheduled  the Cron Trigger (every minute): deletes expired dedup keys.
 *
 * Per isolate, built on first use: config (zod over the bindings), logger, stores over the D1 binding `DB`, the
 * sender (the same src/feishu/send.ts; wrangler.toml swaps the Feishu SDK for a fetch client), and the engine —
 * knowledge from the bundled snapshot, retrieval rebuilt in memory (src/retrieval/snapshot.ts).
 * A configuration error answers every request with 500 {"code":"E_CONFIG"} and logs which variable is wrong.
 */
import type { D1Database, ExecutionContext, ScheduledController } from "@cloudflare/workers-types";
import { snapshot } from "worker-snapshot";
import { answerWith } from "../answer/answer.ts";
import { briefing } from "../answer/briefing.ts";
import { type BotApp, createApp } from "../app.ts";
import type { BotEngine } from "../bot/handle.ts";
import { type Config, configSecrets, parseConfig } from "../config.ts";
import { ErrorCodes, isAppError } from "../errors.ts";
import { createFeishuSender, createLocalSender, type Sender } from "../feishu/send.ts";
import { createLogger, describeError, type Logger } from "../log.ts";
import { answerFromPassages } from "../retrieval/answer.ts";
import { buildWorkerRetriever, knowledgeFromSnapshot } from "../retrieval/snapshot.ts";
import { createD1DedupStore } from "../store/d1.ts";
import { DEDUP_TTL_MS, type DedupStore } from "../store/types.ts";

/** Bindings (wrangler.toml) and secrets (`wrangler secret put`). */
export type Env = {
  DB: D1Database;
  FEISHU_APP_ID?: string;
  FEISHU_APP_SECRET?: string;
  FEISHU_VERIFICATION_TOKEN?: string;
  FEISHU_ENCRYPT_KEY?: string;
  FEISHU_DOMAIN?: string;
  LOG_LEVEL?: string;
  PLAYGROUND?: string;
  ADMIN_TOKEN?: string;
};

/** Backoff limits for replies: a waitUntil task should finish well within the runtime's grace period. */
const SENDER_LIMITS = { maxBackoffMs: 10_000, backoffBudgetMs: 20_000, requestTimeoutMs: 8_000 };

export type WorkerRuntime = {
  config: Config;
  logger: Logger;
  dedup: DedupStore;
  sender: Sender;
  engine: Promise<BotEngine>;
  bot: BotApp;
  /** The Cron Trigger's work at `now`. */
  cron(now: number): Promise<void>;
};

type Built = { ok: true; runtime: WorkerRuntime } | { ok: false; error: unknown };

const runtimes = new WeakMap<object, Built>();

/** The runtime for these bindings, built once per isolate. */
export function runtimeFor(env: Env): Built {
  let built = runtimes.get(env);
  if (!built) {
    try {
      built = { ok: true, runtime: createWorkerRuntime(env) };
    } catch (error) {
      built = { ok: false, error };
      console.error(
        JSON.stringify({
          time: new Date().toISOString(),
          level: "error",
          msg: "worker configuration invalid",
          code: ErrorCodes.E_CONFIG,
          // parseConfig names the variables and never echoes secret values.
          message: isAppError(error) ? error.message : "unexpected error while starting",
        }),
      );
    }
    runtimes.set(env, built);
  }
  return built;
}

/** The string-valued bindings, as parseConfig reads an environment. */
function stringVars(env: Env): Record<string, string | undefined> {
  const vars: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) if (typeof value === "string") vars[key] = value;
  return vars;
}

export function createWorkerRuntime(env: Env): WorkerRuntime {
  const config = parseConfig(stringVars(env));
  if (config.mode === "ws") {
    throw Object.assign(new Error("FEISHU_MODE: a Worker receives events over HTTP only; unset it or use http"), {
      code: ErrorCodes.E_CONFIG,
    });
  }
  const logger = createLogger({ level: config.logLevel, secrets: configSecrets(config), sink: (l) => console.log(l) });
  const dedup = createD1DedupStore(env.DB);
  const { appId, appSecret, domain } = config.feishu;
  const sender =
    config.mode === "local" || !appId || !appSecret
      ? createLocalSender(logger)
      : createFeishuSender({ appId, appSecret, domain, logger, ...SENDER_LIMITS });
  const engine = createWorkerEngine(logger);

  const bot = createApp({
    config: config.feishu,
    engine,
    dedup,
    sender,
    logger,
    localMode: config.mode === "local",
    playground: config.playground,
    background: "waitUntil",
  });

  async function cron(now: number): Promise<void> {
    try {
      const pruned = await dedup.prune(DEDUP_TTL_MS);
      if (pruned > 0) logger.info("dedup keys pruned", { pruned });
    } catch (error) {
      logger.error("dedup prune failed", { code: ErrorCodes.E_DEDUP_STORE, ...describeError(error) });
    }
    logger.debug("cron done", { at: new Date(now).toISOString() });
  }

  return { config, logger, dedup, sender, engine, bot, cron };
}

/** Knowledge from the bundled snapshot; retrieval rebuilt in memory (cold start). */
export async function createWorkerEngine(logger: Logger): Promise<BotEngine> {
  const started = performance.now();
  const knowledge = knowledgeFromSnapshot(snapshot);
  const retriever = await buildWorkerRetriever(knowledge);
  logger.info("engine ready", {
    knowledge: snapshot.knowledgeHash,
    passages: retriever.passages.length,
    load_ms: Math.round(performance.now() - started),
  });
  const passages = (question: string) => answerFromPassages(retriever, question);
  return {
    knowledge,
    answer: (question: string) => answerWith(knowledge, question, passages),
    briefing: (scope?: string) => briefing(knowledge, scope),
  };
}

function configError(): Response {
  return Response.json({ code: ErrorCodes.E_CONFIG }, { status: 500 });
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const built = runtimeFor(env);
    if (!built.ok) return configError();
    return built.runtime.bot.app.fetch(request, env, ctx);
  },

  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const built = runtimeFor(env);
    if (!built.ok) return;
    ctx.waitUntil(built.runtime.cron(controller.scheduledTime));
  },
};
