import { describe, expect, it } from "vitest";
import { evaluate, type PassageQuestion } from "../../scripts/eval-retrieval.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { goldenSuite, loadGolden } from "./golden-suite.ts";
import { NEWEST_GOLDEN_SETS } from "./sets.ts";

/**
 * The newest question sets (sets.ts; the older blind sets run in `npm run test:sets`), every question its own test
 * (golden-suite.ts); the growth sets run in growth.test.ts and growth-2.test.ts (files of their own, so they run side
 * by side).
 */
const suite = goldenSuite(NEWEST_GOLDEN_SETS);

describe("labelled passage set", () => {
  it("hybrid recall@10 ≥ 0.9", async () => {
    const retriever = await Retriever.build(suite.engine.knowledge);
    const r = await evaluate(retriever, loadGolden<PassageQuestion[]>("passage-questions.json"), "hybrid");
    expect(r.recallAt10).toBeGreaterThanOrEqual(0.9);
  });
});
