/**
 * One question turn, computed where the engine is (an answer thread, src/runtime/answer-pool.ts), so the thread
 * that acks webhooks does none of its CPU work: completing a follow-up from the stored context, answering,
 * presenting, working out the context the turn leaves, and rendering the card and text sent to Feishu.
 *
 * The thread that acks keeps only the I/O around it: reading the context from its store before, writing what the
 * turn leaves after, sending the card (src/bot/handle.ts, src/app.ts). The steps and their order are those of the
 * in-process path (`FollowUps.resolve` → `respond` → `FollowUps.remember` → `renderReply`), with the same rules:
 *   - a question is completed only when the conversation has a context key and its context could be read;
 *   - a request that tries to steer the bot gets the refusal, is not presented, and leaves no context;
 *   - a question that names nothing leaves no context (the previous one stays);
 *   - an engine failure rejects: the caller apologises, and nothing is remembered.
 */
import { contextAfter, type FollowUpRule, parseContext, resolveFollowUp } from "../answer/followup.ts";
import type { Answer } from "../answer/types.ts";
import { type Card, type CardContent, type CardOptions, renderCard, renderText } from "../feishu/render.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { refusal, screenRequest } from "../llm/injection.ts";
import { presentAnswer } from "./presentation.ts";

export const BOT_NAME = "高新区协同助手";

/** How answer cards look (title, the sources panel's label): the same wherever they are rendered. */
export const CARD_OPTIONS: CardOptions = { defaultTitle: BOT_NAME, sourcesLabel: "来源" };

export type TurnRequest = {
  /** The question as the user asked it (mentions stripped). */
  question: string;
  /** Complete it from `context` (the conversation has a context key and its store answered). */
  resolve: boolean;
  /** The stored context (JSON), when there is one. */
  context: string | undefined;
  /** The conversation has keys to write a context under. */
  remember: boolean;
};

/** The card may come serialised (CardContent): from an answer thread it does. */
export type Rendered = { card: CardContent; text: string };

export type TurnResult = {
  /** The question answered (completed from the context when `rule` is set). */
  question: string;
  rule: FollowUpRule | undefined;
  /** The answer as shown (with `understoodAs` for a completed follow-up). */
  answer: Answer;
  /** The context this turn leaves (JSON); undefined: keep the previous one. */
  context: string | undefined;
  rendered: Rendered;
};

export type TurnEngine = {
  answer(question: string): Promise<Answer> | Answer;
  readonly knowledge: Knowledge;
};

export function renderAnswer(answer: Answer): { card: Card; text: string } {
  return { card: renderCard(answer, CARD_OPTIONS), text: renderText(answer, CARD_OPTIONS) };
}

export async function computeTurn(engine: TurnEngine, request: TurnRequest): Promise<TurnResult> {
  const knowledge = engine.knowledge;
  let question = request.question;
  let rule: FollowUpRule | undefined;
  if (request.resolve) {
    const resolution = resolveFollowUp(question, parseContext(request.context), knowledge);
    if (resolution.rewritten) {
      question = resolution.question;
      rule = resolution.rule;
    }
  }
  const steering = screenRequest(question);
  const answered = steering
    ? refusal()
    : presentAnswer(await engine.answer(question), { question, briefing: false, knowledge });
  const after = request.remember && !steering ? contextAfter(question, knowledge) : undefined;
  const answer = rule ? { ...answered, understoodAs: question } : answered;
  return {
    question,
    rule,
    answer,
    context: after ? JSON.stringify(after) : undefined,
    rendered: renderAnswer(answer),
  };
}
