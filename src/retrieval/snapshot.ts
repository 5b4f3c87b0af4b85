/**
 * The Worker's knowledge: written at build time by `npm run build:worker` (validated knowledge files as JSON) and
 * turned back into the same `Knowledge` and `Retriever` that Node builds — same buildKnowledge, same Retriever.build —
 * and the same int8 vectors (QuantizedVectors, pure TypeScript), which rescore BM25's candidates as on Node; one
 * runtime difference:
 *  - words come from the pure-JS jieba (src/retrieval/jieba-js.ts, aliased for @node-rs/jieba in wrangler.toml),
 *    which cuts exactly as the native addon.
 * Vectors and BM25 postings are rebuilt at cold start rather than bundled: the offline embeddings are
 * deterministic and shipping 512-dimensional vectors would cost far more bytes than the milliseconds they save
 * (figures in docs/workers.md).
 */

import type { Knowledge, KnowledgeFiles } from "../knowledge/load.ts";
import { knowledgeFromFiles } from "../knowledge/pipeline.ts";
import { HashedNgramEmbeddings } from "./embeddings.ts";
import { Retriever } from "./hybrid.ts";

export const SNAPSHOT_VERSION = 1;

/** Knowledge files without their origins map (which only serves validation messages). */
export type SnapshotFiles = Omit<KnowledgeFiles, "origins">;

export type WorkerSnapshot = {
  version: number;
  /** Knowledge.hash of the validated files as Node read them (for logs and /healthz). */
  knowledgeHash: string;
  files: SnapshotFiles;
};

/** The files of a snapshot as buildKnowledge takes them (fresh arrays: the snapshot itself is never mutated). */
export function snapshotFiles(snapshot: WorkerSnapshot): KnowledgeFiles {
  if (snapshot.version !== SNAPSHOT_VERSION) {
    throw new Error(
      `worker snapshot version ${snapshot.version}, expected ${SNAPSHOT_VERSION}: run npm run build:worker`,
    );
  }
  const f = snapshot.files;
  return {
    articles: [...f.articles],
    zones: [...f.zones],
    networks: [...f.networks],
    alliances: [...f.alliances],
    figures: [...f.figures],
    ambiguous: [...f.ambiguous],
    events: [...f.events],
    officials: [...(f.officials ?? [])],
    origins: new Map(),
  };
}

export function knowledgeFromSnapshot(snapshot: WorkerSnapshot): Knowledge {
  return knowledgeFromFiles(snapshotFiles(snapshot));
}

/** Hybrid retrieval as on Node: the offline embeddings, their vectors in the int8 store (Retriever.build's own). */
export function buildWorkerRetriever(knowledge: Knowledge): Promise<Retriever> {
  return Retriever.build(knowledge, { embeddings: new HashedNgramEmbeddings() });
}
