/**
 * Part 3, one corpus size, in a fresh child process (run with --expose-gc so memory figures are after a full
 * collection). Steps, each timed:
 *   1. the synthetic corpus (bench/retrieval/corpus.ts) as a knowledge snapshot;
 *   2. the retriever built exactly as production builds it on Node (NodeRetrieval, src/retrieval/node-index.ts):
 *      passages, tokens streamed into BM25, hashed n-gram embeddings streamed into the int8 store that rescores
 *      BM25's candidates (src/retrieval/quantized-vectors.ts), saved under a temp DATA_DIR — RSS and heap after;
 *      then a second instance starting from the saved index (the warm start after a restart), and one article
 *      added incrementally;
 *   3. queries (the golden passage questions): BM25 and hybrid through Retriever.search;
 *   4. baselines over the same vectors: LangChain MemoryVectorStore and an exact brute-force scan
 *      (BruteForceIndex); and HNSW (hnswlib-node) as a remote model's vectors are searched (built, timed, its
 *      recall@10 against the exact scan) — the offline embeddings no longer use it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { MemoryVectorStore } from "@langchain/classic/vectorstores/memory";
import { Document } from "@langchain/core/documents";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { HashedNgramEmbeddings } from "../../src/retrieval/embeddings.ts";
import { HnswIndex } from "../../src/retrieval/hnswlib.ts";
import { NodeRetrieval } from "../../src/retrieval/node-index.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";
import { BruteForceIndex } from "../../src/retrieval/vector-index.ts";
import { childMain } from "../lib/child.ts";
import { collect, memory, round, type Summary, summarize } from "../lib/stats.ts";
import { syntheticKnowledge } from "./corpus.ts";
import { isLabelled } from "./golden.ts";

type Question = { q: string; articleId: string | null; expect: string[] };

export type SizeResult = {
  size: number;
  passages: number;
  articles: number;
  corpusMs: number;
  build: { totalMs: number; embedMs: number; indexMs: number; passagesTokensBm25Ms: number; saveMs: number };
  /** A fresh process's start from the saved index (BM25 tokenised again, vectors read back). */
  warmStartMs: number;
  /** One new article (20 passages) added to the built retriever in place. */
  incrementalAdd: { ms: number; addedPassages: number };
  memory: {
    /** After loading the knowledge, before the corpus. */
    base: ReturnType<typeof memory>;
    /** With the corpus text in memory. */
    corpus: ReturnType<typeof memory>;
    /** Right after the build (BM25 + HNSW; the build's temporary arrays collected). */
    hybrid: ReturnType<typeof memory>;
    /** The same once V8 and malloc have handed the build's freed memory back (RSS stops falling; ≤ 15 s). */
    hybridSettled: ReturnType<typeof memory>;
    /** Highest RSS of the process up to then (includes the build's temporary peak). */
    peakRssMBAfterBuild: number;
    /** After the baselines: vectors as number[][] (brute force) and MemoryVectorStore on top. */
    bruteForce: ReturnType<typeof memory>;
    memoryVectorStore: ReturnType<typeof memory>;
  };
  queries: { questions: number; reps: number };
  latency: {
    bm25: Summary;
    hybrid: Summary;
    hnsw: Summary;
    bruteForce: Summary;
    memoryVectorStore: Summary;
  };
  baselineBuildMs: { bruteForce: number; memoryVectorStore: number; hnsw: number };
  memoryVectorStoreQueries: number;
  /** HNSW (the remote-model path, over the same vectors) top 10 vs the exact scan's top 10. */
  hnswRecallAt10: number;
  /** Golden passage questions whose labelled passage is in the hybrid top 10 (answerable ones). */
  goldenFoundAt10: { found: number; answerable: number };
};

async function main(): Promise<SizeResult> {
  const { values } = parseArgs({
    options: { size: { type: "string" }, reps: { type: "string", default: "3" } },
  });
  const size = Number(values.size);
  const reps = Number(values.reps);
  if (!Number.isInteger(size) || size < 400) throw new Error("--size must be an integer ≥ 400");
  const questions = JSON.parse(
    readFileSync(new URL("../../test/golden/passage-questions.json", import.meta.url), "utf8"),
  ) as Question[];

  const knowledge = loadKnowledge();
  collect();
  const base = memory();

  let t = performance.now();
  const synthetic = syntheticKnowledge(knowledge, size);
  const corpusMs = round(performance.now() - t);
  collect();
  const corpus = memory();

  // Production build (NodeRetrieval times its own steps), saved to a temp DATA_DIR as the server saves it.
  const embeddings = new HashedNgramEmbeddings();
  const dataDir = mkdtempSync(join(tmpdir(), "bench-retrieval-"));
  const production = new NodeRetrieval({ dataDir, embeddings });
  t = performance.now();
  let retriever = await production.update(synthetic);
  const totalMs = performance.now() - t;
  const steps = production.lastUpdate?.ms ?? { tokens: 0, embed: 0, index: 0, bm25: 0, save: 0, total: 0 };
  const embedMs = steps.embed;
  const indexMs = steps.index;
  const saveMs = steps.save;
  collect();
  const hybridMemory = memory();
  const peakRssMBAfterBuild = round(process.resourceUsage().maxRSS / 1024);
  const hybridSettled = await settle();
  const passages = retriever.passages.length;
  if (passages !== size) throw new Error(`corpus has ${passages} passages, expected ${size}`);

  // Queries: the same expanded text and vector the hybrid search computes.
  const tokenizer = createTokenizer(knowledge);
  const queryVectors = await Promise.all(questions.map((q) => embeddings.embedQuery(tokenizer.expand(q.q))));
  const timeAll = async (n: number, fn: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < n; i++) await fn(i); // warm-up
    const samples: number[] = [];
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        await fn(i);
        samples.push(performance.now() - s);
      }
    }
    return summarize(samples);
  };
  const q = (i: number) => (questions[i] as Question).q;
  const bm25 = await timeAll(questions.length, (i) => retriever.search(q(i), 10, "bm25"));
  const hybrid = await timeAll(questions.length, (i) => retriever.search(q(i), 10, "hybrid"));

  let found = 0;
  let answerable = 0;
  for (const question of questions) {
    if (question.expect.length === 0) continue;
    answerable++;
    const hits = await retriever.search(question.q, 10, "hybrid");
    if (hits.some((h) => isLabelled(question, h.passage))) found++;
  }

  // Warm start: a second instance reads the saved index (what a restart with unchanged knowledge does).
  t = performance.now();
  await new NodeRetrieval({ dataDir, embeddings, persist: false }).update(synthetic);
  const warmStartMs = performance.now() - t;
  collect();
  // One more article (the first real one again under a new id) added in place.
  const first = [...knowledge.articles.values()][0];
  if (!first) throw new Error("no articles");
  const grown = {
    ...synthetic,
    articles: new Map([...synthetic.articles, ["bench-added", { ...first, id: "bench-added" }]]),
  };
  t = performance.now();
  retriever = await production.update(grown);
  const addMs = performance.now() - t;
  const addedPassages = production.lastUpdate?.addedPassages ?? 0;
  rmSync(dataDir, { recursive: true, force: true });
  collect();

  // Baselines over the same vectors (embedded again: the build does not keep them).
  const vectors = await embeddings.embedDocuments(retriever.passages.map((p) => `${p.text}${p.text}${p.context}`));
  t = performance.now();
  const brute = new BruteForceIndex(vectors);
  const bruteBuildMs = round(performance.now() - t);
  collect();
  const bruteMemory = memory();
  const bruteForce = await timeAll(questions.length, (i) => brute.search(queryVectors[i] as number[], 10));

  // HNSW over the same vectors: how a remote model's vectors are searched (not the offline embeddings').
  t = performance.now();
  const ann = await HnswIndex.build(vectors);
  const hnswBuildMs = round(performance.now() - t);
  const hnsw = await timeAll(questions.length, (i) => ann.search(queryVectors[i] as number[], 10));
  let recallHits = 0;
  for (const v of queryVectors) {
    const exact = new Set((await brute.search(v, 10)).map((h) => h.id));
    recallHits += (await ann.search(v, 10)).filter((h) => exact.has(h.id)).length;
  }

  t = performance.now();
  const store = new MemoryVectorStore(embeddings);
  await store.addVectors(
    vectors,
    vectors.map((_, i) => new Document({ pageContent: "", metadata: { i } })),
  );
  const mvsBuildMs = round(performance.now() - t);
  collect();
  const mvsMemory = memory();
  // A full scan per query: fewer questions at the larger sizes keep the run short (all of them up to 10k).
  const mvsQueries = Math.min(questions.length, Math.max(20, Math.round(questions.length * (10_000 / size))));
  const memoryVectorStore = await timeAll(mvsQueries, (i) =>
    store.similaritySearchVectorWithScore(queryVectors[i] as number[], 10),
  );

  return {
    size,
    passages,
    articles: synthetic.articles.size,
    corpusMs,
    build: {
      totalMs: round(totalMs),
      embedMs: round(embedMs),
      indexMs: round(indexMs),
      passagesTokensBm25Ms: round(totalMs - embedMs - indexMs - saveMs),
      saveMs: round(saveMs),
    },
    warmStartMs: round(warmStartMs),
    incrementalAdd: { ms: round(addMs), addedPassages },
    memory: {
      base,
      corpus,
      hybrid: hybridMemory,
      hybridSettled,
      peakRssMBAfterBuild,
      bruteForce: bruteMemory,
      memoryVectorStore: mvsMemory,
    },
    queries: { questions: questions.length, reps },
    latency: { bm25, hybrid, hnsw, bruteForce, memoryVectorStore },
    baselineBuildMs: { bruteForce: bruteBuildMs, memoryVectorStore: mvsBuildMs, hnsw: hnswBuildMs },
    memoryVectorStoreQueries: mvsQueries,
    hnswRecallAt10: round(recallHits / (queryVectors.length * 10)),
    goldenFoundAt10: { found, answerable },
  };
}

/** Collects once a second until RSS falls by less than 2 % (at most 15 s): freed memory goes back lazily. */
async function settle(): Promise<ReturnType<typeof memory>> {
  let last = process.memoryUsage().rss;
  for (let i = 0; i < 15; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    collect();
    const rss = process.memoryUsage().rss;
    if (last - rss < last * 0.02) break;
    last = rss;
  }
  return memory();
}

if (process.send) await childMain(main);
