/**
 * Dates in the text. A full date ("2024年10月21日") is taken as is. A date given only as 月日 takes its year
 * from a full date earlier in the same paragraph ("2024年10月21日,…;10月23日,…"), else from the article's date
 * (a month-day after the article's own is the year before: news reports what happened); the completion is
 * recorded as an inference. Without either, the date is not completed (no fact rather than a guessed one).
 */
import type { Sentence } from "./sentences.ts";

export type DateMention = {
  start: number;
  end: number;
  year?: number;
  month: number;
  day?: number;
  /** "当月18日": the month is the last one named before it (`month` is 0 until resolved). */
  monthBefore?: true;
};

export type ResolvedDate = {
  /** YYYY-MM-DD, or YYYY-MM when the text gives no day. */
  value: string;
  /** How the year was completed, when the text does not state it. */
  inferred?: string;
  mention: DateMention;
};

// ("8月10日至11日": an occasion of days, dated by its first.)
const DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日(?:(?:至|到|—|～|-)(?:\d{1,2}月)?\d{1,2}日)?)?/g;

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE)) {
    const start = m.index ?? 0;
    // "12个月" is a duration; a month number glued to a preceding digit is part of a longer number.
    if (start > 0 && /\d/.test(text[start - 1] as string)) continue;
    const year = m[1] ? Number(m[1]) : undefined;
    const month = Number(m[2]);
    const day = m[3] ? Number(m[3]) : undefined;
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
    // A bare "N月" is too vague (durations): only with a year, a day, a year said relative to the article's
    // ("今年7月", "去年11月"), or leading a clause of its own ("持续扩大：7月，西安高新区正式加入网络").
    if (
      year === undefined &&
      day === undefined &&
      !/(?:今年|去年|明年|前年)$/.test(text.slice(Math.max(0, start - 2), start)) &&
      !(
        /^$|[，,：:；;。]$/.test(text.slice(Math.max(0, start - 1), start)) &&
        /^(?:份|初|底)?[，,]/.test(text.slice(start + m[0].length))
      )
    )
      continue;
    out.push({ start, end: start + m[0].length, year, month, day });
  }
  // "2026年3月，…。当月18日上午，…": a day of the month said before (resolveDate finds it).
  for (const m of text.matchAll(SAME_MONTH)) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31)
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, month: 0, day, monthBefore: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

// (Not 本月, the article's own month.)
const SAME_MONTH = /(?:当月|同月|该月)(\d{1,2})日/g;
/** A month named in a text: "2026年3月", "1月下旬", "3月" (not "12个月", nor inside a longer number). */
const MONTH_NAMED = /(?<!\d)(?:(\d{4})年)?(\d{1,2})月(?!份?[以之]?[内来])/g;

const pad = (n: number) => String(n).padStart(2, "0");

/** A whole day (YYYY-MM-DD) moved by `days` ("次日" +1, "昨天" −1). */
export function shiftDay(value: string, days: number): string {
  const day = new Date(`${value}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * "昨天" (or "前天", "今天") said at `at`: the day `from` (YYYY-MM-DD) moved back, the completion told as `basis`
 * ("电头的4月17日", "文章日期2026-09-09").
 */
export function daysAgo(word: string, from: string, basis: string, at: number): ResolvedDate {
  const value = shiftDay(from, word === "前天" ? -2 : /昨/.test(word) ? -1 : 0);
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return {
    value,
    inferred: `文中写“${word}”，据${basis}推算`,
    mention: { start: at, end: at + word.length, year, month, day },
  };
}

/**
 * Completes a mention. `before` are the sentences of the same paragraph before this one (for the year of an
 * earlier full date); `articleDate` is YYYY-MM-DD or null.
 */
export function resolveDate(
  mention: DateMention,
  sentence: Sentence,
  before: readonly Sentence[],
  articleDate: string | null,
): ResolvedDate | null {
  if (mention.monthBefore) return sameMonth(mention, sentence, before, articleDate);
  const tail = mention.day !== undefined ? `-${pad(mention.day)}` : "";
  if (mention.year !== undefined) return { value: `${mention.year}-${pad(mention.month)}${tail}`, mention };
  // "去年11月12日", "今年7月": relative to the article's year, and only with an article date.
  const relative = /(去年|前年|明年|今年)$/.exec(
    sentence.text.slice(Math.max(0, mention.start - 2), mention.start),
  )?.[1];
  if (relative && (relative !== "今年" || mention.day === undefined)) {
    if (!articleDate) return null;
    const shift = relative === "去年" ? -1 : relative === "前年" ? -2 : relative === "今年" ? 0 : 1;
    const year = Number(articleDate.slice(0, 4)) + shift;
    return {
      value: `${year}-${pad(mention.month)}${tail}`,
      inferred: `文中写“${relative}${mention.month}月${mention.day !== undefined ? `${mention.day}日` : ""}”，年份据文章日期${articleDate}推算`,
      mention,
    };
  }
  // (A month alone here leads a clause of its own, findDates: its year as a day's.)
  const stated = `${mention.month}月${mention.day !== undefined ? `${mention.day}日` : ""}`;
  const earlier = [...before.map((s) => s.text), sentence.text.slice(0, mention.start)].join("");
  const years = [...earlier.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)];
  const last = years[years.length - 1];
  if (last?.[1]) {
    // ("2025年11月14日…通过了…制度。根据该制度，1月9日，…" in an article of 2026-06-10: a day earlier in the year
    // than the date before it, told after it, is in the next year when that is not after the article.)
    const year = Number(last[1]);
    const earlierInYear =
      mention.month < Number(last[2]) ||
      (mention.month === Number(last[2]) && mention.day !== undefined && mention.day < Number(last[3]));
    const next = `${year + 1}-${pad(mention.month)}${tail}`;
    // (Not a look back over that year: "此前", "回顾全年", "其间".)
    const rolls =
      earlierInYear &&
      articleDate !== null &&
      next <= articleDate &&
      !/此前|之前|早在|当年|同年|回顾|全年|这一年|其间|期间/.test(earlier.slice((last.index ?? 0) + last[0].length));
    return {
      value: rolls ? next : `${year}-${pad(mention.month)}${tail}`,
      inferred: rolls
        ? `文中只写“${stated}”，在前文“${last[0]}”之后，年份取其次年（不晚于文章日期${articleDate}）`
        : `文中只写“${stated}”，年份取同段前文“${last[0]}”`,
      mention,
    };
  }
  if (articleDate) {
    const [y, m, d] = articleDate.split("-").map(Number) as [number, number, number];
    const later = mention.month > m || (mention.month === m && mention.day !== undefined && mention.day > d);
    const year = later ? y - 1 : y;
    return {
      value: `${year}-${pad(mention.month)}${tail}`,
      inferred: `文中只写“${stated}”，年份取自文章日期${articleDate}${later ? "（在其之后，故为上一年）" : ""}`,
      mention,
    };
  }
  return null;
}

/** "当月18日": the month (and year) of the last month named before it in the paragraph, else no date. */
function sameMonth(
  mention: DateMention,
  sentence: Sentence,
  before: readonly Sentence[],
  articleDate: string | null,
): ResolvedDate | null {
  const earlier = [...before.map((s) => s.text), sentence.text.slice(0, mention.start)].join("");
  const named = [...earlier.matchAll(MONTH_NAMED)].at(-1);
  const month = Number(named?.[2]);
  if (!named || !(month >= 1 && month <= 12)) return null;
  const year = named[1] ? Number(named[1]) : undefined;
  const r = resolveDate({ ...mention, month, year, monthBefore: undefined }, sentence, before, articleDate);
  if (!r) return null;
  const said = sentence.text.slice(mention.start, mention.end);
  return { ...r, inferred: `文中写“${said}”，月份取前文“${named[0]}”${r.inferred ? `；${r.inferred}` : ""}` };
}

/**
 * A dateline: "本报讯（记者 张伟）", "科技日报讯（记者 吴思远 通讯员 彭湘）", "科技日报深圳3月19日电（记者 邱晨光）",
 * "新华社北京6月1日电", "湖南日报4月16日讯（记者 …）".
 */
export const DATELINE =
  /^(?:本报[\u3400-\u9fff]{0,6}?讯|[\u3400-\u9fff]{2,8}?(?:日报|时报|晚报|导报|新闻|网)讯|[\u3400-\u9fff]{2,14}?\d{1,2}月\d{1,2}日(?:电|讯)|记者从[\u3400-\u9fff（）()]{2,20}?获悉[，,]|据[\u3400-\u9fff]{2,16}?(?:消息|介绍)[，,])(?:[（(][^）)]*[）)])?/;

/**
 * The date a text opens with ("3月18日，…"), within its first few characters or right after a dateline
 * ("本报讯（记者 张伟）4月17日，").
 */
export function leadingDateIn(text: string): DateMention | undefined {
  const dateline = DATELINE.exec(text)?.[0].length ?? 0;
  return findDates(text).find((d) => d.start >= dateline && d.start - dateline <= 3 && d.day !== undefined);
}

/** The first date mention at the start of a clause ("3月18日，…"), within the first few characters. */
export function leadingDate(text: string, from = 0): DateMention | undefined {
  const d = findDates(text.slice(from)).find((m) => m.start <= 3);
  return d ? { ...d, start: d.start + from, end: d.end + from } : undefined;
}

/** A text naming a year after the one its article is dated in ("负责承办2026年联盟年会") is about what comes next. */
export function laterYear(text: string, date: string | null | undefined): boolean {
  const dated = Number(date?.slice(0, 4));
  return !!dated && [...text.matchAll(/((?:19|20)\d{2})年/g)].some((m) => Number(m[1]) > dated);
}
