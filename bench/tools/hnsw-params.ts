/**
 * HNSW parameters chosen by measurement: on the synthetic corpus's vectors (bench/retrieval/corpus.ts, the
 * production embeddings), build time, recall@10 against the exact scan and query time for several
 * (M, efConstruction, ef), all in one process, in turn.
 *
 *   npx tsx bench/tools/hnsw-params.ts [--size 10000] [--grid 16:200,16:100,16:64,12:100] [--dims 512]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { DEFAULT_DIMENSIONS, HashedNgramEmbeddings } from "../../src/retrieval/embeddings.ts";
import { HnswIndex } from "../../src/retrieval/hnswlib.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { splitAll } from "../../src/retrieval/passages.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";
import { BruteForceIndex } from "../../src/retrieval/vector-index.ts";
import { summarize } from "../lib/stats.ts";
import { syntheticKnowledge } from "../retrieval/corpus.ts";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "10000" },
    grid: { type: "string", default: "16:200,16:100,16:64,24:64,32:64" },
    ef: { type: "string", default: "256,512,640,768" },
    /** The hashed embeddings' width (recall and build time of a narrower vector). */
    dims: { type: "string", default: String(DEFAULT_DIMENSIONS) },
  },
});
const size = Number(values.size);
const knowledge = loadKnowledge();
const synthetic = syntheticKnowledge(knowledge, size);
const passages = splitAll(synthetic.articles.values());
const embeddings = new HashedNgramEmbeddings(Number(values.dims));
const vectors = await embeddings.embedDocuments(passages.map(Retriever.embeddingText));
const tokenizer = createTokenizer(knowledge);
const questions = JSON.parse(
  readFileSync(new URL("../../test/golden/passage-questions.json", import.meta.url), "utf8"),
) as { q: string }[];
const queries = await Promise.all(questions.map((q) => embeddings.embedQuery(tokenizer.expand(q.q))));
const exact = new BruteForceIndex(vectors);
const truth = await Promise.all(queries.map(async (v) => new Set((await exact.search(v, 10)).map((h) => h.id))));
console.log(`${passages.length} passages, ${queries.length} queries, ${Number(values.dims)} dimensions`);
for (const cell of (values.grid as string).split(",")) {
  const [m, efConstruction] = cell.split(":").map(Number) as [number, number];
  const t = performance.now();
  const index = HnswIndex.create(vectors[0]?.length ?? 1, vectors.length, { m, efConstruction });
  index.setPositions(vectors.map((v) => index.add(v)));
  const buildS = (performance.now() - t) / 1000;
  for (const ef of (values.ef as string).split(",").map(Number)) {
    index.setEf(ef);
    const samples: number[] = [];
    let found = 0;
    for (let i = 0; i < queries.length; i++) {
      const s = performance.now();
      const hits = await index.search(queries[i] as number[], 10);
      samples.push(performance.now() - s);
      found += hits.filter((h) => truth[i]?.has(h.id)).length;
    }
    const q = summarize(samples);
    console.log(
      `M ${m} efC ${efConstruction} ef ${ef}: build ${buildS.toFixed(1)} s, recall@10 ${(found / (10 * queries.length)).toFixed(3)}, query p50 ${q.p50} p95 ${q.p95} ms`,
    );
  }
}
