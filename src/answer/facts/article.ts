/**
 * An article's front matter: its source, date and authors.
 */
import type { Article } from "../../knowledge/load.ts";
import { normalize } from "../../knowledge/normalize.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { type FactContext, formatDate } from "./context.ts";
import { ARTICLE_META, ARTICLE_WORD, bigrams } from "./cues.ts";

/** "江苏那篇文章来源是哪家报纸，哪天的": an article's source, date and authors as its front matter records them. */
export function articleInfo(c: FactContext, p: Parsed): Answer | null {
  if (!ARTICLE_META.test(p.text) || !ARTICLE_WORD.test(p.text)) return null;
  const a = findArticle(c, p);
  if (!a) return null;
  const authors = authorsOf(a);
  const lines = [
    `《${a.title}》`,
    `来源：${a.source ?? "文中未注明"}`,
    `日期：${a.date ? formatDate(a.date) : `文中未注明${a.dateNote ? `（${a.dateNote}）` : ""}`}`,
    authors.length ? `作者：${authors.join("、")}` : "",
  ].filter(Boolean);
  // The line of the article that names its source or reporter, quoted as it stands.
  const byline = a.body
    .split("\n")
    .find((l) => /来源|记者/.test(l))
    ?.trim();
  const quote = byline ?? a.title;
  return {
    kind: "fact",
    answer: lines.join("\n"),
    title: a.title,
    citations: a.body.includes(quote) ? [{ articleId: a.id, title: a.title, date: a.date, quote }] : [],
    notes: ["来源、日期和作者取自文章的登记信息（front matter）。"],
  };
}

/** Its authors as recorded, else the reporters its byline names ("▶ 本报记者 刘琴", "（记者 王晓）"). */
function authorsOf(a: Article): string[] {
  if (a.authors.length > 0) return a.authors;
  const line = a.body.split("\n").find((l) => BYLINE.test(l));
  return line ? [...line.matchAll(new RegExp(BYLINE.source, "g"))].map((m) => `${m[1]}（记者）`) : [];
}
// (A byline opens its line or a bracket: "▶ 本报记者 刘琴", "（记者 王晓）"; not "记者获悉，…", "记者了解到".)
const BYLINE = /(?:^|[（(▶]\s*)(?:本报)?记者\s*(?!获悉|了解|注意|从|在|看到)([\u4e00-\u9fff]{2,3})(?=[\s）)、，,]|$)/;

/** The article whose title (and subtitle) shares the most word pairs with the question, two at least. */
export function findArticle(c: FactContext, p: Parsed): Article | undefined {
  const asked = bigrams(
    p.text.replace(new RegExp(ARTICLE_META, "g"), "").replace(new RegExp(ARTICLE_WORD, "g"), ""),
    "cjk",
  );
  let best: { article: Article; hits: number } | undefined;
  for (const article of c.k.articles.values()) {
    const title = bigrams(normalize(`${article.title}${article.subtitle ?? ""}`), "cjk");
    let hits = 0;
    for (const g of asked) if (title.has(g)) hits++;
    if (hits >= 2 && (!best || hits > best.hits)) best = { article, hits };
  }
  return best?.article ?? bodyNamed(c, asked);
}

/**
 * The article the question names by words of its body no other article holds ("淮河“抱团”那篇报道": 抱团 and 淮河 said
 * together in one article only), when no title is named: the one that holds most of the question's rare word pairs,
 * two at least, and more than any other.
 */
function bodyNamed(c: FactContext, asked: Set<string>): Article | undefined {
  const articles = [...c.k.articles.values()];
  const bodies = articles.map((a) => normalize(a.body));
  // (A pair most articles hold, "写的", names none.)
  const rare = [...asked].filter((g) => {
    const n = bodies.filter((b) => b.includes(g)).length;
    return n > 0 && n <= Math.max(1, Math.floor(articles.length / 3));
  });
  const hits = bodies.map((b) => rare.filter((g) => b.includes(g)).length);
  const most = Math.max(0, ...hits);
  const at = hits.indexOf(most);
  return most >= 2 && hits.filter((h) => h === most).length === 1 ? articles[at] : undefined;
}
