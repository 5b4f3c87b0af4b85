/**
 * "某人那篇采访主要讲了什么", "介绍一下江苏那篇报道": the brief of one article. It is found by a person it interviews or
 * quotes (its front matter's people) or by the words of its title; the brief is its title, source and date, then
 * the figures extracted from it, each with its quote. The best passages follow (answer.ts), as for any brief.
 */
import type { Article } from "../../knowledge/load.ts";
import type { Evidence } from "../../knowledge/schema.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { findArticle } from "./article.ts";
import { type FactContext, fact, formatDate } from "./context.ts";
import { ARTICLE_WORD, BRIEF } from "./cues.ts";

/** What the question asks of the article: its gist. */
const ASKS_GIST = /主要讲|讲了?些?什么|讲的什么|讲了啥|说了?些?什么|主要说|主要内容|内容是什么|要点|大意|概要/;
/** Figures a brief lists at most. */
const MAX_FIGURES = 6;

export function articleBrief(c: FactContext, p: Parsed): Answer | null {
  if (!ARTICLE_WORD.test(p.text) || !(ASKS_GIST.test(p.text) || BRIEF.test(p.text))) return null;
  const a = byPerson(c, p) ?? findArticle(c, p);
  if (!a) return null;
  const figures = c.k.figures.filter((f) => f.evidence.some((e) => e.article === a.id)).slice(0, MAX_FIGURES);
  const evidence: Evidence[] = figures.flatMap((f) => f.evidence.filter((e) => e.article === a.id).slice(0, 1));
  const when = a.date ? formatDate(a.date) : "日期文中未注明";
  const opening = lead(a);
  if (opening) evidence.unshift({ article: a.id, quote: opening });
  const lines = [
    `《${a.title}》${a.subtitle ? `（${a.subtitle}）` : ""}，${a.source ?? "来源文中未注明"}，${when}。`,
    ...(opening ? [`开头：${opening}`] : []),
    ...(figures.length ? ["文中的主要数字："] : []),
    ...figures.map((f) => `· ${f.label}：${f.value}${f.unit}${f.period ? `（${f.period}）` : ""}`),
  ];
  return fact(c.k, lines.join("\n"), evidence, { title: a.title });
}

/** The article whose front matter names a person the question names ("贾敬敦那篇"). */
function byPerson(c: FactContext, p: Parsed): Article | undefined {
  return [...c.k.articles.values()].find((a) => a.people.some((name) => name.length >= 2 && p.text.includes(name)));
}

/** The article's first sentence of substance: not a heading, a byline or a one-line title. */
function lead(a: Article): string | undefined {
  for (const line of a.body.split("\n")) {
    const text = line.trim();
    if (text.length < 30 || /^#|^本报|^记者|^来源|^（记者/.test(text)) continue;
    const end = text.search(/[。！？]/);
    return end > 0 ? text.slice(0, end + 1) : text;
  }
  return undefined;
}
