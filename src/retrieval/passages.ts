/**
 * Articles → sentence passages. Each passage is an exact slice of its article body
 * (`body.slice(start, end) === text`), so a quote can always be shown as it stands.
 */
import { isHeadingLine } from "../knowledge/heading.ts";
import type { Article } from "../knowledge/load.ts";
import { publishedByZone } from "../knowledge/source-zone.ts";

export type Passage = {
  /** `${articleId}#${index}` — stable while the article does not change. */
  id: string;
  articleId: string;
  title: string;
  date: string | null;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** The sentence with its neighbours: what is indexed (the quote stays `text`). */
  context: string;
  /** The heading the sentence stands under, when a short line heads its section ("▍2025年成绩单"). */
  heading?: string;
  /** Years named before it in its paragraph ("2025年，…合计…。从增速看，A以14.2%领跑"): the year its figures are of. */
  years?: string[];
};

const SENTENCE_END = /[。！？!?；;]+[”"’」』）)]*|\n{2,}/g;
const MIN_CHARS = 6;

export function splitPassages(article: Article): Passage[] {
  const body = article.body;
  const out: Passage[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (s: number, e: number) => {
    // Trim whitespace inside the slice so offsets still point at the exact text.
    while (s < e && /\s/.test(body[s] ?? "")) s++;
    while (e > s && /\s/.test(body[e - 1] ?? "")) e--;
    const text = body.slice(s, e);
    if (text.replace(/\s/g, "").length >= MIN_CHARS) {
      out.push({
        id: `${article.id}#${out.length}`,
        articleId: article.id,
        title: article.title,
        date: article.date,
        paragraph,
        start: s,
        end: e,
        text,
        context: text,
      });
    }
  };
  /** The heading each passage stands under (index into `out` → heading text). */
  const headings: (string | undefined)[] = [];
  let heading: string | undefined;
  for (const m of body.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    const isBreak = m[0].startsWith("\n");
    // A paragraph break inside a sentence (the source wrapped "共育一流产 / 业生态。") does not end it.
    if (isBreak && continuesAcrossBreak(body.slice(start, m.index ?? 0), body.slice(end, end + 1))) continue;
    const before = out.length;
    push(start, isBreak ? (m.index ?? 0) : end);
    for (let i = before; i < out.length; i++) headings[i] = heading;
    // A short line of its own without an end mark ("▍2025年成绩单", "【下一步】") heads what follows.
    const last = out[out.length - 1];
    if (isBreak && last && out.length > before && isHeadingLine(last.text.trim())) heading = last.text.trim();
    if (isBreak) paragraph++;
    start = end;
  }
  const before = out.length;
  push(start, body.length);
  for (let i = before; i < out.length; i++) headings[i] = heading;
  // What is indexed: the sentence with its neighbours; the heading it stands under is kept beside (a year it
  // gives dates the figures below it).
  // ("我区将…" in an article a zone publishes: the zone its source names is who 我区 is, and is indexed with it.)
  const home = publishedByZone(article.source) ? (article.source ?? undefined) : undefined;
  return out.map((p, i) => {
    const near = [...sentenceBefore(out, i), p.text, out[i + 1]?.text].filter((x): x is string => Boolean(x));
    if (home && /我区|本区/.test(p.text)) near.push(home);
    const head = headings[i] && !near.includes(headings[i]) ? headings[i] : undefined;
    const years = yearsBefore(out, headings, i);
    return new SentencePassage(p, near, head, years.length > 0 ? years : undefined);
  });
}

/**
 * A passage whose context is joined from its neighbours when read: the neighbours' texts are slices of the article
 * body already held, so a passage keeps a few references instead of a copy of three sentences (about 25 MB at
 * 100k passages).
 */
class SentencePassage implements Passage {
  readonly id: string;
  readonly articleId: string;
  readonly title: string;
  readonly date: string | null;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly heading?: string;
  readonly years?: string[];
  constructor(
    p: Passage,
    private readonly near: string[],
    heading: string | undefined,
    years: string[] | undefined,
  ) {
    this.id = p.id;
    this.articleId = p.articleId;
    this.title = p.title;
    this.date = p.date;
    this.paragraph = p.paragraph;
    this.start = p.start;
    this.end = p.end;
    this.text = p.text;
    if (heading) this.heading = heading;
    if (years) this.years = years;
  }
  get context(): string {
    return this.near.join("");
  }
}

/**
 * The passage before, as its neighbour. A passage that narrows the one before ("其中，A、B位列前三") has the
 * whole sentence before it instead: the year, the group and the measure it narrows may stand in its first part,
 * before a "；".
 */
function sentenceBefore(out: Passage[], i: number): string[] {
  const previous = out[i - 1];
  if (!previous) return [];
  if (!NARROWS.test(out[i]?.text ?? "")) return [previous.text];
  const pieces = [previous.text];
  for (let j = i - 2; j >= 0 && /[；;]$/.test(out[j]?.text ?? "") && pieces.length < 4; j--)
    pieces.unshift(out[j]?.text ?? "");
  return pieces;
}

const NARROWS = /^其中[，,]/;

/** The years the passages before it name, in its paragraph, or in its section when a heading opens one. */
function yearsBefore(out: Passage[], headings: (string | undefined)[], i: number): string[] {
  const years = new Set<string>();
  const heading = headings[i];
  const same = (j: number) =>
    heading ? headings[j] === heading && out[j]?.text.trim() !== heading : out[j]?.paragraph === out[i]?.paragraph;
  for (let j = i - 1; j >= 0 && same(j); j--)
    for (const m of (out[j]?.text ?? "").matchAll(/((?:19|20)\d{2})年/g)) years.add(m[1] as string);
  // A report in headed sections ("项目数：集成电路网络居首") is of the period its lead gives: "截至2025年底…，
  // 2025年各网络共促成…".
  if (heading && years.size === 0)
    for (let j = 0; j < i && out[j]?.paragraph === out[0]?.paragraph; j++)
      for (const m of (out[j]?.text ?? "").matchAll(PERIOD)) years.add(m[1] as string);
  return [...years];
}

/** A year a lead states figures for: "截至2025年底", "2025年全年", "2025年各网络…". */
const PERIOD = /(?:截至|截止)?((?:19|20)\d{2})年(?:底|末|全年|各|共|累计|以来)/g;

/** Headings are short and unpunctuated; a long run of text that stops mid-sentence goes on after the break. */
function continuesAcrossBreak(before: string, nextChar: string): boolean {
  const text = before.trim();
  return text.length > 30 && /[\u4e00-\u9fff、，,（(“]$/.test(text) && /[\u4e00-\u9fff]/.test(nextChar);
}

export function splitAll(articles: Iterable<Article>): Passage[] {
  return [...articles].flatMap(splitPassages);
}
