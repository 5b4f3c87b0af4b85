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
import { BroadcastChannel, parentPort, threadId, workerData } from "node:worker_threads";
import { createFeishuSender, type SendOutcome } from "../feishu/send.ts";
import type { LogLevel } from "../log.ts";
import { forwardingLogger, type LogRecord } from "./forwarding-logger.ts";
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
  /** BroadcastChannel on which answer threads send too (src/runtime/channel-sender.ts); absent: none. */
  channel?: string;
};

export type SenderOp = "reply" | "create" | "update" | "botOpenId";
export type SenderCall = { id: number; op: SenderOp; request?: unknown };
/** On the channel: a call from thread `from`, and its outcome addressed `to` it. */
export type ChannelMessage =
  | { from: number; call: SenderCall }
  | { to: number; id: number; outcome: SendOutcome | string | undefined }
  | { started: number };
export type SenderThreadMessage = { id: number; outcome: SendOutcome | string | undefined } | LogRecord;

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

const sender = createFeishuSender({
  appId: data.appId,
  appSecret: data.appSecret,
  domain: data.domain,
  logger: forwardingLogger(data.level, post),
  ...(data.perChatPerSecond !== undefined ? { perChatPerSecond: data.perChatPerSecond } : {}),
  ...(data.maxAttempts !== undefined ? { maxAttempts: data.maxAttempts } : {}),
  ...(data.requestTimeoutMs !== undefined ? { requestTimeoutMs: data.requestTimeoutMs } : {}),
});

/** One call, answered with its outcome (the sender never throws; should it, the caller still gets one). */
function perform(call: SenderCall, answer: (outcome: SendOutcome | string | undefined) => void): void {
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
  run().then(answer, () =>
    answer({ ok: false, code: "E_SEND_FAILED", feishuCode: undefined, attempts: 0, dropped: false }),
  );
}

port.on("message", (call: SenderCall) => perform(call, (outcome) => post({ id: call.id, outcome })));

// The answer threads send the replies of the messages they answer whole on a BroadcastChannel (src/runtime/
// channel-sender.ts): the same sender, so the token cache and the per-chat limit stay in this one place.
if (data.channel) {
  const channel = new BroadcastChannel(data.channel);
  channel.onmessage = (event: unknown) => {
    const message = (event as { data: ChannelMessage }).data;
    if (!message || !("call" in message)) return;
    perform(message.call, (outcome) => channel.postMessage({ to: message.from, id: message.call.id, outcome }));
  };
  (channel as unknown as { unref?: () => void }).unref?.();
  // (A thread started after one that died: the calls the answer threads were waiting for died with it.)
  channel.postMessage({ started: threadId } satisfies ChannelMessage);
}
