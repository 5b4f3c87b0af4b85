/**
 * The quotes of a passage answer (src/retrieval/answer.ts), once the ordering steps have put the hits in order: the
 * hits near the best score (and those pinned), each as the span it belongs to, and the answer that leads with the
 * first; or, when nothing answers, what the articles leave open.
 */

import { ASKS_WHY, UNDECIDED } from "../answer/facts/cues.ts";
import type { Answer, Citation } from "../answer/types.ts";
import { chineseNumber } from "../knowledge/numerals.ts";
import { homeZoneOf } from "../knowledge/source-zone.ts";
import { focusOnPart } from "./clause-focus.ts";
import { withExamples } from "./examples.ts";
import { isHeading } from "./headings.ts";
import type { Retriever } from "./hybrid.ts";
import { aboutAnother, groupsNamed, namesAll, namesOnlyOthers } from "./passage-groups.ts";
import { ASKS_WORDS, type Scene } from "./passage-scene.ts";
import type { Passage } from "./passages.ts";
import { listOf, SPEAKER_OPENS, withoutHeadings } from "./quote-span.ts";
import { supports } from "./support.ts";
import { undecided } from "./undecided.ts";
import { unlisted } from "./unlisted.ts";
import { CAUSE } from "./why-first.ts";

const MAX_QUOTES = 4;

/** A sentence that adds to the one before it: "此外，…", "同时，…", "另外…". */
const GOES_ON = /^(?:此外|另外|同时|其次|再次|最后|还要|并且)[，,]?/;

/** A sentence that draws its reason from the one before: "因此…", "组建该网络，就是要…". */
// ("联盟的成立，正是为了把分散的合作“串”起来": what it answers is the sentence before.)
const CONCLUDES = /^(?:因此|所以|为此|正因如此|正因为如此)|^[^，,。]{2,30}[，,](?:就是要|正是为了|就是为了|正是要)/;
/** A purpose said of an act ("组建联盟，旨在…"), and a sentence that tells the problem before it ("此前…存在…等问题"). */
const PURPOSE = /^[^，,。]{2,30}[，,](?:旨在|目的是|目的在于|是为了)/;
const PROBLEM = /(?:此前|以往|过去|长期以来|一直以来)[^。]*(?:问题|不足|短板|瓶颈|难题|壁垒|障碍)/;

/** Asks how something will be done. */
// ("具体要做哪些事情": what is to be done.)
const ASKS_HOW = /怎么|如何|怎样|哪些举措|什么举措|什么办法|(?:要|会|将)?做(?:哪些|什么)(?:事情|事|工作)?|哪些事情/;

const ASKS_FOR_LIST = /哪些|哪几|几个方面|怎样的|什么样|哪[一二三四五六七八九十]|什么|啥|which|what/;

/** The answer quoted from the hits in `scene.answering`, in their order (null: nothing to quote). */
export function quoteAnswer(scene: Scene): Answer | null {
  const { retriever, question, names, people, askedGroups, found, answering, pinned } = scene;
  // The hits from articles that name what the question names, not about another group, and not headings
  // ("下一任轮值主席待定" heads the sentence that says it), as citations.
  const aboutAsked = (): Citation[] =>
    found
      .filter(
        (h) =>
          namesAll(retriever, h.passage.articleId, names) &&
          !aboutAnother(retriever, h.passage, askedGroups) &&
          !isHeading(retriever, h.passage),
      )
      .map((h) => ({
        articleId: h.passage.articleId,
        title: h.passage.title,
        date: h.passage.date,
        quote: h.passage.text,
      }));
  // What is asked is left to be decided later, as a quoted sentence says: not known yet.
  // (More passages only from articles that name what the question names, and not about another group.)
  const leftOpen = (citations: Citation[], first: Passage | undefined) =>
    undecided(question, names, {
      citations,
      others: aboutAsked,
      // (On topic: the first quote's sentence, or its article's title, names a group asked.)
      firstOnTopic:
        askedGroups.length === 0 ||
        first === undefined ||
        groupsNamed(retriever, `${first.title}\n${first.text}`).some((id) => askedGroups.includes(id)),
      // (A quote whose sentence or title names only other groups is no answer: "对于2028年接替深圳的第三任轮值主席单位，
      // 会议未作决定" of the storage network does not say the IoT network's next chair is open.)
      offTopic: (c) => namesOnlyOthers(groupsNamed(retriever, `${c.title}\n${c.quote}`), askedGroups),
      before: (c) => {
        const p = found.find((h) => h.passage.text === c.quote && h.passage.articleId === c.articleId)?.passage;
        const prev = p ? retriever.previous(p) : undefined;
        return prev?.paragraph === p?.paragraph ? prev?.text : undefined;
      },
      // (A later decision about the group the open sentence's article is about, not another's fund.)
      related: (open, later) => {
        const of = groupsNamed(retriever, open.title);
        return (
          of.length === 0 || groupsNamed(retriever, `${later.title}\n${later.quote}`).some((id) => of.includes(id))
        );
      },
    });
  const top = answering[0];
  // (Nothing answers: the best hits about what is asked may still say it is left open, "基金管理人将通过公开遴选确定".)
  // (…read first where they leave something open: "…举办地目前尚未确定" may rank below what names the meeting.)
  if (!top) {
    const about = aboutAsked();
    const open = about.filter((c) => UNDECIDED.test(c.quote));
    return leftOpen([...open, ...about.filter((c) => !open.includes(c))].slice(0, 3), undefined);
  }
  const chosen = answering
    .filter((h) => h.score >= top.score * 0.6 || pinned.has(h))
    .slice(0, MAX_QUOTES + scene.extraQuotes);

  const quotes: { passage: Passage; pieces: string[]; remark?: boolean }[] = [];
  const covered = new Set<string>();
  for (const h of chosen) {
    // An unmarked subheading is never quoted: what it heads (the sentence after it) answers in its place.
    // (…when that sentence supports an answer too: "…，青岛居首" heads the figures, not the rank.)
    const heading = isHeading(retriever, h.passage);
    const passage = heading ? retriever.next(h.passage) : h.passage;
    if (!passage || covered.has(passage.id) || isHeading(retriever, passage)) continue;
    if (heading && !supports(question, passage, retriever.knowledge, names).ok) continue;
    // A question the text asks ("为何由泰州挑头？") whose answer is quoted already.
    const after = retriever.next(passage);
    if (/[？?]$/.test(passage.text) && after && covered.has(after.id)) continue;
    const who = /谁|哪位/.test(question) ? true : ASKS_WORDS.test(question) ? ("words" as const) : false;
    // (A reason asked is often a list of reasons: "各具特色：A…；B…；C…".)
    const list = listOf(
      retriever,
      passage,
      ASKS_FOR_LIST.test(question.toLowerCase()) || ASKS_WHY.test(question),
      who,
      ASKS_HOW.test(question),
      // (The quotation before a speaker's words only for the first quote or one that gives a reason: the others are
      // what else is said.)
      ASKS_WHY.test(question) && (quotes.length === 0 || CAUSE.test(passage.text)),
    );
    // Already quoted as part of another span; a sentence that goes on from one quoted alone already ("该平台位于…，可为
    // 网络成员提供…服务" after "…牵头建设生物基材料中试平台。") takes that quote's place, the two as one span.
    if (list.passages.some((p) => covered.has(p.id))) {
      const alone = quotes.find((q) => q.pieces.length === 1 && q.passage.id === list.passages[0]?.id);
      const rest = list.passages.slice(1);
      const span = list.pieces.length === 1 ? (list.pieces[0] as string) : "";
      const whole = alone !== undefined && [alone.passage, ...rest].every((p) => span.includes(p.text));
      if (alone && whole && rest.length > 0 && rest.every((p) => !covered.has(p.id))) {
        for (const p of rest) covered.add(p.id);
        alone.pieces = list.pieces.map(withoutHeadings);
      }
      continue;
    }
    for (const p of list.passages) covered.add(p.id);
    const pieces = list.pieces.map(withoutHeadings).filter((piece) => piece.length > 0);
    if (pieces.length === 0) continue; // a heading or a byline alone answers nothing
    // "组建X网络，就是要…", "因此…": a reason that concludes from the sentence before it; that sentence (the
    // problem it answers) is quoted first.
    // (…or a purpose, "组建联盟，旨在…", after the problem it answers: "此前…合作多以点对点方式开展，存在…等问题。")
    const previous = quotes.length === 0 && ASKS_WHY.test(question) ? retriever.previous(passage) : undefined;
    const before =
      previous &&
      (CONCLUDES.test(passage.text) ||
        (PURPOSE.test(passage.text) && previous.paragraph === passage.paragraph && PROBLEM.test(previous.text)))
        ? previous
        : undefined;
    if (before && !covered.has(before.id) && !isHeading(retriever, before)) {
      covered.add(before.id);
      pieces.unshift(before.text);
    }
    const goesOn = remarkGoesOn(retriever, question, people, list.passages, passage, pieces, covered);
    pieces.push(...goesOn);
    // "举了哪几个靠健全创新网络…的例子": the examples after the point the question names (src/retrieval/examples.ts).
    withExamples(
      retriever,
      question,
      list.passages.length === pieces.length ? list.passages : [passage],
      pieces,
      covered,
    );
    quotes.push({ passage, pieces, remark: goesOn.length > 0 });
    // A quoted list is the answer; at most one more quote beside it.
    if ((quotes[0]?.pieces.length ?? 0) > 1 && !quotes[0]?.remark && quotes.length >= 2) break;
    // ("县域国家高新区前三是哪三家" by "昆山、武进、江阴高新区包揽全国县域国家高新区前三名": the top N asked, said by the
    // first quote, is the answer alone — another ranking beside it names other zones.)
    if (quotes.length === 1 && topSaid(question, pieces.join(""))) break;
  }
  const citations: Citation[] = quotes.flatMap((q) =>
    q.pieces.map((quote) => ({
      articleId: q.passage.articleId,
      title: q.passage.title,
      date: q.passage.date,
      quote,
    })),
  );
  // Every usable hit was a heading or a byline alone: nothing to quote.
  const first = quotes[0];
  if (!first) return null;
  const open = leftOpen(citations, first.passage);
  if (open) return open;
  // A counted set the articles name but never list ("七大要素具体是哪七个"): said so, not quoted as the list.
  const named = unlisted(question, citations, (id) => retriever.knowledge.articles.get(id)?.body ?? "");
  if (named) return named;
  // Zones picked out by their part of a chain, each part a clause of the sentence that answers: those clauses.
  const part = focusOnPart(question, citations);
  if (part) {
    return {
      kind: "passage",
      answer: `据《${first.passage.title}》：${part.map((c) => c.quote).join("；")}。`,
      citations: part,
      title: "相关原文",
    };
  }
  const oneLine = (t: string) => t.replace(/\s*\n\s*/g, "");
  const [lead, ...more] = quotes.map((q) => q.pieces.map(oneLine).join("\n"));
  // A quote that dates by month and day only ("1月6日，…") or by the year it was written in ("去年获批…") is read
  // with the article's date, which gives the year.
  const undated =
    /\d{1,2}月\d{1,2}日|去年|前年|今年/.test(lead ?? "") && !/(?:19|20)\d{2}年/.test(lead ?? "") && first.passage.date;
  const when = undated ? `（${reportDate(first.passage.date as string)}报道）` : "";
  // ("我区正会同相关单位研究筹建…" in an article a zone publishes: who 我区 is, from the article's source.)
  // ("二是承办2027年光电子网络年会", an item of its plan: whose plan, when the item does not say.)
  const item = /^[一二三四五六七八九十]是/.test(lead ?? "");
  const home =
    /我区|本区/.test(lead ?? "") || item ? homeZoneOf(retriever.knowledge, first.passage.articleId) : undefined;
  const homeName = home ? (retriever.knowledge.zones.get(home)?.name ?? home) : "";
  const ours = !home ? "" : /我区|本区/.test(lead ?? "") ? `（文中“我区”指${homeName}）` : `（${homeName}发布）`;
  const answer = [`据《${first.passage.title}》${when}${ours}：${lead}`, ...more.map((t) => `· ${t}`)].join("\n");
  return { kind: "passage", answer, citations, title: "相关原文" };
}

/** The top N asked ("前三是哪三家", "排名前五的是哪些"), and a sentence that says who they are ("包揽…前三名"). */
function topSaid(question: string, quote: string): boolean {
  const asked = /前([两二三四五六七八九十\d]{1,2})(?:名|位|强)?(?:是|有|都是|分别是)?(?:哪|谁)/.exec(question)?.[1];
  if (!asked) return false;
  const n = /^\d+$/.test(asked) ? Number(asked) : chineseNumber(asked);
  const said = [...quote.matchAll(/前([两二三四五六七八九十\d]{1,2})(?:名|位|强)/g)].map((m) =>
    /^\d+$/.test(m[1] as string) ? Number(m[1]) : chineseNumber(m[1] as string),
  );
  // (Of the ranking asked: what the quote says it is of, "全国县域国家高新区前三名", is in the question but its place and
  // kind words, "全国前三" being no county ranking.)
  const of = /([\u4e00-\u9fff]{0,16})前[两二三四五六七八九十\d]{1,2}(?:名|位|强)/.exec(quote)?.[1] ?? "";
  const own = of.replace(/^.*?(?:包揽|位列|进入|跻身)/, "").replace(/全国|全省|我省|国家|高新区|园区|成员|的/g, "");
  return (
    n !== undefined &&
    said.includes(n) &&
    /包揽|分别是|依次是|位列|为[^，,。]{2,30}前/.test(quote) &&
    (own.length === 0 || question.includes(own))
  );
}

/** "2026-01-09" → "2026年1月9日". */
function reportDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${Number(m)}月${d ? `${Number(d)}日` : ""}`;
}

/**
 * What a quoted remark goes on with in its paragraph, as more pieces of its quote (each passage marked covered): after
 * a remark quoted alone, of a why or of what was said, the sentence that opens with its speaker ("“扩容不是简单的‘加
 * 人数’，而是补齐链条。”" then "…沈嘉表示，新加入的…"); and, when a person the question names said it, the sentences
 * that add to it ("此外，探索制度创新先行先试…"). The two make one remark with it, not a list.
 */
function remarkGoesOn(
  retriever: Retriever,
  question: string,
  people: string[],
  span: Passage[],
  passage: Passage,
  pieces: string[],
  covered: Set<string>,
): string[] {
  const more: string[] = [];
  const take = (p: Passage) => {
    covered.add(p.id);
    more.push(p.text);
  };
  const alone = span.length === 1 && /^[“"][^“”"]+[”"]$/.test(passage.text);
  const said = (ASKS_WHY.test(question) || ASKS_WORDS.test(question)) && alone ? retriever.next(passage) : undefined;
  const speaks = said && said.paragraph === passage.paragraph && !covered.has(said.id) && SPEAKER_OPENS.test(said.text);
  if (speaks) take(said);
  // (…and, what was said asked, "有专家讲过吗", the sentences that add to the words of the speaker just quoted.)
  const last = speaks ? said : (span.at(-1) ?? passage);
  const speaker =
    people.find((n) => passage.text.includes(n) || [...pieces, ...more].some((x) => x.includes(n))) ??
    (ASKS_WORDS.test(question) && SPEAKER_OPENS.test(last.text) ? last : undefined);
  for (let next = speaker ? retriever.next(last) : undefined; next; next = retriever.next(next)) {
    if (next.paragraph !== passage.paragraph || covered.has(next.id) || !GOES_ON.test(next.text)) break;
    take(next);
  }
  return more;
}
