/** Ordinals as questions and articles write them: 第一次 = 首次 = 首届 = 第1次, 第二期 = 二期, 首场 = 第一场. */

/** An ordinal of an occasion, a term or a phase. */
export const ORDINAL =
  /第[一二三四五六七八九十\d]{1,3}(?:次|届|轮|期|场)|(?<![一二三四五六七八九十\d])[二三四五六七八九]期(?!间)|首次|首届|首轮|首期|首场/;
/** A later batch asked ("第二批攻关榜单"): a figure of another batch is not it ("首批" is often who was first, not asked). */
export const LATER_BATCH = /第[二三四五六七八九十\d]{1,2}批/;

/** The ways an article may write an ordinal: 第一次, 首次, 首届, 第1次. */
export function sameOrdinal(o: string): string[] {
  const digits: Record<string, string> = {
    一: "1",
    二: "2",
    三: "3",
    四: "4",
    五: "5",
    六: "6",
    七: "7",
    八: "8",
    九: "9",
  };
  if (/^(?:第[一1]期|首期)$/.test(o)) return ["首期", "一期", "第一期", "第1期"];
  if (/^(?:第[一1]批|首批)$/.test(o)) return ["首批", "第一批", "第1批"];
  const first = /^(?:第[一1](?:次|届|轮|场)|首次|首届|首轮|首场)$/.test(o);
  if (first) return ["第一次", "第一届", "第1次", "第1届", "首次", "首届", "首轮", "第一轮", "首场", "第一场"];
  // "二期" and "第二期" are one.
  const bare = o.replace(/^第/, "");
  return [...new Set([o, bare, `第${bare}`])].flatMap((x) => [
    x,
    x.replace(/[一二三四五六七八九]/, (ch) => digits[ch] ?? ch),
  ]);
}

/**
 * Whether `text` names another phase or term than `asked` ("基金首期" for "二期"), of the same kind (期, 届, 次 …),
 * and none of the ways `asked` is written ("十四五期间" is no phase).
 */
export function otherOrdinalThan(asked: string, text: string): boolean {
  // (A batch only as an ordinal: "首批", "第二批", not "一批" of "a number of".)
  const numbered = asked.endsWith("批") ? "第" : "第?";
  const another = new RegExp(`(?:首|${numbered}[一二三四五六七八九十\\d]{1,2})${asked.slice(-1)}(?!间)`);
  return another.test(text) && !sameOrdinal(asked).some((o) => text.includes(o));
}
