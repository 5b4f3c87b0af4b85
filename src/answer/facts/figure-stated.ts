/**
 * A count the question states before the amount it asks ("泰州医药高新区那1100多家医药企业，2025年产业规模有多少"):
 * the stated count is a premise, checked on its own, and the clause after it is what is asked, of the names the
 * question gives before it. A wrong premise is corrected first; a right one is not repeated.
 */
import type { Figure } from "../../knowledge/schema.ts";
import { type Parsed, parseQuestion } from "../parse.ts";
import type { Answer } from "../types.ts";
import { citationsFor, type FactContext } from "./context.ts";
import { PREMISE } from "./cues.ts";
import { claimVerdict } from "./figure-claims.ts";

/** An amount said with what it counts. */
const STATED = /\d+(?:\.\d+)?(?:多|余)?(家|个|项|场|名|所|条|亿元|万元)/;

export function statedThenAsked(
  c: FactContext,
  p: Parsed,
  matchFigures: (c: FactContext, p: Parsed) => Figure[],
  /** The figures' answer to a question, the stated count read (or not, for the whole question again). */
  answerOf: (p: Parsed, readStated: boolean) => Answer | null,
): Answer | null {
  // (Two clauses, the last asks an amount: the question is read without its marks, the last clause kept.)
  const asked = p.clauses === 2 && p.lastClause && p.text.endsWith(p.lastClause) ? p.lastClause : "";
  const stated = p.text.slice(0, p.text.length - asked.length);
  // (The first clause states an amount and asks nothing, "有多少家企业，2025年产业规模多少" is two amounts asked; the last
  // asks another amount.)
  const states = STATED.test(stated) && !/多少|几|吗|吧|呢|是不是|是否|有没有/.test(stated);
  if (!states || !/多少|几/.test(asked) || STATED.test(asked)) return null;
  const claimed = matchFigures(c, parseQuestion(stated, c.k));
  // (The one figure of what is stated, in its unit: "原来12家成员2025年的营收" states a scope, not an amount of 亿元.)
  const f = claimed.length === 1 ? claimed[0] : undefined;
  if (!f || f.unit !== STATED.exec(stated)?.[1]) return null;
  // The names the question gives before what it asks ("泰州医药高新区"), asked again with it.
  const names = p.mentions
    .filter((x) => x.end <= stated.length)
    .map((x) => p.text.slice(x.start, x.end))
    .join("");
  // (…or the whole question, when the clause alone names too little: "全国168家国家高新区里，长三角占了多少家".)
  const rest = answerOf(parseQuestion(`${names}${asked}`, c.k), true) ?? answerOf(p, false);
  // (What the rest asks must be another amount than the one stated.)
  if (!rest || rest.kind !== "fact" || rest.citations.every((x) => f.evidence.some((e) => e.quote === x.quote)))
    return null;
  // ("全国168家国家高新区里": the claim without the word that makes it a scope.)
  const verdict = claimVerdict(`${stated.replace(/(?:里|中|之中|当中|里面)$/, "")}吧`, claimed, c.k.figures);
  if (!verdict.text.startsWith("不是")) return rest;
  const correction = `${PREMISE}${verdict.text.replace(/。$/, "")}，文章写的是${f.label}${f.value}${f.unit}。`;
  return {
    ...rest,
    answer: `${correction}\n${rest.answer}`,
    citations: [...citationsFor(c.k, f.evidence), ...rest.citations],
  };
}
