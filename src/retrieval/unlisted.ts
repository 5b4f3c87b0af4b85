/**
 * "光谷未来产业方案里的七大要素具体是哪七个": the article names a counted set ("健全七大要素") and never says what
 * is in it. Quoting the sentence as if it answered would pass a name for a list; the honest answer says the
 * article names the set without listing it, and quotes where it does.
 */
import type { Answer, Citation } from "../answer/types.ts";

/** A counted set the question names: "七大要素", "3个高地", "八项举措". */
const COUNTED_SET =
  /([一二两三四五六七八九十]|\d{1,2})(?:大|个|项|条|种|类)([\u4e00-\u9fff]{2,4}?)(?=具体|分别|都|是|指|包括|有|里|[？?，,]|$)/;
/** Asks for what is in the set. */
const ASKS_MEMBERS =
  /哪(?:[一二两三四五六七八九十]|\d{1,2}|几|些)(?:个|大|项|条|种|类)?|具体(?:是|指|包括|有)|分别是|都(?:是|有|包括)(?:什么|啥|哪)|包括什么|包括哪/;

/**
 * The set is listed where it is named when names joined by "、" (or 和/与) stand right before its count ("新型
 * 显示、智能终端、先进计算3个千亿级…高地"), or a colon soon after it ("从5个方面推进下一步工作："), "即", "包括",
 * "分别是" or a bracket right after it.
 */
function listedAt(text: string, at: number, length: number): boolean {
  const before =
    text
      .slice(Math.max(0, at - 40), at)
      .split(/[，,。；;：:]/)
      .pop() ?? "";
  const after = text.slice(at + length, at + length + 16);
  return (
    /、|[\u4e00-\u9fff]{2,}(?:和|与|及)[\u4e00-\u9fff]{2,}/.test(before) ||
    /^[”"」』]?(?:[^，,。；;：:]{0,10}[：:]|[（(]|，?即|，?包括|，?分别(?:是|为))/.test(after)
  );
}

/**
 * `citations`: what the passages would quote; `bodies`: each cited article's text, by id. Null unless the question
 * asks what is in a counted set, a quote names it, and no article quoted lists it where it names it.
 */
export function unlisted(
  question: string,
  citations: Citation[],
  bodies: (articleId: string) => string,
): Answer | null {
  if (!ASKS_MEMBERS.test(question)) return null;
  const set = COUNTED_SET.exec(question.replace(/[“”"「」『』]/g, ""));
  if (!set) return null;
  const named = set[0];
  const quoted = citations.find((c) => c.quote.includes(named));
  if (!quoted) return null;
  for (const id of new Set(citations.map((c) => c.articleId))) {
    const body = bodies(id);
    for (let at = body.indexOf(named); at >= 0; at = body.indexOf(named, at + 1))
      if (listedAt(body, at, named.length)) return null;
  }
  return {
    kind: "none",
    answer: `文章只提到“${named}”，没有写明具体是哪些。据《${quoted.title}》：${quoted.quote.replace(/\s*\n\s*/g, "")}`,
    citations: [quoted],
  };
}
