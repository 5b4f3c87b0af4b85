/**
 * Passage answers: a one-line lead (the best sentence), then the top 2–4 quotes with their source.
 * A sentence that opens a list ("从5个方面推进下一步工作:") or is one item of a ";"-separated list is quoted
 * together with the rest of the list, as one exact span of the article.
 */

import { ASKS_ITEMS, ASKS_WHY, BRIEF, DOCUMENT_SAYS, NEXT_STEP, RANK_ASKED, UNDECIDED } from "../answer/facts/cues.ts";
import { findMentions, QUANTITY } from "../answer/parse.ts";
import type { Answer, Citation } from "../answer/types.ts";
import { entityNames, titleNames } from "../knowledge/entity-names.ts";
import { laterYear } from "../knowledge/extract/dates.ts";
import { escaped, lexicon } from "../knowledge/lexicon.ts";
import { normalize, normalizeTerm } from "../knowledge/normalize.ts";
import { homeZoneOf } from "../knowledge/source-zone.ts";
import { focusOnPart } from "./clause-focus.ts";
import { withExamples } from "./examples.ts";
import { headedAnswer } from "./headed-items.ts";
import { headingsOf, isHeading, sectionAsked, whySections } from "./headings.ts";
import { type Hit, Retriever } from "./hybrid.ts";
import { occasionBrief } from "./occasion-brief.ts";
import { NEXT_STEPS, PLAN_WAYS_ASKED, plansOf } from "./own-plans.ts";
import type { Passage } from "./passages.ts";
import { closesQuote, opensQuote, quotedAfter, quotedBefore, quoteEdge } from "./quotation.ts";
import { supports } from "./support.ts";
import { undecided } from "./undecided.ts";
import { unlisted } from "./unlisted.ts";

const MAX_QUOTES = 4;
/** A list quote stops after this many sentences or characters. */
const MAX_LIST_SENTENCES = 10;
const MAX_LIST_CHARS = 1600;
/** An enumerated item this short names only its heading ("二是推动创新平台共建共享。"). */
const SHORT_ITEM = 20;

/** A sentence that announces what follows: ends in a colon, or "可以用…概括。", "主要有以下几点。". */
// ("成立大会发布了联盟近期三大重点任务。": a counted set announced, its items in the sentences after.)
const OPENS_LIST =
  /[:：]$|(?:概括|归纳|总结|如下|以下几(?:个方面|点|项))[。.]?$|[一二三四五六七八九十两\d]+(?:大|项|个方面|方面|件事)(?:重点)?(?:任务|举措|工作|措施|行动)[。.]?$/;
/** A sentence that lists items ("…：一是…；二是…") or announces them counted ("将重点推进五方面工作"). */
const LISTS_ITEMS =
  /(?:^|[，,：:])(?:一是|其一)|[一二三四五六七八九十两\d]+(?:大|项|个方面|方面|件事)(?:重点)?(?:任务|举措|工作|措施|行动)/;
const CODE = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;
/** A change asked about, and a sentence that states one ("由成立之初的“牵头单位负责制”调整为“轮值理事长制”"). */
const CHANGE_ASKED = /(?:有(?:什么|啥|哪些))?(?:变化|改变|变动)|怎么(?:调整|变|改)的?|调整了?(?:什么|啥|哪些)/;
const CHANGED_TO = /(?:由|从)[^。；;]{1,30}?(?:调整为|调整成|改为|改成|变为|变成|转为|转变为|升级为)/;
/** The new state a change names, without its quotes and its "制" ("调整为“轮值理事长制”" → 轮值理事长). */
const NEW_STATE =
  /(?:调整为|调整成|改为|改成|变为|变成|转为|转变为|升级为)[“"「]?([\u4e00-\u9fff]{2,12}?)制?[”"」]?(?:[，,。；;]|$)/;
const ASKS_NEXT = /下一次|下次|下一届|下届|下一任|明年|下一年|接下来|今后|最新|近况|现状|后来|next|latest/i;
// ("为打通…链条，A联合B…共同成立…": a purpose said first, of a founding.)
const CAUSE =
  /因为|由于|原因|初衷|之所以|难以|很难|为了|目的|旨在|就是要|为何|为什么|意义在于|关键在于|便于|有利于|优势在于|独特优势|亟需|亟待|^为(?!期|止)[^，,。；;]{2,30}[，,][^。]*(?:成立|组建|发起|建立|启动)/;
const PLAN = /将|拟|计划|预计|准备/;
/** Problems asked: "针对的是哪些问题", "解决什么痛点", "难题有哪些". */
const PROBLEMS_ASKED =
  /(?:哪些|什么|啥)(?:问题|难题|痛点|瓶颈|短板)|(?:问题|难题|痛点|瓶颈|短板)(?:是什么|是啥|有哪些)/;
/** A sentence that states problems: "…等问题依然存在", "面临…的难题". */
const PROBLEMS_STATED =
  /(?:问题|难题|痛点|瓶颈|短板)(?:依然|仍然|仍|较为|比较|十分|日益|长期)?(?:存在|突出|明显|凸显)|面临[^。]{2,40}?(?:问题|难题|挑战|瓶颈)/;
/** When a plan was made: at the founding ("成立时", "成立之初", "成立大会上"). */
const FOUNDING_TIME = /(?:成立|组建|启动)(?:时|之初|的时候|大会上|当天|那天)/;
/** A sentence that adds to the one before it: "此外，…", "同时，…", "另外…". */
const GOES_ON = /^(?:此外|另外|同时|其次|再次|最后|还要|并且)[，,]?/;
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
/** A rank asked, and how a sentence states that rank. */
const RANKS = [
  { asked: /最快|增速/, stated: /最快|领跑|增速[^，,。]{0,6}(?:居首|第一)/ },
  { asked: /前[二三四五十]/, stated: /前[二三四五十]|分列/ },
  { asked: /第一|榜首|居首|首位|最多|最高|最大|最强/, stated: /榜首|居首|首位|第一(?!批)|最多|最高|最大/ },
];
const NAMES_NEXT = /下一[届任次轮年]|下[届任次]|明年|计划|拟于|将于|预计/;
/** A sentence that draws its reason from the one before: "因此…", "组建该网络，就是要…". */
// ("联盟的成立，正是为了把分散的合作“串”起来": what it answers is the sentence before.)
const CONCLUDES = /^(?:因此|所以|为此|正因如此|正因为如此)|^[^，,。]{2,30}[，,](?:就是要|正是为了|就是为了|正是要)/;
const QUOTED = /“([^”]{2,12})”|"([^"]{2,12})"/g;
const ORDINAL = /第[一二三四五六七八九十\d]{1,3}[次届](?:[\u4e00-\u9fff]{2,3}?(?:会议|大会|会|赛))?/g;
/** A sentence that only says who spoke ("…倪乾表示。"): the words are in the sentence before it (or after). */
const ATTRIBUTION_ONLY = /(?:表示|说|认为|指出|介绍|强调|谈到)[。:：]?$/;
/** What someone said is asked ("说了啥", "怎么说的"). */
const ASKS_WORDS =
  /(?:怎么|如何|怎样)(?:解释|说明|阐述|阐释|讲)|说了|说过|讲过|说啥|说什么|讲了|讲的|谈了|谈到|怎么说|表示了什么|观点|怎么表态|表了什么态|表态|(?:专家|学者|负责人)[^。？?]{0,8}?(?:建议|看法|意见)|(?:建议|看法|意见)(?:吗|呢|是什么|有哪些)/;
/** A sentence in which someone speaks ("…在讲话中指出，", "…表示，"). */
const SAYS = /(?:指出|表示|强调|认为|谈到)[，,：:]/;
/** A sentence a speaker opens ("深圳市科技创新局副局长林海涛表示，…"): a quotation right before it is theirs too. */
const SPEAKER_OPENS = /^[^，,。“”"]{2,40}?(?:表示|说|指出|强调|认为)[，,：:]/;
/** An occasion the question names ("在年中推进会上"): a remark there is asked, not one at another meeting. */
const OCCASION_NAMED = /([\u4e00-\u9fff]{2})(推进会|年会|大会|理事会|座谈会|对接会|交流会|论坛)/;

/** The first half of a two-sided sentence cut at its "；", and the second. */
const ON_ONE_HAND = /一方面[^；;]*[；;]$/;
const ON_THE_OTHER = /^另一方面/;

/** A sentence that opens by referring back ("该项目", "(据介绍，)这一平台"): the one before names what it means. */
const REFERS_BACK = /^(?:据介绍[，,])?(?:该|这一|此)(?:项目|平台|基地|中心|基金|园区|企业|公司)/;

/** A short topic sentence opening a paragraph ("开放创新成果亮眼。"): the substance follows. */
const TOPIC_MAX_CHARS = 12;
/** The most of its paragraph a topic sentence is quoted with. */
const TOPIC_SPAN_CHARS = 320;
const ITEM_END = /[;；]$/;
const ENUMERATED =
  /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、])/;
/** Asks how something will be done. */
// ("具体要做哪些事情": what is to be done.)
const ASKS_HOW = /怎么|如何|怎样|哪些举措|什么举措|什么办法|(?:要|会|将)?做(?:哪些|什么)(?:事情|事|工作)?|哪些事情/;
/** A short sentence of what will be done, and the sentences that spell it out. */
const PLAN_HEAD = /(?:将|要|拟|准备)[^。，,；;]{2,30}[。.]?$/;
const SPELLS_OUT = /^(?:支持|鼓励|推动|引导|探索|建立|完善|加快)/;
/** A list's first item inside a sentence ("…说,一是聚焦…"). */
const FIRST_ITEM = /(?:^|[，,：:])(?:一是|其一[，,是])/;
/** A sentence that counts its items before the first ("将重点推进四项工作：一是…"): quoting one item leaves out the rest. */
const COUNTED_FIRST_ITEM = /[一二三四五六七八九十两\d]+(?:大|项|个方面|方面|件事|点)[^，,。：:]{0,8}[：:](?:一是|其一)/;
const ASKS_FOR_LIST = /哪些|哪几|几个方面|怎样的|什么样|哪[一二三四五六七八九十]|什么|啥|which|what/;

/** A short tail the source broke off its sentence ("发展的意见》。"): it closes a mark it never opened. */
function fragment(text: string): boolean {
  if (text.length > 16) return false;
  const unopened = (open: string, close: string) =>
    text.indexOf(close) >= 0 && !text.slice(0, text.indexOf(close)).includes(open);
  return unopened("《", "》") || unopened("“", "”") || unopened("（", "）");
}

export async function answerFromPassages(retriever: Retriever, question: string): Promise<Answer | null> {
  // A brief of one occasion: the article that reports it, where it says what the occasion did.
  const occasion = occasionBrief(retriever, question);
  if (occasion) return occasion;
  const names = retriever.entityNames(question);
  // A model or product code the question writes ("RLV-T6", "G2") is asked about: only passages that write it.
  const codes = (question.match(CODE) ?? []).filter((c) => /\d/.test(c) && /[a-z]/i.test(c));
  // A term the question quotes ("“两个中心”是什么") or an occasion it counts ("第三次理事会"): passages that write
  // it come first.
  // A zone no fact knows ("南充高新区") is looked for by its bare name too ("南充、眉山2家省级高新区").
  const known = names.flat();
  const strangers = [...question.matchAll(/([\u4e00-\u9fff]{2,3}?)(?:国家)?高新区/g)]
    .map((m) => m[1] as string)
    .filter((n) => !known.some((k) => k.includes(n)));
  // A person the question names: what the passages quote of them comes first.
  const people = retriever.knowledge.officials.map((o) => o.name).filter((n) => n.length >= 2 && question.includes(n));
  const terms = [...question.matchAll(QUOTED)]
    .map((m) => m[1] ?? m[2] ?? "")
    .concat(question.match(ORDINAL) ?? [], strangers, /累计/.test(question) ? ["累计"] : [], people);
  // ("顾国栋在年会上怎么说的": their words, from every hit, when what they said is asked: a remark that opens with the
  // quote and names the speaker after it ranks low.)
  const sayers = ASKS_WORDS.test(question) || /怎么看|怎么评价|如何评价/.test(question) ? people : [];
  // What one zone plans or said ("合肥当轮值主席之后准备干什么"): its officials' words, which may not name it, are
  // searched for by their names too, and come first.
  const speakers = zoneSpeakers(retriever, question);
  terms.push(...speakers);
  // ("联盟成立时说下一步要做哪几件事": a plan made at the founding; its words are searched without the founding's,
  // which every report of the founding writes, and the earliest article's plan comes first.)
  // (…only when that search finds a plan in an article whose title names what is asked.)
  const foundingPlan = NEXT_STEP.test(question) && FOUNDING_TIME.test(question);
  const search = (q: string) => retriever.search(speakers.length > 0 ? `${q} ${speakers.join(" ")}` : q, 24);
  const atFounding = foundingPlan ? await search(question.replace(FOUNDING_TIME, "")) : [];
  /** The passage's article title names every entity of the question (`some`: one of them at least). */
  const titled = (p: Passage, some = false) => {
    const title = normalizeTerm(p.title);
    const named = (n: string[]) => titleNames(title, n.map(normalize));
    return names.length > 0 && (some ? names.some(named) : names.every(named));
  };
  const ownPlan = (h: Hit) => NEXT_STEP.test(h.passage.text) && titled(h.passage);
  const found = atFounding.some(ownPlan) ? atFounding : await search(question);
  const coded = found.filter((h) => codes.some((c) => h.passage.text.includes(c)));
  // ("西安高新区下一步打算…", "长江中游联盟接下来准备做哪些工作": the plan the zone's or the group's own article states.)
  const ownPlans =
    NEXT_STEPS.test(question) || PLAN_WAYS_ASKED.test(question)
      ? plansOf(retriever, found, names, zoneNames(retriever, question))
      : [];
  // (The zone's speakers, from every hit: what they said may rank low, since it does not name the zone.)
  const termed = [
    ...ownPlans,
    ...found.filter(
      (h, i) =>
        !ownPlans.includes(h) &&
        ((i < 8 && terms.some((t) => h.passage.text.includes(t))) ||
          [...speakers, ...sayers].some((n) => h.passage.text.includes(n))),
    ),
  ];
  // (What a person said at an occasion the question names: the article that reports that occasion first.)
  // ("年中推进会": its word before the kind, a few words between them in the article, "年中工作推进会".)
  const occasionAsked = sayers.length > 0 ? OCCASION_NAMED.exec(question) : null;
  const saidAt = occasionAsked ? new RegExp(`${occasionAsked[1]}[\u4e00-\u9fff]{0,4}${occasionAsked[2]}`) : undefined;
  const atOccasion = new Map<string, number>();
  const occasionOf = (article: string) => {
    let at = atOccasion.get(article);
    if (at === undefined) {
      at = saidAt?.test(normalize(retriever.knowledge.articles.get(article)?.body ?? "")) ? 1 : 0;
      atOccasion.set(article, at);
    }
    return at;
  };
  // (…and of their sentences, one where they speak before one where they only attend: "何年初在讲话中指出，…" before
  // "何年初出席会议并讲话".)
  const speaking = sayers.map(
    (n) => new RegExp(`${n}(?:在[^。]{0,40}?[上中])?[^，,。]{0,12}?(?:指出|表示|说|强调|认为|谈到|介绍)`),
  );
  if (sayers.length > 0) {
    // (Each hit ranked once: its article at the occasion first, then a sentence where they speak.)
    const rank = new Map(
      termed.map((h) => [
        h,
        2 * occasionOf(h.passage.articleId) + (speaking.some((re) => re.test(h.passage.text)) ? 1 : 0),
      ]),
    );
    termed.sort((a, b) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0));
  }
  const ranked = coded.length > 0 ? coded : [...termed, ...found.slice(0, 8).filter((h) => !termed.includes(h))];

  // The hits that clear the relevance floor and supply what the question asks for (a number, a date…); the best
  // of them sets the bar, and quotes score near it.
  // A passage from an article that never names what the question names answers another question.
  // (Not when a person is asked of, "倪乾怎么评价物联网网络": what 倪乾 said, of whichever group; nor when another
  // group is what is asked, "跟低空网络签备忘录的是哪张网络".)
  const askedGroups =
    terms.some((t) => retriever.knowledge.officials.some((o) => o.name === t)) ||
    /哪[张个家一]?(?:网络|联盟)|什么(?:网络|联盟)/.test(question)
      ? []
      : groupsNamed(retriever, question);
  const supported = (h: Hit) =>
    !fragment(h.passage.text) &&
    namesAll(retriever, h.passage.articleId, names) &&
    !aboutAnother(retriever, h.passage, askedGroups) &&
    supports(question, h.passage, retriever.knowledge, names).ok;
  const answers = (list: Hit[]) => list.filter((h) => Retriever.relevant(h) && supported(h));
  // When none of the first eight supplies the amount asked (or names the body inside a group asked about), the
  // next ones may, from an article whose title names
  // what the question names: a short sentence that gives the number ("现场签约项目18个") ranks below longer ones
  // that name the group.
  const answering = answers(ranked);
  const body = lexicon.subBodies.some((b) => question.includes(b));
  if (answering.length === 0 && coded.length === 0 && (QUANTITY.test(question) || body))
    answering.push(...answers(found.slice(8).filter((h) => titled(h.passage))));
  /** Hits quoted whatever their score (the bar below is for the others). */
  const pinned = new Set<Hit>();
  // (What the zone's speakers say: their words need not name what the question names, so they score low.)
  for (const h of answering) if (speakers.some((n) => h.passage.text.includes(n))) pinned.add(h);
  // (…and the plan of the zone or group asked, first.)
  // (…with the sentence after it in its paragraph, which goes on with the plan: "按照规划，到2028年…力争…".)
  const planned = answering.filter((h) => ownPlans.includes(h));
  const ownFirst: string[] = [];
  if (planned.length > 0) {
    const goesOn = (p: Passage) => {
      const next = retriever.next(p);
      return next && next.paragraph === p.paragraph ? [p, next] : [p];
    };
    const first = planned.flatMap((h) => goesOn(h.passage));
    putFirst(answering, first);
    ownFirst.push(...first.map((p) => p.id));
    for (const h of answering.slice(0, first.length)) pinned.add(h);
  }
  // "光谷未来产业发展实施方案主要讲了什么": the sentence that names the document the question names comes first.
  const document = DOCUMENT_SAYS.test(question) ? documentNaming(retriever, question, answering) : undefined;
  if (document) {
    putFirst(answering, [document]);
    if (answering[0]) pinned.add(answering[0]);
  }
  // A section whose heading says what is asked ("开放创新成果亮眼"): its sentences that name the zone asked come first.
  const zones = zoneNames(retriever, question);
  const inSection = zones.length === 1 ? sectionAsked(retriever, question, zones[0] as readonly string[]) : [];
  const sectionSays = inSection.filter((p) => supports(question, p, retriever.knowledge, names).ok);
  if (sectionSays.length > 0) {
    putFirst(answering, sectionSays);
    for (const h of answering.slice(0, sectionSays.length)) pinned.add(h);
  }
  // "针对的是哪些问题", "要解决什么痛点": a sentence of the group's own article that states the problems comes first
  // (it may not name the group: "但各地产业布局同质化、关键零部件依赖进口…等问题依然存在").
  if (PROBLEMS_ASKED.test(question)) {
    const stated = answers(found).find((h) => titled(h.passage) && PROBLEMS_STATED.test(h.passage.text));
    if (stated) {
      putFirst(answering, [stated.passage]);
      if (answering[0]) pinned.add(answering[0]);
    }
  }
  // "谁排第一", "增速最快的是哪家": the members ranked as asked come first, from all the hits (a ranking sentence
  // names the members, not the group, and ranks low).
  if (RANK_ASKED.test(question)) {
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
  }
  // "成立后准备重点做哪几方面的工作", "三大重点任务是啥": a sentence that lists (or announces) the items comes first,
  // from all the hits that answer.
  if (ASKS_ITEMS.test(question)) {
    // (The sentence that announces the items, "联盟要重点从5个方面推进下一步工作:", before the first item.)
    // (Of the article the best hit is from: another's list answers another question.)
    const best = answering[0]?.passage.articleId;
    const lists = (h: Hit) =>
      h.passage.articleId !== best ? 0 : OPENS_LIST.test(h.passage.text) ? 2 : LISTS_ITEMS.test(h.passage.text) ? 1 : 0;
    answering.push(
      ...answers(found.slice(8)).filter((h) => lists(h) > 0 && titled(h.passage) && !answering.includes(h)),
    );
    answering.sort((a, b) => lists(b) - lists(a));
    const listing = answering.find((h) => lists(h) > 0);
    if (listing) pinned.add(listing);
    // (Else a list written without numbers, one paragraph an item, each opening with its point.)
    const headed = listing ? null : headedAnswer(retriever, question, answering.slice(0, 3));
    if (headed) return headed;
  }
  // What comes next is what the latest article plans ("下一次…": a plan an earlier one made may have happened);
  // the latest state is what the latest article says.
  if (ASKS_NEXT.test(question)) {
    // ("将" is also "把": a sentence that names the next term or a later year says more surely that it plans.)
    const plans = (h: Hit) =>
      NAMES_NEXT.test(h.passage.text) || laterYear(h.passage.text, h.passage.date)
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
            (h) =>
              plans(h) > 0 && !answering.includes(h) && (Retriever.relevant(h) || titled(h.passage)) && supported(h),
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
  }
  // "管理机制后来有啥变化": a sentence that states a change ("由…调整为…") of what the question names comes first.
  if (CHANGE_ASKED.test(question)) {
    const asked = [...question.replace(CHANGE_ASKED, "").matchAll(/(?=([\u4e00-\u9fff]{2}))/g)]
      .map((m) => m[1] as string)
      .filter((w) => !/后来|现在|有啥|有什|什么|之后|以后|网络|联盟|高新/.test(w));
    const states = (h: Hit) =>
      CHANGED_TO.test(h.passage.text) && asked.some((w) => h.passage.text.includes(w)) ? 1 : 0;
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
  }
  // "为什么": a sentence that gives a reason (or a heading that asks the same) comes first — from all the hits that
  // answer, not only the first eight: a reason is often said in a quoted remark that ranks lower than the
  // sentences that name the group.
  if (ASKS_WHY.test(question)) {
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
  }
  // "介绍一下X": a section the article heads with X (or its short name) is about it; its sentences that name X come
  // first.
  // (A section headed by the subject; else the sentence that says what it is, with its paragraph's next, which
  // then takes no place of another quote.)
  // ("X有啥特点", "X是啥" ask the same of a thing a section heads.)
  const asked = normalize(question).replace(/[？?。！!]+$/, "");
  const section =
    BRIEF.test(question) || SUBJECT_FIRST.test(asked) || WHAT_IS.test(asked) ? briefSection(retriever, question) : [];
  const defined = section.length === 0 && (BRIEF.test(question) || WHAT_IS.test(question));
  const definedBy = defined ? definition(retriever, question, found) : [];
  putFirst(answering, section.length > 0 ? section : definedBy);
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
  // (A plan of an article whose title names what the question names: another group's launch plan is not its.)
  const plan = (h: Hit) =>
    (NEXT_STEP.test(h.passage.text) || OPENS_LIST.test(h.passage.text)) && titled(h.passage) ? 0 : 1;
  if (foundingPlan && answering.some((h) => plan(h) === 0))
    answering.sort((a, b) => plan(a) - plan(b) || (a.passage.date ?? "").localeCompare(b.passage.date ?? ""));
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
    .slice(0, MAX_QUOTES + Math.max(0, definedBy.length - 1));

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
    const before =
      quotes.length === 0 && ASKS_WHY.test(question) && CONCLUDES.test(passage.text)
        ? retriever.previous(passage)
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

/**
 * The networks and alliances a text names as such, by id: by a name that says 网络 or 联盟 (a field's words alone,
 * "集成电路", "显示", are an industry or a verb as often as a group).
 */
function groupsNamed(retriever: Retriever, text: string): string[] {
  // (Clause by clause: "《发展报告》显示，网络成立一年来" names no 显示网络.)
  return text.split(/[，,。；;：:、！!？?]/).flatMap((clause) => {
    const t = normalize(clause);
    return findMentions(t, retriever.knowledge.aliases).flatMap((m) =>
      m.type === "entity" && m.ref.kind !== "zone" && /网络|联盟/.test(t.slice(m.start, m.end)) ? [m.ref.id] : [],
    );
  });
}

/**
 * A passage about another group than those asked: its sentence names networks or alliances, and none of those the
 * question names ("物联网网络2026年年会在哪开" is not answered by "…光电子产业协同创新网络2025年年会在长春高新区举行").
 */
function aboutAnother(retriever: Retriever, passage: Passage, asked: readonly string[]): boolean {
  if (asked.length === 0) return false;
  // (Read once per passage and knowledge snapshot: the same sentences come back question after question.)
  let byPassage = groupsOfPassages.get(retriever.knowledge.aliases);
  if (!byPassage) {
    byPassage = new Map();
    groupsOfPassages.set(retriever.knowledge.aliases, byPassage);
  }
  let named = byPassage.get(passage.id);
  if (!named) {
    // (A sentence that names no group is about the one its section's heading names: "物联网网络：一家退出、两家加入".)
    named = groupsNamed(retriever, passage.text);
    if (named.length === 0 && passage.heading) named = groupsNamed(retriever, passage.heading);
    byPassage.set(passage.id, named);
  }
  return namesOnlyOthers(named, asked);
}

/** Groups a text names are all other than those asked (none named, or none asked: not off topic). */
function namesOnlyOthers(named: readonly string[], asked: readonly string[]): boolean {
  return asked.length > 0 && named.length > 0 && !named.some((id) => asked.includes(id));
}
/** The groups each passage names, by passage id, for one knowledge snapshot's aliases. */
const groupsOfPassages = new WeakMap<object, Map<string, string[]>>();

const normalizedBodies = new WeakMap<object, string>();

/** The article names each entity the question names, by one of its names. */
function namesAll(retriever: Retriever, articleId: string, names: string[][]): boolean {
  if (names.length === 0) return true;
  const article = retriever.knowledge.articles.get(articleId);
  if (!article) return false;
  let text = normalizedBodies.get(article);
  if (text === undefined) {
    const body = normalize(article.body);
    // (An article a zone publishes names it as 我区: its source says which, and its names are read with the body.)
    const home = /我区|本区/.test(body) ? homeZoneOf(retriever.knowledge, articleId) : undefined;
    text = home ? `${body}\n${entityNames(retriever.knowledge, home).map(normalize).join("\n")}` : body;
    normalizedBodies.set(article, text);
  }
  return names.every((group) => group.length === 0 || group.some((n) => text.includes(n)));
}

/**
 * A sentence that cannot stand alone, joined with the one that carries its content, as one exact span:
 * an attribution ("…倪乾表示。") with the quotation before it in the same paragraph (else the sentence after),
 * a short topic sentence with the sentence after it in the same paragraph, a heading with the sentence after it,
 * the two halves of "一方面…；另一方面…".
 */
function completeSentence(
  retriever: Retriever,
  passage: Passage,
  asksWho: boolean | "words" = false,
): { pieces: string[]; passages: Passage[] } | null {
  const before = retriever.previous(passage);
  const after = retriever.next(passage);
  const sameParagraph = (p: Passage | undefined) => (p?.paragraph === passage.paragraph ? p : undefined);
  let pair: [Passage, Passage] | null = null;
  // A sentence that closes a quotation opened sentences before ("过去大家各干各的，…接起来。”"): from the one that
  // opens it, in the same paragraph (at most three back).
  // …and one that opens a quotation it does not close: to the one that closes it.
  const opener = closesQuote(passage.text) ? quoteEdge(retriever, passage, "previous") : undefined;
  const closer = !opener && opensQuote(passage.text) ? quoteEdge(retriever, passage, "next") : undefined;
  if (opener || closer) {
    // (…with the speaker, when the sentence after only names them: "…韩振宇在致辞中说。")
    const last = closer ?? passage;
    const next = retriever.next(last);
    const said = next?.paragraph === passage.paragraph && ATTRIBUTION_ONLY.test(next.text) ? next : undefined;
    pair = [opener ?? passage, said ?? last];
  } else if (/^#+\s/.test(passage.text) && after) {
    // A markdown heading: what it heads is the sentence after it.
    pair = [passage, after];
  } else if (
    asksWho === "words" &&
    SPEAKER_OPENS.test(passage.text) &&
    /^[“"][^“”"]+[”"]$/.test(sameParagraph(before)?.text.trim() ?? "")
  ) {
    // "“接棒不是简单的‘接力’，更要‘加力’。”林海涛表示，…": the quotation before the sentence the speaker opens.
    pair = [before as Passage, passage];
  } else if (asksWho === "words" && SAYS.test(passage.text) && /^[他她“"]/.test(sameParagraph(after)?.text ?? "")) {
    // "何年初在讲话中指出，…。他希望…。“…方向不能变、力度不能减。”": the speaker's words go on in the sentences
    // after (up to two), said of 他 or quoted.
    let last = after as Passage;
    const next = retriever.next(last);
    if (next && sameParagraph(next) && /^[他她“"]/.test(next.text)) last = next;
    pair = [passage, last];
  } else if (ATTRIBUTION_ONLY.test(passage.text)) {
    const quoted = sameParagraph(before);
    pair = quoted ? [quoted, passage] : after ? [passage, after] : null;
  } else if (
    asksWho === true &&
    /^[“"]/.test(passage.text) &&
    /[”"]$/.test(passage.text.trim()) &&
    sameParagraph(after)
  ) {
    // A quotation alone does not say who said it; for "谁/哪位" the sentence that names the speaker follows.
    pair = [passage, after as Passage];
  } else if (passage.text.replace(/\s/g, "").length <= TOPIC_MAX_CHARS && sameParagraph(after)) {
    // A topic sentence heads a paragraph of its substance ("促进产融协同发展。支持…。推动…。"): the paragraph,
    // up to a few sentences.
    let last = after as Passage;
    let chars = passage.text.length + last.text.length;
    for (let next = retriever.next(last); next && sameParagraph(next); next = retriever.next(next)) {
      if (chars + next.text.length > TOPIC_SPAN_CHARS) break;
      chars += next.text.length;
      last = next;
    }
    pair = [passage, last];
  } else if (
    asksWho === "words" &&
    /^[^“"，,。]{2,40}?(?:表示|说|指出|认为|介绍)[，,：:]/.test(passage.text) &&
    /^[“"].*[”"]$/.test(sameParagraph(before)?.text.trim() ?? "")
  ) {
    // What someone said: the quotation that stands before the sentence naming them is theirs.
    pair = [before as Passage, passage];
  } else if (ON_ONE_HAND.test(passage.text) && ON_THE_OTHER.test(sameParagraph(after)?.text ?? "")) {
    // "一方面…；另一方面…": the two halves are one answer.
    pair = [passage, after as Passage];
  } else if (ON_THE_OTHER.test(passage.text) && ON_ONE_HAND.test(sameParagraph(before)?.text ?? "")) {
    pair = [before as Passage, passage];
  } else if (REFERS_BACK.test(passage.text) && sameParagraph(before)) {
    // "该项目将…": what the sentence refers to is named in the one before.
    pair = [before as Passage, passage];
  } else if (releasedThenTold(passage.text, sameParagraph(after)?.text)) {
    // "…还发布了网络首批关键核心技术攻关榜单。榜单共12项，聚焦…": what was released is told in the sentence after.
    pair = [passage, after as Passage];
  }
  if (!pair) return null;
  // (A quotation the pair starts inside is quoted from where it opens: "…。”某某表示。" after "“…。".)
  const from = closesQuote(pair[0].text) ? quoteEdge(retriever, pair[0], "previous") : undefined;
  if (from) pair = [from, pair[1]];
  const body = retriever.knowledge.articles.get(passage.articleId)?.body ?? "";
  // (Every sentence of the span is quoted, those between the two too.)
  const spanned = [pair[0]];
  for (let p = retriever.next(pair[0]); p && p.start < pair[1].end; p = retriever.next(p)) spanned.push(p);
  return { pieces: [body.slice(pair[0].start, pair[1].end)], passages: spanned };
}

/** A sentence that only says a document was released, and the next opens with it ("榜单共12项…", "该清单收录…"). */
const RELEASED =
  /(?:发布|推出|公布|印发|出台|发出)(?:了)?[^。，,]{0,30}?(榜单|清单|名单|目录|报告|方案|指南|白皮书|倡议|宣言)[。！]?$/;
function releasedThenTold(text: string, next: string | undefined): boolean {
  const thing = RELEASED.exec(text)?.[1];
  return thing !== undefined && next !== undefined && new RegExp(`^(?:该|这份|这一|此)?${thing}`).test(next);
}

/**
 * The passage alone, or with the list it opens or belongs to. Each piece is an exact substring of the article:
 *  - after an opening colon, the first sentence of each enumerated item that follows ("一是…", "二是…"),
 *    skipping the rest of each item's paragraph;
 *  - for a ";"-separated list, the sentences up to the one that closes it, as one contiguous span.
 */
function listOf(
  retriever: Retriever,
  passage: Passage,
  asksForList: boolean,
  asksWho: boolean | "words" = false,
  asksHow = false,
  asksWhy = false,
): { pieces: string[]; passages: Passage[] } {
  const completed = completeSentence(retriever, passage, asksWho);
  // (…and a quotation that opens the paragraph before the speaker's sentence: "“我们聚力…。”在…会议上，某某介绍，…";
  // asked why, it often says what the speaker answers: "“…仍面临…等突出问题。”某某表示，组建网络就是要…".)
  // (Not when the sentence completed holds it already: "“…。”贾敬敦介绍,…" is one span.)
  const before = asksWho === "words" || asksWhy ? quotedBefore(retriever, passage) : undefined;
  const earlier = before?.some((x) => completed?.pieces.some((piece) => piece.includes(x.text))) ? undefined : before;
  // (One span from the quotation on, as the article writes it.)
  const spoken = (then: Passage[]) => {
    const from = (earlier as Passage[])[0] as Passage;
    const body = retriever.knowledge.articles.get(passage.articleId)?.body ?? "";
    return body.slice(from.start, (then.at(-1) as Passage).end);
  };
  if (completed && earlier && completed.pieces.length === 1)
    return { pieces: [spoken(completed.passages)], passages: [...earlier, ...completed.passages] };
  if (completed) return completed;
  // "他说了些什么": a speaker's sentence, then a paragraph that is only their quotation ("韩建军介绍，…。" then
  // "“我们要让…试验台。”"), which goes on with their words.
  const more = asksWho === "words" ? quotedAfter(retriever, passage) : undefined;
  if (more || earlier) {
    const said = earlier ? [spoken([passage])] : [passage.text];
    return {
      pieces: [...said, ...(more ?? []).map((x) => x.text)],
      passages: [...(earlier ?? []), passage, ...(more ?? [])],
    };
  }
  // "工信部打算怎么推动…": a short sentence that says what will be done ("工信部将探索网络内创新平台共建共享。") is
  // spelled out by the sentences of its paragraph that follow it ("支持…", "探索建立…"): those too.
  if ((asksHow || asksForList) && passage.text.length <= 40 && PLAN_HEAD.test(passage.text)) {
    const spelled = [passage];
    for (
      let next = retriever.next(passage);
      next && next.paragraph === passage.paragraph;
      next = retriever.next(next)
    ) {
      if (!SPELLS_OUT.test(next.text) || spelled.length > 3) break;
      spelled.push(next);
    }
    if (spelled.length > 1) {
      const body = retriever.knowledge.articles.get(passage.articleId)?.body ?? "";
      return { pieces: [body.slice(passage.start, (spelled.at(-1) as Passage).end)], passages: spelled };
    }
  }
  const taken = [passage];
  // A sentence that opens a list ("…如下：") is quoted with the enumerated items after it. So is one that holds a
  // list's first item ("贾敬敦说,一是聚焦…"), whose items ("二是…", "三是…") may stand a paragraph on, after the
  // examples each item's paragraph goes on with.
  if (OPENS_LIST.test(passage.text)) return itemsAfter(retriever, passage, null, 0);
  // (Asked for a list or not: "接下来打算怎么干" answered by "将重点推进四项工作：一是…" is all four.)
  if ((asksForList && FIRST_ITEM.test(passage.text)) || COUNTED_FIRST_ITEM.test(passage.text)) {
    const items = itemsAfter(retriever, passage, passage.paragraph, 1);
    if (items.passages.length > 1) return items;
  }
  let chars = passage.text.length;
  // An item inside a ";"-separated list ("各具特色：A…；B…；C…。"): the list from its first item.
  if (asksForList) {
    for (
      let prev = retriever.previous(passage);
      prev && prev.paragraph === passage.paragraph && ITEM_END.test(prev.text) && taken.length < MAX_LIST_SENTENCES;
      prev = retriever.previous(prev)
    ) {
      if (chars + prev.text.length > MAX_LIST_CHARS) break;
      taken.unshift(prev);
      chars += prev.text.length;
    }
  }
  // (…and asked how, the sentence a ";" cut goes on: "该市将深入实施祖冲之攻关计划…；继续深入实施制造业“智改数转”…".)
  if ((asksForList || asksHow) && ITEM_END.test(passage.text)) {
    for (let next = retriever.next(passage); next && taken.length < MAX_LIST_SENTENCES; next = retriever.next(next)) {
      if (!ITEM_END.test((taken[taken.length - 1] as Passage).text) || chars + next.text.length > MAX_LIST_CHARS) break;
      taken.push(next);
      chars += next.text.length;
    }
  }
  if (taken.length === 1) return { pieces: [passage.text], passages: taken };
  const body = retriever.knowledge.articles.get(passage.articleId)?.body ?? "";
  const first = taken[0] as Passage;
  const last = taken[taken.length - 1] as Passage;
  return { pieces: [body.slice(first.start, last.end)], passages: taken };
}

/**
 * `passage` and the enumerated items after it, until a sentence that is none stands more than `gap` paragraphs
 * after the last item (`from`: the paragraph that counts as the last item's before the first; null: none does).
 */
function itemsAfter(
  retriever: Retriever,
  passage: Passage,
  from: number | null,
  gap: number,
): { pieces: string[]; passages: Passage[] } {
  const pieces = [passage.text];
  const taken = [passage];
  let chars = passage.text.length;
  let itemParagraph = from;
  for (let next = retriever.next(passage); next && pieces.length <= MAX_LIST_SENTENCES; next = retriever.next(next)) {
    if (ENUMERATED.test(next.text) && chars + next.text.length <= MAX_LIST_CHARS) {
      // (An item that only names its heading, "二是推动创新平台共建共享。", with the sentence that says what it is.)
      const said = retriever.next(next);
      // (…an item that opens its own paragraph: the last of "一是…；二是…；三是…。" is followed by what else happened.)
      const opens = retriever.previous(next)?.paragraph !== next.paragraph;
      const spelled =
        opens && next.text.length <= SHORT_ITEM && said?.paragraph === next.paragraph && !ENUMERATED.test(said.text)
          ? said
          : undefined;
      const body = spelled ? (retriever.knowledge.articles.get(next.articleId)?.body ?? "") : "";
      pieces.push(spelled ? body.slice(next.start, spelled.end) : next.text);
      taken.push(next, ...(spelled ? [spelled] : []));
      chars += next.text.length + (spelled?.text.length ?? 0);
      itemParagraph = next.paragraph;
      if (spelled) next = spelled;
    } else if (itemParagraph === null || next.paragraph > itemParagraph + gap) break; // the list is over
  }
  return { pieces, passages: taken };
}

/** "2026-01-09" → "2026年1月9日". */
function reportDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${Number(m)}月${d ? `${Number(d)}日` : ""}`;
}

/** A sentence that announces what follows rather than saying it: "答案写在三个关键词里", "原因有以下几点：". */
const ANNOUNCES = /关键词|以下几|如下|几个方面|[两三四五]个方面|[两三四五]点|[：:]$/;

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

/** The first passage of `from`'s article (searched both ways from it) that opens with `words`. */
function sentenceOpening(retriever: Retriever, from: Passage, words: string): Passage | undefined {
  for (const step of [(p: Passage) => retriever.previous(p), (p: Passage) => retriever.next(p)]) {
    for (let p: Passage | undefined = from; p && p.articleId === from.articleId; p = step(p))
      if (p.text.startsWith(words)) return p;
  }
  return undefined;
}

/** Puts `passages` first among the hits, in their order (moved up when they are there already), at the best score. */
function putFirst(hits: Hit[], passages: Passage[]): void {
  if (passages.length === 0) return;
  const score = hits[0]?.score ?? 1;
  const ids = new Set(passages.map((p) => p.id));
  const rest = hits.filter((h) => !ids.has(h.passage.id));
  hits.splice(
    0,
    hits.length,
    ...passages.map((passage) => ({ passage, score, bm25: 0, cosine: 0, coverage: 1 })),
    ...rest,
  );
}

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

/** The sentences after `from` in its paragraph that name one of the zones (at most three). */
function namingAfter(retriever: Retriever, from: Passage, zones: (readonly string[])[]): Passage[] {
  const out: Passage[] = [];
  for (let p = retriever.next(from); p && p.paragraph === from.paragraph && out.length < 3; p = retriever.next(p)) {
    const text = normalize(p.text);
    if (zones.some((n) => n.some((x) => text.includes(x)))) out.push(p);
  }
  return out;
}

/** Sentences after `from` in its section (up to the next heading, within eight) that give a reason: two at most. */
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

function causesInSection(retriever: Retriever, from: Passage): Passage[] {
  const out: Passage[] = [];
  let p = retriever.next(from);
  for (let i = 0; p && i < 8 && out.length < 2 && !isHeading(retriever, p); i++, p = retriever.next(p)) {
    if (p.paragraph !== from.paragraph && CAUSE.test(p.text)) out.push(p);
  }
  return out;
}

/** A zone's plans or words asked, or who of it did something ("代表合肥接过会旗的是谁"). */
const PLANS_ASKED = /准备|打算|计划|要做|干什么|做什么|干啥|做啥|怎么做|下一步|重点做|将做|是谁|哪位/;

/** When the question asks one zone's plans or words: the names of its officials the articles quote. */
function zoneSpeakers(retriever: Retriever, question: string): string[] {
  if (!PLANS_ASKED.test(question) && !ASKS_WORDS.test(question)) return [];
  const k = retriever.knowledge;
  const zones = findMentions(normalize(question), k.aliases).flatMap((m) =>
    m.type === "entity" && m.ref.kind === "zone" ? [m.ref.id] : [],
  );
  if (new Set(zones).size !== 1) return [];
  return k.officials.filter((o) => o.org === zones[0] && !question.includes(o.name)).map((o) => o.name);
}

/** Every normalised name of each zone the question names. */
function zoneNames(retriever: Retriever, question: string): (readonly string[])[] {
  const k = retriever.knowledge;
  return findMentions(normalize(question), k.aliases).flatMap((m) =>
    m.type === "entity" && m.ref.kind === "zone" ? [entityNames(k, m.ref.id)] : [],
  );
}

/** Lines that frame an article but say nothing: markdown headings, bylines, datelines, photo credits. */
const FRAME_LINE =
  /^(?:#{1,6}\s|▶|(?:本报)?记者\s*\S{1,12}(?:报道|摄)?$|本报讯|[（(](?:本报|特约)?(?:记者|通讯员)|编者按)/;

/** A quote without the heading or byline lines it starts with (what is left is still an exact substring). */
export function withoutHeadings(piece: string): string {
  let rest = piece;
  for (;;) {
    const nl = rest.indexOf("\n");
    const first = (nl < 0 ? rest : rest.slice(0, nl)).trim();
    // "本报讯（记者 韩雪）记者从…获悉，2025年…": the dateline goes, the news it opens stays.
    const dateline = /^本报讯\s*(?:[（(][^）)\n]{0,30}[）)])?\s*/.exec(first);
    if (dateline && first.length > dateline[0].length + 8) return rest.trim().slice(dateline[0].length).trim();
    if (!FRAME_LINE.test(first)) return rest.trim();
    if (nl < 0) return "";
    rest = rest.slice(nl + 1).replace(/^\s+/, "");
  }
}
