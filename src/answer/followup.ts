/**
 * Follow-up questions: completes an elliptical or pronoun question from the previous turn of the same
 * conversation, before the engine answers it. Pure: the context comes in and goes out as a value
 * (the bot stores it, src/bot/context.ts).
 *
 * What a turn leaves behind (FollowUpContext): the question as the engine answered it (normalised), the
 * entities it named and the attribute it asked about. What resolves against it:
 *
 *   rule 1  a pronoun ("它", "其", "该网络", "这个联盟", "they", "it", …) and no name of its own
 *           → the pronoun is replaced by the previous entity's name ("它什么时候成立的" → "<网络>什么时候成立的");
 *   rule 2  no name, a short question asking an attribute ("牵头单位呢？", "成员有哪些", "什么时候成立")
 *           → the previous entity's name is put in front;
 *   rule 3  a new name and nothing else ("那集成电路呢", "苏州呢", "what about IoT")
 *           → the previous question with the new name in place of the old one (same kind), or the previous
 *             attribute asked of the new name (network ↔ alliance);
 *   rule 4  "还有哪些" / "还有呢" / "其他呢" / "what else"
 *           → the other networks (alliances) when the previous turn was about a network (alliance); for a zone,
 *             every network and alliance it belongs to.
 *
 * Anything else is left as asked: a question naming its own entities with its own intent, a global question
 * ("有哪些网络", "哪个网络最早"), a question naming an entity the knowledge does not know, or no context.
 */
import type { EntityKind, EntityRef, Knowledge } from "../knowledge/load.ts";
import { type Attribute, hasReverseCue, type Mention, parseQuestion } from "./parse.ts";

/** What one answered question leaves for the next one. Stored as JSON: keep it small and versioned. */
export type FollowUpContext = {
  v: 1;
  /** The question as the engine answered it (after resolution), normalised. */
  question: string;
  /** Entities it named, in question order. */
  entities: EntityRef[];
  /** Ambiguous names it used ("苏州"), which stand in for zones. */
  ambiguous: string[];
  attribute: Attribute | null;
  /** It asked which networks/alliances a zone belongs to. */
  reverse: boolean;
};

export type FollowUpRule = "pronoun" | "ellipsis" | "new-entity" | "more";

export type Resolution =
  | { rewritten: false; question: string }
  | { rewritten: true; question: string; rule: FollowUpRule };

/** Pronouns and demonstratives that point back at the previous entity (normalised text), longest first. */
const PRONOUNS = [
  "这个网络",
  "那个网络",
  "这一网络",
  "这个联盟",
  "那个联盟",
  "这一联盟",
  "这个高新区",
  "那个高新区",
  "这家高新区",
  "那家高新区",
  "这个园区",
  "该高新区",
  "该网络",
  "该联盟",
  "该园区",
  "此网络",
  "此联盟",
  "它们",
  "他们",
  "它",
  "其",
];
/** "其" only as a pronoun, not inside 其他/其中/其实/尤其/极其/与其/其余/其次. */
const NOT_PRONOUN_QI = /其(?=[他她它中实余次])|(?<=[尤极与])其/;
const ENGLISH_PRONOUNS =
  /\b(?:this network|that network|this alliance|that alliance|this zone|that zone|its|it|they|them|their)\b/;

/** Marks an elliptical question: "那…", "…呢", "what about …". */
const ELLIPSIS_START = /^(?:那么|那|还有|和|以及|换成|换作|what about|how about|and)\s*/;
const ELLIPSIS_END = /(?:的呢|呢|呀|啊|吧|what about|how about)$/;
/** "还有哪些" and friends, on the normalised text without punctuation. */
const MORE =
  /^(?:那)?(?:还有|另外还有|其他|其它|别的|其余)(?:的)?(?:哪些|哪几个|什么|呢|吗|么|啊|的呢|的)*$|^(?:what else|any others?|others|anything else|more)$/;
/** Short enough to be an elliptical attribute question without a name (code points). */
const MAX_ELLIPTICAL_CHARS = 16;

/** The name a follow-up writes for an entity: its full name as the knowledge records it. */
export function entityName(knowledge: Knowledge, ref: EntityRef): string | undefined {
  const table: Record<EntityKind, ReadonlyMap<string, { name: string }>> = {
    zone: knowledge.zones,
    network: knowledge.networks,
    alliance: knowledge.alliances,
  };
  return table[ref.kind].get(ref.id)?.name;
}

/** The context a question leaves once answered; undefined when it names nothing (the previous context stays). */
export function contextAfter(question: string, knowledge: Knowledge): FollowUpContext | undefined {
  const parsed = parseQuestion(question, knowledge);
  const ambiguous = parsed.mentions.filter((m) => m.type === "ambiguous").map((m) => parsed.text.slice(m.start, m.end));
  if (parsed.entities.length === 0 && ambiguous.length === 0) return undefined;
  return {
    v: 1,
    question: parsed.text,
    entities: parsed.entities,
    ambiguous,
    attribute: parsed.attribute,
    reverse: hasReverseCue(parsed),
  };
}

/** Reads a stored context back; anything malformed is treated as "no context". */
export function parseContext(json: string | undefined): FollowUpContext | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as Partial<FollowUpContext>;
    const refOk = (r: unknown) =>
      typeof r === "object" &&
      r !== null &&
      typeof (r as EntityRef).id === "string" &&
      ["zone", "network", "alliance"].includes((r as EntityRef).kind);
    if (
      v.v !== 1 ||
      typeof v.question !== "string" ||
      !Array.isArray(v.entities) ||
      !v.entities.every(refOk) ||
      !Array.isArray(v.ambiguous) ||
      !v.ambiguous.every((a) => typeof a === "string")
    ) {
      return undefined;
    }
    return {
      v: 1,
      question: v.question,
      entities: v.entities,
      ambiguous: v.ambiguous,
      attribute: typeof v.attribute === "string" ? v.attribute : null,
      reverse: v.reverse === true,
    };
  } catch {
    return undefined;
  }
}

/** Completes `question` from `context`; a question that stands on its own comes back unchanged. */
export function resolveFollowUp(
  question: string,
  context: FollowUpContext | undefined,
  knowledge: Knowledge,
): Resolution {
  const asked = { rewritten: false as const, question };
  if (!context) return asked;
  // Entities of the context that still exist in this knowledge snapshot (a reload may have removed one).
  const previous = context.entities.filter((e) => entityName(knowledge, e) !== undefined);
  if (previous.length === 0 && context.ambiguous.length === 0) return asked;

  const parsed = parseQuestion(question, knowledge);
  const text = parsed.text;
  const named = parsed.mentions.length > 0;

  if (named) return newEntity(parsed, context, previous, knowledge) ?? asked;
  // A name the knowledge does not know: answer it as asked (the engine says what it knows instead).
  if (parsed.unknownName) return asked;

  const names = previousNames(context, previous, knowledge);
  if (names.length === 0) return asked;
  const joined = names.join("和");

  // Rule 1: a pronoun.
  const pronoun = findPronoun(text);
  if (pronoun) {
    const rewritten = `${text.slice(0, pronoun.start)}${joined}${text.slice(pronoun.end)}`;
    return { rewritten: true, question: rewritten, rule: "pronoun" };
  }

  // Rule 4: "还有哪些".
  if (MORE.test(text)) {
    const more = moreQuestion(context, previous, knowledge);
    return more ? { rewritten: true, question: more, rule: "more" } : asked;
  }

  // Rule 2: a short attribute question without a name.
  const global = parsed.asksNetworks || parsed.asksAlliances || parsed.compare !== null || parsed.setOp !== null;
  const short = Array.from(text).length <= MAX_ELLIPTICAL_CHARS;
  const elliptical = ELLIPSIS_START.test(text) || ELLIPSIS_END.test(text);
  if (!global && (parsed.attribute !== null || (parsed.open && elliptical)) && (short || elliptical)) {
    const rest = text.replace(ELLIPSIS_START, "");
    return { rewritten: true, question: `${joined}${needsDe(rest) ? "的" : ""}${rest}`, rule: "ellipsis" };
  }
  return asked;
}

/** Rule 3: a new name with no intent of its own takes the previous intent. */
function newEntity(
  parsed: ReturnType<typeof parseQuestion>,
  context: FollowUpContext,
  previous: EntityRef[],
  knowledge: Knowledge,
): Resolution | undefined {
  const text = parsed.text;
  const ownIntent =
    parsed.attribute !== null ||
    parsed.open ||
    parsed.setOp !== null ||
    parsed.compare !== null ||
    parsed.membershipCheck ||
    hasReverseCue(parsed);
  if (ownIntent) return undefined;
  const elliptical = ELLIPSIS_START.test(text) || ELLIPSIS_END.test(text);
  if (!elliptical || parsed.mentions.length !== 1) return undefined;
  const mention = parsed.mentions[0] as Mention;
  const newKind: EntityKind = mention.type === "entity" ? mention.ref.kind : "zone";
  const newName =
    mention.type === "entity"
      ? (entityName(knowledge, mention.ref) ?? text.slice(mention.start, mention.end))
      : text.slice(mention.start, mention.end);

  // Same kind, one name in the previous question: put the new name in its place.
  const prev = parseQuestion(context.question, knowledge);
  if (prev.mentions.length === 1) {
    const old = prev.mentions[0] as Mention;
    const oldKind: EntityKind = old.type === "entity" ? old.ref.kind : "zone";
    if (oldKind === newKind) {
      const tail = prev.text.slice(old.end).replace(KIND_SUFFIX[oldKind], "");
      return { rewritten: true, question: `${prev.text.slice(0, old.start)}${newName}${tail}`, rule: "new-entity" };
    }
  }
  // Network ↔ alliance: ask the new one the previous attribute.
  const groupKinds: EntityKind[] = ["network", "alliance"];
  const prevKind = previous[0]?.kind;
  if (prevKind && groupKinds.includes(prevKind) && groupKinds.includes(newKind) && context.attribute) {
    const template = ATTRIBUTE_QUESTIONS[context.attribute];
    return { rewritten: true, question: template(newName), rule: "new-entity" };
  }
  // A zone after a zone question that had several names: the reverse lookup, if that was the intent.
  if (newKind === "zone" && context.reverse && previous.every((e) => e.kind === "zone")) {
    return { rewritten: true, question: `${newName}参加了哪些网络和联盟`, rule: "new-entity" };
  }
  return undefined;
}

/** After a replaced name, the kind word its short alias left behind ("物联网|网络有哪些成员"). */
const KIND_SUFFIX: Record<EntityKind, RegExp> = {
  network: /^(?:产业)?(?:协同创新)?网络/,
  alliance: /^(?:国家高新区|高新区)?(?:产业科技创新战略|创新发展|一体化发展)?联盟/,
  zone: /^(?:国家)?高新区/,
};

const ATTRIBUTE_QUESTIONS: Record<Attribute, (name: string) => string> = {
  members: (n) => `${n}有哪些成员`,
  count: (n) => `${n}有多少家成员`,
  date: (n) => `${n}什么时候成立`,
  venue: (n) => `${n}在哪里成立`,
  lead: (n) => `${n}的牵头单位是谁`,
  leadPerson: (n) => `${n}的负责人是谁`,
  secretariat: (n) => `${n}的秘书处设在哪里`,
  results: (n) => `${n}取得了哪些成果`,
  overview: (n) => n,
};

function previousNames(context: FollowUpContext, previous: EntityRef[], knowledge: Knowledge): string[] {
  const names = previous.map((e) => entityName(knowledge, e)).filter((n): n is string => n !== undefined);
  return [...names, ...context.ambiguous];
}

function findPronoun(text: string): { start: number; end: number } | undefined {
  for (const p of PRONOUNS) {
    let at = text.indexOf(p);
    while (at >= 0 && p === "其" && NOT_PRONOUN_QI.test(text.slice(Math.max(0, at - 1), at + 2))) {
      at = text.indexOf(p, at + 1);
    }
    if (at >= 0) return { start: at, end: at + p.length };
  }
  const en = ENGLISH_PRONOUNS.exec(text);
  if (en) return { start: en.index, end: en.index + en[0].length };
  return undefined;
}

/** "…牵头单位呢" reads better as "<name>的牵头单位呢"; verbs and question words follow the name directly. */
function needsDe(rest: string): boolean {
  return /^(?:牵头|成员|秘书处|负责人|成果|成立时间|成立日期|地点|规模|名单|举办地|时间|日期)/.test(rest);
}

function moreQuestion(context: FollowUpContext, previous: EntityRef[], knowledge: Knowledge): string | undefined {
  const kinds = new Set(previous.map((e) => e.kind));
  if (kinds.size !== 1) return undefined;
  if (kinds.has("network")) return "有哪些产业协同创新网络";
  if (kinds.has("alliance")) return "有哪些高新区联盟";
  const zone = previous[0];
  const name = zone ? entityName(knowledge, zone) : undefined;
  return name && context.ambiguous.length === 0 ? `${name}参加了哪些网络和联盟` : undefined;
}
