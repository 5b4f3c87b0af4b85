/**
 * The postings of a BM25 index (src/retrieval/bm25.ts), cut into segments of consecutive documents. Within a
 * segment documents are numbered from 0, so a segment of at most 65,536 documents stores them in 16 bits: at 100k
 * passages the document numbers were 65 of the postings' 81 MB (docs/benchmarks.md, eighth pass), and half of
 * that is saved. A search walks the segments one after the other, in document order, so the cut costs it nothing
 * but a loop.
 */

/** Term frequencies, in the narrowest width that holds the largest (most postings' tf is 1–3). */
export type TermCounts = Uint8Array | Uint16Array | Uint32Array;

/** The compact form: term numbers and CSR postings (what `Bm25.parts()` returns, and a saved index holds). */
export type Bm25Parts = {
  terms: Map<string, number>;
  offsets: Uint32Array;
  docs: Uint32Array;
  counts: TermCounts;
  lengths: number[];
};

/** Documents per segment: the most 16-bit numbers can hold. */
export const SEGMENT_DOCUMENTS = 1 << 16;

/** Documents [base, base + size): a term's postings are docs/tfs[offsets[t] … offsets[t + 1]), in document order. */
export type Segment = {
  base: number;
  size: number;
  offsets: Uint32Array;
  /** Document numbers within the segment (document − base). */
  docs: Uint16Array;
  tfs: TermCounts;
  /** Per term: the largest tf·(k1 + 1) / (tf + norm) over its postings here — its bound here, without idf. */
  impact: Float64Array;
};

/**
 * The segments of `parts`' postings, `size` documents each (the last may hold fewer). `norms[doc]` is a document's
 * length part of the denominator, `k1` the tf saturation: they give each term's bound in each segment.
 */
export function segmentPostings(parts: Bm25Parts, size: number, norms: Float64Array, k1: number): Segment[] {
  if (!(size >= 1 && size <= SEGMENT_DOCUMENTS)) throw new RangeError(`segment size ${size} out of 1…65536`);
  const { offsets, docs, counts } = parts;
  const documents = parts.lengths.length;
  const termCount = offsets.length - 1;
  const segments: Segment[] = [];
  // Each term's first posting not yet in a segment: segments are cut in document order.
  const cursor = offsets.slice(0, Math.max(termCount, 0));
  for (let base = 0; base < documents || segments.length === 0; base += size) {
    const limit = Math.min(documents, base + size);
    const only = base === 0 && limit === documents;
    const segOffsets = only ? offsets : new Uint32Array(termCount + 1);
    if (!only) {
      for (let t = 0; t < termCount; t++) {
        let p = cursor[t] as number;
        const end = offsets[t + 1] as number;
        while (p < end && (docs[p] as number) < limit) p++;
        segOffsets[t + 1] = (segOffsets[t] as number) + p - (cursor[t] as number);
      }
    }
    const total = segOffsets[termCount] as number;
    const segDocs = new Uint16Array(total);
    const tfs = only ? counts : newCounts(counts, total);
    for (let t = 0; t < termCount; t++) {
      let q = segOffsets[t] as number;
      const stop = segOffsets[t + 1] as number;
      for (let p = cursor[t] as number; q < stop; p++, q++) {
        segDocs[q] = (docs[p] as number) - base;
        if (!only) tfs[q] = counts[p] as number;
      }
      cursor[t] = (cursor[t] as number) + stop - (segOffsets[t] as number);
    }
    const postings = { base, offsets: segOffsets, docs: segDocs, tfs };
    segments.push({ ...postings, size: limit - base, impact: impacts(postings, norms, k1) });
  }
  return segments;
}

/** Every posting of term `t`, in document order, as (document, tf). */
export function eachPosting(segments: Segment[], t: number, visit: (doc: number, tf: number) => void): void {
  for (const { base, offsets, docs, tfs } of segments) {
    const end = offsets[t + 1] as number;
    for (let p = offsets[t] as number; p < end; p++) visit(base + (docs[p] as number), tfs[p] as number);
  }
}

/** The segments joined back into one set of postings (for saving, and for the builders that copy postings). */
export function joinSegments(segments: Segment[], termCount: number): Pick<Bm25Parts, "offsets" | "docs" | "counts"> {
  const only = segments.length === 1 ? segments[0] : undefined;
  if (only) return { offsets: only.offsets, docs: Uint32Array.from(only.docs), counts: only.tfs };
  const offsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    let df = 0;
    for (const s of segments) df += (s.offsets[t + 1] as number) - (s.offsets[t] as number);
    offsets[t + 1] = (offsets[t] as number) + df;
  }
  const total = offsets[termCount] as number;
  const docs = new Uint32Array(total);
  const counts = newCounts((segments[0] as Segment).tfs, total);
  for (let t = 0; t < termCount; t++) {
    let q = offsets[t] as number;
    eachPosting(segments, t, (doc, tf) => {
      docs[q] = doc;
      counts[q++] = tf;
    });
  }
  return { offsets, docs, counts };
}

/** The first position in [lo, end) of `docs` whose document is ≥ doc (postings are in document order). */
export function find(docs: Uint16Array, doc: number, lo: number, end: number): number {
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((docs[mid] as number) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** As `find`, for a `doc` likely near `lo`: steps doubling from `lo`, then a binary search in the last step. */
export function gallop(docs: Uint16Array, doc: number, lo: number, end: number): number {
  if (lo >= end || (docs[lo] as number) >= doc) return lo;
  let step = 1;
  // Invariant: docs[lo] < doc.
  while (lo + step < end && (docs[lo + step] as number) < doc) {
    lo += step;
    step *= 2;
  }
  return find(docs, doc, lo + 1, Math.min(lo + step + 1, end));
}

function impacts(
  { base, offsets, docs, tfs }: Pick<Segment, "base" | "offsets" | "docs" | "tfs">,
  norms: Float64Array,
  k1: number,
): Float64Array {
  const termCount = offsets.length - 1;
  const impact = new Float64Array(Math.max(termCount, 0));
  for (let t = 0; t < termCount; t++) {
    let best = 0;
    for (let p = offsets[t] as number; p < (offsets[t + 1] as number); p++) {
      const tf = tfs[p] as number;
      const v = (tf * (k1 + 1)) / (tf + (norms[base + (docs[p] as number)] as number));
      if (v > best) best = v;
    }
    impact[t] = best;
  }
  return impact;
}

/** An empty array of `n` counts, as wide as `like`'s. */
function newCounts(like: TermCounts, n: number): TermCounts {
  return like instanceof Uint8Array
    ? new Uint8Array(n)
    : like instanceof Uint16Array
      ? new Uint16Array(n)
      : new Uint32Array(n);
}
