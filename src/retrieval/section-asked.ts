/**
 * A part of a document asked by what heads it, an ordering step of a passage answer (src/retrieval/answer.ts):
 * - a heading line whose head noun the question names ("总结里说了哪些不足" of "三、存在的不足", "2026年工作安排有哪些"
 *   of "四、2026年工作安排"): the section under it;
 * - an interviewer's question the question asks again ("东湖高新区当轮值主席这半年打算干点啥" of "记者：东湖高新区在
 *   轮值期间有哪些打算？"): the answer after it.
 * - the examples of one point of a speech or a list ("讲“聚焦创新、健全创新网络”时举了哪些例子" of "一是聚焦“创新”,着力
 *   健全创新网络…。如深圳高新区…"): the point and the sentences after it, up to the next point.
 * Only in an article the search found near the top, and only when one such head is found.
 */
import { wordPairs } from "../answer/pairs.ts";
import type { Answer } from "../answer/types.ts";
import { lexicon } from "../knowledge/lexicon.ts";
import { normalize } from "../knowledge/normalize.ts";
import { headingsOf } from "./headings.ts";
import type { Retriever } from "./hybrid.ts";
import type { Ordering } from "./orderings.ts";
import { putFirst, zoneNames } from "./passage-scene.ts";
import type { Passage } from "./passages.ts";

/** How many of the top hits' articles are looked in. */
const TOP_HITS = 8;
/** The most passages a section gives. */
const SECTION_MAX = 4;
/** How a document numbers its parts: "三、", "（二）", "3.". */
const NUMBER_MARK = String.raw`(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])`;
/** A heading numbered as a document's part. */
const NUMBERED = new RegExp(`^${NUMBER_MARK}`);
/** A heading's numbering and year, which say nothing of what it heads ("三、", "2026年"). */
const NUMBERING = new RegExp(`^${NUMBER_MARK}|(?:19|20)\\d{2}年度?`, "g");
/** Head nouns that head nearly every document: too common to say which section is asked. */
const TOO_COMMON = /^(?:工作|情况|内容|概况|附件|其他|说明|网络|联盟)$/;
/** An interviewer's line: "记者：…？", "问：…". */
const INTERVIEWER = /^(?:记者|问|主持人)[：:]/;
/** What an interviewer asks about, each ask with the words it is said by ("打算/计划/…"). */
const ASKS = lexicon.interviewAsks.map((entry) => entry.split("/"));
/** Each ask's other words, and the first they are read as. */
const ASK_FORMS = ASKS.flatMap(([first = "", ...others]) =>
  others.length > 0 ? [{ others: new RegExp(others.join("|"), "g"), first }] : [],
);
/** The text with each ask's words written as its first ("后面有啥计划" → "打算有啥打算"). */
const asOne = (text: string) => ASK_FORMS.reduce((t, { others, first }) => t.replace(others, first), text);

/** The head noun of a heading line (its last two characters), when it names what the section is about. */
function headNoun(text: string): string | undefined {
  // (A numbered heading only: a headline's subtitle ends in anything, "轮值主席交棒杭州".)
  if (!NUMBERED.test(text)) return undefined;
  const core = text
    .replace(NUMBERING, "")
    .replace(/[：:。]$/, "")
    .trim();
  if (core.length < 2 || core.length > 12 || !/^[\u4e00-\u9fff]+$/.test(core)) return undefined;
  const noun = core.slice(-2);
  return TOO_COMMON.test(noun) ? undefined : noun;
}

/** Every passage of the articles in `ids`, found from their hits among `top` (walked, not searched for). */
function passagesOf(retriever: Retriever, top: Passage[], ids: ReadonlySet<string>): Passage[] {
  const out: Passage[] = [];
  const seen = new Set<string>();
  for (const hit of top) {
    if (!ids.has(hit.articleId) || seen.has(hit.articleId)) continue;
    seen.add(hit.articleId);
    let first = hit;
    for (let p = retriever.previous(first); p && p.articleId === hit.articleId; p = retriever.previous(p)) first = p;
    for (let p: Passage | undefined = first; p && p.articleId === hit.articleId; p = retriever.next(p)) out.push(p);
  }
  return out;
}

/** Each article's first passage, read once per retriever. */
const firsts = new WeakMap<Retriever, Map<string, Passage>>();
function articleStarts(retriever: Retriever): Map<string, Passage> {
  let out = firsts.get(retriever);
  if (!out) {
    out = new Map();
    for (const p of retriever.passages) if (!out.has(p.articleId)) out.set(p.articleId, p);
    firsts.set(retriever, out);
  }
  return out;
}

/** The passages under a head, up to the next head or interviewer's line. */
function sectionUnder(retriever: Retriever, head: Passage, isHead: (p: Passage) => boolean): Passage[] {
  const out: Passage[] = [];
  for (let p = retriever.next(head); p && out.length < SECTION_MAX && !isHead(p); p = retriever.next(p)) out.push(p);
  return out;
}

export const sectionAskedFirst: Ordering = ({
  retriever,
  question,
  names,
  askedGroups,
  found,
  answering,
  pinned,
  titled,
}) => {
  const top = found.slice(0, TOP_HITS).map((h) => h.passage);
  // (The words the question asks by, without the names it names: "光电子网络有哪些不足" asks 不足, not 网络.)
  const asked = names
    .flat()
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length)
    .reduce((text, n) => text.split(n).join("，"), normalize(question));
  // A heading of an article about what the question names (its title names one of them), when it names something:
  // another zone's "存在的不足" is not the one asked.
  const headed = new Set(top.filter((p) => names.length === 0 || titled(p, true)).map((p) => p.articleId));
  const headings = headingsOf(retriever).filter((p) => headed.has(p.articleId));
  const byNoun = headings.filter((p) => {
    const noun = headNoun(p.text);
    return noun !== undefined && asked.includes(noun);
  });
  // An interviewer's line that asks the same thing, by the word that says what is asked ("打算", "进展", "期待"), and
  // names every zone the question names: "东湖…有什么打算" is not asked of 长沙.
  // (Each ask by any of its words, "计划" for "打算", and read as its first word when pairs are compared.)
  const said = ASKS.filter((words) => words.some((w) => asked.includes(w)));
  const zones = zoneNames(retriever, question);
  // (Of an article about the group asked, when one is: another group's "下一步主要抓三件事" is not it.)
  const interviewed = new Set(top.filter((p) => askedGroups.length === 0 || titled(p, true)).map((p) => p.articleId));
  // (…and an interview about the group asked that the search did not bring up: its title names the group.)
  const starts = said.length > 0 && names.length > 0 ? articleStarts(retriever) : undefined;
  const more = [...(starts?.values() ?? [])].filter((p) => !interviewed.has(p.articleId) && titled(p, true));
  for (const p of more) interviewed.add(p.articleId);
  // (Only when an ask word is said, and only in those articles: no scan of every passage on each question.)
  const lines = (said.length === 0 ? [] : passagesOf(retriever, [...top, ...more], interviewed)).filter(
    (p) =>
      INTERVIEWER.test(p.text) &&
      said.some((words) => words.some((w) => p.text.includes(w))) &&
      // (…or asks "你们" in an interview whose title names the zone: "…——访武汉东湖高新区管委会相关负责人".)
      zones.every(
        (z) =>
          z.some((n) => normalize(p.text).includes(n)) ||
          z.some((n) => normalize(retriever.knowledge.articles.get(p.articleId)?.title ?? "").includes(n)),
      ),
  );
  const askedPairs = wordPairs(asOne(asked));
  const shared = (p: Passage) => [...wordPairs(asOne(normalize(p.text)))].filter((w) => askedPairs.has(w)).length;
  const best = Math.max(0, ...lines.map(shared));
  const asking = lines.filter((p) => shared(p) === best && best >= 2);
  const heads = byNoun.length === 1 ? byNoun : asking.length === 1 && byNoun.length === 0 ? asking : [];
  const head = heads[0];
  if (!head) return undefined;
  const isHead = (p: Passage) => headings.includes(p) || INTERVIEWER.test(p.text) || p.articleId !== head.articleId;
  const section = sectionUnder(retriever, head, isHead);
  if (section.length === 0) return undefined;
  putFirst(answering, section);
  for (const h of answering.slice(0, section.length)) pinned.add(h);
  return undefined;
};

/** Examples asked ("举了哪些例子", "举的是哪几个集群", "有哪些案例"). */
const EXAMPLES_ASKED = /举了?(?:哪些|哪几个|什么|啥)|举的(?:是)?(?:哪|什么|啥)|(?:哪些|什么|啥)(?:例子|案例|典型)/;
/** A point of a list said in turn: "一是…", "二是…", "第三，…". */
// ("贾敬敦说,一是…": who says it, before the first.)
const POINT =
  /^(?:[\u4e00-\u9fff]{2,8}(?:说|表示|指出)[,，])?(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、])/;

/** The point of a numbered run the question names most (three word pairs at least), in an article among the top
 *  hits, and the passages after it up to the next point: the point with its examples, as the answer. */
export const examplesOfPoint: Ordering = ({ retriever, question, found, people, askedGroups, titled }) => {
  if (!EXAMPLES_ASKED.test(question)) return undefined;
  // (Of the speaker and the group the question names: another network's "二是强化应用场景开放" is not theirs.)
  const body = (id: string) => retriever.knowledge.articles.get(id)?.body ?? "";
  const articles = new Set(
    found
      .slice(0, TOP_HITS)
      .filter((h) => askedGroups.length === 0 || titled(h.passage, true))
      .map((h) => h.passage.articleId)
      .filter((id) => people.every((n) => body(id).includes(n))),
  );
  const asked = wordPairs(normalize(question));
  const points = passagesOf(
    retriever,
    found.slice(0, TOP_HITS).map((h) => h.passage),
    articles,
  ).filter((p) => POINT.test(p.text));
  const shared = (p: Passage) => [...wordPairs(normalize(p.text))].filter((w) => asked.has(w)).length;
  const best = Math.max(0, ...points.map(shared));
  const named = best >= 3 ? points.filter((p) => shared(p) === best) : [];
  const point = named.length === 1 ? named[0] : undefined;
  if (!point) return undefined;
  // (Up to the next point, in the point's paragraph: what follows the last point is no example of it.)
  const examples = sectionUnder(
    retriever,
    point,
    (p) => POINT.test(p.text) || p.articleId !== point.articleId || p.paragraph !== point.paragraph,
  );
  if (examples.length === 0) return undefined;
  const quotes = [point, ...examples];
  const { title, articleId, date } = point;
  const answer: Answer = {
    kind: "passage",
    answer: `据《${title}》：${quotes.map((p) => p.text).join("\n")}`,
    citations: quotes.map((p) => ({ articleId, title, date, quote: p.text })),
    title: "相关原文",
  };
  return answer;
};
