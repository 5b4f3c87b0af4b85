/**
 * `npm run golden [-- file.json] [--articles DIR] [--verbose]`: runs a question file in process and lists failures.
 * With --articles, the folder's JSON articles are added first, as POST /admin/articles would (a growth set).
 */
import { readFileSync } from "node:fs";
import { createEngine } from "../src/answer/engine.ts";
import { checkAnswer, type GoldenQuestion } from "../test/golden/check.ts";
import { growthArticles } from "../test/growth/check.ts";

const args = process.argv.slice(2);
const articlesAt = args.indexOf("--articles");
const articles = articlesAt >= 0 ? args[articlesAt + 1] : undefined;
const file =
  args.find((a, i) => !a.startsWith("--") && (articlesAt < 0 || i !== articlesAt + 1)) ??
  "test/golden/fact-questions.json";
const verbose = args.includes("--verbose");
/** --known: print the failing ids as JSON (for test/golden/known-failures.json) instead of the report. */
const knownOnly = args.includes("--known");
const failed: string[] = [];
const questions = JSON.parse(readFileSync(file, "utf8")) as GoldenQuestion[];
const engine = await createEngine(
  articles ? { added: () => ({ articles: growthArticles(articles), events: [] }) } : {},
);
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
