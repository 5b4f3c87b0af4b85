/** Passage answers: a one-line lead (the best sentence), then the top 2–4 quotes with their source. */
import type { Answer, Citation } from "../answer/types.ts";
import { Retriever } from "./hybrid.ts";

const MAX_QUOTES = 4;

export async function answerFromPassages(retriever: Retriever, question: string): Promise<Answer | null> {
  const hits = await retriever.search(question, 8);
  const best = hits[0];
  if (!best || !Retriever.relevant(best)) return null;
  const chosen = [best, ...hits.slice(1).filter((h) => Retriever.relevant(h) && h.score >= best.score * 0.6)].slice(
    0,
    MAX_QUOTES,
  );
  const citations: Citation[] = chosen.map((h) => ({
    articleId: h.passage.articleId,
    title: h.passage.title,
    date: h.passage.date,
    quote: h.passage.text,
  }));
  const lead = best.passage.text.replace(/\s*\n\s*/g, "");
  const more = chosen.slice(1).map((h) => h.passage.text.replace(/\s*\n\s*/g, ""));
  const answer = [`据《${best.passage.title}》：${lead}`, ...more.map((t) => `· ${t}`)].join("\n");
  return { kind: "passage", answer, citations, title: "相关原文" };
}
