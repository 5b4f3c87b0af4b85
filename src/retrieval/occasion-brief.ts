/**
 * A brief of one occasion ("简单讲讲X成立这事", "X 2025年度工作会议，概括一下", "a summary of X's April 2026
 * meeting"): the article that reports it, quoted where it says what the occasion did — its opening sentence, then
 * the sentences that change or count something (who joined or left, a seat handed over, a list, a figure).
 */
import { BRIEF } from "../answer/facts/cues.ts";
import { englishMonth } from "../answer/parse.ts";
import type { Answer, Citation } from "../answer/types.ts";
import { titleNames } from "../knowledge/entity-names.ts";
import { normalize } from "../knowledge/normalize.ts";
import type { Retriever } from "./hybrid.ts";
import type { Passage } from "./passages.ts";

/** The occasion asked about: a meeting, a founding, "that day". */
const OCCASION =
  /会议|大会|年会|论坛|推介会|推进会|对接会|洽谈会|发布会|峰会|成立|启动|那天|当天|这事|这件事|meeting|founding|launch/i;
/** What an occasion did: who joined, left or took a seat first, then what it counted, signed or set up. */
const CHANGED = /加入|入盟|入网|增至|减至|退出|不再作为|移交|交接|当选|选举|共有\d+家|\d+家(?:国家)?高新区/;
const DID =
  /担任|审议通过|签署|发布|设立|\d+(?:个|项|场|亿元|万元)|(?:入驻|集聚|拥有|聚集)[\u4e00-\u9fff]{0,6}\d+余?家|突破\d+余?家/;
/** A sentence that opens with a date of its own (what happened before) or with someone's words. */
const ASIDE = /^(?:(?:19|20)\d{2}年\d{1,2}月|\d{1,2}月\d{1,2}日)|^[“"]/;
/** What someone told: "介绍了", "讲到". */
const TOLD = /(?:介绍|讲|说|谈|提)(?:了|到)/;
const MAX_QUOTES = 5;
const ASKS_ONE = /谁|哪|多少|几[家个位次项]|什么时候|何时|\bwho\b|\bwhich\b|how many/i;

export function occasionBrief(retriever: Retriever, question: string): Answer | null {
  // (Not "介绍…的是谁": a question that asks who, which or how many asks one thing, not a brief.)
  // (…nor what someone told there, "杨红刚在推介会上介绍了什么".)
  if (!BRIEF.test(question) || !OCCASION.test(question) || ASKS_ONE.test(question) || TOLD.test(question)) return null;
  const names = retriever.entityNames(question);
  if (names.length !== 1) return null;
  const own = (names[0] ?? []).map(normalize);
  const when = askedWhen(question);
  // The occasion as the question words it ("2025年度工作会议"): an article that writes it reports it.
  // ("…网络的启动大会": from after what it is of.)
  const phrase = /(?:\d{4}年度?)?[\u4e00-\u9fff]{0,6}?(?:会议|大会|年会|论坛)/
    .exec(question)?.[0]
    ?.replace(/^.*的/, "");
  let best: { score: number; passages: Passage[]; date: string } | undefined;
  for (const passages of byArticle(retriever).values()) {
    const first = passages[0];
    if (!first) continue;
    const opening = normalize(
      `${first.title}${passages
        .slice(0, 3)
        .map((p) => p.text)
        .join("")}`,
    );
    if (!titleNames(normalize(first.title), own) && !own.some((n) => opening.includes(n))) continue;
    const body = passages.map((p) => p.text).join("");
    const date = first.date ?? "";
    const score =
      (phrase && body.includes(phrase) ? 2 : 0) +
      (when && date.startsWith(when) ? 2 : 0) +
      (titleNames(normalize(first.title), own) ? 1 : 0);
    if (!best || score > best.score || (score === best.score && date > best.date)) best = { score, passages, date };
  }
  if (!best || best.score === 0) return null;
  const lead = best.passages.find((p) => OCCASION.test(p.text) && own.some((n) => normalize(p.text).includes(n)));
  if (!lead) return null;
  // (Someone's words that count what the subject has are no aside: "“目前,三原高新区入驻企业261家…”".)
  const named = (text: string) => own.some((n) => normalize(text).includes(n));
  const aside = (text: string) => ASIDE.test(text) && !(/^[“"]/.test(text) && DID.test(text) && named(text));
  const said = (re: RegExp) =>
    best?.passages.filter((p) => p !== lead && re.test(p.text) && !/[？?]$/.test(p.text) && !aside(p.text)) ?? [];
  const changed = said(CHANGED);
  // (Three changes at most, so that what it counted or set up is said too.)
  const did = [...changed.slice(0, 3), ...said(DID).filter((p) => !changed.includes(p)), ...changed.slice(3)];
  const quoted = [lead, ...did.slice(0, MAX_QUOTES - 1)].sort((a, b) => a.start - b.start);
  const citations: Citation[] = quoted.map((p) => ({
    articleId: p.articleId,
    title: p.title,
    date: p.date,
    quote: p.text,
  }));
  const [head, ...rest] = quoted.map((p) => p.text.replace(/\s*\n\s*/g, ""));
  // A lead that dates its day as "今天" is dated by the dateline ("本报济南6月12日讯").
  const dateline = /(\d{1,2}月\d{1,2}日)(?:讯|电)/.exec(best.passages[0]?.text ?? "")?.[1];
  const day = dateline && !/\d{1,2}月\d{1,2}日/.test(head ?? "") ? `（${dateline}）` : "";
  const answer = [`据《${lead.title}》${day}：${head}`, ...rest.map((t) => `· ${t}`)].join("\n");
  return { kind: "passage", answer, citations, title: "相关原文" };
}

/** The passages of each article, in order, once per retriever. */
const articlesOf = new WeakMap<Retriever, Map<string, Passage[]>>();
function byArticle(retriever: Retriever): Map<string, Passage[]> {
  let found = articlesOf.get(retriever);
  if (!found) {
    found = new Map();
    for (const p of retriever.passages) {
      const list = found.get(p.articleId) ?? [];
      list.push(p);
      found.set(p.articleId, list);
    }
    articlesOf.set(retriever, found);
  }
  return found;
}

/** "2026年4月", "April 2026": the month asked, as an ISO prefix ("2026-04"); a year alone ("2026"). */
function askedWhen(question: string): string | undefined {
  const zh = /((?:19|20)\d{2})年(?:(\d{1,2})月)?/.exec(question);
  if (zh) return zh[2] ? `${zh[1]}-${zh[2].padStart(2, "0")}` : undefined;
  const month = englishMonth(question);
  const year = /\b((?:19|20)\d{2})\b/.exec(question)?.[1];
  if (month && year) return `${year}-${String(month).padStart(2, "0")}`;
  return undefined;
}
