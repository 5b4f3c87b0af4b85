/** Checks answers against golden questions (same rules as the public eval, quotes checked exactly). */
import type { Answer } from "../../src/answer/types.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";

export type GoldenQuestion = {
  id: string;
  q: string;
  /** "chat": small talk (greetings, thanks): a friendly reply, no lookup, so no citation is expected. */
  kind?: "fact" | "passage" | "none" | "chat";
  all?: string[];
  any?: string[];
  none?: string[];
  min_count?: Record<string, number>;
  refuse?: boolean;
  topic?: string;
};

/** A refusal is marked either way: `refuse: true`, or the kind the answer must have ("none"). */
export const expectsRefusal = (q: GoldenQuestion): boolean => q.refuse === true || q.kind === "none";

/** The strings an answer must and must not hold. An empty `any` list asks for nothing (as if it were absent). */
export function checkStrings(q: Pick<GoldenQuestion, "all" | "any" | "none" | "min_count">, text: string): string[] {
  const why: string[] = [];
  for (const s of q.all ?? []) if (!text.includes(s)) why.push(`missing "${s}"`);
  for (const s of q.none ?? []) if (text.includes(s)) why.push(`must not say "${s}"`);
  if (q.any && q.any.length > 0 && !q.any.some((s) => text.includes(s))) why.push(`none of ${JSON.stringify(q.any)}`);
  for (const [s, n] of Object.entries(q.min_count ?? {}))
    if (text.split(s).length - 1 < n) why.push(`"${s}" fewer than ${n} times`);
  return why;
}

export function checkAnswer(q: GoldenQuestion, a: Answer, knowledge: Knowledge): string[] {
  const why = checkStrings(q, a.answer);
  if (q.kind === "chat") {
    if (a.citations.length > 0) why.push("small talk carries no citation");
  } else if (expectsRefusal(q)) {
    if (a.kind !== "none") why.push(`expected kind "none", got "${a.kind}"`);
  } else {
    if (a.kind === "none") why.push("refused an answerable question");
    if (a.citations.length === 0) why.push("no citation");
  }
  for (const c of a.citations) {
    const body = knowledge.articles.get(c.articleId)?.body ?? "";
    if (!body.includes(c.quote)) why.push(`citation not verbatim: "${c.quote.slice(0, 40)}"`);
  }
  return why;
}
