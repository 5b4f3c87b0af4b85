import { loadKnowledge } from "/work/main/src/answer/engine.ts";
import { Retriever } from "/work/main/src/retrieval/hybrid.ts";
const k = loadKnowledge();
const r = await Retriever.build(k);
for (const q of process.argv.slice(2)) {
  console.log("Q:", q);
  for (const h of await r.search(q, 5)) console.log(`  ${h.score.toFixed(4)} cov=${h.coverage.toFixed(2)} cos=${h.cosine.toFixed(2)} bm=${h.bm25.toFixed(1)} ${h.passage.text.slice(0, 60).replace(/\n/g, "")}`);
}
