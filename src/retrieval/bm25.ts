/**
 * Okapi BM25 over pre-tokenised documents.
 *
 * Postings are stored compactly (one typed array of document numbers and one of term frequencies, sliced per
 * term), and a search walks them document at a time with max-score pruning (`search`): at 100k passages this is
 * what keeps memory and query time in bounds (docs/benchmarks.md). The documents it keeps are scored again the
 * straightforward way — every term's contribution, added in query-term order (`searchAll`) — so scores and
 * ranking are identical to the last bit.
 *
 * Knowledge added at run time goes in with `Bm25.merge`: the kept documents' postings are copied (renumbered to
 * their new positions) and only the new documents are tokenised, so a large index takes a small addition without
 * tokenising everything again. The result is the index a fresh build over the same documents would give: same
 * document frequencies, lengths, scores and order.
 */
import {
  type Bm25Parts,
  eachPosting,
  find,
  gallop,
  joinSegments,
  SEGMENT_DOCUMENTS,
  type Segment,
  segmentPostings,
  type TermCounts,
} from "./bm25-segment.ts";
import { topK } from "./vector-index.ts";

export type Bm25Hit = { doc: number; score: number };
export type { Bm25Parts, TermCounts };

/** Documents summed together: the essential terms are walked term at a time within a window of this many. */
const WINDOW = 4096;
/** The seed threshold: postings walked from the terms with the largest bounds, and documents scored exactly. */
const SEED_POSTINGS = 4000;
/** Documents whose exact scores seed a search's threshold (Bm25.seed). */
const SEED_DOCUMENTS = 64;

/** The best `k` scores seen, as a min-heap: `threshold` is the `k`-th best (−∞ until there are `k`). */
class TopScores {
  private readonly heap: Float64Array;
  private size = 0;
  constructor(
    private readonly k: number,
    /** A score `k` documents are already known to reach. */
    private readonly known: number,
  ) {
    this.heap = new Float64Array(k);
  }

  get threshold(): number {
    return Math.max(this.known, this.size < this.k ? Number.NEGATIVE_INFINITY : (this.heap[0] as number));
  }

  /** Adds a score; true when the threshold rose. */
  add(v: number): boolean {
    const heap = this.heap;
    const before = this.threshold;
    if (this.size < this.k) {
      let c = this.size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if ((heap[parent] as number) <= v) break;
        heap[c] = heap[parent] as number;
        c = parent;
      }
      heap[c] = v;
    } else if (v > (heap[0] as number)) {
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= this.k) break;
        const r = l + 1;
        const m = r < this.k && (heap[r] as number) < (heap[l] as number) ? r : l;
        if ((heap[m] as number) >= v) break;
        heap[c] = heap[m] as number;
        c = m;
      }
      heap[c] = v;
    } else return false;
    return this.threshold > before;
  }
}

export class Bm25 {
  /** term → its number; its postings are in the segments (src/retrieval/bm25-segment.ts). */
  private readonly terms: Map<string, number>;
  private readonly segments: Segment[];
  /** Documents per segment (the last may hold fewer). */
  private readonly segmentSize: number;
  /** Per term: the number of documents that hold it. */
  private readonly df: Uint32Array;
  private readonly lengths: number[];
  private readonly avgLength: number;
  /** Per document: k1 · (1 − b + b · length / avgLength), the length part of the denominator. */
  private readonly norms: Float64Array;
  /** Search scratch space, reused: scores, and the search number that last touched each document. */
  private readonly scores: Float64Array;
  private readonly touchedIn: Uint32Array;
  private searches = 0;
  /** Per term: its largest bound in any segment (without idf). */
  private readonly impact: Float64Array;

  constructor(
    docs: Iterable<string[]> | Bm25Parts,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
    segmentSize = SEGMENT_DOCUMENTS,
  ) {
    const parts = "offsets" in docs ? docs : invert(docs);
    this.terms = parts.terms;
    this.lengths = parts.lengths;
    this.segmentSize = segmentSize;
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(this.lengths.length, 1);
    this.norms = Float64Array.from(this.lengths, (len) => this.k1 * (1 - this.b + (this.b * len) / this.avgLength));
    const { offsets, counts } = parts;
    const termCount = offsets.length - 1;
    this.df = new Uint32Array(Math.max(termCount, 0));
    for (let t = 0; t < termCount; t++) this.df[t] = (offsets[t + 1] as number) - (offsets[t] as number);
    this.segments = segmentPostings({ ...parts, counts: narrowest(counts) }, segmentSize, this.norms, this.k1);
    this.scores = new Float64Array(this.lengths.length);
    this.touchedIn = new Uint32Array(this.lengths.length);
    this.impact = new Float64Array(Math.max(termCount, 0));
    for (const s of this.segments) {
      for (let t = 0; t < termCount; t++)
        if ((s.impact[t] as number) > (this.impact[t] as number)) this.impact[t] = s.impact[t] as number;
    }
  }

  /** Number of documents. */
  get size(): number {
    return this.lengths.length;
  }

  /** The index as one set of postings, for saving (src/retrieval/bm25-file.ts); the document numbers are a copy. */
  parts(): Bm25Parts {
    return { terms: this.terms, ...joinSegments(this.segments, this.df.length), lengths: this.lengths };
  }

  /** Whether document `doc` was indexed from exactly `tokens` (its length and every term's frequency). */
  matches(doc: number, tokens: string[]): boolean {
    if (doc < 0 || doc >= this.lengths.length || this.lengths[doc] !== tokens.length) return false;
    const tf = new Map<string, number>();
    for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1);
    for (const [term, count] of tf) {
      const t = this.terms.get(term);
      if (t === undefined || this.tfOf(doc, t) !== count) return false;
    }
    return true;
  }

  /**
   * A new index over `size` documents: the documents of `old` that `keep` maps to a position (keep[doc] ≥ 0), and
   * `added` at theirs. Every position must be filled exactly once.
   */
  static merge(old: Bm25, keep: Int32Array, added: { doc: number; tokens: string[] }[], size: number): Bm25 {
    // Every document kept where it was and nothing added (a restart from a saved index): the same index.
    if (added.length === 0 && size === old.size && keep.length === size && keep.every((to, d) => to === d)) return old;
    const lengths: number[] = new Array(size).fill(-1);
    for (let d = 0; d < keep.length; d++) {
      const to = keep[d] as number;
      if (to >= 0) lengths[to] = old.lengths[d] as number;
    }
    for (const a of added) lengths[a.doc] = a.tokens.length;
    if (lengths.some((l) => l < 0)) throw new Error("Bm25.merge: a position was left without a document");

    // Term numbers: the old ones, then the new words, in order of first sight.
    const terms = new Map(old.terms);
    const addedPostings: { term: number; doc: number; tf: number }[] = [];
    for (const { doc, tokens } of added) {
      const tf = new Map<number, number>();
      for (const token of tokens) {
        let id = terms.get(token);
        if (id === undefined) {
          id = terms.size;
          terms.set(token, id);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      for (const [term, count] of tf) addedPostings.push({ term, doc, tf: count });
    }
    const termCount = terms.size;
    const df = new Uint32Array(termCount);
    const oldTerms = old.df.length;
    for (let t = 0; t < oldTerms; t++) {
      eachPosting(old.segments, t, (doc) => {
        if ((keep[doc] as number) >= 0) df[t] = (df[t] as number) + 1;
      });
    }
    for (const a of addedPostings) df[a.term] = (df[a.term] as number) + 1;
    const offsets = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t] as number) + (df[t] as number);
    const total = offsets[termCount] as number;
    const docs = new Uint32Array(total);
    const counts = new Uint32Array(total);
    const cursor = offsets.slice(0, termCount);
    for (let t = 0; t < oldTerms; t++) {
      eachPosting(old.segments, t, (doc, tf) => {
        const to = keep[doc] as number;
        if (to < 0) return;
        const at = cursor[t] as number;
        cursor[t] = at + 1;
        docs[at] = to;
        counts[at] = tf;
      });
    }
    for (const a of addedPostings) {
      const at = cursor[a.term] as number;
      cursor[a.term] = at + 1;
      docs[at] = a.doc;
      counts[at] = a.tf;
    }
    // Postings in document order, as a fresh build lays them out (renumbering or additions may break it).
    for (let t = 0; t < termCount; t++) sortPostings(docs, counts, offsets[t] as number, offsets[t + 1] as number);
    return new Bm25({ terms, offsets, docs, counts, lengths }, old.k1, old.b, old.segmentSize);
  }

  /**
   * An index whose documents are groups of this one's (an article's passages: `groupOf[doc]`, groups numbered from
   * 0 and each group's documents consecutive): a group's term counts and length are its documents' sums. Built
   * from the postings alone, so it needs no tokens (a saved index has none).
   */
  grouped(groupOf: Int32Array, groups: number, k1: number, b: number): Bm25 {
    const termCount = this.df.length;
    // Two passes over the postings, into typed arrays sized by the first (no growing arrays at 100k passages).
    const offsets = new Uint32Array(termCount + 1);
    let n = 0;
    for (let t = 0; t < termCount; t++) {
      let last = -1;
      eachPosting(this.segments, t, (doc) => {
        const group = groupOf[doc] as number;
        if (group !== last) n++;
        last = group;
      });
      offsets[t + 1] = n;
    }
    const docs = new Uint32Array(n);
    const counts = new Uint32Array(n);
    let q = -1;
    for (let t = 0; t < termCount; t++) {
      let last = -1;
      eachPosting(this.segments, t, (doc, tf) => {
        const group = groupOf[doc] as number;
        if (group !== last) {
          docs[++q] = group;
          last = group;
        }
        counts[q] = (counts[q] as number) + tf;
      });
    }
    const lengths = new Array<number>(groups).fill(0);
    this.lengths.forEach((length, doc) => {
      const group = groupOf[doc] as number;
      lengths[group] = (lengths[group] as number) + length;
    });
    return new Bm25({ terms: this.terms, offsets, docs, counts, lengths }, k1, b, this.segmentSize);
  }

  /**
   * Every document in [start, end) that shares a term with the query, with the score `searchAll` gives it (summed
   * in query-term order), best first (ties: lower document first).
   */
  searchRange(query: string[], start: number, end: number): Bm25Hit[] {
    const scores = new Map<number, number>();
    for (const term of new Set(query)) {
      const t = this.terms.get(term);
      if (t === undefined) continue;
      const idf = this.idf(term);
      for (const { base, size, offsets, docs, tfs } of this.segments) {
        if (base + size <= start || base >= end) continue;
        const last = offsets[t + 1] as number;
        for (let p = find(docs, Math.max(start - base, 0), offsets[t] as number, last); p < last; p++) {
          const doc = base + (docs[p] as number);
          if (doc >= end) break;
          const tf = tfs[p] as number;
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + (this.norms[doc] as number)));
        }
      }
    }
    return [...scores].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  idf(term: string): number {
    const t = this.terms.get(term);
    const df = t === undefined ? 0 : (this.df[t] as number);
    const n = this.lengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * The best `limit` documents that share a term with the query, best first (ties: lower document first), with
   * the scores the exhaustive sum gives (`searchAll`), to the last bit.
   *
   * Max-score pruning (Turtle & Flood), a window of documents at a time: each term has a bound, the most it can
   * add to a document (idf × its largest tf part). Terms are ranked by bound, and the ones whose bounds together
   * stay below the current `limit`-th score are "non-essential": a document found in none of the others cannot
   * reach the top. So only the other terms' postings are walked, summed term at a time within a window of
   * `WINDOW` documents (no per-document scan over the terms), and then, document by document in order, the
   * non-essential terms are looked up (stepping forward from the last lookup, `gallop`) only while the document can
   * still get there. As the `limit`-th score rises, more terms become non-essential from the next window on;
   * common terms (long postings, small idf) are then never walked. The threshold starts from the exact scores of
   * the best documents of the query's rarest terms (`seed`), so it is high from the first window, and carries from
   * one segment to the next (each segment ranks the terms by its own bounds). The documents kept are scored again
   * in query order, the exhaustive sum's order, so scores and ties are exactly `searchAll`'s.
   */
  search(query: string[], limit: number, weights?: Map<string, number>): Bm25Hit[] {
    const k = Math.max(0, Math.floor(limit));
    const terms: { t: number; w: number; bound: number }[] = [];
    for (const term of new Set(query)) {
      const t = this.terms.get(term);
      if (t === undefined) continue;
      const w = this.idf(term) * (weights?.get(term) ?? 1);
      // A weight that is not positive breaks the bounds' premise (scores only grow): score exhaustively.
      if (!(w > 0) || !Number.isFinite(w)) return this.searchAll(query, limit, weights);
      terms.push({ t, w, bound: w * (this.impact[t] as number) });
    }
    if (k === 0 || terms.length === 0) return [];
    const best = new TopScores(k, this.seed(terms, k));
    const kept: number[] = [];
    for (const segment of this.segments) this.walk(segment, terms, best, kept);

    // The documents within reach of the `limit`-th score, scored again in query order (the exhaustive sum).
    const floor = slack(best.threshold);
    const scores = this.scores;
    const finalists: number[] = [];
    for (const doc of kept) {
      const score = this.exact(doc, terms);
      if (score >= floor) {
        scores[doc] = score;
        finalists.push(doc);
      }
    }
    return topK(finalists, scores, k).map((doc) => ({ doc, score: scores[doc] as number }));
  }

  /** One segment of `search`: the documents that may reach the top go to `kept` (as the index numbers them). */
  private walk(segment: Segment, terms: { t: number; w: number }[], best: TopScores, kept: number[]): void {
    const { base, offsets, docs, tfs, impact } = segment;
    // Smallest bound here first; `below[j]` is the sum of the bounds of terms [0, j).
    const order = terms
      .map(({ t, w }) => ({ t, w, bound: w * (impact[t] as number) }))
      .sort((a, b) => a.bound - b.bound);
    const n = order.length;
    const below = new Float64Array(n + 1);
    const at = new Uint32Array(n);
    const end = new Uint32Array(n);
    const weight = new Float64Array(n);
    order.forEach((o, j) => {
      below[j + 1] = (below[j] as number) + o.bound;
      at[j] = offsets[o.t] as number;
      end[j] = offsets[o.t + 1] as number;
      weight[j] = o.w;
    });
    // Within the segment, documents are numbered from 0: the scratch arrays are seen from `base`.
    const span = base + segment.size;
    const norms = this.norms.subarray(base, span);
    const scores = this.scores.subarray(base, span);
    const touchedIn = this.touchedIn.subarray(base, span);
    const k1 = this.k1 + 1;
    let floor = slack(best.threshold);
    // Terms [0, first) are non-essential: their bounds sum below the threshold.
    let first = 0;
    while (first < n && (below[first + 1] as number) < floor) first++;
    const stamp = this.nextStamp();
    const window = new Uint32Array(WINDOW);
    for (;;) {
      // The next window of documents: from the smallest document an essential term still holds.
      let lo = 0xffffffff;
      for (let j = first; j < n; j++) {
        const p = at[j] as number;
        if (p < (end[j] as number) && (docs[p] as number) < lo) lo = docs[p] as number;
      }
      if (lo === 0xffffffff) break;
      const hi = lo + WINDOW;
      // The essential terms' parts, term at a time within the window.
      let touched = 0;
      const walked = first;
      for (let j = walked; j < n; j++) {
        const w = weight[j] as number;
        const stop = end[j] as number;
        let p = at[j] as number;
        for (; p < stop; p++) {
          const doc = docs[p] as number;
          if (doc >= hi) break;
          const tf = tfs[p] as number;
          const part = (w * tf * k1) / (tf + (norms[doc] as number));
          if (touchedIn[doc] !== stamp) {
            touchedIn[doc] = stamp;
            scores[doc] = part;
            window[touched++] = doc;
          } else scores[doc] = (scores[doc] as number) + part;
        }
        at[j] = p;
      }
      // Then document by document, in order, the non-essential terms while the document can still get in.
      const found = window.subarray(0, touched).sort();
      for (let i = 0; i < touched; i++) {
        const doc = found[i] as number;
        let score = scores[doc] as number;
        const norm = norms[doc] as number;
        let reachable = true;
        for (let j = walked - 1; j >= 0; j--) {
          if (score + (below[j + 1] as number) < floor) {
            reachable = false;
            break;
          }
          const p = gallop(docs, doc, at[j] as number, end[j] as number);
          at[j] = p;
          if (p < (end[j] as number) && docs[p] === doc) {
            const tf = tfs[p] as number;
            score += ((weight[j] as number) * tf * k1) / (tf + norm);
          }
        }
        if (!reachable || score < floor) continue;
        kept.push(base + doc);
        if (best.add(score)) {
          floor = slack(best.threshold);
          while (first < n && (below[first + 1] as number) < floor) first++;
        }
      }
    }
  }

  /**
   * A score `k` documents are known to reach: the terms with the largest bounds are summed term at a time (until
   * `SEED_POSTINGS` postings are walked), and the `k`-th best exact score of the best of those documents (at least
   * `SEED_DOCUMENTS`) is the answer; −∞ when fewer than `k` documents were seen.
   */
  private seed(terms: { t: number; w: number; bound: number }[], k: number): number {
    const stamp = this.nextStamp();
    const touched: number[] = [];
    let walked = 0;
    for (const { t, w } of [...terms].sort((a, b) => b.bound - a.bound)) {
      if (walked >= SEED_POSTINGS) break;
      walked += this.df[t] as number;
      this.addTerm(t, w, stamp, touched);
    }
    if (touched.length < k) return Number.NEGATIVE_INFINITY;
    const top = new TopScores(k, Number.NEGATIVE_INFINITY);
    for (const doc of topK(touched, this.scores, Math.max(k, SEED_DOCUMENTS))) top.add(this.exact(doc, terms));
    return top.threshold;
  }

  /** Document `doc`'s score, summed in query-term order (as `searchAll` sums it; `w` is a term's weighted idf). */
  private exact(doc: number, terms: { t: number; w: number }[]): number {
    const k1 = this.k1 + 1;
    const norm = this.norms[doc] as number;
    let score = 0;
    for (const { t, w } of terms) {
      const tf = this.tfOf(doc, t);
      if (tf > 0) score = score + (w * tf * k1) / (tf + norm);
    }
    return score;
  }

  /** How often term `t` occurs in document `doc` (0: not at all). */
  private tfOf(doc: number, t: number): number {
    const { base, offsets, docs, tfs } = this.segments[Math.floor(doc / this.segmentSize)] as Segment;
    const local = doc - base;
    const end = offsets[t + 1] as number;
    const p = find(docs, local, offsets[t] as number, end);
    return p < end && docs[p] === local ? (tfs[p] as number) : 0;
  }

  /** Every document's exhaustive score, summed in query-term order; the best `limit`. */
  searchAll(query: string[], limit: number, weights?: Map<string, number>): Bm25Hit[] {
    const stamp = this.nextStamp();
    const touched: number[] = [];
    for (const term of new Set(query)) {
      const t = this.terms.get(term);
      if (t !== undefined) this.addTerm(t, this.idf(term) * (weights?.get(term) ?? 1), stamp, touched);
    }
    const scores = this.scores;
    return topK(touched, scores, limit).map((doc) => ({ doc, score: scores[doc] as number }));
  }

  /**
   * Adds term `t`'s part (weight `w`, its idf) to the score of every document that holds it; a document first met
   * in search `stamp` starts from its part and is noted in `touched`. (Search's window loop does the same within a
   * window, inline: it is the hot path.)
   */
  private addTerm(t: number, w: number, stamp: number, touched: number[]): void {
    const { norms, scores, touchedIn } = this;
    const k1 = this.k1 + 1;
    for (const { base, offsets, docs, tfs } of this.segments) {
      const stop = offsets[t + 1] as number;
      for (let p = offsets[t] as number; p < stop; p++) {
        const doc = base + (docs[p] as number);
        const tf = tfs[p] as number;
        const part = (w * tf * k1) / (tf + (norms[doc] as number));
        if (touchedIn[doc] !== stamp) {
          touchedIn[doc] = stamp;
          scores[doc] = part;
          touched.push(doc);
        } else scores[doc] = (scores[doc] as number) + part;
      }
    }
  }

  private nextStamp(): number {
    if (++this.searches === 0xffffffff) {
      this.touchedIn.fill(0);
      this.searches = 1;
    }
    return this.searches;
  }
}

/** Relative slack for the bounds: sums taken in another order differ in the last bits. */
const slack = (x: number) => x * (1 - 1e-9);

/** The counts in the narrowest width that holds the largest. */
function narrowest(counts: TermCounts): TermCounts {
  let maxTf = 0;
  for (let i = 0; i < counts.length; i++) if ((counts[i] as number) > maxTf) maxTf = counts[i] as number;
  const width = maxTf <= 0xff ? 1 : maxTf <= 0xffff ? 2 : 4;
  if (counts.BYTES_PER_ELEMENT === width) return counts;
  return width === 1 ? Uint8Array.from(counts) : width === 2 ? Uint16Array.from(counts) : Uint32Array.from(counts);
}

/** Documents' tokens → term numbers and postings in document order, with term frequencies. */
function invert(docs: Iterable<string[]>): Bm25Parts {
  const terms = new Map<string, number>();
  const lengths: number[] = [];
  // Pass 1: term numbers, each document's tokens as numbers, and document frequencies. Documents are read once,
  // in order, and not kept (a generator can tokenise them one at a time).
  let ids = new Uint32Array(1 << 16);
  const df: number[] = [];
  const lastDoc: number[] = [];
  let n = 0;
  let doc = 0;
  for (const tokens of docs) {
    lengths.push(tokens.length);
    if (n + tokens.length > ids.length) {
      const grown = new Uint32Array(Math.max(ids.length * 2, n + tokens.length));
      grown.set(ids.subarray(0, n));
      ids = grown;
    }
    for (const token of tokens) {
      let id = terms.get(token);
      if (id === undefined) {
        id = df.length;
        terms.set(token, id);
        df.push(0);
        lastDoc.push(-1);
      }
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id] = (df[id] as number) + 1;
      }
      ids[n++] = id;
    }
    doc++;
  }

  // Pass 2: postings in document order, term frequencies counted in place.
  const offsets = new Uint32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) offsets[t + 1] = (offsets[t] as number) + (df[t] as number);
  const total = offsets[df.length] as number;
  const postings = new Uint32Array(total);
  const counts = new Uint32Array(total);
  const cursor = offsets.slice(0, df.length);
  const lastPos = new Uint32Array(df.length);
  lastDoc.fill(-1);
  n = 0;
  for (let doc = 0; doc < lengths.length; doc++) {
    const length = lengths[doc] as number;
    for (let i = 0; i < length; i++) {
      const id = ids[n++] as number;
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        const pos = cursor[id] as number;
        cursor[id] = pos + 1;
        postings[pos] = doc;
        counts[pos] = 1;
        lastPos[id] = pos;
      } else {
        const pos = lastPos[id] as number;
        counts[pos] = (counts[pos] as number) + 1;
      }
    }
  }
  return { terms, offsets, docs: postings, counts, lengths };
}

/** Sorts postings[from, to) by document, carrying the counts along (only where renumbering broke the order). */
function sortPostings(docs: Uint32Array, counts: Uint32Array, from: number, to: number): void {
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) if ((docs[i] as number) < (docs[i - 1] as number)) sorted = false;
  if (sorted) return;
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort(
    (a, b) => (docs[a] as number) - (docs[b] as number),
  );
  const d = order.map((i) => docs[i] as number);
  const c = order.map((i) => counts[i] as number);
  docs.set(d, from);
  counts.set(c, from);
}
