/**
 * A member list in a layout no other reader knows ("东北方向是沈阳、哈尔滨两家高新区；华北方向是…", emoji lines
 * "🔹山东“三兄弟”——济南、淄博、潍坊高新区"): the zones named in the sentences right after the one that counts the
 * members, taken only when, with the lead, they are exactly as many as the count; or told a part a sentence after
 * the count ("上游地区有7家，分别是…。中游地区有6家…"); or told before a count that closes them ("…。以上15家高新区
 * 构成了网络的首批成员"). The count is the proof; any other outcome reads nothing.
 */

import type { Evidence } from "../schema.ts";
import { ofBodyInside } from "./body-inside.ts";
import type { Doc } from "./context.ts";
import { isPlaceLabel } from "./counted-list.ts";
import { findDates } from "./dates.ts";
import {
  COUNT,
  countOf,
  countsClaimed,
  listedWhole,
  markedLead,
  membersNamed,
  pushWholeList,
  resolveList,
} from "./lists.ts";
import { type GroupRef, groupKey, PROVINCES } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** A sentence that tells who is in: joining, founding, signing, a part's list. */
const TELLS_MEMBERSHIP =
  /加入|入选|入网|入盟|成员|组建|共建|签署|发起|成立|启动|参与|包括|分别|来自|[有为是][^，,。；;]{0,12}?(?:高新区|家)/;

/** Sentences looked at after the counting one, at most; and before it. */
const SPAN = 14;
const BACK = 6;

/** The first sentence from `from` to `to` that names one of `zones` (read as the list was). */
function firstNaming(doc: Doc, zones: string[], from: number, to: number, key: string): Sentence {
  for (const s of doc.sentences.slice(from, to + 1)) {
    if (gather(doc, [s], s.item, key).zones.some((z) => zones.includes(z))) return s;
  }
  return doc.sentences[to] as Sentence;
}
/** A run of names that ends in a zone's suffix, with a count perhaps: "济南、淄博、潍坊高新区", "沈阳、哈尔滨两家高新区". */
// ("珠海、西安、成都三地高新区": counted by places.)
// ("珠海、烟台、绵阳三地的国家高新区": counted by their places.)
const NAMED_RUN =
  /([\u3400-\u9fff、]{2,40}?)(?:[两二三四五六七八九十\d]+(?:家|地的?))?(?:国家级?)?(?:高新区|示范区|工业园区|科技园区|高新技术产业开发区|高技术产业开发区|新技术(?:产业)?开发区)/g;
/** "南京、芜湖、合肥3家" ending a clause: bare names with their count and no suffix. */
const COUNTED_BARE = /([\u3400-\u9fff、]{2,40}?)(\d{1,2}|[两二三四五六七八九十])家$/;
/** Where the names start: after the last word that introduces them. */
const INTRO = new RegExp(
  `^.*(?:是|有|为|包括|还有|以外|之外|外|除|来自|方向|地区|由|与|同|东道主|——|—|(?:汇聚|集聚|聚集|汇集)了|(?<!${PROVINCES.join("|")})(?:省|自治区)?的)`,
);
/** "广西的南宁、柳州…", "甘肃兰州": a province said before the names. */
const PROVINCE_FIRST = new RegExp(`^(${PROVINCES.join("|")})(?:省|自治区|市)?的?`);
/** An item that names provinces: "广西两省区", "湖北省" (a province's bare name may be its zone's: 青海高新区). */
const PROVINCE_ITEM = /(?:省|省区|自治区)$/;
/** An item that is no place's name (和 joins names, except in 呼和浩特's). */
const NOT_A_PLACE =
  /[在了与及等]|(?<!呼)和|会议|吸纳|接纳|新增|选举|推选|当选|发起|^[两二三四五六七八九十百]*[家个]|^沿|领域|方向|地区|产业|布局|成员|牵头|伙伴|合伙人|沿海|沿江|沿边|优势|重点|骨干|知名|领先|先进|头部|龙头|首批|全国/;

/** A zone's official long name before its suffix: a place, then "(农业)高新技术产业". */
const OFFICIAL_NAME = /^[\u3400-\u9fff]{2,5}?(?:农业)?高新技术产业$/;

/** "11家在航空航天领域布局较深的国家高新区", "12家高新区": a count of zones, with a few words between. */
const COUNTED = /(\d{1,2}|[两三四五六七八九十]|十[一二三四五六七八九])家[^，,。；;]{0,14}?(?:国家)?高新区/;

const TOTAL = /共(\d{1,2}|[两三四五六七八九十]|十[一二三四五六七八九])家(?:国家)?高新区/;

/**
 * The counts the article states for a group: count claims, else a count in its founding sentence or the five after
 * (when the article states one, "长江上游有A、B、C3家高新区" after it is a part's).
 */
export function countsOf(doc: Doc): { group: GroupRef; count: number; evidence: Evidence }[] {
  const out: { group: GroupRef; count: number; evidence: Evidence }[] = doc.claims.flatMap((c) =>
    c.type === "count" ? [c] : [],
  );
  const counted = new Set(out.map((c) => groupKey(c.group)));
  for (const l of doc.claims) {
    if (l.type !== "launch" || counted.has(groupKey(l.group))) continue;
    const at = doc.sentenceOf(l.evidence.quote);
    if (at < 0) continue;
    for (const s of doc.sentences.slice(at, at + 6)) {
      // (Not a sentence that tells a change: "审议通过了A、B、C3家国家高新区的入盟申请" counts the newcomers.)
      if (doc.claims.some((x) => x.type === "change" && x.evidence.quote === doc.ev(s).quote)) continue;
      // (Nor one about a body inside the group: "专业委员会由我区牵头，首批成员包括…6家高新区".)
      if (ofBodyInside(doc, s)) continue;
      // The whole ("共10家国家高新区") over a part ("广西的…4家高新区").
      const m = TOTAL.exec(s.text) ?? COUNTED.exec(s.text);
      const n = m ? countOf(m[1] ?? "") : undefined;
      // "3家高新区共同倡议发起": the initiators, who may be fewer than the members.
      const initiators = m && /^[^，,。]{0,6}倡议/.test(s.text.slice((m.index ?? 0) + m[0].length));
      if (m && n && n >= 3 && !initiators) {
        out.push({ group: l.group, count: n, evidence: doc.ev(s) });
        break;
      }
    }
  }
  return out;
}

export function harvestLists(doc: Doc): void {
  for (const c of countsOf(doc)) {
    const key = groupKey(c.group);
    // A complete list read already (by another reader, or from another count) is not read again.
    if (listedWhole(doc, key)) continue;
    // A count the group's own count claims do not give ("联合…11家国家高新区…，首批成员单位共12家": the others, not
    // the whole) is not the list's length.
    const counted = countsClaimed(doc, key);
    if (counted.length > 0 && !counted.includes(c.count)) continue;
    const at = doc.sentenceOf(c.evidence.quote);
    if (at < 0) continue;
    const lead = doc.claims.find(
      (x): x is Extract<typeof x, { type: "lead" }> => x.type === "lead" && groupKey(x.group) === key,
    )?.zone;
    // Parts told a sentence each, after the count ("上游地区有7家，分别是…。中游地区有6家，分别是…。"), as many in all.
    if (partsInTurn(doc, c.group, c.count, doc.sentences.slice(at + 1, at + SPAN), lead)) continue;
    const rollback = doc.names.mark();
    const item = (doc.sentences[at] as Sentence).item;
    // Every zone a reader named as a member ("A联合B、C等13家…") must be in the list: one missing shows the names
    // gathered are not the list, whatever their number.
    const named = membersNamed(doc, key);
    // (Observers are taken in only when the count needs them: "成员单位共13家" and twelve named, one "以观察员身份参与".)
    const whole = ({ zones, observers }: { zones: string[]; observers: string[] }) => {
      for (const list of [zones, [...zones, ...observers]]) {
        const all = lead && !list.includes(lead) ? [lead, ...list] : list;
        if (all.length === c.count && named.every((z) => all.includes(z))) return all;
      }
      return undefined;
    };
    // The names after the count; or (…"在福建，A、B入选；在江苏，C、D入选。首批6家成员高新区…") those told before it,
    // from the item's opening.
    const afterSpan = doc.sentences.slice(at, at + SPAN);
    const opening = doc.sentences.findIndex((x) => x.item === item);
    // (Before the count, only sentences that tell membership: not "A、B的代表作交流发言".)
    const beforeSpan = doc.sentences
      .slice(Math.max(opening, at - BACK), at + 1)
      .filter((x) => x.index === at || TELLS_MEMBERSHIP.test(x.text));
    const after = gather(doc, afterSpan, item, key);
    const fromAfter = whole(after);
    const before = fromAfter ? undefined : gather(doc, beforeSpan, item, key);
    const all = fromAfter ?? (before ? whole(before) : undefined);
    if (!all) {
      rollback();
      continue;
    }
    // (Joins told along the way are the list's telling, unless the article counts a change: "由18家增至20家".)
    if (!doc.claims.some((x) => x.type === "change" && groupKey(x.group) === key && x.newCount !== undefined))
      dropTelling(doc, fromAfter ? afterSpan.slice(0, (after.last?.index ?? at) - at + 1) : beforeSpan, all);
    // (The quote runs from the count to the last sentence that names members, or from the first that does to the count.)
    const first = fromAfter
      ? (doc.sentences[at] as Sentence)
      : firstNaming(doc, all, beforeSpan[0]?.index ?? at, at, key);
    const last = fromAfter ? after.last : (doc.sentences[at] as Sentence);
    pushWholeList(
      doc,
      c.group,
      all,
      last && last !== first ? doc.evSpan(first, 0, last, last.text.length) : c.evidence,
    );
    // (The lead marked in the list, "深圳高新区（牵头单位）、珠海高新区…", when no reader named one.)
    for (const s of lead ? [] : doc.sentences.slice(at, at + SPAN)) {
      const marked = markedLead(doc, s, all);
      if (!marked) continue;
      doc.claims.push({ type: "lead", group: c.group, zone: marked, evidence: doc.ev(s) });
      break;
    }
  }
}

/** A part's sentence as read: its label, its count (when it gives one), its names. */
type PartRead = { label: string; count?: number; names: string; besidesLead: boolean; bare: boolean };

/**
 * A part told in a sentence of its own: "上游地区有7家，分别是A、B…", or "（除牵头单位外，）华东地区的成员有A、B…6家
 * 高新区" (a region's or province's members, counted or not). Undefined for any other sentence.
 */
function partOf(text: string): PartRead | undefined {
  const m = PART_SENTENCE.exec(text);
  const n = m ? countOf(m[2] ?? "") : undefined;
  if (m)
    return n === undefined
      ? undefined
      : { label: m[1] ?? "", count: n, names: m[3] ?? "", besidesLead: false, bare: false };
  const r = REGION_MEMBERS.exec(text);
  const label = r?.[2] ?? "";
  if (!r || !isPlaceLabel(label)) return undefined;
  const count = r[4] ? countOf(r[4]) : undefined;
  const counted = count !== undefined ? { count } : {};
  return { label, names: r[3] ?? "", besidesLead: Boolean(r[1]), bare: count !== undefined, ...counted };
}

const REGION_MEMBERS = new RegExp(
  `^(除牵头单位外[，,])?([\\u3400-\\u9fff]{2,6}?)的成员(?:单位)?(?:有|为|是|包括)[：:]?([\\u3400-\\u9fff、]+?)(?:${COUNT}家(?:国家)?高新区)?。?$`,
);

/** One part a sentence: "（按流域分布，联盟成员中，）上游地区有7家，分别是A、B…". */
const PART_SENTENCE = new RegExp(
  `^(?:按[\\u3400-\\u9fff]{1,4}(?:分布|划分)[，,])?(?:(?:联盟|网络)?成员(?:单位)?中[，,])?([\\u3400-\\u9fff]{2,6}?)(?:有|为|共)${COUNT}家[，,](?:分别是|分别为|包括|即|为)[：:]?([\\u3400-\\u9fff、]+)。?$`,
);

/**
 * The members told a part a sentence, in sentences one after another (the first of them among the few after the
 * count): each part as many as its count, all of them as many as the group's. True when read.
 */
function partsInTurn(doc: Doc, group: GroupRef, count: number, sentences: Sentence[], lead?: string): boolean {
  const first = sentences.findIndex((x) => partOf(x.text));
  if (first < 0 || first > 3) return false;
  const rollback = doc.names.mark();
  const zones: string[] = [];
  const parts: { label: string; zones: string[] }[] = [];
  let last: Sentence | undefined;
  for (const x of sentences.slice(first)) {
    const part = partOf(x.text);
    if (!part) break;
    // ("除牵头单位外，华东地区的成员有…": the lead, named before, is one of the count besides the parts.)
    if (part.besidesLead) {
      if (!lead || zones.length > 0) break;
      zones.push(lead);
    }
    const list = resolveList(doc, x, part.names, { bare: part.bare, level: "national" });
    const n = part.count ?? list?.zones.length;
    if (!list || list.zones.length !== n || list.zones.some((z) => zones.includes(z))) break;
    zones.push(...list.zones);
    parts.push({ label: part.label, zones: list.zones });
    last = x;
  }
  const start = sentences[first];
  const named = membersNamed(doc, groupKey(group));
  if (!start || !last || parts.length < 2 || zones.length !== count || named.some((z) => !zones.includes(z))) {
    rollback();
    return false;
  }
  pushWholeList(doc, group, zones, doc.evSpan(start, 0, last, last.text.length), parts);
  return true;
}

/** "以上15家高新区构成了网络的首批成员": a count that closes the list told in the sentences before it. */
const CLOSING = new RegExp(
  `^(?:以上|上述)${COUNT}家(?:国家)?高新区[，,]?(?:共同)?(?:构成|组成|成为|是|为)(?:了)?(?:该|本|这一)?(网络|联盟)?(?:的)?(?:首批|创始)?成员`,
);

/** "至此，首批成员共计十四家。": a count alone that closes the members told in the section before it. */
const SECTION_CLOSING = new RegExp(
  `^(?:至此|综上)[，,](?:(?:该|本|这一)?(网络|联盟)?的?)(?:首批|创始)?成员(?:单位)?(?:共计|共有|合计|总计|共|达到|为)${COUNT}家(?:国家)?(?:高新区)?。?$`,
);

/**
 * The members told in the paragraph's sentences before a count that closes them ("珠三角地区，除A外，还有B和C。长三角
 * 地区，D、E和F加入网络。…以上15家高新区构成了网络的首批成员。"): taken only when they are exactly as many as the
 * count. Their joining said along the way is the list's telling, not a change after it.
 */
export function closedLists(doc: Doc): void {
  for (const s of doc.sentences) {
    const closing = CLOSING.exec(s.text);
    const section = closing ? null : SECTION_CLOSING.exec(s.text);
    const n = closing ? countOf(closing[1] ?? "") : section ? countOf(section[2] ?? "") : undefined;
    const kind = closing?.[2] ?? section?.[1];
    const group =
      closing || section
        ? doc.anaphor(s, kind === "联盟" ? "alliance" : kind === "网络" ? "network" : undefined)
        : undefined;
    // (A count that closes its section, "至此，首批成员共计十四家。", closes the paragraphs of the section before it.)
    const before = section ? doc.sectionBefore(s) : doc.before(s);
    const first = before[0];
    if (!group || n === undefined || !first) continue;
    const key = groupKey(group);
    if (listedWhole(doc, key)) continue;
    const rollback = doc.names.mark();
    const gathered = gather(doc, before, s.item, key).zones;
    // (The lead, named apart from the list, "深圳自不必说", is one of the count when one short without it.)
    const lead = doc.claims.find(
      (x): x is Extract<typeof x, { type: "lead" }> => x.type === "lead" && groupKey(x.group) === key,
    )?.zone;
    const zones =
      gathered.length === n - 1 && lead && !gathered.includes(lead) && section ? [lead, ...gathered] : gathered;
    if (zones.length !== n || membersNamed(doc, key).some((z) => !zones.includes(z))) {
      rollback();
      continue;
    }
    dropTelling(doc, before, zones);
    const parts = partsOf(doc, before, s.item, key, zones === gathered ? undefined : lead);
    pushWholeList(doc, group, zones, doc.evSpan(first, 0, s, s.text.length), parts);
  }
}

/**
 * The joins said along the way of telling a list ("在陕西，A、B加入；…") are the list's telling, not changes after it:
 * the change claims of those sentences that only add zones of the list are dropped.
 */
export function dropTelling(doc: Doc, sentences: Sentence[], zones: string[]): void {
  const told = new Set(sentences.map((b) => doc.ev(b).quote));
  for (let i = doc.claims.length - 1; i >= 0; i--) {
    const c = doc.claims[i];
    // (A join dated in its own sentence, "合肥高新区于今年9月正式加入网络", is a change after the founding.)
    if (
      c?.type === "change" &&
      told.has(c.evidence.quote) &&
      findDates(c.evidence.quote).length === 0 &&
      c.added.every((z) => zones.includes(z)) &&
      c.removed.length === 0
    )
      doc.claims.splice(i, 1);
  }
}

/** A sentence's opening label of a part of the country ("长三角地区，…", "中西部地区的成员最多，…", "北方则有…"), or of
 *  the chain ("整机研发制造环节，…"). */
// ("测控、运营与卫星应用环节汇聚了…": the label, then a verb.)
// ("整机研制板块共四家。", "…板块由A、B…组成": a count or 由 after it; "飞控、导航与空管这一环，落在了…": 这一环.)
const PART_LABEL =
  /^([\u3400-\u9fff]{1,4}地区|北方|南方|东部|中部|西部|东北|[\u3400-\u9fff与和、]{2,14}(?:环节|板块)(?=[，,]|(?:汇聚|集聚|聚集|汇集)了|包括|则有|有|共|由|(?:同样|也|亦|则)?(?:是|为)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})家)|[\u3400-\u9fff与和、]{2,14}(?=这一环[，,]))/;
/** A clause that names the part just told again: "宁波高新区与沈阳高新区同样被列入这一环节". */
const SAME_PART = /(?:这一|这个|该|同一)(?:环节|板块)/;
/** A sentence that is a part's label and its count alone: "整机研制板块共四家。", "运载板块，四家。". */
const LABEL_ALONE =
  /^[\u3400-\u9fff与和、]{2,14}(?:环节|板块)[，,]?(?:同样|也|亦)?(?:共|有|是|为)?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})家[。：:]?$/;

/**
 * The parts of a list told a sentence or a clause each ("上游地区有A、B；中游地区有C…"), when every sentence that names
 * members opens with its part's label (a clause after it in the sentence is of the same part). The lead, named apart
 * from the list, joins the part whose words name it ("整机研发制造环节，深圳自不必说，…").
 */
export function partsOf(doc: Doc, sentences: Sentence[], item: number, key: string, lead?: string) {
  const parts: { label: string; zones: string[] }[] = [];
  const texts: string[] = [];
  // (A label said in a sentence of its own goes on to the sentences after it in its paragraph: "整机研制板块共四家。除牵头
  // 的深圳外，A、B也在其列".)
  let carried: { label: string; paragraph: number } | undefined;
  for (const s of sentences) {
    const goesOn = carried?.paragraph === s.paragraph ? carried.label : undefined;
    let label: string | undefined = SAME_PART.test(s.text) ? (goesOn ?? parts.at(-1)?.label) : goesOn;
    // ("此外，…的武汉东湖高新区，以及…，也在大会上签署了共建协议": members told apart from the parts, in none of them.)
    if (parts.length > 0 && /^(?:此外|另外|另有)[，,]/.test(s.text)) continue;
    for (const b of clausesOf(s)) {
      label = PART_LABEL.exec(b.text)?.[1] ?? label;
      const { zones } = gather(doc, [b], item, key);
      if (zones.length === 0) continue;
      if (!label) return undefined;
      const part = parts.find((p) => p.label === label);
      if (part) part.zones.push(...zones.filter((z) => !part.zones.includes(z)));
      else parts.push({ label, zones: [...zones] });
      const at = parts.findIndex((p) => p.label === label);
      texts[at] = `${texts[at] ?? ""}${b.text}`;
    }
    // (Only from a sentence that is the label and its count: not "整机研制环节，A…基础雄厚。B则专注于…", where B's own
    // work follows.)
    carried = label && LABEL_ALONE.test(s.text) ? { label, paragraph: s.paragraph } : undefined;
  }
  const short = lead ? doc.names.nameOf(lead)?.replace(/(?:高新区|示范区|工业园区)$/, "") : undefined;
  const ofLead = short ? texts.flatMap((t, i) => (t.includes(short) ? [i] : [])) : [];
  if (lead && !parts.some((p) => p.zones.includes(lead))) {
    if (ofLead.length !== 1) return undefined;
    parts[ofLead[0] as number]?.zones.unshift(lead);
  }
  return parts.length > 1 ? parts : undefined;
}

/** A sentence cut at its semicolons, each clause a sentence of its own (its characters where they were). */
function clausesOf(s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const clause of s.text.split(/(?<=[；;])/)) {
    out.push({ ...s, text: clause, map: s.map.slice(from, from + clause.length) });
    from += clause.length;
  }
  return out;
}

/**
 * The zones named in the sentences of a list, in order, with the last sentence that names one; zones said to be
 * observers (`observers`) apart, for a count may or may not take them in.
 */
export function gather(
  doc: Doc,
  sentences: Sentence[],
  item: number,
  key: string,
  through = false,
): { zones: string[]; observers: string[]; last?: Sentence } {
  const zones: string[] = [];
  const observers: string[] = [];
  let last: Sentence | undefined;
  for (const s of sentences) {
    // The list stands right after the count: it ends at the first sentence of prose that names no zone, or that
    // names another group (the next network's news).
    if (s.item !== item) break;
    // (A section the heading says lists the members is read through: "…随州高新区随后也在协议上签了字——对随州来说，这是
    // 其继加入淮河…联盟之后，参与的又一个跨区域协同组织" names another group on the way.)
    if (!through && (doc.mentions[s.index] ?? []).some((m) => groupKey(m) !== key)) break;
    // (A sentence that says one was not taken, "芜湖高新区也提交了材料，但此次未能入选", names no member.)
    if (REJECTED.test(s.text)) continue;
    // (A group's own name is no run of zones: "长江中游国家高新区协同创新联盟" names none.)
    let text = s.text;
    for (const m of doc.mentions[s.index] ?? [])
      text = text.slice(0, m.start) + "，".repeat(m.end - m.start) + text.slice(m.end);
    const chunks = text.split(/[，,。；;：:！!？?]/);
    // (A clause that says a zone is not a member yet, "南京高新区已提交入网申请", names none.)
    const runs = chunks.map((chunk) => {
      if (NOT_YET.test(chunk)) return [];
      const counted = COUNTED_BARE.exec(chunk);
      return [...chunk.matchAll(NAMED_RUN), ...(counted ? [counted] : [])].map((m) => ({
        m,
        observer: OBSERVER.test(chunk),
      }));
    });
    // (A sentence that announces how they are spread, "从地域分布看，成员单位自上游一直延伸到下游", goes on to them.)
    // (…nor one that opens a part of the chain before its members, "中游是成员最集中的一段，覆盖…".)
    const announces = /^从[\u3400-\u9fff]{1,6}看|分布|^(?:上游|中游|下游)(?:是|为|则)/.test(s.text);
    if (zones.length + observers.length > 0 && s.text.length > 20 && runs.every((r) => r.length === 0) && !announces) {
      if (through) continue;
      break;
    }
    for (const { m, observer } of runs.flat()) {
      const read = readRun(doc, s, m);
      // One that cannot be read leaves the list unread: the others may match the count without it.
      if (read === UNREADABLE) return { zones: [], observers: [] };
      const into = observer ? observers : zones;
      for (const z of read) if (!zones.includes(z) && !observers.includes(z)) into.push(z);
      if (read.length > 0) last = s;
    }
  }
  return { zones, observers, last };
}

/** A sentence that says a zone was turned down or not chosen. */
const REJECTED =
  /未能(?:入选|加入|入网|入盟|通过)|未获(?:批准|通过|批)|未入选|落选|未予(?:通过|批准)|没有(?:入选|通过|获批)/;
/** A clause that names zones as not members yet, or no longer: applying, planned, leaving, absent. */
const NOT_YET = /申请|(?<![虚模])拟|尚未|未(?:加入|入网|入盟|派|出席)|退出|不再|有意|意向|计划|将于|正在/;
/** A clause that names observers ("观察员单位为乐山高新区"): members for some counts, not for others. */
const OBSERVER = /观察员/;

/** A zone's official long name that names no zone: the list it stands in is not read. */
const UNREADABLE = Symbol("unreadable");

/** The zones one run of names reads as (none when it is no run of places' names). */
function readRun(doc: Doc, s: Sentence, m: RegExpMatchArray): string[] | typeof UNREADABLE {
  // "长三角地区有南京、芜湖、合肥3家": bare names counted, without a suffix, as many as the count.
  const counted = m[0].endsWith("家") ? countOf(m[2] ?? "") : undefined;
  const run = (m[1] ?? "")
    .replace(INTRO, "")
    .replace(/^[“”"「」\s、]+/, "")
    .replace(/^(?:以及|和|及|与)/, "");
  // A province before the names is every name's ("广西的南宁、柳州…": 广西南宁, 广西柳州).
  // (A municipality's name alone is the zone's: "重庆高新区".)
  const opening = PROVINCE_FIRST.exec(run);
  // (…not one that is a name of the list itself: "重庆、长沙、西安三家高新区".)
  const province =
    opening && opening[0].length < run.length && run[opening[0].length] !== "、" ? opening[1] : undefined;
  const names = province ? run.slice(opening?.[0].length ?? 0) : run;
  const items = names.split("、");
  // ("是中关村国家自主创新示范区": a known zone's full name, alone, as written.)
  const written = items.length === 1 ? doc.names.knownZone(`${run}${m[0].slice((m[1] ?? "").length)}`) : undefined;
  if (written) return [written];
  if (counted !== undefined && (items.length < 2 || items.length !== counted)) return [];
  // ("长春国家高新技术产业开发区", "武汉东湖新技术开发区": a zone's full name, read as its 高新区.)
  const suffix =
    counted || /开发区$/.test(m[0])
      ? "高新区"
      : m[0].slice(m[0].length - (/(?:工业园区|科技园区)$/.test(m[0]) ? 4 : 3));
  // A zone's official long name ("杨凌农业高新技术产业示范区"), alone.
  if (OFFICIAL_NAME.test(names)) {
    const one = resolveList(doc, s, `${names}${suffix}`, { bare: false, level: "national" })?.zones ?? [];
    return one.length === 1 ? one : UNREADABLE;
  }
  // ("落在了成都、南京两家高新区身上": words before the first name, up to a known zone's own short name.)
  const first = items[0] ?? "";
  if (items.length > 1 && (first.length > 6 || NOT_A_PLACE.test(first))) {
    const tail = [...first]
      .map((_, i) => first.slice(i))
      .find((x) => x.length >= 2 && doc.names.knownZone(`${x}高新区`));
    if (tail) items[0] = tail;
  }
  // Bare names of two to six characters (a place's, "呼和浩特金山"), each: nothing else is taken for a zone here.
  // (Nor provinces: "广东、广西两省区7家国家高新区".)
  if (items.some((x) => x.length < 2 || x.length > 6 || NOT_A_PLACE.test(x) || PROVINCE_ITEM.test(x))) return [];
  const placed = items.map((x) => `${province ?? ""}${x}`);
  // ("无锡、苏州工业园区、杭州…": a park's own name ends the run; the names before it are bare.)
  const park = /园区$/.test(suffix) && placed.length > 1 ? doc.names.knownZone(`${placed.at(-1)}${suffix}`) : undefined;
  if (park) {
    const before = resolveList(doc, s, placed.slice(0, -1).join("、"), { bare: true, level: "national" })?.zones;
    return before ? [...before, park] : [];
  }
  const text = placed.length === 1 ? `${placed[0]}${suffix}` : placed.join("、");
  return resolveList(doc, s, text, { bare: true, level: "national" })?.zones ?? [];
}
