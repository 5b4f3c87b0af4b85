/**
 * The answer route, free of Node: facts first, then the passage answerer (retrieval), else an honest "none".
 * Node (engine.ts) and the Worker (src/runtime/worker.ts) answer through this same function.
 */

import { entityNames } from "../knowledge/entity-names.ts";
import { laterYear } from "../knowledge/extract/dates.ts";
import { lexicon, metWordsSource, namesOccasion } from "../knowledge/lexicon.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import { perSnapshot } from "../knowledge/per-snapshot.ts";
import { homeZoneOf } from "../knowledge/source-zone.ts";
import { refusal, screenRequest } from "../llm/injection.ts";
import { confirmYes } from "./confirm.ts";
import { countCorrected, newcomersCorrected } from "./count-premise.ts";
import { dateCorrected } from "./date-premise.ts";
import { englishGroupRead, kindWordRead } from "./english-names.ts";
import { englishProvinceRead } from "./english-places.ts";
import { englishSeatRead } from "./english-seats.ts";
import { ARTICLE_META, ARTICLE_WORD, BRIEF, PREMISE } from "./facts/cues.ts";
import { FactEngine } from "./facts.ts";
import { correctedFigure } from "./figure-premise.ts";
import { leadCorrected } from "./lead-premise.ts";
import { ledPairRead } from "./led-pair.ts";
import { normalizeQuestion } from "./normalize.ts";
import { wordPairs as pairs } from "./pairs.ts";
import { parseQuestion } from "./parse.ts";
import { personCorrected, personPlaceCorrected } from "./person-premise.ts";
import { answerByQuery } from "./query/index.ts";
import type { QueryReader } from "./query/llm-read.ts";
import { partnerRead } from "./query/partner.ts";
import { smallTalk } from "./smalltalk.ts";
import { startClaimed } from "./start-premise.ts";
import { suggestionsFor } from "./suggest.ts";
import { twoQuestions } from "./two-questions.ts";
import { type Answer, MAX_QUESTION_CHARS } from "./types.ts";
import { unknownSpeaker } from "./unknown-speaker.ts";
import { levelAsked, levelCorrected } from "./zone-level.ts";

/** A second opinion for questions the fact engine does not take (retrieval plugs in here). */
export type PassageAnswerer = (question: string, knowledge: Knowledge) => Answer | null | Promise<Answer | null>;

/** The refusal when nothing answers: what the knowledge does cover, named as users type it (it grows with it). */
export function notCovered(k: Knowledge): Answer {
  const networks = [...k.networks.values()].map((n) => n.field);
  // (The shortest short name its own name begins with: "长江中游", not "中游".)
  const alliances = [...k.alliances.values()].map((a) => {
    const short = a.aliases
      .filter((x) => /^[\u4e00-\u9fff]{2,6}联盟$/.test(x))
      .map((x) => x.replace(/联盟$/, ""))
      .sort((x, y) => Number(a.name.startsWith(y)) - Number(a.name.startsWith(x)) || x.length - y.length);
    return short[0] ?? a.region ?? a.name;
  });
  const list = (names: string[], max: number) => {
    const unique = [...new Set(names)];
    return `${unique.slice(0, max).join("、")}${unique.length > max ? "等" : ""}`;
  };
  return {
    kind: "none",
    answer: `抱歉，知识库中的文章没有提到这个问题。我能回答国家高新区产业协同创新网络（${list(networks, 10)}）和高新区联盟（${list(alliances, 6)}）的成员、成立时间、地点、牵头单位和相关数据。`,
    citations: [],
  };
}

/**
 * An aside that asks nothing more: the list now holds the newcomers ("有哪些成员（算上新加入的）", "（含今年新加入的）",
 * "，包括后来新加入的").
 */
const NEWCOMERS_TOO = String.raw`(?:算上|包括|包含|含|连同|加上)(?:今年|去年|最近|近期|后来|此后|之后|新近|刚刚?)?(?:新加入|新增|新进来?|新加进来|加进来|新入网|加入|入网|进来|新来)的?(?:成员|单位|那几家|高新区)?(?:的|在内)?`;
/** (…or leaves observers out, as a member list does: "（观察员不算）", "（不含观察员）".) */
const NO_OBSERVERS = String.raw`(?:观察员(?:单位)?(?:不算|除外|不计|不含)|不(?:算|含|包括|计)观察员(?:单位)?)(?:在内)?`;
/** (…or counts the lead in, as a member list does: "（牵头的也算）", "，含牵头单位".) */
const LEAD_TOO = String.raw`(?:牵头(?:的|单位)(?:也算上?|也包括|也要|算在内|也列上|也在内)|(?:算上|包括|包含|含|连同|加上)牵头(?:的|单位)(?:在内)?(?:的)?)`;
const INCLUSIVE_ASIDE = new RegExp(
  String.raw`[（(](?:${NEWCOMERS_TOO}|${NO_OBSERVERS}|${LEAD_TOO})[）)]|[，,]+(?:${NEWCOMERS_TOO}|${NO_OBSERVERS}|${LEAD_TOO})(?=[？?。]?$)`,
  "g",
);
/** A zone that opens the question by what it did with the group named right after ("A申请加入的那个X网络，…"). */
const ZONE_DID_BEFORE_GROUP =
  /^[\u4e00-\u9fff]{2,12}?(?:高新区|示范区|园区)(?:已经|已|刚|新|正在)?(?:申请|准备|打算|拟)(?:加入|入网|入盟)的(?:那个|这个)?(?=[\u4e00-\u9fff]{2,14}?(?:网络|联盟)[，,])/;
/** "上海张江参与的网络有哪些？包括新型显示那个": the groups asked, one of them named as included (no question of its own). */
const GROUP_TOO =
  /((?:网络|联盟)有哪些|哪些(?:网络|联盟))[？?，,]\s*(?:包括|包含|含|算上|连同)[^，,。？?]{2,12}?那[个张家](?:网络|联盟)?[？?。]?$/;
/** "A和B各有几家？哪个多？": which has more members, said with both counts. */
const EACH_THEN_MORE = /各有几家[，,？?]\s*(?:哪个|哪家|谁)(?:更)?多[？?。]?$/;
/** …and the other way round, "哪个成员多？各多少家": the counts the comparison gives with its verdict. */
const MORE_THEN_EACH =
  /((?:哪个|哪一个|哪边|谁)[^，,。？?]{0,6}?(?:更)?(?:多|少))[？?]\s*(?:那)?(?:各|分别|各自)(?:是|有)?(?:多少|几)家?(?:呢)?[？?。]?$/;
/** "中游有几家，分别是？": how many and which, one question (the count is said with the list). */
// ("占了几个？分别是哪些", "在几个网络里？分别是哪些": what is counted may follow, and a question mark.)
const COUNT_THEN_WHICH =
  /几([家个][\u4e00-\u9fff]{0,6}?)[，,？?]\s*(?:都|分别)?(?:是|有)(?:哪些|哪几家|哪几个|哪些高新区|谁|啥|什么)?(?=[？?。]?$)/;

/** Letters with a Chinese character right before or after them. */
const PINYIN_BESIDE_HAN = /(\p{Script=Han}?)(?<![A-Za-z])([A-Za-z]{4,12})(?![A-Za-z])(\p{Script=Han}?)/gu;

/** Colloquial words read as the articles' ("谁退群了" → "谁退出了"; knowledge/lexicon/questions.yaml `colloquial`). */
function colloquialRead(text: string): string {
  let out = text;
  for (const [said, meant] of Object.entries(lexicon.colloquial)) out = out.split(said).join(meant);
  // ("淮河连盟的mishu处在哪里": a kind word in pinyin right beside Chinese characters.)
  out = out.replace(PINYIN_BESIDE_HAN, (all: string, before: string, letters: string, after: string) => {
    const meant = lexicon.pinyinWords[letters.toLowerCase()];
    return meant && (before || after) ? `${before}${meant}${after}` : all;
  });
  // "集成电路网络有厦门的高新区没": 有…没 is 有没有….
  out = out.replace(HAS_NOT, "有没有$1");
  // "IC网络不是中关村牵头的吗": a lead said as believed, asked back; checked as "…是中关村牵头的吗".
  out = out.replace(LEAD_BELIEVED, "$1$2是$3牵头的吗");
  // "物联网网络除了无锡自己还有谁": the zone set aside, without 自己.
  out = out.replace(SET_ASIDE_ITSELF, "$1");
  // "麻烦列一下X的全部16家高新区": a request for the list, asked as the question it is.
  out = out.replace(LIST_REQUEST, "$1有哪些成员").replace(LIST_REQUEST_AFTER, "$1有哪些成员");
  // "人工智能网络是那天启动的？？": 那 typed for 哪 in a question that has no other question word.
  if (/[？?]\s*$/.test(out) && !QUESTION_WORD.test(out)) out = out.replace(THAT_FOR_WHICH, "哪$1");
  // "26年轮值主席是谁": a year written with two digits is this century's (not "25年以来", a span).
  return out.replace(SHORT_YEAR, "20$1年");
}
/** "除了无锡自己还有谁": a zone set aside with 自己 (not a pronoun's: "除了它自己还拉了几家" is read as it is). */
const SET_ASIDE_ITSELF = /(除了(?![它其他她本])[\u4e00-\u9fff]{2,12}?)(?:自己|本身|自身)(?=还|以外|之外|外)/;
/** "X不是Z牵头的吗": a rhetorical question that states Z leads X. */
const LEAD_BELIEVED = /(^|[，,])([^，,？?]{2,24}?)不是(?:由)?([\u4e00-\u9fff]{2,12}?)牵头的?(?:吗|嘛|么)(?=[？?，,]|$)/;
/** "有X没" at the end of a clause: asks whether there is X. */
const HAS_NOT = /有([\u4e00-\u9fff]{2,16}?)没(?=\s|[，,？?]|$)/;
/** "列一下X的全部16家高新区", "请列出X的所有成员单位": the list of X's members asked for. */
const LIST_REQUEST =
  /^(?:麻烦|请|帮我)?(?:列一下|列出|列举|列个)(.{2,30}?)的(?:全部|所有)?(?:\d+|[一二两三四五六七八九十]+)?家?(?:国家)?(?:高新区|成员(?:单位)?)[。？?]?$/;
/** "IC网络那16家帮我列一下", "集成电路网络那16家，麻烦全部列出来", "…能列一下吗": the members counted, then the request
 *  for their list (a request, though it ends in 吗). */
const LIST_REQUEST_AFTER =
  /^(.{2,30}?)(?:那|的|这)?(?:全部|所有)?(?:\d+|[一二两三四五六七八九十]+)家(?:国家)?(?:高新区|成员(?:单位)?)?[，,]?都?(?:帮我|麻烦|请)?(?:能不能|可不可以|能否|能|可以)?(?:帮我)?(?:全部|都|一一)?(?:列一下|列出来|列下|列举一下|列个单子|列一列)(?:吗|吧|么)?[。？?]?$/;
/** Words that make a sentence a question, and 那 before what 哪 asks ("那天", "那个", "那里"). */
const QUESTION_WORD =
  /哪|什么|谁|几|多少|吗|吧|么|呢|怎|啥|是否|是不是|有没有|分别是|\b(?:how|what|when|where|who|which)\b/i;
const THAT_FOR_WHICH = /那(天|年|一天|一年|里|儿|个|家|位|些|几)/;
const SHORT_YEAR = /(?<![\d.]|\d年|第)(2[4-9]|3[0-5])年(?![代来间内后前底初中多])/g;

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
  // ("还是说淮河联盟，何年初讲它…": the topic said again first, no "还是" of a choice.)
  // ("成都高新区申请加入的那个纳米新材料网络，牵头单位是哪家": the group is named; what the zone did with it only
  // describes it.)
  const opened = normalized.text.replace(TOPIC_OPENER, "").replace(ZONE_DID_BEFORE_GROUP, "");
  const kindSaid = kindWordRead(opened) ?? opened;
  const english = englishGroupRead(knowledge, kindSaid);
  // …and two networks named by their leads ("张江牵头的和东湖牵头的网络").
  const paired = ledPairRead(knowledge, english?.text ?? kindSaid);
  const partner = partnerRead(knowledge, paired?.text ?? english?.text ?? kindSaid);
  const read = partner?.text ?? paired?.text ?? english?.text ?? kindSaid;
  // …and a post asked in English ("the rotating chair for 2026").
  const seated = englishSeatRead(read) ?? read;
  const text = colloquialRead(
    (englishProvinceRead(seated) ?? seated)
      .replace(INCLUSIVE_ASIDE, "")
      .replace(GROUP_TOO, "$1")
      .replace(COUNT_THEN_WHICH, "几$1")
      .replace(EACH_THEN_MORE, "哪个成员多")
      .replace(MORE_THEN_EACH, "$1"),
  );
  // (A zone the question calls national that is provincial is corrected first: src/answer/zone-level.ts; a zone's
  // level asked yes or no is said with the sentence that gives it.)
  // (…and a figure the question states wrongly is corrected before the whole answer: src/answer/figure-premise.ts;
  // so is a member count, src/answer/count-premise.ts.)
  // (…and a start year asked back, "X是2015年启动的吧", by the sentence that dates it: src/answer/start-premise.ts.)
  const asked = levelAsked(knowledge, text) ?? startClaimed(knowledge, text);
  const answered =
    asked ??
    (await twoQuestions(knowledge, text, (t) => answerNormalized(knowledge, t, passages, reader))) ??
    (await answerNormalized(knowledge, text, passages, reader));
  const answer = affirmed(q, asked ?? CORRECTIONS.reduce((a, correct) => correct(knowledge, text, a), answered));
  const readings = [
    ...normalized.repairs.map((r) => `按“${r.to}”理解（原文“${r.from}”）`),
    ...(english ? [english.note] : []),
    ...(paired ? [paired.note] : []),
    ...(partner ? [partner.note] : []),
  ];
  if (readings.length === 0) return answer;
  return {
    ...answer,
    understoodAs: answer.understoodAs ?? text,
    notes: [readings.join("；"), ...(answer.notes ?? [])],
  };
}

/** The premises corrected before an answer, in turn: a zone's level, a figure, a member count, a month of an act, the
 *  group a person spoke for, the zone a person is placed at, a group's lead said before another question. */
const CORRECTIONS = [
  leadCorrected,
  levelCorrected,
  correctedFigure,
  countCorrected,
  newcomersCorrected,
  dateCorrected,
  personCorrected,
  personPlaceCorrected,
];

/** A topic said again before the question: "还是说…，", "再说说…，", "接着问…，". */
const TOPIC_OPENER = /^(?:还是|再|接着|继续|回到)(?:说|问|聊|讲)(?:说|一下|下)?(?=[\u4e00-\u9fff]{2,20}[，,])/;

/** Asks whether something is still where it was: "还在…吗", "仍在…吗". */
const STILL_ASKED = /(?:还|仍|仍然|依然|依旧)(?:设)?在[\u4e00-\u9fff]{1,12}(?:吗|嘛|么|不)/;

/** A question that asks to confirm what it states: "…，对吗", "…是吗", "是…吧". */
const CONFIRM_ASKED = /对吗|对不对|是吗|是不是|没错吧|对吧|吧[？?]*$/;

/**
 * A yes said as users say it: "是的。" (not a bare "是。"), and "对，有。" when a statement was asked to be confirmed
 * ("江苏有5个县级市获批…，对吗"). Only the first word changes; what follows is the answer as found.
 */
function affirmed(q: string, a: Answer): Answer {
  // ("秘书处还在中关村吗": still there, said so.)
  if (a.answer.startsWith("是。") && STILL_ASKED.test(q)) return { ...a, answer: `是的，还在。${a.answer.slice(2)}` };
  if (a.answer.startsWith("是。")) return { ...a, answer: `是的。${a.answer.slice(2)}` };
  if (a.answer.startsWith("有。") && CONFIRM_ASKED.test(q)) return { ...a, answer: `对，有。${a.answer.slice(2)}` };
  return a;
}

async function answerNormalized(
  knowledge: Knowledge,
  q: string,
  passages?: PassageAnswerer,
  reader?: QueryReader,
): Promise<Answer> {
  const parsed = parseQuestion(q, knowledge);
  // (Every answer: "是。" when a quote states what a yes/no question asks, and the suggestions after.)
  const finish = (a: Answer) => withSuggestions(knowledge, parsed, confirmYes(knowledge, parsed, a));
  // "王大明说了什么" of a name no article writes: not mentioned, rather than a passage about something else.
  const unknownPerson = unknownSpeaker(knowledge, q);
  if (unknownPerson) return finish(unknownPerson);
  const facts = new FactEngine(knowledge);
  const lookup = answerByQuery(knowledge, parsed, (rest) =>
    facts.lookup(rest === parsed.text ? parsed : parseQuestion(rest, knowledge)),
  );
  const fact = lookup?.answer ?? null;
  // A summary of what the question names only: a passage that supports an answer is preferred to it.
  // …and so is a fact that says nothing of a term the question quotes ("低空网络的“三个一”是指什么" is not
  // answered by the network's overview).
  const summary = (lookup?.summaryOnly ?? false) || (fact !== null && quotesUnsaid(q, fact));
  const mayOverturn = lookup?.passagesMay === true || passagesMayAnswer(knowledge, parsed);
  if (fact && !summary && !(fact.kind === "none" && mayOverturn)) {
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
    return finish(fact);
  }
  // Uncertain (no query read, no fact found): an optional model may propose a query (query/llm-read.ts); its
  // answer, if any, is used. The passages are looked up meanwhile, for when it has none.
  const reading = reader && !fact ? reader(q, knowledge) : null;
  const found = passages ? await passages(q, knowledge) : null;
  const read = reading ? await reading : null;
  if (read) return read;
  // A refusal stands unless a passage about what the question names answers it.
  // (What comes after a term, asked of passages that say nothing after one, is not known: "任期满了以后会搬去哪".)
  const afterUnsaid =
    found !== null && AFTER_TERM.test(parsed.text) && !found.citations.some((c) => SAYS_AFTER.test(c.quote));
  if (afterUnsaid && fact?.kind !== "fact") {
    // (The quote that shares most words with the question says what the term is.)
    const asked = pairs(parsed.text);
    const shared = (c: Answer["citations"][number]) => [...asked].filter((w) => c.quote.includes(w)).length;
    const said = [...found.citations].sort((a, b) => shared(b) - shared(a))[0];
    if (said)
      return {
        kind: "none",
        answer: `文章没有写任期届满以后的安排。文章写到的是：据《${said.title}》：${said.quote}`,
        citations: [said],
      };
  }
  // (Two refusals: one that quotes the article saying what is asked is still open is the better one.)
  const quotedOpen = found?.kind === "none" && found.citations.length > 0 && fact?.kind === "none" && mayOverturn;
  const passage =
    found && (summary || fact?.kind !== "none" || quotedOpen || overrides(knowledge, parsed, found)) ? found : null;
  // (A premise the facts corrected stays before the passage: "火炬中心主任何年初…总结的“三个一”是什么".)
  if (passage?.kind === "passage" && fact?.answer.startsWith(PREMISE))
    return finish({
      ...passage,
      answer: `${fact.answer}\n${passage.answer}`,
      citations: [...fact.citations, ...passage.citations],
    });
  return finish(passage ?? fact ?? notCovered(knowledge));
}

/** Terms a question quotes ("“三个一”"), of two to twelve characters. */
const QUOTED_TERM = /[“"「]([^”"」]{2,12})[”"」]/g;

/** The question quotes a term the fact answer neither says nor quotes. */
function quotesUnsaid(q: string, fact: Answer): boolean {
  if (fact.kind !== "fact") return false;
  // (Asked who wrote an article, the words quoted name the article: "淮河“抱团”模式那篇报道是哪位记者写的".)
  if (ARTICLE_META.test(q) && ARTICLE_WORD.test(q)) return false;
  // (Quote marks inside the term as the answer writes it do not count: “淮河模式” is said by 《…“淮河”模式》.)
  const unquoted = (text: string) => text.replace(/[“”"「」‘’]/g, "");
  const said = unquoted(`${fact.answer}\n${fact.citations.map((c) => c.quote).join("\n")}`);
  // (Said in other words but nearly the same, "不是简单做加法" of "不是简单的‘做加法’": most of its word pairs.)
  const nearly = (term: string) => {
    const wanted = [...pairs(term)];
    return wanted.length >= 4 && wanted.filter((w) => said.includes(w)).length >= 0.75 * wanted.length;
  };
  return [...q.matchAll(QUOTED_TERM)].some((m) => {
    const term = unquoted(m[1] as string);
    return !said.includes(term) && !nearly(term);
  });
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
  // A group the articles only name (one being prepared, "正在牵头筹建…商业航天产业协同创新网络"): what they say of
  // it is in the passages.
  if (p.entities.some((e) => e.kind !== "zone" && namedOnly(k, e.id))) return true;
  // Open world: a name no fact describes but an article mentions (as the question writes it) is answered from the
  // passages that quote it.
  // A zone may be written with its suffix once for several ("南充、眉山2家省级高新区"): its bare name counts.
  if (p.unknownName) {
    const name = normalize(p.unknownName.name);
    // (A group named in full by its field: "量子信息产业协同创新网络" of "量子信息网络".)
    if (p.unknownName.kind !== "zone") return mentioned(k, name) || mentioned(k, groupByField(name), true);
    const bare = name.replace(/(?:国家)?高新区$/, "");
    return mentioned(k, name) || (bare.length >= 2 && bare !== name && mentioned(k, bare));
  }
  // Where a founding was held, when the graph has no zone for it: a passage may name the hall ("在杭州白马湖国际
  // 会展中心举行"), and the retrieval's support rules ask it to say where something was held.
  return p.occasion !== null || p.future || (p.attribute === "venue" && p.entities.length === 1);
}

/** Members taken in ("下一批准备吸收哪些高新区"), asked or said. */
const TAKEN_IN = /吸纳|吸收|接纳|纳入|加入|(?<!进)入(?:网|盟)|扩容|扩员|扩围|新成员/;

/** A zone's full name as a quote writes it. */
const ZONE_NAMED = /[\u4e00-\u9fff]{2,8}?(?:高新区|示范区|工业园区)/g;

/** A network or alliance of which no fact is known beyond its name (an event it held aside: "…筹建工作会议…举行"). */
function namedOnly(k: Knowledge, id: string): boolean {
  const n = k.networks.get(id);
  const a = k.alliances.get(id);
  const g = n ?? a;
  if (!g) return false;
  const known = [n?.launch, n?.lead, a?.founded, a?.initiator, a?.chair, g.secretariat, g.members, g.seats[0]];
  return known.every((x) => x === undefined);
}

const mentionedBy = perSnapshot<boolean>();
function mentioned(k: Knowledge, words: string, pattern = false): boolean {
  return mentionedBy(k, `${pattern}|${words}`, () => {
    const re = pattern ? new RegExp(words) : undefined;
    return [...k.articles.values()].some((a) => (re ? re.test(normalize(a.body)) : normalize(a.body).includes(words)));
  });
}

/** A quote that says where something was held. */
// (…or where those who founded it met: "在郑州中原科技城“牵手”".)
const HELD_AT = new RegExp(`在[^，,。；;]{2,24}?(?:举行|召开|举办|开幕|启动|成立|揭牌|${metWordsSource()})`);

/** Asks what comes after a term, and a quote that says what does. */
const AFTER_TERM = /(?:任期|任职)(?:满|结束|届满|到期)了?(?:以后|之后|后)|(?:期满|届满|到期)了?(?:以后|之后|后)/;
const SAYS_AFTER = /(?:期满|届满|到期|任期结束)(?:后|以后|之后)|此后|之后由|以后由|下一任|下一届|第二届|依次/;

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
  // (A year is checked by the passage's support rules, not counted among the words.)
  const wanted = pairs(asked.replace(ASKING, " ").replace(/(?:19|20)\d{2}年?/g, " "));
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
    const opening = openingOf(k, c);
    // (我区 of the zone whose page it is names that zone.)
    if (/我区|本区/.test(`${quote}${opening}`) && homeZoneOf(k, c.articleId) === id) return true;
    return namesOf(id).some((n) => opening.includes(n));
  };
  // (A group the articles only name: a quote about it is what they say of it, in whatever words.)
  const ofNamedOnly = p.entities.some((e) => e.kind !== "zone" && namedOnly(k, e.id));
  return a.citations.some((c) => {
    const quote = normalize(c.quote);
    if (!p.entities.every((e) => named(c, quote, e.id))) return false;
    // (…its members asked, a quote that names them: "A、B…7家国家高新区派员参会，并表达了加入意向".)
    if (ofNamedOnly)
      return (
        !p.attributes.includes("members") ||
        (quote.match(ZONE_NAMED) ?? []).filter((z) => !/(?:国家|省级)高新区$/.test(z)).length >= 2
      );
    if (p.unknownName && !quote.includes(normalize(p.unknownName.name))) {
      // A group no fact knows (one being prepared, "正在牵头筹建…商业航天产业协同创新网络"): a quote that names its
      // field, or one of an article whose title or opening names the group so.
      if (p.unknownName.kind !== "zone") return unknownGroupNamed(k, c, quote, normalize(p.unknownName.name));
      // "南充、眉山2家省级高新区": a zone's bare name in a list whose suffix is written once. A quote that names
      // the zone no fact knows, in an article about what else the question names, is what the articles say of it.
      const bare = normalize(p.unknownName.name).replace(/(?:国家)?高新区$/, "");
      if (bare.length < 2 || !new RegExp(`${bare}[^。；;]{0,20}高新区`).test(quote)) return false;
      return true;
    }
    if (p.occasion && !namesOccasion(quote, p.occasion)) return false;
    if (p.future && !NEXT.test(quote) && !laterYear(quote, c.date)) return false;
    // (Members to come, asked: a plan that takes some in, not the group's other plans, "网络首届年会拟于今年12月举办".)
    if (p.future && p.attribute === "members" && TAKEN_IN.test(p.text) && !TAKEN_IN.test(quote)) return false;
    // Where it was held: the quote says so.
    if (p.attribute === "venue" && !p.occasion && !p.future && !HELD_AT.test(quote)) return false;
    // The occasion asked about and a plan for it: the quote is about what was asked.
    if (p.occasion && p.future) return true;
    const share = (words: Set<string>) => [...words].filter((w) => quote.includes(w)).length / Math.max(words.size, 1);
    return share(wanted) >= 0.5 || parts.some((part) => share(part) >= 2 / 3);
  });
}

/** The quote, or its article's title or opening, names a group no fact knows by its field and kind ("商业航天网络" →
 *  "商业航天产业协同创新网络"). */
function unknownGroupNamed(k: Knowledge, c: Answer["citations"][number], quote: string, name: string): boolean {
  if (!fieldOf(name)) return false;
  const named = new RegExp(groupByField(name));
  return named.test(quote) || named.test(openingOf(k, c)) || named.test(paragraphBefore(k, c));
}

/** What a cited sentence's paragraph says before it ("我区正在牵头筹建…量子信息产业协同创新网络。目前，…已有9家国家高新区
 *  表达了参与意向": the group the quote goes on about). */
function paragraphBefore(k: Knowledge, c: Answer["citations"][number]): string {
  const body = k.articles.get(c.articleId)?.body ?? "";
  const at = body.indexOf(c.quote);
  return at < 0 ? "" : normalize(body.slice(body.lastIndexOf("\n", at) + 1, at));
}

/** A cited article's title and opening, where the group a report is about is named. */
function openingOf(k: Knowledge, c: Answer["citations"][number]): string {
  const article = k.articles.get(c.articleId);
  return normalize(`${article?.title ?? c.title}${article?.body.slice(0, 120) ?? ""}`);
}

/** The field a group's name gives ("商业航天网络" → 商业航天), or undefined when the name is no more than its kind. */
function fieldOf(name: string): string | undefined {
  const field = name.replace(/(?:产业)?(?:协同创新|协同发展)?(?:网络|联盟)$/, "");
  return field.length >= 2 && field !== name ? field : undefined;
}

/** A pattern for the group named in full by its field, of the kind asked: "商业航天产业协同创新网络" of "商业航天网络"
 *  (not "轨道交通装备产业协同创新网络" of "轨道交通产业联盟"). */
function groupByField(name: string): string {
  const field = fieldOf(name);
  const kind = /联盟$/.test(name) ? "联盟" : "网络";
  return field ? `${field}[\u3400-\u9fff]{0,8}${kind}` : name;
}

/** Asking words, which no sentence of an article answers with. */
const ASKING =
  /举办地点|举办地|地点|什么时候|何时|哪一?天|哪一?年|几月几[号日]|在哪里|在哪儿|在哪|哪里|哪[家个位些]|是谁|谁|什么|多少|几[家个]|分别|具体|能不能|能否|会不会|是否|(?:打算|准备|想)?(?:怎么|如何)(?:做|干)|(?:做|干)(?:点|些)?(?:啥|什么)|打算|准备|啥|吗|呢|的|了|是|能|会|将|要/g;

/** A refusal offers what can be asked instead (the suggestions are never about the refused detail itself). */
function withSuggestions(knowledge: Knowledge, parsed: ReturnType<typeof parseQuestion>, answer: Answer): Answer {
  if (answer.kind !== "none" || answer.suggestions) return answer;
  const suggestions = suggestionsFor(knowledge, parsed);
  return suggestions.length ? { ...answer, suggestions } : answer;
}
