/** Nearest-neighbour search over passage vectors, behind one small interface. */
export type VectorHit = { id: number; score: number };

export interface VectorIndex {
  /** The k nearest vectors by cosine similarity (score in [-1, 1]), best first. */
  search(vector: number[], k: number): Promise<VectorHit[]>;
  readonly size: number;
}

/** Exact scan: the pure-JS twin (Workers) and the recall baseline. Vectors must be L2-normalised. */
export class BruteForceIndex implements VectorIndex {
  constructor(private readonly vectors: number[][]) {}
  get size() {
    return this.vectors.length;
  }
  async search(vector: number[], k: number): Promise<VectorHit[]> {
    const hits = this.vectors.map((v, id) => {
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += (v[i] ?? 0) * (vector[i] ?? 0);
      return { id, score: dot };
    });
    return hits.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, k);
  }
}
