/**
 * The Node retriever: HNSW (hnswlib-node through LangChain) over the configured embeddings.
 * With a data dir, the index is saved under DATA_DIR/index/<knowledge hash>-<embedder> and loaded
 * from there while the knowledge is unchanged (a stale index is simply never looked up).
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Knowledge } from "../knowledge/load.ts";
import { embeddingsFromEnv, HashedNgramEmbeddings, OpenAICompatibleEmbeddings } from "./embeddings.ts";
import { HnswIndex } from "./hnswlib.ts";
import { Retriever } from "./hybrid.ts";

export function indexDir(dataDir: string, knowledge: Knowledge, embedder: string): string {
  return join(dataDir, "index", `${knowledge.hash}-${embedder}`);
}

export async function buildNodeRetriever(
  knowledge: Knowledge,
  dataDir?: string,
  env: Record<string, string | undefined> = process.env,
): Promise<Retriever> {
  const embeddings = embeddingsFromEnv(env);
  const embedder =
    embeddings instanceof HashedNgramEmbeddings
      ? `hashed${embeddings.dimensions}`
      : embeddings instanceof OpenAICompatibleEmbeddings
        ? embeddings.id
        : "custom";
  const dir = dataDir ? indexDir(dataDir, knowledge, embedder) : null;
  return Retriever.build(knowledge, {
    embeddings,
    makeIndex: async (vectors, e) => {
      if (dir && existsSync(join(dir, "hnswlib.index"))) return HnswIndex.load(dir, e);
      const index = await HnswIndex.build(vectors, e);
      if (dir) {
        mkdirSync(dir, { recursive: true });
        await index.save(dir);
      }
      return index;
    },
  });
}
