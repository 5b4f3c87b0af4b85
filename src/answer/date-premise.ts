/**
 * "西安高新区2024年10月发布的那个未来产业方案布局了几大领域": a month the question gives to what a zone did, which the
 * quote that answers it dates otherwise ("2024年5月,西安高新区发布的《…实施方案》"). The answer begins with the
 * correction; the quote follows as found.
 *
 * Read only when a quote names the zone asked with the same act in the same year and another month, and no quote
 * names the zone with the act in the month asked.
 */
import { entityNames } from "../knowledge/entity-names.ts";
import { escaped } from "../knowledge/lexicon.ts";
import type { Article, Knowledge } from "../knowledge/load.ts";
import { PREMISE } from "./facts/cues.ts";
import { articleSentences, citedSentence } from "./query/graph.ts";
import type { Answer } from "./types.ts";

/** An act dated to a month in the question: the year, the month, the act. */
// ("东湖2024年5月发的光谷未来产业方案": 发 said for 发布; not 研发的, 开发的, 颁发的.)
const DATED_ACT_ASKED =
  /((?:19|20)\d{2})年(\d{1,2})月份?(?:底|初|中旬|上旬|下旬)?[^，,。？?]{0,4}?(发布|印发|出台|公布|推出|启动|签署|挂牌|揭牌|(?<![研开出颁分引激散])发(?=的|了))/;

/** A document dated in the question: "《淮河生态经济带发展规划》2019年印发后…" (its title, year, month, act). */
const DOCUMENT_DATED =
  /《([^》]{2,40})》(?:是|在|于)?((?:19|20)\d{2})年(?:(\d{1,2})月份?)?[^，,。？?]{0,4}?(发布|印发|出台|公布|推出)/;

export function dateCorrected(k: Knowledge, question: string, a: Answer): Answer {
  if (a.kind === "fact" || a.answer.startsWith(PREMISE) || a.answer.startsWith("不是")) return a;
  // (A document dated otherwise is corrected even when nothing else was found: the correction is the answer then.)
  const document = DOCUMENT_DATED.exec(question);
  if (document) return documentDated(k, document, a);
  if (a.kind !== "passage") return a;
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
  // (发 asked is written 发布.)
  const dated = new RegExp(`${year}年(\\d{1,2})月份?[^。；;]{0,16}?${act === "发" ? "发布" : act}`);
  const months = sentences
    .filter((s) => s.includes(zone))
    .map((s) => dated.exec(s))
    .filter((m): m is RegExpExecArray => m !== null && m[0].includes(zone));
  if (months.length === 0 || months.some((m) => Number(m[1]) === Number(month))) return a;
  const written = months[0]?.[0] ?? "";
  return { ...a, answer: `其实不是${year}年${Number(month)}月${act}的：文章写的是“${written}”。\n${a.answer}` };
}

/**
 * "《淮河生态经济带发展规划》2019年印发后…": a document the question dates otherwise than the sentence of an article that
 * tells of its act with a date ("2018年11月,经国务院批准,《淮河生态经济带发展规划》正式印发"). The answer begins with the
 * correction, that sentence cited; unchanged when a sentence dates it as asked, or none dates it.
 */
function documentDated(k: Knowledge, asked: RegExpExecArray, a: Answer): Answer {
  const [, title = "", year = "", month, act = ""] = asked;
  // (The date opening the sentence, the act ending the phrase: "2018年11月,经国务院批准,《…规划》正式印发", not "2025年是
  // 《…规划》印发实施五周年".)
  const dated = new RegExp(
    `^((?:19|20)\\d{2})年(?:(\\d{1,2})月)?[^。；;]{0,30}?《${escaped(title)}》[^。；;，,]{0,8}?${act}(?!实施|施行|以来|以后|后|周年|[^。；;，,]{0,4}周年)`,
  );
  let first: { article: Article; quote: string; m: RegExpExecArray } | undefined;
  for (const article of k.articles.values()) {
    for (const sentence of articleSentences(article.body)) {
      const quote = sentence.trim();
      // (Any sentence that gives the year asked leaves the question alone.)
      if (quote.includes(`《${title}》`) && quote.includes(`${year}年`)) return a;
      const m = first ? null : dated.exec(quote);
      if (m) first = { article, quote, m };
    }
  }
  if (!first) return a;
  const { article, quote, m } = first;
  if (m[1] === year && (!month || !m[2] || Number(m[2]) === Number(month))) return a;
  const when = `${m[1]}年${m[2] ? `${Number(m[2])}月` : ""}`;
  const wrong = `${year}年${month ? `${Number(month)}月` : ""}`;
  const correction = `其实不是${wrong}${act}的：《${title}》是${when}${act}的，文章写的是“${quote.replace(/[。！!]$/, "")}”。`;
  const citation = { articleId: article.id, title: article.title, date: article.date ?? null, quote };
  return a.kind === "passage"
    ? { ...a, answer: `${correction}\n${a.answer}`, citations: [citation, ...a.citations] }
    : { kind: "passage", answer: correction, citations: [citation] };
}
