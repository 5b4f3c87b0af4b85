/**
 * The sender thread (src/runtime/thread-sender.ts): the Feishu sender of src/feishu/send.ts — the real SDK, its
 * tenant token cache, the per-chat limit, the retries with the same uuid, the card → text fallback — running in a
 * worker thread of its own, so the thread that acks webhooks does not build, send and parse the SDK's HTTP
 * requests (axios inside the SDK was the largest single item left on it, docs/benchmarks.md).
 *
 * One thread, one sender: the token cache and the per-chat limit stay in one place, as they were on the main
 * thread. Calls arrive on the parent port ({ id, op, request }) and are answered with { id, outcome }; the
 * sender never throws, so every call gets an outcome. Log calls are sent to the main thread as records
 * ({ log: level, msg, fields }), where the app's logger writes them (level, redaction, sink as before); calls
 * below the configured level never leave the thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createFeishuSender, type SendOutcome } from "../feishu/send.ts";
import type { LogFields, Logger, LogLevel } from "../log.ts";
import { lowerThreadPriority } from "./thread-priority.ts";

export type SenderThreadData = {
  appId: string;
  appSecret: string;
  domain: string;
  /** The main logger's level: calls below it are not sent over. */
  level: LogLevel;
  /** Per-chat sends per second, retry budget … (FeishuSenderOptions), when not the defaults. */
  perChatPerSecond?: number;
  maxAttempts?: number;
  requestTimeoutMs?: number;
  /** Nice steps below the acking thread (src/runtime/thread-priority.ts; Linux only); 0: none. */
  nice?: number;
};

export type SenderOp = "reply" | "create" | "update" | "botOpenId";
export type SenderCall = { id: number; op: SenderOp; request?: unknown };
export type SenderThreadMessage =
  | { id: number; outcome: SendOutcome | string | undefined }
  | { log: LogLevel; msg: string; fields: LogFields }
  | { secret: string };

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const data = workerData as SenderThreadData;
lowerThreadPriority(data.nice ?? 0);
const port = parentPort;
if (!port) throw new Error("sender-thread.ts runs in a worker thread");

function post(message: SenderThreadMessage): void {
  try {
    (port as NonNullable<typeof port>).postMessage(message);
  } catch {
    // A field that cannot be cloned (a function, a socket): sent as JSON instead, which drops those.
    if ("log" in message) {
      const fields = JSON.parse(JSON.stringify(message.fields, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
      (port as NonNullable<typeof port>).postMessage({ ...message, fields });
    }
  }
}

/** A Logger whose lines are written by the main thread's logger. */
export function forwardingLogger(level: LogLevel, send: (message: SenderThreadMessage) => void): Logger {
  const min = LEVELS[level];
  const make = (base: LogFields): Logger => {
    const write = (at: LogLevel) => (msg: string, fields?: LogFields) => {
      if (LEVELS[at] < min) return;
      send({ log: at, msg, fields: { ...base, ...fields } });
    };
    return {
      debug: write("debug"),
      info: write("info"),
      warn: write("warn"),
      error: write("error"),
      child: (fields) => make({ ...base, ...fields }),
      addSecret: (value) => {
        if (typeof value === "string" && value) send({ secret: value });
      },
    };
  };
  return make({});
}

const sender = createFeishuSender({
  appId: data.appId,
  appSecret: data.appSecret,
  domain: data.domain,
  logger: forwardingLogger(data.level, post),
  ...(data.perChatPerSecond !== undefined ? { perChatPerSecond: data.perChatPerSecond } : {}),
  ...(data.maxAttempts !== undefined ? { maxAttempts: data.maxAttempts } : {}),
  ...(data.requestTimeoutMs !== undefined ? { requestTimeoutMs: data.requestTimeoutMs } : {}),
});

port.on("message", (call: SenderCall) => {
  const run = (): Promise<SendOutcome | string | undefined> => {
    switch (call.op) {
      case "reply":
        return sender.reply(call.request as Parameters<typeof sender.reply>[0]);
      case "create":
        return sender.create(call.request as Parameters<typeof sender.create>[0]);
      case "update":
        return (sender.update as NonNullable<typeof sender.update>)(
          call.request as Parameters<NonNullable<typeof sender.update>>[0],
        );
      case "botOpenId":
        return sender.botOpenId();
    }
  };
  run().then(
    (outcome) => post({ id: call.id, outcome }),
    // The sender never throws; should it, the caller still gets an outcome.
    () =>
      post({
        id: call.id,
        outcome: { ok: false, code: "E_SEND_FAILED", feishuCode: undefined, attempts: 0, dropped: false },
      }),
  );
});
