/** `npm run golden [-- file.json] [--verbose]`: runs a golden question file in process and lists failures. */
import { readFileSync } from "node:fs";
import { createEngine } from "../src/answer/engine.ts";
import { checkAnswer, type GoldenQuestion } from "../test/golden/check.ts";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--")) ?? "test/golden/fact-questions.json";
const verbose = args.includes("--verbose");
/** --known: print the failing ids as JSON (for test/golden/known-failures.json) instead of the report. */
const knownOnly = args.includes("--known");
const failed: string[] = [];
const questions = JSON.parse(readFileSync(file, "utf8")) as GoldenQuestion[];
const engine = await createEngine();
let passed = 0;
const byTopic = new Map<string, [number, number]>();
for (const q of questions) {
  const a = await engine.answer(q.q);
  const why = checkAnswer(q, a, engine.knowledge);
  const t = byTopic.get(q.topic ?? "-") ?? [0, 0];
  t[1]++;
  if (why.length === 0) {
    passed++;
    t[0]++;
  } else if (knownOnly) {
    failed.push(q.id);
  } else {
    console.log(
      `FAIL ${q.id} [${q.topic ?? ""}] ${q.q}\n     ${why.join("; ")}\n     answer(${a.kind}): ${a.answer.replace(/\n/g, " / ").slice(0, verbose ? 2000 : 220)}`,
    );
  }
  byTopic.set(q.topic ?? "-", t);
}
if (knownOnly) {
  console.log(JSON.stringify(failed));
  process.exit(0);
}
for (const [topic, [ok, n]] of byTopic) console.log(`  ${topic}: ${ok}/${n}`);
console.log(`golden: ${passed} passed, ${questions.length - passed} failed`);
