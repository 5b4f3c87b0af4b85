/**
 * A yes/no question that states a value the answer to another question gives, asked as that question and the value
 * checked against its answer: "长沙高新区是2025年才加入光电子网络的吗" (when it joined: 2024年 → "不是"), "长沙高新区是不是
 * 已经加入4个国家级产业协同创新网络了" (how many: 3个 → "不是"). Null when the question states no such value, or the
 * other question is not answered as a fact.
 */
import type { EntityRef, Knowledge } from "../knowledge/load.ts";
import { parseQuestion } from "./parse.ts";
import { numberFrom } from "./query/read.ts";
import type { Answer } from "./types.ts";

/** Asks whether it is so: "…吗", "是不是…", "…对吧". */
// (Not the 么 of 什么: "2026年加入了什么新成员" asks which.)
const YES_NO = /吗|(?<!什)么|嘛|吧|是不是|是否|对不对/;
/** Asks which, who, what or how many: no yes/no. */
const WH = /什么|哪|谁|几|多少|啥/;

/** "是2025年才加入X的吗", "2025年加入X的吧": the year a zone joined, claimed. */
const JOINED_IN = /(?:是|于|在)?((?:19|20)\d{2})年(?:才|就|的时候|时)?(?=加入|入网|入盟)/;
/** "是不是已经加入4个…网络了", "加入了4个网络吧": how many groups, claimed. */
const HOW_MANY_JOINED =
  /(?:是不是|是否)?(?:已经|已)?(?:加入|参加|参与)了?(\d{1,2}|[一二两三四五六七八九十])个([^，,。？?]{0,16}?(?:网络|联盟))/;

/** The zone is among the founding members of the one group the question names. */
function foundedWith(knowledge: Knowledge, entities: EntityRef[], zone: string): boolean {
  const groups = entities.filter((e) => e.kind !== "zone");
  if (groups.length !== 1) return false;
  const g = (groups[0]?.kind === "network" ? knowledge.networks : knowledge.alliances).get(groups[0]?.id as string);
  const founding = g?.memberHistory[0] ?? g?.members;
  return founding?.zones.includes(zone) === true;
}

export async function claimedPremise(
  knowledge: Knowledge,
  q: string,
  ask: (text: string) => Promise<Answer>,
): Promise<Answer | null> {
  if (!YES_NO.test(q) || WH.test(q.replace(/是不是|是否/g, ""))) return null;
  const joined = JOINED_IN.exec(q);
  if (joined) {
    const asked = `${q.slice(0, joined.index)}什么时候${q.slice(joined.index + joined[0].length)}`
      .replace(/(?:是不是|是否)/, "")
      .replace(/(?:的)?(?:吗|么|嘛|吧|对不对)?[？?。]*$/, "的");
    const a = await ask(asked);
    const years = [...new Set([...a.answer.matchAll(/((?:19|20)\d{2})年/g)].map((m) => m[1]))];
    if (a.kind !== "fact" || years.length === 0) return null;
    // (The group's founding answers when the zone is one of its founders; else the answer must name the zone: a later
    // member's join is not the founding.)
    const entities = parseQuestion(q, knowledge).entities;
    const zone = entities.find((e) => e.kind === "zone");
    const name = zone ? knowledge.zones.get(zone.id)?.name : undefined;
    const founder = zone ? foundedWith(knowledge, entities, zone.id) : false;
    if (!zone || (!founder && !(name && a.answer.includes(name)))) return null;
    const so = years[0] === joined[1];
    return { ...a, answer: `${so ? "是的" : `不是，是${years[0]}年`}。${a.answer}` };
  }
  const many = HOW_MANY_JOINED.exec(q);
  if (many) {
    const asked = `${q.slice(0, many.index)}加入了几个${many[2]}`;
    const a = await ask(asked);
    const said = /^(\d{1,2})个/.exec(a.answer)?.[1];
    if (a.kind !== "fact" || !said) return null;
    const so = Number(said) === numberFrom(many[1] as string);
    return { ...a, answer: `${so ? "是的" : `不是，是${said}个`}。${a.answer}` };
  }
  return null;
}
