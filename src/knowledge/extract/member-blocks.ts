/**
 * Member lists read by their layout rather than their wording: the fallback after the wording readers.
 *
 * A run of zones written in full ("…高新区", "…示范区", "…工业园区"), however the article splits or punctuates it
 * (、，,；;：: and line breaks, numbered lines "（一）青海：…；", parts "北方地区有…5家；南方地区有…", a lead marked
 * "(牵头单位)", half-width punctuation), is a group's whole member list when it names exactly as many zones as the
 * article says the group has. Only groups no wording reader read a whole list for are tried, and a run that
 * matches no stated count claims nothing: the count is the check that the run is the list.
 */
import type { Claim, Doc } from "./context.ts";
import { REGIONS } from "./counted-list.ts";
import { countsOf } from "./harvest.ts";
import { COUNT, countOf } from "./lists.ts";
import { type GroupRef, groupKey, PROVINCES } from "./names.ts";
import type { Sentence } from "./sentences.ts";

const PROVINCE = `(?:${PROVINCES.join("|")})(?:省|市|自治区|[\\u3400-\\u9fff]{1,3}自治区)?`;
const REGION =
  "(?:[\\u3400-\\u9fff]{2,4}?地区|东部|中部|西部|东北|华北|华东|华南|华中|西南|西北|东南|北方|南方|上游|中游|下游)(?:方面)?";
/** A part's label before its zones, in the same chunk ("北方地区有", "下游则包括河南的", "以及山西的"). */
// ("长三角有…；中西部有…；华南和东南沿海有…": any words that open a chunk and then say 有 or 包括 are a part's label, never
// part of a zone's name.)
const LABEL = `(?:(?:${PROVINCE}|${REGION})(?:则|还|另)?(?:有|为|是|包括|的)|[\\u3400-\\u9fff]{2,10}?(?:则|还|另)?(?:有|包括)|分别(?:是|为)|以及|还有|及|和|与)`;
/**
 * A zone written in full, with what may follow it in its chunk: the part's count ("5家"), "等", or the verb that
 * says it joined ("…石嘴山高新区加入联盟", "北京的中关村示范区则以成员单位身份加入").
 */
const ZONE_CHUNK = new RegExp(
  `^((?:${LABEL})*)([\\u3400-\\u9fff]{2,20}?(?:高新区|示范区|工业园区|(?:高新技术产业|新技术产业|新技术)开发区))(?:等)?(?:共?${COUNT}家|(?<=[^的](?:高新区|示范区|工业园区))(?:加入|则|也|亦|以)[\\u3400-\\u9fff]*)?$`,
);
/** Chunks that only hold the list together: a label alone, a count, a line's number, the lead's mark. */
const GLUE = new RegExp(
  `^(?:(${PROVINCE}|${REGION})(?:(?:及|和|与)(?:${PROVINCE}|${REGION}))?(?:[（(]?${COUNT}家[）)]?)?|共?${COUNT}家|[一二三四五六七八九十\\d]{1,3}|牵头(?:单位)?|)$`,
);
/**
 * Where a sentence breaks into chunks: punctuation (a half-width full stop too, not a decimal point), a
 * parenthesis ("深圳高新区(牵头单位)"), and a joint between two full names ("新乡高新区和山东的济南高新区").
 */
const SEPARATORS = /[、，,；;：:。！？!?（）()【】[\]“”"]|\.(?!\d)|(?<=高新区|示范区|工业园区)(?:以及|和|及|与)/;
/** Runs shorter than this are no list to check. */
const MIN_RUN = 3;

/** "除牵头单位A外，": the list that follows is the others. */
const EXCEPT = /除(牵头单位)?([\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区))(?:以)?外[，,]?$/;

type Chunk = { s: Sentence; at: number; text: string };
type Run = {
  zones: string[];
  lead?: string;
  labels: Map<string, string>;
  first: Chunk;
  last: Chunk;
};

export function memberBlocks(doc: Doc): void {
  const counts = statedCounts(doc);
  if (counts.size === 0) return;
  for (const run of runs(doc)) {
    const at = run.first;
    const group = doc.groupBefore(at.s, at.at);
    const k = group && groupKey(group);
    const stated = k ? counts.get(k) : undefined;
    if (!group || !stated) continue;
    // "除牵头单位A外，江西省有B、C；…": the others, after the lead the sentence names first.
    const except = EXCEPT.exec(at.s.text.slice(0, at.at));
    const named = except ? doc.names.knownZone(except[2] ?? "") : undefined;
    if (named && !run.zones.includes(named)) {
      run.zones.unshift(named);
      if (except?.[1]) run.lead ??= named;
    }
    const lead = leadOf(doc, group);
    const zones =
      stated.has(run.zones.length) || (named && stated.has(run.zones.length - 1))
        ? run.zones
        : lead && !run.zones.includes(lead) && stated.has(run.zones.length + 1)
          ? [lead, ...run.zones]
          : undefined;
    if (!zones || zones.length < MIN_RUN) continue;
    const parts = partsOf(run);
    for (const [z, label] of run.labels) {
      const province = PROVINCES.find((p) => label.startsWith(p));
      if (province) doc.names.place(z, province, undefined);
    }
    const claim: Claim = {
      type: "members",
      group,
      ...(run.lead ? { lead: run.lead } : {}),
      zones,
      others: [],
      count: zones.length,
      countIncludesLead: true,
      partial: false,
      evidence: doc.evSpan(run.first.s, 0, run.last.s, run.last.s.text.length),
      ...(parts ? { parts } : {}),
    };
    doc.claims.push(claim);
    // ("包头稀土高新区（牵头单位）": the lead the list marks.)
    if (run.lead) doc.claims.push({ type: "lead", group, zone: run.lead, evidence: claim.evidence });
    counts.delete(k as string);
  }
}

/**
 * A count in the list's own heading ("网络首批成员单位名单(共14家)"), before the members it announces ("联盟20家成员
 * 单位按流域分布如下"; not "新增2家成员单位"), or right after them ("以上共15家国家高新区", "以上15家国家高新区覆盖…";
 * not "以上3家高新区获评年度优秀成员单位", some of them picked out).
 */
const HEADING_COUNT = new RegExp(
  `(?:名单|成员单位|成员)(?:如下)?[（(]?共${COUNT}家|(?<!新增|增加|新|其中|另有|其余)${COUNT}家成员(?:单位)?(?:按[\\u3400-\\u9fff]{1,4}(?:分布|划分|排列))?如下|^以上(?:共|合计|共计)${COUNT}家|^以上${COUNT}家(?=(?:国家)?高新区(?:覆盖|分布|来自|组成|构成|共同))`,
  "g",
);

/** The counts the article states for each group no reader has a whole list of: "共12家", "(共14家)", "增至19家". */
function statedCounts(doc: Doc): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const whole = new Set<string>();
  const add = (g: GroupRef, n: number | undefined) => {
    if (n === undefined) return;
    const k = groupKey(g);
    out.set(k, (out.get(k) ?? new Set()).add(n));
  };
  // (Count claims, and a count in the founding sentence or the few after it.)
  for (const c of countsOf(doc)) add(c.group, c.count);
  for (const c of doc.claims) {
    if (c.type === "change") add(c.group, c.newCount);
    else if (c.type === "members") {
      if (!c.partial) whole.add(groupKey(c.group));
      // ("A联合B、C等18家": a count after some of the members may or may not count the lead.)
      if (c.count !== undefined && c.lead && c.countIncludesLead === undefined) add(c.group, c.count + 1);
      if (c.count !== undefined) add(c.group, c.countIncludesLead === false && c.lead ? c.count + 1 : c.count);
    }
  }
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(HEADING_COUNT)) {
      const g = doc.groupBefore(s, m.index ?? 0);
      if (g) add(g, countOf(m.slice(1).find((x) => x !== undefined) ?? ""));
    }
  }
  for (const k of whole) out.delete(k);
  return out;
}

/** The lead a reader found for the group in this article. */
function leadOf(doc: Doc, group: GroupRef): string | undefined {
  const leads = doc.claims.flatMap((c) =>
    c.type === "lead" && c.group.kind === group.kind && c.group.id === group.id ? [c.zone] : [],
  );
  return leads.length > 0 && leads.every((z) => z === leads[0]) ? leads[0] : undefined;
}

/** Every run of full zone names, in order; a run goes on over line breaks, not past a full stop inside a line. */
function* runs(doc: Doc): Generator<Run> {
  let run: Run | undefined;
  let label: string | undefined;
  let undo = doc.names.mark();
  const end = function* () {
    if (run && run.zones.length >= MIN_RUN) yield run;
    else undo();
    run = undefined;
    label = undefined;
    undo = doc.names.mark();
  };
  let previous: Sentence | undefined;
  for (const s of doc.sentences) {
    // A new sentence in the same line, or a new news item, ends the run.
    if (previous && (previous.item !== s.item || previous.paragraph === s.paragraph)) yield* end();
    previous = s;
    const all = chunks(s);
    for (const [i, chunk] of all.entries()) {
      const bracketed = BRACKETED.test(s.text.slice(chunk.at - 1));
      const glue = GLUE.exec(chunk.text) ?? (bracketed && !/牵头/.test(chunk.text) ? [chunk.text] : null);
      if (glue) {
        if (glue[1]) label = glue[1];
        continue;
      }
      const m = ZONE_CHUNK.exec(chunk.text);
      const id = m ? doc.names.zone(m[2] ?? "", { evidence: doc.ev(s) }) : undefined;
      if (!m || !id || run?.zones.includes(id)) {
        yield* end();
        continue;
      }
      run ??= { zones: [], labels: new Map(), first: chunk, last: chunk };
      run.zones.push(id);
      run.last = chunk;
      // (A label said with a zone, "北方地区有A、B", is the label of the zones after it too; of several, "中游有
      // 内蒙古的A", the last.)
      // (A zone that ends the list in a clause of its own, "海口高新区则以…加入", has no label unless it says one.)
      const own = m[1] ? new RegExp(`(${PROVINCE}|${REGION})(?:则|还|另)?(?:有|为|是|包括|的)$`).exec(m[1]) : null;
      if (own) label = own[1];
      else if (
        m[0].length > (m[2] ?? "").length + (m[1] ?? "").length &&
        /[则也亦以加]/.test(m[0].slice((m[1] ?? "").length + (m[2] ?? "").length))
      )
        label = undefined;
      if (label) run.labels.set(id, label);
      if (/^牵头/.test(all[i + 1]?.text ?? "")) run.lead ??= id;
    }
  }
  yield* end();
}

function chunks(s: Sentence): Chunk[] {
  const out: Chunk[] = [];
  let at = 0;
  for (const raw of s.text.split(SEPARATORS)) {
    // ("——上游地区", "●华东": a line's dash or bullet is no part of its label.)
    const mark = /^[—－\-·•●■▶◆]+/.exec(raw)?.[0].length ?? 0;
    out.push({ s, at: at + mark, text: raw.slice(mark) });
    at += raw.length + 1;
  }
  return out.filter((c) => c.text.length > 0);
}

/** A short note in brackets after a zone ("青海高新区（西宁）", "（牵头单位）"): it holds the list together. */
const BRACKETED = /^[（(][\u3400-\u9fff]{1,6}[）)]/;

/** The run's parts by the labels it was written with, when every zone has one (provinces placed where unknown). */
function partsOf(run: Run): { label: string; zones: string[] }[] | undefined {
  if (run.labels.size !== run.zones.length) return undefined;
  const parts: { label: string; zones: string[] }[] = [];
  for (const z of run.zones) {
    const label = (run.labels.get(z) ?? "").replace(/地区$/, "");
    const part = parts.find((p) => p.label === label);
    if (part) part.zones.push(z);
    else parts.push({ label, zones: [z] });
  }
  return parts.length > 1 && parts.every((p) => REGIONS.test(p.label) || isProvince(p.label)) ? parts : undefined;
}

const isProvince = (label: string) => PROVINCES.some((p) => label.startsWith(p));
