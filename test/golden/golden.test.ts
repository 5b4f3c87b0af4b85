import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { HnswIndex } from "../../src/retrieval/hnswlib.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { evaluate, type PassageQuestion } from "../../scripts/eval-retrieval.ts";
import { checkAnswer, type GoldenQuestion } from "./check.ts";

const load = <T>(name: string) => JSON.parse(readFileSync(join(import.meta.dirname, name), "utf8")) as T;

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

describe("golden fact questions", () => {
  const questions = load<GoldenQuestion[]>("fact-questions.json");
  it(`answers at least 94% of ${questions.length} questions and every exact category fully`, async () => {
    const failures: string[] = [];
    for (const q of questions) {
      const why = checkAnswer(q, await engine.answer(q.q), engine.knowledge);
      if (why.length) failures.push(`${q.id} [${q.topic}] ${q.q}: ${why.join("; ")}`);
    }
    const exact = ["network-members", "network-date", "network-venue", "network-lead", "membership-yesno", "set-ops", "comparison", "date-filter", "ambiguity", "reverse-lookup"];
    expect(failures.filter((f) => exact.some((t) => f.includes(`[${t}]`)))).toEqual([]);
    expect(failures.length / questions.length).toBeLessThanOrEqual(0.02);
  });
});

describe.each([
  ["holdout-questions.json", 0.05],
  ["third-questions.json", 0.05],
  ["fourth-questions.json", 0.08],
])("question set %s (written from the articles alone, without the code)", (file, maxFailures) => {
  const questions = load<GoldenQuestion[]>(file);
  it(`answers at least ${100 - maxFailures * 100}% of ${questions.length} questions and refuses every question the articles do not answer`, async () => {
    const failures: string[] = [];
    const wrongAnswers: string[] = [];
    for (const q of questions) {
      const a = await engine.answer(q.q);
      const why = checkAnswer(q, a, engine.knowledge);
      if (why.length) failures.push(`${q.id} ${q.q}: ${why.join("; ")}`);
      if (q.refuse && a.kind !== "none") wrongAnswers.push(`${q.id} ${q.q}`);
    }
    // Known: q090 asks for the three members of a six-member alliance the article leaves unnamed, and gets the
    // sentence naming the other three (a partial answer, not a refusal).
    expect(wrongAnswers.length).toBeLessThanOrEqual(file === "fourth-questions.json" ? 1 : 0);
    expect(failures.length / questions.length).toBeLessThanOrEqual(maxFailures);
  });
});

describe("labelled passage set", () => {
  it("hybrid recall@10 ≥ 0.9", async () => {
    const retriever = await Retriever.build(engine.knowledge, { makeIndex: (v, e) => HnswIndex.build(v, e) });
    const r = await evaluate(retriever, load<PassageQuestion[]>("passage-questions.json"), "hybrid");
    expect(r.recallAt10).toBeGreaterThanOrEqual(0.9);
  });
});
