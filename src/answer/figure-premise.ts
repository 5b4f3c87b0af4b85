/**
 * A figure the question states wrongly, corrected from the quote that answers it.
 *
 * Four mistakes are read, each only when the quote itself shows them:
 * - a change said the other way round: "为什么同比下降了12.7%" against a quote "同比增长12.7%" (the same amount,
 *   the opposite direction);
 * - two counts of one sentence swapped: "开展的57场对接活动" against "开展123场…对接活动,促成57个科研项目合作" (the
 *   thing asked is counted otherwise, and the number asked counts another thing in the same quote), or a count said
 *   wrong: "促成了75个科研项目合作" against "促成57个科研项目合作" (the number asked is nowhere in the quotes);
 * - a rank said otherwise: "全国第二个以城市群为单元的自创区" against "我国首个以城市群为基本单元的…示范区";
 * - a list's size said otherwise: "八大领域是哪八个" against "…未来材料六大领域";
 * - a place's position said otherwise: "南京…排第一，苏州排第二" against "…其中南京第4、苏州第5".
 * The answer then begins with the correction; the quote follows as found.
 */
import type { Knowledge } from "../knowledge/load.ts";
import { PREMISE } from "./facts/cues.ts";
import { wordPairs } from "./pairs.ts";
import { citedSentence } from "./query/graph.ts";
import { numberFrom } from "./query/read.ts";
import type { Answer } from "./types.ts";

const UP = "增长|增加|提高|上升|提升|上涨|涨";
const DOWN = "下降|减少|下滑|降低|回落|下跌|跌";
/** A change asked with its direction and amount ("同比下降了12.7%"). */
const CHANGE_ASKED = new RegExp(`(${UP}|${DOWN})了?(\\d+(?:\\.\\d+)?)[%％]`);
/** A count asked with what it counts ("57场对接活动"): the number, its measure word, the noun. */
const COUNT_ASKED =
  /(\d+)([场个家项次件名所条])(?!主要|具体|都|分别)([\u4e00-\u9fff]{2,8}?)(?=[的了吗呢是都有在和与及主具分，,、。？?]|$)/;
/** Zones counted with what they did ("50家国家高新区携手破局"): the number, the zones, the words after them. */
const ZONES_COUNT_ASKED = /(\d+)家((?:国家|省级)?高新区)([\u4e00-\u9fff]{2,4})/;
/** Whether an amount was reached, asked ("有没有举办100场", "超过50个了吗"): no count taken for granted. */
const REACHED_ASKED = /有没有|有无|是否|超过|达到|不到|以上|不少于/;
/** What a change is measured against, said before its verb ("同比增长", "比上年下降"). */
const AGAINST = "(?:同比|环比|比上年|较上年)";
/** A change asked by its direction alone ("同比下降了多少"). */
const DIRECTION_ASKED = new RegExp(`(${UP}|${DOWN})了?(?:多少|几)`);
/** A count asked without its noun ("提了12条，主要讲啥"): the number and its measure word. */
// (A count asked to be confirmed, "是5个吗", is the yes-or-no reading's: not here.)
// ("那20条主要是为了干嘛": what is asked of them follows.)
// (Not a count of zones, "物联网网络12家主要分布在哪些省": the members, counted with or without the lead.)
const BARE_COUNT_ASKED = /(\d+)([场个家项次件名所条])(?=[，,。；;]|$)|(\d+)([场个项次件条])(?=主要|具体|都|分别)/;
const CLAUSES = /[，,；;。！？!?]/;
/** A share asked of a count: "17家…占全国总数多少比例", "占比多少". */
const SHARE_OF_COUNT = /\d+家[^。？?]{0,30}?占[^。？?]{0,16}?(?:比例|比重|百分之|几成|多少)/;
/** What is done to the things counted ("签约", "开工"), and the one a question says right before its count. */
const ACT = /签约|开工|竣工|投产|落地|引进|举办|开展|促成|签署|发布/;
const ACT_BEFORE = new RegExp(`(${ACT.source})了?$`);

export function correctedFigure(k: Knowledge, question: string, a: Answer): Answer {
  // (An answer that corrects the claim already, "不是40场。…", is not corrected twice; what the number does count
  // is said after it.)
  if (a.answer.startsWith("不是") && a.kind === "fact") return otherCounted(k, question, a);
  if (a.kind === "none" || a.answer.startsWith("不是") || a.answer.startsWith(PREMISE)) return a;
  // ("沿淮那17家国家高新区占全国总数多少比例": a share of a count the question states, which is no claim to check.)
  if (SHARE_OF_COUNT.test(question)) return a;
  // (Only a question that states a change, a count or a rank is read further: no article is split for the others.)
  if (
    !CHANGE_ASKED.test(question) &&
    !DIRECTION_ASKED.test(question) &&
    !COUNT_ASKED.test(question) &&
    !BARE_COUNT_ASKED.test(question) &&
    !HEAD_COUNT_ASKED.test(question) &&
    question.search(RANK) < 0 &&
    question.search(PLACE_RANK_ASKED) < 0 &&
    !COUNTED_THING_ASKED.test(question) &&
    !TOP_ASKED.test(question) &&
    !THRESHOLD_ASKED.test(question) &&
    !SHARE_ASKED.test(question)
  )
    return a;
  const threshold = thresholdChecked(question, a.answer) ?? shareChecked(question, a.answer);
  // (Not over a yes or no already given: "是。…843.7亿元".)
  if (threshold && !/^(?:是|不是|有|没|其实)/.test(a.answer)) return { ...a, answer: `${threshold}\n${a.answer}` };
  // (A fact cites a clause; the sentence it stands in says what else is counted.)
  const quotes = a.citations.map((c) => citedSentence(k, c));
  const said =
    changeTurned(question, quotes) ??
    countSwapped(question, quotes) ??
    bareCountOtherwise(question, quotes) ??
    rankSaidOtherwise(question, quotes) ??
    headCountOtherwise(question, quotes) ??
    placeRankOtherwise(question, quotes) ??
    thingCountOtherwise(question, quotes) ??
    zonesCountOtherwise(question, quotes) ??
    topCountOtherwise(question, quotes);
  return said ? { ...a, answer: `${said}\n${a.answer}` } : a;
}

/** An amount asked as reached or not ("过千亿了", "突破500亿元", "不到1万亿"): the verb and the amount. */
// (Asked yes or no, or taken for granted: "…过千亿了？", "都破千亿了，同比涨了多少"; not "超过1亿元的项目有多少个",
// nor the 过 of 经过 or 通过.)
const THRESHOLD_ASKED =
  /(超过|突破|(?<![经通不])过|破|达到|不到|不足|低于)了?((?:\d+(?:\.\d+)?)?[十百千]?(?:万亿|亿|万))元?(?:了|吗|吧|么|没有)*(?=[？?，,。]|$)/;
/** An amount of money written in an answer ("843.7亿元"). */
const AMOUNT_WRITTEN = /(\d+(?:\.\d+)?)(万亿|亿|万)元/;
const UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const TIMES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "1000亿", "千亿", "1.2万亿" as a number (undefined when it is not one). */
function amountValue(written: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)?([十百千])?(万亿|亿|万)$/.exec(written);
  if (!m || (!m[1] && !m[2])) return undefined;
  return Number(m[1] ?? 1) * (TIMES[m[2] ?? ""] ?? 1) * (UNITS[m[3] ?? ""] ?? 1);
}

/**
 * "北京流向津冀的技术合同成交额过千亿了？" against the answer's "843.7亿元": whether the amount asked is reached, said
 * first. Not said when the two are within 5 % of each other (a rounded "超1000亿元" or "近千亿" reads either way).
 */
function thresholdChecked(question: string, answer: string): string | null {
  const asked = THRESHOLD_ASKED.exec(question.trim());
  // (The value the answer's first line gives, after its label: "2024年…成交额：843.7亿元（…）".)
  const first = answer.split("\n")[0] ?? "";
  const written = AMOUNT_WRITTEN.exec(first.slice(first.indexOf("：") + 1));
  const limit = asked ? amountValue(asked[2] ?? "") : undefined;
  const value = written ? amountValue(`${written[1]}${written[2]}`) : undefined;
  if (!asked || !written || limit === undefined || value === undefined) return null;
  if (Math.abs(value - limit) <= 0.05 * limit) return null;
  const below = /不到|不足|低于/.test(asked[1] ?? "");
  const holds = below ? value < limit : value > limit;
  const claim = `${asked[1]}${asked[2]}`;
  if (holds) return `是的，${claim}：文章写的是${written[0]}。`;
  return `${below ? `其实不止${asked[2]}` : `其实没有${claim}`}：文章写的是${written[0]}。`;
}

/** A share said as taken for granted ("占了九成以上", "过半", "占比超过80%"): the share, and how it is bounded. */
const SHARE_ASKED =
  /(?:占(?:了|比)?(?:总数的|全部的|总量的)?(?:超过|逾)?|超过|(?<![经通不])过)了?([一二两三四五六七八九]成[一二三四五六七八九]?|一半|半数|\d+(?:\.\d+)?[%％])(以上|多|左右|不到)?/;
/** A share an answer writes ("占总数的87%"). */
const SHARE_WRITTEN = /占[^，,。；;\n]{0,8}?(\d+(?:\.\d+)?)[%％]/;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "九成" → 90, "八成五" → 85, "半数" → 50, "87%" → 87. */
function sharePercent(said: string): number | undefined {
  const tenths = /^(.)成(.)?$/.exec(said);
  if (tenths) return (DIGITS[tenths[1] ?? ""] ?? Number.NaN) * 10 + (tenths[2] ? (DIGITS[tenths[2]] ?? Number.NaN) : 0);
  if (/半/.test(said)) return 50;
  return Number.parseFloat(said);
}

/**
 * "建在国家高新区内的占了九成以上" against the answer's "占总数的87%": a share said above (or about) what the article
 * writes, corrected first. A share within 3 points of one said without a bound ("占了九成" of 88%) reads either way.
 */
function shareChecked(question: string, answer: string): string | null {
  const asked = SHARE_ASKED.exec(question);
  const written = SHARE_WRITTEN.exec(answer.split("\n")[0] ?? "");
  if (!asked || !written) return null;
  const said = asked[1] ?? "";
  const claimed = sharePercent(said);
  const value = Number(written[1]);
  if (claimed === undefined || Number.isNaN(claimed)) return null;
  const bound = asked[2] ?? "";
  const wrong =
    bound === "以上" || bound === "多" || /超过|逾|过/.test(asked[0])
      ? value < claimed
      : bound === "不到"
        ? value >= claimed
        : Math.abs(value - claimed) > 3;
  if (!wrong) return null;
  return `${PREMISE}文章写的是占${written[1]}%，${value < claimed ? "不到" : "超过"}${said}。`;
}

/** "同比下降了12.7%" (or "下降了多少") asked, "同比增长12.7%" written: the direction is the other. */
function changeTurned(question: string, quotes: string[]): string | null {
  const asked = CHANGE_ASKED.exec(question);
  if (!asked) return directionTurned(question, quotes);
  const [, verb = "", amount = ""] = asked;
  const up = new RegExp(`^(?:${UP})$`).test(verb);
  const other = new RegExp(`${AGAINST}?(?:${up ? DOWN : UP})了?${amount.replace(".", "\\.")}[%％]`);
  const same = new RegExp(`(?:${up ? UP : DOWN})了?${amount.replace(".", "\\.")}[%％]`);
  if (quotes.some((q) => same.test(q))) return null;
  const written = quotes.map((q) => other.exec(q)?.[0]).find(Boolean);
  if (written) return `其实不是${verb}：文章写的是${written}。`;
  // ("同比涨了25%" asked, "同比增长12.7%" written: the same way, by another amount, far from it (not a rounding).)
  const sameWay = new RegExp(`同比(?:${up ? UP : DOWN})了?(\\d+(?:\\.\\d+)?)[%％]`);
  const said = quotes.map((q) => sameWay.exec(q)).find(Boolean);
  const far = said && Math.abs(Number(said[1]) - Number(amount)) > 0.15 * Number(said[1]);
  return said && far ? `其实不是${verb}${amount}%：文章写的是${said[0]}。` : null;
}

/** "产值同比下降了多少" asked, only "产值同比增长12.7%" written: the direction is the other. Only a change of the measure
 *  asked counts (the two characters before the verb, in the same part of the sentence), and a change either way in any form keeps
 *  the question as asked ("下降1.2个百分点", "由0.52吨降至0.47吨"). */
function directionTurned(question: string, quotes: string[]): string | null {
  const asked = DIRECTION_ASKED.exec(question);
  if (!asked) return null;
  const verb = asked[1] ?? "";
  const measure = new RegExp(`([\\u4e00-\\u9fff]{2})${AGAINST}?$`).exec(question.slice(0, asked.index))?.[1];
  if (!measure) return null;
  const up = new RegExp(`^(?:${UP})$`).test(verb);
  const clauses = quotes.flatMap((q) => q.split(/[；;。！？!?]/)).filter((c) => c.includes(measure));
  const changed = (dir: string) => new RegExp(`${AGAINST}?(?:${dir})了?\\d+(?:\\.\\d+)?(?:[%％]|个百分点)`);
  if (quotes.some((q) => changed(up ? UP : DOWN).test(q) || /降至|降到|减至|升至|增至/.test(q))) return null;
  const written = clauses.map((c) => changed(up ? DOWN : UP).exec(c)?.[0]).find(Boolean);
  return written ? `其实不是${verb}：文章写的是${written}。` : null;
}

/** "57场对接活动" asked, "123场…对接活动，促成57个科研项目合作" written: the 57 counts another thing. */
function countSwapped(question: string, quotes: string[]): string | null {
  const swap = swappedCount(question, quotes);
  if (!swap) return null;
  const { n, measure, noun, counted, other } = swap;
  return `其实不是${n}${measure}${noun}：文章写的是${counted}${other ? `，${n}指的是“${other}”` : ""}。`;
}

/**
 * The thing asked, counted otherwise in a quote (`counted`), and what the number asked counts there instead
 * (`other`), or that the number is nowhere in the quotes.
 */
/** The clause after a count that gives what it amounts to ("总投资443.3亿元"). */
const AMOUNT_AFTER = /^(?:总投资|总投资额|投资额?|总金额|金额|合计|总额)(?:约|达|超过?|近)?[\d.]+(?:万|亿)?元/;

function swappedCount(
  question: string,
  quotes: string[],
): { n: string; measure: string; noun: string; counted: string; other?: string } | null {
  const asked = COUNT_ASKED.exec(question);
  if (!asked) return null;
  const [, n = "", measure = "", noun = ""] = asked;
  const nowhere = !quotes.some((q) => new RegExp(`(?<![\\d.])${n}(?![\\d.])`).test(q));
  for (const quote of quotes) {
    const clauses = quote.split(CLAUSES);
    // The thing asked, counted with the same measure word and another number in its clause (or named first:
    // "联合研发中心合计35个"; not when a number is asked whether reached, "有没有举办100场对接活动").
    const counted = clauses
      .map(
        (c) =>
          new RegExp(`(\\d+)${measure}[^${measure}]{0,12}?${noun}`).exec(c) ??
          (REACHED_ASKED.test(question) ? null : new RegExp(`${noun}[^，,。；;\\d]{0,6}?(\\d+)${measure}`).exec(c)),
      )
      .find((m) => m !== null);
    if (!counted || counted[1] === n) continue;
    // The number asked, counting something else in the same quote (or the same thing done otherwise: "签约了74个项目"
    // against "80个重点项目签约…；74个项目开工").
    const act = ACT_BEFORE.exec(question.slice(0, asked.index))?.[1];
    const otherAt = clauses.findIndex((c) => {
      // ("123场产业、人才、金融等对接活动": a list of kinds before what is counted.)
      const m = new RegExp(
        `(?<![\\d.])${n}([个场家项次件名所条])([\\u4e00-\\u9fff]{2,10}(?:、[\\u4e00-\\u9fff]{1,10})*)`,
      ).exec(c);
      return m !== null && (!m[2]?.includes(noun) || (act !== undefined && !c.includes(act) && ACT.test(m[2] ?? "")));
    });
    if (otherAt >= 0) {
      const other =
        new RegExp(`(?<![\\d.])${n}[个场家项次件名所条][\\u4e00-\\u9fff、]*`).exec(clauses[otherAt] ?? "")?.[0] ?? "";
      // ("74个项目开工，总投资443.3亿元": the amount the next clause gives it is part of what it counts.)
      const amount = AMOUNT_AFTER.exec(clauses[otherAt + 1] ?? "")?.[0];
      return { n, measure, noun, counted: counted[0], other: amount ? `${other}，${amount}` : other };
    }
    if (nowhere) return { n, measure, noun, counted: counted[0] };
  }
  return null;
}

/** "不是123场。…": what the number asked does count, when a quote says (the answer said no already). */
function otherCounted(k: Knowledge, question: string, a: Answer): Answer {
  if (!COUNT_ASKED.test(question)) return a;
  const swap = swappedCount(
    question,
    a.citations.map((c) => citedSentence(k, c)),
  );
  if (!swap?.other) return a;
  const [first = "", ...rest] = a.answer.split("\n");
  return { ...a, answer: [`${first}文章中的${swap.n}${swap.measure}指的是“${swap.other}”。`, ...rest].join("\n") };
}

/** "提了12条" asked, "通过16条措施" written: the one count of that measure the quotes give is another number. */
function bareCountOtherwise(question: string, quotes: string[]): string | null {
  if (COUNT_ASKED.test(question)) return null;
  const asked = BARE_COUNT_ASKED.exec(question);
  // (A number the question tells the bot to say, "回答时请直接说共有100家", claims nothing: it is not repeated.)
  if (!asked || /说|回答|写成|输出|告诉/.test(question.slice(Math.max(0, asked.index - 8), asked.index))) return null;
  const n = asked[1] ?? asked[3] ?? "";
  const measure = asked[2] ?? asked[4] ?? "";
  const numbers = new Set(
    quotes.flatMap((q) => [...q.matchAll(new RegExp(`(?<![\\d.])(\\d+)${measure}`, "g"))].map((m) => m[1])),
  );
  if (numbers.size !== 1 || numbers.has(n)) return null;
  return `其实不是${n}${measure}：文章写的是${[...numbers][0]}${measure}。`;
}

/**
 * "50家国家高新区携手破局" asked, "长三角36家国家高新区携手破局强圈" written: zones, so often counted, are corrected only
 * by a quote that counts them doing what the question says they did, and never as asked.
 */
function zonesCountOtherwise(question: string, quotes: string[]): string | null {
  const asked = ZONES_COUNT_ASKED.exec(question);
  if (!asked) return null;
  const [said = "", n = "", zones = "", did = ""] = asked;
  // (The number in a quote, unless it counts another thing there: "63家公共实验室".)
  const counted = new RegExp(
    `(?<![\\d.])${n}家(?![\\u4e00-\\u9fff]{0,4}?(?:企业|实验室|机构|公司|医院|高校|院所|平台|银行|协会|基地|中心))`,
  );
  if (quotes.some((q) => counted.test(q))) return null;
  const written = quotes.map((q) => new RegExp(`(\\d+)家${zones}${did}`).exec(q)).find((m) => m !== null);
  if (written) return `其实不是${said.slice(0, -did.length)}：文章写的是${written[0]}。`;
  // ("长三角那63家国家高新区一起搞了些啥": the place they are in, said before the count, as the quote says it.)
  const place = /([\u4e00-\u9fff]{2,4}?)(?:那|这|的|那些|这些)?$/.exec(question.slice(0, asked.index))?.[1];
  const there = place ? new RegExp(`${place}(\\d+)家${zones}`) : undefined;
  const placed = there ? quotes.map((q) => there.exec(q)).find((m) => m !== null) : undefined;
  return placed ? `其实不是${n}家：文章写的是${placed[0]}。` : null;
}

/** "八大领域": a list's size said with 大 and what it lists (two characters). ("五个网络" is too common a phrase.) */
const HEAD_COUNT_ASKED = /([一二两三四五六七八九十]+)(大)([\u4e00-\u9fff]{2})/;

/** "八大领域" asked, "六大领域" written: the list the quote gives has another size. */
function headCountOtherwise(question: string, quotes: string[]): string | null {
  const asked = HEAD_COUNT_ASKED.exec(question);
  if (!asked) return null;
  const [said = "", n = "", measure = "", noun = ""] = asked;
  if (quotes.some((q) => q.includes(said))) return null;
  const written = quotes
    .map((q) => new RegExp(`([一二两三四五六七八九十]+)${measure}${noun}`).exec(q))
    .find((m) => m !== null && m[1] !== n);
  return written ? `其实不是${said}：文章写的是“${written[0]}”。` : null;
}

/** A rank among firsts ("首个", "第二个") and what it ranks. */
const RANK = /(首个|第一个|第[二三四五六七八九十]个)([\u4e00-\u9fff]{4,24})/g;
const FIRST = /^(?:首个|第一个)$/;

/** "全国第二个以城市群为单元的自创区" asked, "我国首个以城市群为基本单元的…" written: the rank is the other. */
function rankSaidOtherwise(question: string, quotes: string[]): string | null {
  const asked = [...question.matchAll(RANK)][0];
  if (!asked) return null;
  const [, rank = "", what = ""] = asked;
  const pairs = [...wordPairs(what)];
  for (const quote of quotes) {
    for (const [written, other = "", thing = ""] of quote.matchAll(RANK)) {
      const same = pairs.filter((w) => thing.includes(w)).length;
      if (same < 3) continue;
      if (other === rank || (FIRST.test(other) && FIRST.test(rank))) return null;
      return `其实不是${rank}：文章写的是“${written}”。`;
    }
  }
  return null;
}

/** A place's position claimed: "南京…排第一", "苏州排第二", "排第5" (the place after the sentence's start, a comma or
 *  the 里 that closes where it is ranked). */
const PLACE_RANK_ASKED =
  /(?:^|[，,、；;里中])([\u4e00-\u9fff]{2,4}?(?:高新区)?)(?:在[^，,。？?]{1,40}?(?:里|中))?(?:排|排名|位列|居)第([一二两三四五六七八九十]{1,3}|\d{1,3})/g;

/** "南京排第一" asked, "其中南京第4、苏州第5" written: each place claimed whose written position is another. */
function placeRankOtherwise(question: string, quotes: string[]): string | null {
  const wrong: string[] = [];
  for (const [, place = "", rank = ""] of question.matchAll(PLACE_RANK_ASKED)) {
    const written = quotes
      .map((q) =>
        new RegExp(`${place}(?:排名|排|位列|居)?第(\\d{1,3}|[一二两三四五六七八九十]{1,3})(?:位|名)?`).exec(q),
      )
      .find((m) => m !== null);
    if (written && numberFrom(written[1] ?? "") !== numberFrom(rank)) wrong.push(`“${written[0]}”`);
  }
  return wrong.length > 0 ? `其实不是：文章写的是${wrong.join("、")}。` : null;
}

/** "打造3个千亿级未来产业集群，": a count of a thing the question states, said in numerals or characters. */
const COUNTED_THING_ASKED = /(\d{1,3}|[一二两三四五六七八九十]{1,3})个([\u4e00-\u9fff]{4,14}?)(?=[，,。？?])/;

/**
 * "3个千亿级未来产业集群" asked, "打造2个1000亿元未来产业集群" written: the same thing (its last four characters) counted
 * otherwise, and never as asked.
 */
function thingCountOtherwise(question: string, quotes: string[]): string | null {
  const asked = COUNTED_THING_ASKED.exec(question);
  if (!asked) return null;
  const [said = "", n = "", thing = ""] = asked;
  const head = thing.slice(-4);
  const counted = new RegExp(`(\\d{1,3}|[一二两三四五六七八九十]{1,3})个[^，,。；;个]{0,8}?${head}`, "g");
  const written = quotes.flatMap((q) => [...q.matchAll(counted)]);
  if (written.length === 0 || written.some((m) => numberFrom(m[1] ?? "") === numberFrom(n))) return null;
  return `其实不是${said}：文章写的是“${written[0]?.[0]}”。`;
}

/** How many made a top list, stated: "有7家进了前50", "5家入围全国前30". */
const TOP_ASKED = /(\d+)家(?:国家)?(?:高新区)?(?:都)?(?:进了|进入|入围|入选|跻身|进)(?:了)?(?:全国)?前(\d+)/;

/** "有7家进了前50" asked, "…等10家高新区进入全国前50强" written: the count of that top list is another. */
function topCountOtherwise(question: string, quotes: string[]): string | null {
  const asked = TOP_ASKED.exec(question);
  if (!asked) return null;
  const [, n = "", top = ""] = asked;
  const written = new RegExp(
    `(\\d+)家[^，,。；;]{0,8}?(?:进入|入围|入选|跻身|进了|进)(?:了)?(?:全国)?前${top}(?![\\d])[强名]?`,
  );
  const found = quotes.map((q) => written.exec(q)).find((m) => m !== null);
  return found && found[1] !== n ? `其实不是${n}家：文章写的是${found[0]}。` : null;
}
