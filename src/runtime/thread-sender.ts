/**
 * A Sender whose sends run in a worker thread of their own (src/runtime/sender-thread.ts): the same sender of
 * src/feishu/send.ts — real SDK, token cache, per-chat limit, retries with the same uuid, card → text fallback —
 * so every guarantee it gives holds as before, but the thread that acks webhooks only posts a message per send and
 * reads the outcome back. On Node the runtime wires this (src/runtime/node.ts); tests and the Workers runtime use
 * createFeishuSender directly.
 *
 * - Exactly once: a call is handed to the thread once and answered once (by its id); the reply uuid travels with
 *   the request, so Feishu's deduplication works as it did.
 * - The bot's open_id is cached here once known (every message asks for it).
 * - The thread's log calls are written by `logger` here (its level, redaction and sink); the app secret stays
 *   registered with it.
 * - On Linux the thread runs a little below the acking thread (src/runtime/thread-priority.ts).
 * - The thread starts at once (it loads while the engine does). If it dies, the calls it held get a failed outcome
 *   (E_SEND_FAILED, logged) — a send never throws — and the next call starts a new thread. The thread does not keep the process alive while nothing is pending.
 */
import { Worker } from "node:worker_threads";
import { ErrorCodes } from "../errors.ts";
import type { CreateRequest, ReplyRequest, Sender, SendOutcome, UpdateRequest } from "../feishu/send.ts";
import type { Logger, LogLevel } from "../log.ts";
import { withoutTsx } from "./answer-pool.ts";
import { writeLogRecord } from "./forwarding-logger.ts";
import type { SenderCall, SenderOp, SenderThreadData, SenderThreadMessage } from "./sender-thread.ts";
import { SENDER_THREAD_NICE } from "./thread-priority.ts";

export type ThreadSenderOptions = Omit<SenderThreadData, "level"> & {
  logger: Logger;
  /** The level `logger` writes at (calls below it stay in the thread). Default "info". */
  level?: LogLevel;
};

export type ThreadSender = Sender & {
  update: NonNullable<Sender["update"]>;
  /** Ends the thread once the calls it holds are answered. */
  close(): Promise<void>;
};

export function createThreadSender(options: ThreadSenderOptions): ThreadSender {
  const { logger, ...rest } = options;
  logger.addSecret(options.appSecret);
  const data: SenderThreadData = { nice: SENDER_THREAD_NICE, ...rest, level: options.level ?? "info" };
  const pending = new Map<number, (outcome: SendOutcome | string | undefined) => void>();
  let nextId = 1;
  let worker: Worker | undefined;
  let closed = false;
  let idle: (() => void) | undefined;

  const settle = (id: number, outcome: SendOutcome | string | undefined) => {
    const resolve = pending.get(id);
    if (!resolve) return;
    pending.delete(id);
    resolve(outcome);
    if (pending.size === 0) {
      worker?.unref();
      idle?.();
    }
  };

  const start = (): Worker => {
    const w = new Worker(new URL("./sender-thread.mjs", import.meta.url), {
      workerData: data,
      execArgv: withoutTsx(process.execArgv),
    });
    w.on("message", (message: SenderThreadMessage) => {
      if ("id" in message) settle(message.id, message.outcome);
      else writeLogRecord(logger, message);
    });
    const died = (reason: string) => {
      if (worker !== w) return;
      worker = undefined;
      if (!closed || pending.size > 0) {
        logger.error("sender thread stopped", { code: ErrorCodes.E_SEND_FAILED, reason, calls: pending.size });
      }
      for (const id of [...pending.keys()]) {
        settle(id, { ok: false, code: ErrorCodes.E_SEND_FAILED, feishuCode: undefined, attempts: 0, dropped: false });
      }
      // The answer threads send on the channel, not through this side: a new thread listens for them at once (and
      // tells them the calls they were waiting for are lost, src/runtime/channel-sender.ts).
      if (!closed && data.channel) worker = start();
    };
    w.on("error", (error) => died(error instanceof Error ? error.message : String(error)));
    w.on("exit", (code) => died(`exit ${code}`));
    w.unref();
    return w;
  };

  function call(op: SenderOp, request?: unknown): Promise<SendOutcome | string | undefined> {
    if (closed) {
      return Promise.resolve({
        ok: false,
        code: ErrorCodes.E_SEND_FAILED,
        feishuCode: undefined,
        attempts: 0,
        dropped: false,
      });
    }
    worker ??= start();
    const id = nextId++;
    const message: SenderCall = { id, op, request };
    return new Promise((resolve) => {
      pending.set(id, resolve);
      if (pending.size === 1) worker?.ref(); // a send in flight keeps the process up
      worker?.postMessage(message);
    });
  }

  // Started now, not on the first send: the thread compiles and loads the SDK while the engine loads, so the first
  // reply after a start does not wait for it.
  worker = start();

  let botOpenId: string | undefined;
  return {
    reply: (request: ReplyRequest) => call("reply", request) as Promise<SendOutcome>,
    create: (request: CreateRequest) => call("create", request) as Promise<SendOutcome>,
    update: (request: UpdateRequest) => call("update", request) as Promise<SendOutcome>,
    async botOpenId() {
      // Known once, then constant: no round trip per message.
      if (botOpenId !== undefined) return botOpenId;
      const id = (await call("botOpenId")) as string | undefined;
      if (typeof id === "string") botOpenId = id;
      return botOpenId;
    },
    async close() {
      closed = true;
      if (pending.size > 0) await new Promise<void>((resolve) => (idle = resolve));
      await worker?.terminate();
      worker = undefined;
    },
  };
}
