/**
 * A quotation that runs over sentences ("“A。B。”某某说。"): the sentence that opens it and the one that closes it,
 * so a quote of one of them is quoted whole.
 */
import type { Retriever } from "./hybrid.ts";
import type { Passage } from "./passages.ts";

/** A sentence that closes a quotation it does not open: a ” with no “ before it. */
export function closesQuote(text: string): boolean {
  return /^[^“]*”/.test(text);
}

/** A sentence that opens a quotation it does not close: a “ with no ” after it. */
export function opensQuote(text: string): boolean {
  return /“[^”]*$/.test(text);
}

/**
 * The sentence, at most three away in the same paragraph (`step`: after or before), that closes the quotation
 * `passage` opens, or opens the one it closes; none when another quotation starts on the way.
 */
export function quoteEdge(retriever: Retriever, passage: Passage, step: "next" | "previous"): Passage | undefined {
  const [seek, other] = step === "next" ? ["”", "“"] : ["“", "”"];
  let p = retriever[step](passage);
  for (let i = 0; i < 3 && p && p.paragraph === passage.paragraph; i++, p = retriever[step](p)) {
    if (p.text.includes(other) && p.text.lastIndexOf(other) > p.text.lastIndexOf(seek)) return undefined;
    if (p.text.includes(seek)) return p;
  }
  return undefined;
}

/**
 * A speaker's sentence ("…介绍，…", "…表示，…"), and the quotation after it (in its paragraph or the next) when the
 * paragraph ends with it: no one else is named as its speaker.
 */
const SPEAKS = /(?:介绍|表示|说|指出|认为|强调)[，,：:]/;
export function quotedAfter(retriever: Retriever, passage: Passage): Passage[] | undefined {
  const first = retriever.next(passage);
  if (!SPEAKS.test(passage.text) || !first || first.paragraph - passage.paragraph > 1 || !/^“/.test(first.text))
    return undefined;
  const last = /”[。！？]?$/.test(first.text) ? first : quoteEdge(retriever, first, "next");
  if (!last || !/”[。！？]?$/.test(last.text)) return undefined;
  const out = [first];
  for (let p = retriever.next(first); p && last !== first && out.length < 4; p = retriever.next(p)) {
    out.push(p);
    if (p === last) break;
  }
  // (The paragraph ends with the quotation: no speaker named after it, "…。”某某说。".)
  const after = retriever.next(last);
  return after?.paragraph === last.paragraph ? undefined : out;
}

/**
 * A speaker's sentence after a quotation that opens its paragraph ("“我们聚力…。”在今年全省科技工作会议上，某某介绍，
 * …"): the quotation is theirs, for no one else is named before it. Its sentences, or none.
 */
export function quotedBefore(retriever: Retriever, passage: Passage): Passage[] | undefined {
  const last = retriever.previous(passage);
  if (!SPEAKS.test(passage.text) || /^“/.test(passage.text) || !last || last.paragraph !== passage.paragraph)
    return undefined;
  if (!/”[。！？]?$/.test(last.text)) return undefined;
  const first = /^“/.test(last.text) ? last : quoteEdge(retriever, last, "previous");
  if (!first || !/^“/.test(first.text)) return undefined;
  // (The quotation opens the paragraph: a speaker said before it, "某某说：“…”", would be its own.)
  const before = retriever.previous(first);
  if (before?.paragraph === first.paragraph) return undefined;
  const out = [first];
  for (let p = retriever.next(first); p && p !== passage && out.length < 4; p = retriever.next(p)) out.push(p);
  return out.at(-1) === last ? out : undefined;
}
