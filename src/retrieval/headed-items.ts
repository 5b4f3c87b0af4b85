/**
 * A list written without numbers: paragraphs that each open with a short sentence naming their point ("开展核心技术
 * 联合攻关。", "促进产融协同发展。", "推动场景共拓和治理创新。"), the substance after it. Asked its items ("工信部接下来
 * 支持…有哪几方面举措"), the answer is those opening sentences in order — with the paragraph right before the run when
 * it opens with its point too, in a longer sentence ("在此基础上,工信部将探索网络内创新平台共建共享。").
 */
import type { Answer } from "../answer/types.ts";
import type { Knowledge } from "../knowledge/load.ts";
import type { Passage } from "./passages.ts";

export type Nav = {
  next(p: Passage): Passage | undefined;
  previous(p: Passage): Passage | undefined;
};

/** The most a heading-like opening sentence is long, and one that opens the paragraph before the run. */
const HEAD_MAX_CHARS = 16;
const LEAD_IN_MAX_CHARS = 32;
/** Three items at least make a list. */
const MIN_ITEMS = 3;
/** How many paragraphs before the run the passage found may sit (the sentence that introduces the list). */
const BEFORE_RUN = 2;

/** The first passage of `p`'s paragraph. */
function opening(nav: Nav, p: Passage): Passage {
  let first = p;
  for (let prev = nav.previous(first); prev && prev.paragraph === first.paragraph; prev = nav.previous(prev))
    first = prev;
  return first;
}

/** The first passage of the paragraph after `p`'s, if it comes right after. */
function nextOpening(nav: Nav, p: Passage): Passage | undefined {
  let q = nav.next(p);
  while (q && q.paragraph === p.paragraph) q = nav.next(q);
  return q && q.paragraph === p.paragraph + 1 ? q : undefined;
}

/** An opening sentence that names a point and ends, its substance after it in the same paragraph. */
function heads(nav: Nav, first: Passage, max: number): boolean {
  const after = nav.next(first);
  return (
    first.text.length <= max &&
    /。$/.test(first.text) &&
    !/\d|[“”"：:？?]/.test(first.text) &&
    after !== undefined &&
    after.paragraph === first.paragraph
  );
}

/** The opening sentences of the unnumbered list `p` is in or introduces, or null. */
export function headedItems(nav: Nav, p: Passage): Passage[] | null {
  // The run's first heading paragraph: at p's paragraph or within BEFORE_RUN after it, or found going back from it.
  let start = opening(nav, p);
  for (let i = 0; i < BEFORE_RUN && !heads(nav, start, HEAD_MAX_CHARS); i++) {
    const after = nextOpening(nav, start);
    if (!after) break;
    start = after;
  }
  if (!heads(nav, start, HEAD_MAX_CHARS)) return null;
  for (let before = nav.previous(start); before; before = nav.previous(start)) {
    const first = opening(nav, before);
    if (first.paragraph !== start.paragraph - 1 || !heads(nav, first, HEAD_MAX_CHARS)) break;
    start = first;
  }
  const run = [start];
  for (let next = nextOpening(nav, start); next && heads(nav, next, HEAD_MAX_CHARS); next = nextOpening(nav, next)) {
    run.push(next);
  }
  // (The paragraph before, opening with its point in a longer sentence, is the first item.)
  const before = nav.previous(start);
  const lead = before ? opening(nav, before) : undefined;
  if (lead && lead.paragraph === start.paragraph - 1 && heads(nav, lead, LEAD_IN_MAX_CHARS)) run.unshift(lead);
  return run.length >= MIN_ITEMS ? run : null;
}

/** The question and `text` share `n` characters in a row. */
function sharesRun(question: string, text: string, n: number): boolean {
  for (let i = 0; i + n <= text.length; i++) if (question.includes(text.slice(i, i + n))) return true;
  return false;
}

/**
 * The items of the first unnumbered list one of `hits` is in or introduces, as the answer — not for what a named
 * person said ("张宇蕾说…要聚焦哪些方面"), nor one item's own measures ("推动创新平台共建共享有哪些举措" names an item),
 * nor items the question words otherwise ("以哪些方面为抓手": a sentence's own enumeration).
 */
export function headedAnswer(
  nav: Nav & { knowledge: Knowledge },
  question: string,
  hits: { passage: Passage }[],
): Answer | null {
  const items = hits.map((h) => headedItems(nav, h.passage)).find(Boolean);
  const first = items?.[0];
  if (!items || !first) return null;
  if (nav.knowledge.officials.some((o) => question.includes(o.name)) || /抓手|理念|原则|聚焦/.test(question))
    return null;
  if (items.some((p) => sharesRun(question, p.text.replace(/。$/, ""), 6))) return null;
  const { title, articleId, date } = first;
  return {
    kind: "passage",
    answer: `据《${title}》：${items.map((p) => p.text).join("\n")}`,
    citations: items.map((p) => ({ articleId, title, date, quote: p.text })),
    title: "相关原文",
  };
}
