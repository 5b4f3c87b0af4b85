/**
 * "三原这个国家高新区现在入驻了多少家企业": a zone the question calls a national high-tech zone that the articles know
 * as a provincial one. What is asked is answered, after the correction and the sentence that says what the zone is
 * ("三原县正举全县之力创建国家高新区").
 */
import { entityNames } from "../knowledge/entity-names.ts";
import type { Knowledge } from "../knowledge/load.ts";
import type { Zone } from "../knowledge/schema.ts";
import { PREMISE } from "./facts/cues.ts";
import { sentenceCited } from "./query/graph.ts";
import type { Answer, Citation } from "./types.ts";

/** A sentence that says a zone is not (yet) national: provincial, or applying to become national. */
const NOT_NATIONAL = /省级|创建国家高新区|申报国家高新区|争创国家高新区|升级为国家高新区|创建国家级高新区/;

/**
 * The first provincial zone `text` names (by its Chinese names, which `named` accepts) with a sentence that names it
 * and that `says` accepts.
 */
function provincialSaid(
  k: Knowledge,
  text: string,
  named: (names: string[]) => boolean,
  says: RegExp,
): { zone: Zone; said: Citation } | undefined {
  for (const { zone, names } of zonesNamed(k, text)) {
    if (zone.level !== "provincial" || !named(names)) continue;
    const said = sentenceCited(k, (x) => says.test(x) && names.some((n) => x.includes(n)));
    if (said) return { zone, said };
  }
  return undefined;
}

/** Each zone `text` names, with its Chinese names that `text` holds. */
function* zonesNamed(k: Knowledge, text: string): Generator<{ zone: Zone; names: string[] }> {
  for (const zone of k.zones.values()) {
    const names = entityNames(k, zone.id).filter((n) => /[\u4e00-\u9fff]/.test(n) && text.includes(n));
    if (names.length > 0) yield { zone, names };
  }
}

export function levelCorrected(k: Knowledge, question: string, answer: Answer): Answer {
  // (Not when the answer corrects it already: a claim read as taken for granted, "三原这个国家高新区…".)
  if (!/国家级?高新区/.test(question) || answer.answer.includes("不是国家高新区")) return answer;
  // (The question calls it national, "三原这个国家高新区", "三原国家高新区"; the sentence says it is not, or not yet.)
  // ("三原高新区作为一家国家高新区，…": said as what it is, too; "三原已经是国家高新区了", "三原现在是国家高新区了吧".)
  const called = (names: string[]) =>
    names.some((n) =>
      new RegExp(
        `${n}(?:(?:这个|这家|这座|那个)|(?:作为|身为|这样)(?:一家|一个|一座)?|(?:现在|目前|如今)?(?:已经|已|早就|早已)?(?:是|成为|成了|升级为)(?:一家|一个)?)?国家级?高新区`,
      ).test(question),
    );
  const found = provincialSaid(k, question, called, NOT_NATIONAL);
  if (!found) return answer;
  const { zone, said } = found;
  // (Nothing else found, "三原现在已经是国家高新区了，它是陕西第几个": the correction is the answer.)
  if (answer.kind === "none")
    return {
      kind: "fact",
      answer: `${PREMISE}${zone.name}不是国家高新区（据《${said.title}》：${said.quote}）。`,
      citations: [said],
    };
  return {
    ...answer,
    answer: `${PREMISE}${zone.name}不是国家高新区（据《${said.title}》：${said.quote}）。${answer.answer}`,
    citations: [said, ...answer.citations],
  };
}

/** A zone's level asked yes or no ("三原高新区目前是省级高新区对吧", "是不是国家高新区"). */
const LEVEL_ASKED =
  /(?:是|属于|算)(?:一[个家])?(省级|国家级?)高新区(?:吗|么|吧|对吧|对不对|是吗|不|没错吧)|是不是(省级|国家级?)高新区/;

/**
 * "三原高新区是省级高新区对吧": a provincial zone's level asked yes or no, answered by the sentence that says it is
 * provincial ("三原县成功创建关中第一个县域陕西省级高新区").
 */
export function levelAsked(k: Knowledge, question: string): Answer | null {
  const asked = LEVEL_ASKED.exec(question);
  if (!asked) return null;
  const provincialAsked = (asked[1] ?? asked[2]) === "省级";
  const found = provincialSaid(k, question.slice(0, asked.index), (names) => names.length > 0, /省级/);
  if (!found) return null;
  const { zone, said } = found;
  return {
    kind: "fact",
    answer: `${provincialAsked ? "是的" : "不是"}。${zone.name}是省级高新区（据《${said.title}》：${said.quote}）。`,
    citations: [said],
  };
}

/** A second question about the level of the zones an answer names: "是国家级的吗", "它们是什么级别的高新区". */
export const LEVEL_OF_THEM =
  /^(?:那)?(?:它们|他们|这[两几三]家|这些|其)?(?:都)?(?:是|属于|算)?(?:不是)?(?:国家级的?|省级的?|什么级别的?|哪一?级的?|国家级还是省级的?|省级还是国家级的?)(?:高新区)?(?:吗|呢|么)?[？?]?$/;

/**
 * "新吸收的成员是谁？是国家级的吗": the level of each zone `text` names, by the sentence that says it (a provincial
 * zone's "…两家省级高新区正式加入联盟"); null unless every zone named has one.
 */
export function levelsNamed(k: Knowledge, text: string, asked = ""): Answer | null {
  const lines: string[] = [];
  const levels = new Set<string>();
  const citations: Citation[] = [];
  for (const named of zonesNamed(k, text)) {
    const { zone } = named;
    const names = named.names.filter((n) => n.length >= 2);
    if (names.length === 0) continue;
    // (Neither, "北京经开区": no level to say.)
    if (zone.level === "other") return null;
    const level = zone.level === "provincial" ? /省级/ : /国家高新区|国家级高新区/;
    const said = sentenceCited(k, (x) => level.test(x) && names.some((n) => x.includes(n)));
    if (!said) return null;
    lines.push(`${zone.name}是${zone.level === "provincial" ? "省级高新区" : "国家高新区"}`);
    levels.add(zone.level);
    if (!citations.some((c) => c.quote === said.quote)) citations.push(said);
  }
  if (lines.length === 0) return null;
  // ("是国家级的吗": yes or no, when they are all of one level.)
  const yesNo = /(国家级|省级)的?(?:高新区)?(?:吗|么)/.exec(asked)?.[1];
  const [one] = levels;
  const verdict =
    yesNo && levels.size === 1 ? ((yesNo === "省级") === (one === "provincial") ? "是的。" : "不是。") : "";
  return { kind: "fact", answer: `${verdict}${lines.join("；")}。`, citations };
}
