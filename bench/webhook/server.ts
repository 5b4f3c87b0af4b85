/**
 * The server under test, in its own process (its own event loop), on 127.0.0.1:0. One of:
 *
 *   hello   bare Hono: POST /feishu/events → "hello" (the body is not read)            — baseline for plain events
 *   verify  minimal Hono route: read the raw body (from the Node request, as the app does), check the signature
 *           (src/feishu/verify.ts), decrypt (src/feishu/crypto.ts), parse the event JSON, answer {}
 *                                                                                      — baseline for encrypted events
 *   app     createApp from src/app.ts as src/runtime/node.ts wires it: SQLite dedup store (WAL) in a temp dir, the
 *           real answer engine (facts + hybrid retrieval) in the answer thread pool (src/runtime/answer-pool.ts),
 *           the real SDK sender in its own thread (src/runtime/thread-sender.ts) talking to the fake Feishu Open
 *           API (another process); `--sender-here`: the SDK sender on the server's own thread (diagnostic, the
 *           wiring before the sender thread). JSON logs at info written
 *           synchronously to a file, default queue limits, the admin routes (token ADMIN_TOKEN below) with the
 *           knowledge reloader.
 *   app-in-process  (diagnostic) the same with the engine in the server's own thread, as before the pool.
 *   ack-floor  (diagnostic) what an ack cannot do without: read and parse the body, record the message in the
 *           SQLite dedup store and inbox (group commit; WAL checkpointed by another thread, as the app's answer
 *           threads do) — nothing after the ack. The app's floor.
 *
 * Every server sets the same keep-alive timeout (2 min), so a pause between rounds does not close connections.
 * IPC requests: `cpu` (process CPU time so far; the acking thread's GC pauses, event-loop delay and wait for a
 * core since the last `cpu`), `drain` (app: wait until background answering is done; counts).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { serve as serveHttp } from "@hono/node-server";
import { Hono } from "hono";
import { type AddTask, planAdd } from "../../src/admin/add.ts";
import { addedKnowledgeSource, revisionTracker, startKnowledgeReloader } from "../../src/admin/reloader.ts";
import { createEngine, loadKnowledge } from "../../src/answer/engine.ts";
import { createApp } from "../../src/app.ts";
import { createFollowUps } from "../../src/bot/context.ts";
import { decryptEvent } from "../../src/feishu/crypto.ts";
import { createFeishuSender, type Sender } from "../../src/feishu/send.ts";
import { NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "../../src/feishu/verify.ts";
import { readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { batchedSink, createLogger } from "../../src/log.ts";
import { createAnswerPool } from "../../src/runtime/answer-pool.ts";
import { answerInThreads } from "../../src/runtime/message-elsewhere.ts";
import { createThreadSender, type ThreadSender } from "../../src/runtime/thread-sender.ts";
import { openSqliteContextStore } from "../../src/store/context-sqlite.ts";
import { openSqliteDedupStore } from "../../src/store/sqlite.ts";
import { FALLBACK_AUTOCHECKPOINT_PAGES } from "../../src/store/sqlite-checkpoint.ts";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";
import { createSubscriptionCommands } from "../../src/subscriptions/commands.ts";
import { FAKE_APP_ID, FAKE_APP_SECRET, FAKE_BOT_OPEN_ID } from "../../test/fakes/feishu-server.ts";
import { ENCRYPT_KEY, fakeEngine, TOKEN } from "../../test/integration/helpers.ts";
import { send, serve } from "../lib/child.ts";

const { values } = parseArgs({
  options: {
    target: { type: "string" },
    encrypt: { type: "boolean", default: false },
    feishu: { type: "string", default: "" },
    "max-pending": { type: "string" },
    "admin-token": { type: "string", default: "bench-admin-token-0123456789" },
    "no-turn": { type: "boolean", default: false },
    "sender-here": { type: "boolean", default: false },
    "messages-here": { type: "boolean", default: false },
  },
});

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The raw body straight from @hono/node-server's Node request, the cheapest way we know (the app reads it the
 * same way): the baseline then charges the app only for what it adds. `hello-body` shows the standard
 * `c.req.arrayBuffer()` path's cost.
 */
async function readRaw(env: unknown): Promise<Uint8Array> {
  const incoming = (env as { incoming: AsyncIterable<Buffer> }).incoming;
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk);
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}
/**
 * CPU time of this process's main thread alone — the thread that acks — in ms (Linux: utime + stime of
 * /proc/self/task/<pid>/stat, in clock ticks, assumed 100 per second as on every mainstream Linux); undefined
 * elsewhere. The answer and sender threads are not in it, which process.cpuUsage() cannot separate.
 */
function mainThreadCpuMs(): number | undefined {
  if (process.platform !== "linux") return undefined;
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * What held the acking thread between two `cpu` requests: its garbage-collection pauses (count, sum, longest), the
 * event loop's delay (p99 and max, 1 ms resolution) and the time it was ready to run but waited for a core. All
 * restart at each request, so a request after a load phase describes that phase alone.
 */
const gcPauses = { count: 0, totalMs: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcPauses.count++;
    gcPauses.totalMs += entry.duration;
    gcPauses.maxMs = Math.max(gcPauses.maxMs, entry.duration);
  }
}).observe({ entryTypes: ["gc"] });
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
let lastSchedWait = schedWaitMs();
/** Time the acking thread was ready to run but waited for a core (Linux schedstat, ms); undefined elsewhere. */
function schedWaitMs(): number | undefined {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[1]) / 1e6;
  } catch {
    return undefined;
  }
}
function stallsSinceLast() {
  const wait = schedWaitMs();
  const runQueueWaitMs =
    wait === undefined || lastSchedWait === undefined ? undefined : Math.round(wait - lastSchedWait);
  lastSchedWait = wait;
  const out = {
    runQueueWaitMs,
    gcCount: gcPauses.count,
    gcTotalMs: Math.round(gcPauses.totalMs * 10) / 10,
    gcMaxMs: Math.round(gcPauses.maxMs * 10) / 10,
    loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e4) / 100,
    loopDelayMaxMs: Math.round(loopDelay.max / 1e4) / 100,
  };
  Object.assign(gcPauses, { count: 0, totalMs: 0, maxMs: 0 });
  loopDelay.reset();
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "bench-webhook-"));
let close: () => Promise<void> = async () => {};
let drain: () => Promise<Record<string, unknown>> = async () => ({});
let fetchHandler: (request: Request) => Response | Promise<Response>;
let planHere = false;

if (values.target === "hello") {
  const app = new Hono();
  app.post("/feishu/events", (c) => c.text("hello"));
  fetchHandler = app.fetch;
} else if (values.target === "hello-body") {
  // Diagnostic: the hello route plus reading the raw body the standard way (what every route reading a body pays).
  const app = new Hono();
  app.post("/feishu/events", async (c) => {
    await c.req.arrayBuffer();
    return c.text("hello");
  });
  fetchHandler = app.fetch;
} else if (values.target === "ack-floor") {
  // Diagnostic: the least an ack must do — read and parse the body, record the message (dedup + inbox, one SQLite
  // commit per event-loop turn as the app's store does) — and nothing after the ack: the app's floor.
  // As the app: the WAL is checkpointed by another thread (the answer threads' PASSIVE checkpoint each second).
  const stateFile = join(dir, "state.sqlite");
  const dedup = openSqliteDedupStore(stateFile, { walAutocheckpoint: FALLBACK_AUTOCHECKPOINT_PAGES });
  const checkpointer = new Worker(
    `const Database = require("better-sqlite3");
     const db = new Database(${JSON.stringify(stateFile)}, { fileMustExist: true });
     setInterval(() => { try { db.pragma("wal_checkpoint(PASSIVE)"); } catch {} }, 1000);`,
    { eval: true },
  );
  const app = new Hono();
  app.post("/feishu/events", async (c) => {
    const raw = await readRaw(c.env);
    const text = utf8.decode(raw);
    const event = JSON.parse(text) as { header?: { event_id?: unknown } };
    const id = String(event.header?.event_id);
    const fresh = await dedup.firstSeen([id], 86_400_000, { id, payload: text });
    return c.json({ fresh });
  });
  fetchHandler = app.fetch;
  close = async () => {
    await checkpointer.terminate();
    await dedup.close();
  };
} else if (values.target === "verify") {
  // The work the protocol makes unavoidable, and nothing else.
  const app = new Hono();
  app.post("/feishu/events", async (c) => {
    const raw = await readRaw(c.env);
    const headers = {
      timestamp: c.req.header(TIMESTAMP_HEADER),
      nonce: c.req.header(NONCE_HEADER),
      signature: c.req.header(SIGNATURE_HEADER),
    };
    if (!verifySignature(headers, ENCRYPT_KEY, raw)) return c.json({ code: "E_SIGNATURE" }, 401);
    const outer = JSON.parse(utf8.decode(raw)) as { encrypt?: unknown };
    if (typeof outer.encrypt !== "string") return c.json({ code: "E_NOT_ENCRYPTED" }, 400);
    const event = JSON.parse(decryptEvent(outer.encrypt, ENCRYPT_KEY)) as { header?: { event_id?: unknown } };
    if (typeof event.header?.event_id !== "string") return c.json({ code: "E_BAD_EVENT" }, 400);
    return c.json({});
  });
  fetchHandler = app.fetch;
} else if (values.target === "app" || values.target === "app-ack-only" || values.target === "app-in-process") {
  if (!values.feishu) throw new Error("--feishu <url of the fake Open API> is required for --target app");
  const logFd = openSync(join(dir, "bot.log"), "w");
  const counts = { lines: 0, errors: 0, queueFull: 0, handlerFailed: 0, firstErrors: [] as string[] };
  // (Written as the app writes stdout: the lines of one event-loop turn together, src/log.ts batchedSink.)
  const toFile = batchedSink((chunk) => writeSync(logFd, chunk));
  const logger = createLogger({
    level: "info",
    sink: (line) => {
      counts.lines++;
      if (line.includes('"level":"error"') && counts.errors++ < 3) counts.firstErrors.push(line.trim());
      if (line.includes('"E_QUEUE_FULL"')) counts.queueFull++;
      if (line.includes('"E_HANDLER"')) counts.handlerFailed++;
      toFile(line);
    },
  });
  // app-ack-only (diagnostic): the same webhook path with background answering stubbed out (an engine that
  // answers at once and a sender that sends nothing), to separate the ack path from the background work.
  const ackOnly = values.target === "app-ack-only";
  const stateFile = join(dir, "data", "state.sqlite");
  const notices = openSqliteNoticeStores(stateFile);
  const tracker = revisionTracker(notices.added);
  const addedSource = addedKnowledgeSource(notices.added);
  // As src/runtime/node.ts: the answer threads checkpoint the WAL, the acking thread's stores leave it to them.
  // As src/runtime/node.ts: messages answered whole in the answer threads, replies through the sender thread's
  // channel (--messages-here, --sender-here and --no-turn: on this thread, the wiring before).
  const messagesInThreads =
    values.target === "app" && !values["sender-here"] && !values["no-turn"] && !values["messages-here"];
  const senderChannel = `sender-bench-${process.pid}`;
  const pool =
    values.target === "app"
      ? createAnswerPool({
          dataDir: join(dir, "data"),
          statePath: stateFile,
          checkpointEveryMs: 1000,
          ...(messagesInThreads ? { logger, messages: { senderChannel, level: "info" as const, progress: {} } } : {}),
        })
      : undefined;
  const wal = pool ? { walAutocheckpoint: FALLBACK_AUTOCHECKPOINT_PAGES } : {};
  const full = ackOnly
    ? { ...fakeEngine().engine, reload: async () => {} }
    : pool
      ? await tracker.track(() => pool.engine)
      : await createEngine({ dataDir: join(dir, "data"), added: addedSource.load });
  // --no-turn: the pool answers, but the rest of each turn runs here (the wiring before BotEngine.turn).
  const engine = values["no-turn"]
    ? {
        get knowledge() {
          return full.knowledge;
        },
        answer: (question: string) => full.answer(question),
        briefing: (scope?: string) => full.briefing(scope),
        reload: () => full.reload(),
      }
    : full;
  const reloader = startKnowledgeReloader({
    reload: () => (pool ? tracker.track(() => engine.reload()) : engine.reload()),
    source: pool ? tracker : addedSource,
    store: notices.added,
    logger,
    intervalMs: 0,
  });
  // As src/runtime/node.ts wires it: the sender in its own thread (the pool app); --sender-here and the in-process
  // app: on the server's own thread.
  const threadSender: ThreadSender | undefined =
    ackOnly || !pool || values["sender-here"]
      ? undefined
      : createThreadSender({
          appId: FAKE_APP_ID,
          appSecret: FAKE_APP_SECRET,
          domain: values.feishu,
          logger,
          channel: senderChannel,
        });
  const sender: Sender = ackOnly
    ? {
        reply: async () => ({ ok: true, msgType: "text", messageId: undefined, attempts: 1 }),
        create: async () => ({ ok: true, msgType: "text", messageId: undefined, attempts: 1 }),
        botOpenId: async () => FAKE_BOT_OPEN_ID,
      }
    : (threadSender ??
      createFeishuSender({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: values.feishu, logger }));
  // As src/runtime/node.ts wires the message path: one SQLite file for dedup + inbox and follow-up contexts,
  // subscription commands, in-place progress updates.
  const dedup = openSqliteDedupStore(stateFile, wal);
  const contexts = openSqliteContextStore(stateFile, wal);
  const bot = createApp({
    config: { verificationToken: TOKEN, encryptKey: values.encrypt ? ENCRYPT_KEY : undefined },
    engine,
    dedup,
    inbox: dedup,
    sender,
    logger,
    followUps: createFollowUps({ store: contexts, logger }),
    progress: {},
    subscriptions: createSubscriptionCommands({
      store: notices.subscriptions,
      knowledge: () => ("knowledge" in engine && engine.knowledge ? engine.knowledge : loadKnowledge()),
      logger,
    }),
    maxPending: values["max-pending"] ? Number(values["max-pending"]) : undefined,
    ...(messagesInThreads && pool ? { answerElsewhere: answerInThreads(pool, sender) } : {}),
    admin: {
      token: values["admin-token"],
      stores: notices,
      baseFiles: () => readKnowledgeFiles(),
      reload: (reason) => reloader.reload(reason),
      // An add's checks in an answer thread; after the IPC request "plan-here", on the server's own thread (the
      // wiring before the planner), for the before/after of the add phase in the same run.
      ...(pool
        ? {
            planner: (task: AddTask) =>
              planHere ? Promise.resolve(planAdd(readKnowledgeFiles(), task)) : pool.planner(task),
          }
        : {}),
    },
  });
  // BENCH_WEB_BODY=1: hide @hono/node-server's Node request from the app, so it reads the body through the web
  // Request stream (its path before the direct read) — for before/after comparisons.
  fetchHandler = process.env.BENCH_WEB_BODY ? (request: Request) => bot.fetch(request) : bot.fetch;
  drain = async () => {
    const started = performance.now();
    await bot.idle();
    return { drainMs: performance.now() - started, ...counts };
  };
  close = async () => {
    reloader.stop();
    await bot.idle();
    await threadSender?.close();
    await pool?.close();
    await notices.close();
    await dedup.close();
    closeSync(logFd);
  };
} else {
  throw new Error(`unknown --target ${values.target}`);
}

const server = await new Promise<Server>((resolve) => {
  const s = serveHttp({ fetch: fetchHandler, port: 0, hostname: "127.0.0.1" }, () => resolve(s as Server)) as Server;
});
server.keepAliveTimeout = 120_000;

serve({
  cpu: async () => {
    const { user, system } = process.cpuUsage();
    return { cpuMs: (user + system) / 1000, mainCpuMs: mainThreadCpuMs(), at: performance.now(), ...stallsSinceLast() };
  },
  drain: async () => drain(),
  "plan-here": async () => {
    planHere = true;
    return {};
  },
  stop: async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await close();
    rmSync(dir, { recursive: true, force: true });
    setImmediate(() => process.exit(0));
    return {};
  },
});
await send({ type: "ready", port: (server.address() as AddressInfo).port });
