/**
 * A member list told one part per section, each heading naming its part and counting it ("■整机研制（五家）：“把飞机造出来”",
 * "■核心部件（四家）：…", "■运营与场景（五家）：…"): the zones each section names, exactly as many as its heading says,
 * and the parts together exactly as many as the members the item counts before them ("由…的十四家国家高新区共同发起",
 * or the title's "十四家高新区“组网”"); a list another reader took whole, the same zones, gains the parts. Any other
 * outcome reads nothing.
 */
import { isHeadingLine } from "../heading.ts";
import type { ListPart } from "../schema.ts";
import type { Doc } from "./context.ts";
import { dropTelling, gather } from "./harvest.ts";
import { COUNT, countOf, membersNamed, pushWholeList } from "./lists.ts";
import { groupKey, PROVINCES } from "./names.ts";
import { type Sentence, sectionAfter } from "./sentences.ts";

/** A heading that names a part and counts it: "■整机研制（五家）：…", "■核心部件（4家）". */
// ("■ 医学影像与诊断装备（四家）：…": a space after the mark.)
const LABEL_COUNTED = `\\s*([\\u3400-\\u9fff与和、]{2,12})[（(]${COUNT}家[）)]`;
export const PART_HEADING = new RegExp(`^[■●◆▲□]?${LABEL_COUNTED}`);
/** …or a sentence a mark opens, its part's zones after the colon: "■ 体外诊断（三家）：杭州高新区、中关村示范区、…。" */
const MARKED_PART = new RegExp(`^[■●◆▲□]${LABEL_COUNTED}[：:]`);
/** Newcomers told: the parts are theirs, not the whole list's ("会上有九家国家高新区加入联盟"). */
const NEWCOMERS =
  /新加入|新增|新吸纳|新入网|新入盟|扩容|增至|增加到|(?<!首批)加入(?:了)?(?:该|本)?(?:联盟|网络)|入网|入盟/;
/** A body inside the group, whose members a count may be of ("工作组…首批成员单位共计五家"). */
const SUB_BODY = /工作组|专委会|专业委员会|委员会|专班|分会|联合体|专题组/;
/** The members counted before the parts (not those the lead joins with, "A联合全国十一家国家高新区共同发起"):
 *  "十四家国家高新区共同发起", "首批成员共十四家", "十六家成员高新区按省份划分如下";
 *  or in the title. */
const TOTAL = new RegExp(
  `(?<!联合(?:全国)?(?:其他|另外)?)(?<![\\d一二两三四五六七八九十])${COUNT}家(?:国家)?高新区(?:共同)?(?:发起|组建|签署|组成|参与(?:发起|组建))|(?:首批|创始)?成员(?:单位)?(?:共有?|共计|合计|总计)${COUNT}家|^${COUNT}家(?:国家)?高新区|${COUNT}家成员(?:高新区|单位)(?:按|分属|分布)`,
);

/**
 * The members counted before a list told in sections (in the item before its first section, or in a title that tells
 * the founding: "十四家高新区“组网”…在合肥启动"); null when newcomers are told there (the sections are theirs).
 */
export function foundingTotal(doc: Doc, first: Sentence): number | undefined | null {
  const before = doc.sentences.filter((x) => x.item === first.item && x.index < first.index).map((x) => x.text);
  // (Not newcomers: "五家高新区新加入…".)
  if ([...before, doc.article.title ?? ""].some((t) => NEWCOMERS.test(t))) return null;
  const title = /组网|启动|成立|组建|共建|发起/.test(doc.article.title ?? "") ? (doc.article.title ?? "") : "";
  // (Not a count said of a body inside the group: its members are not the group's.)
  return [...before.filter((t) => !SUB_BODY.test(t)), title]
    .map((t) => TOTAL.exec(t))
    .flatMap((m) => (m ? [countOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "")] : []))
    .find((n) => n !== undefined);
}

/** The parts are told of the members but the lead: "牵头单位之外的十三家成员分布如下：", "除牵头单位外…". */
const BUT_LEAD = /牵头单位(?:之外|以外)|除(?:了)?牵头单位/;

/**
 * The group's lead, when the sentence before the first part says the parts leave it out: as a claim names it, or the
 * one zone a whole list read elsewhere has beyond the parts.
 */
function allButLead(doc: Doc, first: Sentence, key: string, beyond: string[] | undefined): string | undefined {
  if (!BUT_LEAD.test(doc.sentences[first.index - 1]?.text ?? "")) return undefined;
  const lead = doc.claims.find(
    (c): c is Extract<typeof c, { type: "lead" }> => c.type === "lead" && groupKey(c.group) === key,
  );
  return lead?.zone ?? (beyond?.length === 1 ? beyond[0] : undefined);
}

export function partSections(doc: Doc): void {
  const marked = (s: Sentence) => MARKED_PART.test(s.text) && !isHeadingLine(s.text);
  const headings = doc.sentences.filter((s) => (isHeadingLine(s.text) && PART_HEADING.test(s.text)) || marked(s));
  if (headings.length < 2) return;
  // (Parts of the chain, not provinces or regions: "■江苏（两家）" of newcomers by province is no list of all.)
  const labels = headings.map((h) => PART_HEADING.exec(h.text)?.[1] ?? "");
  if (labels.some((l) => PROVINCES.some((p) => l.startsWith(p)) || /地区|片区|区域|省|市/.test(l))) return;
  const first = headings[0] as Sentence;
  if (headings.some((h) => h.item !== first.item)) return;
  const group = doc.groupBefore(first, 0) ?? doc.anaphor(first);
  if (!group) return;
  const key = groupKey(group);
  // (A list another reader took whole, the same zones, gains the parts.)
  const whole = doc.claims.find(
    (c): c is Extract<typeof c, { type: "members" }> => c.type === "members" && groupKey(c.group) === key && !c.partial,
  );
  const total = foundingTotal(doc, first);
  if (total === null) return;
  const rollback = doc.names.mark();
  const parts: ListPart[] = [];
  const sections: Sentence[][] = [];
  // (The sentence before the first section may say what all of them are: "网络成员按产业链环节分为三个板块：".)
  // ("…分为四个板块，牵头单位之外的十三家成员分布如下：" says it too.)
  const intro = /(板块|环节)[：:]?$|分为[^，,。；;]{0,6}?(板块|环节)/.exec(doc.sentences[first.index - 1]?.text ?? "");
  const allAre = intro?.[1] ?? intro?.[2] ?? "";
  for (const h of headings) {
    const m = PART_HEADING.exec(h.text);
    // (A marked sentence is its own section: its zones follow the colon; what the paragraph says next describes them.)
    const section = marked(h) ? [h] : sectionAfter(doc.sentences, h, 8);
    const zones = gather(doc, section, h.item, key, true).zones.filter((z) => !parts.some((p) => p.zones.includes(z)));
    if (!m || zones.length !== countOf(m[2] ?? "")) {
      rollback();
      return;
    }
    // (The part's word as its section says it: "整机研制板块"; else as the sentence before them all does.)
    const said = section.map((x) => x.text).join("");
    const word = /板块/.test(said) ? "板块" : /环节/.test(said) ? "环节" : allAre;
    parts.push({ label: `${m[1] ?? ""}${word}`, zones });
    sections.push(section);
  }
  // ("牵头单位之外的十三家成员分布如下：": the parts are the members but the lead, whom the item names before them.)
  const told = parts.flatMap((p) => p.zones);
  const lead = allButLead(
    doc,
    first,
    key,
    whole?.zones.filter((z) => !told.includes(z)),
  );
  const zones = [...(lead && !told.includes(lead) ? [lead] : []), ...told];
  if (whole) {
    rollback();
    const same = whole.zones.length === zones.length && zones.every((z) => whole.zones.includes(z));
    if (same && !whole.parts) whole.parts = parts;
    return;
  }
  if (total === undefined || zones.length !== total || membersNamed(doc, key).some((z) => !zones.includes(z))) {
    rollback();
    return;
  }
  const all = sections.flat();
  const last = all.at(-1) as Sentence;
  dropTelling(doc, all, zones);
  pushWholeList(doc, group, zones, doc.evSpan(all[0] as Sentence, 0, last, last.text.length), parts);
}
