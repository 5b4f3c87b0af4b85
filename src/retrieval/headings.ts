/**
 * Headings written without markdown, found once per retriever, and the sections they head.
 */
import { ASKS_WHY } from "../answer/facts/cues.ts";
import { wordPairs } from "../answer/pairs.ts";
import { normalize } from "../knowledge/normalize.ts";
import type { Retriever } from "./hybrid.ts";
import type { Passage } from "./passages.ts";

/** Headings that ask why ("为何要“织网”"), per retriever: found once. */
export function whySections(retriever: Retriever): Passage[] {
  return headingsOf(retriever).filter((p) => p.text.length <= 20 && ASKS_WHY.test(p.text));
}

/** A value of a retriever's passages, worked out once per retriever (not on each question). */
function perRetriever<T>(find: (retriever: Retriever) => T): (retriever: Retriever) => T {
  const found = new WeakMap<Retriever, T>();
  return (retriever) => {
    let value = found.get(retriever);
    if (value === undefined) {
      value = find(retriever);
      found.set(retriever, value);
    }
    return value;
  };
}

/** Every heading of the retriever's passages. */
export const headingsOf = perRetriever((retriever) => retriever.passages.filter((p) => isHeading(retriever, p)));

/**
 * A heading or a subtitle written without markdown: a short line of its own, with no sentence-ending mark
 * ("成员增至14家首个年度成绩单出炉"). What it heads says the same in full.
 */
export function isHeading(retriever: Retriever, passage: Passage): boolean {
  const text = passage.text.trim();
  if (text.length > 40 || /[。！？!?；;：:…][”"」』）)]?$/.test(text)) return false;
  // A sentence a page break cut ("“高新区作为…的多重优"): its quotation is still open.
  if ((text.match(/“/g)?.length ?? 0) !== (text.match(/”/g)?.length ?? 0)) return false;
  return (
    retriever.previous(passage)?.paragraph !== passage.paragraph &&
    retriever.next(passage)?.paragraph !== passage.paragraph
  );
}

/**
 * A paragraph that opens with a short phrase of its own ("开放创新成果亮眼。武汉东湖高新区联合…"): a heading run into
 * its paragraph, which it heads.
 */
const runInsOf = perRetriever((retriever) =>
  retriever.passages.filter(
    (p) =>
      p.text.length <= 13 &&
      /^[\u4e00-\u9fff“”"]+[。.]$/.test(p.text) &&
      retriever.previous(p)?.paragraph !== p.paragraph &&
      retriever.next(p)?.paragraph === p.paragraph,
  ),
);

/** Every head a section may be asked by (headings, and heads run into their paragraphs), with its word pairs. */
const headsOf = perRetriever((retriever) =>
  [...headingsOf(retriever), ...runInsOf(retriever)].map((passage) => ({
    passage,
    pairs: [...wordPairs(normalize(passage.text))],
  })),
);

/**
 * "东湖高新区在光电子领域的开放创新搞出了哪些成果": a section whose heading says what the question asks ("开放创新成果
 * 亮眼": three word pairs at least, half the heading's) holds the answer; its sentences that name the one zone asked
 * (two at most, within twelve sentences of the heading; a heading run into its paragraph heads that paragraph).
 */
export function sectionAsked(retriever: Retriever, question: string, zone: readonly string[]): Passage[] {
  const asked = wordPairs(normalize(question));
  const headed = headsOf(retriever).filter(({ pairs }) => {
    const hit = pairs.filter((w) => asked.has(w)).length;
    return hit >= 3 && hit * 2 >= pairs.length;
  });
  const head = headed[0]?.passage;
  if (!head || headed.length !== 1) return [];
  const runIn = !isHeading(retriever, head);
  const out: Passage[] = [];
  let p = retriever.next(head);
  for (let i = 0; p && i < 12 && out.length < 2 && !isHeading(retriever, p); i++, p = retriever.next(p)) {
    if (runIn && p.paragraph !== head.paragraph) break;
    const text = normalize(p.text);
    if (zone.some((n) => text.includes(n))) out.push(p);
  }
  return out;
}
