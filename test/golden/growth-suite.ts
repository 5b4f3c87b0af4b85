import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { growthArticles } from "../growth/check.ts";
import { checkAnswer, type GoldenQuestion } from "./check.ts";
import type { GROWTH_SETS } from "./sets.ts";

/**
 * Every question of every growth set (articles added at run time, then asked about) is its own test, named by its
 * id; those that fail today are expected failures from known-failures.json, as in golden.test.ts. Each list of sets
 * is run in two files (growth.test.ts and growth-2.test.ts for the newest, test/sets/ for the older ones) so that
 * the two halves run side by side.
 */
const known = JSON.parse(readFileSync(join(import.meta.dirname, "known-failures.json"), "utf8")) as Record<
  string,
  string[]
>;

/** One half of a list of growth sets (0: the first, 1: the second). */
export function growthSuite(all: readonly (typeof GROWTH_SETS)[number][], half: 0 | 1): void {
  const middle = Math.ceil(all.length / 2);
  const sets = half === 0 ? all.slice(0, middle) : all.slice(middle);
  describe.each(sets)("growth set %s: questions about articles added at run time", (name, file, dir) => {
    const questions = JSON.parse(readFileSync(file, "utf8")) as GoldenQuestion[];
    const expectedToFail = new Set(known[name] ?? []);
    let grown: Engine;
    beforeAll(async () => {
      grown = await createEngine({ added: () => ({ articles: growthArticles(dir), events: [] }) });
    });
    for (const q of questions) {
      const title = `${q.id}: ${q.q} → ${q.refuse ? "refused" : "answered from the added articles with a verbatim quote"}`;
      (expectedToFail.has(q.id) ? it.fails : it)(title, async () => {
        expect(checkAnswer(q, await grown.answer(q.q), grown.knowledge)).toEqual([]);
      });
    }
  });
}
