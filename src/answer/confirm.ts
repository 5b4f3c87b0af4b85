/**
 * "是。" first, when a yes/no question is answered by a quote (or a figure's sentence) that states what it asks.
 *
 * The graph answers yes/no questions about its own facts (memberships, leads, dates) itself. Other yes/no questions
 * ("X有没有和Y签协议", "X是不是首个…") are answered by passages; this says "是。" before them only when the best
 * quote states the claim: it names every entity the question names, carries the numbers it asks about, says no
 * "不/没有/未" of its own, and holds nearly all of the question's other words. "不是" is concluded from a passage only
 * for a date or a count: a quote that states the rest of the claim with one other date of the same form ("是2024年3月
 * 发布的吗" against "2024年5月,…发布…") or one other count in the same measure ("有20条吧" against "…通过16条措施…").
 * Otherwise a quote that does not state the claim is shown as it is.
 */
import { entityNames } from "../knowledge/entity-names.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import { wordPairs as pairs } from "./pairs.ts";
import type { Parsed } from "./parse.ts";
import { CUES } from "./query/cues.ts";
import { numberFrom } from "./query/read.ts";
import type { Answer } from "./types.ts";

/** The asking words of a yes/no question and the small words around them: no quote states them. */
const ASKING =
  /是不是|是否|有没有|对不对|对吗|是吧|吗|呢|吧|啊|到底|究竟|真的|已经|已|了|的|是|有|都|也|还|过|一下|请问/g;
/** Words for the same thing the question and the articles often write differently. */
const SAME: [RegExp, string][] = [
  [/全国第一个|全国首个|我国首个|我国第一个|第一个|首个/g, "首个"],
  [/千亿级|千亿元级|1000亿元级?/g, "千亿"],
  [/签署|签订|签了|签/g, "签"],
  [/和|与|同|跟/g, "与"],
  [/一起|一同|共同|联合|携手/g, "共同"],
];
/** Who said it and the saying, before what was said ("工信部有没有说鼓励…"): the quote states what was said. */
const SAID_BY = /^[^，,。？?]{0,12}?(?:有没有|是否|是不是)(?:说|提到|提出|讲到?|表示|强调|要求)(?:过|了)?/;
const NEGATION = /不|没有|未|尚未|并非|无/;
/** A share of the question's word pairs the quote must hold. */
const COVERED = 0.8;

export function confirmYes(k: Knowledge, p: Parsed, a: Answer): Answer {
  // (Nor one that says no already: "不是48个。…".)
  if (a.kind === "none" || !CUES.yesNo.test(p.text) || /^(?:是|不是|没有|有)[。，]|^不是/.test(a.answer)) return a;
  const quote = a.citations[0]?.quote;
  if (!quote) return a;
  if (NEGATION.test(quote.replace(/不断|不少|不仅|无锡|不同|未来/g, ""))) return a;
  const names = p.entities.map((e) => entityNames(k, e.id).map(canonical));
  const numbers = p.text.match(/\d+(?:\.\d+)?/g) ?? [];
  let claim = p.text;
  for (const m of [...p.mentions].reverse()) claim = `${claim.slice(0, m.start)} ${claim.slice(m.end)}`;
  claim = claim.replace(SAID_BY, "");
  const dated = dateVerdict(quote, claim, names) ?? countVerdict(quote, claim, names);
  if (dated) return { ...a, answer: `${dated}${a.answer}` };
  const wanted = pairs(canonical(claim).replace(ASKING, " "));
  if (wanted.size < 3) return a;
  const states = (raw: string) => {
    const clause = canonical(raw);
    return (
      names.every((ns) => ns.some((n) => clause.includes(n))) &&
      numbers.every((n) => clause.includes(n)) &&
      [...wanted].filter((w) => clause.includes(w)).length / wanted.size >= COVERED
    );
  };
  // Two entities or more: one clause ties them to the claim; one entity: the quote's sentence does.
  const spans = names.length >= 2 ? quote.split(/[，,；;。！？!?]/) : [quote];
  return spans.some(states) ? { ...a, answer: `是。${a.answer}` } : a;
}

function canonical(text: string): string {
  let t = normalize(text);
  for (const [re, to] of SAME) t = t.replace(re, to);
  return t;
}

/** A count a question states with its measure word ("20条", "12家"). */
const COUNT = /\d+(?:\.\d+)?(?=[条项家个场件批所名位座台套款])[条项家个场件批所名位座台套款]/g;
/** …and one an article writes, in figures or in words ("十八条"). */
// (Not an ordinal, "第三条", "每一条", nor "一个" of one thing.)
const COUNT_WRITTEN =
  /(?<![第每\d])(?:\d+|[二两三四五六七八九十][一二两三四五六七八九十]{0,2}|十)[条项家个场件批所名位座台套款]/g;

/**
 * "北京若干措施有20条吧": the quote that states the rest of the claim counts it in the same measure. "是。" when it gives
 * the count claimed, "不是。" with the count it gives when it gives exactly one other in that measure.
 */
function countVerdict(quote: string, claim: string, names: string[][]): string | null {
  const claimed = claim.match(COUNT);
  if (claimed?.length !== 1) return null;
  const count = claimed[0] as string;
  const unit = count.slice(-1);
  // ("一共16条": the words that total a count are no part of what is counted.)
  const wanted = pairs(
    canonical(claim.replace(COUNT, " "))
      .replace(/一共|总共|共计|合计|加起来/g, " ")
      .replace(ASKING, " "),
  );
  const said = canonical(quote);
  if (wanted.size < 3 || !names.every((ns) => ns.some((n) => said.includes(n)))) return null;
  if ([...wanted].filter((w) => said.includes(w)).length / wanted.size < DATE_COVERED) return null;
  // (Every count of the quote in that measure, in figures or in words: "共十八条，其中3条…" holds two.)
  const counts = [...new Set(quote.match(COUNT_WRITTEN) ?? [])].filter((c) => c.endsWith(unit));
  const value = (c: string) => numberFrom(c.slice(0, -1));
  // ("入驻企业才85家吧" of "高新技术企业突破85家，入驻企业总数达到312家": the count whose clause names the thing
  // counted, the words just before the count claimed, when another clause holds the number claimed.)
  const thing = pairs(
    canonical(
      (
        claim
          .slice(0, claim.indexOf(count))
          .split(/[，,。？?\s]/)
          .pop() ?? ""
      ).slice(-6),
    ).replace(ASKING, " "),
  );
  const clauses = quote.split(/[，,；;。]/).map((x) => {
    const at = x.search(COUNT_WRITTEN);
    const head = canonical(at < 0 ? "" : x.slice(0, at));
    return {
      counts: (x.match(COUNT_WRITTEN) ?? []).filter((c) => c.endsWith(unit)),
      covered: [...thing].filter((w) => head.includes(w)).length,
    };
  });
  const best = Math.max(0, ...clauses.filter((x) => x.counts.length > 0).map((x) => x.covered));
  const own = clauses.filter((x) => x.counts.length > 0 && x.covered === best).flatMap((x) => x.counts);
  if (
    best > 0 &&
    own.length === 1 &&
    value(own[0] as string) !== value(count) &&
    counts.some((c) => value(c) === value(count))
  )
    return `不是。文章写的是${own[0]}。`;
  if (counts.some((c) => value(c) === value(count))) return "是。";
  return counts.length === 1 ? `不是。文章写的是${counts[0]}。` : null;
}

/** A date a question states, as year and month ("2024年10月") or month and day ("10月21日"), with the year if given. */
const DATE = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年/g;
/** Of the words besides the date, the share the quote must hold. */
const DATE_COVERED = 0.6;

/**
 * "方案是2024年10月发的吗": the quote that states the rest of the claim gives the act a date. "是。" when it is the
 * date claimed, "不是。" with the date it gives when it gives exactly one other date of the same form.
 */
function dateVerdict(quote: string, claim: string, names: string[][]): string | null {
  const claimed = claim.match(DATE)?.map((d) => d.replace(/号$/, "日"));
  if (claimed?.length !== 1) return null;
  const date = claimed[0] as string;
  const wanted = pairs(canonical(claim.replace(DATE, " ")).replace(ASKING, " "));
  const said = canonical(quote);
  if (wanted.size < 3 || !names.every((ns) => ns.some((n) => said.includes(n)))) return null;
  if ([...wanted].filter((w) => said.includes(w)).length / wanted.size < DATE_COVERED) return null;
  if (quote.includes(date)) return "是。";
  // The same form: both with a year, or both with a day.
  const form = (d: string) => `${/年/.test(d)}${/月/.test(d)}${/日/.test(d)}`;
  const others = [...new Set(quote.match(DATE) ?? [])].filter((d) => form(d) === form(date));
  return others.length === 1 ? `不是。文章写的是${others[0]}。` : null;
}
