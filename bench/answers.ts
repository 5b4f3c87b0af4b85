/**
 * Part 2a — answers in process (child process): the golden fact and passage questions through createEngine
 * (facts first, then hybrid retrieval with HNSW), one warm-up pass, then `--reps` timed passes.
 * Latency is per question (engine.answer, awaited); the split by answer kind shows which path answered.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createEngine } from "../src/answer/engine.ts";
import { childMain } from "./lib/child.ts";
import { collect, memory, round, type Summary, summarize } from "./lib/stats.ts";

export type AnswerSetResult = {
  questions: number;
  /** Per answered question, all passes pooled (ms). */
  latency: Summary;
  /** The same, by the kind of answer given (fact / passage / none). */
  byKind: Record<string, Summary>;
};

export type AnswersResult = {
  reps: number;
  /** createEngine(): knowledge load + validation + index build, in this process (ms). */
  engineStartMs: number;
  memoryAfterStart: ReturnType<typeof memory>;
  fact: AnswerSetResult;
  passage: AnswerSetResult;
};

const load = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../test/golden/${name}.json`, import.meta.url), "utf8")) as { q: string }[]).map(
    (q) => q.q,
  );

async function main(): Promise<AnswersResult> {
  const { values } = parseArgs({ options: { reps: { type: "string", default: "20" } } });
  const reps = Number(values.reps);
  const started = performance.now();
  const engine = await createEngine();
  const engineStartMs = round(performance.now() - started);
  collect();
  const memoryAfterStart = memory();

  const run = async (questions: string[]): Promise<AnswerSetResult> => {
    for (const q of questions) await engine.answer(q); // warm-up
    const all: number[] = [];
    const byKind = new Map<string, number[]>();
    for (let r = 0; r < reps; r++) {
      for (const q of questions) {
        const t = performance.now();
        const answer = await engine.answer(q);
        const ms = performance.now() - t;
        all.push(ms);
        const list = byKind.get(answer.kind) ?? [];
        list.push(ms);
        byKind.set(answer.kind, list);
      }
    }
    return {
      questions: questions.length,
      latency: summarize(all),
      byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, summarize(v)])),
    };
  };

  const fact = await run(load("fact-questions"));
  const passage = await run(load("passage-questions"));
  return { reps, engineStartMs, memoryAfterStart, fact, passage };
}

if (process.send) await childMain(main);
