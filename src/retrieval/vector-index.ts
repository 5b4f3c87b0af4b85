/** Nearest-neighbour search over passage vectors, behind one small interface. */
export type VectorHit = { id: number; score: number };

export interface VectorIndex {
  /** The k nearest vectors by cosine similarity (score in [-1, 1]), best first. */
  search(vector: number[], k: number): Promise<VectorHit[]>;
  /** The passages `ids` scored exactly, in the order given (an index that can: the rescoring in hybrid.ts). */
  rescore?(vector: number[], ids: number[]): VectorHit[];
  readonly size: number;
}

/** A vector index kept up to date in place, by labels (src/retrieval/node-index.ts). */
export interface LabelledVectorIndex extends VectorIndex {
  /** Adds one vector (L2-normalised) and returns its label. */
  add(vector: number[]): number;
  remove(label: number): void;
  /** Labels in use, in the order given: their positions become 0, 1, 2 … (−1: the passage has no vector). */
  setPositions(labels: ArrayLike<number>): void;
}

/** Exact scan: the pure-JS twin (Workers) and the recall baseline. Vectors must be L2-normalised. */
export class BruteForceIndex implements VectorIndex {
  private scores = new Float64Array(0);
  constructor(private readonly vectors: number[][]) {}
  get size() {
    return this.vectors.length;
  }
  async search(vector: number[], k: number): Promise<VectorHit[]> {
    const n = this.vectors.length;
    if (this.scores.length !== n) this.scores = new Float64Array(n);
    const scores = this.scores;
    for (let id = 0; id < n; id++) {
      const v = this.vectors[id] as number[];
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += (v[i] ?? 0) * (vector[i] ?? 0);
      scores[id] = dot;
    }
    return topK(allIds(n), scores, k).map((id) => ({ id, score: scores[id] as number }));
  }

  rescore(vector: number[], ids: number[]): VectorHit[] {
    return ids.map((id) => {
      const v = this.vectors[id] ?? [];
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += (v[i] ?? 0) * (vector[i] ?? 0);
      return { id, score: dot };
    });
  }
}

function* allIds(n: number): Iterable<number> {
  for (let id = 0; id < n; id++) yield id;
}

/** a ranks before b: higher score, then lower id. */
const before = (scores: Float64Array, a: number, b: number) =>
  (scores[a] as number) > (scores[b] as number) || ((scores[a] as number) === (scores[b] as number) && a < b);

/**
 * The best `k` of `ids` by `scores[id]` (higher first, ties by lower id), in rank order: the same as sorting all
 * of them that way and keeping the first k, in O(n log k) with a heap whose root is the worst kept so far.
 */
export function topK(ids: Iterable<number>, scores: Float64Array, k: number): number[] {
  const limit = Math.max(0, Math.floor(k));
  if (limit === 0) return [];
  const heap: number[] = [];
  const worse = (i: number, j: number) => before(scores, heap[j] as number, heap[i] as number);
  const swap = (i: number, j: number) => {
    const t = heap[i] as number;
    heap[i] = heap[j] as number;
    heap[j] = t;
  };
  for (const id of ids) {
    if (heap.length < limit) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (before(scores, id, heap[0] as number)) {
      heap[0] = id;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let w = i;
        if (l < heap.length && worse(l, w)) w = l;
        if (r < heap.length && worse(r, w)) w = r;
        if (w === i) break;
        swap(i, w);
        i = w;
      }
    }
  }
  return heap.sort((a, b) => (before(scores, a, b) ? -1 : before(scores, b, a) ? 1 : 0));
}
