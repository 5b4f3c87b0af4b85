/**
 * The ordering steps of a passage answer (src/retrieval/answer.ts), in the order they run. Each puts first the hits
 * that answer what the question asks in its own way (the plan of whom it asks, a document, a section, problems, a
 * rank, a list, what comes next, a change) and pins them, so that they are quoted whatever their score. The reason
 * asked is why-first.ts; a brief, brief-section.ts.
 */

import { ASKS_ITEMS, BRIEF, DOCUMENT_ISSUED, DOCUMENT_SAYS, NEXT_STEP, RANK_ASKED } from "../answer/facts/cues.ts";
import type { Answer } from "../answer/types.ts";
import { laterYear } from "../knowledge/extract/dates.ts";
import { normalize, normalizeTerm } from "../knowledge/normalize.ts";
import { headedAnswer } from "./headed-items.ts";
import { sectionAsked } from "./headings.ts";
import { type Hit, Retriever } from "./hybrid.ts";
import { putFirst, type Scene, zoneNames } from "./passage-scene.ts";
import type { Passage } from "./passages.ts";
import { LISTS_ITEMS, OPENS_LIST } from "./quote-span.ts";
import { bodyAsked, speaksOfBody, supports } from "./support.ts";

/** A step that reorders `scene.answering` (and pins hits); an answer it returns is the answer. */
export type Ordering = (scene: Scene) => Answer | null | undefined;

/** A change asked about, and a sentence that states one ("由成立之初的“牵头单位负责制”调整为“轮值理事长制”"). */
const CHANGE_ASKED = /(?:有(?:什么|啥|哪些))?(?:变化|改变|变动)|怎么(?:调整|变|改)的?|调整了?(?:什么|啥|哪些)/;
const CHANGED_TO = /(?:由|从)[^。；;]{1,30}?(?:调整为|调整成|改为|改成|变为|变成|转为|转变为|升级为)/;
/** The new state a change names, without its quotes and its "制" ("调整为“轮值理事长制”" → 轮值理事长). */
const NEW_STATE =
  /(?:调整为|调整成|改为|改成|变为|变成|转为|转变为|升级为)[“"「]?([\u4e00-\u9fff]{2,12}?)制?[”"」]?(?:[，,。；;]|$)/;
const ASKS_NEXT = /下一次|下次|下一届|下届|下一任|明年|下一年|接下来|今后|最新|近况|现状|后来|next|latest/i;
const PLAN = /将|拟|计划|预计|准备/;
const NAMES_NEXT = /下一[届任次轮年]|下[届任次]|明年|计划|拟于|将于|预计/;
/** Work asked of what comes next: "接下来有哪些重点任务", "今后的工作安排", "下一步打算做什么". */
const WORK_ASKED =
  /(?:接下来|下一步|今后|以后)[^。？?]{0,8}(?:任务|工作|打算|计划|安排|举措|做什么|干什么|做哪些|重点)/;
/** Work done, looked back on: "均已完成", "回顾了一年来的工作". */
const LOOKS_BACK = /(?:均|全部|都|已经|已)完成|回顾|一年来|过去一年/;
/** A sentence that says the next steps' work: "下一步…", "明确了三项重点任务", "将重点做好三方面工作". */
const NEXT_WORK = /下一步|重点(?:任务|工作)|[一二两三四五六七八九十\d]+(?:项|个方面|方面|件)(?:重点)?(?:工作|任务|事)/;
/** Problems asked: "针对的是哪些问题", "解决什么痛点", "难题有哪些". */
const PROBLEMS_ASKED =
  /(?:哪些|什么|啥)(?:问题|难题|痛点|瓶颈|短板)|(?:问题|难题|痛点|瓶颈|短板)(?:是什么|是啥|有哪些)/;
/** A sentence that states problems: "…等问题依然存在", "面临…的难题". */
const PROBLEMS_STATED =
  /(?:问题|难题|痛点|瓶颈|短板)(?:依然|仍然|仍|较为|比较|十分|日益|长期)?(?:存在|突出|明显|凸显)|面临[^。]{2,40}?(?:问题|难题|挑战|瓶颈)/;
/** A rank asked, and how a sentence states that rank. */
const RANKS = [
  { asked: /最快|增速/, stated: /最快|领跑|增速[^，,。]{0,6}(?:居首|第一)/ },
  { asked: /前[二三四五十]/, stated: /前[二三四五十]|分列/ },
  { asked: /第一|榜首|居首|首位|最多|最高|最大|最强/, stated: /榜首|居首|首位|第一(?!批)|最多|最高|最大/ },
];

/** The plan of the zone or group asked, first; with the sentence after it in its paragraph, which goes on with the
 *  plan ("按照规划，到2028年…力争…"). */
export const ownPlanFirst: Ordering = ({ retriever, answering, pinned, ownPlans, ownFirst }) => {
  const planned = answering.filter((h) => ownPlans.includes(h));
  if (planned.length === 0) return undefined;
  const goesOn = (p: Passage) => {
    const next = retriever.next(p);
    return next && next.paragraph === p.paragraph ? [p, next] : [p];
  };
  const first = planned.flatMap((h) => goesOn(h.passage));
  putFirst(answering, first);
  ownFirst.push(...first.map((p) => p.id));
  for (const h of answering.slice(0, first.length)) pinned.add(h);
  return undefined;
};

/** "光谷未来产业发展实施方案主要讲了什么": the sentence that names the document the question names comes first. */
export const documentFirst: Ordering = ({ retriever, question, answering, pinned }) => {
  const document = DOCUMENT_SAYS.test(question) ? documentNaming(retriever, question, answering) : undefined;
  if (document) {
    putFirst(answering, [document]);
    if (answering[0]) pinned.add(answering[0]);
  }
  return undefined;
};

/** "东湖高新区出过未来产业方面的实施方案吗": the sentence in which the zone asked issues one comes first (another zone's
 *  document beside it answers another question). */
export const issuerFirst: Ordering = ({ retriever, question, answering, pinned }) => {
  const zones = zoneNames(retriever, question);
  if (!DOCUMENT_ISSUED.test(question) || zones.length !== 1) return undefined;
  const names = zones[0] as readonly string[];
  // (A document of the kind and topic asked: "未来产业方面的实施方案" is no "《人才引进若干措施》".)
  const asked = DOCUMENT_ISSUED.exec(question)?.[0] ?? "";
  const kind = /方案|规划|意见|措施|办法|政策|计划|纲要|文件/.exec(asked)?.[0] ?? "";
  const topic = [...asked.matchAll(/(?=([\u4e00-\u9fff]{2}))/g)]
    .map((m) => m[1] as string)
    .filter((w) => !/出|发|印|制|过|了|方面|的|实施|方案|规划|意见|措施|办法|政策|计划|纲要|文件/.test(w));
  const issues = (h: Hit) => {
    const text = normalize(h.passage.text);
    return names.some((n) => text.includes(n)) &&
      /发布|出台|印发|制定/.test(text) &&
      text.includes(kind) &&
      (topic.length === 0 || topic.some((w) => text.includes(w)))
      ? 1
      : 0;
  };
  answering.sort((a, b) => issues(b) - issues(a));
  for (const h of answering) if (issues(h)) pinned.add(h);
  return undefined;
};

/** A section whose heading says what is asked ("开放创新成果亮眼"): its sentences that name the zone asked come
 *  first. */
export const sectionFirst: Ordering = ({ retriever, question, names, answering, pinned }) => {
  const zones = zoneNames(retriever, question);
  const inSection = zones.length === 1 ? sectionAsked(retriever, question, zones[0] as readonly string[]) : [];
  const sectionSays = inSection.filter((p) => supports(question, p, retriever.knowledge, names).ok);
  if (sectionSays.length > 0) {
    putFirst(answering, sectionSays);
    for (const h of answering.slice(0, sectionSays.length)) pinned.add(h);
  }
  return undefined;
};

/** The members of a body inside a group asked ("专委会里有哪几家高新区"). */
const BODY_MEMBERS_ASKED = /哪几家|哪些(?:高新区|单位|成员|园区)|成员|有谁|都有谁|几家/;
/** A sentence that says what a body is made of ("专委会由A、B…5家国家高新区…共同组成", "首批成员包括…"). */
const COMPOSED = /由[^。；;]{2,120}?(?:共同)?(?:组成|构成)|成员(?:单位)?(?:包括|有|为|是)/;

/** "航空动力与关键零部件专委会里有哪几家高新区", "介绍下…专业委员会": a body inside a group asked by its own name is
 *  answered by the sentences that speak of it (its founding, "专委会由A、B…组成", "我区担任专委会主任单位"), not by
 *  those that only stand beside one ("3月18日，网络在深圳高新区启动…"); the sentence of its members first when they
 *  are asked, and its sentences all quoted when a brief is. */
export const bodyFirst: Ordering = ({ question, found, answering, pinned, supported }) => {
  const asked = bodyAsked(question);
  if (!asked?.named || asked.own.length < 4) return undefined;
  const speaks = (h: Hit) => speaksOfBody(asked.body, normalizeTerm(h.passage.text));
  if (!answering.some(speaks)) return undefined;
  // (A brief: every hit that speaks of it, whatever its score; its members asked: the sentence that lists them.)
  const brief = BRIEF.test(question);
  const members = BODY_MEMBERS_ASKED.test(question);
  // (The sentence that names it, or opens with its kind, "专委会由…组成"; not a sibling's, "叶片材料专委会由…组成".)
  const itself = (text: string) => {
    const opening = text.replace(/^(?:该|这个|此|本)/, "");
    return (
      text.includes(asked.ownTail) || (opening[0] === asked.body[0] && speaksOfBody(asked.body, opening.slice(0, 6)))
    );
  };
  const lists = (h: Hit) => (members && COMPOSED.test(h.passage.text) && itself(h.passage.text) ? 1 : 0);
  answering.push(
    ...found.filter((h) => !answering.includes(h) && speaks(h) && (brief || lists(h) === 1) && supported(h)),
  );
  answering.splice(0, answering.length, ...answering.filter(speaks).sort((a, b) => lists(b) - lists(a)));
  for (const h of answering) if (lists(h) === 1 || brief) pinned.add(h);
  return undefined;
};

/** "针对的是哪些问题", "要解决什么痛点": a sentence of the group's own article that states the problems comes first
 *  (it may not name the group: "但各地产业布局同质化、关键零部件依赖进口…等问题依然存在"). */
export const problemsFirst: Ordering = ({ question, found, answering, pinned, titled, answers }) => {
  if (!PROBLEMS_ASKED.test(question)) return undefined;
  const stated = answers(found).find((h) => titled(h.passage) && PROBLEMS_STATED.test(h.passage.text));
  if (stated) {
    putFirst(answering, [stated.passage]);
    if (answering[0]) pinned.add(answering[0]);
  }
  return undefined;
};

/** "谁排第一", "增速最快的是哪家": the members ranked as asked come first, from all the hits (a ranking sentence
 *  names the members, not the group, and ranks low). */
export const rankFirst: Ordering = ({ question, found, answering, pinned, titled, answers }) => {
  if (!RANK_ASKED.test(question)) return undefined;
  answering.push(...answers(found.slice(8)).filter((h) => titled(h.passage) && !answering.includes(h)));
  const asked = RANKS.find((r) => r.asked.test(question));
  const said = (h: Hit) => (asked?.stated.test(h.passage.text) ? 1 : 0);
  answering.sort((a, b) => said(b) - said(a));
  for (const h of answering) if (said(h)) pinned.add(h);
  // (The sentences that state the rank asked are the answer: "昆山、武进、江阴高新区包揽…前三名", not the zones of
  // another ranking beside it.)
  // (Only a top few asked by name, "前三名是哪三家", that one sentence states: ranks told one by one, "居首位…第二",
  // or a rank asked yes or no, are read from all.)
  const topFew = /前[二三四五六七八九十]名/.exec(question)?.[0];
  const whole = (h: Hit) => topFew !== undefined && h.passage.text.includes(topFew);
  if (answering.some(whole)) answering.splice(0, answering.length, ...answering.filter(whole));
  return undefined;
};

/** "成立后准备重点做哪几方面的工作", "三大重点任务是啥": a sentence that lists (or announces) the items comes first,
 *  from all the hits that answer. */
export const listFirst: Ordering = ({ retriever, question, found, answering, pinned, titled, answers }) => {
  if (!ASKS_ITEMS.test(question)) return undefined;
  // (The sentence that announces the items, "联盟要重点从5个方面推进下一步工作:", before the first item.)
  // (Of the article the best hit is from: another's list answers another question.)
  const best = answering[0]?.passage.articleId;
  const lists = (h: Hit) =>
    h.passage.articleId !== best ? 0 : OPENS_LIST.test(h.passage.text) ? 2 : LISTS_ITEMS.test(h.passage.text) ? 1 : 0;
  answering.push(...answers(found.slice(8)).filter((h) => lists(h) > 0 && titled(h.passage) && !answering.includes(h)));
  answering.sort((a, b) => lists(b) - lists(a));
  const listing = answering.find((h) => lists(h) > 0);
  if (listing) pinned.add(listing);
  // (Else a list written without numbers, one paragraph an item, each opening with its point.)
  return listing ? undefined : headedAnswer(retriever, question, answering.slice(0, 3));
};

/** What comes next is what the latest article plans ("下一次…": a plan an earlier one made may have happened); the
 *  latest state is what the latest article says. */
export const nextFirst: Ordering = ({ question, found, answering, ownFirst, titled, supported }) => {
  if (!ASKS_NEXT.test(question)) return undefined;
  // ("将" is also "把": a sentence that names the next term or a later year says more surely that it plans.)
  // ("接下来有哪些重点任务": the work asked, a sentence that says the next steps' work — "对于下一步工作，联盟明确了三项
  // 重点任务：…" — before one that names the next term.)
  const work = WORK_ASKED.test(question);
  // (Not work looked back on: "网络年初确定的三项重点任务均已完成".)
  const plans = (h: Hit) =>
    work && NEXT_WORK.test(h.passage.text) && !LOOKS_BACK.test(h.passage.text)
      ? 3
      : NAMES_NEXT.test(h.passage.text) || laterYear(h.passage.text, h.passage.date)
        ? 2
        : PLAN.test(h.passage.text)
          ? 1
          : 0;
  // ("黄河联盟接下来有什么计划": a plan said of "联盟" alone ranks below the sentences that name the group in full;
  // from an article about what the question names, it answers.)
  if (NEXT_STEP.test(question))
    answering.push(
      ...found
        .slice(8)
        .filter(
          (h) => plans(h) > 0 && !answering.includes(h) && (Retriever.relevant(h) || titled(h.passage)) && supported(h),
        ),
    );
  // (The plan the zone's or the group's own article states stays first, whatever its date.)
  // (By passage, in their order: putFirst made new hits of them.)
  const own = (h: Hit) => {
    const at = ownFirst.indexOf(h.passage.id);
    return at < 0 ? 0 : ownFirst.length - at;
  };
  answering.sort(
    (a, b) => own(b) - own(a) || (b.passage.date ?? "").localeCompare(a.passage.date ?? "") || plans(b) - plans(a),
  );
  return undefined;
};

/** "管理机制后来有啥变化": a sentence that states a change ("由…调整为…") of what the question names comes first. */
export const changeFirst: Ordering = ({ retriever, question, answering, pinned }) => {
  if (!CHANGE_ASKED.test(question)) return undefined;
  const asked = [...question.replace(CHANGE_ASKED, "").matchAll(/(?=([\u4e00-\u9fff]{2}))/g)]
    .map((m) => m[1] as string)
    .filter((w) => !/后来|现在|有啥|有什|什么|之后|以后|网络|联盟|高新/.test(w));
  const states = (h: Hit) => (CHANGED_TO.test(h.passage.text) && asked.some((w) => h.passage.text.includes(w)) ? 1 : 0);
  answering.sort((a, b) => states(b) - states(a));
  // (…with the sentence after it when that goes on with the new state: "会议选举杭州高新区为首任轮值理事长单位".)
  const first = answering[0];
  if (first && states(first)) {
    const now = NEW_STATE.exec(first.passage.text)?.[1];
    const next = retriever.next(first.passage);
    if (now && next && next.paragraph === first.passage.paragraph && next.text.includes(now))
      putFirst(answering, [first.passage, next]);
  }
  for (const h of answering) if (states(h)) pinned.add(h);
  return undefined;
};

/** "联盟成立时说下一步要做哪几件事": the plan made at the founding, of an article whose title names what the question
 *  names (another group's launch plan is not its), the earliest first. */
export const foundingPlanFirst: Ordering = ({ answering, foundingPlan, titled }) => {
  const plan = (h: Hit) =>
    (NEXT_STEP.test(h.passage.text) || OPENS_LIST.test(h.passage.text)) && titled(h.passage) ? 0 : 1;
  if (foundingPlan && answering.some((h) => plan(h) === 0))
    answering.sort((a, b) => plan(a) - plan(b) || (a.passage.date ?? "").localeCompare(b.passage.date ?? ""));
  return undefined;
};

/** A document named without 《》 ("…发布的光谷未来产业发展实施方案"): the words up to its kind. */
const DOCUMENT_NAMED =
  /[\u4e00-\u9fff]{4,24}?(?:实施方案|行动方案|工作方案|方案|规划|实施意见|意见|若干措施|措施|办法|计划|纲要)/;

/** The hit that names the document the question names, by the longest end of its name (six characters at least). */
function documentNaming(retriever: Retriever, question: string, hits: Hit[]): Passage | undefined {
  // ("…的《意见》主要说了啥": a sentence of the best hit's article that opens with the short name the question writes,
  // "《意见》从…等12个方面推进…".)
  const short = /《([^》]{2,12})》/.exec(question)?.[0];
  const opens = short && hits[0] ? sentenceOpening(retriever, hits[0].passage, short) : undefined;
  if (opens) return opens;
  const named = DOCUMENT_NAMED.exec(normalize(question))?.[0];
  if (!named) return undefined;
  for (let from = 0; from + 6 <= named.length; from++) {
    const end = named.slice(from);
    const hit = hits.find((h) => normalize(h.passage.text).includes(end));
    if (hit) return hit.passage;
  }
  return undefined;
}

/** The first passage of `from`'s article (searched both ways from it) that opens with `words`. */
function sentenceOpening(retriever: Retriever, from: Passage, words: string): Passage | undefined {
  for (const step of [(p: Passage) => retriever.previous(p), (p: Passage) => retriever.next(p)]) {
    for (let p: Passage | undefined = from; p && p.articleId === from.articleId; p = step(p))
      if (p.text.startsWith(words)) return p;
  }
  return undefined;
}
