import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { evaluate, type PassageQuestion } from "../../scripts/eval-retrieval.ts";
import { checkAnswer, type GoldenQuestion } from "./check.ts";
import { GOLDEN_SETS } from "./sets.ts";

const load = <T>(name: string) => JSON.parse(readFileSync(join(import.meta.dirname, name), "utf8")) as T;

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

/**
 * Every question of every set is its own test, named by its id. Questions that fail today are listed in
 * known-failures.json and run as expected failures: a fix shows up (the expected failure passes, and must be
 * taken off the list) as surely as a regression does. `npm run golden -- <file>` prints the reasons.
 * The sets are listed in sets.ts; the growth sets run in growth.test.ts and growth-2.test.ts (files of their own, so
 * they run side by side).
 */
const known = load<Record<string, string[]>>("known-failures.json");

describe.each(GOLDEN_SETS)("question set %s", (file) => {
  const questions = load<GoldenQuestion[]>(file);
  const expectedToFail = new Set(known[file] ?? []);
  for (const q of questions) {
    const title = `${q.id}: ${q.q.replace(/\n/g, " ")} → ${q.refuse ? "refused" : "answered with a verbatim quote"}`;
    (expectedToFail.has(q.id) ? it.fails : it)(title, async () => {
      const a = await engine.answer(q.q);
      expect(checkAnswer(q, a, engine.knowledge)).toEqual([]);
      // Quotes are whole sentences of the cleaned body: no page break inside one.
      expect(a.citations.filter((c) => c.quote.includes("\n"))).toEqual([]);
    });
  }
});

describe("labelled passage set", () => {
  it("hybrid recall@10 ≥ 0.9", async () => {
    const retriever = await Retriever.build(engine.knowledge);
    const r = await evaluate(retriever, load<PassageQuestion[]>("passage-questions.json"), "hybrid");
    expect(r.recallAt10).toBeGreaterThanOrEqual(0.9);
  });
});
