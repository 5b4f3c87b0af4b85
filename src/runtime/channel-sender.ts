/**
 * A Sender for an answer thread that answers messages whole (src/runtime/answer-thread.ts): its calls go to the
 * sender thread (src/runtime/sender-thread.ts) on a BroadcastChannel, so every reply still leaves through the one
 * sender that holds the token cache and the per-chat limit, and the thread that acks webhooks never sees it.
 *
 * - Each call carries this thread's id and a number; the sender thread answers on the channel addressed to it
 *   (other threads on the channel ignore it).
 * - The bot's open_id is the one the acking thread knows (it comes with each message): no call for it.
 * - When the sender thread dies, the main thread starts another, which says so on the channel: the calls waiting
 *   for the one before get a failed outcome at once, as the main thread's own do (a send never throws; the message
 *   is then finished like any reply Feishu refused, and logged). A call not answered within `timeoutMs` fails too.
 */
import { BroadcastChannel, threadId } from "node:worker_threads";
import { ErrorCodes } from "../errors.ts";
import type { Sender, SendOutcome } from "../feishu/send.ts";
import type { ChannelMessage, SenderOp } from "./sender-thread.ts";

export type ChannelSender = Required<Pick<Sender, "reply" | "create" | "update">> &
  Sender & {
    /** The bot's open_id as the acking thread knows it (set with each message). */
    knownBotOpenId: string | undefined;
    close(): void;
  };

/** Long enough for the sender's own retries and the per-chat limit's waits (a minute at most, send.ts). */
const DEFAULT_TIMEOUT_MS = 3 * 60_000;

export function createChannelSender(name: string, timeoutMs = DEFAULT_TIMEOUT_MS): ChannelSender {
  const channel = new BroadcastChannel(name);
  const pending = new Map<number, (outcome: SendOutcome) => void>();
  let nextId = 1;
  const failed: SendOutcome = {
    ok: false,
    code: ErrorCodes.E_SEND_FAILED,
    feishuCode: undefined,
    attempts: 0,
    dropped: false,
  };
  channel.onmessage = (event: unknown) => {
    const message = (event as { data: ChannelMessage }).data;
    if (!message) return;
    // (A sender thread just started: whatever this thread was waiting for went to one that died, or to none.)
    if ("started" in message) {
      for (const settle of [...pending.values()]) settle(failed);
      return;
    }
    if (!("to" in message) || message.to !== threadId) return;
    pending.get(message.id)?.(message.outcome as SendOutcome);
  };
  // (Only a call waiting for its outcome keeps the thread's loop busy.)
  const unref = () => (channel as unknown as { unref?: () => void }).unref?.();
  const ref = () => (channel as unknown as { ref?: () => void }).ref?.();
  unref();

  const call = (op: SenderOp, request: unknown): Promise<SendOutcome> =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => settle(failed), timeoutMs);
      const settle = (outcome: SendOutcome) => {
        clearTimeout(timer);
        pending.delete(id);
        if (pending.size === 0) unref();
        resolve(outcome);
      };
      pending.set(id, settle);
      ref();
      const message: ChannelMessage = { from: threadId, call: { id, op, request } };
      channel.postMessage(message);
    });

  const sender: ChannelSender = {
    knownBotOpenId: undefined,
    reply: (request) => call("reply", request),
    create: (request) => call("create", request),
    update: (request) => call("update", request),
    botOpenId: async () => sender.knownBotOpenId,
    close: () => channel.close(),
  };
  return sender;
}
