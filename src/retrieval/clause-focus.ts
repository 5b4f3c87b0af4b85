/**
 * "深耕芯片制造领域的是哪些高新区", "做芯片制造和做封装测试的分别是哪些": zones picked out by their part of a
 * chain, when the sentence that answers lists every part in a clause of its own ("A、B等在材料、设备领域竞争力突出,C、
 * D等主要布局在芯片设计领域,E、F等则深耕芯片制造领域,…"). The answer is the clause (or clauses) the question's
 * words name, quoted word for word, not the whole sentence with the zones of the other parts.
 */
import type { Citation } from "../answer/types.ts";
import { PROVINCES } from "../knowledge/extract/names.ts";
import { lexicon } from "../knowledge/lexicon.ts";

/** Asks which zones (or who). */
const WHICH_ZONES = /哪些|哪几(?:个|家)|哪家|哪个|谁/;
/** Asks how the parts are divided, all of them ("产业链分工里，深耕芯片制造的是哪几家" names the division only). */
const WHOLE_DIVISION = /怎么分|如何分|怎样分|分工(?:是|情况)?(?:怎样|怎么样|如何|什么|啥)|各自|各有/;
/** A clause that lists zones ("A、B等…", "A和B…"). */
const LISTS_ZONES = /[\u4e00-\u9fff]{2,8}(?:高新区|示范区|工业园区)(?:（[^）]*）)?(?:、|等|和|与)/;
/** Words of the question that name no part: the industry, the kind of zone, the asking. */
const NOT_A_PART =
  /集成电路|产业链?|高新区|示范区|园区|国家|文章|哪些|哪几|哪家|哪个|分别|主要|具体|领域|方面|环节|这块|这一块|企业|在做|深耕|布局|集聚|聚集|突出|是|的|做|和|与|及|里|中|说|在|有|谁|个|家|？|\?/g;

/** The clauses of `quote` that answer which zones do the part the question names; null when it is not such a list. */
export function partClauses(question: string, quote: string): string[] | null {
  // (Not how the work is divided, "是怎么分工的": the whole sentence; nor a province's zones, "甘肃的是哪几家".)
  if (!WHICH_ZONES.test(question) || WHOLE_DIVISION.test(question) || PROVINCES.some((x) => question.includes(x)))
    return null;
  const clauses = quote
    .replace(/[。.]$/, "")
    .split(/[，,；;]/)
    .map((x) => x.trim());
  const listing = clauses.filter((x) => LISTS_ZONES.test(x));
  if (listing.length < 3) return null;
  // The question's own words, two characters at a time ("芯片制造" → 芯片, 片制, 制造).
  // ("封测" is "封装测试": a shortened word is read with the whole one the thesaurus gives.)
  const words = `${question} ${shortenedIn(question).join(" ")}`.replace(NOT_A_PART, " ").split(/\s+/);
  const pairs = new Set(words.flatMap((w) => [...w].slice(0, -1).map((ch, i) => ch + w[i + 1])));
  if (pairs.size === 0) return null;
  // (A word said whole counts once more: "电堆" is one pair.)
  const whole = words.filter((w) => w.length >= 2);
  const score = (clause: string) =>
    [...pairs].filter((p) => clause.includes(p)).length + whole.filter((w) => clause.includes(w)).length;
  // (Two words shared at least: "芯片设计" shares only 芯片 with "芯片制造"; "材料设备" shares 材料 and 设备 with "在
  // 材料、设备领域".)
  const picked = listing.filter((x) => score(x) >= 2);
  // ("材料设备、芯片设计、制造、封测分别是哪些": every part asked, each in turn: the sentence alone answers.)
  if (picked.length === listing.length && /分别/.test(question)) return [quote.replace(/[。.]$/, "")];
  return picked.length > 0 && picked.length < listing.length ? picked : null;
}

/** The whole words of the shortened words a question uses ("封测" → "封装测试", "营收" → "营业收入"): thesaurus entries
 *  whose one word holds the short one's characters in order. */
function shortenedIn(question: string): string[] {
  return Object.entries(lexicon.thesaurus).flatMap(([short, whole]) =>
    question.includes(short) && !whole.includes(" ") && new RegExp([...short].join(".*")).test(whole) ? [whole] : [],
  );
}

/** The first quote narrowed to the clauses that answer, or null when it is not such a list. */
export function focusOnPart(question: string, citations: Citation[]): Citation[] | null {
  const first = citations[0];
  const picked = first ? partClauses(question, first.quote) : null;
  return first && picked ? picked.map((quote) => ({ ...first, quote })) : null;
}
