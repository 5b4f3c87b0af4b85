/**
 * What a passage answer starts from (src/retrieval/answer.ts): the question's names, the hits of its search, and
 * the hits that answer it, in the order the ordering steps (orderings.ts, why-first.ts) then change.
 */

import { NEXT_STEP } from "../answer/facts/cues.ts";
import { findMentions, QUANTITY } from "../answer/parse.ts";
import { entityNames, titleNames } from "../knowledge/entity-names.ts";
import { escaped, lexicon } from "../knowledge/lexicon.ts";
import { normalize, normalizeTerm } from "../knowledge/normalize.ts";
import { perSnapshot } from "../knowledge/per-snapshot.ts";
import { type Hit, Retriever } from "./hybrid.ts";
import { NEXT_STEPS, PLAN_WAYS_ASKED, plansOf } from "./own-plans.ts";
import { aboutAnother, groupsNamed, namesAll } from "./passage-groups.ts";
import type { Passage } from "./passages.ts";
import { supports } from "./support.ts";

/** One question's hits, and what the ordering steps and the quotes read of it. */
export type Scene = {
  readonly retriever: Retriever;
  readonly question: string;
  /** The names of each entity the question names. */
  readonly names: string[][];
  /** The people the question names. */
  readonly people: string[];
  /** The groups the question asks about (none when it asks which group). */
  readonly askedGroups: string[];
  /** The question asks the plan made at the founding. */
  readonly foundingPlan: boolean;
  /** Every hit of the search. */
  readonly found: Hit[];
  /** The plans the zone's or the group's own article states, when plans are asked. */
  readonly ownPlans: Hit[];
  /** The hits that answer, in the order they are quoted; the ordering steps change it. */
  readonly answering: Hit[];
  /** Hits quoted whatever their score (the bar is for the others). */
  readonly pinned: Set<Hit>;
  /** Passages put first as the asked zone's or group's own plan, in their order (ids). */
  readonly ownFirst: string[];
  /** Quotes allowed beyond the usual four (a definition quoted with its next sentence). */
  extraQuotes: number;
  /** The passage's article title names every entity of the question (`some`: one of them at least). */
  titled(p: Passage, some?: boolean): boolean;
  /** The hit answers: not a fragment, from an article that names what is asked, not about another group. */
  supported(h: Hit): boolean;
  /** The hits of `list` that clear the relevance floor and answer. */
  answers(list: Hit[]): Hit[];
};

const CODE = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;

/** When a plan was made: at the founding ("成立时", "成立之初", "成立大会上"). */
const FOUNDING_TIME = /(?:成立|组建|启动)(?:时|之初|的时候|大会上|当天|那天)/;

const QUOTED = /“([^”]{2,12})”|"([^"]{2,12})"/g;
const ORDINAL = /第[一二三四五六七八九十\d]{1,3}[次届](?:[\u4e00-\u9fff]{2,3}?(?:会议|大会|会|赛))?/g;

/** What someone said is asked ("说了啥", "怎么说的"). */
export const ASKS_WORDS =
  /(?:怎么|如何|怎样)(?:解释|说明|阐述|阐释|讲)|说了|说过|讲过|说啥|说什么|讲了|讲的|谈了|谈到|怎么说|表示了什么|观点|怎么表态|表了什么态|表态|(?:专家|学者|负责人)[^。？?]{0,8}?(?:建议|看法|意见)|(?:建议|看法|意见)(?:吗|呢|是什么|有哪些)/;

/** An occasion the question names ("在年中推进会上"): a remark there is asked, not one at another meeting. */
const OCCASION_NAMED = /([\u4e00-\u9fff]{2})(推进会|年会|大会|理事会|座谈会|对接会|交流会|论坛)/;

/** A short tail the source broke off its sentence ("发展的意见》。"): it closes a mark it never opened. */
function fragment(text: string): boolean {
  if (text.length > 16) return false;
  const unopened = (open: string, close: string) =>
    text.indexOf(close) >= 0 && !text.slice(0, text.indexOf(close)).includes(open);
  return unopened("《", "》") || unopened("“", "”") || unopened("（", "）");
}

/** Searches for the question and reads which hits answer it. */
export async function sceneOf(retriever: Retriever, question: string): Promise<Scene> {
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
  // ("贾敬敦说集群创新生态的基础是什么": what a person named said, in the words the question gives — a quotation that
  // may name no one, "“大中小企业协同创新、融通发展是集群创新生态的基础。", comes first.)
  // (Any person the articles quote, by the name that opens the question, "刘志远说…", not only an official the
  // knowledge lists.)
  const opening = /^([\u4e00-\u9fff]{2,3}?)(?:说|表示|指出|认为|强调|提到)/.exec(question)?.[1];
  const speakersNamed = people.length > 0 ? people : opening && speaksInArticles(retriever, opening) ? [opening] : [];
  const echoes = speakersNamed.length > 0 && SAYS_AFTER_NAME.test(question) ? echoedRuns(question, speakersNamed) : [];
  const echoed = found.filter(
    (h) => echoes.some((run) => h.passage.text.includes(run)) || (speakers.length > 0 && wordsEchoed(question, h)),
  );
  const termed = [
    ...ownPlans,
    ...echoed.filter((h) => !ownPlans.includes(h)),
    ...found.filter(
      (h, i) =>
        !ownPlans.includes(h) &&
        !echoed.includes(h) &&
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
  return {
    retriever,
    question,
    names,
    people,
    askedGroups,
    foundingPlan,
    found,
    ownPlans,
    answering,
    pinned,
    ownFirst: [],
    extraQuotes: 0,
    titled,
    supported,
    answers,
  };
}

/** Whether the articles have `name` speak ("刘志远表示，…"): read once per snapshot and name. */
const spoken = perSnapshot<boolean>();
function speaksInArticles(retriever: Retriever, name: string): boolean {
  return spoken(retriever.knowledge, name, () => {
    const speaks = new RegExp(`${escaped(name)}[^，,。]{0,16}?(?:表示|说|指出|认为|强调|介绍)`);
    return [...retriever.knowledge.articles.values()].some((a) => speaks.test(a.body));
  });
}

/** A person's words asked: "X说…", "X表示…", "X认为…". */
const SAYS_AFTER_NAME = /(?:说|表示|指出|认为|强调|提到)(?!了?(?:什么|啥))/;
/** What is asked and how: none of an answer's words. */
const ASKING_WORDS = /说|表示|指出|认为|强调|提到|是什么|是啥|是哪些|有哪些|什么|啥|哪些|怎么|吗|呢|吧|[？?，,。]/g;

/**
 * What a zone said asked in the speaker's own words ("常州…说首年要重点做好哪三件事" of "“首年我们重点做好三件事：…”"): a
 * sentence among the first hits that has three or more of the word pairs the question gives after its 说, though it
 * names no one (the zone's officials' other sentences name them, and would come first).
 */
function wordsEchoed(question: string, h: Hit): boolean {
  const said = /(?:说|表示|指出|提到|强调)(?!了?(?:什么|啥))([^，,。？?]{4,})[？?。]?$/.exec(question)?.[1];
  if (!said) return false;
  const chars = [...said];
  const pairs = new Set(chars.slice(1).map((ch, i) => `${chars[i]}${ch}`));
  return [...pairs].filter((pair) => h.passage.text.includes(pair)).length >= 3;
}

/** The runs of five characters or more the question gives besides the people it names and its asking words. */
function echoedRuns(question: string, people: string[]): string[] {
  let text = question;
  for (const name of people) text = text.split(name).join("，");
  return text
    .replace(ASKING_WORDS, "，")
    .split("，")
    .filter((run) => run.length >= 5);
}

/** Puts `passages` first among the hits, in their order (moved up when they are there already), at the best score. */
export function putFirst(hits: Hit[], passages: Passage[]): void {
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
export function zoneNames(retriever: Retriever, question: string): (readonly string[])[] {
  const k = retriever.knowledge;
  return findMentions(normalize(question), k.aliases).flatMap((m) =>
    m.type === "entity" && m.ref.kind === "zone" ? [entityNames(k, m.ref.id)] : [],
  );
}
