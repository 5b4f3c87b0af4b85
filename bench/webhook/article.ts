/**
 * A large article for the add-while-serving phase: synthetic sentences in the articles' style
 * (bench/retrieval/corpus.ts, same seed → same text), joined into one body of about `bytes` UTF-8 bytes,
 * in paragraphs as the real splitter expects. Within the admin route's limits (≤ 1,000,000 characters, 2 MB body).
 */
import { loadKnowledge } from "../../src/answer/engine.ts";
import { syntheticKnowledge } from "../retrieval/corpus.ts";

export function syntheticArticle(bytes: number): { id: string; title: string; date: string; body: string } {
  const knowledge = loadKnowledge();
  const real = new Set(knowledge.articles.keys());
  // ~33 characters (~100 bytes) a sentence: ask for enough sentences, then cut at the byte budget.
  const synthetic = syntheticKnowledge(knowledge, Math.ceil(bytes / 90) + 500);
  const paragraphs: string[] = [];
  let size = 0;
  for (const [id, article] of synthetic.articles) {
    if (real.has(id)) continue;
    for (const paragraph of article.body.split(/\n{2,}/)) {
      const n = Buffer.byteLength(paragraph) + 2;
      if (size + n > bytes) break;
      paragraphs.push(paragraph);
      size += n;
    }
    if (size >= bytes * 0.98) break;
  }
  return {
    id: "bench-large-article",
    title: "国家高新区协同创新大型综述",
    date: "2026-01-15",
    body: paragraphs.join("\n\n"),
  };
}
