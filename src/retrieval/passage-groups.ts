/**
 * Which groups a text names, and whether an article names what a question names: the topic checks of a passage
 * answer (src/retrieval/answer.ts).
 */

import { findMentions } from "../answer/parse.ts";
import { titleAbout } from "../answer/query/graph.ts";
import { entityNames } from "../knowledge/entity-names.ts";
import { normalize } from "../knowledge/normalize.ts";
import { homeZoneOf } from "../knowledge/source-zone.ts";
import type { Retriever } from "./hybrid.ts";
import type { Passage } from "./passages.ts";

/**
 * The networks and alliances a text names as such, by id: by a name that says 网络 or 联盟 (a field's words alone,
 * "集成电路", "显示", are an industry or a verb as often as a group).
 */
export function groupsNamed(retriever: Retriever, text: string): string[] {
  // (Clause by clause: "《发展报告》显示，网络成立一年来" names no 显示网络.)
  return text.split(/[，,。；;：:、！!？?]/).flatMap((clause) => {
    const t = normalize(clause);
    return findMentions(t, retriever.knowledge.aliases).flatMap((m) =>
      m.type === "entity" && m.ref.kind !== "zone" && /网络|联盟/.test(t.slice(m.start, m.end)) ? [m.ref.id] : [],
    );
  });
}

/**
 * A passage about another group than those asked: its sentence names networks or alliances, and none of those the
 * question names ("物联网网络2026年年会在哪开" is not answered by "…光电子产业协同创新网络2025年年会在长春高新区举行").
 */
export function aboutAnother(retriever: Retriever, passage: Passage, asked: readonly string[]): boolean {
  if (asked.length === 0) return false;
  // (Read once per passage and knowledge snapshot: the same sentences come back question after question.)
  let byPassage = groupsOfPassages.get(retriever.knowledge.aliases);
  if (!byPassage) {
    byPassage = new Map();
    groupsOfPassages.set(retriever.knowledge.aliases, byPassage);
  }
  let named = byPassage.get(passage.id);
  if (!named) {
    // (A sentence that names no group is about the one its section's heading names: "物联网网络：一家退出、两家加入".)
    named = groupsNamed(retriever, passage.text);
    if (named.length === 0 && passage.heading) named = groupsNamed(retriever, passage.heading);
    byPassage.set(passage.id, named);
  }
  return namesOnlyOthers(named, asked);
}

/** Groups a text names are all other than those asked (none named, or none asked: not off topic). */
export function namesOnlyOthers(named: readonly string[], asked: readonly string[]): boolean {
  return asked.length > 0 && named.length > 0 && !named.some((id) => asked.includes(id));
}
/** The groups each passage names, by passage id, for one knowledge snapshot's aliases. */
const groupsOfPassages = new WeakMap<object, Map<string, string[]>>();

/** Per article: its body as read (with its home zone's names), its title, and the kinds of group (联盟, 网络) its
 *  body speaks of by the kind word alone and names none of. */
const readArticles = new WeakMap<object, { body: string; title: string; bare: string[] }>();

/**
 * The article names each entity the question names, by one of its names: in its body, or (a network or an alliance)
 * in its title when the title is about it (its name opens a title that is no column's) or its body speaks of a group
 * of that kind only by the kind word — a year's review titled "长江中段联盟年度工作总结" says "联盟" in its body; an
 * article titled "长三角联盟观察｜…" whose body is about the 纳米 network never says 联盟, and an article titled after
 * one zone is not about it for that.
 */
export function namesAll(retriever: Retriever, articleId: string, names: string[][]): boolean {
  if (names.length === 0) return true;
  const article = retriever.knowledge.articles.get(articleId);
  if (!article) return false;
  let read = readArticles.get(article);
  if (read === undefined) {
    const text = normalize(article.body);
    // (An article a zone publishes names it as 我区: its source says which, and its names are read with the body.)
    const home = /我区|本区/.test(text) ? homeZoneOf(retriever.knowledge, articleId) : undefined;
    const body = home ? `${text}\n${entityNames(retriever.knowledge, home).map(normalize).join("\n")}` : text;
    const named = groupsNamed(retriever, text);
    const k = retriever.knowledge;
    const bare = [
      ...(text.includes("联盟") && !named.some((id) => k.alliances.has(id)) ? ["联盟"] : []),
      ...(text.includes("网络") && !named.some((id) => k.networks.has(id)) ? ["网络"] : []),
    ];
    read = { body, title: normalize(article.title), bare };
    readArticles.set(article, read);
  }
  const { body, title, bare } = read;
  const isGroup = (group: string[]) => group.some((n) => /(?:网络|联盟)$/.test(n));
  const kindOf = (group: string[]) => bare.find((kind) => group.some((n) => n.endsWith(kind)));
  // (Its title's subject: the name opens a title that is no column's, "长江中游…联盟2026年度工作总结", not "长三角联盟
  // 观察｜苏州工业园区：…".)
  const subject = (group: string[]) => titleAbout(title, group);
  return names.every(
    (group) =>
      group.length === 0 ||
      group.some((n) => body.includes(n)) ||
      (isGroup(group) && (subject(group) || (kindOf(group) !== undefined && group.some((n) => title.includes(n))))),
  );
}
