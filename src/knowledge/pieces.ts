/**
 * A newspaper page can hold several news items: a main article and a short "本报讯" piece with its own headline.
 * Each becomes its own article record, so a citation names the piece it quotes. The first piece keeps the article's
 * id and title; piece n (n ≥ 2) is `${id}~${n}`, titled by its headline (the short line right before "本报讯"),
 * its body starting at "本报讯".
 * Evidence may still name the page's id: a quote that stands in one of its pieces is found there (pieceFor).
 */
import type { Article } from "./load.ts";

const HEADLINE_MAX = 40;
const PIECE_START = /^本报讯/;

export function splitPieces(article: Article): Article[] {
  const lines = article.body.split("\n");
  /** line: the headline (where the previous piece ends); body: the 本报讯 line (where this piece's text starts). */
  const starts: { line: number; body: number; title: string }[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!PIECE_START.test((lines[i] as string).trim())) continue;
    let h = i - 1;
    while (h >= 0 && (lines[h] as string).trim() === "") h--;
    const headline = (lines[h] ?? "").trim();
    // A headline: short, not a sentence, and something before it (else the page starts with this piece).
    if (h <= 0 || headline.length === 0 || headline.length > HEADLINE_MAX || /[。，,；;]$/.test(headline)) continue;
    starts.push({ line: h, body: i, title: headline.replace(/^#+\s*/, "") });
  }
  if (starts.length === 0) return [article];
  const pieces: Article[] = [];
  const offsetOfLine = (line: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  let from: number;
  starts.forEach((s, i) => {
    if (i === 0) pieces.push({ ...article, body: article.body.slice(0, offsetOfLine(s.line)).trimEnd() });
    const end = starts[i + 1] ? offsetOfLine((starts[i + 1] as { line: number }).line) : article.body.length;
    from = offsetOfLine(s.body); // the headline is the piece's title, not a sentence of it
    pieces.push({
      ...article,
      id: `${article.id}~${i + 2}`,
      title: s.title,
      subtitle: null,
      body: article.body.slice(from, end).trimEnd(),
    });
  });
  return pieces;
}

/** The article record (the page itself or one of its pieces) whose body holds `quote`. */
export function pieceFor<A extends { id: string; body: string }>(
  articles: ReadonlyMap<string, A>,
  id: string,
  quote: string,
): A | undefined {
  const own = articles.get(id);
  if (own?.body.includes(quote)) return own;
  for (let n = 2; ; n++) {
    const piece = articles.get(`${id}~${n}`);
    if (!piece) return undefined;
    if (piece.body.includes(quote)) return piece;
  }
}
