/**
 * The compact BM25 (src/retrieval/bm25.ts) must rank exactly as the straightforward Okapi BM25 it replaced:
 * same documents, same order, bit-identical scores — on random corpora with a tiny vocabulary (many ties),
 * repeated query terms, term weights and limits, and over several searches on one index (reused scratch space).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Bm25 } from "../../src/retrieval/bm25.ts";

/** The reference: postings as objects, scores in a Map, a full sort. */
class ReferenceBm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[];
  private readonly avgLength: number;
  constructor(
    docs: string[][],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.lengths = docs.map((d) => d.length);
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(docs.length, 1);
    docs.forEach((tokens, doc) => {
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, n] of tf) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc, tf: n });
        this.postings.set(term, list);
      }
    });
  }
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    const n = this.lengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  search(query: string[], limit: number, weights?: Map<string, number>) {
    const scores = new Map<number, number>();
    for (const term of new Set(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * (weights?.get(term) ?? 1);
      for (const { doc, tf } of list) {
        const len = this.lengths[doc] ?? 0;
        const s = (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * len) / this.avgLength));
        scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
    }
    return [...scores.entries()]
      .map(([doc, score]) => ({ doc, score }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, limit);
  }
}

const term = fc.constantFrom("高新区", "网络", "#高新", "#新区", "物联网", "联盟", "a", "b", "c", "成员");
const doc = fc.array(term, { minLength: 0, maxLength: 12 });

describe("Bm25 (compact) ≡ reference Okapi BM25", () => {
  it("ranks and scores identically", () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 40 }),
        fc.array(
          fc.record({
            query: fc.array(fc.oneof(term, fc.constant("不在索引中")), { maxLength: 8 }),
            limit: fc.integer({ min: 0, max: 60 }),
            weights: fc.option(fc.dictionary(term, fc.constantFrom(0, 0.5, 1, 2)), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (docs, searches) => {
          const fast = new Bm25(docs);
          const reference = new ReferenceBm25(docs);
          for (const { query, limit, weights } of searches) {
            const w = weights ? new Map(Object.entries(weights)) : undefined;
            expect(fast.search(query, limit, w)).toEqual(reference.search(query, limit, w));
            for (const t of query) expect(fast.idf(t)).toBe(reference.idf(t));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("ranks and scores identically where pruning applies (skewed term frequencies, larger corpora, small k)", () => {
    // Term i is drawn with probability falling steeply with i: a few very common terms, many rare ones.
    const skewedTerm = fc.double({ min: 0, max: 1, noNaN: true }).map((u) => `t${Math.floor(u ** 3 * 60)}`);
    fc.assert(
      fc.property(
        fc.array(fc.array(skewedTerm, { minLength: 1, maxLength: 25 }), { minLength: 50, maxLength: 250 }),
        fc.array(fc.array(skewedTerm, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        (docs, queries, limit) => {
          const fast = new Bm25(docs);
          const reference = new ReferenceBm25(docs);
          for (const query of queries) expect(fast.search(query, limit)).toEqual(reference.search(query, limit));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives the same results cut into segments of any size (search, searchAll, searchRange, parts, merge, grouped)", () => {
    const skewedTerm = fc.double({ min: 0, max: 1, noNaN: true }).map((u) => `t${Math.floor(u ** 3 * 60)}`);
    fc.assert(
      fc.property(
        fc.array(fc.array(skewedTerm, { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.array(skewedTerm, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 70 }),
        (docs, queries, limit, segment) => {
          const whole = new Bm25(docs);
          const cut = new Bm25(docs, 1.2, 0.75, segment);
          const reference = new ReferenceBm25(docs);
          for (const query of queries) {
            expect(cut.search(query, limit)).toEqual(reference.search(query, limit));
            expect(cut.searchAll(query, limit)).toEqual(whole.searchAll(query, limit));
            const start = Math.floor(docs.length / 3);
            expect(cut.searchRange(query, start, start + 40)).toEqual(whole.searchRange(query, start, start + 40));
          }
          expect(cut.parts()).toEqual(whole.parts());
          docs.forEach((tokens, d) => {
            expect(cut.matches(d, tokens)).toBe(true);
          });
          // Every other document kept, in reverse order, and one added: the same index as merging the whole one.
          const keep = Int32Array.from(docs, (_, d) => (d % 2 === 0 ? Math.floor((docs.length - 1 - d) / 2) : -1));
          const kept = Math.ceil(docs.length / 2);
          const added = [{ doc: kept, tokens: ["t0", "新词"] }];
          expect(Bm25.merge(cut, keep, added, kept + 1).parts()).toEqual(
            Bm25.merge(whole, keep, added, kept + 1).parts(),
          );
          const groupOf = Int32Array.from(docs, (_, d) => Math.floor(d / 3));
          const groups = Math.ceil(docs.length / 3);
          expect(cut.grouped(groupOf, groups, 1.2, 0).parts()).toEqual(whole.grouped(groupOf, groups, 1.2, 0).parts());
        },
      ),
      { numRuns: 150 },
    );
  });

  it("ranks and scores identically over several windows of documents (more than 4,096, with weights)", () => {
    // A seeded corpus of 10,000 short documents: the pruned search walks it a window at a time.
    const skewedTerm = fc.double({ min: 0, max: 1, noNaN: true }).map((u) => `t${Math.floor(u ** 3 * 400)}`);
    const docs = fc.sample(fc.array(skewedTerm, { minLength: 1, maxLength: 20 }), { numRuns: 10_000, seed: 17 });
    const fast = new Bm25(docs);
    // Segments of 3,000 documents: windows end at a segment's end, and the threshold carries over.
    const cut = new Bm25(docs, 1.2, 0.75, 3000);
    const reference = new ReferenceBm25(docs);
    fc.assert(
      fc.property(
        fc.array(skewedTerm, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 60 }),
        fc.option(fc.dictionary(skewedTerm, fc.constantFrom(0.5, 1, 2)), { nil: undefined }),
        (query, limit, weights) => {
          const w = weights ? new Map(Object.entries(weights)) : undefined;
          const expected = reference.search(query, limit, w);
          expect(fast.search(query, limit, w)).toEqual(expected);
          expect(cut.search(query, limit, w)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("handles an empty corpus and an empty query", () => {
    expect(new Bm25([]).search(["网络"], 10)).toEqual([]);
    expect(new Bm25([["网络"]]).search([], 10)).toEqual([]);
  });
});
