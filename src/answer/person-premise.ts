/**
 * Two premises about a person, each corrected before the answer.
 *
 * "冯立作为纳米新材料网络牵头单位代表说了什么": a person the question says spoke for a group that no sentence quoting
 * them names, while every sentence that names them in a group's role names one other group, the same one
 * ("国家高新区光电子产业协同创新网络牵头单位,…冯立表示"). The answer begins with the correction and that sentence; what
 * was asked is answered after, as found. A refusal stays a refusal.
 */
import { escaped } from "../knowledge/lexicon.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { PREMISE } from "./facts/cues.ts";
import { parseQuestion } from "./parse.ts";
import { citedSentence, zoneNamesOf } from "./query/graph.ts";
import { groupNames, SPOKE_FOR } from "./query/person-by-act.ts";
import type { Answer } from "./types.ts";

/** Speaking for a group, as the question says it: "作为X(的)代表", or "代表X发言". */
const SPOKE_AS = /作为[^，,。？?]{2,40}?代表/;
/** What a group's name is followed by where a sentence gives someone a role in it. */
const ROLE_IN_GROUP = "[^，,。；;]{0,4}?(?:牵头单位|轮值|理事长单位|秘书处|成员单位|代表)";

/** The one person of the articles the question names, if it names exactly one. */
function oneNamed(k: Knowledge, question: string): string | undefined {
  const names = [...new Set(k.officials.map((o) => o.name))].filter((n) => question.includes(n));
  return names.length === 1 ? names[0] : undefined;
}

export function personCorrected(k: Knowledge, question: string, a: Answer): Answer {
  // (Most questions end here: no one is said to speak for anyone.)
  if (a.kind === "none" || a.answer.startsWith(PREMISE) || a.answer.startsWith("其实")) return a;
  if (!SPOKE_AS.test(question) && !SPOKE_FOR.test(question)) return a;
  const name = oneNamed(k, question);
  if (!name) return a;
  const asked = parseQuestion(question, k).mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone");
  const [mention] = asked;
  if (asked.length !== 1 || mention?.type !== "entity") return a;
  const quotes = new Map<string, string>();
  for (const e of k.officials.filter((o) => o.name === name).flatMap((o) => o.evidence)) {
    quotes.set(citedSentence(k, { articleId: e.article, quote: e.quote }), e.article);
  }
  const ids = [...k.networks.keys(), ...k.alliances.keys()];
  const inRole = (quote: string, id: string) =>
    groupNames(k, id).some((n) => new RegExp(`${escaped(n)}${ROLE_IN_GROUP}`).test(quote));
  const sentences = [...quotes].map(([quote, articleId]) => ({
    quote,
    articleId,
    named: ids.filter((id) => groupNames(k, id).some((n) => quote.includes(n))),
    roles: ids.filter((id) => inRole(quote, id)),
  }));
  // (No sentence names the group asked; those that give them a group's role all give the same one.)
  if (sentences.some((s) => s.named.includes(mention.ref.id))) return a;
  const given = sentences.filter((s) => s.roles.length > 0);
  const ofGroup = given[0]?.roles[0];
  if (!ofGroup || given.some((s) => s.roles.length !== 1 || s.roles[0] !== ofGroup)) return a;
  const other = given[0];
  const group = k.networks.get(ofGroup) ?? k.alliances.get(ofGroup);
  const wrong = k.networks.get(mention.ref.id) ?? k.alliances.get(mention.ref.id);
  const article = other ? k.articles.get(other.articleId) : undefined;
  if (!other || !group || !wrong || !article) return a;
  const quote = other.quote.trim().replace(/^[”"’」』]+/, "");
  const correction = `其实${name}代表的不是${wrong.name}，而是${group.name}：文章写的是“${quote.replace(/[。！!]$/, "")}”。`;
  const citation = { articleId: article.id, title: article.title, date: article.date ?? null, quote };
  return { ...a, answer: `${correction}\n${a.answer}`, citations: [citation, ...a.citations] };
}

/** A post asked of a person at a place the question names: "冯立在无锡高新区是什么职务", "冯立是无锡高新区的什么职务". */
const POST_AT = (name: string) =>
  new RegExp(
    `${escaped(name)}(?:在|是)([\\u4e00-\\u9fff]{2,12}?)的?(?:是|担任|任)?(?:什么|啥|哪个|何)(?:职务|职位|岗位|领导|身份|头衔)`,
  );

/**
 * "冯立在无锡高新区是什么职务": a person the question places at a zone that no title the articles give them names, while
 * every title names one other body. The answer begins with the correction; the post follows as found.
 */
export function personPlaceCorrected(k: Knowledge, question: string, a: Answer): Answer {
  if (a.kind === "none" || a.answer.startsWith(PREMISE) || a.answer.startsWith("其实")) return a;
  const name = oneNamed(k, question);
  const place = name ? POST_AT(name).exec(question)?.[1] : undefined;
  if (!name || !place) return a;
  // (The zone the place names, read from the question as parsed: its positions are the parsed text's.)
  const parsed = parseQuestion(question, k);
  const zone = parsed.mentions.find(
    (m) => m.type === "entity" && m.ref.kind === "zone" && place.includes(parsed.text.slice(m.start, m.end)),
  );
  if (zone?.type !== "entity") return a;
  const z = k.zones.get(zone.ref.id);
  const posts = k.officials.filter((o) => o.name === name);
  const there = (role: string) => zoneNamesOf(k, zone.ref.id).some((n) => role.includes(n));
  // (Only when every title the articles give them is of another zone: a district's title, "新吴区委副书记、区长", or an
  // institute's may be of this zone under another name.)
  const elsewhere = (o: (typeof posts)[number]) => o.org !== undefined && o.org !== z?.id && k.zones.has(o.org);
  if (!z || posts.length === 0 || posts.some((o) => o.org === z.id || there(o.role) || !elsewhere(o))) return a;
  const roles = [...new Set(posts.map((o) => o.role))];
  return { ...a, answer: `其实文章写的${name}不是${z.name}的，而是${roles.join("；")}。\n${a.answer}` };
}
