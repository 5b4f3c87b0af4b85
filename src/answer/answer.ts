/**
 * The answer route, free of Node: facts first, then the passage answerer (retrieval), else an honest "none".
 * Node (engine.ts) and the Worker (src/runtime/worker.ts) answer through this same function.
 */
import { entityNames } from "../knowledge/entity-names.ts";
import { laterYear } from "../knowledge/extract/dates.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import { refusal, screenRequest } from "../llm/injection.ts";
import { confirmYes } from "./confirm.ts";
import { englishGroupRead } from "./english-names.ts";
import { BRIEF } from "./facts/cues.ts";
import { FactEngine } from "./facts.ts";
import { normalizeQuestion } from "./normalize.ts";
import { wordPairs as pairs } from "./pairs.ts";
import { parseQuestion } from "./parse.ts";
import { answerByQuery } from "./query/index.ts";
import type { QueryReader } from "./query/llm-read.ts";
import { partnerRead } from "./query/partner.ts";
import { smallTalk } from "./smalltalk.ts";
import { suggestionsFor } from "./suggest.ts";
import { type Answer, MAX_QUESTION_CHARS } from "./types.ts";

/** A second opinion for questions the fact engine does not take (retrieval plugs in here). */
export type PassageAnswerer = (question: string, knowledge: Knowledge) => Answer | null | Promise<Answer | null>;

export function notCovered(): Answer {
  return {
    kind: "none",
    answer:
      "抱歉，知识库中的文章没有涉及这个问题。我能回答国家高新区产业协同创新网络（人工智能、纳米新材料、集成电路、物联网、光电子、新型显示）和高新区联盟（京津冀、东北、长三角、淮河等）的成员、成立时间、地点、牵头单位和相关数据。",
    citations: [],
  };
}

/** Answers from one snapshot; pure apart from the optional passage answerer. */
export async function answerWith(
  knowledge: Knowledge,
  question: string,
  passages?: PassageAnswerer,
  reader?: QueryReader,
): Promise<Answer> {
  const q = question.trim();
  if (!q) return { kind: "none", answer: "请输入问题，例如：物联网网络有哪些成员？", citations: [] };
  if (q.length > MAX_QUESTION_CHARS) {
    return { kind: "none", answer: `问题太长（超过${MAX_QUESTION_CHARS}字），请精简后再问。`, citations: [] };
  }
  // Attempts to steer the bot (its rules, prompt, keys, other chats) are refused before any lookup, on every
  // surface (bot, CLI, playground, Worker).
  if (screenRequest(q)) return refusal();
  const chat = smallTalk(normalize(q));
  if (chat) return chat;
  const normalized = normalizeQuestion(q, knowledge);
  if (normalized.ambiguous) {
    const { from, candidates } = normalized.ambiguous;
    return {
      kind: "none",
      answer: `“${from}”可能是${candidates.map((c) => `“${c}”`).join("或")}，请说明是哪一个。`,
      citations: [],
    };
  }
  // A group named by what it did with another ("跟X签备忘录的那个网络") is read by its name.
  // …and one asked by an English name no alias holds ("the ocean equipment network").
  const english = englishGroupRead(knowledge, normalized.text);
  const partner = partnerRead(knowledge, english?.text ?? normalized.text);
  const text = partner?.text ?? english?.text ?? normalized.text;
  const answer =
    (await twoQuestions(knowledge, text, passages, reader)) ??
    (await answerNormalized(knowledge, text, passages, reader));
  const readings = [
    ...normalized.repairs.map((r) => `按“${r.to}”理解（原文“${r.from}”）`),
    ...(english ? [english.note] : []),
    ...(partner ? [partner.note] : []),
  ];
  if (readings.length === 0) return answer;
  return {
    ...answer,
    understoodAs: answer.understoodAs ?? text,
    notes: [readings.join("；"), ...(answer.notes ?? [])],
  };
}

/** A second part that points back at the group the first names: "这个网络", "那个联盟", "该网络". */
const POINTS_AT_GROUP = /^(?:那么)?(?:这个|那个|这张|那张|该|这|那)(?:网络|联盟)(?:的)?/;

/** Asks an amount: "多少", "几个", "几家". */
const AMOUNT_ASKED = /多少|几(?:个|家|项|场|次|亿|万|位|名)/;

/** The seat or thing a question asks about, right after the name it asks of ("淮河联盟秘书处…"). */
const TOPIC_AFTER_NAME = /^的?(秘书处|副理事长单位|理事长单位|轮值主席单位|牵头单位|基金|年会)/;
/** A second part that asks about the first's act, naming nothing of its own ("依据的是什么制度", "为啥换"). */
const ON_THE_ACT = /^(?:又|还|那)?(?:是)?(?:依据|根据|按照?|凭)(?:的是)?(?:什么|啥|哪)/;

/** The subject a question opens with, before its verb ("创新型产业集群试点是哪年开始的"). */
const SUBJECT = /^([\u4e00-\u9fff]{4,16}?)(?:是|有|在|于|从|的)/;

/** A seat or a thing a clause may ask about on its own. */
const SEAT_OR_THING = /秘书处|理事长|主席|牵头|成员|基金|年会|会议/;

/** A clause that ends by asking: "是谁", "在哪", "多少家", "哪一天". */
const ASKED_AT_END =
  /(?:是谁|谁|在哪(?:里|儿)?|哪[两几]?[家个天年位]|多少(?:家|个)?|几[家个位]|(?:哪一?年|什么时候|何时|哪一?天)[\u4e00-\u9fff]{0,4}的)$/;

/** A second part that asks the title of the person the first part asks for: "他什么职务", "她是什么身份". */
const THEIR_TITLE = /^[他她](?:是)?(?:什么|啥|哪个)?(?:职务|职位|身份|头衔|官)/;

/**
 * "成渝联盟首批一共几家？四川占几家": two questions in one message, the second about what the first names. Each is
 * answered (the second with the first's name put back); both answers are given when both parts are answered.
 */
async function twoQuestions(
  knowledge: Knowledge,
  q: string,
  passages?: PassageAnswerer,
  reader?: QueryReader,
): Promise<Answer | null> {
  const split = (by: RegExp) =>
    q
      .split(by)
      .map((x) => x.trim())
      .filter((x) => x.length >= 2);
  let parts = split(/[？?]/);
  // "发布了多少个场景，签了多少个项目": two amounts asked in one sentence, a comma between them.
  if (parts.length === 1) {
    const clauses = split(/[，,]/);
    if (clauses.length === 2 && clauses.every((x) => AMOUNT_ASKED.test(x))) parts = clauses;
    // "2026年轮值主席是谁，秘书处还在无锡吗", "秘书处在哪，副牵头单位是哪两家": two questions, each asking at its end.
    // (The second names a thing of its own: "…现在是谁，下一年度轮到谁" is one question about one seat.)
    else if (
      clauses.length === 2 &&
      ASKED_AT_END.test(clauses[0] as string) &&
      (/[吗嘛][？?]?$/.test(clauses[1] as string) ||
        ASKED_AT_END.test((clauses[1] as string).replace(/[？?]$/, "")) ||
        AMOUNT_ASKED.test(clauses[1] as string)) &&
      (SEAT_OR_THING.test(clauses[1] as string) ||
        AMOUNT_ASKED.test(clauses[1] as string) ||
        parseQuestion(clauses[1] as string, knowledge).entities.length > 0)
    )
      parts = clauses;
  }
  // "冯立什么身份，他怎么评价…": a second question about the person the first names, by 他/她.
  const person = await aboutThePerson(knowledge, parts.length === 1 ? split(/[，,]/) : parts, passages, reader);
  if (person) return person;
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  // A second part with nothing of its own ("几家？", "列一下"): a request about the first's answer, one question.
  const own = second
    .replace(/几家|几个|多少|哪些|哪几|哪个|是谁|在哪|啥|什么|吗|呢|的|了|又|还|呀/g, "")
    .replace(/^(?:请|麻烦|帮我)?(?:列|说|讲|介绍|展开|整理|总结)(?:一下|下|出来|一列|说|讲)?(?:吧|谢谢)?$/, "");
  if (own.length < 2) return null;
  // "…设在哪里？任期多长？", "哪个先开？隔了几天": one question when the answer to the whole gives the term or the
  // days between (that answer, not computed again).
  const rest = second.replace(/^(?:那|它的?|其)/, "");
  // ("谁讲的…？他什么职务": the person's answer gives their title with their name.)
  if (THEIR_TITLE.test(second)) {
    const whole = await answerNormalized(knowledge, first, passages, reader);
    if (whole.kind === "fact" && /^[\u4e00-\u9fff]{2,4}（[^）]+）/.test(whole.answer)) return whole;
  }
  const covered = /^(?:任期|多长|多久|几年)/.test(rest)
    ? /任期/
    : /几天|多少天/.test(rest)
      ? /(?:相隔|早|晚)\d+天/
      : null;
  if (covered) {
    const whole = await answerNormalized(knowledge, q, passages, reader);
    if (whole.kind === "fact" && covered.test(whole.answer)) return whole;
  }
  // "X首批多少家？其中几家同时在Y里": the second part narrows the first's answer; the whole question reads it, the
  // first part is answered too.
  if (/^其中/.test(second)) {
    const a1 = await answerNormalized(knowledge, first, passages, reader);
    const a2 = await answerNormalized(knowledge, q, passages, reader);
    if (a1.kind === "fact" && a2.kind === "fact" && a1.answer !== a2.answer) return both(a1, a2);
  }
  const p1 = parseQuestion(first, knowledge);
  // "Z牵头的是哪个网络？在X里它是什么角色": the second part names Z by 它/其; Z is put back and both are answered.
  const pronoun = /它(?!们)|(?<![尤极])其(?![他它中余实次])/.exec(second);
  const only = p1.mentions.filter((m) => m.type === "entity");
  if (pronoun && only.length === 1) {
    const m = only[0] as (typeof only)[number];
    const named = p1.text.slice(m.start, m.end);
    const a1 = await answerNormalized(knowledge, first, passages, reader);
    const text2 = `${second.slice(0, pronoun.index)}${named}${second.slice(pronoun.index + 1)}`;
    const a2 = await answerNormalized(knowledge, text2, passages, reader);
    if (a1.kind !== "none" && a2.kind !== "none" && a1.answer !== a2.answer) return both(a1, a2);
  }
  // "Z在X网络里吗？这个网络谁牵头": a second part that points at the group is about the group, whatever comes first.
  const pointsAtGroup = POINTS_AT_GROUP.exec(second);
  const named = pointsAtGroup
    ? p1.mentions.find((m) => m.type === "entity" && m.ref.kind !== "zone")
    : p1.mentions.find((m) => m.type === "entity");
  // (A second part may name a zone of the group the first names: "秘书处还在无锡吗".)
  const group = named?.type === "entity" && named.ref.kind !== "zone";
  const named2 = parseQuestion(second, knowledge).entities;
  // "创新型产业集群试点是哪年开始的，现在布了多少个": a first part that names no entity, its subject before the
  // verb; the second part, naming nothing, is about it.
  // (An amount asked of it: "中间隔了多久" is about the first part's answer, one question.)
  const subject = !named && named2.length === 0 && AMOUNT_ASKED.test(second) ? SUBJECT.exec(first)?.[1] : undefined;
  if (subject) {
    const a1 = await answerNormalized(knowledge, first, passages, reader);
    const a2 = await answerNormalized(knowledge, `${subject}${second}`, passages, reader);
    return a1.kind !== "none" && a2.kind !== "none" && a1.answer !== a2.answer ? both(a1, a2) : null;
  }
  if (!named || named2.some((e) => !group || e.kind !== "zone")) return null;
  const a1 = await answerNormalized(knowledge, first, passages, reader);
  const asked = pointsAtGroup ? second.slice(pointsAtGroup[0].length) : second;
  // (With the seat or thing the first part asks about after the name, when the second asks about the first's act:
  // "秘书处从哪家换到哪家了？依据的是什么制度" asks the secretariat's rule.)
  const topic = TOPIC_AFTER_NAME.exec(p1.text.slice(named.end))?.[1] ?? "";
  const a2 = await answerNormalized(
    knowledge,
    `${p1.text.slice(named.start, named.end)}${ON_THE_ACT.test(asked) ? topic : ""}${asked}`,
    passages,
    reader,
  );
  // Each part answered, by a fact or by the passages ("有多少企业？产值多少？": two amounts, often two sentences).
  if (a1.kind === "none" || a2.kind === "none" || a1.answer === a2.answer) return null;
  if (a1.kind === "passage" && a2.kind === "passage" && a1.citations[0]?.quote === a2.citations[0]?.quote) return null;
  return both(a1, a2);
}

/**
 * "X什么身份，他怎么评价Y": the first part names a person the articles quote, the second asks about them by 他/她;
 * each is answered (the second with the name put back), unless the person's answer already says what is asked.
 */
async function aboutThePerson(
  knowledge: Knowledge,
  parts: string[],
  passages?: PassageAnswerer,
  reader?: QueryReader,
): Promise<Answer | null> {
  const [first, second] = parts;
  if (parts.length !== 2 || !first || !second || !/^[他她]/.test(second)) return null;
  const name = knowledge.officials.find((o) => first.includes(o.name))?.name;
  if (!name || THEIR_TITLE.test(second)) return null;
  const a1 = await answerNormalized(knowledge, first, passages, reader);
  const a2 = await answerNormalized(knowledge, `${name}${second.slice(1)}`, passages, reader);
  return a1.kind === "none" || a2.kind === "none" ? null : both(a1, a2);
}

/** Two answers given together: a fact when both are facts, else passages; citations once each. */
function both(a1: Answer, a2: Answer): Answer {
  return {
    ...a1,
    kind: a1.kind === "fact" && a2.kind === "fact" ? "fact" : "passage",
    answer: `${a1.answer}\n${a2.answer}`,
    citations: [...a1.citations, ...a2.citations.filter((c) => !a1.citations.some((x) => x.quote === c.quote))],
  };
}

async function answerNormalized(
  knowledge: Knowledge,
  q: string,
  passages?: PassageAnswerer,
  reader?: QueryReader,
): Promise<Answer> {
  const parsed = parseQuestion(q, knowledge);
  const facts = new FactEngine(knowledge);
  const lookup = answerByQuery(knowledge, parsed, (rest) =>
    facts.lookup(rest === parsed.text ? parsed : parseQuestion(rest, knowledge)),
  );
  const fact = lookup?.answer ?? null;
  // A summary of what the question names only: a passage that supports an answer is preferred to it.
  const summary = lookup?.summaryOnly ?? false;
  if (fact && !summary && !(fact.kind === "none" && passagesMayAnswer(knowledge, parsed))) {
    // A brief of one entity ("介绍一下X"): its key facts first, then the best passages about it.
    if (fact.kind === "fact" && passages && BRIEF.test(q) && parsed.entities.length <= 1) {
      return withPassages(fact, await passages(q, knowledge));
    }
    // A correction first, then what the passages say of the rest of the question.
    if (lookup?.restOpen && passages) {
      // (Asked without the claim the correction took out: "在西安办的那场推介会叫什么" → "那场推介会叫什么".)
      const rest = await passages(lookup.rest ?? q, knowledge);
      if (rest?.kind === "passage")
        return {
          ...fact,
          answer: `${fact.answer}\n${rest.answer}`,
          citations: [...fact.citations, ...rest.citations.slice(0, 2)],
        };
    }
    return withSuggestions(knowledge, parsed, confirmYes(knowledge, parsed, fact));
  }
  // Uncertain (no query read, no fact found): an optional model may propose a query (query/llm-read.ts); its
  // answer, if any, is used. The passages are looked up meanwhile, for when it has none.
  const reading = reader && !fact ? reader(q, knowledge) : null;
  const found = passages ? await passages(q, knowledge) : null;
  const read = reading ? await reading : null;
  if (read) return read;
  // A refusal stands unless a passage about what the question names answers it.
  const passage = found && (summary || fact?.kind !== "none" || overrides(knowledge, parsed, found)) ? found : null;
  return withSuggestions(knowledge, parsed, confirmYes(knowledge, parsed, passage ?? fact ?? notCovered()));
}

/** Passages a brief adds after the key facts, at most. */
const BRIEF_PASSAGES = 2;

/** The key facts, then what the best passages quote (those the facts do not quote already). */
function withPassages(fact: Answer, found: Answer | null): Answer {
  if (found?.kind !== "passage") return fact;
  const quoted = new Set(fact.citations.map((c) => c.quote));
  const extra = found.citations.filter((c) => !quoted.has(c.quote)).slice(0, BRIEF_PASSAGES);
  if (extra.length === 0) return fact;
  return {
    ...fact,
    answer: `${fact.answer}\n文章中的相关报道：${extra.map((c) => `\n· ${c.quote}`).join("")}`,
    citations: [...fact.citations, ...extra],
  };
}

/**
 * A refusal the fact graph gives may still be answered by a passage when the question is about an occasion
 * other than the founding (a meeting, a contest: what was decided, who hosts the next one) or about what comes
 * next (a plan an article announces). The graph records neither, so its "not recorded" is not the last word;
 * everything else it refuses (a detail no article gives, a list no article names) stands.
 */
function passagesMayAnswer(k: Knowledge, p: ReturnType<typeof parseQuestion>): boolean {
  if (p.opinion) return false;
  // Open world: a name no fact describes but an article mentions (as the question writes it) is answered from the
  // passages that quote it.
  // A zone may be written with its suffix once for several ("南充、眉山2家省级高新区"): its bare name counts.
  if (p.unknownName) {
    const name = normalize(p.unknownName.name);
    const bare = p.unknownName.kind === "zone" ? name.replace(/(?:国家)?高新区$/, "") : name;
    return mentioned(k, name) || (bare.length >= 2 && bare !== name && mentioned(k, bare));
  }
  // Where a founding was held, when the graph has no zone for it: a passage may name the hall ("在杭州白马湖国际
  // 会展中心举行"), and the retrieval's support rules ask it to say where something was held.
  return p.occasion !== null || p.future || (p.attribute === "venue" && p.entities.length === 1);
}

/** The occasion in the quote, as the question or the article words it ("年会" is also "年度大会"/"年度会议"). */
function sameOccasion(quote: string, occasion: string): boolean {
  if (quote.includes(occasion)) return true;
  return occasion === "年会" && /年度(?:大会|会议|工作会议)/.test(quote);
}

const mentionedByKnowledge = new WeakMap<Knowledge, Map<string, boolean>>();
function mentioned(k: Knowledge, words: string): boolean {
  let seen = mentionedByKnowledge.get(k);
  if (!seen) {
    seen = new Map();
    mentionedByKnowledge.set(k, seen);
  }
  let found = seen.get(words);
  if (found === undefined) {
    found = [...k.articles.values()].some((a) => normalize(a.body).includes(words));
    seen.set(words, found);
  }
  return found;
}

/** A quote that says where something was held. */
const HELD_AT = /在[^，,。；;]{2,24}?(?:举行|召开|举办|开幕|启动|成立|揭牌)/;

/** Words that say a sentence is about what comes next: a plan, a schedule, the next term. */
const NEXT = /将|计划|拟|下一届|第二届|明年|今年下半年|(?:19|20)\d{2}年(?:起|将|底前)/;

/**
 * A passage overrides a refusal only when one quote names what the question names (each zone, network or
 * alliance, by any of its names), the occasion asked about, and, for what comes next, says it is a plan.
 */
function overrides(k: Knowledge, p: ReturnType<typeof parseQuestion>, a: Answer): boolean {
  const namesOf = (id: string) => entityNames(k, id);
  // What the question asks about, less the names and the asking words: most of it must stand in the quote.
  let asked = p.text;
  for (const m of [...p.mentions].reverse()) asked = `${asked.slice(0, m.start)} ${asked.slice(m.end)}`;
  const wanted = pairs(asked.replace(ASKING, " "));
  // A question of two parts (this year's meeting, and next year's host) may be answered in part: the words of one
  // part, between two asking words, may stand in the quote instead.
  const parts = asked
    .split(ASKING)
    .map((part) => pairs(part))
    .filter((part) => part.size >= 3);
  // A sentence in a report about one group often says only "网络"/"联盟": the group named by the piece's title or
  // its opening sentence counts, unless the quote names another group itself.
  const groupNames = k.aliases.flatMap((e) =>
    e.target.type === "entity" && e.target.ref.kind !== "zone" ? [{ id: e.target.ref.id, alias: e.alias }] : [],
  );
  const named = (c: Answer["citations"][number], quote: string, id: string) => {
    if (namesOf(id).some((n) => quote.includes(n))) return true;
    if (groupNames.some((g) => g.id !== id && g.alias.length >= 4 && quote.includes(g.alias))) return false;
    const article = k.articles.get(c.articleId);
    const opening = normalize(`${article?.title ?? c.title}${article?.body.slice(0, 120) ?? ""}`);
    return namesOf(id).some((n) => opening.includes(n));
  };
  return a.citations.some((c) => {
    const quote = normalize(c.quote);
    if (!p.entities.every((e) => named(c, quote, e.id))) return false;
    if (p.unknownName && !quote.includes(normalize(p.unknownName.name))) {
      // "南充、眉山2家省级高新区": a zone's bare name in a list whose suffix is written once. A quote that names
      // the zone no fact knows, in an article about what else the question names, is what the articles say of it.
      const bare = normalize(p.unknownName.name).replace(/(?:国家)?高新区$/, "");
      if (p.unknownName.kind !== "zone" || bare.length < 2 || !new RegExp(`${bare}[^。；;]{0,20}高新区`).test(quote))
        return false;
      return true;
    }
    if (p.occasion && !sameOccasion(quote, p.occasion)) return false;
    if (p.future && !NEXT.test(quote) && !laterYear(quote, c.date)) return false;
    // Where it was held: the quote says so.
    if (p.attribute === "venue" && !p.occasion && !p.future && !HELD_AT.test(quote)) return false;
    // The occasion asked about and a plan for it: the quote is about what was asked.
    if (p.occasion && p.future) return true;
    const share = (words: Set<string>) => [...words].filter((w) => quote.includes(w)).length / Math.max(words.size, 1);
    return share(wanted) >= 0.5 || parts.some((part) => share(part) >= 2 / 3);
  });
}

/** Asking words, which no sentence of an article answers with. */
const ASKING =
  /举办地点|举办地|地点|什么时候|何时|哪一?天|哪一?年|几月几[号日]|在哪里|在哪儿|在哪|哪里|哪[家个位些]|是谁|谁|什么|多少|几[家个]|分别|具体|能不能|能否|会不会|是否|吗|呢|的|了|是|能|会|将|要/g;

/** A refusal offers what can be asked instead (the suggestions are never about the refused detail itself). */
function withSuggestions(knowledge: Knowledge, parsed: ReturnType<typeof parseQuestion>, answer: Answer): Answer {
  if (answer.kind !== "none" || answer.suggestions) return answer;
  const suggestions = suggestionsFor(knowledge, parsed);
  return suggestions.length ? { ...answer, suggestions } : answer;
}
