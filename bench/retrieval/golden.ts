/**
 * Whether a hit is a golden passage question's labelled passage — the rule `npm run eval:retrieval` uses
 * (scripts/eval-retrieval.ts): a label names the page, and a 本报讯 item split from it is its piece `page~n`;
 * the expected text is compared without layout whitespace. Before this rule the benchmark compared article ids
 * exactly, so every question about a piece (the five 三原 questions) counted as lost at every corpus size.
 */
import type { Passage } from "../../src/retrieval/passages.ts";

export type GoldenQuestion = { id?: string; q: string; articleId: string | null; expect: string[] };

const squash = (text: string) => text.replace(/\s+/g, "");

export function isLabelled(question: GoldenQuestion, passage: Passage): boolean {
  if (question.articleId === null || passage.articleId.split("~")[0] !== question.articleId) return false;
  const text = squash(passage.text);
  return question.expect.some((e) => text.includes(squash(e)));
}
