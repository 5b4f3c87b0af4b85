/**
 * Splits an article body into items, paragraphs and sentences, keeping offsets into the body so that every
 * quote is an exact substring of it.
 *
 * Patterns run on a compact form of each sentence (whitespace removed, because the seeds break names with
 * spaces: "国家高新区 集成电路产业协同创新网络"); `quote` maps a compact range back to the body.
 */

import { isHeadingLine } from "../heading.ts";

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
      text = fullWidth(text);
      if (text.length > 0) out.push({ text, map, item: itemOfLine[paragraph] ?? 0, paragraph, index: out.length });
      text = "";
      map = [];
    };
    for (let i = line.start; i < line.end; i++) {
      const ch = body[i] as string;
      if (/\s/.test(ch)) continue;
      text += ch;
      map.push(i);
      if (END.has(ch) || halfWidthStop(body, i)) {
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

/** A quote as the sentences read it (whitespace removed, punctuation full width): to find its sentence. */
export const asRead = (quote: string): string => fullWidth(quote.replace(/\s+/g, ""));

/** A half-width full stop that ends a sentence: not in a number, an abbreviation or a word ("2.6万", "eVTOL."). */
function halfWidthStop(body: string, i: number): boolean {
  return body[i] === "." && !/[0-9A-Za-z.]/.test(body[i - 1] ?? "") && !/[0-9A-Za-z.]/.test(body[i + 1] ?? "");
}

const FULL: Record<string, string> = {
  ",": "，",
  ":": "：",
  ";": "；",
  "(": "（",
  ")": "）",
  "?": "？",
  "!": "！",
  ".": "。",
};
/** A zone's name alone, as a list item (no count, no clause). */
const ZONE_NAME = /^[\u3400-\u9fff]{1,12}(?:高新区|示范区|园区)$/;

/**
 * Half-width punctuation as the patterns read it, one character for one (the offsets stay right, and quotes keep
 * what the article wrote): "," between two zones written in full is the list's 、 ("成都高新区,西安高新区"), else
 * "，"; ":" ";" "(" ")" "?" "!" and a sentence's "." their full-width forms. Inside a number ("1,950", "10:30",
 * "2.6") nothing changes.
 */
export function fullWidth(text: string): string {
  if (!/[,:;()?!.]/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const full = FULL[ch];
    if (!full || (/[0-9]/.test(text[i - 1] ?? "") && /[0-9]/.test(text[i + 1] ?? ""))) out += ch;
    // ("1.广州高新区": a line's number keeps its point.)
    else if (ch === "." && /[0-9A-Za-z.]/.test(`${text[i - 1] ?? ""}${text[i + 1] ?? ""}`)) out += ch;
    else if (
      ch === "," &&
      ZONE_NAME.test(/[^,，、;；:：。.（）()]*$/.exec(out)?.[0] ?? "") &&
      ZONE_NAME.test(/^[^,，、;；:：。.（）()]*/.exec(text.slice(i + 1))?.[0] ?? "")
    )
      out += "、";
    else out += full;
  }
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

/** The sentences of the section a heading line opens: up to the next heading line or the item's end, at most `max`. */
export function sectionAfter(sentences: readonly Sentence[], h: Sentence, max: number): Sentence[] {
  const out: Sentence[] = [];
  for (let i = h.index + 1; i < sentences.length && out.length < max; i++) {
    const x = sentences[i] as Sentence;
    if (x.item !== h.item || isHeadingLine(x.text)) break;
    out.push(x);
  }
  return out;
}
