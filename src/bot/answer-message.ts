/**
 * The answer to one message, after the ack: the inbox records that answering started, the message is handled
 * (src/bot/handle.ts: decide, follow-ups, commands, the turn), the reply is sent (in place for slow answers,
 * src/bot/progress.ts), and the message leaves the inbox. Never throws: failures are logged with the message's ids.
 *
 * The app runs it on its own thread (src/app.ts); on Node the answer threads answer the messages they can take
 * (src/runtime/answer-thread.ts) while the inbox stays with the thread that acks: its started and finished join that
 * thread's dedup commits, and the threads write the follow-up contexts to a file of their own, so those writes never
 * hold the state file's lock (only the rare gap records and subscription commands still write it from there).
 */
import { AppError, ErrorCodes } from "../errors.ts";
import type { IncomingMessage } from "../feishu/parse.ts";
import type { Sender } from "../feishu/send.ts";
import type { GapRecorder } from "../gaps/recorder.ts";
import { describeError, type LogFields, type Logger } from "../log.ts";
import type { Inbox } from "../store/types.ts";
import type { SubscriptionCommands } from "../subscriptions/commands.ts";
import type { FollowUps } from "./context.ts";
import { type BotEngine, type BotReply, handleMessage, type ImportCommand } from "./handle.ts";
import { createProgressReply, type ProgressSettings, replyFinal } from "./progress.ts";
import { CARD_OPTIONS, renderAnswer } from "./turn.ts";

export type MessageDeps = {
  /** The engine, once loaded; a failed load gives an engine whose every call fails (the bot apologises). */
  engine: () => Promise<BotEngine>;
  inbox?: Inbox | undefined;
  sender: Sender;
  logger: Logger;
  clock: { now(): number };
  followUps?: FollowUps | undefined;
  /** Show slow answers at once and update them in place; absent → one reply when ready. */
  progress?: Partial<ProgressSettings> | undefined;
  subscriptions?: SubscriptionCommands | undefined;
  gaps?: GapRecorder | undefined;
  importer?: ImportCommand | undefined;
};

/**
 * Answers one message. Resolves false when another instance holds it (PostgreSQL) or its start could not be
 * recorded (it stays in the inbox for the next resume); true once it was handled and left the inbox.
 */
export function answerMessage(deps: MessageDeps, msg: IncomingMessage, ids: LogFields, resumed = false) {
  return inInbox(deps.inbox, deps.logger, msg, ids, async () => {
    await answerOrThrow(deps, msg, ids, resumed);
    return "done";
  });
}

/**
 * Runs `answer` between the inbox's `started` and `finished` for the message (without an inbox: just runs it). It
 * resolves "keep" when the message must stay in the inbox for the next resume (it was not answered: the thread
 * answering it died). Resolves false when the message is not to be answered here (see answerMessage).
 */
export async function inInbox(
  inbox: Inbox | undefined,
  logger: Logger,
  msg: IncomingMessage,
  ids: LogFields,
  answer: () => Promise<"done" | "keep">,
): Promise<boolean> {
  // One attempt counts only here, when answering really starts: a message that waited in the queue, was listed
  // by `resume` or never fit in the queue has not been tried, however long the backlog lasts.
  // Several instances on one database (PostgreSQL): false means another instance holds the message (answering
  // it, or done with it); it is neither answered nor finished here. A start that could not be recorded (database
  // away) leaves the message in the inbox for the next resume instead of answering it unrecorded.
  let mine: boolean;
  try {
    mine = (await inbox?.started(msg.messageId)) !== false;
  } catch (error) {
    logger.error("inbox update failed, message kept for later", {
      ...ids,
      code: ErrorCodes.E_DEDUP_STORE,
      ...describeError(error),
    });
    return false;
  }
  if (!mine) {
    logger.info("message held by another instance", ids);
    return false;
  }
  let outcome: "done" | "keep" = "done";
  try {
    outcome = await answer();
  } catch (error) {
    logger.error("background job failed", { ...ids, code: ErrorCodes.E_HANDLER, ...describeError(error) });
  } finally {
    if (outcome === "done")
      await inbox
        ?.finished(msg.messageId)
        .catch((error: unknown) =>
          logger.error("inbox update failed", { ...ids, code: ErrorCodes.E_DEDUP_STORE, ...describeError(error) }),
        );
  }
  return true;
}

export async function answerOrThrow(deps: MessageDeps, msg: IncomingMessage, ids: LogFields, resumed: boolean) {
  const { logger, clock, sender } = deps;
  const log = logger.child(ids);
  const started = clock.now();
  const engine = await deps.engine();
  // Slow answers get a card at once that is updated in place (needs a sender that can update cards).
  const update = sender.update?.bind(sender);
  const progress =
    deps.progress && update
      ? createProgressReply({
          sender: { ...bindSender(sender), update },
          messageId: msg.messageId,
          chatId: msg.chatId,
          log: ids,
          logger,
          cardOptions: CARD_OPTIONS,
          settings: deps.progress,
        })
      : undefined;
  const { decision, reply } = await handleMessage(msg, {
    engine: progress ? progress.wrap(engine) : engine,
    botOpenId: () => sender.botOpenId(),
    onEngineError: (error) => log.error("engine failed", { code: ErrorCodes.E_ENGINE, ...describeError(error) }),
    subscriptions: deps.subscriptions,
    followUps: deps.followUps,
    importer: deps.importer,
  });
  if (decision.action === "question" && reply?.kind === "answer") {
    // A follow-up is recorded as it was understood ("牵头单位呢" → "…的牵头单位呢").
    const asked = reply.answer.understoodAs ?? decision.text;
    await deps.gaps?.answered(asked, reply.answer.kind, { chatType: msg.chatType, openId: msg.senderOpenId });
  }
  if (!reply) {
    log.info("message ignored", { action: decision.action, reason: "reason" in decision ? decision.reason : "" });
    return;
  }
  log.info("message handled", {
    action: decision.action,
    chars: decision.action === "question" ? Array.from(decision.text).length : undefined,
  });
  const outgoing = renderReply(reply);
  const outcome =
    (await progress?.finish(outgoing)) ??
    (await replyFinal({
      sender,
      messageId: msg.messageId,
      chatId: msg.chatId,
      outgoing,
      resumed,
      log: ids,
      logger,
      cardOptions: CARD_OPTIONS,
    }));
  log.info("reply finished", {
    ok: outcome.ok,
    code: outcome.ok ? undefined : outcome.code,
    msg_type: outcome.ok ? outcome.msgType : undefined,
    attempts: outcome.attempts,
    reply_message_id: outcome.ok ? outcome.messageId : undefined,
    answer_ms: clock.now() - started,
  });
}

/** The card and text to send; an answer turned in an answer thread comes rendered (src/bot/turn.ts). */
export function renderReply(reply: BotReply) {
  if (reply.kind === "text") return { card: undefined, text: reply.text };
  return reply.rendered ?? renderAnswer(reply.answer);
}

/** The sender's methods bound to it, so they can be passed around on their own. */
function bindSender(sender: Sender): Sender {
  return {
    reply: (request) => sender.reply(request),
    create: (request) => sender.create(request),
    botOpenId: () => sender.botOpenId(),
  };
}

/** An engine stand-in whose every call fails: the bot then answers with an apology. */
export function unavailableEngine(cause: unknown): BotEngine {
  const fail = (): never => {
    throw new AppError(ErrorCodes.E_ENGINE, "engine unavailable", { cause });
  };
  return { answer: async () => fail(), briefing: () => fail() };
}
