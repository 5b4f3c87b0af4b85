/**
 * The card callback as src/app.ts mounts it: handleCardAction (src/bot/card-action.ts) given the app's engine,
 * renderer, sender, dedup store and background runner. A suggestion is answered like a typed question (the same
 * screening and engine, kind `none` recorded as a gap) and sent as a reply to the card, with its own reply uuid
 * per callback event (a redelivered callback never posts twice).
 */
import type { Answer } from "../answer/types.ts";
import { ErrorCodes } from "../errors.ts";
import type { Card } from "../feishu/render.ts";
import { replyUuid, type Sender } from "../feishu/send.ts";
import type { GapRecorder } from "../gaps/recorder.ts";
import { describeError, type LogFields, type Logger } from "../log.ts";
import type { DedupStore } from "../store/types.ts";
import { type CardActionResult, handleCardAction } from "./card-action.ts";
import { type BotEngine, respond } from "./handle.ts";

export type CardWiringDeps = {
  engine: () => Promise<BotEngine>;
  render: (reply: { kind: "answer"; answer: Answer } | { kind: "text"; text: string }) => {
    card: Card | undefined;
    text: string;
  };
  sender: Sender;
  dedup: DedupStore;
  dedupTtlMs: number;
  gaps?: GapRecorder;
  logger: Logger;
};

export type CardActions = {
  handle(
    envelope: { eventId: string; event: unknown },
    ids: LogFields,
    background: (work: () => Promise<void>) => void,
  ): Promise<CardActionResult>;
};

export function createCardActions(deps: CardWiringDeps): CardActions {
  const { logger } = deps;

  async function answerCard(question: string): Promise<unknown | undefined> {
    const reply = await respond({ action: "question", text: question }, await deps.engine());
    return reply?.kind === "answer" ? deps.render(reply).card : undefined;
  }

  async function answerSuggestion(
    question: string,
    target: { messageId: string; chatId: string; openId: string | undefined; eventId: string },
  ): Promise<void> {
    const ids = { event_id: target.eventId, message_id: target.messageId, chat_id: target.chatId, source: "card" };
    try {
      const reply = await respond({ action: "question", text: question }, await deps.engine(), (error) =>
        logger.error("engine failed", { ...ids, code: ErrorCodes.E_ENGINE, ...describeError(error) }),
      );
      if (!reply) return;
      if (reply.kind === "answer") {
        await deps.gaps?.answered(question, reply.answer.kind, { chatType: undefined, openId: target.openId });
      }
      const outgoing = deps.render(reply);
      const outcome = await deps.sender.reply({
        messageId: target.messageId,
        chatId: target.chatId,
        card: outgoing.card,
        text: outgoing.text,
        uuid: replyUuid(target.eventId, "card-ask"),
        log: ids,
      });
      logger.info("suggestion answered", { ...ids, ok: outcome.ok, code: outcome.ok ? undefined : outcome.code });
    } catch (error) {
      logger.error("suggestion failed", { ...ids, code: ErrorCodes.E_CARD_ACTION, ...describeError(error) });
    }
  }

  return {
    handle: (envelope, ids, background) =>
      handleCardAction(envelope, ids, {
        dedup: deps.dedup,
        dedupTtlMs: deps.dedupTtlMs,
        gaps: deps.gaps,
        logger,
        answerCard,
        ask: (question, target) => background(() => answerSuggestion(question, target)),
      }),
  };
}
