/** Checks an answer of the growth set: the golden rules, with quotes looked up in the seed and the added articles. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { checkStrings, expectsRefusal, type GoldenQuestion } from "../golden/check.ts";

export type GrowthArticle = { id: string; title: string; date?: string; source?: string; body: string };

const ARTICLES = fileURLToPath(new URL("./articles/", import.meta.url));
/** The second growth set (written blind for the final measurement, kept as a regression set). */
/** The growth articles as the admin API stores them (for in-process runs: EngineOptions.added). */
export function growthArticles(
  dir = ARTICLES,
): { id: string; title: string; date: string; source: string | null; body: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as GrowthArticle)
    .map((a) => ({
      id: a.id,
      title: a.title,
      date: a.date ?? "",
      source: a.source ?? null,
      body: a.body.replace(/\r\n?/g, "\n"),
    }));
}
export type GrowthQuestion = GoldenQuestion;
type JsonAnswer = { answer: string; kind: string; citations: { articleId: string; quote: string }[] };

/** The seed articles as the bot reads them (src/knowledge/clean.ts: a photo credit set inside a sentence is
 *  taken out), as the golden check does. */
const seedBodies = [...loadKnowledge().articles.values()].map((a) => a.body);
/** Whitespace is ignored, as the public eval does: a quote may join a line broken by the page. */
const squash = (s: string) => s.replace(/\s+/g, "");

export function checkGrowth(q: GrowthQuestion, a: JsonAnswer, added: GrowthArticle[]): string[] {
  const why = checkStrings(q, a.answer);
  if (expectsRefusal(q)) {
    if (a.kind !== "none") why.push(`expected kind "none", got "${a.kind}"`);
  } else {
    if (a.kind === "none") why.push("refused an answerable question");
    if (a.citations.length === 0) why.push("no citation");
  }
  const corpus = [...seedBodies, ...added.map((x) => x.body)].map(squash);
  for (const c of a.citations) {
    const quote = squash(c.quote);
    if (!corpus.some((body) => body.includes(quote))) why.push(`citation not verbatim: "${c.quote.slice(0, 40)}"`);
  }
  return why;
}
