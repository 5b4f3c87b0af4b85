/**
 * Member lists in layouts no other reader knows, read last, only for a group the article gives no whole list of:
 * - by runs: every zone a sentence names, in runs under labels ("首批12家成员单位中，华东地区5家（A、B…），华中地区4家
 *   （…），…", "东部的A、B、C，中部的D、E，…，共8家", "整机研制组由A、B组成；…", "网络成员单位名单：（1）A；（2）B；…"), is
 *   the group's whole list when the sentence (or the article) counts the group's members at exactly that many; a
 *   label's own count must be its run's;
 * - a line each: "首批成员如下：" then "• A：…" lines, announced whole.
 */

import { lexicon } from "../lexicon.ts";
import type { Doc } from "./context.ts";
import { isRegionLabel } from "./counted-list.ts";
import { COUNT, countedSo, countOf, countsClaimed, listedWhole, membersNamed, pushWholeList } from "./lists.ts";
import { LISTED_LINE } from "./membership-change.ts";
import { groupKey, PROVINCES } from "./names.ts";
import { PROVINCE_SIDE } from "./province-sections.ts";
import type { Sentence } from "./sentences.ts";

/** A full name's end, where a zone's name can be read back from ("武汉东湖新技术开发区": the official name too). */
const NAME_END = /高新区|示范区|工业园区|科技园区|科技园|(?:高新技术产业|新技术产业|新技术)开发区/g;
/** A label of a part people ask by: a region, or a part of a chain or of the group's work. */
const isPartLabel = (name: string) => isRegionLabel(name) || PART_LABEL.test(name);
/** A zone marked as the lead inside a list: "包头稀土高新区（牵头单位）". */
const MARKED_LEAD = /([\u3400-\u9fff]{2,16}?(?:高新区|示范区|工业园区))[（(]牵头(?:单位)?[）)]/;
/** Zones counted, not named: "14家国家高新区". */
const COUNTED_ZONES = new RegExp(`${COUNT}家(?:国家|省级)?高新区$`);
/** The words before a name that introduce it, up to the last of them. */
const INTRODUCED_BY = /^.*(?:的|由|为|是|有|和|及|与|即|包括|涵盖|包含)/;
/** A part of a chain or of a group's work that a run is listed under ("整机研制组", "动力系统环节"). */
const PART_LABEL = /^[\u3400-\u9fff、与和及]{2,16}(?:组|环节|板块|领域|方向|片区|专委会)$/;
/** The members announced as a list: "网络成员单位名单：", "成员名单如下：", then marks only before the first name. */
const ANNOUNCED = /(?:成员|成员单位|发起单位)名单(?:如下)?[：:][^\u3400-\u9fff]*$/;
/** What joins the names of one run. */
const IN_RUN = /^(?:、|和|及|以及|与)$/;
/** A sentence that tells of a change, a plan or a meeting's host rather than the members. */
const NOT_A_LIST = /加入|退出|入网|入盟|拟|将|计划|召开|举行|举办|承办|签约/;
/** A province said right before a count: "江西的", "湖南方面". */
const OF_PROVINCE = new RegExp(`(?:${PROVINCES.join("|")})(?:省|市|自治区)?(?:的|方面[，,]?)?$`);
/** The group's count the sentence states: "首批12家成员单位", "成员共10家", "…，共8家". */
const STATED = new RegExp(
  `${COUNT}家(?:首批)?(?:成员单位|成员|发起单位|创始成员)|成员(?:单位)?(?:共有?|总数为?|为)${COUNT}家|[，,]共${COUNT}家[。]?$`,
);

export function membersByRuns(doc: Doc, s: Sentence): void {
  const t = s.text;
  if (NOT_A_LIST.test(t)) return;
  const group = doc.groupBefore(s, t.length) ?? doc.anaphor(s);
  if (!group) return;
  const key = groupKey(group);
  // (A group listed whole already is read again only by parts, as all of them now: "扩容后…按区域看，京津冀地区有A、B；
  // 长三角地区有C…", every zone listed before among them.)
  const before = listedWhole(doc, key) ? membersNamed(doc, key) : undefined;
  const runs: { label: string; zones: string[] }[] = [];
  const zones: string[] = [];
  let last = 0;
  const rollback = doc.names.mark();
  for (const m of t.matchAll(NAME_END)) {
    const end = (m.index ?? 0) + m[0].length;
    // ("首批成员单位共14家国家高新区，按产业链环节…": zones counted, no name.)
    if (COUNTED_ZONES.test(t.slice(last, end))) {
      last = end;
      continue;
    }
    const found = zoneEnding(doc, s, t.slice(last, end));
    if (!found) {
      rollback();
      return;
    }
    // ("…组由株洲高新区、芜湖高新区…组成，株洲高新区任组长单位": a zone named again is said something of, once listed;
    // but one named alone first, "该网络由A牵头组建，…：X环节有B…；Y环节有A、C…", is listed in its part.)
    if (zones.includes(found.zone)) {
      const alone = runs.findIndex((r) => r.zones.length === 1 && r.zones[0] === found.zone);
      const first = runs[alone];
      if (alone !== 0 || !first || isPartLabel(labelOf(first.label).name)) {
        last = end;
        continue;
      }
      runs.splice(alone, 1);
      zones.splice(zones.indexOf(found.zone), 1);
    }
    const between = t.slice(last, end - found.length);
    const run = runs[runs.length - 1];
    if (run && IN_RUN.test(between)) run.zones.push(found.zone);
    else runs.push({ label: between, zones: [found.zone] });
    zones.push(found.zone);
    last = end;
  }
  const said = STATED.exec(t);
  // (Not a province's own count: "江西的四家成员中，A与B…；C…；D…" counts Jiangxi's members, not the group's.)
  // (…nor one a sentence on a province's side states: "湖北方面，除…外，还有…，共六家".)
  const stated = said && !OF_PROVINCE.test(t.slice(0, said.index)) && !PROVINCE_SIDE.test(t) ? said : null;
  const n = stated ? countOf(stated[1] ?? stated[2] ?? stated[3] ?? "") : undefined;
  // (A label that counts its run must count it right: "华中地区4家（" before four names.)
  const labels = runs.map((r) => labelOf(r.label));
  // (Runs under regions, or under parts of a chain, are parts people ask by: "华中地区的成员", "整机研制组有哪几家";
  // a list so laid out says it is a list: "按区域分，珠三角地区有A、B；长三角地区有…".)
  const parts = labels.every((l) => l.name && isPartLabel(l.name))
    ? runs.map((r, i) => ({ label: labels[i]?.name ?? "", zones: r.zones }))
    : undefined;
  const inParts = parts !== undefined && runs.length > 1;
  if (
    zones.length < 4 ||
    // (Counted in another sentence, this one must say they are the members: "网络成员分为三个专业组：…", not
    // "考察团先后走访了A…E的储能企业".)
    // ("按产业链环节划分，14家成员单位各有侧重。在…环节，有A、B…": or the sentence before, in its paragraph.)
    (n !== undefined
      ? n !== zones.length
      : (!saysMembers(doc, s) && !inParts) || (!countedSo(doc, key, zones.length) && !listed(t, runs, last))) ||
    runs.some((r, i) => labels[i]?.count !== undefined && labels[i]?.count !== r.zones.length)
  ) {
    rollback();
    return;
  }
  if (before && (!inParts || before.some((z) => !zones.includes(z)))) {
    rollback();
    return;
  }
  pushWholeList(doc, group, zones, doc.ev(s), inParts ? parts : undefined);
  // ("包头稀土高新区（牵头单位）、…": the lead marked in the list.)
  const marked = MARKED_LEAD.exec(t);
  const lead = marked ? doc.names.knownZoneEndingAt(marked[1] ?? "", 3)?.id : undefined;
  if (lead && zones.includes(lead) && !doc.claims.some((c) => c.type === "lead" && groupKey(c.group) === key))
    doc.claims.push({ type: "lead", group, zone: lead, evidence: doc.ev(s) });
}

/** The sentence, or the one before it in its paragraph, says it is about the members ("成员", "名单"). */
function saysMembers(doc: Doc, s: Sentence): boolean {
  const previous = doc.sentences[s.index - 1];
  return /成员|名单/.test(s.text) || (previous?.paragraph === s.paragraph && /成员|名单/.test(previous.text));
}

/**
 * "网络成员单位名单：（1）A；（2）B；…": the list announced as the members', every name after the colon and nothing but
 * marks between them and after the last.
 */
function listed(t: string, runs: { label: string }[], last: number): boolean {
  const head = ANNOUNCED.exec(runs[0]?.label ?? "");
  return (
    !!head && /^[^\u3400-\u9fff]*$/.test(t.slice(last)) && runs.slice(1).every((r) => !/[\u3400-\u9fff]/.test(r.label))
  );
}

/**
 * The zone whose full name ends `text`, and the name's length: a known one, else a new one from the characters after
 * the last word that introduces it ("东部的天津滨海高新区", "（1）襄阳高新区", "网络由沈阳高新区").
 */
function zoneEnding(doc: Doc, s: Sentence, text: string): { zone: string; length: number } | undefined {
  const cjk = /[\u3400-\u9fff]+$/.exec(text)?.[0] ?? "";
  const known = doc.names.knownZoneEndingAt(cjk, 3);
  if (known) return { zone: known.id, length: known.length };
  const cut = cjk.replace(INTRODUCED_BY, "");
  const at = cjk.length - cut.length;
  // (Not inside a city's name: "呼和浩特金山高新区" is no "和" and "浩特金山高新区".)
  const across = Object.keys(lexicon.cities)
    .map((c) => ({ c, i: cjk.lastIndexOf(c, at) }))
    .find(({ c, i }) => i >= 0 && i < at && i + c.length > at);
  const name = across ? cjk.slice(across.i) : cut;
  const zone = doc.names.zone(name, { evidence: doc.ev(s) });
  return zone ? { zone, length: name.length } : undefined;
}

/** A run's label, from the text before it: "，华中地区4家（" → 华中地区 and 4; "，东部的" → 东部. */
function labelOf(before: string): { name: string; count?: number } {
  const clause = before.split(/[，,。；;：:]/).pop() ?? "";
  const counted = new RegExp(`${COUNT}家[（(：:]?$`).exec(clause);
  const name = clause
    .slice(0, counted ? counted.index : clause.length)
    .replace(/^[^\u3400-\u9fff]+/, "")
    .replace(/(?:的|有|为|由|是|包括|[（(：:])+$/, "");
  return { name, ...(counted ? { count: countOf(counted[1] ?? "") } : {}) };
}

/** "首批成员如下：", "网络成员单位名单如下：": the members announced, then a line each. */
// ("附件：联盟首批成员单位名单（按省份排列）": an appendix's heading.)
const ANNOUNCED_BELOW =
  /(?:首批|创始)?(?:成员|成员单位|成员高新区|发起单位)(?:名单)?(?:如下|包括|为|有)[：:]$|^(?:附件\d?[：:])?(?:[\u3400-\u9fff]{0,16}?(?:联盟|网络))?(?:首批|创始)?(?:成员|成员单位)名单(?:[（(][^）)]{1,12}[）)])?$/;
/** A line that heads the members of one province in a list a line each ("湖北省"). */
const PROVINCE_HEADING = new RegExp(`^(?:${PROVINCES.join("|")})(?:省|市|自治区)?[（(]?(?:\\d{1,2}家)?[）)]?[：:]?$`);
/** Lines fewer than this are no list. */
const MIN_LINES = 3;

/**
 * "首批成员如下：" then "• 西安高新区：…；", "• 北京中关村示范区：…；" …: the members a line each, every line opening with
 * a mark and a zone's full name, the list ending at the first line that does not; announced whole, no count needed.
 */
export function membersListedBelow(doc: Doc, s: Sentence): void {
  // (Not the newcomers: "本次新增成员如下：" lists who joined, not the whole.)
  if (!ANNOUNCED_BELOW.test(s.text) || NOT_A_LIST.test(s.text) || /新增|新加入|新吸纳|本次|新一批|新成员/.test(s.text))
    return;
  const group = doc.groupBefore(s, s.text.length) ?? doc.anaphor(s);
  if (!group || listedWhole(doc, groupKey(group))) return;
  const rollback = doc.names.mark();
  const zones: string[] = [];
  let last = s;
  let lead: { zone: string; line: Sentence } | undefined;
  for (let i = s.index + 1; i < doc.sentences.length; i++) {
    const line = doc.sentences[i] as Sentence;
    // (A province's heading between the lines: "湖北省", then "1. 武汉东湖新技术开发区".)
    if (PROVINCE_HEADING.test(line.text) && LISTED_LINE.test(doc.sentences[i + 1]?.text ?? "")) continue;
    const m = LISTED_LINE.exec(line.text);
    const zone = m ? doc.names.zone(m[1] ?? "", { evidence: doc.ev(line) }) : undefined;
    if (!zone) break;
    if (zones.includes(zone)) {
      rollback();
      return;
    }
    zones.push(zone);
    last = line;
    // ("• 西安高新区：网络牵头单位，…": the lead marked on its line.)
    if (/^[：:（(]?(?:网络|联盟)?牵头单位/.test(line.text.slice((m?.index ?? 0) + (m?.[0].length ?? 0))))
      lead ??= { zone, line };
  }
  // (A count the article states for the group must be the lines'.)
  const counts = countsClaimed(doc, groupKey(group));
  if (zones.length < MIN_LINES || (counts.length > 0 && !counts.includes(zones.length))) {
    rollback();
    return;
  }
  pushWholeList(doc, group, zones, doc.evSpan(s, 0, last, last.text.length));
  if (lead) doc.claims.push({ type: "lead", group, zone: lead.zone, evidence: doc.ev(lead.line) });
}
