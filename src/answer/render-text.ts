/** Plain-text and JSON renderings of an Answer (CLI, logs, text fallback). */
import type { Answer, Citation } from "./types.ts";

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

/** One article among an answer's sources: its title and date once, its quotes under it, each with its number. */
export type SourceGroup = {
  articleId: string;
  title: string;
  date: string | null;
  quotes: { n: number; quote: string }[];
};

/**
 * The sources as a reader sees them: citations grouped by article (in order of first appearance), a quote cited
 * twice shown once, numbered 1… down the list. `numberOf[i]` is the number shown for `citations[i]`, so markers in
 * the answer ([n]) point at the right quote whatever the grouping did to the order.
 */
export function sourceGroups(citations: readonly Citation[]): { groups: SourceGroup[]; numberOf: number[] } {
  const groups: SourceGroup[] = [];
  const byArticle = new Map<string, { group: SourceGroup; members: { quote: string; index: number[] }[] }>();
  citations.forEach((c, i) => {
    let entry = byArticle.get(c.articleId);
    if (!entry) {
      entry = { group: { articleId: c.articleId, title: c.title, date: c.date, quotes: [] }, members: [] };
      byArticle.set(c.articleId, entry);
      groups.push(entry.group);
    }
    const quote = displayQuote(c.quote);
    const same = entry.members.find((m) => m.quote === quote);
    if (same) same.index.push(i);
    else entry.members.push({ quote, index: [i] });
  });
  const numberOf: number[] = new Array(citations.length).fill(0);
  let n = 0;
  for (const group of groups) {
    for (const member of byArticle.get(group.articleId)?.members ?? []) {
      n++;
      group.quotes.push({ n, quote: member.quote });
      for (const i of member.index) numberOf[i] = n;
    }
  }
  return { groups, numberOf };
}

export function renderText(a: Answer): string {
  const out = [a.answer];
  for (const n of a.notes ?? []) out.push(`注：${n}`);
  if (a.citations.length) {
    out.push("", "来源：");
    for (const group of sourceGroups(a.citations).groups) {
      out.push(`《${group.title}》${group.date ? `（${group.date}）` : "（日期未注明）"}`);
      for (const q of group.quotes) out.push(`  [${q.n}] “${q.quote}”`);
    }
  }
  return out.join("\n");
}
