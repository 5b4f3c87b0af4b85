/**
 * Answers computed off the main thread: a pool of worker threads (piscina), each with the whole engine loaded
 * (src/runtime/answer-thread.ts). The main thread keeps only what the ack path and the bot layer need: it reads,
 * verifies, deduplicates and acks webhooks, and sends replies; `answer()` is a message to a thread and back.
 *
 * - Knowledge: the main thread holds a copy of the threads' Knowledge snapshot (structured clone, taken from a
 *   thread after each load or reload) for follow-up questions, subscription scopes and `/简报`, which stay cheap
 *   lookups. It never builds knowledge or an index itself.
 * - Reloads reach every thread: `reload()` asks the threads one at a time (the others keep answering), each
 *   reloads what DATA_DIR's store holds and updates its retrieval in place, and the call resolves once all
 *   have; then the main copy of the knowledge is replaced. A thread that fails keeps its previous snapshot
 *   and the call rejects (the reloader logs it).
 * - A thread that dies is replaced by piscina; the new one loads everything stored so far.
 * - On Linux the threads run at a lower priority than the acking thread (src/runtime/thread-priority.ts).
 *
 * The Workers runtime does not use this (waitUntil isolates requests there), nor does the local CLI.
 */
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { BroadcastChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { AddPlanner } from "../admin/add.ts";
import { briefing } from "../answer/briefing.ts";
import type { Engine } from "../answer/engine.ts";
import type { Answer } from "../answer/types.ts";
import type { BotEngine } from "../bot/handle.ts";
import type { TurnRequest, TurnResult } from "../bot/turn.ts";
import type { Knowledge } from "../knowledge/load.ts";
import type { Logger } from "../log.ts";
import type {
  AnswerTask,
  AnswerThreadData,
  LogMessage,
  MessageSettings,
  MessageTask,
  ReloadReply,
  ReloadRequest,
} from "./answer-thread.ts";
import { writeLogRecord } from "./forwarding-logger.ts";
import { ANSWER_THREAD_NICE } from "./thread-priority.ts";

export type AnswerPoolOptions = {
  knowledgeDir?: string;
  dataDir?: string;
  /** DATA_DIR/state.sqlite: where knowledge added at run time is stored (threads read it themselves). */
  statePath?: string;
  /** PostgreSQL holding knowledge added at run time (DATABASE_URL), instead of statePath. */
  databaseUrl?: string;
  /** Threads (default: cores − 1, at least 2 and at most 4). */
  threads?: number;
  env?: Record<string, string | undefined>;
  /** LLM_* settings for the optional model reading in the threads (absent: off). */
  llm?: AnswerThreadData["llm"];
  secrets?: string[];
  /** Longest a thread may take to reload before the reload is reported failed (default 10 min). */
  reloadTimeoutMs?: number;
  /** Nice steps the threads run below the acking thread (Linux; default ANSWER_THREAD_NICE, 0: same priority). */
  nice?: number;
  /** With statePath: the threads checkpoint its WAL every this many ms (src/store/sqlite-checkpoint.ts), so the
   *  acking thread's stores can leave checkpoints to them (openBotStores backgroundCheckpoints). */
  checkpointEveryMs?: number;
  /** With statePath: the threads answer messages whole (`message`), sending through the sender thread's channel. */
  messages?: MessageSettings;
  /** Writes the lines the threads log while answering messages (level, redaction and sink its own). */
  logger?: Logger;
};

export type PoolEngine = BotEngine &
  Engine & {
    /** Reloads every thread (one at a time) and then the main thread's copy of the knowledge. */
    reload(): Promise<void>;
    /** A whole question turn in a thread (src/bot/turn.ts). */
    turn(request: TurnRequest): Promise<TurnResult>;
  };

export type AnswerPool = {
  /** Resolves once every thread has loaded and the knowledge copy is here; rejects if the engine cannot load. */
  engine: Promise<PoolEngine>;
  /** Runs an admin add's checks in a thread (AddKnowledgeDeps.planner). */
  planner: AddPlanner;
  /** Answers a message whole in a thread (options.messages); its lines go to options.logger as written. */
  message(task: Omit<MessageTask, "kind">): Promise<void>;
  /** Threads now running. */
  threads(): number;
  close(): Promise<void>;
};

/** Tasks a thread runs at once when it answers messages whole (they wait for their sends). */
const MESSAGES_PER_THREAD = 8;

export function defaultThreads(): number {
  return Math.min(4, Math.max(2, availableParallelism() - 1));
}

export function createAnswerPool(options: AnswerPoolOptions = {}): AnswerPool {
  const threads = options.threads ?? defaultThreads();
  const channelName = `answer-pool-${randomUUID()}`;
  const workerData: AnswerThreadData = {
    channel: channelName,
    knowledgeDir: options.knowledgeDir,
    dataDir: options.dataDir,
    statePath: options.statePath,
    databaseUrl: options.databaseUrl,
    shared: new SharedArrayBuffer(12),
    nice: options.nice ?? ANSWER_THREAD_NICE,
    ...(options.checkpointEveryMs ? { checkpointEveryMs: options.checkpointEveryMs } : {}),
    ...(options.messages ? { messages: options.messages } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.llm ? { llm: options.llm, secrets: options.secrets ?? [] } : {}),
  };
  const pool = new Piscina({
    filename: new URL("./answer-thread.mjs", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Threads keep their event loop running between tasks, so reload messages reach idle threads.
    atomics: "async",
    // A message answered whole waits for its reply to be sent: meanwhile the thread answers others.
    concurrentTasksPerWorker: options.messages ? MESSAGES_PER_THREAD : 1,
    workerData,
    // The threads compile TypeScript with tsx themselves (answer-thread.mjs); flags the process was started
    // with for tsx are not repeated there. Other flags (--cpu-prof, --expose-gc …) are.
    execArgv: withoutTsx(process.execArgv),
  });

  const channel = new BroadcastChannel(channelName);
  (channel as unknown as { unref?: () => void }).unref?.();
  const waiting = new Map<string, (reply: ReloadReply) => void>();
  channel.onmessage = (event: unknown) => {
    const reply = (event as { data: ReloadReply | LogMessage }).data;
    if (reply?.type === "log") {
      if (options.logger) writeLogRecord(options.logger, reply.record);
      return;
    }
    if (reply?.type !== "reloaded") return;
    waiting.get(`${reply.threadId}:${reply.generation}`)?.(reply);
  };

  const run = <T>(task: AnswerTask) => pool.run(task) as Promise<T>;
  let knowledge: Knowledge;
  let generation = 0;
  const reloadTimeoutMs = options.reloadTimeoutMs ?? 600_000;

  const reloadThread = (target: number, g: number): Promise<ReloadReply> =>
    new Promise((resolve) => {
      const key = `${target}:${g}`;
      const timer = setTimeout(() => {
        waiting.delete(key);
        resolve({ type: "reloaded", generation: g, threadId: target, ok: false, error: "reload timed out" });
      }, reloadTimeoutMs);
      waiting.set(key, (reply) => {
        clearTimeout(timer);
        waiting.delete(key);
        resolve(reply);
      });
      const request: ReloadRequest = { type: "reload", generation: g, target };
      channel.postMessage(request);
    });

  const engine: PoolEngine = {
    get knowledge() {
      return knowledge;
    },
    answer: (question: string) => run<Answer>({ kind: "answer", question }),
    turn: (request: TurnRequest) => run<TurnResult>({ kind: "turn", request }),
    briefing: (scope?: string) => briefing(knowledge, scope),
    async reload() {
      const g = ++generation;
      const failures: string[] = [];
      // One thread at a time: the others keep answering from the snapshot they have.
      for (const worker of pool.threads) {
        const reply = await reloadThread(worker.threadId, g);
        if (!reply.ok) failures.push(`thread ${reply.threadId}: ${reply.error ?? "failed"}`);
      }
      if (failures.length > 0) throw new Error(`reload failed in ${failures.join("; ")}`);
      knowledge = await run<Knowledge>({ kind: "knowledge" });
    },
  };

  const ready = (async () => {
    knowledge = await run<Knowledge>({ kind: "knowledge" });
    // Every thread loaded (each answers its first task only once its engine is ready).
    await Promise.all(Array.from({ length: threads }, () => run<Knowledge>({ kind: "knowledge" })));
    return engine;
  })();

  return {
    engine: ready,
    planner: (task) => run({ kind: "plan", task }),
    message: (task) => run<void>({ kind: "message", ...task }),
    threads: () => pool.threads.length,
    async close() {
      channel.close();
      await pool.destroy();
    },
  };
}

/** The flags without tsx's loader (--require …/tsx/dist/preflight.cjs, --import file:///…/tsx/dist/loader.mjs). */
export function withoutTsx(execArgv: string[]): string[] {
  const tsx = (arg: string | undefined) => arg !== undefined && /[\\/]tsx[\\/]dist[\\/]/.test(arg);
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if (tsx(arg)) continue; // --import=… / --require=… forms, or a value whose flag was dropped below
    if ((arg === "--require" || arg === "-r" || arg === "--import" || arg === "--loader") && tsx(execArgv[i + 1])) {
      i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}
