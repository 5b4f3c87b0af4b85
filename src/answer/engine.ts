/**
 * The answer engine: facts first, then retrieval over the articles, else an honest "none".
 * Holds one immutable knowledge snapshot; `reload` builds a new one and swaps the reference,
 * so answers in flight keep the snapshot they started with.
 */

import { KnowledgeError } from "../knowledge/errors.ts";
import {
  type AddedKnowledge,
  buildKnowledge,
  type Knowledge,
  mergeAddedKnowledge,
  readKnowledgeFiles,
} from "../knowledge/load.ts";
import { formatIssues, validateKnowledge } from "../knowledge/validate.ts";
import { answerFromPassages } from "../retrieval/answer.ts";
import { buildNodeRetriever } from "../retrieval/node-index.ts";
import { briefing } from "./briefing.ts";
import { FactEngine } from "./facts.ts";
import { parseQuestion } from "./parse.ts";
import { type Answer, MAX_QUESTION_CHARS } from "./types.ts";

export { MAX_QUESTION_CHARS };

/** The answer engine as the bot, the CLI and the playground use it. */
export interface Engine {
  /** Answers one question (facts first, then retrieval). Never throws for user input. */
  answer(question: string): Promise<Answer>;
  /** The `/简报` card: all networks, alliances and key figures; with a scope, one network, alliance or zone. */
  briefing(scope?: string): Answer;
  /** The snapshot currently answering. */
  readonly knowledge: Knowledge;
}

/** A second opinion for questions the fact engine does not take (retrieval plugs in here). */
export type PassageAnswerer = (question: string, knowledge: Knowledge) => Answer | null | Promise<Answer | null>;

export type EngineOptions = {
  knowledgeDir?: string;
  dataDir?: string;
  /** Answers open questions; default: hybrid retrieval over the articles (HNSW on Node). */
  passages?: PassageAnswerer;
  /** Skip retrieval (facts only). */
  factsOnly?: boolean;
  /** Knowledge added at run time (read again on every load and reload), merged with the folder's. */
  added?: () => AddedKnowledge | Promise<AddedKnowledge>;
};

export function loadKnowledge(knowledgeDir?: string, added?: AddedKnowledge): Knowledge {
  const files = readKnowledgeFiles(knowledgeDir);
  if (added) mergeAddedKnowledge(files, added);
  const issues = validateKnowledge(files);
  if (issues.length > 0) throw new KnowledgeError("E_KNOWLEDGE_INVALID", formatIssues(issues));
  return buildKnowledge(files);
}

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
  const parsed = parseQuestion(q, knowledge);
  const fact = new FactEngine(knowledge).answer(parsed);
  if (fact) return fact;
  const passage = passages ? await passages(q, knowledge) : null;
  return passage ?? notCovered();
}

type Snapshot = { knowledge: Knowledge; passages?: PassageAnswerer };

async function snapshot(options: EngineOptions): Promise<Snapshot> {
  const knowledge = loadKnowledge(options.knowledgeDir, options.added ? await options.added() : undefined);
  if (options.factsOnly) return { knowledge };
  if (options.passages) return { knowledge, passages: options.passages };
  const retriever = await buildNodeRetriever(knowledge, options.dataDir);
  return { knowledge, passages: (q) => answerFromPassages(retriever, q) };
}

export async function createEngine(options: EngineOptions = {}): Promise<Engine & { reload(): Promise<void> }> {
  let current = await snapshot(options);
  return {
    get knowledge() {
      return current.knowledge;
    },
    answer: (question: string) => {
      const s = current; // one snapshot for the whole answer
      return answerWith(s.knowledge, question, s.passages);
    },
    briefing: (scope?: string) => briefing(current.knowledge, scope),
    async reload() {
      current = await snapshot(options);
    },
  };
}
