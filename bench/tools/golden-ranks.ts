/**
 * Where each golden passage question's labelled passage ranks as the synthetic corpus grows (bench/retrieval/), in
 * BM25 alone, in the exact vector scan alone and in the hybrid search, and what ranks above it: how often the
 * passages that push it out of the hybrid top 10 are synthetic, and (--detail) each query term's BM25 share for
 * the labelled passage and for the top three. This is the data behind "golden found @10" in docs/benchmarks.md.
 *
 *   npx tsx bench/tools/golden-ranks.ts [--size 10000] [--detail]
 *
 * Vectors are scanned exactly here (BruteForceIndex), so the vector ranks are HNSW's without its recall loss.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { Bm25 } from "../../src/retrieval/bm25.ts";
import { HashedNgramEmbeddings } from "../../src/retrieval/embeddings.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { splitAll } from "../../src/retrieval/passages.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";
import { BruteForceIndex } from "../../src/retrieval/vector-index.ts";
import { syntheticKnowledge } from "../retrieval/corpus.ts";
import { type GoldenQuestion, isLabelled } from "../retrieval/golden.ts";

const { values } = parseArgs({
  options: { size: { type: "string", default: "10000" }, detail: { type: "boolean", default: false } },
});
const size = Number(values.size);
const DEPTH = 3000;
const K1 = 1.2;
const B = 0.75;

const questions = (
  JSON.parse(
    readFileSync(new URL("../../test/golden/passage-questions.json", import.meta.url), "utf8"),
  ) as (GoldenQuestion & {
    id: string;
  })[]
).filter((q) => q.expect.length > 0);
const knowledge = loadKnowledge();
const synthetic = syntheticKnowledge(knowledge, size);
const passages = splitAll(synthetic.articles.values());
const tokenizer = createTokenizer(knowledge);
const docTokens = (i: number) => Retriever.passageTokens(tokenizer, passages[i] as (typeof passages)[number]);
const lengths = passages.map((_, i) => docTokens(i).length);
const avgLength = lengths.reduce((a, b) => a + b, 0) / lengths.length;
const bm25 = new Bm25(passages.map((_, i) => docTokens(i)));
const embeddings = new HashedNgramEmbeddings();
const vectors = await embeddings.embedDocuments(passages.map(Retriever.embeddingText));
const exact = new BruteForceIndex(vectors);
const retriever = await Retriever.build(synthetic, { embeddings, makeIndex: async () => exact });

const isSynthetic = (doc: number) => (passages[doc]?.articleId ?? "").startsWith("syn_");
/** Each query term's BM25 part in document `doc`, largest first. */
function shares(query: string[], doc: number): string {
  const tf = new Map<string, number>();
  for (const t of docTokens(doc)) tf.set(t, (tf.get(t) ?? 0) + 1);
  const norm = K1 * (1 - B + (B * (lengths[doc] as number)) / avgLength);
  const parts: [string, number][] = [];
  for (const t of new Set(query)) {
    const f = tf.get(t) ?? 0;
    if (f > 0) parts.push([t, (bm25.idf(t) * f * (K1 + 1)) / (f + norm)]);
  }
  return parts
    .sort((a, b) => b[1] - a[1])
    .map(([t, v]) => `${t}:${v.toFixed(1)}`)
    .join(" ");
}

const rows: { id: string; bm: number; vec: number; hybrid: number; aboveSynthetic: number; above: number }[] = [];
for (const q of questions) {
  const { expanded, tokens } = tokenizer.analyze(q.q);
  const bm = bm25.search(tokens, DEPTH);
  const vec = await exact.search(await embeddings.embedQuery(expanded), DEPTH);
  const hybrid = await retriever.search(q.q, 50);
  const labelled = (doc: number) => isLabelled(q, passages[doc] as (typeof passages)[number]);
  const bmRank = bm.findIndex((h) => labelled(h.doc));
  const vecRank = vec.findIndex((h) => labelled(h.id));
  const hybridRank = hybrid.findIndex((h) => isLabelled(q, h.passage));
  const above = hybrid.slice(0, hybridRank >= 0 ? Math.min(hybridRank, 10) : 10);
  const id = q.id;
  rows.push({
    id,
    bm: bmRank,
    vec: vecRank,
    hybrid: hybridRank,
    above: above.length,
    aboveSynthetic: above.filter((h) => h.passage.articleId.startsWith("syn_")).length,
  });
  if (values.detail && !(hybridRank >= 0 && hybridRank < 10)) {
    console.log(`\n${id} ${q.q}  (BM25 rank ${bmRank}, vector rank ${vecRank}, hybrid rank ${hybridRank})`);
    const gold = bm[bmRank];
    if (gold)
      console.log(
        `  labelled ${gold.score.toFixed(1)} ${passages[gold.doc]?.text.slice(0, 50)}\n    ${shares(tokens, gold.doc)}`,
      );
    for (const h of bm.slice(0, 3)) {
      const kind = isSynthetic(h.doc) ? "synthetic" : "real";
      console.log(
        `  ${kind} ${h.score.toFixed(1)} ${passages[h.doc]?.text.slice(0, 50)}\n    ${shares(tokens, h.doc)}`,
      );
    }
  }
}

const within = (rank: number, k: number) => rank >= 0 && rank < k;
console.log(`\n${passages.length} passages, ${rows.length} answerable golden passage questions`);
for (const k of [1, 10, 50]) {
  const n = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  console.log(
    `labelled passage in the top ${k}: BM25 ${n((r) => within(r.bm, k))}, vectors ${n((r) => within(r.vec, k))}, hybrid ${n((r) => within(r.hybrid, k))}`,
  );
}
const lost = rows.filter((r) => !within(r.hybrid, 10));
console.log(
  `lost from the hybrid top 10: ${lost.length}; of the hits above them ${lost.reduce((a, r) => a + r.aboveSynthetic, 0)} of ${lost.reduce((a, r) => a + r.above, 0)} synthetic; ` +
    `outside both candidate lists (BM25 and vector top 50): ${lost.filter((r) => !within(r.bm, 50) && !within(r.vec, 50)).length}`,
);
