/**
 * A member list announced with its count, in whatever layout follows the announcement:
 *   "16家发起单位是：河南的郑州、洛阳、新乡高新区，陕西的西安…，以及山东的济南、淄博高新区。"
 *   "网络首批成员单位共14家，按区域排列如下：" then one line per region ("长三角：A、B、C"), a lead marked
 *   "（牵头单位）".
 * The list is read segment by segment (a segment is what stands between commas or on one line): a region label
 * ("长三角：") and a province ("河南的") are set aside, a bracketed role is read, and a suffix written once at the
 * end of a segment ("郑州、洛阳、新乡高新区") is every item's. The list is taken only when every item is a zone
 * and there are exactly as many zones as the count: the count is the proof that nothing was misread.
 */
import type { Evidence } from "../schema.ts";
import type { Doc } from "./context.ts";
import { COUNT, countOf, countsClaimed, splitItems } from "./lists.ts";
import type { GroupRef } from "./names.ts";
import { groupKey, PROVINCES } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/**
 * "(首批)成员单位共N家", "N家发起单位", "N家首批成员", "成员单位名单（N家，排名不分先后）": the announcement, then
 * what introduces the list.
 */
const ANNOUNCED = new RegExp(
  `(?:(?:首批|创始)?(?:成员单位|成员园区|发起单位|成员)(?:共|总数为?|为|增至|增加到|增加至|扩大到|达到)?${COUNT}家|${COUNT}家(?:首批|(?<=(?:调整后|至此|目前|现有)[，,]?(?:网络|联盟)?\\d{1,2}家|(?:调整后|至此|目前|现有)[，,]?(?:网络|联盟)?[一二两三四五六七八九十]{1,3}家)正式)?(?:发起单位|成员单位|成员园区|创始成员|成员)|(?:首批|创始)?(?:成员单位|成员园区|发起单位|成员)(?:名单)?(?:如下)?[（(]共?${COUNT}家(?:[，,][^）)]{1,12})?[）)])`,
);
/**
 * "(联盟)发起单位(自西向东)依次为：", "首批成员单位为：", "首批成员单位名单（按区域）：": a list announced without its
 * count.
 */
const UNCOUNTED =
  /(?:发起单位|成员单位|首批成员(?:单位)?|创始成员(?:单位)?|成员名单|(?:网络|联盟)成员(?=[\u3400-\u9fff]{0,8}?如下)|(?:参与组建|共同组建|参与|参加|加入)(?:网络|联盟)?的(?:国家)?高新区)[\u3400-\u9fff]{0,8}?(?:依次为|依次是|分别为|分别是|为|是|包括|名单如下|如下|名单[（(][\u3400-\u9fff]{1,8}[）)](?=[：:]$))[：:]?/;
/** "成员除牵头单位X外，还包括…": the one set aside, then the others (without a count). */
const BESIDES_UNCOUNTED = /成员(?:单位)?除(?:牵头单位)?([\u3400-\u9fff]{2,16}?)(?:之)?外[，,](?:还)?(?:包括|有)[：:]?/;
/**
 * After the announcement: "是：", "分别是", "包括", "如下：", "名单如下：", possibly after a short clause; or nothing
 * (a heading line, "…名单（14家）", whose list is on the lines after).
 */
const INTRO =
  /^(?:[，,]?[\u3400-\u9fff（）()]{0,12}?)?(?:分别是|分别为|是|为|包括|有|如下|名单如下)?(?:[：:]|——$|—$)|^$|^。$/;
/** "除发起单位外，首批成员还包括…": the lead or initiator, named in an earlier sentence, set aside. */
const SET_ASIDE = /除(?:牵头|发起)(?:单位|方)(?:之)?外[，,]/;
/** "由X牵头/发起": the zone an earlier sentence of the item names as lead or initiator. */
function namedBefore(doc: Doc, s: Sentence): { zones: string[]; sentence: Sentence } | undefined {
  for (const b of doc.before(s).reverse()) {
    const m = /由([\u3400-\u9fff]{2,16}?)(?:牵头|发起)/.exec(b.text);
    const read = m ? readSegment(doc, b, m[1] ?? "") : undefined;
    if (read) return { zones: read.zones, sentence: b };
  }
  return undefined;
}

/** "，除深圳外，还包括…": the list after one member set aside. */
const BESIDES = /^[，,](?:除([\u3400-\u9fff]{2,12}?)(?:之)?外[，,])?(?:还)?(?:包括|有)[：:]?/;
const PROVINCE_OF = new RegExp(`^(${PROVINCES.join("|")})(?:省|自治区|市)?的`);
/** "长三角：", "重庆市（4家）：": a region's label, with its own count perhaps. */
const REGION_LABEL = /^[\u3400-\u9fff]{2,10}(?:[（(]\d+家[）)])?[：:]/;
const PROVINCE_LABEL = new RegExp(`^(${PROVINCES.join("|")})(?:省|自治区|市)?[：:]$`);
const ROLE = /[（(]([^）)]{1,12})[）)]/g;
/** The item a lead's role follows, in a segment: its name. */
const MARKED_ITEM = /(?:^|[、，,：:])([\u3400-\u9fff]{2,16}?)[（(][^）)]{0,6}牵头[^）)]{0,6}[）)]/;
const JOINT = /^(?:以及|及|和|还有|另有)?(?:新加入|新增|新入网|新吸纳)?(?:的)?/;
const SUFFIX = /(高新区|工业园区|示范区)$/;
/** Lines of a block list at most. */
const MAX_LINES = 40;

export function countedList(doc: Doc, s: Sentence): void {
  const m = ANNOUNCED.exec(s.text);
  if (!m) {
    if (
      !partsOfMembers(doc, s) &&
      !partsByParagraph(doc, s) &&
      !namedParts(doc, s) &&
      !provinceParts(doc, s) &&
      !totalAtEnd(doc, s)
    )
      fullNameList(doc, s);
    return;
  }
  const n = countOf(m[1] ?? m[2] ?? m[3] ?? "");
  if (n === undefined || n < 2) return;
  const after = s.text.slice((m.index ?? 0) + m[0].length);
  // "首批10家成员单位中，华北地区3家，分别为A、B、C；华东地区5家，分别为…": the parts in the same sentence.
  // (The arrangement alone, "…共14家，按区域排列如下：", has its list on the lines after.)
  const within = PARTS_WITHIN.exec(after);
  const withinParts = within ? chunkParts(s, after.slice(within[0].length)) : [];
  if (within && (withinParts.length > 0 || !/^[，,]?按/.test(within[0]))) {
    const group = withinParts.length > 0 ? groupOf(doc, s, m.index ?? 0) : undefined;
    if (group) pushParts(doc, s, group, withinParts, n);
    return;
  }
  const intro = INTRO.exec(after) ?? BESIDES.exec(after);
  if (!intro) return;
  const group = groupOf(doc, s, m.index ?? 0);
  if (!group) return;
  let inline = after.slice(intro[0].length).replace(/[。；;]$/, "");
  // "…等13家国家高新区": the list's own count, which must match too.
  const tail = new RegExp(`等${COUNT}家(?:国家)?高新区$`).exec(inline);
  if (tail) inline = inline.slice(0, tail.index);
  const rollback = doc.names.mark();
  // "…共13家。其中，湖北5家：A、B…；湖南4家：…": parts with their own counts, in the sentences after, each part's
  // count checked as the whole's is.
  const parts = inline.length > 0 ? [] : partsAfter(doc, s);
  // (A sentence that ends at its count has its list after it only in parts: not a block of lines.)
  if (intro[0] === "。" && parts.length === 0) return;
  const lines =
    inline.length > 0 ? inlineLines(s, inline) : blockAfter(doc, s).map((x) => ({ s: x, text: endless(x.text) }));
  const read = parts.length > 0 ? readParts(doc, parts) : readLines(doc, lines, Boolean(tail));
  // "除深圳外，还包括A、B…": the one set aside is a member too.
  const besides = intro[1] ? readSegment(doc, s, intro[1]) : undefined;
  if (read && besides) read.zones.unshift(...besides.zones.filter((z) => !read.zones.includes(z)));
  const listed = read ? read.zones.length - (besides?.zones.length ?? 0) : 0;
  if (!read || read.zones.length !== n || (intro[1] && !besides) || (tail && countOf(tail[1] ?? "") !== listed)) {
    rollback();
    return;
  }
  const last =
    inline.length > 0
      ? s
      : ((parts.length > 0 ? parts[parts.length - 1]?.s : doc.sentences[s.index + read.lines]) as Sentence);
  const evidence = last === s ? doc.ev(s) : doc.evSpan(s, 0, last, last.text.length);
  pushNamedList(doc, group, read, evidence);
}

/**
 * "联盟发起单位自西向东依次为：A高新区、B高新区…": a list announced without a count is taken when every item is a full
 * zone name (with its suffix) and there are three at least.
 */
function fullNameList(doc: Doc, s: Sentence) {
  const besides = BESIDES_UNCOUNTED.exec(s.text);
  const m = besides ?? UNCOUNTED.exec(s.text);
  if (!m) return;
  const group = groupOf(doc, s, m.index ?? 0);
  // "…如下——" ends with a dash: the list is on the lines after.
  const listed = s.text
    .slice((m.index ?? 0) + m[0].length)
    .replace(/[。；;]$/, "")
    .replace(/^[—–-]+$/, "");
  // "…，无锡高新区；共13家": the list's total after it, which must match it.
  const total = new RegExp(`[；;，,](?:共|共计|合计|总计)${COUNT}家$`).exec(listed);
  const inline = total ? listed.slice(0, total.index) : listed;
  // Inline ("…依次为：A高新区、B高新区") or one per line after "名单如下：" ("A高新区（牵头单位）" on its own line).
  // The list ends at the first line that is not one of names (a heading, the next topic).
  const block =
    inline.length > 0 ? inlineLines(s, inline) : blockAfter(doc, s).map((x) => ({ s: x, text: endless(x.text) }));
  const end = block.findIndex((l) => !fullNames(l.text) || !SUFFIX.test(l.text.replace(ROLE, "")));
  const lines = end < 0 ? block : block.slice(0, end);
  const items = lines.flatMap((l) => splitItems(l.text.replace(ROLE, "").replace(/[，,]/g, "、")));
  if (!group || items.length < 3) return;
  const rollback = doc.names.mark();
  const read = readLines(doc, lines);
  // "除牵头单位X外": X is a member too, ahead of the others; "除发起单位外": the one an earlier sentence of the item
  // names so ("联盟由X发起。").
  const named = !besides && SET_ASIDE.test(s.text.slice(0, m.index)) ? namedBefore(doc, s) : undefined;
  const first = besides ? readSegment(doc, s, besides[1] ?? "") : named;
  if (
    !read ||
    read.zones.length !== items.length ||
    (besides && !first) ||
    (total && countOf(total[1] ?? "") !== read.zones.length + (first?.zones.length ?? 0))
  ) {
    rollback();
    return;
  }
  if (first) read.zones.unshift(...first.zones.filter((z) => !read.zones.includes(z)));
  const last = lines[lines.length - 1]?.s ?? s;
  // The quote runs from the sentence that names the one set aside, when it is an earlier one.
  const from = named?.sentence ?? s;
  const evidence = last === from ? doc.ev(s) : doc.evSpan(from, 0, last, last.text.length);
  pushNamedList(doc, group, read, evidence, doc.ev(s));
}

/** "成员包括A、B…10家国家高新区，以及安徽省级高新区K高新区，共11家" ("参加网络的国家高新区有：A、B…，共8家"): the list,
 *  then its total. */
const TOTAL_AT_END = new RegExp(
  `(?:成员(?:单位)?|(?:参与|参加|加入)(?:网络|联盟)?的(?:国家)?高新区)(?:包括|有|为|是|分别是|分别为)[：:]?([^。；;]+?)[，,](?:合计|总计|共计|共)${COUNT}家(?:成员(?:单位)?)?[。；;]?$`,
);

/** A list whose total closes it: read segment by segment, taken when it has exactly that many zones. */
function totalAtEnd(doc: Doc, s: Sentence): boolean {
  const m = TOTAL_AT_END.exec(s.text);
  const n = countOf(m?.[2] ?? "");
  const group = m ? groupOf(doc, s, m.index ?? 0) : undefined;
  if (!m || !group || n === undefined || n < 2) return false;
  // ("…；江西省成员为A、B…，共5家。": one province's or region's members, the last part of a list by place.)
  if (/(?:省|市|自治区|地区|片区)$/.test(s.text.slice(0, m.index))) return false;
  const rollback = doc.names.mark();
  const read = readLines(doc, inlineLines(s, m[1] ?? ""));
  if (!read || read.zones.length !== n) {
    rollback();
    return false;
  }
  pushNamedList(doc, group, read, doc.ev(s));
  return true;
}

/** A list read whole: its length is its count (checked against the text's, where it gives one); its lead too. */
export function pushNamedList(
  doc: Doc,
  group: GroupRef,
  read: { zones: string[]; lead?: string; parts?: { label: string; zones: string[] }[] },
  evidence: Evidence,
  leadEvidence: Evidence = evidence,
) {
  doc.claims.push({
    type: "members",
    group,
    zones: read.zones,
    others: [],
    count: read.zones.length,
    countIncludesLead: true,
    partial: false,
    ...(read.parts ? { parts: read.parts } : {}),
    evidence,
  });
  if (read.lead) doc.claims.push({ type: "lead", group, zone: read.lead, evidence: leadEvidence });
}

/**
 * A part of a list with its own count, after the announcement in the same paragraph: "其中，湖北5家：A、B…；",
 * "按省区划分：青海1家，为A；", "甘肃2家，为B、C；", "华中地区2家，即A和B；".
 */
const PART = new RegExp(
  `^(?:其中[，,])?(?:按[\\u3400-\\u9fff]{1,4}(?:划分|分布|排列)[：:，,])?([\\u3400-\\u9fff]{2,8}?)(?:省|市|自治区)?${COUNT}家[，,]?(?:分别)?(?:为|是|即|包括|有)?[：:]?`,
);

type Part = { s: Sentence; text: string; count: number; label: string };

/** What leads into parts within the announcing sentence: "…N家成员单位中，", "…共N家，其中，". */
/** (Or the way the parts are arranged: "首批18家成员按流域分布：上游地区7家，分别是…；中游地区5家…".) */
const PARTS_WITHIN = /^(?:中|[，,]其中|[，,]?按[\u3400-\u9fff]{1,4}(?:划分|分布|排列)(?:如下)?)[，,：:]/;
/**
 * A sentence of parts only, right after one about the members ("联盟成员单位覆盖…。其中，四川8家：…",
 * "…共有14家国家高新区参与。按区域划分，华东地区6家，分别是…").
 */
const PARTS_ONLY =
  /^(?:其中|按[\u3400-\u9fff]{1,4}(?:划分|分布|排列)|从[\u3400-\u9fff]{1,6}?(?:分布|构成)?(?:来)?看)[，,：:]/;

/** The parts one text holds, each ending at "；": all of them, or none when one chunk is not a part. */
function chunkParts(s: Sentence, text: string): Part[] {
  const parts = textParts(s, text) ?? [];
  return parts.length >= 2 ? parts : [];
}

/** Every chunk of the text (ending at "；") read as a part, or undefined when one is not a part. */
function textParts(s: Sentence, text: string): Part[] | undefined {
  const parts: Part[] = [];
  for (const chunk of text.split(/[；;]/).filter((x) => x.replace(/[。\s]/g, "").length > 0)) {
    const m = PART.exec(chunk);
    if (!m) return undefined;
    parts.push({ s, text: endless(chunk.slice(m[0].length)), count: countOf(m[2] ?? "") ?? 0, label: m[1] ?? "" });
  }
  return parts;
}

function partsAfter(doc: Doc, s: Sentence): Part[] {
  const parts: Part[] = [];
  for (let i = s.index + 1; i < doc.sentences.length && parts.length < MAX_LINES; i++) {
    const line = doc.sentences[i] as Sentence;
    if (line.item !== s.item || line.paragraph !== s.paragraph) break;
    // The parts stand one after another, each ending at "；" (or the sentence's end).
    for (const chunk of line.text.split(/[；;]/).filter((x) => x.replace(/[。\s]/g, "").length > 0)) {
      const m = PART.exec(chunk);
      if (!m) return parts.length >= 2 ? parts : [];
      const label = m[1] ?? "";
      parts.push({ s: line, text: endless(chunk.slice(m[0].length)), count: countOf(m[2] ?? "") ?? 0, label });
    }
    if (/[。！？]$/.test(line.text)) break;
  }
  return parts.length >= 2 ? parts : [];
}

/**
 * "其中，四川8家：A、B…；重庆4家：C、D…": a sentence of counted parts right after one about the members of a group
 * (in the same paragraph). No whole count is given: each part's count is the proof, and their sum is the count.
 */
function partsOfMembers(doc: Doc, s: Sentence): boolean {
  const before = doc.sentences[s.index - 1];
  if (!PARTS_ONLY.test(s.text) || !before || before.paragraph !== s.paragraph) return false;
  const parts = chunkParts(s, s.text.slice(PARTS_ONLY.exec(s.text)?.[0].length ?? 0));
  const sum = parts.reduce((n, p) => n + p.count, 0);
  // The sentence before speaks of the members, or counts the zones that take part as the parts add up
  // ("共有14家国家高新区参与").
  const counted = [...before.text.matchAll(new RegExp(`${COUNT}家(?:国家)?高新区`, "g"))].some(
    (m) => countOf(m[1] ?? "") === sum,
  );
  const group = parts.length > 0 ? groupOf(doc, before, before.text.length) : undefined;
  // (Or the item, earlier, counts zones as the parts add up: "来自沿黄8个省区的18家国家高新区…齐聚郑州".)
  const zonesCounted = new RegExp(`${COUNT}家(?:国家)?高新区`, "g");
  const itemCount = doc.sentences.some(
    (b) =>
      b.item === s.item &&
      b.index < s.index &&
      [...b.text.matchAll(zonesCounted)].some((m) => countOf(m[1] ?? "") === sum),
  );
  if (!/成员/.test(before.text) && !counted && !itemCount) return false;
  if (!group) return false;
  // A count the sentence before or the group's own count claims give, other than the sum, is the whole: the parts
  // are some of it ("19家成员单位分布在黄河上中下游。其中，河南省4家…；陕西省3家…；山东省3家…": 10 of 19).
  const wholes = [
    ...[...before.text.matchAll(new RegExp(`${COUNT}家`, "g"))].map((m) => countOf(m[1] ?? "")),
    ...countsClaimed(doc, groupKey(group)),
  ];
  if (wholes.length > 0 && !wholes.includes(sum)) return false;
  return pushParts(doc, s, group, parts, sum, before);
}

/**
 * "联盟成员分布于川渝两地。其中——" and then one paragraph a part ("重庆市4家：A、B、C、D；", "四川省8家：…。"):
 * two parts at least, right after a sentence about the members; each part's count is the proof.
 */
function partsByParagraph(doc: Doc, s: Sentence): boolean {
  const before = doc.sentences[s.index - 1];
  if (!/(?:^|。)其中(?:——|—|：|:)$/.test(s.text) || !before || !/成员/.test(before.text)) return false;
  const parts: Part[] = [];
  let last = s;
  for (let i = s.index + 1; i < doc.sentences.length && parts.length < MAX_LINES; i++) {
    const line = doc.sentences[i] as Sentence;
    const read = textParts(line, line.text);
    if (!read?.length) break;
    parts.push(...read);
    last = line;
  }
  if (parts.length < 2) return false;
  const group = groupOf(doc, before, before.text.length);
  if (!group) return false;
  return pushParts(
    doc,
    last,
    group,
    parts,
    parts.reduce((n, p) => n + p.count, 0),
    before,
  );
}

/**
 * "网络成员单位覆盖东部、中部…：东部有A、B、C3家高新区；中部有…7家高新区；东北地区为D高新区。", "联盟首批成员按省区
 * 分布如下：青海省1家，为A；甘肃省2家，为B、C；…": after a colon, a part a chunk, each a region or province that
 * has (有/为/是/包括) its zones, its count after them (or before them, or as many as it names). Two parts at least;
 * a whole count stated before the colon must be their sum.
 */
function namedParts(doc: Doc, s: Sentence): boolean {
  const colon = /[：:]/.exec(s.text);
  const head = colon ? s.text.slice(0, colon.index) : "";
  // (Or the whole sentence is the parts, each counted, right after one about the members: "联盟成员覆盖黄河上中下游。
  // 上游地区有A、B…7家国家高新区；中游地区有…4家国家高新区；…")
  const before = doc.sentences[s.index - 1];
  const after = !colon && before?.paragraph === s.paragraph && /成员/.test(before.text) ? before : undefined;
  if (!after && (!colon || !/成员|发起单位/.test(head))) return false;
  const parts: Part[] = [];
  for (const chunk of s.text
    .slice(colon ? colon.index + 1 : 0)
    .split(/[；;]/)
    .filter((x) => x.replace(/[。\s]/g, "").length > 0)) {
    const text = endless(chunk);
    // "东部有A、B3家高新区", or the count first: "青海省1家，为青海高新区".
    const named = NAMED_PART.exec(text);
    const counted = named ? null : PART.exec(text);
    // ("宁夏回族自治区2家": the province is 宁夏.)
    // (A region counted first may say 地区 or 片区: "上游地区7家，分别是…".)
    const label = (named?.[1] ?? counted?.[1] ?? "")
      .replace(/(?:回族|维吾尔|壮族)$/, "")
      .replace(/(?<=^.{2})(?:地区|片区)$/, "");
    if (!(named || counted) || !(isRegionLabel(label) || PROVINCES.includes(label))) return false;
    const items = named ? (named[2] ?? "") : text.slice(counted?.[0].length ?? 0);
    if (after && !named?.[3]) return false;
    const count = named ? (named[3] ? countOf(named[3]) : items.split("、").length) : countOf(counted?.[2] ?? "");
    parts.push({
      s,
      text: items,
      count: count ?? 0,
      label: text.startsWith(`${label}地区`) ? `${label}地区` : label,
    });
  }
  if (parts.length < 2) return false;
  const sum = parts.reduce((n, p) => n + p.count, 0);
  // (The count of the sentence about the members, when the parts follow it: "19家成员单位分布在…。其中，河南省4家，
  // 为…；陕西省3家，为…" names 10 of 19, and more follow in other sentences.)
  const stated = new RegExp(`${COUNT}家`).exec(after ? after.text : head);
  if (stated && countOf(stated[1] ?? "") !== sum) return false;
  const group = after ? groupOf(doc, after, after.text.length) : groupOf(doc, s, colon?.index ?? 0);
  return group ? pushParts(doc, s, group, parts, sum, after) : false;
}
/** "成员包括湖北省的A、B…6家高新区，湖南省的C…5家高新区，以及江西省的D…5家高新区": parts after the intro. */
const MEMBERS_INCLUDE = /成员(?:单位)?(?:包括|有|为|是|分别是|分别为)[：:]?/;
/** One part: a province's zones, counted after them. */
const PROVINCE_PART = new RegExp(
  `^(?:以及|及|和|还有)?(${PROVINCES.join("|")})(?:省|市|自治区)?的([\\u3400-\\u9fff、]+?)${COUNT}家(?:国家|省级)?高新区$`,
);

/**
 * The members, listed by province after "成员包括", each part with its own count and no whole count: every part
 * must read as many zones as it says (two parts at least), and their sum is the count.
 */
function provinceParts(doc: Doc, s: Sentence): boolean {
  const m = MEMBERS_INCLUDE.exec(s.text);
  if (!m) return false;
  const parts: Part[] = [];
  for (const chunk of endless(s.text.slice(m.index + m[0].length))
    .split(/[，,；;]/)
    .filter((x) => x.length > 0)) {
    const part = PROVINCE_PART.exec(chunk);
    if (!part) return false;
    parts.push({ s, text: part[2] ?? "", count: countOf(part[3] ?? "") ?? 0, label: part[1] ?? "" });
  }
  const group = parts.length >= 2 ? groupOf(doc, s, m.index) : undefined;
  if (!group) return false;
  return pushParts(
    doc,
    s,
    group,
    parts,
    parts.reduce((n, p) => n + p.count, 0),
  );
}

/** A named part: its label, what it has, and that list's count ("中部有芜湖、合肥…7家高新区"). */
// ("华中地区有A、B、C3家", "北方和西部地区则有D、E3家": the count without 高新区, two regions as one label.)
const NAMED_PART = new RegExp(
  `^([\\u3400-\\u9fff]{2,3}?|[\\u3400-\\u9fff]{2,4}(?:和|及|与|、)[\\u3400-\\u9fff]{2,4}?)(?:地区|省|市|自治区)?(?:则|还|也)?(?:有|为|是|包括)([\\u3400-\\u9fff、]+?)(?:${COUNT}家(?:(?:国家|省级)?高新区)?)?$`,
);
/** Regions of China as the articles label parts of a list. */
/** The parts of the country a list may be arranged by ("华南地区的…；华东地区的…"). */
export const REGIONS = /^(?:东部|中部|西部|东北|华北|华东|华南|华中|中南|西南|西北|东南|北方|南方|上游|中游|下游)$/;
/** Areas a list may be arranged by too, besides the parts of the country ("西北及中原：…", "长三角：…"). */
const AREAS = /^(?:中原|长三角|珠三角|京津冀|粤港澳大湾区|大湾区|成渝|环渤海|关中|山东半岛|长江中游)$/;

/** A label of a part of a list: a region or an area, or two joined ("西北及中原"), with 地区 or 片区 or not. */
/** A region's or a province's label ("华东地区", "东北", "湖北省"): its members are a part of a list. */
export function isPlaceLabel(label: string): boolean {
  return isRegionLabel(label) || PROVINCES.includes(label.replace(/(?:省|市|自治区)$/, ""));
}

export function isRegionLabel(label: string): boolean {
  return label
    .split(/及|和|与|、/)
    .every(
      (p) =>
        REGIONS.test(p.replace(/(?<=^.{2})(?:地区|片区|区域)$/, "")) ||
        AREAS.test(p.replace(/(?:地区|片区|区域)$/, "")),
    );
}

/** Parts read whole, as many zones as `n`: the group's member list, quoted from `from` (default: `s`) to `s`. */
function pushParts(doc: Doc, s: Sentence, group: GroupRef, parts: Part[], n: number, from: Sentence = s): boolean {
  const rollback = doc.names.mark();
  const read = readParts(doc, parts);
  if (!read || read.zones.length !== n) {
    rollback();
    return false;
  }
  pushNamedList(doc, group, read, from === s ? doc.ev(s) : doc.evSpan(from, 0, s, s.text.length));
  return true;
}

/**
 * Every part read as many zones as its count says, in the parts' order; a part labelled with a province ("湖北5家")
 * places its zones there, where nothing else did. Undefined when a part reads otherwise.
 */
function readParts(
  doc: Doc,
  parts: Part[],
): { zones: string[]; lead?: string; lines: number; parts: { label: string; zones: string[] }[] } | undefined {
  const zones: string[] = [];
  const labelled: { label: string; zones: string[] }[] = [];
  let lead: string | undefined;
  for (const p of parts) {
    const read = readLines(doc, [{ s: p.s, text: p.text }], true);
    if (!read || read.zones.length !== p.count || read.zones.some((z) => zones.includes(z))) return undefined;
    if (PROVINCES.includes(p.label)) for (const z of read.zones) doc.names.place(z, p.label, undefined);
    zones.push(...read.zones);
    labelled.push({ label: p.label, zones: read.zones });
    lead ??= read.lead;
  }
  return { zones, lead, lines: parts.length, parts: labelled };
}

/** The list after the announcement, one line each when the sentence runs over single line breaks. */
const inlineLines = (s: Sentence, inline: string) =>
  inline
    .split(/\n+/)
    .map((line) => endless(line.trim()))
    .filter((line) => line.length > 0)
    .map((text) => ({ s, text }));

/** A line without the mark that ends it, or the number it is listed with ("1. ", "（2）"). */
const endless = (line: string) => line.replace(/[。；;]$/, "").replace(/^(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])\s*/, "");

/**
 * Every segment of the line ends in a zone's suffix: full names ("A高新区、B示范区", "A高新区（牵头单位）"), or a
 * province's names with the suffix written once ("湖北的武汉东湖、襄阳、宜昌高新区").
 */
function fullNames(line: string): boolean {
  const segments = line
    .replace(ROLE, "")
    .split(/[，,；;]/)
    .filter((x) => x.length > 0);
  return (
    segments.length > 0 &&
    segments.every((seg) => {
      const items = splitItems(seg);
      // ("我区、上海张江高新区…" on a zone's own page: the zone that publishes it.)
      return (
        items.every((x) => SUFFIX.test(x) || /^(?:我区|本区)$/.test(x)) || (PROVINCE_OF.test(seg) && SUFFIX.test(seg))
      );
    })
  );
}

/** The group named before the announcement in its sentence, else the one the item is about. */
function groupOf(doc: Doc, s: Sentence, at: number): GroupRef | undefined {
  return doc.groupBefore(s, at);
}

/** The lines after an announcement that ends in "：", of the same news item. */
function blockAfter(doc: Doc, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (let i = s.index + 1; i < doc.sentences.length && out.length < MAX_LINES; i++) {
    const line = doc.sentences[i] as Sentence;
    if (line.item !== s.item || line.paragraph === (out[out.length - 1] ?? s).paragraph) break;
    out.push(line);
    // The last line of a block may end the sentence ("青海省：西宁高新区。").
    if (/[。！？]$/.test(line.text)) break;
  }
  return out;
}

/**
 * Every segment of the lines, read as zones; undefined as soon as an item is not a zone or is listed twice.
 * Block lines stop at the first line that is not a list (the count then decides).
 */
export function readLines(
  doc: Doc,
  lines: { s: Sentence; text: string }[],
  bare = false,
): { zones: string[]; lead?: string; lines: number } | undefined {
  const zones: string[] = [];
  let lead: string | undefined;
  let used = 0;
  for (const { s, text } of lines) {
    const undo = doc.names.mark();
    const line: string[] = [];
    let lineLead: string | undefined;
    for (const segment of text.split(/[，,；;]/).filter((x) => x.length > 0)) {
      const read = readSegment(doc, s, segment, bare);
      if (!read || read.zones.some((z) => zones.includes(z) || line.includes(z))) {
        undo();
        return lines.length > 1 && used > 0 ? { zones, lead, lines: used } : undefined;
      }
      line.push(...read.zones);
      lineLead ??= read.lead;
    }
    zones.push(...line);
    lead ??= lineLead;
    used++;
  }
  return { zones, lead, lines: used };
}

/** `bare`: the text calls the items 高新区 ("…等13家国家高新区"), so a bare place name is a zone. */
function readSegment(doc: Doc, s: Sentence, raw: string, bare = false): { zones: string[]; lead?: string } | undefined {
  let text = raw.replace(JOINT, "");
  // "…绵阳10家国家高新区": the segment's own count of 高新区 (the whole list's count still decides).
  const subCount = new RegExp(`${COUNT}家(?:国家)?高新区$`).exec(text);
  if (subCount) {
    text = text.slice(0, subCount.index);
    bare = true;
  }
  // "安徽省级高新区合肥新站高新区": a level said before the name.
  const level = /^([\u3400-\u9fff]{2,3}?)?省级高新区(?=[\u3400-\u9fff]{2,}(?:高新区|园区|示范区)$)/.exec(text);
  if (level) text = text.slice(level[0].length);
  // (The province said with the level, "湖北省级高新区枝江高新区", is the zone's.)
  const levelProvince = level?.[1] && PROVINCES.includes(level[1]) ? level[1] : undefined;
  const label = REGION_LABEL.exec(text);
  if (label) text = text.slice(label[0].length);
  const province = PROVINCE_OF.exec(text) ?? PROVINCE_LABEL.exec((label?.[0] ?? "").replace(/[（(]\d+家[）)]/, ""));
  if (province && !label) text = text.slice(province[0].length);
  let role = "";
  text = text.replace(ROLE, (_, r: string) => {
    role = r;
    return "";
  });
  const items = splitItems(text);
  if (items.length === 0) return undefined;
  // A suffix written once, at the end ("郑州、洛阳、新乡高新区"), is every item's.
  const bareItems = bare || SUFFIX.test(items[items.length - 1] ?? "");
  const zones: string[] = [];
  for (const raw of items) {
    // "…、四川的成都高新区和河北的石家庄高新区": an item with its own province.
    const own = PROVINCE_OF.exec(raw);
    const item = own ? raw.slice(own[0].length) : raw;
    const place = (own ?? province)?.[1] ?? levelProvince;
    const id = doc.names.zone(place ? `${place}${item}` : item, {
      bare: bareItems,
      evidence: doc.ev(s),
      ...(level ? { level: "provincial" as const } : {}),
    });
    if (!id || zones.includes(id)) return undefined;
    zones.push(id);
  }
  // (Or the item the mark follows, in a segment of several: "舟山高新区（牵头单位）、大连高新区…".)
  const marked = /牵头/.test(role) ? MARKED_ITEM.exec(raw)?.[1] : undefined;
  const lead = zones.length === 1 ? zones[0] : marked ? doc.names.knownZone(marked) : undefined;
  return /牵头/.test(role) && lead && zones.includes(lead) ? { zones, lead } : { zones };
}
