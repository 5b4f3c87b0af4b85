/**
 * The day a seat was handed over ("长江中游联盟轮值主席交接是哪天"): the sentence of the group's articles that dates the
 * handover's occasion ("7月9日，…联盟轮值主席交接仪式暨…推进会在武汉东湖高新区举行"), the year from the article when the
 * sentence gives none.
 */
import { namesGroup, sentenceCited } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { type FactContext, fact, formatDate, type Group } from "./context.ts";

/** A handover asked by its day. */
const HANDOVER_DAY_ASKED =
  /(?:交接|移交|交棒|接棒)[^，,。？?]{0,6}?(?:是|在)?(?:哪天|哪一天|几号|什么时候|啥时候|何时|几月几[日号])|(?:哪天|哪一天|几号|什么时候|啥时候|何时)[^，,。？?]{0,4}?(?:交接|移交|交棒|接棒)/;
/** A dated occasion of a handover: "7月9日，…轮值主席交接仪式…举行". */
const DATED_HANDOVER =
  /^(?:[^，,。]{0,30}?[）)])?(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日[，,][^。]*?(?:交接|移交|交棒)(?:仪式|会|大会)?[^。]*?(?:举行|召开|举办)/;

/** A handover still to come: "交接将在…举行", "移交拟于…". */
const TO_COME = /(?:交接|移交|交棒)(?:仪式|工作|会)?(?:将|拟|计划|定于)/;

export function handoverDay(c: FactContext, g: Group, text: string, post: string): Answer | null {
  if (!HANDOVER_DAY_ASKED.test(text)) return null;
  // (Not a handover said to come, "9月12日，…推进会…召开，会议明确轮值主席交接将在联盟首届年会上举行".)
  const cited = sentenceCited(
    c.k,
    (s) => DATED_HANDOVER.test(s.trim()) && s.includes(post) && !TO_COME.test(s),
    namesGroup(c.k, g.id),
  );
  const m = cited ? DATED_HANDOVER.exec(cited.quote) : null;
  const year = m?.[1] ?? cited?.date?.slice(0, 4);
  if (!cited || !m || !year) return null;
  const day = formatDate(`${year}-${m[2]}-${m[3]}`);
  return fact(c.k, `${g.name}的${post}交接在${day}。`, [{ article: cited.articleId, quote: cited.quote }], {
    title: g.name,
  });
}
