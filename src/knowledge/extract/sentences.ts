/**
 * Splits an article body into items, paragraphs and sentences, keeping offsets into the body so that every
 * quote is an exact substring of it.
 *
 * Patterns run on a compact form of each sentence (whitespace removed, because the seeds break names with
 * spaces: "国家高新区 集成电路产业协同创新网络"); `quote` maps a compact range back to the body.
 */

export type Sentence = {
  /** Whitespace removed; what the patterns read. */
  text: string;
  /** Body offset of each character of `text`. */
  map: number[];
  /** Which news item of the page (0 = the main article; a 本报讯 piece starts a new one). */
  item: number;
  /** Paragraph (line) number in the body. */
  paragraph: number;
  /** Position in the article, 0-based. */
  index: number;
};

/** Sentence ends: the full stop family. A line break ends a sentence too (headlines, broken pages). */
const END = new Set(["。", "！", "？", "!", "?"]);
/** Closing quotes that belong to the sentence they end. */
const CLOSERS = new Set(["”", '"', "’", "」", "』", "）", ")"]);

/** A short line right before a 本报讯 paragraph is that item's headline. */
const ITEM_START = /本报讯/;
const HEADLINE_MAX = 40;

export function splitSentences(body: string): Sentence[] {
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of body.split("\n")) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const itemOfLine = assignItems(body, lines);
  const out: Sentence[] = [];
  lines.forEach((line, paragraph) => {
    let text = "";
    let map: number[] = [];
    const flush = () => {
      if (text.length > 0) out.push({ text, map, item: itemOfLine[paragraph] ?? 0, paragraph, index: out.length });
      text = "";
      map = [];
    };
    for (let i = line.start; i < line.end; i++) {
      const ch = body[i] as string;
      if (/\s/.test(ch)) continue;
      text += ch;
      map.push(i);
      if (END.has(ch)) {
        while (i + 1 < line.end && CLOSERS.has(body[i + 1] as string)) {
          i++;
          text += body[i];
          map.push(i);
        }
        flush();
      }
    }
    flush();
  });
  return out;
}

function assignItems(body: string, lines: { start: number; end: number }[]): number[] {
  const items: number[] = [];
  let item = 0;
  const text = (i: number) => body.slice(lines[i]?.start ?? 0, lines[i]?.end ?? 0).trim();
  const starts = new Set<number>();
  lines.forEach((_, i) => {
    if (!ITEM_START.test(text(i))) return;
    // The headline: the nearest non-empty line above, when it is short and has no sentence end.
    let h = i - 1;
    while (h >= 0 && text(h) === "") h--;
    const head = h >= 0 ? text(h) : "";
    starts.add(h >= 0 && head.length <= HEADLINE_MAX && !/[。！？]$/.test(head) ? h : i);
  });
  lines.forEach((_, i) => {
    if (starts.has(i) && i > 0) item++;
    items.push(item);
  });
  return items;
}

/** The body text of a compact range [from, to) of a sentence: exact, spaces included. */
export function quote(body: string, s: Sentence, from = 0, to = s.text.length): string {
  const a = s.map[from];
  const b = s.map[to - 1];
  if (a === undefined || b === undefined) return "";
  return body.slice(a, b + 1);
}

/** Clauses of a sentence split at ；/; (compact offsets). */
export function clauses(s: Sentence): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 0; i < s.text.length; i++) {
    if (s.text[i] === "；" || s.text[i] === ";") {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  }
  if (s.text.length > from) out.push({ from, to: s.text.length });
  return out;
}
