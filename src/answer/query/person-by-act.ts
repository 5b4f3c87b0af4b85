/**
 * A person asked for by what they did at a meeting: "代表某区发言的是谁", "在年会上做工作报告的是哪位",
 * "介绍某产业情况的官员叫什么". The question names an act (发言, 讲话, 报告, 介绍, 出席 …); among the people the
 * articles name with a title (already narrowed to the zone and the group the question names), the one named in a
 * sentence with that act and most of the question's other words is meant. A tie is no answer.
 */

import { PROVINCES } from "../../knowledge/extract/names.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Official } from "../../knowledge/schema.ts";
import { wordPairs } from "../pairs.ts";
import { articleSentences, titleAbout } from "./graph.ts";

/**
 * Acts a person is asked for by, in classes: the question's word (asked) and the words an article writes the same
 * act with (written). A speech is written as any verb of speaking ("代表某区讲话" ↔ "在接任时表示").
 */
const ACTS: { asked: RegExp; written: RegExp }[] = [
  {
    asked: /发言|讲话|讲了话|发了言|发的言|讲的话|致辞|表态|表的态|表了态|介绍|报告|演讲|通报|发布|宣读/,
    written: /发言|讲话|致辞|表态|表示|认为|谈到|指出|说|介绍|报告|演讲|通报|发布|宣读/,
  },
  { asked: /主持/, written: /主持/ },
  // ("是谁回答记者提问的": who answered the press.)
  { asked: /回答|答记者问|答问/, written: /回答(?:了)?(?:记者)?(?:提问|问题)|答记者问/ },
  // An expert asked for by the analysis they gave ("分析…的那个专家").
  { asked: /分析|解读|点评/, written: /分析|解读|点评|表示|认为|指出|说/ },
  { asked: /出席|参加|参会|来的|到场|到会/, written: /出席|参加|参会|到会|发来/ },
  // A handover's acts: who took or gave the flag, the files, the seat ("蚌埠那边是谁接的旗").
  {
    asked: /接(?:的|了|过)?旗|交(?:的|了)?旗|授旗|接棒|交棒|接过|移交|交接|交给|交到/,
    written: /接过|接旗|授旗|接棒|交棒|移交|交接|旗帜/,
  },
];
/** A sentence set at an occasion ("在今年全市科技工作会议上，"), and the occasion's kind (会议). */
const SET_AT = /^在[^，,。]{2,24}?(会议|大会|年会|论坛|峰会|交流会|推进会|座谈会|推介会|对接会|仪式)上[，,]/;
/** Words that ask for the person rather than say what they did. */
const ASKING = /是谁|哪位|叫什么名字|叫什么|叫啥|名字|负责人|领导|官员|干部|同志|的|是|了|吗|呢/g;
/** Whom the person is asked to have spoken for: "代表<X>发言". */
export const SPOKE_FOR = /代表([\u4e00-\u9fff]{2,12}?)(?:发言|发的言|讲话|讲的话|致辞|表态|介绍)/;
/** What holding the question's own act word counts, in pairs. */
const SAME_WORD = 3;
/** Pairs of the question a sentence must hold besides the act, so that an act alone picks nobody. */
const LEAST = 2;

export type ActMatch = { name: string; article: string; quote: string };

/** A group's names that name it as a group ("生物医药网络", not the field word alone, which many articles use). */
export function groupNames(k: Knowledge, id: string): string[] {
  const g = k.networks.get(id) ?? k.alliances.get(id);
  if (!g) return [];
  return [g.name, ...g.aliases, ...("officialNames" in g ? g.officialNames : [])].filter((n) =>
    /网络|联盟|网$/.test(n),
  );
}

/**
 * `groups`: the groups the question names. The sentence must be in an article that names each of them, and must
 * not name another group (a roundup's sentence about another network's speaker is not this one's).
 */
export function personByAct(
  k: Knowledge,
  question: string,
  candidates: readonly Official[],
  groups: readonly string[],
): ActMatch | null {
  const ranked = actMatches(k, question, candidates, groups);
  const [first, second] = ranked;
  if (!first || (second && second.score === first.score)) return null;
  return first;
}

/**
 * "有哪些领导讲了话": everyone named doing the act in the article that best matches the question (the best match's
 * article), in the order of the article.
 */
export function peopleByAct(
  k: Knowledge,
  question: string,
  candidates: readonly Official[],
  groups: readonly string[],
): ActMatch[] {
  const ranked = actMatches(k, question, candidates, groups);
  const article = ranked[0]?.article;
  return ranked.filter((m) => m.article === article);
}

/** Each candidate's best sentence doing the question's act, best first (see personByAct). */
function actMatches(
  k: Knowledge,
  question: string,
  candidates: readonly Official[],
  groups: readonly string[],
): (ActMatch & { score: number })[] {
  const asked = groups.map((g) => groupNames(k, g));
  const others = [...k.networks.keys(), ...k.alliances.keys()]
    .filter((id) => !groups.includes(id))
    .map((id) => groupNames(k, id));
  const inArticle = (body: string) => asked.every((names) => names.some((n) => body.includes(n)));
  // (With no group asked, a sentence that names one names no other: "交流会上，无锡高新区是谁介绍的" of "物联网…网络
  // 牵头单位无锡高新区管委会副主任过海峰介绍".)
  const namesOther = (sentence: string) =>
    groups.length > 0 && others.some((names) => names.some((n) => sentence.includes(n)));
  const acts = ACTS.filter((a) => a.asked.test(question)).map((a) => a.written);
  const words = ACTS.flatMap((a) => question.match(a.asked)?.[0] ?? []);
  if (acts.length === 0) return [];
  const wanted = [...wordPairs(question.replace(ASKING, " "))];
  // ("谁代表江西成员单位发的言": a province the question names is said in the sentence, by itself or by a zone in it.)
  const provinces = PROVINCES.filter((p) => question.includes(p));
  const zonesIn = [...k.zones.values()].filter((z) => z.province && provinces.includes(z.province));
  const placed = (sentence: string) =>
    provinces.length === 0 ||
    provinces.some((p) => sentence.includes(p)) ||
    zonesIn.some((z) => [z.name, ...z.aliases].some((n) => sentence.includes(n)));
  // (A sentence set at another occasion than the one asked, "在今年全市科技工作会议上，…介绍", is not about it.)
  const elsewhere = (sentence: string) => {
    const kind = SET_AT.exec(sentence)?.[1];
    return kind !== undefined && !question.includes(kind);
  };
  // ("代表理事长单位发言的是谁" of "作为理事长单位代表，…林晓峰介绍": whom the person spoke for, said either way round.)
  const spokeFor = SPOKE_FOR.exec(question)?.[1];
  const forWhom = (sentence: string) =>
    spokeFor !== undefined && (sentence.includes(`代表${spokeFor}`) || sentence.includes(`${spokeFor}代表`));
  const names = [...new Set(candidates.map((o) => o.name))];
  const best = new Map<string, { score: number; article: string; quote: string }>();
  for (const article of k.articles.values()) {
    // (…or a title about the group: a year's review titled after the alliance says only "联盟" in its body.)
    if (!inArticle(article.body) && !asked.every((names) => titleAbout(article.title, names))) continue;
    for (const sentence of articleSentences(article.body)) {
      if (namesOther(sentence) || !placed(sentence) || elsewhere(sentence)) continue;
      // (Two people in one sentence, "A出席会议并讲话，B主持会议": the act in the clause that names the person, when that
      // clause says an act of its own; a name listed before the act, "A，B出席会议并讲话", shares the sentence's.)
      const named = names.filter((n) => sentence.includes(n));
      for (const name of names) {
        if (!sentence.includes(name)) continue;
        const own = named.length > 1 ? sentence.split(/[，,；;]/).find((c) => c.includes(name)) : undefined;
        const clause = own && ACTS.some((a) => a.written.test(own)) ? own : sentence;
        if (!acts.some((a) => a.test(clause))) continue;
        // The article's title says which meeting the sentence is about ("…2026年常务理事会议在徐州召开").
        const held =
          wanted.filter((w) => sentence.includes(w) || article.title.includes(w)).length +
          // The act in the question's own word ("做工作报告" ↔ "作了工作报告") outweighs another verb of speaking.
          (words.some((w) => sentence.includes(w)) ? SAME_WORD : 0) +
          (forWhom(sentence) ? SAME_WORD : 0);
        const kept = best.get(name);
        if (held >= LEAST + 1 && (!kept || held > kept.score))
          best.set(name, { score: held, article: article.id, quote: sentence.trim() });
      }
    }
  }
  return [...best.entries()].map(([name, m]) => ({ name, ...m })).sort((a, b) => b.score - a.score);
}
