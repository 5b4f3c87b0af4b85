/**
 * The Worker's runtime (src/runtime/worker.ts is the entry): the same Hono app as src/runtime/node.ts, over D1.
 *
 *   fetch      createApp(deps) — the webhook pipeline unchanged; the answer to a message starts right after the
 *              dedup and is handed to `executionCtx.waitUntil` (AppDeps.background = "waitUntil"), so the ack goes
 *              out at once and the runtime keeps the answer running. Subscriptions commands, the admin routes
 *              (ADMIN_TOKEN) and the playground (PLAYGROUND, or local mode) work as on Node.
 *   scheduled  the Cron Trigger (every minute): answers messages an isolate acked but never answered (the inbox,
 *              as Node's resume does), sends due notices and digests (deliverDue, as Node's delivery loop does
 *              every second), then prunes expired dedup keys and follow-up context.
 *
 * While the isolate starts: the bundled knowledge and its retrieval (tokens, BM25, vectors), from the snapshot.
 * Per isolate, on first use: config (zod over the bindings), logger (console), stores over the D1 binding `DB`
 * (dedup, subscriptions, outbox, added knowledge, context), the sender (the same src/feishu/send.ts; wrangler.toml
 * swaps the Feishu SDK for a fetch client), and the engine: the bundle plus whatever was added at run time (D1).
 * Isolates learn of added knowledge by checking the store's revision at most every REVISION_CHECK_MS before
 * answering; a snapshot with additions builds its retrieval on its first open question.
 * A configuration error answers every request with 500 {"code":"E_CONFIG"} and logs which variable is wrong.
 */
import type { D1Database } from "@cloudflare/workers-types";
import { snapshot } from "worker-snapshot";
import { loadAdded } from "../admin/add.ts";
import { answerWith, type PassageAnswerer } from "../answer/answer.ts";
import { briefing } from "../answer/briefing.ts";
import type { Answer } from "../answer/types.ts";
import { type BotApp, createApp } from "../app.ts";
import { createFollowUps } from "../bot/context.ts";
import type { BotEngine } from "../bot/handle.ts";
import { type Config, configSecrets, parseConfig } from "../config.ts";
import { AppError, ErrorCodes, isAppError } from "../errors.ts";
import { createFeishuSender, createLocalSender, type Sender } from "../feishu/send.ts";
import { createD1GapStore } from "../gaps/d1.ts";
import { mergeAddedKnowledge } from "../knowledge/build.ts";
import { modelExtractorFor } from "../knowledge/extract/llm.ts";
import type { AddedKnowledge, Knowledge } from "../knowledge/load.ts";
import { knowledgeFromFiles } from "../knowledge/pipeline.ts";
import { createChatClient } from "../llm/client.ts";
import { createLlmComposer, withLlm } from "../llm/compose.ts";
import { createLogger, describeError, type Logger } from "../log.ts";
import { answerFromPassages } from "../retrieval/answer.ts";
import type { Retriever } from "../retrieval/hybrid.ts";
import { buildWorkerRetriever, snapshotFiles } from "../retrieval/snapshot.ts";
import { CONTEXT_TTL_MS } from "../store/context.ts";
import { createD1DedupStore } from "../store/d1.ts";
import { createD1ContextStore } from "../store/d1-context.ts";
import { DEDUP_TTL_MS, type DedupStore } from "../store/types.ts";
import { createSubscriptionCommands } from "../subscriptions/commands.ts";
import { createD1NoticeStores } from "../subscriptions/d1.ts";
import { type DeliveryReport, deliverDue } from "../subscriptions/deliver.ts";
import type { AddedKnowledgeStore, NoticeStores } from "../subscriptions/types.ts";
import { setUpMaintainersLoop } from "./maint.ts";

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
  ADMIN_OPEN_IDS?: string;
  GAPS_RETENTION_DAYS?: string;
  FEISHU_WIKI_SPACE_ID?: string;
  FEISHU_WIKI_SYNC_MINUTES?: string;
};

/** Backoff limits for sends: a waitUntil task should finish well within the runtime's grace period. */
const SENDER_LIMITS = { maxBackoffMs: 10_000, backoffBudgetMs: 20_000, requestTimeoutMs: 8_000 };
/** How often an isolate asks D1 whether knowledge was added elsewhere (only when a question comes in). */
export const REVISION_CHECK_MS = 10_000;
/** One cron run drains at most this long, then leaves the rest to the next minute. */
const CRON_BUDGET_MS = 20_000;

export type ReloadingEngine = BotEngine & {
  readonly knowledge: Knowledge;
  /** Rebuilds from the snapshot and everything stored; false (old snapshot kept, error logged) if that failed. */
  reload(reason: string): Promise<boolean>;
};

export type WorkerRuntime = {
  config: Config;
  logger: Logger;
  dedup: DedupStore;
  stores: NoticeStores;
  sender: Sender;
  engine: Promise<ReloadingEngine>;
  bot: BotApp;
  /** The Cron Trigger's work: deliver due notices, prune old keys. */
  cron(now: number): Promise<DeliveryReport>;
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
    throw new AppError(
      ErrorCodes.E_CONFIG,
      "Invalid configuration:\n  FEISHU_MODE: a Worker receives events over HTTP only; unset it or set http",
    );
  }
  const logger = createLogger({
    level: config.logLevel,
    secrets: configSecrets(config),
    sink: (line) => console.log(line),
  });
  const dedup = createD1DedupStore(env.DB);
  const stores = createD1NoticeStores(env.DB);
  const contexts = createD1ContextStore(env.DB);
  const { appId, appSecret, domain } = config.feishu;
  const sender =
    config.mode === "local" || !appId || !appSecret
      ? createLocalSender(logger)
      : createFeishuSender({ appId, appSecret, domain, logger, ...SENDER_LIMITS });
  // Built now from the bundle (no I/O); a broken snapshot rejects here and createApp reports the engine failed.
  const engine = (async () => createWorkerEngine({ added: stores.added, logger }))();
  engine.catch(() => {});
  const composer = config.llm
    ? createLlmComposer({
        client: createChatClient({ settings: config.llm, logger }),
        logger,
        secrets: configSecrets(config),
      })
    : undefined;

  // Gaps over D1, /导入 and the wiki sync (run by the cron every FEISHU_WIKI_SYNC_MINUTES): src/runtime/maint.ts.
  const maint = setUpMaintainersLoop({
    config,
    stores,
    gapStore: createD1GapStore(env.DB),
    baseFiles: () => snapshotFiles(snapshot),
    reload: async (reason) => (await engine).reload(reason),
    knowledge: async () => (await engine).knowledge,
    logger,
    timer: false,
  });

  const deliver = () => deliverDue({ outbox: stores.outbox, subscriptions: stores.subscriptions, sender, logger });

  const bot = createApp({
    config: config.feishu,
    engine: composer ? engine.then((loaded) => withLlm(loaded, composer)) : engine,
    dedup,
    sender,
    logger,
    localMode: config.mode === "local",
    playground: config.playground,
    askRate: config.askRate, // per isolate: Workers spread requests over isolates, so this is a floor per isolate
    background: "waitUntil",
    inbox: dedup, // kept in the batch that marks a message seen; the cron answers what an isolate left behind
    followUps: createFollowUps({ store: contexts, logger }),
    progress: config.mode === "local" ? undefined : {},
    subscriptions: createSubscriptionCommands({
      store: stores.subscriptions,
      knowledge: async () => (await engine).knowledge,
      logger,
    }),
    admin: config.adminToken
      ? {
          token: config.adminToken,
          stores,
          baseFiles: () => snapshotFiles(snapshot),
          reload: async (reason) => (await engine).reload(reason),
          // No onQueued: the Cron Trigger sends the new event's notices within a minute.
          gaps: maint.gapsRoute,
          modelFacts: modelExtractorFor(config.llm, logger),
        }
      : undefined,
    gaps: maint.gaps,
    importer: maint.importer,
  });

  async function cron(now: number): Promise<DeliveryReport> {
    const total: DeliveryReport = { sent: 0, failed: 0, dropped: 0, retrying: 0, skipped: 0, messages: 0, read: 0 };
    const started = Date.now();
    // Messages acked but never answered (an isolate stopped mid-answer): answered now, with the same reply uuid.
    try {
      if ((await bot.resume()) > 0) await bot.idle();
    } catch (error) {
      logger.error("resume failed", { code: ErrorCodes.E_DEDUP_STORE, ...describeError(error) });
    }
    try {
      // Full batches mean more is due: keep going while there is progress and time.
      for (;;) {
        const r = await deliver();
        for (const k of Object.keys(total) as (keyof DeliveryReport)[]) total[k] += r[k];
        if (r.read < 200 || r.messages + r.failed === 0 || Date.now() - started > CRON_BUDGET_MS) break;
      }
    } catch (error) {
      logger.error("outbox drain failed", { code: ErrorCodes.E_NOTICE_STORE, ...describeError(error) });
    }
    for (const [what, prune] of [
      ["dedup", () => dedup.prune(DEDUP_TTL_MS)],
      ["context", () => contexts.prune(CONTEXT_TTL_MS)],
    ] as const) {
      try {
        await prune();
      } catch (error) {
        logger.error(`${what} prune failed`, { code: ErrorCodes.E_DEDUP_STORE, ...describeError(error) });
      }
    }
    if (total.read > 0) logger.info("cron: outbox drained", { ...total, at: new Date(now).toISOString() });
    // The wiki space sync, on the minutes that are a multiple of FEISHU_WIKI_SYNC_MINUTES.
    if (maint.syncNow && Math.floor(now / 60_000) % config.wikiSyncMinutes === 0) await maint.syncNow();
    return total;
  }

  return { config, logger, dedup, stores, sender, engine, bot, cron };
}

type Snapshot = { knowledge: Knowledge; passages: PassageAnswerer; revision: number };

/** Retrieval for `knowledge`, built on first use (or now, when `eager`); a failed build is retried next time. */
function lazyRetriever(knowledge: Knowledge, eager: boolean, onReady?: (r: Retriever, ms: number) => void) {
  let retriever: Promise<Retriever> | undefined;
  const get = (): Promise<Retriever> => {
    if (!retriever) {
      const started = performance.now();
      const building = buildWorkerRetriever(knowledge);
      retriever = building;
      building.then(
        (r) => onReady?.(r, performance.now() - started),
        () => {
          if (retriever === building) retriever = undefined;
        },
      );
    }
    return retriever;
  };
  if (eager) get().catch(() => {});
  return get;
}

/**
 * Build retrieval (tokens, BM25, vectors: ~130–210 ms locally) while the isolate starts rather than on its first
 * open question. It then counts against the Workers startup limit (1 s; measured ~0.6–0.9 s locally in all) instead
 * of a request's CPU time, which on the free plan (10 ms) a cold passage answer would exceed. Set false if a deploy
 * is refused for startup time: the first open question per isolate then pays the build.
 */
const BUILD_RETRIEVAL_AT_STARTUP = true;

/**
 * The bundled knowledge (and its retrieval, see above), built while the isolate starts (module scope, no I/O).
 * Timings are logged when the first runtime is created (locally; deployed, timers stand still during startup).
 */
const startup = (() => {
  const started = performance.now();
  try {
    const knowledge = knowledgeFromFiles(snapshotFiles(snapshot));
    const knowledgeMs = performance.now() - started;
    let retrievalMs: number | undefined;
    const retriever = lazyRetriever(knowledge, BUILD_RETRIEVAL_AT_STARTUP, (_r, took) => {
      retrievalMs = took;
    });
    return { ok: true as const, knowledge, retriever, knowledgeMs, retrievalMs: () => retrievalMs };
  } catch (error) {
    return { ok: false as const, error };
  }
})();

/**
 * The bundled knowledge plus what was added at run time (validated as Node validates it), answering through the
 * same answerWith as Node.
 *
 * workerd ties I/O to the request that started it: a D1 read begun while one request is handled and awaited by
 * another can hang once the first request ends. So the shared part is built from the bundle alone (no I/O), and
 * D1 is read only inside an answer (`fresh`, on the answering request's own waitUntil) or an admin reload.
 */
export function createWorkerEngine(deps: {
  added: AddedKnowledgeStore;
  logger: Logger;
  clock?: { now(): number };
}): ReloadingEngine {
  const { added, logger } = deps;
  const clock = deps.clock ?? { now: Date.now };
  if (!startup.ok) throw startup.error;
  const base = startup;

  /** The bundle plus `extra` (already read from D1) at `revision`; retrieval built on its first question. */
  function build(revision: number, extra: AddedKnowledge | undefined): Snapshot {
    if (!extra) {
      return {
        knowledge: base.knowledge,
        passages: async (q) => answerFromPassages(await base.retriever(), q),
        revision,
      };
    }
    const started = performance.now();
    const files = snapshotFiles(snapshot);
    mergeAddedKnowledge(files, extra);
    const knowledge = knowledgeFromFiles(files);
    const retriever = lazyRetriever(knowledge, false, (r, took) =>
      logger.info("retrieval ready", { passages: r.passages.length, revision, build_ms: ms(took) }),
    );
    logger.info("knowledge ready", {
      knowledge: snapshot.knowledgeHash,
      revision,
      load_ms: ms(performance.now() - started),
    });
    return { knowledge, passages: async (q) => answerFromPassages(await retriever(), q), revision };
  }

  if (BUILD_RETRIEVAL_AT_STARTUP) {
    void base.retriever().then(
      (r) =>
        logger.info("bundled knowledge ready (built at startup)", {
          knowledge: snapshot.knowledgeHash,
          passages: r.passages.length,
          knowledge_ms: ms(base.knowledgeMs),
          retrieval_ms: ms(base.retrievalMs() ?? Number.NaN),
        }),
      (error: unknown) =>
        logger.error("retrieval failed to build", { code: ErrorCodes.E_ENGINE, ...describeError(error) }),
    );
  } else {
    logger.info("bundled knowledge ready", { knowledge: snapshot.knowledgeHash, knowledge_ms: ms(base.knowledgeMs) });
  }
  let current = build(0, undefined);
  let checkedAt = Number.NEGATIVE_INFINITY;
  let rebuilding: Promise<boolean> | undefined;

  const reload = (reason: string): Promise<boolean> => {
    rebuilding ??= (async () => {
      try {
        // Revision first: a write landing in between makes the data newer than the revision, never older.
        const revision = await added.revision();
        current = build(revision, revision > 0 ? await loadAdded(added) : undefined);
        logger.info("knowledge reloaded", { reason, revision });
        return true;
      } catch (error) {
        logger.error("knowledge reload failed; the previous snapshot keeps answering", {
          code: ErrorCodes.E_RELOAD,
          reason,
          ...describeError(error),
        });
        return false;
      } finally {
        rebuilding = undefined;
      }
    })();
    return rebuilding;
  };

  /** Picks up knowledge added through any isolate (checked at most every REVISION_CHECK_MS). */
  async function fresh(): Promise<Snapshot> {
    if (clock.now() - checkedAt >= REVISION_CHECK_MS) {
      checkedAt = clock.now();
      try {
        if ((await added.revision()) !== current.revision) await reload("revision moved");
      } catch (error) {
        logger.warn("revision check failed; answering from the loaded knowledge", {
          code: ErrorCodes.E_RELOAD,
          ...describeError(error),
        });
      }
    }
    return current;
  }

  return {
    get knowledge() {
      return current.knowledge;
    },
    async answer(question: string): Promise<Answer> {
      const s = await fresh(); // one snapshot for the whole answer
      // No I/O from here on: locally this is the answer's CPU time (deployed, workerd stops timers while code
      // runs, so it reads 0 there; the dashboard reports CPU time). scripts/measure-worker.ts reads it.
      const started = performance.now();
      const answer = await answerWith(s.knowledge, question, s.passages);
      logger.debug("answered", { kind: answer.kind, answer_ms: ms(performance.now() - started) });
      return answer;
    },
    briefing: (scope?: string) => briefing(current.knowledge, scope),
    reload,
  };
}

const ms = (x: number) => Math.round(x * 10) / 10;
