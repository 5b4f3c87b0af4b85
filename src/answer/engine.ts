import type { Answer } from "./types.ts";

/** The answer engine as the bot, the CLI and the playground use it. */
export interface Engine {
  /** Answers one question (facts first, then retrieval). Never throws for user input. */
  answer(question: string): Promise<Answer>;
  /** The `/简报` card: all networks, alliances and key figures; with a scope, one network, alliance or zone. */
  briefing(scope?: string): Answer;
}

export type EngineOptions = { knowledgeDir?: string; dataDir?: string };

/** Placeholder until the fact engine lands (same signature). */
export async function createEngine(_options: EngineOptions = {}): Promise<Engine> {
  const none = (answer: string): Answer => ({ kind: "none", answer, citations: [] });
  return {
    answer: async () => none("知识库尚未加载。"),
    briefing: () => none("知识库尚未加载。"),
  };
}
