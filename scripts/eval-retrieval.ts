/**
 * `npm run eval:retrieval`: recall@5, recall@10 and MRR of the labelled passage set for BM25,
 * vectors and hybrid, plus how often unanswerable questions clear the relevance floor.
 */
import { readFileSync } from "node:fs";
import { loadKnowledge } from "../src/answer/engine.ts";
import { HnswIndex } from "../src/retrieval/hnswlib.ts";
import { Retriever, type SearchMode } from "../src/retrieval/hybrid.ts";

export type PassageQuestion = { id: string; q: string; articleId: string | null; expect: string[]; style: string };

export async function evaluate(retriever: Retriever, questions: PassageQuestion[], mode: SearchMode) {
  let r5 = 0;
  let r10 = 0;
  let rr = 0;
  let answerable = 0;
  let falseAccept = 0;
  let unanswerable = 0;
  let missedFloor = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const hits = await retriever.search(q.q, 10, mode);
    if (q.expect.length === 0) {
      unanswerable++;
      if (hits[0] && Retriever.relevant(hits[0])) falseAccept++;
      continue;
    }
    answerable++;
    const rank = hits.findIndex(
      // A label names the page (a 本报讯 item is its piece `~n`) and its text as printed (layout spaces and breaks
      // are joined in the cleaned bodies): both are compared without them.
      (h) =>
        h.passage.articleId.split("~")[0] === q.articleId &&
        q.expect.some((e) => squash(h.passage.text).includes(squash(e))),
    );
    if (rank >= 0 && rank < 5) r5++;
    if (rank >= 0) {
      r10++;
      rr += 1 / (rank + 1);
    } else misses.push(`${q.id} ${q.q}`);
    if (mode === "hybrid" && hits[0] && !Retriever.relevant(hits[0])) missedFloor++;
  }
  return {
    mode,
    recallAt5: r5 / answerable,
    recallAt10: r10 / answerable,
    mrr: rr / answerable,
    answerable,
    unanswerable,
    unanswerableAccepted: falseAccept,
    answerableBelowFloor: missedFloor,
    misses,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? "test/golden/passage-questions.json";
  const questions = JSON.parse(readFileSync(file, "utf8")) as PassageQuestion[];
  const knowledge = loadKnowledge();
  const retriever = await Retriever.build(knowledge, { makeIndex: (v, e) => HnswIndex.build(v, e) });
  for (const mode of ["bm25", "vector", "hybrid"] as const) {
    const r = await evaluate(retriever, questions, mode);
    console.log(
      `${mode.padEnd(7)} recall@5=${r.recallAt5.toFixed(3)} recall@10=${r.recallAt10.toFixed(3)} MRR=${r.mrr.toFixed(3)}` +
        (mode === "hybrid"
          ? ` unanswerable accepted=${r.unanswerableAccepted}/${r.unanswerable} answerable below floor=${r.answerableBelowFloor}/${r.answerable}`
          : ""),
    );
    if (process.argv.includes("--misses")) for (const m of r.misses) console.log(`   miss ${m}`);
  }
}

function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
