/**
 * A fingerprint of everything retrieval and answering produce, to prove a performance change changed nothing:
 * run it before and after, and diff the two files (they must be identical).
 *
 *   npx tsx bench/tools/fingerprint.ts out.txt
 *
 * Covers: every passage vector (hashed n-gram embeddings, exact doubles), every passage's tokens, BM25's top 50
 * with scores for every golden question, Retriever.search in bm25 / vector / hybrid mode (top 10, all scores),
 * and the engine's full answer to every golden fact and passage question.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createEngine, loadKnowledge } from "../../src/answer/engine.ts";
import { Bm25 } from "../../src/retrieval/bm25.ts";
import { hashedVector } from "../../src/retrieval/embeddings.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { splitAll } from "../../src/retrieval/passages.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";

const out = process.argv[2];
if (!out) throw new Error("usage: bench/tools/fingerprint.ts out.txt");
const lines: string[] = [];
const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);
const questions = ["fact-questions", "passage-questions"].flatMap((f) =>
  (JSON.parse(readFileSync(new URL(`../../test/golden/${f}.json`, import.meta.url), "utf8")) as { q: string }[]).map(
    (q) => q.q,
  ),
);

const knowledge = loadKnowledge();
const passages = splitAll(knowledge.articles.values());
const tokenizer = createTokenizer(knowledge);
const docs = passages.map((p) => [...tokenizer.tokens(p.text), ...tokenizer.tokens(p.context)]);
lines.push(`tokens ${hash(JSON.stringify(docs))}`);
for (const p of passages)
  lines.push(`vector ${p.id} ${hash(JSON.stringify(hashedVector(`${p.text}${p.text}${p.context}`)))}`);
const bm25 = new Bm25(docs);
for (const q of questions) {
  const tokens = tokenizer.tokens(tokenizer.expand(q));
  lines.push(`bm25 ${q} ${JSON.stringify(bm25.search(tokens, 50))}`);
  lines.push(`idf ${q} ${JSON.stringify(tokens.map((t) => bm25.idf(t)))}`);
}
const retriever = await Retriever.build(knowledge);
for (const q of questions) {
  for (const mode of ["bm25", "vector", "hybrid"] as const) {
    const hits = await retriever.search(q, 10, mode);
    lines.push(
      `search ${mode} ${q} ${JSON.stringify(hits.map((h) => [h.passage.id, h.score, h.bm25, h.cosine, h.coverage]))}`,
    );
  }
}
const engine = await createEngine();
for (const q of questions) lines.push(`answer ${q} ${JSON.stringify(await engine.answer(q))}`);
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} lines → ${out} (sha256 ${hash(lines.join("\n"))})`);
