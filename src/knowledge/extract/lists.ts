/**
 * Member lists: "A、B、C和D" → items, each resolved to a zone. A list is taken whole or not at all: if one
 * item does not resolve, the sentence is not read as a member list (a wrong member is worse than none).
 */
import type { Evidence, ListPart } from "../schema.ts";
import type { Doc } from "./context.ts";
import { type GroupRef, groupKey, PROVINCE_PREFIX, type ZoneLevel } from "./names.ts";
import type { Sentence } from "./sentences.ts";

export type ListItems = { zones: string[]; others: string[] };

const CN_NUM: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** "12" / "两" / "三" → number. */
export function countOf(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s in CN_NUM) return CN_NUM[s];
  const m = /^十([一二三四五六七八九])$/.exec(s);
  if (m?.[1]) return 10 + (CN_NUM[m[1]] ?? 0);
  return undefined;
}
export const COUNT = "(\\d+|[一两二三四五六七八九十]|十[一二三四五六七八九])";

const FULL_NAME_END = /(?:高新区|园区|示范区)$/;

export function splitItems(text: string): string[] {
  const parts = text.split("、");
  const last = parts.pop() ?? "";
  // "…、湖南株洲高新区和湖北襄阳高新区": the last joint is 和/及/以及.
  // A joint splits only between two items of two characters or more: 呼和浩特 is one name.
  const tail: string[] = [];
  let rest = last;
  // When the list writes full names ("…高新区和…高新区"), a joint splits only right after a name's suffix, so that
  // a place written with 和 (内蒙古呼和浩特金山高新区) stays whole.
  const joint = FULL_NAME_END.test(rest) ? /(?<=(?:高新区|园区|示范区))(?:以及|和|及|与)/ : /以及|和|及|与/;
  for (let m = joint.exec(rest.slice(2)); m; m = joint.exec(rest.slice(2))) {
    const at = m.index + 2;
    if (rest.length - at - m[0].length < 2) break;
    tail.push(rest.slice(0, at));
    rest = rest.slice(at + m[0].length);
  }
  tail.push(rest);
  // ("湖北省的A高新区、湖南省的B高新区和C高新区、江西省的D高新区": a joint inside an earlier item, right after a full
  // name; "武汉东湖新技术开发区和襄阳、宜昌…高新区": an official name, then short ones.)
  const inner = (p: string) => p.split(/(?<=(?:高新区|园区|示范区|开发区))(?:以及|和|及|与)(?=.{2})/);
  return [...parts.flatMap(inner), ...tail].map((p) => p.replace(/^[“"「]|[”"」]$/g, "")).filter((p) => p.length > 0);
}

/**
 * A list grouped by province, the groups apart by commas, the names of a group sharing its province and suffix
 * ("呼和浩特金山高新区，江西赣州、吉安高新区，福建龙岩、三明、厦门火炬高新区，…以及湖南长沙高新区"): the names
 * written out whole, apart by 、 ("…、江西赣州高新区、江西吉安高新区、…"), and how long the list is in the text.
 * Undefined unless two groups or more each end in a zone's suffix.
 */
export function provinceGrouped(text: string): { list: string; length: number } | undefined {
  const groups: string[] = [];
  let length = 0;
  for (let from = 0; from < text.length; ) {
    const comma = /[，,]/.exec(text.slice(from));
    const piece = text.slice(from, comma ? from + comma.index : text.length);
    if (!/^[\u3400-\u9fff、]{2,80}$/.test(piece) || !FULL_NAME_END.test(piece)) break;
    groups.push(piece);
    length = from + piece.length;
    if (!comma) break;
    from += piece.length + 1;
  }
  if (groups.length < 2) return undefined;
  const names = groups.flatMap((group) => {
    const items = group.split("、");
    if (items.length === 1) return items;
    const province = PROVINCE_PREFIX.exec(items[0] as string)?.[0] ?? "";
    const suffix = FULL_NAME_END.exec(items.at(-1) as string)?.[0] ?? "";
    // "江西赣州、吉安高新区": 赣州 and 吉安 are both 江西's, both 高新区.
    return items.map((item) =>
      FULL_NAME_END.test(item) ? item : `${item.startsWith(province) ? "" : province}${item}${suffix}`,
    );
  });
  return { list: names.join("、"), length };
}

/** The mark a list puts after its lead: "（牵头单位）", "(牵头)". */
export const LEAD_MARK = /[（(]牵头(?:单位)?[）)]/;

/** A list with its lead marked ("A（牵头单位）、B、C"): the list without the mark, and the marked item's place. */
export function leadMarked(text: string): { text: string; lead?: number } {
  const mark = LEAD_MARK.exec(text);
  if (!mark) return { text };
  const lead = text.slice(0, mark.index).split("、").length - 1;
  return { text: text.replace(mark[0], ""), lead };
}

const MARKED_NAME = new RegExp(`(?:^|[：:，,、；;])([\\u3400-\\u9fff]{2,16}?)${LEAD_MARK.source}`);

/** The zone a sentence's list marks as the lead ("…：A（牵头单位）、B"), when it is one of `zones`. */
export function markedLead(doc: Doc, s: Sentence, zones: string[]): string | undefined {
  // (Listed under its province, "内蒙古的包头稀土高新区（牵头单位）": the name after the province.)
  const marked = MARKED_NAME.exec(s.text)?.[1]?.replace(/^[\u3400-\u9fff]{2,3}的/, "");
  const lead = marked ? doc.names.knownZone(marked) : undefined;
  return lead && zones.includes(lead) ? lead : undefined;
}

/**
 * Resolves every item to a zone; undefined when any item is not safely a zone. `bare`: the sentence calls the
 * items 高新区, so "本溪" means 本溪高新区.
 */
export function resolveList(
  doc: Doc,
  s: Sentence,
  text: string,
  opts: { bare: boolean; level?: ZoneLevel },
): ListItems | undefined {
  const items = splitItems(text);
  if (items.length === 0) return undefined;
  const zones: string[] = [];
  const rollback = doc.names.mark();
  for (const item of items) {
    const id =
      item.length <= 18 && /^[\u3400-\u9fff]+$/.test(item)
        ? doc.names.zone(item, { bare: opts.bare, level: opts.level, evidence: doc.ev(s) })
        : undefined;
    if (!id || zones.includes(id)) {
      rollback();
      return undefined;
    }
    zones.push(id);
  }
  return { zones, others: [] };
}

/** The level a list's qualifier states ("等10家国家高新区" → national, "1家安徽省级高新区" → provincial). */
export function levelOf(qualifier: string): ZoneLevel | undefined {
  if (/省级/.test(qualifier)) return "provincial";
  if (/国家/.test(qualifier)) return "national";
  return undefined;
}

/** A whole member list (sub-lists by place, each checked against its count): its length is the count. */
/** The counts the article's count claims give the group (by its key). */
export function countsClaimed(doc: Doc, key: string): number[] {
  return doc.claims.flatMap((c) => (c.type === "count" && groupKey(c.group) === key ? [c.count] : []));
}

/**
 * The article counts the group's members so: a count claimed, or "十二家成员高新区", "十二家国家高新区共同签署", "网络成员
 * 共十二家" (the counts are claimed after the member lists are read).
 */
export function countedSo(doc: Doc, key: string, n: number): boolean {
  if (countsClaimed(doc, key).includes(n)) return true;
  // ("网络成员单位由…11家增至15家": the count a change comes to.)
  if (doc.claims.some((c) => c.type === "change" && groupKey(c.group) === key && c.newCount === n)) return true;
  // ("首批成员包括A、B…6家": a whole list the article counts.)
  if (doc.claims.some((c) => c.type === "members" && groupKey(c.group) === key && !c.partial && c.count === n))
    return true;
  // ("联合A、B等共6家国家高新区组建该网络": the count of those who form it; "…成立，首批成员10家".)
  const said = new RegExp(
    `${COUNT}家(?:成员高新区|成员单位|国家高新区(?:共同|组建|发起|联合))|成员(?:单位)?共(?:有)?${COUNT}家|(?:首批|创始)成员(?:单位)?${COUNT}家`,
    "g",
  );
  // ("A牵头，联合11家国家高新区共同发起": the others, counted right after 联合, are not the whole.)
  return doc.sentences.some((s) =>
    [...s.text.matchAll(said)].some(
      (m) => countOf(m[1] ?? m[2] ?? m[3] ?? "") === n && !/(?:联合|携手)(?:全国)?$/.test(s.text.slice(0, m.index)),
    ),
  );
}

/** Every zone the article's member lists of the group name (by its key), complete or not. */
export function membersNamed(doc: Doc, key: string): string[] {
  return doc.claims.flatMap((c) => (c.type === "members" && groupKey(c.group) === key ? c.zones : []));
}

/** The article has claimed a complete member list of the group (by its key). */
export function listedWhole(doc: Doc, key: string): boolean {
  return doc.claims.some((c) => c.type === "members" && groupKey(c.group) === key && !c.partial);
}

export function pushWholeList(doc: Doc, group: GroupRef, zones: string[], evidence: Evidence, parts?: ListPart[]) {
  doc.claims.push({
    type: "members",
    group,
    zones,
    others: [],
    count: zones.length,
    countIncludesLead: true,
    partial: false,
    evidence,
    ...(parts ? { parts } : {}),
  });
}
