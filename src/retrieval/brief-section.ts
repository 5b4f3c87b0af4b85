/**
 * A brief asked ("介绍一下X", "X是啥", "X有啥特点"), an ordering step of a passage answer (src/retrieval/answer.ts):
 * the section an article heads with X, else the sentence that says what X is.
 */

import { BRIEF } from "../answer/facts/cues.ts";
import { escaped, lexicon } from "../knowledge/lexicon.ts";
import { normalize } from "../knowledge/normalize.ts";
import { headingsOf, isHeading } from "./headings.ts";
import type { Hit, Retriever } from "./hybrid.ts";
import type { Ordering } from "./orderings.ts";
import { putFirst } from "./passage-scene.ts";
import type { Passage } from "./passages.ts";

/**
 * "介绍一下X": a section the article heads with X (or its short name) is about it; its sentences that name X come
 * first. (A section headed by the subject; else the sentence that says what it is, with its paragraph's next, which
 * then takes no place of another quote.) ("X有啥特点", "X是啥" ask the same of a thing a section heads.)
 */
export const briefFirst: Ordering = (scene) => {
  const { retriever, question, found, answering } = scene;
  const asked = normalize(question).replace(/[？?。！!]+$/, "");
  const section =
    BRIEF.test(question) || SUBJECT_FIRST.test(asked) || WHAT_IS.test(asked) ? briefSection(retriever, question) : [];
  const defined = section.length === 0 && (BRIEF.test(question) || WHAT_IS.test(question));
  const definedBy = defined ? definition(retriever, question, found) : [];
  putFirst(answering, section.length > 0 ? section : definedBy);
  scene.extraQuotes = Math.max(0, definedBy.length - 1);
  return undefined;
};

/** What a brief asks about: the words after 介绍/说说…, less "的情况". */
const BRIEF_SUBJECT =
  /(?:介绍一下|介绍下|介绍|简介|说说|讲讲|聊聊)([\u4e00-\u9fff]{4,24}?)(?:的?(?:基本|总体|发展)?(?:情况|概况)|吧|呗|$)/;

/** "X啥情况，给介绍介绍", "X有啥特点，介绍下": the subject before what is asked of it. */
const SUBJECT_FIRST =
  /^([\u4e00-\u9fff]{4,24}?)(?:的|是|有)?个?(?:啥|什么|哪些)?(?:基本|总体|发展)?(?:情况|概况|特点|特色)/;

/**
 * The section a heading names the brief's subject in ("苏南自创区开启“卓越工程”" for 苏南国家自主创新示范区: the
 * subject as asked, or shortened as the thesaurus says): in each of its paragraphs, the first sentence that names it,
 * up to three, when exactly one heading names it.
 */
function briefSection(retriever: Retriever, question: string): Passage[] {
  const asked = normalize(question).replace(/[？?。！!]+$/, "");
  const subject = (BRIEF_SUBJECT.exec(asked) ?? WHAT_IS.exec(asked) ?? SUBJECT_FIRST.exec(asked))?.[1];
  if (!subject) return [];
  const forms = subjectForms(subject);
  const headings = headingsOf(retriever).filter((p) => forms.some((f) => p.text.includes(f)));
  if (headings.length !== 1) return [];
  // The section's sentences that name it, the first of each paragraph.
  const out: Passage[] = [];
  let paragraph = -1;
  for (
    let p = retriever.next(headings[0] as Passage);
    p && !isHeading(retriever, p) && out.length < 3;
    p = retriever.next(p)
  ) {
    if (p.paragraph === paragraph || !forms.some((f) => p.text.includes(f))) continue;
    out.push(p);
    paragraph = p.paragraph;
  }
  return out;
}

/** A subject as asked, and shortened as the thesaurus says (苏南国家自主创新示范区 → 苏南自创区). */
function subjectForms(subject: string): string[] {
  const forms = [subject];
  for (const [word, short] of Object.entries(lexicon.thesaurus)) {
    if (subject.includes(word)) forms.push(subject.replace(word, short.split(" ")[0] ?? word));
  }
  return forms;
}

/** "X是个啥", "X是什么": what a thing is, asked of the thing first. */
const WHAT_IS = /^([\u4e00-\u9fff]{3,24}?)(?:到底|究竟)?(?:是个啥|是啥|是什么|是个什么|简单介绍|简介)/;

/**
 * The sentence among the hits that says what the question's subject is ("作为我国首个…的国家自主创新示范区，X…",
 * "X是…"), with the next sentence of its paragraph (which goes on about it): a brief of a thing no record holds.
 */
function definition(retriever: Retriever, question: string, hits: Hit[]): Passage[] {
  const asked = normalize(question).replace(/[？?。！!]+$/, "");
  const subject = (WHAT_IS.exec(asked) ?? BRIEF_SUBJECT.exec(asked) ?? SUBJECT_FIRST.exec(asked))?.[1];
  if (!subject) return [];
  const forms = subjectForms(subject);
  const defines = (text: string) =>
    forms.some((f) => new RegExp(`^作为.{4,40}?${escaped(f)}|^${escaped(f)}(?:是|为)`).test(text));
  // (Normalised text: its punctuation is gone, "作为…示范区，X" reads "作为…示范区X".)
  const hit = hits.find((h) => defines(normalize(h.passage.text)));
  if (!hit) return [];
  const next = retriever.next(hit.passage);
  return next && next.paragraph === hit.passage.paragraph ? [hit.passage, next] : [hit.passage];
}
