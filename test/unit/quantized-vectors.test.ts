/**
 * The int8 vector store (src/retrieval/quantized-vectors.ts, quantized-file.ts) and the rescoring it serves
 * (src/retrieval/hybrid.ts): scores within the quantisation's error of the exact float64 dot product, the same
 * top 10 as an exact scan up to near ties, labels removed and placed as HnswIndex's are, files that round-trip
 * (and are refused when cut short), and hybrid hits that are always BM25's candidates with the offline embeddings.
 */
import { mkdtempSync, readdirSync, rmSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { HashedNgramEmbeddings, hashedVector } from "../../src/retrieval/embeddings.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { NodeRetrieval } from "../../src/retrieval/node-index.ts";
import { loadQuantized, saveQuantized } from "../../src/retrieval/quantized-file.ts";
import { QuantizedVectors } from "../../src/retrieval/quantized-vectors.ts";
import { BruteForceIndex } from "../../src/retrieval/vector-index.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const knowledge = loadKnowledge();
const texts = [...knowledge.articles.values()].flatMap((a) => a.body.split(/[。！？]/)).filter((t) => t.length > 8);
const vectors = texts.slice(0, 400).map((t) => hashedVector(t));
const queries = ["物联网网络有哪些成员", "集成电路网络什么时候成立", "创新型产业集群的建设目标", "淮河联盟秘书处"].map(
  (q) => hashedVector(q),
);
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] as number), 0);

describe("QuantizedVectors", () => {
  const store = QuantizedVectors.from(vectors);

  it("scores each vector within 0.002 of the exact dot product", () => {
    for (const q of queries) {
      const scored = store.rescore(
        q,
        vectors.map((_, i) => i),
      );
      for (const h of scored) expect(Math.abs(h.score - dot(q, vectors[h.id] as number[]))).toBeLessThan(0.002);
    }
  });

  it("finds the exact scan's top 10, except where two scores are within the quantisation's error", async () => {
    const exact = new BruteForceIndex(vectors);
    for (const q of queries) {
      const a = await store.search(q, 10);
      const b = await exact.search(q, 10);
      const tenth = (b[9] as { score: number }).score;
      for (const h of b) if (h.score > tenth + 0.004) expect(a.map((x) => x.id)).toContain(h.id);
    }
  });

  it("never finds a removed label; positions follow setPositions", async () => {
    const s = QuantizedVectors.create(512, 4);
    const labels = vectors.slice(0, 6).map((v) => s.add(v));
    s.remove(labels[2] as number);
    // Passages in a new order, the removed one without a vector.
    s.setPositions([labels[5] as number, -1, labels[0] as number]);
    expect(s.size).toBe(2);
    const hits = await s.search(vectors[0] as number[], 10);
    expect(hits.map((h) => h.id).sort()).toEqual([0, 2]);
    expect(hits[0]?.id).toBe(2);
    expect(s.rescore(vectors[0] as number[], [1])[0]?.score).toBe(0);
  });

  it("round-trips through its files; a file cut short is refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "quantized-"));
    dirs.push(dir);
    saveQuantized(store, dir);
    const back = loadQuantized(dir);
    expect(back).toBeDefined();
    back?.setPositions(vectors.map((_, i) => i));
    const ids = vectors.map((_, i) => i);
    for (const q of queries) expect(back?.rescore(q, ids)).toEqual(store.rescore(q, ids));
    truncateSync(join(dir, "vectors.i8"), 100);
    expect(loadQuantized(dir)).toBeUndefined();
  });
});

describe("rescoring with the offline embeddings", () => {
  it("every hybrid hit is one BM25 found (the vectors only rescore)", async () => {
    const retriever = await Retriever.build(knowledge, { embeddings: new HashedNgramEmbeddings() });
    for (const q of ["物联网网络的成员有哪些", "为什么要建设产业协同创新网络", "Who leads the IoT network?"]) {
      const hits = await retriever.search(q, 10);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) expect(h.bm25).toBeGreaterThan(0);
    }
  });

  it("NodeRetrieval saves the int8 store, and a second instance reads it back without embedding", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "quantized-node-"));
    dirs.push(dataDir);
    await new NodeRetrieval({ dataDir }).update(knowledge);
    const [folder] = readdirSync(join(dataDir, "index"));
    expect(readdirSync(join(dataDir, "index", folder as string))).toContain("vectors.i8");
    const reader = new NodeRetrieval({ dataDir, persist: false });
    await reader.update(knowledge);
    expect(reader.lastUpdate?.loadedFrom).toBeDefined();
    expect(reader.lastUpdate?.addedPassages).toBe(0);
  });
});
