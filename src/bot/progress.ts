/**
 * Slow answers in place: a card is posted as soon as an answer turns out to be slow, then updated
 * (PATCH /open-apis/im/v1/messages/:message_id) as partial answers arrive, and finally replaced by the answer.
 *
 *  - "slow" means: the engine reports progress (an LLM started writing — the card then shows what passed the
 *    citation guard so far), or no answer after `slowAfterMs` (the card shows "正在检索…");
 *  - a fast answer never sees a placeholder: it is sent once, as a normal reply, by the caller;
 *  - updates are at least `minUpdateIntervalMs` apart (Feishu allows 5 updates/s per message) and in order;
 *    only the newest partial answer is sent when several arrive in between;
 *  - the placeholder uses the reply uuid of the message (a redelivery cannot post it twice); if it cannot be
 *    updated at the end (refused, failed, posted as text), the answer is sent as a new reply with its own uuid,
 *    so the user always gets the final answer;
 *  - after a restart, a placeholder may stand from the process that died. A resumed answer goes out with
 *    `replyFinal(…, resumed: true)`: its reply shares the placeholder's uuid, so Feishu answers with that very
 *    placeholder instead of posting — which is then replaced in place by the answer. Without that step a fast
 *    resumed answer would leave "正在检索…" standing forever; with a second uuid it would post a second reply
 *    when the dead process had already delivered the answer.
 */
import type { Answer, AnswerOptions } from "../answer/types.ts";
import { type CardContent, type CardOptions, renderCard, renderProgressCard } from "../feishu/render.ts";
import { replyUuid, type Sender, type SendOutcome } from "../feishu/send.ts";
import type { LogFields, Logger } from "../log.ts";
import type { BotEngine } from "./handle.ts";
import type { TurnRequest } from "./turn.ts";

export type ProgressSettings = {
  /** No answer after this long → the "正在检索…" card (ms). */
  slowAfterMs: number;
  /** Between two card updates at least (ms). */
  minUpdateIntervalMs: number;
};

export const DEFAULT_PROGRESS: ProgressSettings = { slowAfterMs: 1000, minUpdateIntervalMs: 500 };

export type ProgressReply = {
  /** The engine for this one message, reporting to this reply. */
  wrap(engine: BotEngine): BotEngine;
  /** Delivers the final reply in place when a card was posted; undefined → nothing was posted, send normally. */
  finish(outgoing: { card?: CardContent; text: string }): Promise<SendOutcome | undefined>;
};

export function createProgressReply(args: {
  sender: Sender & { update: NonNullable<Sender["update"]> };
  messageId: string;
  chatId: string;
  log: LogFields;
  logger: Logger;
  cardOptions: CardOptions;
  settings?: Partial<ProgressSettings>;
}): ProgressReply {
  const { sender, messageId, chatId, logger, cardOptions } = args;
  const settings = { ...DEFAULT_PROGRESS, ...args.settings };
  const log = logger.child(args.log);

  let timer: NodeJS.Timeout | undefined;
  let placeholder: Promise<SendOutcome> | undefined;
  let latest: Answer | undefined;
  let sent: Answer | undefined;
  let lastUpdateAt = 0;
  let chain: Promise<void> = Promise.resolve();
  let flushQueued = false;
  let finished = false;

  const post = () => {
    if (placeholder || finished) return;
    clearTimeout(timer);
    const card = latest ? renderCard(latest, cardOptions) : renderProgressCard(cardOptions);
    sent = latest;
    lastUpdateAt = Date.now();
    placeholder = sender.reply({
      messageId,
      chatId,
      card,
      text: "正在检索…",
      uuid: replyUuid(messageId),
      log: args.log,
    });
    log.debug("progress card posted", { partial: Boolean(latest) });
  };

  /** The card message to update, when the placeholder went out as a card. */
  const target = async (): Promise<string | undefined> => {
    const outcome = await placeholder;
    return outcome?.ok && outcome.msgType === "interactive" ? outcome.messageId : undefined;
  };

  const queueFlush = () => {
    if (flushQueued || finished) return;
    flushQueued = true;
    chain = chain.then(async () => {
      const id = await target();
      const wait = lastUpdateAt + settings.minUpdateIntervalMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      flushQueued = false;
      if (finished || !id || !latest || latest === sent) return;
      sent = latest;
      lastUpdateAt = Date.now();
      const outcome = await sender.update({
        messageId: id,
        chatId,
        card: renderCard(latest, cardOptions),
        log: args.log,
      });
      if (!outcome.ok) log.debug("progress update failed", { code: outcome.code });
    });
  };

  const onProgress = (partial: Answer) => {
    if (finished) return;
    latest = partial;
    if (!placeholder) post();
    else queueFlush();
  };

  return {
    wrap(engine) {
      return {
        get knowledge() {
          return engine.knowledge;
        },
        briefing: (scope) => engine.briefing(scope),
        // A turn in an answer thread reports no partial answers: only the "正在检索…" card if it is slow.
        ...(engine.turn
          ? {
              turn: (request: TurnRequest) => {
                if (!placeholder && !timer) timer = setTimeout(post, settings.slowAfterMs);
                return (engine.turn as NonNullable<BotEngine["turn"]>)(request);
              },
            }
          : {}),
        answer(question: string, options?: AnswerOptions) {
          if (!placeholder && !timer) timer = setTimeout(post, settings.slowAfterMs);
          return engine.answer(question, {
            onProgress: (partial) => {
              options?.onProgress?.(partial);
              onProgress(partial);
            },
          });
        },
      };
    },

    async finish(outgoing) {
      clearTimeout(timer);
      finished = true;
      if (!placeholder) return undefined;
      await chain;
      const id = await target();
      const card = outgoing.card ?? renderCard({ kind: "none", answer: outgoing.text, citations: [] }, cardOptions);
      if (id) {
        const outcome = await sender.update({ messageId: id, chatId, card, log: args.log });
        if (outcome.ok) return outcome;
        log.warn("final card update failed, replying instead", { code: outcome.code });
      }
      return sender.reply({
        messageId,
        chatId,
        card: outgoing.card,
        text: outgoing.text,
        uuid: replyUuid(messageId, "final"),
        log: args.log,
      });
    },
  };
}

/**
 * The final reply when this process posted no placeholder. `resumed`: an earlier process may have posted one (or
 * the answer itself) with this message's reply uuid; Feishu then returns that message instead of posting, and it is
 * updated in place to the answer (a message this reply has just posted is updated to what it already shows).
 */
export async function replyFinal(args: {
  sender: Sender;
  messageId: string;
  chatId: string;
  outgoing: { card?: CardContent; text: string };
  resumed: boolean;
  log: LogFields;
  logger: Logger;
  cardOptions: CardOptions;
}): Promise<SendOutcome> {
  const { sender, messageId, chatId, outgoing } = args;
  const outcome = await sender.reply({
    messageId,
    chatId,
    card: outgoing.card,
    text: outgoing.text,
    uuid: replyUuid(messageId),
    log: args.log,
  });
  if (!args.resumed || !outcome.ok || !outcome.messageId || !sender.update) return outcome;
  const card = outgoing.card ?? renderCard({ kind: "none", answer: outgoing.text, citations: [] }, args.cardOptions);
  const updated = await sender.update({ messageId: outcome.messageId, chatId, card, log: args.log });
  // A text message cannot be updated: then the reply was not a card placeholder, and it already shows the answer.
  if (!updated.ok) args.logger.child(args.log).debug("resumed reply not updated in place", { code: updated.code });
  return outcome;
}
