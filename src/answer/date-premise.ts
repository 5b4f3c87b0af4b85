/**
 * "西安高新区2024年10月发布的那个未来产业方案布局了几大领域": a month the question gives to what a zone did, which the
 * quote that answers it dates otherwise ("2024年5月,西安高新区发布的《…实施方案》"). The answer begins with the
 * correction; the quote follows as found.
 *
 * Read only when a quote names the zone asked with the same act in the same year and another month, and no quote
 * names the zone with the act in the month asked.
 */
import { entityNames } from "../knowledge/entity-names.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { PREMISE } from "./facts/cues.ts";
import { citedSentence } from "./query/graph.ts";
import type { Answer } from "./types.ts";

/** An act dated to a month in the question: the year, the month, the act. */
const DATED_ACT_ASKED =
  /((?:19|20)\d{2})年(\d{1,2})月份?(?:底|初|中旬|上旬|下旬)?[^，,。？?]{0,4}?(发布|印发|出台|公布|推出|启动|签署|挂牌|揭牌)/;

export function dateCorrected(k: Knowledge, question: string, a: Answer): Answer {
  if (a.kind !== "passage" || a.answer.startsWith(PREMISE) || a.answer.startsWith("不是")) return a;
  const asked = DATED_ACT_ASKED.exec(question);
  // (Most answers end here: no zone is looked for unless a dated act is asked.)
  if (!asked) return a;
  // (One zone named, before the dated act: "A的方案和B 2024年10月发布的方案" names two, and is not read.)
  const named = [...k.zones.values()].flatMap((z) => {
    const said = entityNames(k, z.id)
      .filter((n) => /^[\u4e00-\u9fff]{2,}$/.test(n) && question.includes(n))
      .sort((x, y) => y.length - x.length)[0];
    return said ? [said.replace(/(?:高新区|示范区|工业园区)$/, "")] : [];
  });
  const zone = named.length === 1 && question.indexOf(named[0] as string) < asked.index ? named[0] : undefined;
  if (!zone) return a;
  const [, year = "", month = "", act = ""] = asked;
  // (A passage cites a clause; the sentence it stands in dates it.)
  const sentences = a.citations.map((c) => citedSentence(k, c));
  const dated = new RegExp(`${year}年(\\d{1,2})月份?[^。；;]{0,16}?${act}`);
  const months = sentences
    .filter((s) => s.includes(zone))
    .map((s) => dated.exec(s))
    .filter((m): m is RegExpExecArray => m !== null && m[0].includes(zone));
  if (months.length === 0 || months.some((m) => Number(m[1]) === Number(month))) return a;
  const written = months[0]?.[0] ?? "";
  return { ...a, answer: `其实不是${year}年${Number(month)}月${act}的：文章写的是“${written}”。\n${a.answer}` };
}
