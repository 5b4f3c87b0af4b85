/**
 * Okapi BM25 over pre-tokenised documents.
 *
 * Postings are stored compactly (one typed array of document numbers and one of term frequencies, sliced per
 * term), and a search accumulates scores in a typed array and keeps only the best `limit` in a heap: at 100k
 * passages this is what keeps memory and query time in bounds (docs/benchmarks.md). The arithmetic — every
 * term's contribution, added per document in query-term order — is the same as the straightforward version,
 * so scores and ranking are identical to the last bit.
 */
import { topK } from "./vector-index.ts";

export type Bm25Hit = { doc: number; score: number };

export class Bm25 {
  /** term → its number; its postings are docs/tfs[offsets[t] … offsets[t + 1]). */
  private readonly terms = new Map<string, number>();
  private readonly offsets: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly tfs: Uint16Array | Uint32Array;
  private readonly lengths: number[];
  private readonly avgLength: number;
  /** Per document: k1 · (1 − b + b · length / avgLength), the length part of the denominator. */
  private readonly norms: Float64Array;
  /** Search scratch space, reused: scores, and the search number that last touched each document. */
  private readonly scores: Float64Array;
  private readonly touchedIn: Uint32Array;
  private searches = 0;

  constructor(
    docs: string[][],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.lengths = docs.map((d) => d.length);
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(docs.length, 1);
    this.norms = Float64Array.from(this.lengths, (len) => this.k1 * (1 - this.b + (this.b * len) / this.avgLength));

    // Pass 1: term numbers, each document's tokens as numbers, and document frequencies.
    const ids = new Uint32Array(this.lengths.reduce((a, b) => a + b, 0));
    const df: number[] = [];
    const lastDoc: number[] = [];
    let n = 0;
    docs.forEach((tokens, doc) => {
      for (const token of tokens) {
        let id = this.terms.get(token);
        if (id === undefined) {
          id = df.length;
          this.terms.set(token, id);
          df.push(0);
          lastDoc.push(-1);
        }
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          df[id] = (df[id] as number) + 1;
        }
        ids[n++] = id;
      }
    });

    // Pass 2: postings in document order, term frequencies counted in place.
    this.offsets = new Uint32Array(df.length + 1);
    for (let t = 0; t < df.length; t++) this.offsets[t + 1] = (this.offsets[t] as number) + (df[t] as number);
    const total = this.offsets[df.length] as number;
    this.docs = new Uint32Array(total);
    const counts = new Uint32Array(total);
    const cursor = this.offsets.slice(0, df.length);
    const lastPos = new Uint32Array(df.length);
    lastDoc.fill(-1);
    n = 0;
    for (let doc = 0; doc < docs.length; doc++) {
      const length = this.lengths[doc] as number;
      for (let i = 0; i < length; i++) {
        const id = ids[n++] as number;
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          const pos = cursor[id] as number;
          cursor[id] = pos + 1;
          this.docs[pos] = doc;
          counts[pos] = 1;
          lastPos[id] = pos;
        } else {
          const pos = lastPos[id] as number;
          counts[pos] = (counts[pos] as number) + 1;
        }
      }
    }
    let maxTf = 0;
    for (let i = 0; i < total; i++) if ((counts[i] as number) > maxTf) maxTf = counts[i] as number;
    this.tfs = maxTf <= 0xffff ? Uint16Array.from(counts) : counts;

    this.scores = new Float64Array(docs.length);
    this.touchedIn = new Uint32Array(docs.length);
  }

  idf(term: string): number {
    const t = this.terms.get(term);
    const df = t === undefined ? 0 : (this.offsets[t + 1] as number) - (this.offsets[t] as number);
    const n = this.lengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Scores for every document that shares a term with the query, best first (ties: lower document first). */
  search(query: string[], limit: number, weights?: Map<string, number>): Bm25Hit[] {
    const search = ++this.searches;
    if (search === 0xffffffff) {
      this.touchedIn.fill(0);
      this.searches = 1;
    }
    const stamp = this.searches;
    const touched: number[] = [];
    const scores = this.scores;
    for (const term of new Set(query)) {
      const t = this.terms.get(term);
      if (t === undefined) continue;
      const idf = this.idf(term) * (weights?.get(term) ?? 1);
      const end = this.offsets[t + 1] as number;
      for (let p = this.offsets[t] as number; p < end; p++) {
        const doc = this.docs[p] as number;
        const tf = this.tfs[p] as number;
        const s = (idf * tf * (this.k1 + 1)) / (tf + (this.norms[doc] as number));
        if (this.touchedIn[doc] !== stamp) {
          this.touchedIn[doc] = stamp;
          scores[doc] = 0;
          touched.push(doc);
        }
        scores[doc] = (scores[doc] as number) + s;
      }
    }
    return topK(touched, scores, limit).map((doc) => ({ doc, score: scores[doc] as number }));
  }
}
