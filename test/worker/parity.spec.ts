/**
 * Node and the Worker give the same answers: every golden question (test/golden/*-questions.json), answered in
 * Node by the Node engine (HNSW, native jieba; test/worker/global-setup.ts) and here, inside workerd, by the
 * Worker's engine (bundled snapshot, exact vector scan, pure-JS jieba). The answer objects must be equal.
 */
import { describe, expect, inject, it } from "vitest";
import { createLogger } from "../../src/log.ts";
import { createWorkerEngine } from "../../src/runtime/worker-runtime.ts";
import type { AddedKnowledgeStore } from "../../src/subscriptions/types.ts";

/** The bundled knowledge only, as Node reads the knowledge folder (nothing added at run time). */
const nothingAdded: AddedKnowledgeStore = {
  addArticle: async () => {
    throw new Error("read-only");
  },
  articles: async () => [],
  events: async () => [],
  revision: async () => 0,
};

/**
 * One test answers every golden question (23,022 at session 51, and each session adds sets): about 30 s on a quiet
 * two-core machine, slower on a busy one. The file's own limit is therefore minutes, not the config's 30 s.
 */
const PARITY_TIMEOUT_MS = 600_000;

describe("golden questions: Worker vs Node", () => {
  it("gives the same answer JSON for every golden question", { timeout: PARITY_TIMEOUT_MS }, async () => {
    const nodeAnswers = inject("nodeAnswers");
    expect(nodeAnswers.length).toBeGreaterThan(400);
    const engine = createWorkerEngine({
      added: nothingAdded,
      logger: createLogger({ sink: () => {}, level: "error" }),
    });
    const differences: string[] = [];
    for (const g of nodeAnswers) {
      const answer = await engine.answer(g.q);
      if (JSON.stringify(answer) !== JSON.stringify(g.answer)) {
        differences.push(
          `${g.file} ${g.id} ${g.q}\n  node:   ${JSON.stringify(g.answer)}\n  worker: ${JSON.stringify(answer)}`,
        );
      }
    }
    expect(differences).toEqual([]);
    const kinds = new Set(nodeAnswers.map((g) => g.answer.kind));
    expect(kinds).toEqual(new Set(["fact", "passage", "none"]));
  });
});
