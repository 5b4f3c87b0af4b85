/** Plain-text and JSON renderings of an Answer (CLI, logs, text fallback). */
import type { Answer } from "./types.ts";

export type AnswerJson = {
  answer: string;
  kind: Answer["kind"];
  citations: { articleId: string; title: string; date: string | null; quote: string }[];
  items?: Answer["items"];
  notes?: string[];
};

export function toJson(a: Answer): AnswerJson {
  return {
    answer: a.answer,
    kind: a.kind,
    citations: a.citations.map((c) => ({ articleId: c.articleId, title: c.title, date: c.date, quote: c.quote })),
    ...(a.items?.length ? { items: a.items } : {}),
    ...(a.notes?.length ? { notes: a.notes } : {}),
  };
}

/** Collapses the line breaks that page layout left inside a quote, for display only. */
export function displayQuote(quote: string): string {
  return quote.replace(/\s*\n\s*/g, "").trim();
}

export function renderText(a: Answer): string {
  const out = [a.answer];
  for (const n of a.notes ?? []) out.push(`注：${n}`);
  if (a.citations.length) {
    out.push("", "来源：");
    a.citations.forEach((c, i) => {
      out.push(`[${i + 1}] 《${c.title}》${c.date ? `（${c.date}）` : ""}`, `    “${displayQuote(c.quote)}”`);
    });
  }
  return out.join("\n");
}
