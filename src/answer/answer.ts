/**
 * The answer route, free of Node: facts first, then the passage answerer (retrieval), else an honest "none".
 * Node (engine.ts) and the Worker (src/runtime/worker.ts) answer through this same function.
 */
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import { refusal, screenRequest } from "../llm/injection.ts";
import { FactEngine, SUMMARIES } from "./facts.ts";
import { normalizeQuestion } from "./normalize.ts";
import { parseQuestion } from "./parse.ts";
import { answerByQuery } from "./query/index.ts";
import { smallTalk } from "./smalltalk.ts";
import { suggestionsFor } from "./suggest.ts";
import { type Answer, MAX_QUESTION_CHARS } from "./types.ts";

/** A second opinion for questions the fact engine does not take (retrieval plugs in here). */
export type PassageAnswerer = (question: string, knowledge: Knowledge) => Answer | null | Promise<Answer | null>;

export function notCovered(): Answer {
  return {
    kind: "none",
    answer:
      "抱歉，知识库中的文章没有涉及这个问题。我能回答国家高新区产业协同创新网络（人工智能、纳米新材料、集成电路、物联网、光电子、新型显示）和高新区联盟（京津冀、东北、长三角、淮河等）的成员、成立时间、地点、牵头单位和相关数据。",
    citations: [],
  };
}

/** Answers from one snapshot; pure apart from the optional passage answerer. */
export async function answerWith(knowledge: Knowledge, question: string, passages?: PassageAnswerer): Promise<Answer> {
  const q = question.trim();
  if (!q) return { kind: "none", answer: "请输入问题，例如：物联网网络有哪些成员？", citations: [] };
  if (q.length > MAX_QUESTION_CHARS) {
    return { kind: "none", answer: `问题太长（超过${MAX_QUESTION_CHARS}字），请精简后再问。`, citations: [] };
  }
  // Attempts to steer the bot (its rules, prompt, keys, other chats) are refused before any lookup, on every
  // surface (bot, CLI, playground, Worker).
  if (screenRequest(q)) return refusal();
  const chat = smallTalk(normalize(q));
  if (chat) return chat;
  const normalized = normalizeQuestion(q, knowledge);
  if (normalized.ambiguous) {
    const { from, candidates } = normalized.ambiguous;
    return {
      kind: "none",
      answer: `“${from}”可能是${candidates.map((c) => `“${c}”`).join("或")}，请说明是哪一个。`,
      citations: [],
    };
  }
  const answer = await answerNormalized(knowledge, normalized.text, passages);
  if (normalized.repairs.length === 0) return answer;
  const reading = normalized.repairs.map((r) => `按“${r.to}”理解（原文“${r.from}”）`).join("；");
  return { ...answer, understoodAs: answer.understoodAs ?? normalized.text, notes: [reading, ...(answer.notes ?? [])] };
}

async function answerNormalized(knowledge: Knowledge, q: string, passages?: PassageAnswerer): Promise<Answer> {
  const parsed = parseQuestion(q, knowledge);
  const facts = new FactEngine(knowledge);
  const fact = answerByQuery(knowledge, parsed, (rest) =>
    facts.answer(rest === parsed.text ? parsed : parseQuestion(rest, knowledge)),
  );
  if (fact && !SUMMARIES.has(fact)) return withSuggestions(knowledge, parsed, fact);
  const passage = passages ? await passages(q, knowledge) : null;
  return withSuggestions(knowledge, parsed, passage ?? fact ?? notCovered());
}

/** A refusal offers what can be asked instead (the suggestions are never about the refused detail itself). */
function withSuggestions(knowledge: Knowledge, parsed: ReturnType<typeof parseQuestion>, answer: Answer): Answer {
  if (answer.kind !== "none" || answer.suggestions) return answer;
  const suggestions = suggestionsFor(knowledge, parsed);
  return suggestions.length ? { ...answer, suggestions } : answer;
}
