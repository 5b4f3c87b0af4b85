/**
 * "光谷未来产业方案里的七大要素具体是哪七个": the article names a counted set ("健全七大要素") and never says what
 * is in it. Quoting the sentence as if it answered would pass a name for a list; the honest answer says the
 * article names the set without listing it, and quotes where it does.
 */
import type { Answer, Citation } from "../answer/types.ts";
import { escaped } from "../knowledge/lexicon.ts";

/** A counted set the question names: "七大要素", "3个高地", "八项举措". */
const COUNTED_SET =
  /([一二两三四五六七八九十]|\d{1,2})(?:大|个|项|条|种|类)([\u4e00-\u9fff]{2,4}?)(?=具体|分别|都|是|指|包括|有|里|[？?，,]|$)/;
/** A batch the question names: "首批攻关项目", "第二批联合实验室" (the batch, the thing). */
const BATCH_SET =
  /(首批|第[一二三四五六七八九十\d]批)([\u4e00-\u9fff]{2,8}?)(?=里|中|具体|都|有|包括|分别|是|[？?，,]|$)/;
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
  const plain = question.replace(/[“”"「」『』]/g, "");
  const set = COUNTED_SET.exec(plain);
  // ("首批攻关项目具体有哪些", "首批应用场景清单里具体有哪些场景": a batch, named by its head noun in the articles, "首批场景清单".)
  const batch = set ? null : BATCH_SET.exec(plain);
  const pattern = set
    ? new RegExp(escaped(set[0]), "g")
    : batch
      ? new RegExp(`${batch[1]}[\u4e00-\u9fff]{0,6}?${escaped((batch[2] ?? "").slice(-2))}`, "g")
      : undefined;
  if (!pattern) return null;
  const quoted = citations.find((c) => c.quote.search(pattern) >= 0);
  const named = quoted ? (quoted.quote.match(pattern)?.[0] ?? "") : "";
  if (!quoted) return null;
  for (const id of new Set(citations.map((c) => c.articleId))) {
    const body = bodies(id);
    for (const m of body.matchAll(pattern)) if (listedAt(body, m.index ?? 0, m[0].length)) return null;
  }
  return {
    kind: "none",
    answer: `文章只提到“${named}”，没有写明具体是哪些。据《${quoted.title}》：${quoted.quote.replace(/\s*\n\s*/g, "")}`,
    citations: [quoted],
  };
}
