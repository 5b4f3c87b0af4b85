/**
 * `npx tsx scripts/answers-fingerprint.ts OUT.jsonl`: every answer the engine gives, to prove a refactor changed
 * none. Runs every question of every set in test/golden/sets.ts in process (the golden sets over the knowledge
 * folder; each growth set with its articles added, as POST /admin/articles would), plus `/简报` for the whole
 * knowledge and for every network, alliance and zone, and writes one line per answer (the full Answer JSON).
 * Run it before and after a change and diff the two files: they must be identical.
 * (bench/tools/fingerprint.ts covers retrieval internals for the fact and passage sets only.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createEngine, type Engine } from "../src/answer/engine.ts";
import { briefingTables, exampleQuestions } from "../src/bot/presentation.ts";
import type { GoldenQuestion } from "../test/golden/check.ts";
import { GOLDEN_SETS, GROWTH_SETS } from "../test/golden/sets.ts";
import { growthArticles } from "../test/growth/check.ts";

const out = process.argv[2];
if (!out) throw new Error("usage: scripts/answers-fingerprint.ts OUT.jsonl");
const lines: string[] = [];

async function run(set: string, engine: Engine, questions: GoldenQuestion[]): Promise<void> {
  for (const q of questions) lines.push(JSON.stringify({ set, id: q.id, q: q.q, a: await engine.answer(q.q) }));
  const k = engine.knowledge;
  const scopes = ["", ...[...k.networks.values(), ...k.alliances.values(), ...k.zones.values()].map((e) => e.name)];
  for (const scope of scopes) lines.push(JSON.stringify({ set, briefing: scope, a: engine.briefing(scope) }));
  lines.push(JSON.stringify({ set, tables: briefingTables(engine.briefing(), k), examples: exampleQuestions(k) }));
}

const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as GoldenQuestion[];
const engine = await createEngine();
for (const file of GOLDEN_SETS) {
  const before = lines.length;
  for (const q of read(`test/golden/${file}`))
    lines.push(JSON.stringify({ set: file, id: q.id, q: q.q, a: await engine.answer(q.q) }));
  console.log(`${file}: ${lines.length - before} answers`);
}
await run("briefings", engine, []);
for (const [file, at, dir] of GROWTH_SETS) {
  const grown = await createEngine({ added: () => ({ articles: growthArticles(dir), events: [] }) });
  await run(file, grown, read(at));
  console.log(`${file}: done`);
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} lines → ${out}`);
