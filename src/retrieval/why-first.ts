/**
 * The reason asked ("为什么…", "为啥要成立X"), an ordering step of a passage answer (src/retrieval/answer.ts): a
 * sentence that gives a reason comes first, or the text's own answer to the question where a section or a sentence
 * asks it.
 */

import { ASKS_WHY } from "../answer/facts/cues.ts";
import { normalize, normalizeTerm } from "../knowledge/normalize.ts";
import { isHeading, whySections } from "./headings.ts";
import { type Hit, Retriever } from "./hybrid.ts";
import type { Ordering } from "./orderings.ts";
import { namesAll } from "./passage-groups.ts";
import { putFirst, zoneNames } from "./passage-scene.ts";
import type { Passage } from "./passages.ts";

// ("为打通…链条，A联合B…共同成立…": a purpose said first, of a founding.)
export const CAUSE =
  /因为|由于|原因|初衷|之所以|难以|很难|为了|目的|旨在|就是要|为何|为什么|意义在于|关键在于|便于|有利于|优势在于|独特优势|亟需|亟待|^为(?!期|止)[^，,。；;]{2,30}[，,][^。]*(?:成立|组建|发起|建立|启动)/;

/** Why the group was founded is asked ("为啥要成立", "为什么组建", "成立的初衷"). */
// ("为啥要搞长江中游联盟": 搞 of the group itself, not "为什么要搞轮值".)
const WHY_FOUNDED =
  /(?:为啥|为什么|为何|为了什么)[^，,。？?]{0,4}?(?:要)?(?:成立|组建|建立|设立|发起|搞(?=[^，,。？?]{0,14}(?:联盟|网络)[？?]?$))|(?:成立|组建)[^，,。？?]{0,6}?(?:初衷|原因|目的)/;
/** A sentence that speaks of the group's own founding ("联盟的成立，就是要…", "组建这个网络是为了…"). */
const FOUNDING_WORD = /(?:联盟|网络)的(?:成立|组建|发起)|(?:成立|组建|发起)(?:该|这个|这一|本)?(?:联盟|网络)/;
/** The act a why-question asks about: "为啥要扩容" → 扩容 (two characters, not a pronoun or a question word). */
// (Not a founding, which every founding sentence names: "为什么要成立".)
const WHY_ACT =
  /(?:为啥|为什么|为何)(?:要|会|又|还)?((?!这么|那么|什么|不|没|成立|组建|建立|启动|设立|发起|建设)[\u4e00-\u9fff]{2})(?=[？?]|$|呢|啊)/;

/** A sentence that announces what follows rather than saying it: "答案写在三个关键词里", "原因有以下几点：". */
const ANNOUNCES = /关键词|以下几|如下|几个方面|[两三四五]个方面|[两三四五]点|[：:]$/;

/**
 * "为什么": a sentence that gives a reason (or a heading that asks the same) comes first — from all the hits that
 * answer, not only the first eight: a reason is often said in a quoted remark that ranks lower than the
 * sentences that name the group.
 */
export const reasonFirst: Ordering = ({ retriever, question, names, found, answering, titled, supported }) => {
  if (!ASKS_WHY.test(question)) return undefined;
  // (…and a sentence that names the act asked about, "扩容不是简单的‘加人数’，而是补齐链条" for "为啥要扩容".)
  const act = WHY_ACT.exec(question)?.[1];
  const cause = (h: Hit) => (CAUSE.test(h.passage.text) || (act && h.passage.text.includes(act)) ? 1 : 0);
  const about = (h: Hit) => {
    const text = normalize(`${h.passage.text}${h.passage.context}`);
    return titled(h.passage) || names.every((n) => n.some((x) => text.includes(normalizeTerm(x))));
  };
  // (A long remark that gives the reason scores low on the question's words: in an article whose title names what
  // the question names, it need not pass the relevance floor.)
  const reasons = found
    .slice(8)
    .filter(
      (h) =>
        cause(h) === 1 &&
        about(h) &&
        !answering.includes(h) &&
        (Retriever.relevant(h) || titled(h.passage)) &&
        supported(h),
    );
  answering.push(...reasons);
  // ("为啥要成立长江中游联盟": the reason its founding article gives for the founding, which may share no word with the
  // question but the founding's, "“联盟的成立，就是要把分散的合作变成制度化的协同。”".)
  if (WHY_FOUNDED.test(question) && !answering.some((h) => cause(h) && FOUNDING_WORD.test(h.passage.text))) {
    const articles = new Set(found.filter((h) => titled(h.passage)).map((h) => h.passage.articleId));
    const given = retriever.passages.find(
      (p) => articles.has(p.articleId) && CAUSE.test(p.text) && FOUNDING_WORD.test(p.text),
    );
    if (given) answering.push({ passage: given, score: answering[0]?.score ?? 1, bm25: 0, cosine: 0, coverage: 1 });
  }
  answering.sort((a, b) => cause(b) - cause(a));
  // A section headed by the question itself ("为何要织网") in the one article about what the question names: its
  // first sentence is the reason, whatever its words.
  // (The article names everything asked, and its title one of them at least: "淮河联盟再扩容" asked of a newcomer.)
  const headed = whySections(retriever).filter((p) => namesAll(retriever, p.articleId, names) && titled(p, true));
  // …or a sentence that asks it in the text ("为何由泰州挑头？") about a zone or a group the question names: the
  // sentence after it answers.
  const asks = found.find(
    (h) =>
      h.passage.text.length <= 30 &&
      /[？?]$/.test(h.passage.text) &&
      ASKS_WHY.test(h.passage.text) &&
      // (Of the article that answers best, when the question names nothing the index knows by name.)
      (names.length > 0
        ? namesAll(retriever, h.passage.articleId, names)
        : h.passage.articleId === found[0]?.passage.articleId) &&
      [...question.matchAll(/(?=([\u4e00-\u9fff]{2}))/g)].some(
        (w) => !/为|什么|何|啥|牵头/.test(w[1] ?? "") && h.passage.text.includes(w[1] ?? ""),
      ),
  );
  let reason =
    headed.length === 1 && headed[0] ? retriever.next(headed[0]) : asks ? retriever.next(asks.passage) : undefined;
  // (A section whose heading is followed by the question asked again: the sentence after that.)
  if (reason && /[？?]$/.test(reason.text)) reason = retriever.next(reason);
  // A reason that only announces what follows ("答案写在…三个关键词里") is quoted with the sentence after it.
  // …and a remark whose speaker goes on in a quote right after ("罗静分析，…。“如果各地各自为战…”").
  const after = reason ? retriever.next(reason) : undefined;
  const goesOn =
    after?.paragraph === reason?.paragraph &&
    /^[“"]/.test(after?.text ?? "") &&
    /表示|分析|指出|说/.test(reason?.text ?? "");
  const then = reason && (ANNOUNCES.test(reason.text) || goesOn) ? after : undefined;
  if (reason) {
    // In a section headed by the question, the sentences of the reason's paragraph that name what the question
    // names ("新成员为何加入": each newcomer's own reason) answer too.
    // …and the section's later sentences that give a reason too ("一方面…另一方面…亟需…").
    // (The text's own question, "为何由深圳牵头？", is answered by its paragraph: the sentences after the reason in it.)
    const more =
      headed.length === 1
        ? [
            ...namingAfter(retriever, then ?? reason, zoneNames(retriever, question)),
            ...causesInSection(retriever, then ?? reason),
          ]
        : asks
          ? restOfParagraph(retriever, then ?? reason)
          : [];
    const text = [reason, ...(then ? [then] : []), ...more];
    putFirst(answering, text);
    // The text's own answer to the question: other sentences only when they give a reason too.
    const own = text.length;
    answering.splice(own, answering.length, ...answering.slice(own).filter((h) => cause(h) === 1));
  }
  return undefined;
};

/** The sentences after `from` in its paragraph that name one of the zones (at most three). */
function namingAfter(retriever: Retriever, from: Passage, zones: (readonly string[])[]): Passage[] {
  const out: Passage[] = [];
  for (let p = retriever.next(from); p && p.paragraph === from.paragraph && out.length < 3; p = retriever.next(p)) {
    const text = normalize(p.text);
    if (zones.some((n) => n.some((x) => text.includes(x)))) out.push(p);
  }
  return out;
}

/** The sentences after `from` in its paragraph, two at most and as long as a short answer allows. */
function restOfParagraph(retriever: Retriever, from: Passage): Passage[] {
  const out: Passage[] = [];
  let chars = from.text.length;
  for (let p = retriever.next(from); p && p.paragraph === from.paragraph && out.length < 2; p = retriever.next(p)) {
    chars += p.text.length;
    if (chars > 320) break;
    out.push(p);
  }
  return out;
}

/** Sentences after `from` in its section (up to the next heading, within eight) that give a reason: two at most. */
function causesInSection(retriever: Retriever, from: Passage): Passage[] {
  const out: Passage[] = [];
  let p = retriever.next(from);
  for (let i = 0; p && i < 8 && out.length < 2 && !isHeading(retriever, p); i++, p = retriever.next(p)) {
    if (p.paragraph !== from.paragraph && CAUSE.test(p.text)) out.push(p);
  }
  return out;
}
