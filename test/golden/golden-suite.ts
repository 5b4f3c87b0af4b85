/**
 * The knowledge folder's question sets as tests: every question its own test, named by its id. Questions that fail
 * today are listed in known-failures.json and run as expected failures: a fix shows up (the expected failure passes,
 * and must be taken off the list) as surely as a regression does. `npm run golden -- <file>` prints the reasons.
 * `npm test` runs the newest sets (golden.test.ts), `npm run test:sets` the older ones (test/sets/older-golden.test.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { checkAnswer, type GoldenQuestion } from "./check.ts";

/** A file of test/golden/, parsed. */
export const loadGolden = <T>(name: string) => JSON.parse(readFileSync(join(import.meta.dirname, name), "utf8")) as T;

/** The engine over the knowledge folder (built in the file's beforeAll), and a test per question of `sets`. */
export function goldenSuite(sets: readonly string[]): { readonly engine: Engine } {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine();
  });
  const known = loadGolden<Record<string, string[]>>("known-failures.json");
  describe.each(sets)("question set %s", (file) => {
    const questions = loadGolden<GoldenQuestion[]>(file);
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
  return {
    get engine() {
      return engine;
    },
  };
}
