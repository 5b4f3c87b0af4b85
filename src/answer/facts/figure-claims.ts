/**
 * What a question takes for granted about a figure ("办了57场，是吗", "是2015年启动的，布局了多少个", "听说…一半以上"),
 * checked against the figures matched: 是, 不是 and the correction.
 */

import type { Evidence, Figure } from "../../knowledge/schema.ts";
import { citedSentence } from "../query/graph.ts";
import type { FactContext } from "./context.ts";

/** A plain number with its unit, where a share carries its "%" in the value ("27.3%") rather than the unit. */
export function amountOf(f: Figure): { n: string; unit: string } | undefined {
  const m = /^约?(\d+(?:\.\d+)?)(%?)$/.exec(String(f.value));
  return m ? { n: m[1] as string, unit: `${m[2]}${f.unit}` } : undefined;
}

/** An amount a question states to be confirmed ("办了57场，是吗", "听说…一半的…"). */
const CLAIMED =
  /(\d+(?:\.\d+)?(?:多|余)?(?:场|个|家|项|万亿元|万亿|亿元|万元|亿|万|%|倍|名)|一半|[一二三四五六七八九]成)/;
const CONFIRMS = /吗|吧|是不是|对不对|没错|听说|据说|有没有|是否|(?:了|过)没有?$/;

/** A start the question dates ("是2015年启动的"), and as a figure's sentence dates it ("自2013年年初…启动"). */
const STARTED = /((?:19|20)\d{2})年(?:年初|年底|年中|初|底)?[^，,。；;]{0,10}?(?:启动|开始|成立|设立|推出|实施)/;

/**
 * "X是2015年启动的，布局了多少个": a premise the figure's own sentence contradicts is corrected before the figure
 * ("X是2013年启动的，不是2015年。").
 */
export function startCorrected(
  c: FactContext,
  question: string,
  matched: readonly Figure[],
): { text: string; evidence: Evidence } | undefined {
  const claimed = STARTED.exec(question)?.[1];
  if (!claimed) return undefined;
  for (const e of matched.flatMap((f) => f.evidence)) {
    // (The sentence a figure's quote is part of: the start is often said in its first clause.)
    const sentence = citedSentence(c.k, { articleId: e.article, quote: e.quote }).trim();
    const said = STARTED.exec(sentence)?.[1];
    if (said && said !== claimed)
      return {
        text: `更正：文章写的是${said}年启动，不是${claimed}年。`,
        evidence: { article: e.article, quote: sentence },
      };
    if (said) return undefined;
  }
  return undefined;
}

/** A growth rate a question takes for granted ("同比涨了25%，具体金额多少"), and as an article writes one. */
const GROWTH = /同比(?:增长|上涨|增加|提高|涨|增)了?(\d+(?:\.\d+)?)%/;

/** The growth rate the figure's own note or quote gives, when the question claims another. */
export function growthCorrected(
  question: string,
  matched: readonly Figure[],
): { text: string; evidence: Evidence } | undefined {
  const claimed = GROWTH.exec(question)?.[1];
  const f = matched.length === 1 ? matched[0] : undefined;
  const e = f?.evidence[0];
  if (!claimed || !f || !e) return undefined;
  const said = GROWTH.exec(`${f.note ?? ""} ${e.quote}`)?.[1];
  if (!said || Number(said) === Number(claimed)) return undefined;
  return { text: `不是同比增长${claimed}%，文章写的是同比增长${said}%。`, evidence: e };
}

/** An amount said roughly ("约", "左右", "近"; not 约 of 签约, 节约 …), and a bound said of one ("超过", "不到", "以上"). */
const ROUGHLY = /左右|近|(?<![签节预大合条制公])约/;
const BOUND = new RegExp(`超过|多于|不到|少于|至少|不少于|达到|突破|以上|以下|${ROUGHLY.source}`);

/** Whether there were any asked ("有没有促成…", "是否有…"). */
// ("推进会上有项目竣工投产吗": 有…吗 too, not "有多少…吗".)
const HAS_ASKED = /有没有|是否有|有无|有(?![多几])[^，,。？?]{1,16}?吗[？?]?$/;
/** A share claimed ("一半以上", "超过三成", "60%") and one written ("四成", "42%"), in percent. */
const SHARE_CLAIMED = /(超过|过|多于|不到|不足)?(一半|半数|过半|[一二三四五六七八九]成|\d+(?:\.\d+)?%)(以上|以下|多)?/;
const SHARE_SAID = /^(?:约|近|超)?(?:[一二三四五六七八九]成|\d+(?:\.\d+)?%)/;
const percentOf = (share: string) =>
  /半/.test(share)
    ? 50
    : /成$/.test(share)
      ? ("一二三四五六七八九".indexOf(share.replace(/^(?:约|近|超)/, "")[0] ?? "") + 1) * 10
      : Number(/\d+(?:\.\d+)?/.exec(share)?.[0] ?? 0);
const numberOf = (value: string) => Number(/\d+(?:\.\d+)?/.exec(value)?.[0] ?? 0);

/**
 * "是。" when the amount a question states is the figure's, "不是57场。" when the figures it matched give another;
 * nothing when the question states no amount or does not ask to confirm one.
 */
export function claimVerdict(
  question: string,
  matched: readonly Figure[],
  all: readonly Figure[],
): { text: string; evidence: Evidence[] } {
  const text = verdictOf(question, matched);
  // ("三原高新区入驻企业才110家吧" of 261家, where 110 is its count of 高新技术企业): what the amount claimed is instead,
  // when another figure of the same thing, in the same article, has it.
  const [, bound = "", n = "", unit = ""] =
    /^不是(超过|多于|不到|少于|至少|不少于|达到|突破)?(\d+(?:\.\d+)?)([^。]*)。$/.exec(text) ?? [];
  // (Of the same kind of thing, the labels' last word: 高新技术企业 for 入驻企业, not the 60余家高校院所 a number only
  // happens to match.)
  const other = n
    ? all.find(
        (f) =>
          !matched.includes(f) &&
          matched.some((x) => sameSubject(f, x) && headOf(f.label) === headOf(x.label)) &&
          hasAmount(f, n, unit),
      )
    : undefined;
  if (!other) return { text, evidence: [] };
  // (With its year when the label has none: "文章里55家是2025年的新增高新技术企业".)
  const period = other.period && !other.label.includes(other.period.replace(/年.*$/, "")) ? `${other.period}的` : "";
  return {
    text: `不是${bound}${n}${unit}；文章里${other.value}${other.unit}是${period}${other.label}。`,
    evidence: other.evidence.slice(0, 1),
  };
}

/** Two figures of one thing: the same zones or group (in any article: "31个" a later report gives of the year
 *  after), or in one article the same first words to match. */
function sameSubject(a: Figure, b: Figure): boolean {
  if (a.about?.length && b.about?.length) return a.about.some((z) => b.about?.includes(z));
  const articles = new Set(b.evidence.map((e) => e.article));
  if (!a.evidence.some((e) => articles.has(e.article))) return false;
  const [x, y] = [a.match?.[0], b.match?.[0]];
  return !!x && !!y && x.some((w) => y.includes(w));
}

/** A figure whose value is the number `n` (said plainly, or as more than it: "突破110"), in `unit` or none said. */
function hasAmount(f: Figure, n: string, unit: string): boolean {
  const m = /^(?:超过|突破|逾|约|近)?(\d+(?:\.\d+)?)(?:余|多)?$/.exec(String(f.value));
  if (!m || Number(m[1]) !== Number(n)) return false;
  return !unit || money(f.unit) === money(unit) || f.unit.startsWith(unit) || unit.startsWith(f.unit);
}

/** The magnitude a unit begins with ("万家" → 万, "亿元" → 亿, "家" → ""). */
const magnitude = (u: string) => /^[万亿]*/.exec(u)?.[0] ?? "";

/** "3700亿" of "843.7亿元": 元 said or not, the same money. */
const money = (u: string) => u.replace(/(?<=[万亿])元$/, "");

/** Which way a figure went: down ("下降", "减少", "负增长") or up ("增长", "增加", "提高"). */
const DOWN = /下降|减少|下滑|回落|降低|缩减|萎缩|负增长/;
const UP = /增长|增加|提高|上升|提升|增至|扩大/;

/**
 * "…成交额是不是下降了" of a quote that says it grew ("…843.7亿元，同比增长12.7%"): no, the other way. Null when the
 * question names no direction, or the quote names the one asked (or none).
 */
function directionVerdict(quote: string, claim: string): string | null {
  // (A rate asked, "增速有没有回落", is not the amount's way: "同比增长12.7%" says nothing of the rate's.)
  if (/增速|增幅|增长率|速度|速率|放缓|加快/.test(claim)) return null;
  const way = (t: string) => {
    const down = DOWN.test(t);
    const up = UP.test(t.replace(/负增长/g, ""));
    return down === up ? null : down ? "down" : "up";
  };
  const asked = way(claim);
  const said = way(quote);
  if (!asked || !said || asked === said) return null;
  return said === "up" ? "不是，实际上是增长。" : "不是，实际上是下降。";
}

function verdictOf(question: string, matched: readonly Figure[]): string {
  // ("…成交额是不是下降了" of "843.7亿元（同比增长12.7%）": the other way.)
  const turned = /是不是|是否|吗|吧|有没有/.test(question)
    ? matched.map((f) => directionVerdict(`${f.value}${f.unit}${f.note ?? ""}`, question)).find(Boolean)
    : undefined;
  if (turned) return turned;
  // ("是不是全都建在国家高新区里" of "95家建在国家高新区内，占总数的87%": a share short of the whole.)
  const share =
    /全都|全部|都(?:是|在|建|属于)/.test(question) && /是不是|是否|吗|吧/.test(question)
      ? matched
          .map((f) => /占[^，。；]{0,8}?(\d+(?:\.\d+)?)%/.exec(`${f.value}${f.unit}${f.note ?? ""}`)?.[1])
          .find(Boolean)
      : undefined;
  if (share && Number(share) < 100) return `不是，只有一部分（占${share}%）。`;
  // ("听说中关村集聚了全国一半以上的人工智能企业" of "四成"): a share claimed against the share written.
  const shareClaimed = SHARE_CLAIMED.exec(question);
  const shareSaid = shareClaimed
    ? matched.map((f) => SHARE_SAID.exec(`${f.value}${f.unit ?? ""}`)?.[0]).find(Boolean)
    : undefined;
  if (shareClaimed && shareSaid) {
    const [claimed, said] = [percentOf(shareClaimed[2] ?? ""), percentOf(shareSaid)];
    const above =
      /超过|过|多于/.test(shareClaimed[1] ?? "") || /以上|多/.test(shareClaimed[3] ?? "") || shareClaimed[2] === "过半";
    const below = /不到|不足/.test(shareClaimed[1] ?? "") || shareClaimed[3] === "以下";
    const holds = above ? said >= claimed : below ? said < claimed : said === claimed;
    if (!holds) return `不是，文章写的是${shareSaid}。`;
  }
  const m = CLAIMED.exec(question);
  const claimed = m?.[1];
  // ("2024年有没有促成科研项目合作": whether there were any, which a figure above nothing says.)
  if (!m || !claimed) return HAS_ASKED.test(question) && matched.some((f) => numberOf(f.value) > 0) ? "有。" : "";
  // ("…成交额超过3700亿元，同比涨了多少？": an amount taken for granted before what is asked; only a wrong one is said,
  // and only of the one figure matched, in its unit.)
  return CONFIRMS.test(question) ? confirmedVerdict(question, m, matched) : premiseVerdict(question, m, matched);
}

/** 是 or 不是 of the amounts a question asks to confirm (`m`: the first amount it states). */
function confirmedVerdict(question: string, m: RegExpExecArray, matched: readonly Figure[]): string {
  const claimed = m[1] as string;
  // "超过20场了吗", "50亿以上吗": a bound, not the amount: 是 or 不是 when one plain number is matched.
  const around = question.slice(Math.max(0, m.index - 3), m.index + claimed.length + 3);
  // ("签约了74个": 约 of another word is no bound.)
  const before = question.slice(Math.max(0, m.index - 3), m.index);
  if (BOUND.test(around)) return boundVerdict(before, claimed, around, matched);
  // ("有3700多亿吧": 3700 or a little more, up to the next step of its last non-zero digit.)
  if (/\d(?:多|余)/.test(claimed)) return moreThanVerdict(claimed, matched);
  // ("有没有举办100场": at least that many, as most mean it.)
  if (/有没有/.test(question) && !/吗|吧|是不是|对不对/.test(question))
    return boundVerdict(before, claimed, `达到${around}`, matched);
  // (Every amount claimed, each by the figures' values or notes: "80个…签约，总投资443.3亿元" against "80个（总投资
  // 412亿元）".)
  // (A whole number, not one inside another, "6" of "61"; a note's amount only for money, "总投资412亿元", not a
  // count of another thing it tells, "另有48个试点培育单位".)
  // (A value of several things, "华虹…项目超100亿美元，闻泰…项目超100亿元": the one the question names.)
  // (Of several figures, those of the thing claimed, said right before the amount: "人工智能企业才320家吧" is not
  // met by "高新技术企业突破320家".)
  const named = ofThingClaimed(question, m, matched);
  const values = named.map((f) => ownPart(`${f.value}${f.unit}`, question)).join(" ");
  const notes = named.map((f) => f.note ?? "").join(" ");
  const holds = (c: string) => {
    const n = /^\d+(?:\.\d+)?/.exec(c)?.[0];
    if (!n) return values.includes(c);
    const whole = new RegExp(`(?<![\\d.])${n.replace(".", "\\.")}(?![\\d.])`);
    // (Money in 元 is not money in 美元: "100亿元" of "100亿美元" does not hold.)
    const currency = /元/.test(c) ? new RegExp(`(?<![\\d.])${n.replace(".", "\\.")}(?:多|余)?[万亿]?美元`) : undefined;
    const other = currency?.test(values) && !/美元/.test(question);
    // (…or an earlier count its note compares it with, "31个（较2024年的9个…）": 9个 was that year's.)
    return !other && (whole.test(values) || (/元/.test(c) && whole.test(notes)) || new RegExp(`的${c}`).test(notes));
  };
  const all = [...question.matchAll(new RegExp(CLAIMED.source, "g"))].map((x) => x[1] as string);
  const wrong = all.find((c) => !holds(c));
  return wrong === undefined ? "是。" : `不是${wrong}。`;
}

/** The last word of what a label counts: "三原县高新技术企业数量" → 企业, "…产值规模（预计）" → 规模. */
const headOf = (label: string) =>
  label
    .replace(/（[^）]*）$/, "")
    .replace(/(?:数量|总数|总量|总额)$/, "")
    .slice(-2);

/** The figures whose label holds the words right before the amount claimed (its last two characters at least). */
function ofThingClaimed(question: string, m: RegExpExecArray, matched: readonly Figure[]): readonly Figure[] {
  if (matched.length < 2) return matched;
  const before = question
    .slice(0, m.index)
    .replace(/(?:才|只有|只|就|有|是|达到|达|共|共有|一共|已经|已|了|都|约|大约|超过|突破)+$/, "");
  for (let n = Math.min(6, before.length); n >= 2; n--) {
    const thing = before.slice(-n);
    // (Ending with it first: "集聚人工智能企业中高新技术企业" holds 人工智能企业 but counts another.)
    const ending = matched.filter((f) => f.label.replace(/（[^）]*）$/, "").endsWith(thing));
    const own = ending.length > 0 ? ending : matched.filter((f) => f.label.includes(thing));
    if (own.length > 0) return own;
  }
  return matched;
}

/** "不是超过3700亿元。": an amount a question takes for granted that the one figure matched does not hold. */
function premiseVerdict(question: string, m: RegExpExecArray, matched: readonly Figure[]): string {
  const claimed = m[1] as string;
  // ("物联网网络15家成员的…企业数量分别是多少": the members counted, which the group's own premises check.)
  if (/^(?:成员|国家高新区|高新区)/.test(question.slice(m.index + claimed.length))) return "";
  const unit = /^\d+(?:\.\d+)?(.*)$/.exec(claimed)?.[1] ?? "";
  const sameUnit = (f: Figure) =>
    // (A share carries its "%" in the value: "27.3%", unit "".)
    [f.unit, money(f.unit), /\d(%)/.exec(String(f.value))?.[1] ?? ""].some(
      // (A magnitude is no part of the same unit: "家" is not "万家".)
      (u) =>
        u !== "" && (u === money(unit) || ((u.endsWith(unit) || unit.endsWith(u)) && magnitude(u) === magnitude(unit))),
    );
  // (Of the figures matched, the one in the unit claimed: "2024年…产值已经到13.4万亿了，年复合增长率多少" claims the
  // 产值 in 万亿元, not the rate asked.)
  const inUnit = unit ? matched.filter(sameUnit) : [];
  const f = inUnit.length === 1 ? inUnit[0] : undefined;
  if (!f || !/多少|几/.test(question.slice(m.index))) return "";
  const verdict = confirmedVerdict(question, m, [f]);
  const bound = BOUND.exec(question.slice(Math.max(0, m.index - 3), m.index))?.[0] ?? "";
  return verdict.startsWith("不是") ? `不是${bound}${claimed}。` : "";
}

/** The part of a value of several things ("A超100亿美元，B超100亿元") whose thing the question names, else all of it. */
function ownPart(value: string, question: string): string {
  const parts = value.split(/[，,；;]/);
  const named = parts.filter((x) => {
    const thing = /^([\u4e00-\u9fff]{2,}?)(?:超过?|约|达到?|为|逾|近)?\d/.exec(x)?.[1];
    return thing !== undefined && question.includes(thing);
  });
  return parts.length > 1 && named.length === 1 ? (named[0] as string) : value;
}

/** "3700多亿": 是 when the one figure matched is from 3700 up to 3800 (in the unit claimed), 不是 otherwise. */
// ("1600余家", "超过1500亿元": the figure itself said as more than a number, the same number claimed holds.)
function moreThanVerdict(claimed: string, matched: readonly Figure[]): string {
  const f = matched.length === 1 ? (matched[0] as Figure) : undefined;
  const written = f ? /^(超过|突破|逾)?(\d+(?:\.\d+)?)(余|多)?$/.exec(String(f.value)) : null;
  const [, n = "", unit = ""] = /^(\d+)(?:多|余)(.*)$/.exec(claimed) ?? [];
  if (!f || !written || !n || (unit && !f.unit.startsWith(unit) && !unit.startsWith(f.unit))) return "";
  const x = Number(written[2]);
  if (written[1] || written[3]) return x === Number(n) ? "是。" : `不是${claimed}。`;
  const step = 10 ** (/0*$/.exec(n)?.[0].length ?? 0);
  return x >= Number(n) && x < Number(n) + step ? "是。" : `不是${claimed}。`;
}

/**
 * "超过20场了吗", "不到50亿吧", "达到30个以上了没有": 是 or 不是, when the figures matched are one plain number in the
 * unit claimed (or none claimed); nothing for "左右/近/约", which no figure settles.
 */
function boundVerdict(before: string, claimed: string, around: string, matched: readonly Figure[]): string {
  if (ROUGHLY.test(around) || matched.length !== 1) return "";
  const f = matched[0] as Figure;
  const value = amountOf(f);
  const [, n = "", unit = ""] = /^(\d+(?:\.\d+)?)(.*)$/.exec(claimed) ?? [];
  if (!value || !n || (unit && !value.unit.startsWith(unit) && !unit.startsWith(value.unit))) return "";
  const [x, bound] = [Number(value.n), Number(n)];
  const upper = /不到|少于|以下/.test(around);
  const inclusive = /至少|不少于|达到|以上|以下/.test(`${before}${around}`);
  const holds = upper ? (inclusive ? x <= bound : x < bound) : inclusive ? x >= bound : x > bound;
  return holds ? "是。" : "不是。";
}
