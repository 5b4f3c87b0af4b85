/**
 * Passage vectors kept as int8 with one scale per vector (a quarter of float32's memory), scored exactly: the
 * store for the offline hashed n-gram embeddings, whose vectors rescore the passages BM25 found instead of
 * searching the whole corpus (src/retrieval/hybrid.ts says why). Pure TypeScript: Node and Workers score alike.
 *
 * Vectors are added by label (0, 1, 2 …, never reused), removed by label, and mapped to passage positions with
 * `setPositions`, as HnswIndex is (NodeRetrieval keeps either up to date in place; quantized-file.ts saves it).
 */
import { type LabelledVectorIndex, topK, type VectorHit } from "./vector-index.ts";

export type QuantizedParts = { dimensions: number; next: number; data: Int8Array; scales: Float32Array };

export class QuantizedVectors implements LabelledVectorIndex {
  private data: Int8Array;
  private scales: Float32Array;
  /** label → position (−1: removed or not placed); position → label. */
  private positions = new Int32Array(0);
  private labels = new Int32Array(0);
  private scores = new Float64Array(0);
  private live = 0;

  private constructor(
    readonly dimensions: number,
    capacity: number,
    /** The next label to hand out. */
    private next = 0,
  ) {
    this.data = new Int8Array(Math.max(capacity, 16) * dimensions);
    this.scales = new Float32Array(Math.max(capacity, 16));
  }

  static create(dimensions: number, capacity: number): QuantizedVectors {
    return new QuantizedVectors(dimensions, capacity);
  }

  /** A store over `vectors`, label i at position i. */
  static from(vectors: number[][]): QuantizedVectors {
    const store = new QuantizedVectors(vectors[0]?.length ?? 1, vectors.length);
    store.setPositions(vectors.map((v) => store.add(v)));
    return store;
  }

  /** A store from the parts `parts()` gave (src/retrieval/quantized-file.ts reads them back). */
  static fromParts(parts: QuantizedParts): QuantizedVectors {
    const store = new QuantizedVectors(parts.dimensions, parts.next, parts.next);
    store.data.set(parts.data.subarray(0, parts.next * parts.dimensions));
    store.scales.set(parts.scales.subarray(0, parts.next));
    return store;
  }

  /** What a saved store holds: every label's bytes and scale, up to the next label. */
  parts(): QuantizedParts {
    return {
      dimensions: this.dimensions,
      next: this.next,
      data: this.data.subarray(0, this.next * this.dimensions),
      scales: this.scales.subarray(0, this.next),
    };
  }

  /** Adds one vector and returns its label: each component as a step of 1/127 of the largest. */
  add(vector: number[]): number {
    if (vector.length !== this.dimensions) {
      throw new Error(`vector has ${vector.length} dimensions, the store ${this.dimensions}`);
    }
    const label = this.next++;
    if (this.next > this.scales.length) this.grow(Math.ceil(this.scales.length * 1.5) + 16);
    let max = 0;
    for (const x of vector) max = Math.max(max, Math.abs(x));
    const scale = max / 127;
    this.scales[label] = scale;
    const at = label * this.dimensions;
    for (let i = 0; i < this.dimensions; i++)
      this.data[at + i] = scale > 0 ? Math.round((vector[i] as number) / scale) : 0;
    return label;
  }

  /** A removed label is never found again (its bytes stay until the store is built anew). */
  remove(label: number): void {
    const at = this.positions[label] ?? -1;
    if (at < 0) return;
    this.positions[label] = -1;
    this.labels[at] = -1;
    this.live--;
  }

  /** Labels in use, in the order given: their positions become 0, 1, 2 … (−1: the passage has no vector). */
  setPositions(labels: ArrayLike<number>): void {
    this.positions = new Int32Array(Math.max(this.next, 1)).fill(-1);
    this.labels = new Int32Array(labels.length).fill(-1);
    this.live = 0;
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i] as number;
      if (label < 0) continue;
      this.positions[label] = i;
      this.labels[i] = label;
      this.live++;
    }
  }

  get size(): number {
    return this.live;
  }

  /** Every passage scored (an exact scan): the `k` best. */
  async search(vector: number[], k: number): Promise<VectorHit[]> {
    const n = this.labels.length;
    if (this.scores.length !== n) this.scores = new Float64Array(n);
    const ids: number[] = [];
    for (let id = 0; id < n; id++) {
      const label = this.labels[id] as number;
      if (label < 0) continue;
      this.scores[id] = this.dot(vector, label);
      ids.push(id);
    }
    return topK(ids, this.scores, k).map((id) => ({ id, score: this.scores[id] as number }));
  }

  /** The passages `ids` (positions) scored, in the order given; a passage without a vector scores 0. */
  rescore(vector: number[], ids: number[]): VectorHit[] {
    return ids.map((id) => {
      const label = this.labels[id] ?? -1;
      return { id, score: label >= 0 ? this.dot(vector, label) : 0 };
    });
  }

  private dot(vector: number[], label: number): number {
    const at = label * this.dimensions;
    const data = this.data;
    let sum = 0;
    for (let i = 0; i < this.dimensions; i++) sum += (vector[i] as number) * (data[at + i] as number);
    return sum * (this.scales[label] as number);
  }

  private grow(capacity: number): void {
    const data = new Int8Array(capacity * this.dimensions);
    data.set(this.data);
    this.data = data;
    const scales = new Float32Array(capacity);
    scales.set(this.scales);
    this.scales = scales;
  }
}
