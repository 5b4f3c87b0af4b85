/** Numbers written in Chinese numerals ("二万三千", "四百三十"), read as numbers. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** 十二 → 12, 一百零五 → 105, 三万 → 30000; undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (ch in UNITS) {
      section += (digit || 1) * (UNITS[ch] ?? 0);
      digit = 0;
    } else if (ch in BIG) {
      total += (section + digit) * (BIG[ch] ?? 0);
      section = 0;
      digit = 0;
    } else return undefined;
  }
  return total + section + digit;
}

/** A run of Chinese numerals that says a number of at least ten ("十四", "二万三千", "四千二百"): not "一" alone. */
// (Digits and units in turn, so that a range, "二三十场", "五六十个", is no number.)
export const CHINESE_NUMERAL =
  "(?<![一二两三四五六七八九十百千万零〇])(?=[一二两三四五六七八九十百千万零〇]{2})(?:[一二两三四五六七八九]?[十百千万]零?)+[一二两三四五六七八九]?(?![一二两三四五六七八九十百千万零〇])";

/** A value as digits: "约二万三千" → "约23000"; anything else unchanged. */
export function inDigits(value: string): string {
  return value.replace(new RegExp(CHINESE_NUMERAL, "g"), (run) => String(chineseNumber(run) ?? run));
}
