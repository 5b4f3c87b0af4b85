/**
 * Figures the articles give: the ones a question names, and the difference between two years.
 */

import { entityNames } from "../../knowledge/entity-names.ts";
import { COUNT, countOf } from "../../knowledge/extract/lists.ts";
import { lexicon } from "../../knowledge/lexicon.ts";
import { hasTerm, inOrder, normalizeTerm } from "../../knowledge/normalize.ts";
import type { Evidence, Figure } from "../../knowledge/schema.ts";
import { homeZoneOf } from "../../knowledge/source-zone.ts";
import { LATER_BATCH, ORDINAL, otherOrdinalThan } from "../ordinals.ts";
import { HIGH_TECH_FIRMS, LISTED_FIRMS, type Parsed } from "../parse.ts";
import { articleSentences, citedSentence } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { citationsFor, type FactContext, fact, formatDate, none } from "./context.ts";
import {
  ATTENDED,
  attendanceAsked,
  COUNT_UNIT_ASKED,
  DATES_BY_ZONE,
  HOSTED_BY_ZONE,
  ITEMS_OF_COUNTED,
  NOW_ASKED,
} from "./cues.ts";
import { amountOf, claimVerdict, growthCorrected, startCorrected } from "./figure-claims.ts";
import { statedThenAsked } from "./figure-stated.ts";

/** The figures a question names (at most four, the best matched), or the difference it asks for. */
const ASKS_WHO_OWNS = /哪家(?:公司|企业|单位|机构)|哪个(?:公司|企业)|什么(?:公司|企业)|谁家|是谁的|叫什么/;

export function figures(c: FactContext, p: Parsed, readStated = true): Answer | null {
  // "贾敬敦说行动计划怎么推进" shares words with a figure but asks how, not how much; "某项目归哪家企业"
  // asks who, which no amount answers.
  if (p.open && !p.quantity) return null;
  if (!p.quantity && ASKS_WHO_OWNS.test(p.text)) return null;
  // ("是谁提出要重点建设100个…集群的": who said it, not the amount it names.)
  if (!p.quantity && /(?:是谁|哪位|谁)[^，,。？?]{0,4}?(?:提出|说|讲|表示|指出|强调|透露|介绍|宣布)/.test(p.text))
    return null;
  // ("光谷未来产业发展实施方案讲了些啥": what a document or a speech says, not one of its amounts.)
  if (!p.quantity && CONTENT_ASKED.test(p.text)) return null;
  const difference = figureDifference(c, p);
  if (difference) return difference;
  // ("泰州医药高新区那1100多家医药企业，2025年产业规模有多少": a count stated, then another amount asked.)
  const afterStated = readStated ? statedThenAsked(c, p, matchFigures, (q, read) => figures(c, q, read)) : null;
  if (afterStated) return afterStated;
  // "新政哪天发布的" asks when, which no amount answers; so does "方案是2024年10月发的吗", which states a date.
  if (!p.quantity && (/哪天|哪一天|什么时候|何时|哪年|哪一年|几月/.test(p.text) || DATE_CLAIMED.test(p.text)))
    return null;
  // "拿出多少钱", "签约总金额是多少": an amount of money, in 元.
  // ("What was the total investment of…", "how much money": the same, asked in English.)
  // ("安排了多少财政资金": a count of another thing, "16条措施", is not it.)
  const money =
    /多少钱|金额|投资额|出资额|多少(?:财政)?(?:资金|经费|预算)|(?:资金|经费|预算|投资)(?:有|是|为|达到?)?(?:多少|几)(?![个家项场条台所名])/.test(
      p.text,
    ) || /\b(?:investment|invested|how much money|amount of money|funding)\b/i.test(p.text);
  // A company the question names ("某某医药开工的项目"): only a figure that names it too.
  // (Not inside a name the question gives: "生物医药网络" is a network's field, no company.)
  const company = COMPANY.exec(withoutMentions(p))?.[1];
  const matched = matchFigures(c, p).filter(
    (f) =>
      // (…or a count whose note gives the money: "签约项目16个（总金额238亿元）"; not a count of things each of a size,
      // "打造2个未来产业集群（各1000亿元）" asked "打算投多少钱".)
      (!money ||
        /元/.test(`${f.value}${f.unit}`) ||
        /(?:金额|投资|资金|出资|投入)[^，,；;]{0,6}\d/.test(f.note ?? "")) &&
      (!company || f.label.includes(company) || f.evidence.some((e) => e.quote.includes(company))),
  );
  // "中关村企业跟大连高新区共建的项目总投资多少": the figure of another zone the question's other words name, said to
  // be that zone's.
  const otherZone = matched.length === 0 ? zoneCorrected(c, p) : null;
  if (otherZone) return otherZone;
  const otherPart = matched.length === 0 ? partUnreported(c, p) : null;
  if (otherPart) return otherPart;
  if (matched.length === 0) {
    // "the total investment of the 15 projects": money asked of a count the question states, which gives none.
    const counted = money
      ? matchFigures(c, p).filter((f) => new RegExp(`(?<![\\d.])${f.value}(?![\\d.])`).test(p.text))
      : [];
    const f = counted.length === 1 ? counted[0] : undefined;
    return f && /[a-z]{3}/i.test(p.text)
      ? none(`文章只写了${f.label}${f.value}${f.unit}，没有写金额。`, { citations: citationsFor(c.k, f.evidence) })
      : null;
  }
  // "哪两个赛道", "3个产业高地是哪几个", "七大要素具体是哪七个" ask which ones, by name: only a figure that
  // counts as many as the question says and names them in its note answers it (no amount does).
  const stated = whichOnes(p.text);
  if (stated !== undefined) {
    const naming = matched.filter(
      (f) => (stated === null || countOf(String(f.value)) === stated) && NAMES.test(f.note ?? ""),
    );
    if (naming.length === 0) return null;
    matched.splice(0, matched.length, ...naming);
  }
  // (…and its note is the answer: no "not written" for what the question restates.)
  const restated = stated === undefined ? restatedOnly(c, p.text, matched) : null;
  if (restated) return restated;
  // "累计/至今多少": a running total; a figure of one year is not it (a passage that says 累计 may be), and where one
  // is among those matched, only the running totals answer.
  const running = (f: Figure) => RUNNING_FIGURE.test(`${f.label}${f.note ?? ""}${f.evidence[0]?.quote ?? ""}`);
  if (RUNNING.test(p.text)) {
    if (!matched.some(running)) return null;
    // (By its own words first: a year's figure whose sentence goes on to the total is not one.)
    const own = matched.filter((f) => RUNNING_FIGURE.test(`${f.label}${f.note ?? ""}`));
    matched.splice(0, matched.length, ...(own.length > 0 ? own : matched.filter(running)));
  }
  // "成立大会上签了多少个项目": what one meeting did; a running total to a later day is not it (a passage may be).
  if (
    OCCASION_ON.test(p.text) &&
    !RUNNING.test(p.text) &&
    matched.every((f) => /累计|截至/.test(f.evidence[0]?.quote ?? ""))
  )
    return null;
  const compared = compareFigures(c, p, matched) ?? shareComputed(c, p, matched);
  if (compared) return compared;
  // "具体多少个，给个数字" when the article only says "一半以上": not the exact figure asked for.
  if (/具体|数字|确切|精确|exact/.test(p.text) && matched.every((f) => !/\d/.test(String(f.value)))) {
    const said = matched.map((f) => `${f.label}：${f.value}${f.unit}`).join("；");
    return none(`文章没有给出具体数字（没有写明是多少），只写了：${said}。`, {
      citations: citationsFor(
        c.k,
        matched.flatMap((f) => f.evidence),
      ),
    });
  }
  // (The same thing said with another value in another article, neither of a year: each with its article's date.)
  const dateOf = (f: Figure) => reportedOn(c, f);
  const reported = (f: Figure) =>
    !f.period &&
    dateOf(f) &&
    matched.some((o) => o !== f && o.label === f.label && o.unit === f.unit && o.value !== f.value && !o.period)
      ? `（${formatDate(dateOf(f))}报道）`
      : "";
  const grew = matched.map((f) => grownBy(c, p.text, f));
  const lines = matched.map(
    (f, i) =>
      `${f.label}：${f.value}${f.unit}${f.note ? `（${f.note}）` : ""}${f.period && !f.label.includes(f.period.replace(/年$/, "")) ? `，${f.period}` : ""}${reported(f)}${grew[i]?.text ?? ""}。`,
  );
  const corrected = startCorrected(c, p.text, matched) ?? growthCorrected(p.text, matched);
  // "…是截至什么时候的": the date the figure's own sentence counts to ("截至2026年6月底，…2860余家").
  const asOf = AS_OF_ASKED.test(p.text) ? countedTo(c, matched[0]) : undefined;
  if (asOf && lines[0]) lines[0] = `${asOf}，${lines[0]}`;
  const total = sumAsked(p.text, matched);
  if (total) lines.push(total);
  // One figure: its sentence, word for word, says what it counts and what it is said with ("整合所辖63家公共实验室、
  // 317台合成套设备目录").
  // ("杨红刚在推介会上说…有多少家": a speaker the question names, whose words these are: the sentence that says who.)
  // (…only when that sentence is the speaker's: "杨红刚说…有多少家企业" of a figure 文锋 gave is not quoted so.)
  const one = matched.length === 1 && !total ? matched[0] : undefined;
  const named = c.k.officials.filter((o) => o.name.length >= 2 && p.text.includes(o.name));
  // ("现在有几个，新增的是哪个": which is new, asked with the count: the sentence that names it.)
  const newOne = NEW_ONE_ASKED.test(p.text);
  const whole = one && (TWO_AMOUNTS.test(p.text) || named.length > 0 || newOne) ? sourceLine(c, one, true) : undefined;
  const speaker = named.some((o) => whole?.text.includes(o.name));
  const source = !one ? undefined : TWO_AMOUNTS.test(p.text) || speaker || newOne ? whole : sourceLine(c, one);
  if (source?.text) lines.push(source.text);
  const claim = claimVerdict(p.text, matched, c.k.figures);
  return fact(
    c.k,
    `${corrected?.text ?? ""}${claim.text}${lines.join("\n")}`,
    [
      ...(corrected ? [corrected.evidence] : []),
      ...matched.flatMap((f) => f.evidence),
      ...grew.flatMap((g) => (g.evidence ? [g.evidence] : [])),
      ...(source?.evidence ? [source.evidence] : []),
      ...claim.evidence,
    ],
    {
      title: matched.length === 1 ? matched[0]?.label : "数据",
      items: matched.map((f) => ({ name: f.label, note: `${f.value}${f.unit}` })),
    },
  );
}

/** Which one is new, asked beside a count: "新增的是哪个", "新设了哪个". */
const NEW_ONE_ASKED = /新(?:增|设|成立|加)(?:的|了)(?:是)?哪/;

/** A meeting the question asks about, as where something was done ("成立大会上", "年会上"). */
const OCCASION_ON = /(?:成立大会|启动大会|启动仪式|成立仪式|签约仪式|年会|理事会|推进会|对接会|大会)(?:现场)?上/;

/** "据《标题》：…": a figure's own sentence, when it says more than the figure's line does. */
/** Two amounts asked: "发布了多少项榜单，完成揭榜多少项", "how many … and how many …". */
const TWO_AMOUNTS = /(?:多少|几)[^？?]*?[，,、和及与][^？?]*?(?:多少|几)|\bhow many\b.*\band how many\b/i;

/** Who said a remark, right after it: "三原高新区党工委副书记、管委会主任文锋说". */
const SAID_BY = /^[^。“”]{2,40}?(?:说|表示|介绍|指出)(?=[。，,]|$)/;

function sourceLine(c: FactContext, f: Figure | undefined, whole = false): { text: string; evidence?: Evidence } {
  // (A table's figure: the sentence that says what it counts, its header and its row, read as one.)
  const table = f && f.evidence.length > 1 && f.evidence.slice(1).every((e) => /[|｜]/.test(e.quote));
  const first = f ? citationsFor(c.k, f.evidence.slice(0, 1))[0] : undefined;
  const clause = table && first ? { ...first, quote: (f?.evidence ?? []).map((e) => e.quote.trim()).join(" ") } : first;
  // (Two amounts asked, one figure found: its whole sentence, which may give the other, "…“榜单”62项，已完成揭榜对接27项".)
  // (…its part between semicolons.)
  const parts =
    whole && clause
      ? articleSentences(c.k.articles.get(clause.articleId)?.body ?? "").flatMap((x) => x.split(/(?<=[；;])/))
      : [];
  const at = clause ? parts.findIndex((x) => x.includes(clause.quote)) : -1;
  // ("…移动物联网专业委员会成立大会在我区举行…。至此,联盟专业委员会增至4个": a count said as where things now stand,
  // with the sentence before, which tells what made it so.)
  // (…or a remark quoted whole, with who said it after: "“目前,三原高新区入驻企业261家,…。”三原高新区党工委副书记、
  // 管委会主任文锋说".)
  // (The closing mark opens the next sentence as the article is split.)
  const next = (parts[at + 1] ?? "").trim();
  const saidBy = /^”/.test(next) ? SAID_BY.exec(next.slice(1))?.[0] : undefined;
  const sentence =
    at > 0 && /^(?:至此|由此|自此|这样)/.test(parts[at]?.trim() ?? "")
      ? `${parts[at - 1]?.trim()}${parts[at]?.trim()}`
      : saidBy
        ? `${parts[at]?.trim()}”${saidBy}`
        : parts[at];
  const said = clause && sentence ? { ...clause, quote: sentence } : clause;
  // (Not when it says no more than the line: "…成交额843.7亿元,同比增长12.7%", "2025年，X实现营业收入4200亿元".)
  if (!f || !said) return { text: "" };
  let rest = said.quote.replace(/[，,。；;：:（）()\s]/g, "");
  for (const part of [f.label, `${f.value}${f.unit}`, f.note ?? "", f.period ?? ""])
    if (part) rest = rest.replace(part, "");
  if (rest.length <= 4) return { text: "" };
  // (The longer quote is cited too, when it is the article's text as it stands.)
  const body = c.k.articles.get(said.articleId)?.body ?? "";
  const quote = said.quote.trim();
  return {
    text: `据《${said.title}》：${said.quote.replace(/[。；;，,]$/, "")}。`,
    ...(quote !== clause?.quote && body.includes(quote) ? { evidence: { article: said.articleId, quote } } : {}),
  };
}

/** The one figure that matches a question but for one zone it names, when that figure names another zone instead. */
function zoneCorrected(c: FactContext, p: Parsed): Answer | null {
  const zones = p.mentions.flatMap((m) => (m.type === "entity" && m.ref.kind === "zone" ? [m.ref.id] : []));
  if (zones.length < 2) return null;
  // (…one whose label names a zone the question does not: "中关村企业与沈阳高新区共建项目".)
  const near = matchText(c, p, p.text, true).filter((x) =>
    [...c.k.zones.values()].some((z) => !zones.includes(z.id) && x.label.includes(z.name)),
  );
  const f = near.length === 1 ? near[0] : undefined;
  const missed = f ? zones.filter((z) => !figureIsAbout(c, f, z)) : [];
  if (!f || missed.length !== 1) return null;
  const wrong = c.zoneName(missed[0] as string);
  return fact(c.k, `不是${wrong}。文章写的是：${f.label}${f.value}${f.unit}。`, f.evidence, { title: f.label });
}

/**
 * "某指标今年比去年多多少": the same measure in the two years the question names, and the difference
 * (computed here, from the two quoted values; only when both are plain numbers in the same unit).
 */
function figureDifference(c: FactContext, p: Parsed): Answer | null {
  if (!/比.{0,12}?(?:多|少|增加|增长|减少|高|低)[\u4e00-\u9fff]{0,3}?了?(?:多少|几)/.test(p.text)) return null;
  const years = [...new Set([...p.text.matchAll(/20\d{2}/g)].map((m) => Number(m[0])))];
  if (years.length !== 2) return null;
  const mentioned = new Set(p.mentions.flatMap((m) => (m.type === "entity" ? [m.ref.id] : m.name.readings)));
  const yearTerm = (t: string) => /^20\d{2}$|预计|明年|去年|今年/.test(t);
  const found = c.k.figures.filter(
    (f) =>
      f.year !== undefined &&
      years.includes(f.year) &&
      f.match.every((group) =>
        group.some(
          (t) => yearTerm(t) || (t.startsWith("@") ? mentioned.has(t.slice(1)) : hasTerm(p.text, normalizeTerm(t))),
        ),
      ),
  );
  const [a, b] = years.map((y) => found.filter((f) => f.year === y));
  if (a?.length !== 1 || b?.length !== 1) return null;
  const [early, late] = [a[0] as Figure, b[0] as Figure].sort((x, y) => (x.year ?? 0) - (y.year ?? 0)) as [
    Figure,
    Figure,
  ];
  const [x, y] = [plainNumber(early.value), plainNumber(late.value)];
  if (!x || !y || early.unit !== late.unit) return null;
  const more = moreOrLess(x, y);
  return fact(
    c.k,
    `${late.year}年比${early.year}年${more}${late.unit}：${late.label}${late.value}${late.unit}，${early.label}${early.value}${early.unit}。`,
    [...late.evidence, ...early.evidence],
    { title: late.label },
  );
}

/**
 * "签的21个项目，总金额是多少": the question states the value of every figure it matches and asks something else
 * of it. What the figure's note says answers (its 总投资); else the articles do not say it.
 */
function restatedOnly(c: FactContext, text: string, matched: Figure[]): Answer | null {
  if (/吗|是否|是不是|对不对|对吗/.test(text) && !/多少|几/.test(text)) return null;
  const at = matched.map((f) => text.indexOf(`${f.value}${f.unit}`));
  if (at.some((i) => i < 0)) return null;
  const f = matched[0] as Figure;
  const after = text.slice((at[0] ?? 0) + `${f.value}${f.unit}`.length);
  // ("61个…试点里有多少个在江苏": how many of them are somewhere, which the total does not say.)
  const where =
    /(?:里|中|当中|之中)[^，,。？?]{0,4}?(?:多少|几)(?:个|家|项)?(在|位于|属于|来自)([\u4e00-\u9fff]{2,8})/.exec(after);
  if (where)
    return none(`文章只写了${f.label}${f.value}${f.unit}，没有写其中${where[1]}${where[2]}的有多少。`, {
      citations: citationsFor(c.k, f.evidence),
    });
  // (What is asked is named right before 多少, after what the figure counts: "项目总金额是多少" → 总金额.)
  const run = /([\u4e00-\u9fff]+?)(?:大概|大约|一共|总共)?(?:是|有|为)?(?:多少|几)/.exec(after)?.[1] ?? "";
  const asked = run.replace(/^(?:的|其)?(?:项目|企业|家|个|场|项)?(?:的)?/, "").slice(-4);
  if (asked.length < 2) return null;
  if (f.note && [...asked].some((_ch, i) => i + 1 < asked.length && f.note?.includes(asked.slice(i, i + 2))))
    return null;
  return none(`文章只写了${f.label}${f.value}${f.unit}，没有写${asked}。`, {
    citations: citationsFor(c.k, f.evidence),
  });
}

/** Which ones of a counted set: "哪两个", "哪几项". */
const WHICH_ONES = new RegExp(`哪(?:${COUNT}|几)[个项家大条种类]`);
const STATED_COUNT = new RegExp(`(?<![\\d.])${COUNT}(?:个|项|家|大|条|种|类)`);
// (A note that names them lists them: "通用人工智能和先进半导体", not "数量居全国第一".)
const NAMES = /[\u4e00-\u9fff]{2,}(?:、|和|与|及)[\u4e00-\u9fff]{2,}/;

/** A which-ones question's count: "哪两个" 2, "3个…哪几个" 3, "3个…分别是" 3, "哪几个" null; undefined when it asks no
 * which-ones. */
function whichOnes(text: string): number | null | undefined {
  const asked = WHICH_ONES.exec(text);
  // ("3个千亿级电子信息产业高地分别是", "那9家企业叫什么名字": the items of a count the question states.)
  const items = asked ? null : ITEMS_OF_COUNTED.exec(text);
  if (items) return countOf((items[1] ?? items[3] ?? "").slice(0, -1)) ?? null;
  if (!asked) return undefined;
  const inAsk = new RegExp(COUNT).exec(asked[0].slice(1));
  const stated = inAsk ?? STATED_COUNT.exec(text.replace(asked[0], ""));
  return stated?.[1] ? (countOf(stated[1]) ?? null) : null;
}

/** A date stated for an act ("是2024年10月发的吗", "10月发布的", "是2013年开始搞的吗"). */
const DATE_CLAIMED =
  /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:份)?(?:发|发布|出台|印发|推出|公布|提出|出的)|\d{4}年(?:年初|初|底|年底)?(?:正式)?(?:开始|启动|起步|开展|发起)/;

/** A running total asked, and one stated. */
const RUNNING = /累计|至今|到现在|迄今|截至目前/;
// ("由首批12个增至37个": a count that grew since the founding to what it is now.)
const RUNNING_FIGURE =
  /累计|至今|迄今|以来|截至|总计|(?:由|从)[^，,。；;]{0,6}?(?:首批|成立时|成立之初|启动时)[^，,。；;]*?(?:增至|增加到|增加至|增长到|增长至|扩大到|升至|增到)/;

/** The question with the names of what it mentions blanked out. */
function withoutMentions(p: Parsed): string {
  let text = p.text;
  for (const m of [...p.mentions].sort((a, b) => b.start - a.start))
    text = `${text.slice(0, m.start)}＿${text.slice(m.end)}`;
  return text;
}

/** A company named by its name and its trade ("创胜医药", "华虹集团"): the name. */
const COMPANY = /([\u4e00-\u9fff]{2,4}?)(?:医药|药业|集团|公司|股份|科技有限)/;

/** Asks what something says: "讲了些啥", "主要内容是什么", "提出了哪些", "都提了啥". */
const CONTENT_ASKED =
  /讲了(?:些)?(?:啥|什么)|说了(?:些)?(?:啥|什么)|(?:主要)?内容(?:是)?(?:什么|啥|有哪些)|提(?:出)?了(?:些|哪些)?(?:什么|啥)|提出了哪些/;
/** An amount asked with a measure word of things counted: "多少个", "几家", "多少项". */
const COUNT_ASKED = /(?:多少|几)(?:个|家|项|座|场|条|台|所|辆|名|人)/;
/** A figure that is a share of a whole: "占全国比重 四成", "35%". */
const SHARE = /比重|占比|份额|\s[近约超]?(?:[一二三四五六七八九]成|一半|\d+(?:\.\d+)?%)/;

/** A word that says what kind of group or place a name is, not what is counted ("网络", "联盟"). */
const GROUP_WORD = /^(?:网络|联盟|高新区|园区|示范区)$/;
/** A group's kind, as a figure's match asks it to be said. */
const KIND_WORD = /^(?:网络|联盟)$/;

/** The members counted: "成员数量", "成员单位数", "成员总数". */
const MEMBER_COUNT = /成员(?:单位|高新区)?(?:的)?(?:数量|总数|个数|数)/g;

/** A word that names a year or a forecast ("2025", "预计", "明年"). */
const YEAR_WORD = /^20\d{2}$|预计|明年|去年|今年/;

/** Two measures asked together: "企业数和配套项目数据是多少" (each side names one), or each asked with its own
 *  多少 ("推广多少辆燃料电池汽车、建多少座加氢站", read without the 、 as "…汽车建多少座加氢站": the second from its 多少;
 *  "这几年", "几个月" ask no amount). */
const TWO_MEASURES =
  /^(.{2,}?[\u4e00-\u9fff]{2})(?:和|以及|及|与|还有)([\u4e00-\u9fff]{2}.*(?:多少|几[个家项]|数据|数字|规模))|^(.{2,}?(?:多少|几(?![年月天日乎]))[\u4e00-\u9fff]{2,}?)((?:多少|几(?![年月天日乎]))[\u4e00-\u9fff]{2,})/;

/** The same, asked in English: "how many IoT companies do the member zones have and what was the 2025 industry scale". */
const TWO_MEASURES_EN = /^(.*?\b(?:how many|how much|what)\b.{4,}?)[,\s]+and\s+((?:how many|how much|what)\b.{4,})$/i;

/** A count asked by its measure word ("多少家", "几条"), and a figure's unit that is one. */
const MEASURE_KINDS = ["家个座所", "场次", "条项", "名位", "台套", "张份"];

/** A target asked ("目标是多少", "计划达到多少"), and a sentence that sets one ("力争", "目标", "预计", "计划"). */
const TARGET_ASKED = /目标|计划(?:要|达到|完成)|预计(?:要|达到|完成)/;
const TARGET_SET = /目标|力争|预计|计划|争取|将(?:达到|突破|超过)|到20\d{2}年/;

/**
 * Figures whose match terms the question states (for the years it names), the best matched first. Two measures
 * asked together ("企业数和配套项目数据是多少") are matched each on its own side, the best of each first.
 */
export function matchFigures(c: FactContext, p: Parsed): Figure[] {
  const whole = ofPeriodAsked(c, p.text, ofPhaseAsked(p.text, matchText(c, p, p.text)));
  const two = TWO_MEASURES.exec(p.text) ?? TWO_MEASURES_EN.exec(p.text);
  // (The second amount is asked of what the first is: "长江中游联盟…有多少台套仪器、多少个中试平台".)
  const [leftText, rightText] = two?.[3]
    ? [two[3], `${two[3].slice(0, two[3].search(/多少|几/))}${two[4]}`]
    : [two?.[1], two?.[2]];
  // ("储能企业有多少家，2024年营收多少": two amounts asked, one figure known — the passages may tell both.)
  // (Two counts in one measure, "多少家企业？其中上市的几家", are one thing and a part of it, which one figure's sentence
  // may tell.)
  // ("这十几家…合计多少": 十几 is a rough count said, not asked.)
  const measures = [...p.text.matchAll(/(?:多少|(?<![第十])几(?![年月天日乎号十]))([家个项场条])?/g)].map(
    (m) => m[1] ?? "",
  );
  const amountsAsked = new Set(measures).size === 1 && measures[0] !== "" ? 1 : measures.length;
  // (…unless that figure's note gives the other: "签约项目80个（总投资412亿元）".)
  const one = whole.length === 1 ? whole[0] : undefined;
  const halfOnly = one !== undefined && !/\d/.test(one.note ?? "") && amountsAsked >= 2 && !twoCompared(p.text);
  if (!leftText || !rightText) return halfOnly ? [] : whole;
  const [left, right] = [matchText(c, p, leftText)[0], matchText(c, p, rightText)[0]];
  if (left && right && left !== right) return [...new Set([left, right, ...whole])].slice(0, 4);
  // ("有多少台套仪器、多少个中试平台": each side asks its own amount; a figure of one side alone answers half, unless
  // its value counts the other side's thing too: "覆盖几个省、多少个市县" by "5省29个市(县)".)
  const unmatched = two?.[3] && (left ?? right) ? (left ? rightText : leftText) : undefined;
  const thing = unmatched ? /(?:多少|几)个?([\u4e00-\u9fff])/.exec(unmatched)?.[1] : undefined;
  const both = (f: Figure) =>
    thing !== undefined && new RegExp(`\\d个?${thing}`).test(`${f.value}${f.unit}${f.note ?? ""}`);
  return unmatched && !whole.some(both) ? [] : whole;
}

/** A part of a year, as periods name it. */
const YEAR_PART = /上半年|下半年|前三季度|[一二三四]季度|全年/;

/**
 * The period a question asks, of the figures matched: a part of a year ("上半年", "全年") leaves out a figure of
 * another part ("2026年上半年" of "2026年全年"); "今年" or "去年" with no year named is the year of each figure's article
 * or the one before; a change against the same period ("比去年同期") keeps the figures that state one.
 */
function ofPeriodAsked(c: FactContext, text: string, figures: Figure[]): Figure[] {
  // ("上半年比去年同期多多少": a change against the same period, which a figure's rate of change tells.)
  const rated = /同期|同比/.test(text) ? figures.filter((f) => /同比/.test(f.note ?? "")) : [];
  const parts = (rated.length > 0 ? rated : figures).filter((f) => !ofOtherPart(text, f));
  // (…"去年" the year before it; a year named outright is filtered elsewhere.)
  // ("比去年同期": the period the change is against, not the one asked.)
  const back = /今年|本年度?/.test(text) ? 0 : /去年|上一年/.test(text) && !/同期/.test(text) ? 1 : undefined;
  if (back === undefined || /(?:19|20)\d{2}/.test(text)) return parts;
  const ofYear = (f: Figure) => f.year === undefined || Number(reportedOn(c, f).slice(0, 4)) - back === f.year;
  // (None of that year: none; only a target of it: every year's, a target being no answer to what it did.)
  const kept = parts.filter(ofYear);
  return kept.length === 0 || kept.some((f) => !isTarget(f)) ? kept : parts;
}

/** A figure a plan or forecast sets ("力争…", "预计全年…将达到…"), not one reached. */
function isTarget(f: Figure): boolean {
  return TARGET_SET.test(f.label) || f.evidence.some((e) => TARGET_SET.test(e.quote)) || /^到/.test(f.period ?? "");
}

/** The figure is of another part of the year than the question asks ("2026年上半年" asked "2026年全年"). */
function ofOtherPart(text: string, f: Figure): boolean {
  const asked = YEAR_PART.exec(text)?.[0];
  const own = YEAR_PART.exec(f.period ?? "")?.[0];
  return asked !== undefined && own !== undefined && own !== asked;
}

/**
 * "2026年全年营收多少" where the articles give only 2026年上半年's: not written, with what is (the figure of the
 * other part is no answer to the part asked).
 */
export function partUnreported(c: FactContext, p: Parsed): Answer | null {
  const asked = YEAR_PART.exec(p.text)?.[0];
  if (!asked || matchFigures(c, p).length > 0) return null;
  // (A forecast of the part asked, "预计全年产值将达到7600亿元", is what the passages tell.)
  const forecast = new RegExp(`(?:预计|力争|有望)[^。；;]{0,6}${asked}`);
  const matched = matchText(c, p, p.text);
  if (
    matched.some((f) =>
      f.evidence.some((e) => forecast.test(citedSentence(c.k, { articleId: e.article, quote: e.quote }))),
    )
  )
    return null;
  // (Of the year asked: "今年上半年" is not answered by last year's whole year.)
  const ofYear = ofPeriodAsked(c, p.text.replace(YEAR_PART, ""), matched);
  const others = ofPhaseAsked(p.text, ofYear).filter((f) => ofOtherPart(p.text, f));
  const [f] = others;
  if (!f) return null;
  // (The year as the question names it, never one of the figures'.)
  const year = /(?:19|20)\d{2}年/.exec(p.text)?.[0] ?? /今年|去年/.exec(p.text)?.[0] ?? "";
  return none(
    `文章没有写${year}${asked}的${f.label}。文章写的是：${others.map((o) => `${o.period}${o.value}${o.unit}`).join("，")}。`,
    {
      citations: citationsFor(
        c.k,
        others.flatMap((o) => o.evidence),
      ),
    },
  );
}

/** A phase or term asked ("基金二期"): a figure of another ("基金首期：10亿元") is not it. */
function ofPhaseAsked(text: string, figures: Figure[]): Figure[] {
  const asked = ORDINAL.exec(text)?.[0];
  const kept = asked ? figures.filter((f) => !otherOrdinalThan(asked, `${f.label}${f.note ?? ""}`)) : figures;
  // ("第二批攻关榜单有多少项" of "首批26项攻关“榜单”中，已有9项完成揭榜": a batch, as the figure's sentence says it.)
  const batch = LATER_BATCH.exec(text)?.[0];
  return batch ? kept.filter((f) => !otherOrdinalThan(batch, `${f.label}${f.evidence[0]?.quote ?? ""}`)) : kept;
}

function matchText(c: FactContext, p: Parsed, asked: string, someZone = false): Figure[] {
  const text = withLongForms(asked);
  const years = [...text.matchAll(/20\d{2}/g)].map((m) => Number(m[0]));
  const mentioned = new Set(p.mentions.flatMap((m) => (m.type === "entity" ? [m.ref.id] : m.name.readings)));
  // Zones named outright (not the readings of an ambiguous short name such as 津冀).
  // (Not a zone that only dates the question: "孝感加入以后，淮河联盟覆盖几个省".)
  const zonesAsked = p.mentions.flatMap((m) =>
    m.type === "entity" && m.ref.kind === "zone" && !DATES_BY_ZONE.test(p.text.slice(m.end)) ? [m.ref.id] : [],
  );
  // (A zone that hosts the occasion asked, "常州那场…对接会签了多少钱的项目": a figure of the group told on the zone's own
  // page, or in a sentence that names it, is the occasion's.)
  const hosts = new Set(
    p.mentions.flatMap((m) =>
      m.type === "entity" && m.ref.kind === "zone" && HOSTED_BY_ZONE.test(p.text.slice(m.end)) ? [m.ref.id] : [],
    ),
  );
  // A word of the name of an entity the question names in English ("the Yangtze River Delta" for 长三角) is named.
  const namesAsked = p.mentions.flatMap((m) =>
    m.type === "entity" && !/[\u4e00-\u9fff]/.test(p.text.slice(m.start, m.end)) ? entityNames(c.k, m.ref.id) : [],
  );
  const unknownZone =
    p.unknownName?.kind === "zone" ? p.unknownName.name.replace(/(?:国家)?高新区$/, "") || undefined : undefined;
  const said = (term: string) =>
    hasTerm(text, normalizeTerm(term)) || (term.length >= 2 && namesAsked.some((n) => n.includes(term)));
  // The question less the names it gives: a figure needs one word of its own there, so that naming a group is not
  // asking its figure ("医疗器械网络的秘书长叫啥名字" says 医疗器械 only in the network's name, and asks no amount of
  // 医疗器械企业).
  const unnamed = withLongForms(
    p.mentions
      .map((m) => p.text.slice(m.start, m.end))
      .filter((name) => name.length >= 2)
      .reduce((rest, name) => rest.split(name).join("＿"), asked)
      // (Nor is a count of members one: "成员数量有没有变化" asks no 数量 of 注册证.)
      .replace(MEMBER_COUNT, "＿"),
  );
  const ownWordSaid = (f: Figure) =>
    f.match.some((group) =>
      group.some((t) => !t.startsWith("@") && !GROUP_WORD.test(t) && hasTerm(unnamed, normalizeTerm(t))),
    );
  // "共建了多少个项目": a count asked by its measure word is no share ("四成", "35%") of another thing (one of
  // the thing counted, "中关村的人工智能企业具体有多少家", says the articles give only the share).
  const countAsked = COUNT_ASKED.test(text);
  const scored: { f: Figure; score: number; words: number }[] = [];
  // "今年的项目目标是多少": a target asked is a figure its sentence sets as one, not one already reached.
  // (Unless the question states an amount of its own: "产值已经突破6000亿了，下一步目标是多少" is answered by the
  // amount reached, which corrects it.)
  const targetAsked = TARGET_ASKED.test(text) && !/\d/.test(text.replace(/(?:19|20)\d{2}年?/g, ""));
  // "有多少家企业注册了": a count in 家 is not met by one in 条 ("推送信息120余条"); 家, 个, 座 and 所 all count
  // things that stand somewhere.
  // (One count asked: "多少家公共实验室、多少台设备" asks two, each met on its own side.)
  const unitAsked = (text.match(/多少|几/g) ?? []).length === 1 ? COUNT_UNIT_ASKED.exec(text)?.[1] : undefined;
  const kindOf = (unit: string) => (unit.length === 1 ? MEASURE_KINDS.find((kind) => kind.includes(unit)) : undefined);
  // ("合作了多少个项目" is met by "合作项目63项": 个 counts items too.)
  const sameUnit = (unit: string) =>
    !unitAsked || !kindOf(unit) || kindOf(unit) === kindOf(unitAsked) || (unitAsked === "个" && unit === "项");
  // ("每家企业额度是多少": an amount of money or a quota asked, which no count of things answers, "孵化器61家".)
  const moneyWord = /(额度|金额|资金|经费|预算|投资额|出资额)(?:是|有|为|大概|一共)?(?:多少|几)/.exec(text)?.[1];
  const moneyMet = (f: Figure) => !moneyWord || /元/.test(f.unit ?? "") || f.label.includes(moneyWord);
  // ("对接会来了多少家企业": how many came, which no count of the firms a group has answers.)
  const attendance = attendanceAsked(text);
  for (const f of c.k.figures) {
    if (attendance && !f.evidence.some((e) => ATTENDED.test(e.quote))) continue;
    if (countAsked && SHARE.test(`${f.label} ${f.value}`) && !f.label.includes(p.countsOther?.slice(-2) ?? ""))
      continue;
    if (targetAsked && !f.evidence.some((e) => TARGET_SET.test(e.quote)) && !TARGET_SET.test(f.label)) continue;
    if (!sameUnit(f.unit ?? "") || !moneyMet(f)) continue;
    // A word that tells another year's figure apart does not, when the question names this one's year too.
    const ownYearAsked = f.year !== undefined && years.includes(f.year);
    if (
      f.exclude.some(
        (t) => hasTerm(text, normalizeTerm(t)) && !(ownYearAsked && YEAR_WORD.test(t)) && !sibling(f, text, t),
      )
    )
      continue;
    if (f.year !== undefined && years.length > 0 && !years.includes(f.year)) continue;
    // A year asked is not a figure of another stated period ("“十四五”期间" is not 2025 alone).
    if (f.year === undefined && years.length > 0 && f.period && !years.some((y) => f.period?.includes(String(y))))
      continue;
    // A zone asked about: a figure of the whole country, or of another zone, is not its figure.
    // (Zones asked together need a figure of all of them: "中关村企业跟大连高新区共建的项目" is not the one built with
    // 沈阳.)
    // (Zones asked each on their own, "A和B的…分别有多少", or against each other, "A比B多多少", need only one each.)
    const about = (z: string) => figureIsAbout(c, f, z) || (hosts.has(z) && toldByZone(c, f, z));
    const each = someZone || /分别|各/.test(text) || twoCompared(text);
    if (zonesAsked.length > 0 && !(each ? zonesAsked.some(about) : zonesAsked.every(about))) continue;
    // (A zone no fact describes, "潼南高新区入驻企业总数是多少": a figure whose label or sentence names it, not the
    // country's count of zones.)
    if (unknownZone && ![f.label, ...f.evidence.map((e) => e.quote)].some((x) => x.includes(unknownZone))) continue;
    // (A group's occasion asked, "生物制造供需对接会签了多少钱的项目", asks of the group whose word it need not say.)
    const ok = f.match.every((group) =>
      group.some((term) =>
        term.startsWith("@")
          ? mentioned.has(term.slice(1))
          : said(term) || (p.occasion !== null && KIND_WORD.test(term)),
      ),
    );
    // More groups matched first; among as many, the one more of whose own words the question says comes first
    // ("促成" of "促成合作项目" over "签约合作项目").
    const words = f.match.flat().filter((t) => !t.startsWith("@") && said(t)).length;
    if (ok && ownWordSaid(f)) scored.push({ f, score: f.match.length, words });
  }
  // A later report that the count grew from this one's value ("…联合研发中心已由2025年的35个增至52个") stands in its
  // place, unless an earlier time is asked ("2025年", "此前").
  const dateOf = (f: Figure) => reportedOn(c, f);
  // (The later report need not say the question's words: "三代半国创中心搞的联合研发中心" of a sentence that names the
  // centre before the thing it counts.)
  // (…and asked the earlier time, "原来有多少个", the earlier report's figure stands in place of the later one.)
  const grown = (f: Figure) =>
    EARLIER_ASKED.test(text)
      ? c.k.figures.find((o) => grewFrom(f, o) && dateOf(f) > dateOf(o))
      : c.k.figures.find((o) => grewFrom(o, f) && dateOf(o) > dateOf(f));
  // (Both asked, "现在多少个，之前是多少个": each report as it is.)
  // (…or the difference, "比原来多了多少": the later report says both.)
  // (…or from one to the other, "从启动时的多少变成了多少".)
  const bothTimes =
    years.length > 0 ||
    (NOW_ASKED.test(text) && EARLIER_ASKED.test(text)) ||
    /比|多了|少了|增加了|相差/.test(text) ||
    FROM_TO_ASKED.test(text);
  // (…the difference asked of a report a later one grew from, "现在有多少个了？比之前多了几个": the later one, which says
  // both.)
  const difference = years.length === 0 && /比|多了|少了|增加了|相差/.test(text);
  const later = (f: Figure) => c.k.figures.find((o) => grewFrom(o, f) && dateOf(o) > dateOf(f));
  const current = scored
    .map((s) => ({ ...s, f: (bothTimes ? (difference ? later(s.f) : undefined) : grown(s.f)) ?? s.f }))
    .filter((s, i, all) => all.findIndex((o) => o.f === s.f) === i);
  // "规模" is a fund's size as well as an industry's: a question about a fund (基金) asks no size of another thing
  // ("产业规模"; a bare "总规模" may be the fund's). None left: the passages say what the fund is.
  const considered = /基金/.test(text)
    ? current.filter((s) => /基金/.test(s.f.label) || !/[\u4e00-\u9fff]{2}规模/.test(s.f.label.replace(/总规模/, "")))
    : current;
  if (considered.length === 0) return [];
  // Two years asked ("2024年和2025年分别是多少"): the best figure of each year.
  // (…and one that matched fewer groups but more of the question's own words: "促成产学研合作项目" of a figure about
  // the group and its lead beside the group's "签约合作项目".)
  const bestOf = (list: typeof scored) => {
    const best = Math.max(...list.map((s) => s.score));
    const words = Math.max(...list.filter((s) => s.score === best).map((s) => s.words));
    return list.filter((s) => s.score === best || s.words > words + 1);
  };
  const yearly =
    new Set(years).size >= 2 ? [...new Set(years)].map((y) => considered.filter((s) => s.f.year === y)) : [];
  const kept = yearly.length && yearly.every((l) => l.length > 0) ? yearly.flatMap(bestOf) : bestOf(considered);
  // (The first four, those of whose own words the question says more first; asked the latest, "最新是多少", the
  // latest article's first.)
  const latest = NOW_ASKED.test(text);
  const thenAsked = THEN_ASKED.test(text);
  const dated = (s: (typeof kept)[number]) => (latest ? dateOf(s.f) : "");
  // (Asked the latest, a figure is left out when a later article gives one of the same thing, of the same group, in
  // the same unit: "成员里的国家高企现在总数到多少了" is the later 2.4万家, not the earlier 2.1万家.)
  // (The same thing: the label without the verb before it or a word for its total, "拥有国家高新技术企业" and
  // "国家高新技术企业总数".)
  const measure = (f: Figure) =>
    f.label
      .replace(/^(?:成员高新区|成员单位|成员|网络|联盟|拥有|集聚|聚集|汇聚|实现|累计|共有|已有|现有)+/, "")
      .replace(/(?:总数|总量|数量|总额)$/, "");
  // (Not when it sets the latest against an earlier one: "最新是多少个？比成立时多了几个".)
  // (Nor when it asks the earlier one too: "网络启动时报的是多少家，现在多少家".)
  const superseded = (s: (typeof kept)[number]) =>
    latest &&
    !/比|较|相差|多了|(?<!多)少了|增加了|减少了/.test(text) &&
    !thenAsked &&
    kept.some(
      (o) =>
        o.f.unit === s.f.unit &&
        measure(o.f) === measure(s.f) &&
        o.f.about.join() === s.f.about.join() &&
        dated(o) > dated(s),
    );
  // (Asked at the start only, "网络启动的时候…一共有多少家": a figure a later article gives of the same thing is not it.)
  const atStart = !latest && !bothTimes && AT_START_ASKED.test(text);
  const sameThing = (a: Figure, b: Figure) =>
    a.unit === b.unit &&
    a.about.join() === b.about.join() &&
    (measure(a).endsWith(measure(b)) || measure(b).endsWith(measure(a)));
  // (…nor one reported long after the group's start, "截至2026年10月底，十七家成员园区…" a year on.)
  const startOf = (f: Figure) =>
    f.about
      .map((id) => c.k.networks.get(id)?.launch?.date ?? c.k.alliances.get(id)?.founded?.date)
      .find((d) => d !== undefined);
  const longAfter = (f: Figure) => {
    const start = startOf(f);
    const on = dateOf(f);
    // (Not a report of what it was at the start, "由启动时的300家增至360家"; "建设大会当天，…签约合作项目28个", said
    // in the quote's sentence before the clause quoted: the start's own day.)
    const ofStart = f.evidence.some((e) => OF_THE_START.test(upToQuote(c, e)));
    return start !== undefined && on !== "" && !ofStart && Date.parse(on) - Date.parse(start) > 60 * 86_400_000;
  };
  const laterThanAnother = (s: (typeof kept)[number]) =>
    atStart && (longAfter(s.f) || kept.some((o) => o !== s && sameThing(o.f, s.f) && dateOf(o.f) < dateOf(s.f)));
  return kept
    .filter((s) => !superseded(s) && !laterThanAnother(s))
    .sort((a, b) => b.words - a.words || (thenAsked ? -1 : 1) * dated(b).localeCompare(dated(a)))
    .map((s) => s.f)
    .slice(0, 4);
}

/** The date of the article a figure is quoted from ("" when none is known). */
function reportedOn(c: FactContext, f: Figure): string {
  return c.k.articles.get(f.evidence[0]?.article ?? "")?.date ?? "";
}

/** Then and now asked together: "网络启动时报的是多少家，现在多少家" (the earlier one asked, not stated: "成立时约2.1万家，
 *  现在最新的数字是多少" asks the latest). */
const THEN_ASKED =
  /(?:(?:启动|成立|组建|加入)(?:时|之初|的时候)|当初|最初|起初|原来|原先)[^，,。？?]{0,10}?(?:多少|几[家个项])/;
/** A figure said of the start: "由启动时的…", "建设大会当天" (not one compared with it, "较网络启动时增加约800家"). */
const OF_THE_START =
  /(?<![较比](?:网络|联盟)?)(?:启动|成立|组建)(?:时|之初)|(?:大会|仪式|启动会|成立会)(?:当天|当日|现场)/;

/** The quote with what its sentence says before it. */
function upToQuote(c: FactContext, e: Figure["evidence"][number]): string {
  const body = c.k.articles.get(e.article)?.body ?? "";
  const at = body.indexOf(e.quote);
  if (at < 0) return e.quote;
  return body.slice(Math.max(body.lastIndexOf("。", at), body.lastIndexOf("\n", at)) + 1, at + e.quote.length);
}

/** The time at the start asked: "启动的时候", "成立之初", "刚成立那会儿". */
const AT_START_ASKED = /(?:启动|成立|组建)(?:时|之初|的时候|那会儿?)|刚(?:启动|成立|组建)/;
/** A count asked from one time to another: "从启动时的多少变成了多少", "由几个增加到几个". */
const FROM_TO_ASKED =
  /[从由][^，,。？?]{0,10}?(?:多少|几)[^，,。？?]{0,6}?(?:变成|变为|增加到|增至|增长到|到)了?(?:多少|几)/;
/** An earlier time asked: a count since grown is still that time's answer. */
const EARLIER_ASKED = /此前|以前|之前|原来|原先|当时|当初|最初|起初|成立时|成立之初|启动时|启动之初|去年/;
/** The count a report says grew from ("由2025年的35个增至52个", "比2025年的35个增加17个"). */
const GREW_FROM =
  /^(?:(?:由|从)(?:[\u3400-\u9fff\d]{1,8}的)?([\d.]+)([^\d\s]{0,2}?)(?:增至|增加到|增加至|增长到|增长至|提高到|提升至|扩大到|升至|增到)|(?:比|较)[\u3400-\u9fff\d]{1,8}的([\d.]+)([^\d\s]{0,2}?)(?:增加|增长|多))/;

/** `later` says it grew from `earlier`: its note starts from earlier's value in the same unit, both count the same
 *  thing (their labels end with the same measured head, "联合研发中心"), of the same group or zone when both say. */
function grewFrom(later: Figure, earlier: Figure): boolean {
  const m = GREW_FROM.exec(later.note ?? "");
  const [from, unit] = [m?.[1] ?? m?.[3], m?.[2] ?? m?.[4] ?? ""];
  // (With its value's word of about, "由2300余家增加到…" of "2300余" 家.)
  if (!m || `${from}${unit}` !== `${earlier.value}${earlier.unit ?? ""}` || later.unit !== earlier.unit) return false;
  if (later.about.length > 0 && earlier.about.length > 0 && !later.about.some((a) => earlier.about.includes(a)))
    return false;
  // (A word for the count after the thing is no part of it: "成员企业数量" counts 企业.)
  const core = (label: string) => label.replace(/的/g, "").replace(/(?:总数|总量|数量|数目)$/, "");
  const head = (label: string) =>
    [...lexicon.figureHeads, ...lexicon.figureEndHeads]
      .filter((h) => core(label).endsWith(h))
      .sort((a, b) => b.length - a.length)[0];
  const one = head(later.label);
  const tail = (label: string) => core(label).slice(-5);
  // ("成员企业数量由2300余家增加到2700余家" of "…共集聚生物制造相关企业2300余家": a later label that is the thing alone,
  // of the members, says nothing that could make it another thing.)
  const bare = core(later.label).replace(/^(?:网络|联盟)?(?:成员)?(?:高新区|单位)?/, "") === one;
  return one !== undefined && one === head(earlier.label) && (bare || tail(later.label) === tail(earlier.label));
}

/** A short form and the words it shortens (营收 → 营业收入, 高企 → 高新技术企业), from the lexicon's detailForms. */
const LONG_FORMS = Object.entries(lexicon.detailForms).flatMap(([short, forms]) =>
  forms
    .split(" ")
    .filter((form) => form.length > short.length && inOrder(short, form))
    .map((form) => [short, form] as const),
);

/** The question with the long form of each short form it uses (and 多少 for "how many"), so a figure's own words match. */
function withLongForms(text: string): string {
  const more = LONG_FORMS.filter(([short]) => text.includes(short)).map(([, form]) => form);
  // An amount asked in English asks what "多少" asks, and its words are the glossary's Chinese words.
  if (/\bhow (?:many|much)\b|\bnumber of\b/i.test(text)) more.push("多少");
  if (/\bhow (?:big|large)\b|\bsize\b/i.test(text)) more.push("规模");
  // ("high-tech enterprises": 高新技术企业, where "tech" alone names the zones.)
  if (HIGH_TECH_FIRMS.test(text)) more.push("高新技术企业");
  if (LISTED_FIRMS.test(text)) more.push("上市企业");
  // "签了多少项目": the verb as the articles write it (签约).
  if (/签(?:了|下|的|成)/.test(text)) more.push("签约");
  // "兑了多少钱": an amount of money, as the articles name it (金额).
  if (/多少钱/.test(text)) more.push("金额");
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const chinese = lexicon.glossary[word];
    if (chinese) more.push(chinese);
  }
  return more.length > 0 ? `${text} ${more.join(" ")}` : text;
}

/**
 * An exclusion word that names a sibling of this figure (a thing with the same head noun: "交流活动" or "对接" for
 * "对接活动") does not exclude it when the question names this one too ("交流活动和对接活动哪个多").
 */
function sibling(f: Figure, text: string, x: string): boolean {
  return f.match.flat().some((t) => {
    if (t === x || t.length <= 2 || x.includes(t) || !hasTerm(text, normalizeTerm(t))) return false;
    const head = t.slice(-2);
    return hasTerm(text, normalizeTerm(x.endsWith(head) ? x : `${x}${head}`));
  });
}

/** A count of something the articles do not count for groups (companies, projects): a figure, or a refusal. */
export function notCounted(c: FactContext, p: Parsed, noun: string, comparing: boolean): Answer | null {
  const figure = figures(c, p);
  if (figure) return figure;
  if (!comparing) return null; // an amount: a passage may state it (checked by the retrieval's support rules)
  const sizes = [...c.k.networks.values()]
    .filter((n) => n.members && !n.members.partial)
    .map((n) => `${c.shortName(n)}${n.members?.zones.length}家`)
    .join("、");
  return none(`文章没有各网络或联盟“${noun}”的数据，无法比较。文章记载的是成员数：${sizes}。`);
}

/** The figure is about the zone: it says so, its label names the zone, or a match term is the zone itself. */
/** A figure of a group told on the zone's own page, or in a sentence that names the zone. */
function toldByZone(c: FactContext, f: Figure, zone: string): boolean {
  const z = c.k.zones.get(zone);
  const names = z ? [z.name, ...z.aliases].filter((n) => n.length >= 2) : [];
  return f.evidence.some((e) => homeZoneOf(c.k, e.article) === zone || names.some((n) => e.quote.includes(n)));
}

function figureIsAbout(c: FactContext, f: Figure, zone: string): boolean {
  if (f.about.includes(zone) || f.match.some((group) => group.includes(`@${zone}`))) return true;
  const z = c.k.zones.get(zone);
  const label = normalizeTerm(f.label);
  return !!z && [z.name, ...z.aliases].some((n) => n.length >= 2 && label.includes(normalizeTerm(n)));
}

/** A share asked: "占全国的几成", "占多少比例", "比重是多少". */
const SHARE_ASKED =
  /占[^。？?]{0,20}?(?:几成|比例|比重|百分之几|百分比|多少|多大)|(?:比例|比重|占比)(?:是|有|为)?(?:多少|几)/;
/** 亿元 in each unit an amount of money is written in. */
const IN_YI: Record<string, number> = { 万亿元: 10000, 亿元: 1, 万元: 0.0001, 元: 0.00000001 };

/**
 * "网络12家成员的营收占全国的几成": two amounts of one measure, a part and the whole it is of (the whole's label says
 * 全国, 全省, 合计 or 总), the share computed from the two quoted values (in 亿元 when money).
 */
function shareComputed(c: FactContext, p: Parsed, matched: Figure[]): Answer | null {
  if (!SHARE_ASKED.test(p.text) || matched.length !== 2) return null;
  const whole = matched.find((f) => /全国|全省|全区|合计|总[数量额]/.test(f.label));
  const part = matched.find((f) => f !== whole);
  const [x, y] = [part && amountOf(part), whole && amountOf(whole)];
  if (!part || !whole || !x || !y || x.unit.includes("%") || y.unit.includes("%")) return null;
  // (Of one year, and both reached: "2022年全国…" or "预计到2030年…" is no whole of a 2025 part.)
  if (part.year !== whole.year || isTarget(part) || isTarget(whole)) return null;
  const scale = (a: { n: string; unit: string }) =>
    a.unit in IN_YI ? Number(a.n) * (IN_YI[a.unit] as number) : Number(a.n);
  const money = x.unit in IN_YI && y.unit in IN_YI;
  if (!money && x.unit !== y.unit) return null;
  const share = scale(x) / scale(y);
  if (!(share > 0 && share < 1)) return null;
  const percent = Math.round(share * 1000) / 10;
  const about = /约|余|多/.test(`${part.value}${whole.value}`) ? "约" : "";
  return fact(
    c.k,
    `按文章的两个数字算，占${about}${percent}%（约${Math.round(share * 10)}成）：${part.label}${part.value}${part.unit}，${whole.label}${whole.value}${whole.unit}。（文章没有直接写这个比例，是由这两个数字算出的。）`,
    [...part.evidence, ...whole.evidence],
    { title: part.label },
  );
}

/** "哪个多", "哪个总投资多", "哪年多", "多出多少", "高多少", "差几个". */
const ASKS_WHICH_MORE =
  /哪(?:个|一?年)[\u4e00-\u9fff]{0,4}?(?:更|最)?(?:多(?!少)|(?<!多)少|[大高小低])|(?<!提)[多高]出?(?:多少|几)|差(?:多少|几)|相差/;
/** "比去年多了几个", "比杭州高新区多多少亿". */
const MORE_THAN = /比.{0,12}?(?:多|少|增加|增长|减少|高|低)[\u4e00-\u9fff]{0,3}?了?(?:多少|几)/;
/** Two amounts asked against each other (not a change against the same period, "比去年同期多多少", which a rate
 *  answers). */
export const twoCompared = (text: string): boolean =>
  (ASKS_WHICH_MORE.test(text) || MORE_THAN.test(text)) && !/同期|同比|环比|增幅|增速/.test(text);

/**
 * Two amounts asked against each other ("A和B哪个多，差多少"), or this year's against the year the
 * figure is dated ("今年比去年多几个", when the figure notes the later amount): the larger and the difference,
 * computed from the two quoted values when both are plain numbers in the same unit.
 */
function compareFigures(c: FactContext, p: Parsed, all: Figure[]): Answer | null {
  // (The same figure read twice, from two sentences or readers, is one amount.)
  const matched = all.filter(
    (f, i) => all.findIndex((g) => g.label === f.label && g.value === f.value && g.unit === f.unit) === i,
  );
  if (!twoCompared(p.text)) return null;
  // Two amounts: the two matched, or one measure in two years among more matched ("今年比上一年多了几个").
  const byMeasure = new Map<string, Figure[]>();
  for (const f of matched) byMeasure.set(`${f.label}|${f.unit}`, [...(byMeasure.get(`${f.label}|${f.unit}`) ?? []), f]);
  const overYears = [...byMeasure.values()].filter((fs) => fs.length === 2 && fs[0]?.year !== fs[1]?.year);
  const pair = matched.length === 2 ? matched : overYears.length === 1 ? overYears[0] : undefined;
  if (pair) {
    const [a, b] = pair as [Figure, Figure];
    // (A half year is not set against a whole year: "2026年上半年" and "2025年".)
    const partOf = (f: Figure) => YEAR_PART.exec(f.period ?? "")?.[0]?.replace("全年", "") ?? "";
    if (partOf(a) !== partOf(b)) return null;
    const noted = noteMeasure(c, p.text, a, b);
    if (noted) return noted;
    const [x, y] = [amountOf(a), amountOf(b)];
    if (!x || !y || x.unit !== y.unit || x.n === y.n) return null;
    const [big, small] = Number(x.n) > Number(y.n) ? [a, b] : [b, a];
    const diff = Math.abs(difference(x.n, y.n));
    // Two shares differ by percentage points, and one is higher, not "more".
    const by = x.unit === "%" ? `高${diff}个百分点` : `多${diff}${big.unit}`;
    // One measure in two years is told by its years.
    const name = (f: Figure) => (a.label === b.label && f.period ? f.period : f.label);
    return fact(
      c.k,
      `${name(big)}更${x.unit === "%" ? "高" : "多"}，${by}：${name(big)}${big.value}${big.unit}，${name(small)}${small.value}${small.unit}${a.label === b.label ? `（${a.label}）` : ""}。`,
      [...big.evidence, ...small.evidence],
      { title: big.label },
    );
  }
  // One figure whose note gives the same measure for the article's own year ("今年已完成20个").
  const [f] = matched;
  if (matched.length !== 1 || !f?.note || !/今年|本年|当年/.test(p.text)) return null;
  const later = new RegExp(`(?:今年|当年|本年)[^，。；\\d]{0,6}?(\\d+(?:\\.\\d+)?)${f.unit}`).exec(f.note)?.[1];
  const earlier = plainNumber(f.value);
  if (!later || !earlier) return null;
  const more = moreOrLess(earlier, later);
  // "今年" is the year the article was published.
  const year = c.k.articles.get(f.evidence[0]?.article ?? "")?.date?.slice(0, 4);
  const thisYear = year ? `今年（${year}年，文章发表当年）` : "今年";
  return fact(
    c.k,
    `${thisYear}比${f.period ?? "此前"}${more}${f.unit}：今年${later}${f.unit}，${f.period ?? ""}${f.value}${f.unit}（${f.label}）。`,
    f.evidence,
    { title: f.label },
  );
}

/** A measure a figure's note gives with its amount ("总投资412亿元"). */
const NOTED = /([\u4e00-\u9fff]{2,6}?)(?:约|超过|达)?(\d+(?:\.\d+)?)(亿元|万元|元|亿|万|个|家|项|%)/g;

/**
 * "签约项目和开工项目哪个总投资更多": two figures compared by a measure both notes give ("总投资412亿元",
 * "总投资443.3亿元") and the question names, not by their own values.
 */
function noteMeasure(c: FactContext, question: string, a: Figure, b: Figure): Answer | null {
  const amounts = (f: Figure) =>
    [...(f.note ?? "").matchAll(NOTED)].map((m) => ({ what: m[1] ?? "", n: m[2] ?? "", unit: m[3] ?? "" }));
  for (const x of amounts(a)) {
    if (!question.includes(x.what)) continue;
    const y = amounts(b).find((m) => m.what === x.what && m.unit === x.unit);
    if (!y || x.n === y.n) continue;
    const [big, small, bigN, smallN] = Number(x.n) > Number(y.n) ? [a, b, x.n, y.n] : [b, a, y.n, x.n];
    const diff = Math.abs(difference(x.n, y.n));
    return fact(
      c.k,
      `${big.label}${x.what}更多，多${diff}${x.unit}：${big.label}${x.what}${bigN}${x.unit}，${small.label}${x.what}${smallN}${x.unit}。`,
      [...big.evidence, ...small.evidence],
      { title: big.label },
    );
  }
  return null;
}

/** "各有多少，加起来一共多少": the two amounts matched, added (plain numbers in one unit), when a total is asked. */
const SUM_ASKED = /加起来|加在一起|合计|总计|一共|总共/;
function sumAsked(question: string, matched: readonly Figure[]): string | undefined {
  // (Two things asked together, "A和B…加起来": not one measure in two years, nor one thing asked "一共".)
  const [a, b] = matched;
  if (!SUM_ASKED.test(question) || !/[和与及、]|各|加上/.test(question) || !a || !b || matched.length !== 2)
    return undefined;
  if (a.label === b.label || a.year !== b.year) return undefined;
  const [x, y] = matched.map(amountOf);
  if (!x || !y || x.unit !== y.unit || x.unit === "%") return undefined;
  const sum = Math.round((Number(x.n) + Number(y.n)) * 1e6) / 1e6;
  return `两者合计：${sum}${x.unit}。`;
}

/** Asks how much more there is now ("比启动的时候多了几个", "增加了多少"). */
const MORE_ASKED = /(?:多了|多出|增加了?|增长了?|新增了?|涨了)(?:几|多少)/;
/** A figure's note that says it grew ("由启动时的28个增至41个", "由2300余家增加到2700余家"): the earlier count, its word
 *  of about, its unit, then the later count with its words of about. */
const GREW =
  /由[^，,。；;（）()]*?(\d+(?:\.\d+)?)(余|多)?(个|家|项|条|台|场|次|名|位)(?:增至|增加到|增长到|扩大到|达到)(约)?(\d+(?:\.\d+)?)(余|多)?\3/;
/** …or its sentence compares it with an earlier one ("共促成…31个，较2024年的9个大幅增长"). */
// (Not an increase said after it: "48个，较去年增加13个" gives no earlier count.)
const COMPARED_WITH =
  /(?:较|比)(?:(?:19|20)\d{2}年|去年|上年|此前|启动时|成立时)?[^，,。；;\d增减多少]{0,8}?的?(\d+(?:\.\d+)?)(个|家|项|条|台|场|次|名|位)/;
/** …or its sentence says the increase itself, right after it ("5100余家，较网络启动时增加约900家"). */
const INCREASE_SAID =
  /^[，,]?(?:较|比)([^，,。；;\d]{0,12}?)(?:增加|增长|新增|多)了?(约)?(\d+(?:\.\d+)?)(余|多)?(个|家|项|条|台|场|次|名|位)/;
/** ", 增加了13个": the growth a figure's note or sentence gives, computed, when asked; with the sentence that says it
 *  when its quote does not. */
function grownBy(c: FactContext, question: string, f: Figure): { text: string; evidence?: Evidence } {
  if (!MORE_ASKED.test(question)) return { text: "" };
  const m = GREW.exec(f.note ?? "");
  // (Counts said with 余 or 多 differ by about as much.)
  if (m)
    return { text: `，增加了${m[2] || m[4] || m[6] ? "约" : ""}${difference(m[1] as string, m[5] as string)}${m[3]}` };
  const quote = f.evidence[0]?.quote ?? "";
  const e = f.evidence[0];
  const sentence = e ? citedSentence(c.k, { articleId: e.article, quote: e.quote }) : "";
  const said = sentence.includes(quote)
    ? INCREASE_SAID.exec(sentence.slice(sentence.indexOf(quote) + quote.length))
    : null;
  if (e && said && said[5] === f.unit)
    return {
      text: `，较${said[1]}增加${said[2] ?? ""}${said[3]}${said[4] ?? ""}${said[5]}`,
      evidence: { article: e.article, quote: sentence },
    };
  // (Compared in its sentence, after its own amount and in its unit.)
  const now = plainNumber(f.value);
  const after = quote.slice(quote.indexOf(`${now}${f.unit}`) + 1);
  const was = now && quote.includes(`${now}${f.unit}`) ? COMPARED_WITH.exec(after) : null;
  if (!now || !was || was[2] !== f.unit) return { text: "" };
  const diff = difference(was[1] as string, now);
  const than = (f.note ?? "").includes(was[1] as string) ? "" : `比${was[0].replace(/^(?:较|比)/, "")}`;
  return { text: diff > 0 ? `，${than}增加了${diff}${f.unit}` : "" };
}

/** A value that is a plain number ("61", "约860"), as its digits; else undefined. */
function plainNumber(value: string | number): string | undefined {
  return /^约?(\d+(?:\.\d+)?)$/.exec(String(value))?.[1];
}

/** `to` − `from`, rounded to hundredths. */
function difference(from: string, to: string): number {
  return Math.round((Number(to) - Number(from)) * 100) / 100;
}

/** "多N" or "少N": `to` against `from`. */
function moreOrLess(from: string, to: string): string {
  const diff = difference(from, to);
  return diff >= 0 ? `多${diff}` : `少${-diff}`;
}

/** Asks the date a figure counts to: "是截至什么时候的", "哪年的数据", "统计到什么时候". */
const AS_OF_ASKED =
  /截(?:至|止)(?:到)?(?:什么时候|啥时候|何时|哪天|哪一?年|几月)|(?:什么时候|哪一?年|何时)的(?:数|数据|数字|统计)|统计(?:到|至)(?:什么时候|何时|哪)/;

/** "截至2026年6月底" in the sentence a figure's quote stands in. */
function countedTo(c: FactContext, f: Figure | undefined): string | undefined {
  const e = f?.evidence[0];
  if (!e) return undefined;
  const sentence = citedSentence(c.k, { articleId: e.article, quote: e.quote });
  return /截(?:至|止)(?:到)?[^，,。；;]{2,16}/.exec(sentence)?.[0];
}
