/**
 * HNSW over passage vectors (hnswlib-node, Node only), used directly rather than through LangChain's HNSWLib:
 * LangChain kept a Document per vector beside the index (100k objects at 100k passages), loaded and saved a
 * docstore JSON, and could neither add to a loaded index nor delete from it. Here the index holds the only
 * copy of each vector (float32, inside hnswlib), labels are stable numbers chosen by the caller, and the
 * caller maps labels to passage positions (`setPositions`), so passages can be added and removed in place.
 *
 * Parameters (docs/benchmarks.md, fourth pass; `bench/tools/hnsw-params.ts --size 100000`): on 100k synthetic
 * passages (512-dim hashed n-grams) M 16 with efConstruction 100 builds in about 0.6–0.7× the time of
 * efConstruction 200, and ef 512 then finds 0.952 of the exact top 10 (efConstruction 200 with ef 256: 0.931) for
 * about 1.3 ms more per query; ef 640 would find 0.962 but costs another 0.7 ms, which the hybrid query's
 * latency targets cannot spare. Session 25 (the queries then, one of them expanded by the glossary): ef 512 0.951,
 * 544 0.951, 576 0.955, 640 0.962, query p50 2.49 / 2.55 / 2.76 / 2.90 ms: 576 keeps a margin over 0.95 for a
 * quarter of a millisecond. Over the articles' few hundred passages either is exact.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import hnswlib from "hnswlib-node";
import type { LabelledVectorIndex, VectorHit } from "./vector-index.ts";

export const DEFAULT_EF = 576;
/** Graph degree and build breadth (docs/benchmarks.md: measured against recall and build time). */
export const DEFAULT_M = 16;
export const DEFAULT_EF_CONSTRUCTION = 100;
const SEED = 100;

export type HnswParams = { m?: number; efConstruction?: number; ef?: number };

const INDEX_FILE = "hnsw.bin";
const META_FILE = "hnsw.json";

type Meta = { format: 2; dimensions: number; m: number; efConstruction: number; next: number };

export class HnswIndex implements LabelledVectorIndex {
  /** label → passage position (−1: deleted or not placed). */
  private positions = new Int32Array(0);
  private live = 0;

  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    readonly dimensions: number,
    private readonly params: Required<HnswParams>,
    /** The next label to hand out. */
    private next: number,
  ) {}

  static create(dimensions: number, capacity: number, params: HnswParams = {}): HnswIndex {
    const p = withDefaults(params);
    const index = new hnswlib.HierarchicalNSW("cosine", dimensions);
    index.initIndex(Math.max(capacity, 16), p.m, p.efConstruction, SEED);
    index.setEf(p.ef);
    return new HnswIndex(index, dimensions, p, 0);
  }

  /** An index over `vectors`, label i at position i (the embeddings argument is unused: kept for callers). */
  static async build(vectors: number[][], _embeddings?: unknown, ef?: number): Promise<HnswIndex> {
    const index = HnswIndex.create(vectors[0]?.length ?? 1, vectors.length, ef === undefined ? {} : { ef });
    const labels = vectors.map((v) => index.add(v));
    index.setPositions(labels);
    return index;
  }

  /** Reads an index written by `save`; undefined if the folder holds none (or another format). */
  static load(directory: string, params: HnswParams = {}): HnswIndex | undefined {
    let meta: Meta;
    try {
      meta = JSON.parse(readFileSync(join(directory, META_FILE), "utf8")) as Meta;
    } catch {
      return undefined;
    }
    if (meta.format !== 2) return undefined;
    const p = withDefaults({ ...params, m: meta.m, efConstruction: meta.efConstruction });
    const index = new hnswlib.HierarchicalNSW("cosine", meta.dimensions);
    index.readIndexSync(join(directory, INDEX_FILE));
    index.setEf(p.ef);
    return new HnswIndex(index, meta.dimensions, p, meta.next);
  }

  save(directory: string): void {
    this.index.writeIndexSync(join(directory, INDEX_FILE));
    const meta: Meta = {
      format: 2,
      dimensions: this.dimensions,
      m: this.params.m,
      efConstruction: this.params.efConstruction,
      next: this.next,
    };
    writeFileSync(join(directory, META_FILE), JSON.stringify(meta));
  }

  /** The size of the search's candidate list (recall against query time). */
  setEf(ef: number): void {
    this.params.ef = Math.max(ef, 10);
    this.index.setEf(this.params.ef);
  }

  /** Adds one vector (L2-normalised) and returns its label. */
  add(vector: number[]): number {
    if (vector.length !== this.dimensions) {
      throw new Error(`vector has ${vector.length} dimensions, the index ${this.dimensions}`);
    }
    const label = this.next++;
    const capacity = this.index.getMaxElements();
    if (this.index.getCurrentCount() >= capacity) this.index.resizeIndex(Math.ceil(capacity * 1.5) + 16);
    this.index.addPoint(vector, label);
    return label;
  }

  /** Removes a label from the results (hnswlib keeps the point in the graph, marked deleted). */
  remove(label: number): void {
    this.index.markDelete(label);
  }

  /** Labels in use, in the order given: their positions become 0, 1, 2 … (−1: the passage has no vector). */
  setPositions(labels: ArrayLike<number>): void {
    const positions = new Int32Array(Math.max(this.next, 1)).fill(-1);
    let live = 0;
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i] as number;
      if (label < 0) continue;
      positions[label] = i;
      live++;
    }
    this.positions = positions;
    this.live = live;
  }

  get size(): number {
    return this.live;
  }

  async search(vector: number[], k: number): Promise<VectorHit[]> {
    return this.searchSync(vector, k);
  }

  searchSync(vector: number[], k: number): VectorHit[] {
    const n = Math.min(k, this.live);
    if (n <= 0) return [];
    const { neighbors, distances } = this.index.searchKnn(vector, n);
    const out: VectorHit[] = [];
    for (let i = 0; i < neighbors.length; i++) {
      const position = this.positions[neighbors[i] as number] ?? -1;
      // hnswlib's cosine space returns a distance (1 − similarity).
      if (position >= 0) out.push({ id: position, score: 1 - (distances[i] as number) });
    }
    return out;
  }
}

function withDefaults(p: HnswParams): Required<HnswParams> {
  return {
    m: p.m ?? DEFAULT_M,
    efConstruction: p.efConstruction ?? DEFAULT_EF_CONSTRUCTION,
    ef: Math.max(p.ef ?? DEFAULT_EF, 10),
  };
}
