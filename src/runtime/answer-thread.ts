/**
 * One answer thread of the pool (src/runtime/answer-pool.ts): the whole engine — knowledge, facts, BM25, HNSW —
 * loaded in a worker thread, answering the tasks piscina hands it. Loaded through answer-thread.mjs, which
 * compiles TypeScript with tsx inside the thread (on Node 20, 22 and 24 alike).
 *
 * Tasks: { kind: "answer", question } → the engine's Answer; { kind: "knowledge" } → the Knowledge snapshot this
 * thread answers from (the main thread keeps a copy for follow-ups, subscriptions and briefings);
 * { kind: "plan", task } → the checks of an admin add (src/admin/add.ts `planAdd`: validate the merged knowledge,
 * learn from every article), which take over a second for a large article and must not run where webhooks are acked;
 * { kind: "turn", request } → a whole question turn (src/bot/turn.ts: follow-up completion, answer, presentation,
 * the context it leaves, the rendered card — as its JSON string), so the acking thread only reads and writes the
 * context and hands the reply on; { kind: "message", … } → a message answered whole (src/bot/answer-message.ts:
 * commands, follow-ups in a file of their own, the turn, the reply through the sender thread's channel, gaps), its
 * log lines handed to the main logger on the pool's channel as they are written — the inbox's started and finished
 * stay with the acking thread (src/runtime/message-elsewhere.ts).
 *
 * Reloads arrive on a BroadcastChannel, addressed to one thread at a time (the pool reloads its threads in turn,
 * so the others keep answering): the engine reloads its knowledge (reading what was added from DATA_DIR's
 * store itself), then retrieval is updated in place (src/retrieval/node-index.ts: only new or changed articles
 * are tokenised and embedded). The update pauses between batches so questions that arrive meanwhile are
 * answered from the previous snapshot. One thread (the first to start) saves the vector index to DATA_DIR/index;
 * the others wait for its first save and read it instead of building their own.
 */
import { dirname, join } from "node:path";
import { BroadcastChannel, threadId, workerData } from "node:worker_threads";
import { type AddPlan, type AddTask, planAdd } from "../admin/add.ts";
import { addedKnowledgeSource } from "../admin/reloader.ts";
import { createEngine, type Engine } from "../answer/engine.ts";
import { llmReaderFor } from "../answer/query/llm-read.ts";
import type { Answer } from "../answer/types.ts";
import { answerMessage, type MessageDeps, unavailableEngine } from "../bot/answer-message.ts";
import { createFollowUps } from "../bot/context.ts";
import type { ProgressSettings } from "../bot/progress.ts";
import { computeTurn, type TurnRequest, type TurnResult } from "../bot/turn.ts";
import type { IncomingMessage } from "../feishu/parse.ts";
import { cardJson } from "../feishu/render.ts";
import { createGapRecorder } from "../gaps/recorder.ts";
import { openSqliteGapStore } from "../gaps/sqlite.ts";
import { type Knowledge, readKnowledgeFiles } from "../knowledge/load.ts";
import type { LlmSettings } from "../llm/client.ts";
import { createLogger, type LogFields, type LogLevel } from "../log.ts";
import { answerFromPassages } from "../retrieval/answer.ts";
import type { Retriever } from "../retrieval/hybrid.ts";
import { NodeRetrieval, type UpdateStats } from "../retrieval/node-index.ts";
import { openSqliteContextStore } from "../store/context-sqlite.ts";
import { openPgDatabase } from "../store/pg.ts";
import { openPgNoticeStores } from "../store/pg-subscriptions.ts";
import { startSqliteCheckpointer } from "../store/sqlite-checkpoint.ts";
import { openSqliteNoticeStores } from "../store/subscriptions-sqlite.ts";
import { createSubscriptionCommands } from "../subscriptions/commands.ts";
import { type ChannelSender, createChannelSender } from "./channel-sender.ts";
import { forwardingLogger, type LogRecord } from "./forwarding-logger.ts";
import { lowerThreadPriority } from "./thread-priority.ts";

export type AnswerThreadData = {
  /** BroadcastChannel name for reloads (unique per pool). */
  channel: string;
  knowledgeDir?: string | undefined;
  dataDir?: string | undefined;
  /** The SQLite file holding knowledge added at run time (DATA_DIR/state.sqlite); absent: the folder only. */
  statePath?: string | undefined;
  /** PostgreSQL holding knowledge added at run time (DATABASE_URL), instead of statePath. */
  databaseUrl?: string | undefined;
  /** Int32Array over a SharedArrayBuffer: [saver threadId, first save done (0/1), a thread of the pool ready (0/1)]. */
  shared: SharedArrayBuffer;
  env?: Record<string, string | undefined>;
  /** LLM_* settings: questions the parser cannot read may get a model-proposed query (answer/query/llm-read.ts). */
  llm?: LlmSettings | undefined;
  /** Values the thread's log lines must never contain. */
  secrets?: string[];
  /** Nice steps below the acking thread (src/runtime/thread-priority.ts; Linux only); 0: none. */
  nice?: number;
  /** Run PASSIVE WAL checkpoints of statePath every this many ms (src/store/sqlite-checkpoint.ts); absent: none. */
  checkpointEveryMs?: number;
  /** Messages answered whole here (task "message"), with statePath: how. Absent: no such tasks. */
  messages?: MessageSettings;
};

export type MessageSettings = {
  /** The sender thread's BroadcastChannel (src/runtime/channel-sender.ts). */
  senderChannel: string;
  /** The main logger's level: lines below it stay here. */
  level: LogLevel;
  /** In-place updates of slow answers (src/bot/progress.ts); absent: one reply. */
  progress?: Partial<ProgressSettings>;
  /** GAPS_RETENTION_DAYS: unanswered questions are recorded (src/gaps/); absent: not recorded. */
  gapsRetentionDays?: number;
};

/** A message acked and deduplicated on the main thread, answered here whole (src/bot/answer-message.ts). */
export type MessageTask = {
  kind: "message";
  message: IncomingMessage;
  ids: LogFields;
  resumed: boolean;
  /** The bot's open_id as the main thread knows it. */
  botOpenId: string | undefined;
};
/** A line an answer thread logged, on the pool's channel for the main logger. */
export type LogMessage = { type: "log"; record: LogRecord };

export type AnswerTask =
  | { kind: "answer"; question: string }
  | { kind: "knowledge" }
  | { kind: "plan"; task: AddTask }
  | { kind: "turn"; request: TurnRequest }
  | MessageTask;

export type ReloadRequest = { type: "reload"; generation: number; target: number };
export type ReloadReply = {
  type: "reloaded";
  generation: number;
  threadId: number;
  ok: boolean;
  error?: string;
  stats?: UpdateStats | undefined;
};

const data = workerData as AnswerThreadData;
const shared = new Int32Array(data.shared);
// Below the acking thread: when both want a core, the acks go first. The pool's first threads load the engine at the
// process's priority and each steps down once its own load has settled, so that an instance starting on busy cores
// answers /healthz as soon as it can (at nice 10, behind a test run's other processes, loading took over 90 s instead
// of 4.5); a thread that starts once one of the pool has loaded (a replacement) steps down at once.
const POOL_READY = 2;
let steppedDown = false;
const stepDown = () => {
  if (steppedDown) return;
  steppedDown = true;
  lowerThreadPriority(data.nice ?? 0);
};
if (Atomics.load(shared, POOL_READY) === 1) stepDown();
// The first thread to start saves the index; the others read what it saved.
const saver = Atomics.compareExchange(shared, 0, 0, threadId) === 0 || Atomics.load(shared, 0) === threadId;

const store = data.databaseUrl
  ? openPgNoticeStores(openPgDatabase(data.databaseUrl))
  : data.statePath
    ? openSqliteNoticeStores(data.statePath)
    : undefined;
const added = store ? addedKnowledgeSource(store.added) : undefined;
// The WAL checkpoints the acking thread's connections leave to the background (every thread runs them: one that
// dies and is replaced does not stop them; two at once simply take turns).
if (data.statePath && data.checkpointEveryMs)
  startSqliteCheckpointer(data.statePath, { everyMs: data.checkpointEveryMs });

let retriever: Retriever | undefined;
const retrieval = new NodeRetrieval({
  dataDir: data.dataDir,
  env: data.env ?? process.env,
  persist: saver,
  pause: () => new Promise((resolve) => setImmediate(resolve)),
});

async function start(): Promise<Engine & { reload(): Promise<void> }> {
  const engine = await createEngine({
    ...(data.knowledgeDir ? { knowledgeDir: data.knowledgeDir } : {}),
    ...(added ? { added: () => added.load() } : {}),
    // Retrieval is kept here and updated in place; the engine's reload then only reloads knowledge.
    passages: async (question) => (retriever ? answerFromPassages(retriever, question) : null),
    ...(data.llm ? { reader: llmReaderFor(data.llm, createLogger({ secrets: data.secrets ?? [] })) } : {}),
  });
  if (data.dataDir && !saver) await firstSave();
  retriever = await retrieval.update(engine.knowledge);
  if (saver) Atomics.store(shared, 1, 1);
  return engine;
}

/** Waits (without blocking the thread) until the saving thread has written the index once. */
async function firstSave(): Promise<void> {
  while (Atomics.load(shared, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

const ready = start();
ready.catch(() => {}); // reported to whoever runs a task
// (Once loaded, or failed: a failing thread must not keep the priority of the acks; only a load marks the pool ready.)
ready.then(() => {
  Atomics.store(shared, POOL_READY, 1);
  stepDown();
}, stepDown);

let reloading: Promise<unknown> = ready;
const channel = new BroadcastChannel(data.channel);
channel.onmessage = (event: unknown) => {
  const message = (event as { data: ReloadRequest }).data;
  if (message?.type !== "reload" || message.target !== threadId) return;
  reloading = reloading
    .catch(() => {})
    .then(async () => {
      const engine = await ready;
      await engine.reload();
      retriever = await retrieval.update(engine.knowledge);
    })
    .then(
      () =>
        reply({ type: "reloaded", generation: message.generation, threadId, ok: true, stats: retrieval.lastUpdate }),
      (error: unknown) =>
        reply({
          type: "reloaded",
          generation: message.generation,
          threadId,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
};
// The channel must not keep a thread alive that the pool wants to end.
(channel as unknown as { unref?: () => void }).unref?.();

function reply(message: ReloadReply): void {
  channel.postMessage(message);
}

/** What answering a message here needs, made on the first message: this thread's connections to the state. */
type MessageParts = Omit<MessageDeps, "engine"> & { sender: ChannelSender };
let messageParts: MessageParts | undefined;

/** Follow-up contexts of the messages answered here: a file of their own beside the state file (they live minutes),
 *  so that the answer threads' writes never hold the lock the acking thread's dedup and inbox commits take. */
export const FOLLOW_UPS_FILE = "followups.sqlite";

function partsFor(settings: MessageSettings, statePath: string): MessageParts {
  // (Every line is handed to the main logger as it is written, on the pool's channel.)
  const logger = forwardingLogger(settings.level, (record) => channel.postMessage({ type: "log", record }));
  const gapStore = settings.gapsRetentionDays !== undefined ? openSqliteGapStore(statePath) : undefined;
  // (No inbox: its started and finished are the acking thread's. Gaps and subscription commands, rare, write the
  // state file from here.)
  return {
    sender: createChannelSender(settings.senderChannel),
    logger,
    clock: { now: Date.now },
    followUps: createFollowUps({ store: openSqliteContextStore(join(dirname(statePath), FOLLOW_UPS_FILE)), logger }),
    progress: settings.progress,
    ...(store
      ? {
          subscriptions: createSubscriptionCommands({
            store: store.subscriptions,
            knowledge: async () => (await ready).knowledge,
            logger,
          }),
        }
      : {}),
    ...(gapStore && settings.gapsRetentionDays !== undefined
      ? { gaps: createGapRecorder({ store: gapStore, retentionDays: settings.gapsRetentionDays, logger }) }
      : {}),
  };
}

/** Answers the message; it is always handled here (the inbox and the choice of where to answer are the main thread's). */
async function answerHere(task: MessageTask): Promise<void> {
  const settings = data.messages;
  if (!settings || !data.statePath) throw new Error("this pool answers no messages (no messages settings)");
  messageParts ??= partsFor(settings, data.statePath);
  messageParts.sender.knownBotOpenId = task.botOpenId;
  // (An engine that failed to load answers with an apology, as on the main thread: the message is handled.)
  const deps: MessageDeps = { ...messageParts, engine: () => ready.catch(unavailableEngine) };
  await answerMessage(deps, task.message, task.ids, task.resumed);
}

export default async function run(task: AnswerTask): Promise<Answer | Knowledge | AddPlan | TurnResult | undefined> {
  // An admin add's checks (src/admin/add.ts): the folder's files read here, not on the acking thread.
  if (task.kind === "plan") return planAdd(readKnowledgeFiles(data.knowledgeDir), task.task);
  if (task.kind === "message") {
    await answerHere(task);
    return undefined;
  }
  const engine = await ready;
  if (task.kind === "knowledge") {
    await reloading;
    return engine.knowledge;
  }
  if (task.kind === "turn") {
    // The card goes back serialised: the acking thread passes the string on to the sender (CardContent).
    const turn = await computeTurn(engine, task.request);
    return { ...turn, rendered: { card: cardJson(turn.rendered.card), text: turn.rendered.text } };
  }
  return engine.answer(task.question);
}
