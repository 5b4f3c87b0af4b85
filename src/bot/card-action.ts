/**
 * What a button on an answer card does (src/feishu/card-actions.ts is the contract of the values):
 *   {a: "fb", v: "up" | "down", q}  feedback on the answer to q: recorded (👎 is a gap, src/gaps/); the answer's
 *                                    card comes back with the feedback buttons replaced by a thank-you note, if the
 *                                    answer can be rebuilt within the budget (else a toast only);
 *   {a: "ask", q}                   a suggested question: answered as if it had been typed, as a reply to the card
 *                                    in that chat (in the background); the callback answers with a toast at once.
 * Each callback is deduplicated by its event_id (a redelivery does nothing twice, and still gets its toast).
 * Verification (signature, decryption, token) happened before, in src/app.ts, as for every event.
 */
import { parseCardActionValue } from "../feishu/card-actions.ts";
import {
  CARD_CALLBACK_DEADLINE_MS,
  type CardCallbackResponse,
  parseCardAction,
  replaceCallbackButtons,
} from "../feishu/card-callback.ts";
import type { GapRecorder } from "../gaps/recorder.ts";
import type { LogFields, Logger } from "../log.ts";
import type { DedupStore } from "../store/types.ts";

export type CardActionDeps = {
  dedup: DedupStore;
  dedupTtlMs: number;
  gaps?: GapRecorder;
  logger: Logger;
  /** The card of the answer to `question` as it would be sent now (undefined: cannot be rebuilt). */
  answerCard(question: string): Promise<unknown | undefined>;
  /** Answers `question` in the background as a reply to the card message (as if typed in that chat). */
  ask(
    question: string,
    target: { messageId: string; chatId: string; openId: string | undefined; eventId: string },
  ): void;
  /** Time allowed to rebuild the card, under Feishu's 3 s deadline (default 1500 ms). */
  cardBudgetMs?: number;
};

export type CardActionResult = { status: number; body: CardCallbackResponse | Record<string, unknown> };

export const FEEDBACK_THANKS = { up: "感谢反馈 👍", down: "已收到反馈，我们会补充这方面的内容" } as const;
export const FEEDBACK_NOTE = {
  up: "👍 已收到反馈，谢谢！",
  down: "👎 已收到反馈：这个问题会交给知识维护人员补充。",
} as const;

/** Resolves with `work`'s value, or undefined once `ms` have passed. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function handleCardAction(
  envelope: { eventId: string; event: unknown },
  ids: LogFields,
  deps: CardActionDeps,
): Promise<CardActionResult> {
  const log = deps.logger.child(ids);
  const action = parseCardAction(envelope.event);
  if (!action) {
    log.warn("card callback without action", { code: "E_BAD_EVENT" });
    return { status: 400, body: { code: "E_BAD_EVENT" } };
  }
  const value = parseCardActionValue(action.value);
  if (!value) {
    log.info("card callback value not ours", { tag: action.tag });
    return { status: 200, body: {} };
  }

  let first: boolean;
  try {
    first = await deps.dedup.firstSeen([`card:${envelope.eventId}`], deps.dedupTtlMs);
  } catch {
    log.error("card callback dedup failed", { code: "E_DEDUP_STORE" });
    return { status: 500, body: { code: "E_DEDUP_STORE" } };
  }

  if (value.a === "fb") {
    const toast = { type: "success" as const, content: FEEDBACK_THANKS[value.v] };
    if (!first) {
      log.info("duplicate card callback ignored", { action: "fb" });
      return { status: 200, body: { toast } };
    }
    await deps.gaps?.feedback(value.q, value.v, { chatType: undefined, openId: action.operatorOpenId });
    log.info("feedback recorded", { vote: value.v, chars: Array.from(value.q).length });
    const card = await within(deps.answerCard(value.q), deps.cardBudgetMs ?? CARD_CALLBACK_DEADLINE_MS / 2);
    const updated =
      card === undefined
        ? undefined
        : replaceCallbackButtons(card, (v) => parseCardActionValue(v)?.a === "fb", {
            tag: "markdown",
            content: FEEDBACK_NOTE[value.v],
          });
    return { status: 200, body: updated === undefined ? { toast } : { toast, card: { type: "raw", data: updated } } };
  }

  const toast = { type: "info" as const, content: `正在回答：${value.q}` };
  if (!first) {
    log.info("duplicate card callback ignored", { action: "ask" });
    return { status: 200, body: { toast } };
  }
  if (!action.messageId || !action.chatId) {
    log.warn("suggestion without the card's message or chat", { code: "E_CARD_ACTION" });
    return { status: 200, body: { toast: { type: "warning", content: "无法在这里回答，请直接发送这个问题。" } } };
  }
  deps.ask(value.q, {
    messageId: action.messageId,
    chatId: action.chatId,
    openId: action.operatorOpenId,
    eventId: envelope.eventId,
  });
  log.info("suggestion queued", { chars: Array.from(value.q).length });
  return { status: 200, body: { toast } };
}
