/**
 * The answer engine: facts first, then retrieval over the articles, else an honest "none".
 * Holds one immutable knowledge snapshot; `reload` builds a new one and swaps the reference,
 * so answers in flight keep the snapshot they started with.
 */

import { type AddedKnowledge, type Knowledge, mergeAddedKnowledge, readKnowledgeFiles } from "../knowledge/load.ts";
import { knowledgeFromFiles } from "../knowledge/pipeline.ts";
import { answerFromPassages } from "../retrieval/answer.ts";
import { buildNodeRetriever } from "../retrieval/node-index.ts";
import { answerWith, type PassageAnswerer } from "./answer.ts";
import { briefing } from "./briefing.ts";
import type { QueryReader } from "./query/llm-read.ts";
import { type Answer, MAX_QUESTION_CHARS } from "./types.ts";

export { answerWith, notCovered, type PassageAnswerer } from "./answer.ts";
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

export type EngineOptions = {
  knowledgeDir?: string;
  dataDir?: string;
  /** Answers open questions; default: hybrid retrieval over the articles (HNSW on Node). */
  passages?: PassageAnswerer;
  /** Skip retrieval (facts only). */
  factsOnly?: boolean;
  /** Optional model reading of questions the parser could not read (LLM_* set; query/llm-read.ts). */
  reader?: QueryReader;
  /** Knowledge added at run time (read again on every load and reload), merged with the folder's. */
  added?: () => AddedKnowledge | Promise<AddedKnowledge>;
};

export function loadKnowledge(knowledgeDir?: string, added?: AddedKnowledge): Knowledge {
  const files = readKnowledgeFiles(knowledgeDir);
  if (added) mergeAddedKnowledge(files, added);
  return knowledgeFromFiles(files);
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
      return answerWith(s.knowledge, question, s.passages, options.reader);
    },
    briefing: (scope?: string) => briefing(current.knowledge, scope),
    async reload() {
      current = await snapshot(options);
    },
  };
}
