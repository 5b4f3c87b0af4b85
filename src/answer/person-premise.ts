/**
 * "冯立作为纳米新材料网络牵头单位代表说了什么": a person the question says spoke for a group that no sentence quoting
 * them names, while they all name one other group ("国家高新区光电子产业协同创新网络牵头单位,…冯立表示"). The answer
 * begins with the correction and that sentence; what was asked is answered after, as found.
 */
import type { Knowledge } from "../knowledge/load.ts";
import { PREMISE } from "./facts/cues.ts";
import { parseQuestion } from "./parse.ts";
import { citedSentence } from "./query/graph.ts";
import { groupNames } from "./query/person-by-act.ts";
import type { Answer } from "./types.ts";

/** Speaking for a group, as the question says it: "作为X(的)代表", "代表X发言". */
const SPOKE_FOR = /作为[^，,。？?]{2,40}?代表|代表[^，,。？?]{2,40}?(?:发言|讲话|致辞|说)/;

export function personCorrected(k: Knowledge, question: string, a: Answer): Answer {
  // (Most questions end here: no one is said to speak for anyone.)
  if (a.answer.startsWith(PREMISE) || a.answer.startsWith("其实") || !SPOKE_FOR.test(question)) return a;
  const names = [...new Set(k.officials.map((o) => o.name))].filter((n) => question.includes(n));
  const [name] = names;
  if (!name || names.length !== 1) return a;
  const parsed = parseQuestion(question, k);
  const asked = parsed.mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone");
  const [mention] = asked;
  if (asked.length !== 1 || mention?.type !== "entity") return a;
  const sentences = [
    ...new Set(
      k.officials
        .filter((o) => o.name === name)
        .flatMap((o) => o.evidence)
        .map((e) => ({ articleId: e.article, quote: citedSentence(k, { articleId: e.article, quote: e.quote }) })),
    ),
  ];
  const namedIn = (quote: string) =>
    [...k.networks.keys(), ...k.alliances.keys()].filter((id) => groupNames(k, id).some((n) => quote.includes(n)));
  const said = sentences.map((s) => ({ ...s, groups: namedIn(s.quote) }));
  if (said.some((s) => s.groups.includes(mention.ref.id))) return a;
  const other = said.find((s) => s.groups.length === 1);
  const group = other
    ? (k.networks.get(other.groups[0] as string) ?? k.alliances.get(other.groups[0] as string))
    : undefined;
  const wrong = k.networks.get(mention.ref.id) ?? k.alliances.get(mention.ref.id);
  const article = other ? k.articles.get(other.articleId) : undefined;
  if (!other || !group || !wrong || !article) return a;
  const quote = other.quote.trim().replace(/^[”"’」』]+/, "");
  const correction = `其实${name}代表的不是${wrong.name}，而是${group.name}：文章写的是“${quote.replace(/[。！!]$/, "")}”。`;
  const citation = { articleId: article.id, title: article.title, date: article.date ?? null, quote };
  return { ...a, answer: `${correction}\n${a.answer}`, citations: [citation, ...a.citations] };
}
