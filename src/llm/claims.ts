/**
 * Claims inside one model-written sentence that word overlap cannot judge, for the citation guard (guard.ts):
 *
 *   links     a URL, a domain or a markdown/HTML link — never something the bot says;
 *   roles     who leads a network, where an alliance's secretariat is, who is a member: each pair the sentence
 *             states is checked against the facts (read only from the Knowledge the guard is given);
 *   persons   the people a sentence names (known people of the knowledge, and "<surname>xx + title/said" patterns);
 *   negation  the negations a sentence makes (并未/不/没有/无法 … before a word) and those its passage makes.
 *
 * Text here is already normalised (normalize(): NFKC, lower case, punctuation dropped), except for `hasLink`.
 */
import type { Mention } from "../answer/parse.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";

// ---------------------------------------------------------------------------------------------------------------
// Links

/** http(s)/ftp URLs, www., markdown links `](…)`, HTML anchors, bare domains (example.com, x.cn/…). */
const LINK =
  /(?:https?|ftp):\/\/|\bwww\.|\]\s*\(|<\s*a\b|\bhref\s*=|[a-z0-9-]+\.(?:com|cn|net|org|io|top|xyz|info|cc|me|co|vip|site|online|link|app)\b/i;

export function hasLink(raw: string): boolean {
  return LINK.test(raw);
}

// ---------------------------------------------------------------------------------------------------------------
// Roles

const LEAD_CUE = /牵头/g;
const SECRETARIAT_CUE = /秘书处/g;
const MEMBER_CUE = /成员|加入/;

type Located = Mention & { type: "entity" };

/** The mention of one of `kinds` closest to position `at` (punctuation is gone after normalising). */
function nearest(mentions: readonly Located[], at: number, kinds: ReadonlySet<string>): Located | undefined {
  let best: Located | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    if (!kinds.has(m.ref.kind)) continue;
    const distance = m.end <= at ? at - m.end : m.start >= at ? m.start - at : 0;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

const ZONE = new Set(["zone"]);
const NETWORK = new Set(["network"]);
const GROUP = new Set(["network", "alliance"]);

/**
 * The first role pair in `body` that the facts contradict, as "subject role object (facts: …)"; undefined when
 * every pair it states agrees with the facts or is not covered by them. `mentions` are findMentions(body).
 * Pairs: the zone nearest before 牵头 (else after it) leads the network nearest the cue; the zone nearest 秘书处
 * hosts the secretariat of the alliance (or network) nearest it; zones in a sentence about 成员/加入 of a group
 * with a complete member list must be on that list (or lead it).
 */
export function roleConflict(body: string, mentions: readonly Mention[], knowledge: Knowledge): string | undefined {
  const located = mentions.filter((m): m is Located => m.type === "entity");
  const zoneName = (id: string) => knowledge.zones.get(id)?.name ?? id;
  const written = (m: Located) => body.slice(m.start, m.end);

  for (const cue of body.matchAll(LEAD_CUE)) {
    const at = cue.index ?? 0;
    const before = located.filter((m) => m.ref.kind === "zone" && m.end <= at);
    const zone = before.at(-1) ?? located.find((m) => m.ref.kind === "zone" && m.start >= at + cue[0].length);
    const group = nearest(located, at, NETWORK);
    if (!zone || !group) continue;
    const lead = knowledge.networks.get(group.ref.id)?.lead?.zone;
    if (lead && lead !== zone.ref.id) {
      return `${written(zone)} 牵头 ${written(group)} (facts: ${zoneName(lead)})`;
    }
  }

  for (const cue of body.matchAll(SECRETARIAT_CUE)) {
    const at = cue.index ?? 0;
    const zone = nearest(located, at, ZONE);
    const group = nearest(located, at, GROUP);
    if (!zone || !group) continue;
    const host = group.ref.kind === "alliance" ? knowledge.alliances.get(group.ref.id)?.secretariat?.zone : undefined;
    if (host && host !== zone.ref.id) {
      return `${written(zone)} 秘书处 ${written(group)} (facts: ${zoneName(host)})`;
    }
  }

  if (MEMBER_CUE.test(body)) {
    const groups = located.filter((m) => GROUP.has(m.ref.kind));
    if (groups.length === 1) {
      const group = groups[0] as Located;
      const entity =
        group.ref.kind === "network" ? knowledge.networks.get(group.ref.id) : knowledge.alliances.get(group.ref.id);
      const members = entity?.members;
      const lead = group.ref.kind === "network" ? knowledge.networks.get(group.ref.id)?.lead?.zone : undefined;
      if (members && !members.partial && members.others.length === 0) {
        for (const zone of located) {
          if (zone.ref.kind !== "zone") continue;
          if (!members.zones.includes(zone.ref.id) && zone.ref.id !== lead) {
            return `${written(zone)} 成员 ${written(group)} (not in the facts' list)`;
          }
        }
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Persons

const SURNAMES = new Set([
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤翟倪殷罗葛柳牛欧童骆温季岳鲁康施裴单洪包左",
]);
const TITLE =
  "(?:副?主任|副?书记|副?局长|副?市长|副?区长|副?省长|副?主席|副?院长|副?部长|副?处长|副?厅长|副?司长|副?秘书长|副?理事长|副?总经理|董事长|教授|院士|研究员|负责人|先生|女士)";
const SAID = "(?:表示|认为|指出|说|介绍|强调|透露|坦言|提出|谈到)";
const NAME_BEFORE = new RegExp(`([\\u4e00-\\u9fff]{2,3})(?=${TITLE}|${SAID})`, "g");
const NAME_AFTER = new RegExp(`${TITLE}([\\u4e00-\\u9fff]{2,3})(?=${SAID})`, "g");
/** Characters that never occur in a person's given name at this position. */
const NOT_NAME = new Set([
  ..."的是在和与及等了为将把被由对到从向以也都还所该这那其各每本此并未不没无有区市省县网络盟会院所家业",
]);

/** A person name that ends `text` (2–3 characters, starting with a common surname), or undefined. */
function nameAt(chars: string): string | undefined {
  for (const len of [3, 2]) {
    const name = chars.slice(-len);
    if (name.length !== len || !SURNAMES.has(name[0] ?? "")) continue;
    if ([...name.slice(1)].some((ch) => NOT_NAME.has(ch))) continue;
    return name;
  }
  return undefined;
}

const knownPeople = new WeakMap<Knowledge, string[]>();
/** Every person the knowledge names: officials, network leaders, article people and authors (normalised). */
function peopleOf(knowledge: Knowledge): string[] {
  let people = knownPeople.get(knowledge);
  if (!people) {
    const names = new Set<string>();
    for (const o of knowledge.officials ?? []) names.add(o.name);
    for (const n of knowledge.networks.values()) for (const p of n.leadPeople ?? []) names.add(p.name);
    for (const a of knowledge.articles.values()) {
      for (const p of [...(a.people ?? []), ...(a.authors ?? [])]) names.add(p.replace(/[（(].*$/, ""));
    }
    people = [...names].map((n) => normalize(n)).filter((n) => n.length >= 2 && n.length <= 4);
    knownPeople.set(knowledge, people);
  }
  return people;
}

/** The person names `body` mentions: known people, and surname-initial names before a title or "said". */
export function personNames(body: string, mentions: readonly Mention[], knowledge: Knowledge): string[] {
  const names = new Set<string>();
  for (const person of peopleOf(knowledge)) if (body.includes(person)) names.add(person);
  const insideEntity = (at: number, end: number) => mentions.some((m) => at < m.end && end > m.start);
  for (const m of body.matchAll(NAME_BEFORE)) {
    const at = m.index ?? 0;
    const name = nameAt(m[1] ?? "");
    if (name && !insideEntity(at + (m[1]?.length ?? 0) - name.length, at + (m[1]?.length ?? 0))) names.add(name);
  }
  for (const m of body.matchAll(NAME_AFTER)) {
    const group = m[1] ?? "";
    const name =
      SURNAMES.has(group[0] ?? "") && ![...group.slice(1)].some((ch) => NOT_NAME.has(ch)) ? group : undefined;
    if (name) names.add(name);
  }
  return [...names];
}

// ---------------------------------------------------------------------------------------------------------------
// Negation

/** Negators, longest first; compounds that are not negations (不断, 无锡, 未来, 非常 …) are excluded. */
const NEGATOR =
  /并未|从未|尚未|未曾|并非|并不|没有|不是|不会|不能|无法|未(?!来)|没(?!有)|不(?![断同仅少但过久论管光一得足])|非(?![常遗洲])|无(?![锡论线人疑])/g;

/** [negator, the two characters after it] for every negation in `text`. */
function negations(text: string): Array<{ at: number; word: string }> {
  const out: Array<{ at: number; word: string }> = [];
  for (const m of text.matchAll(NEGATOR)) {
    const after = (m.index ?? 0) + m[0].length;
    const word = text.slice(after, after + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(word)) out.push({ at: m.index ?? 0, word });
  }
  return out;
}

/** True when `word` occurs in `text` with a negator ending at most 2 characters before it. */
function negatedIn(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const window = text.slice(Math.max(0, i - 4), i);
    for (const m of window.matchAll(NEGATOR)) if ((m.index ?? 0) + m[0].length >= window.length - 2) return true;
  }
  return false;
}

/** True when `word` occurs in `text` at least once without a negator just before it. */
function plainIn(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const window = text.slice(Math.max(0, i - 4), i);
    let negated = false;
    for (const m of window.matchAll(NEGATOR)) if ((m.index ?? 0) + m[0].length >= window.length - 2) negated = true;
    if (!negated) return true;
  }
  return false;
}

/**
 * A negation the sentence and the passage do not share, or undefined. Both ways: the sentence negates a word the
 * passage does not negate ("专家并未认为" against "专家认为"), or the passage only ever negates a word that the
 * sentence states plainly ("创新是独角戏" against "创新不是独角戏").
 */
export function negationMismatch(body: string, passage: string): string | undefined {
  for (const n of negations(body)) {
    if (!negatedIn(passage, n.word)) return `${body.slice(n.at, n.at + 4)}`;
  }
  for (const n of negations(passage)) {
    if (body.includes(n.word) && plainIn(body, n.word) && !plainIn(passage, n.word)) return `…${n.word} (passage: 不…)`;
  }
  return undefined;
}
