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

/** Every heading of the retriever's passages, found once per retriever (not on each question). */
const HEADINGS = new WeakMap<Retriever, Passage[]>();
export function headingsOf(retriever: Retriever): Passage[] {
  let found = HEADINGS.get(retriever);
  if (!found) {
    found = retriever.passages.filter((p) => isHeading(retriever, p));
    HEADINGS.set(retriever, found);
  }
  return found;
}

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
 * its paragraph, which it heads. Found once per retriever.
 */
const RUN_INS = new WeakMap<Retriever, Passage[]>();
function runInsOf(retriever: Retriever): Passage[] {
  let found = RUN_INS.get(retriever);
  if (!found) {
    found = retriever.passages.filter((p) => {
      const next = retriever.next(p);
      return (
        p.text.length <= 13 &&
        /^[\u4e00-\u9fff“”"]+[。.]$/.test(p.text) &&
        retriever.previous(p)?.paragraph !== p.paragraph &&
        next?.paragraph === p.paragraph
      );
    });
    RUN_INS.set(retriever, found);
  }
  return found;
}

/**
 * "东湖高新区在光电子领域的开放创新搞出了哪些成果": a section whose heading says what the question asks ("开放创新成果
 * 亮眼": three word pairs at least, half the heading's) holds the answer; its sentences that name the one zone asked
 * (two at most, within twelve sentences of the heading; a heading run into its paragraph heads that paragraph).
 */
export function sectionAsked(retriever: Retriever, question: string, zone: readonly string[]): Passage[] {
  const asked = wordPairs(normalize(question));
  const says = (h: Passage) => {
    const own = [...wordPairs(normalize(h.text))];
    const hit = own.filter((w) => asked.has(w)).length;
    return hit >= 3 && hit * 2 >= own.length;
  };
  const headed = [...headingsOf(retriever), ...runInsOf(retriever)].filter(says);
  const head = headed[0];
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
