/**
 * BruteForceIndex (src/retrieval/vector-index.ts) scores into a typed array and keeps the top k in a heap: it must
 * return exactly what scoring every vector and sorting them all returns (score, then lower id; ties included).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BruteForceIndex, topK } from "../../src/retrieval/vector-index.ts";

function reference(vectors: number[][], query: number[], k: number) {
  const hits = vectors.map((v, id) => {
    let dot = 0;
    for (let i = 0; i < v.length; i++) dot += (v[i] ?? 0) * (query[i] ?? 0);
    return { id, score: dot };
  });
  return hits.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, k);
}

const component = fc.constantFrom(-1, -0.5, 0, 0.25, 0.5, 1);

describe("BruteForceIndex ≡ score-all-and-sort", () => {
  it("returns the same hits in the same order, ties included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(component, { minLength: 3, maxLength: 3 }), { maxLength: 40 }),
        fc.array(fc.array(component, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 50 }),
        async (vectors, queries, k) => {
          const index = new BruteForceIndex(vectors);
          for (const q of queries) expect(await index.search(q, k)).toEqual(reference(vectors, q, k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("topK keeps nothing for k ≤ 0 and everything for k ≥ n", () => {
    const scores = Float64Array.from([3, 1, 3, 2]);
    expect(topK([0, 1, 2, 3], scores, 0)).toEqual([]);
    expect(topK([0, 1, 2, 3], scores, 10)).toEqual([0, 2, 3, 1]);
  });
});
