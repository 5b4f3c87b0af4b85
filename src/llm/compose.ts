/**
 * LLM-written passage answers, on top of the extractive engine.
 *
 *  - Only answers of kind "passage" are rewritten; facts and "none" pass through untouched and never reach
 *    the model. The model sees the quoted passages of the extractive answer (numbered) and the question — nothing
 *    else (no facts, no conversation context, no configuration).
 *  - What it writes goes through the citation guard (guard.ts) sentence by sentence. While streaming, only
 *    sentences that are complete and passed the guard are shown (`onProgress`).
 *  - If too little survives (no sentence, or under `minKeptShare` of the text), or the call fails in any way
 *    (timeout, 429/5xx after retries, malformed output, open circuit), the extractive answer is returned.
 *  - The final answer's citations are the passages its sentences cite, renumbered [1]…[n] in first-cited order;
 *    their quotes are the extractive answer's, i.e. exact substrings of the articles.
 */
import type { Answer, AnswerOptions, Citation } from "../answer/types.ts";
import type { BotEngine } from "../bot/handle.ts";
import { ErrorCodes } from "../errors.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { describeError, type Logger } from "../log.ts";
import type { ChatClient } from "./client.ts";
import { type GuardResult, guardAnswer, type KeptSentence, splitSentences } from "./guard.ts";
import { screenRequest } from "./injection.ts";
import { buildMessages, SYSTEM_PROMPT } from "./prompt.ts";

export type Composer = {
  compose(question: string, extractive: Answer, knowledge: Knowledge, options?: AnswerOptions): Promise<Answer>;
};

export type ComposerOptions = {
  client: ChatClient;
  logger: Logger;
  /** Values the answer must never contain (API keys, app secrets). */
  secrets?: readonly string[];
  /** Share of the written text that must survive the guard (default 0.5). */
  minKeptShare?: number;
  /** Passages given to the model at most. */
  maxPassages?: number;
  clock?: { now(): number };
};

export function createLlmComposer(options: ComposerOptions): Composer {
  const { client, logger } = options;
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 4);
  const minKeptShare = options.minKeptShare ?? 0.5;
  const maxPassages = options.maxPassages ?? 6;
  const clock = options.clock ?? { now: Date.now };

  return {
    async compose(question, extractive, knowledge, answerOptions = {}) {
      if (extractive.kind !== "passage" || extractive.citations.length === 0) return extractive;
      if (screenRequest(question)) return extractive; // never send a steering attempt to the model
      const citations = extractive.citations.slice(0, maxPassages);
      const passages = citations.map((c) => c.quote);
      const guard = (text: string) => guardAnswer(text, { knowledge, passages, secrets, confidential: SYSTEM_PROMPT });
      const started = clock.now();

      // Streaming: after each piece, guard the complete sentences and show what passed.
      let buffer = "";
      let shown = 0;
      const onDelta = answerOptions.onProgress
        ? (piece: string) => {
            buffer += piece;
            const sentences = splitSentences(buffer);
            const complete = sentences.slice(0, -1).map((s) => s.raw);
            if (complete.length === 0) return;
            const result = guard(complete.join(""));
            if (result.kept.length <= shown) return;
            shown = result.kept.length;
            answerOptions.onProgress?.(generatedAnswer(extractive, citations, result.kept, result, client.model, true));
          }
        : undefined;

      // Tell the caller the model is writing (the card shows "正在根据引文生成摘要…" at once) — unless the circuit
      // is open, in which case the extractive answer follows immediately.
      if (client.breaker.state !== "open")
        answerOptions.onProgress?.(
          generatedAnswer(
            extractive,
            citations,
            [],
            { kept: [], dropped: [], totalChars: 0, keptChars: 0 },
            client.model,
            true,
          ),
        );
      let text: string;
      try {
        text = await client.complete(buildMessages(question, citations), { onDelta });
      } catch (error) {
        logger.warn("llm answer failed, sending the extractive answer", {
          ...describeError(error),
          llm_ms: clock.now() - started,
        });
        return extractive;
      }

      const result = guard(text);
      const enough = result.kept.length > 0 && result.keptChars >= minKeptShare * result.totalChars;
      const reasons = [...new Set(result.dropped.map((d) => d.reason))];
      if (!enough) {
        logger.warn("llm answer failed the citation guard, sending the extractive answer", {
          code: ErrorCodes.E_LLM_GUARD,
          kept: result.kept.length,
          dropped: result.dropped.length,
          reasons,
          llm_ms: clock.now() - started,
        });
        return extractive;
      }
      const answer = generatedAnswer(extractive, citations, result.kept, result, client.model, false);
      // Belt and braces: the guard drops sentences with secrets; the whole text is checked once more.
      if (secrets.some((s) => answer.answer.includes(s))) {
        logger.error("llm answer contained a secret, sending the extractive answer", { code: ErrorCodes.E_LLM_GUARD });
        return extractive;
      }
      logger.info("llm answer", {
        kept: result.kept.length,
        dropped: result.dropped.length,
        reasons,
        llm_ms: clock.now() - started,
      });
      return answer;
    },
  };
}

/** The generated answer: guarded sentences with renumbered [n] markers, and the cited quotes in that order. */
function generatedAnswer(
  extractive: Answer,
  citations: readonly Citation[],
  kept: readonly KeptSentence[],
  result: GuardResult,
  model: string,
  partial: boolean,
): Answer {
  const order: number[] = [];
  for (const s of kept) for (const n of s.cites) if (!order.includes(n)) order.push(n);
  const renumber = (n: number) => order.indexOf(n) + 1;
  const sentences = kept.map((s) => {
    const marks = s.cites.map((n) => `[${renumber(n)}]`).join("");
    const end = /[。！？!?；;.]$/.exec(s.text)?.[0] ?? "";
    return `${s.text.slice(0, s.text.length - end.length)}${marks}${end || "。"}`;
  });
  return {
    kind: "passage",
    title: extractive.title,
    answer: sentences.join(""),
    citations: order.map((n) => citations[n - 1]).filter((c): c is Citation => c !== undefined),
    notes: extractive.notes,
    generated: { model, sentences: kept.length, dropped: result.dropped.length, ...(partial ? { partial } : {}) },
  };
}

/** The engine with LLM-written passage answers; everything else (facts, briefing, knowledge) as before. */
export function withLlm(engine: BotEngine, composer: Composer): BotEngine {
  return {
    get knowledge() {
      return engine.knowledge;
    },
    briefing: (scope) => engine.briefing(scope),
    async answer(question, options) {
      const extractive = await engine.answer(question);
      const knowledge = engine.knowledge;
      if (!knowledge) return extractive;
      return composer.compose(question, extractive, knowledge, options);
    },
  };
}
