/**
 * BM25 search with max-score pruning (`Bm25.search`) against the exhaustive sum (`Bm25.searchAll`) on the
 * synthetic corpus, in one process, taking turns query by query: time per query, and whether both return the
 * same documents and scores (they must).
 *
 *   npx tsx bench/tools/bm25-prune.ts [--size 100000] [--reps 3]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { Bm25 } from "../../src/retrieval/bm25.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { splitAll } from "../../src/retrieval/passages.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";
import { summarize } from "../lib/stats.ts";
import { syntheticKnowledge } from "../retrieval/corpus.ts";

const { values } = parseArgs({
  options: { size: { type: "string", default: "100000" }, reps: { type: "string", default: "3" } },
});
const knowledge = loadKnowledge();
const synthetic = syntheticKnowledge(knowledge, Number(values.size));
const passages = splitAll(synthetic.articles.values());
const tokenizer = createTokenizer(synthetic);
let t = performance.now();
const bm25 = new Bm25(passages.map((p) => Retriever.passageTokens(tokenizer, p)));
console.log(`${passages.length} passages; tokens + BM25 ${((performance.now() - t) / 1000).toFixed(1)} s`);
const questions = JSON.parse(
  readFileSync(new URL("../../test/golden/passage-questions.json", import.meta.url), "utf8"),
) as { q: string }[];
const queries = questions.map((q) => tokenizer.analyze(q.q).tokens);
const pruned: number[] = [];
const all: number[] = [];
let differ = 0;
for (let r = 0; r < Number(values.reps) + 1; r++) {
  for (const q of queries) {
    t = performance.now();
    const a = bm25.searchAll(q, 50);
    const ta = performance.now() - t;
    t = performance.now();
    const b = bm25.search(q, 50);
    const tb = performance.now() - t;
    if (r === 0) {
      if (JSON.stringify(a) !== JSON.stringify(b)) differ++;
      continue; // warm-up
    }
    all.push(ta);
    pruned.push(tb);
  }
}
const f = (s: ReturnType<typeof summarize>) => `p50 ${s.p50} p95 ${s.p95} p99 ${s.p99} max ${s.max} ms`;
console.log(`exhaustive: ${f(summarize(all))}`);
console.log(`max-score:  ${f(summarize(pruned))}`);
console.log(`queries whose results differ: ${differ} of ${queries.length}`);
