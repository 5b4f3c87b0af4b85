/**
 * "是谁说…的": the person an article quotes saying what the question repeats. The quoted words (“…”) of every
 * article are compared with the question; the speaker is the person the article names right after the quote
 * ("…”何年初介绍说") or right before it ("文锋说：“…”"), or the one its sentence opens with as speaking. Only a quote that holds most of the question's words and
 * has one named speaker answers.
 */
import type { Article, Knowledge } from "../../knowledge/load.ts";
import { normalize } from "../../knowledge/normalize.ts";
import { citationsFor } from "../facts.ts";
import { wordPairs as pairs } from "../pairs.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { articleSentences } from "./graph.ts";

export const ASKS_WHO_SAID =
  /(?:是)?谁(?:说|讲|提出|表示|指出|强调|谈到)(?:的|过|了)?|(?:说|讲)(?:这话|这句话|的)是谁|是谁的(?:话|观点|说法)/;
/** Words of the question that are about asking, not about what was said. */
const ASKING =
  /是谁说的|是谁讲的|谁说的|谁讲的|是谁|谁|说的|讲的|说过|提出的|表示的|的话|这句话|这话|吗|呢|了|的|在|上|把/g;
const QUOTE = /[“"]([^”"]{6,300})[”"]/g;
/** Where something was said, which is no part of what was said: "启动会上", "年会上". */
const OCCASION_SAID = /[\u4e00-\u9fff]{0,6}?(?:会|仪式|论坛)(?:上|中)?/g;
/** A share of the question's word pairs the quote must hold. */
const HELD = 0.5;

type Quote = { a: Article; m: RegExpMatchArray; said: string };
const quotesByKnowledge = new WeakMap<Knowledge, Quote[]>();

/** Every quotation of every article, with its words normalised: found once per knowledge snapshot. */
function quotesOf(k: Knowledge): Quote[] {
  let quotes = quotesByKnowledge.get(k);
  if (!quotes) {
    quotes = [...k.articles.values()].flatMap((a) =>
      [...a.body.matchAll(QUOTE)].map((m) => ({ a, m, said: normalize(m[1] ?? "") })),
    );
    quotesByKnowledge.set(k, quotes);
  }
  return quotes;
}

/** "讲“…”的那位无锡领导叫什么": the words said first, then who asked (the rest of the question, from 的 on). */
const SAID_THEN_WHO =
  /(?<=(?:讲|说|提出|表示)[^，,。？?]{4,}?)的(?:那位|这位|那个)?[\u4e00-\u9fff]{0,6}?(?:叫什么(?:名字)?|是谁|是哪位)[^。？?]*$/;

/** Asks for every speaker: "都有谁说过", "哪些人说过". */
const EVERY_SPEAKER = /都有谁|都是谁|哪些人|有哪些人|哪几位|都有哪些/;
/** A speaker the article names by the body they speak for, not by name: "工业和信息化部规划司相关负责人表示". */
const UNNAMED =
  /^([\u4e00-\u9fff]{2,24}?(?:相关)?负责人)(?:在[^，,。]{1,12}?[上中])?(?:说|表示|介绍|指出|强调|认为|谈到)/;

type Said = { share: number; article: string; quote: string; name: string; unnamed?: boolean };

export function answerWhoSaid(k: Knowledge, p: Parsed): Answer | null {
  if (!ASKS_WHO_SAID.test(p.text) && !SAID_THEN_WHO.test(p.text)) return null;
  // (The tail that asks who is at the end: the mentions before it keep their places.)
  let claim = p.text.replace(SAID_THEN_WHO, " ").replace(ASKS_WHO_SAID, " ");
  for (const m of [...p.mentions].reverse()) {
    if (m.type === "entity" && m.ref.kind === "zone") continue; // a zone's name may be in the quote
    claim = `${claim.slice(0, m.start)} ${claim.slice(m.end)}`;
  }
  const wanted = pairs(claim.replace(ASKING, " "));
  if (wanted.size < 4) return null;
  // ("低空网络启动会上芜湖高新区是谁讲的话": who spoke for a zone, no words of what was said; the speakers' lookup.)
  const zones = p.mentions.filter((m) => m.type === "entity" && m.ref.kind === "zone");
  const said = zones.reduce((t, m) => t.split(p.text.slice(m.start, m.end)).join(" "), claim);
  if (zones.length > 0 && pairs(said.replace(ASKING, " ").replace(OCCASION_SAID, " ")).size < 3) return null;
  const names = [...new Set(k.officials.map((o) => o.name))];
  const every = EVERY_SPEAKER.test(p.text);
  const all: Said[] = [];
  let best: Said | undefined;
  // The quote that holds most of the question: if its speaker is not named, nobody is (another quote that
  // holds less is not what was asked).
  let top = 0;
  for (const { a, m, said } of quotesOf(k)) {
    const share = [...wanted].filter((w) => said.includes(w)).length / wanted.size;
    top = Math.max(top, share);
    if (share < HELD) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // The speaker: named after the quote (its title may come first) and followed by a verb of saying, in the
    // same sentence; else named right before the quote ("文锋说：").
    // (Not past the paragraph: a speaker who opens the next one said something else.)
    const after = a.body.slice(end, end + 40).split(/[。“"\n]/)[0] ?? "";
    const before =
      a.body
        .slice(Math.max(0, at - 24), at)
        .split(/[。”"]/)
        .at(-1) ?? "";
    // ("…蒋思远在年会上表示": where, between the name and the verb.)
    const following = names.find((n) =>
      new RegExp(`${n}(?:在[^，,。]{1,12}?[上中])?(?:介绍)?(?:说|表示|介绍|指出|强调|认为|谈到)`).test(after),
    );
    const leading = following ? undefined : names.find((n) => before.includes(n) && /[说道][：:，,]?$/.test(before));
    // …else the one the sentence opens with as speaking ("韦思齐表示，中关村…，“让火箭找得到卫星…”。"), the quote
    // taken from where the sentence starts.
    const opens = Math.max(a.body.lastIndexOf("。", at), a.body.lastIndexOf("\n", at)) + 1;
    const head = a.body.slice(opens, at);
    const opening =
      following || leading
        ? undefined
        : names.find((n) => new RegExp(`${n}(?:表示|说|指出|认为|介绍|强调|谈到)[，,：:]`).test(head));
    // (…or one named by the body they speak for.)
    const unnamed = !following && !leading && !opening ? UNNAMED.exec(after)?.[1] : undefined;
    const speaker = following ?? leading ?? opening ?? unnamed;
    if (!speaker) continue;
    const quote =
      following || unnamed
        ? a.body.slice(at, end + after.indexOf(speaker) + speaker.length)
        : opening
          ? a.body.slice(opens, end)
          : a.body.slice(at - (before.length - before.indexOf(speaker)), end);
    if (!unnamed) best = !best || share > best.share ? { share, article: a.id, quote, name: speaker } : best;
    all.push({ share, article: a.id, quote, name: speaker, unnamed: unnamed !== undefined });
  }
  // Every speaker of the words asked, each once (those whose quote holds as much of the question as the best): when
  // asked so, or when the quote that holds most of it names its speaker only by the body they speak for and another
  // article quotes a named person saying it too ("“创新不是独角戏而是大合唱”这话是谁说的").
  const near = all.filter((x, i) => x.share >= top * 0.8 && all.findIndex((y) => y.name === x.name) === i);
  const bodyFirst = all.some((x) => x.share === top && x.unnamed) && near.some((x) => !x.unnamed);
  const speakers = every || bodyFirst ? near : [];
  if (speakers.length > 1) {
    const who = speakers.map((x) => {
      const roles = [...new Set(k.officials.filter((o) => o.name === x.name).map((o) => o.role))];
      return roles.length > 0 ? `${x.name}（${roles.join("；")}）` : x.name;
    });
    return {
      kind: "fact",
      // (Words close to the question's, not all of them, are said to be close: "相近的话".)
      answer: `文章里说过这句话${speakers.some((x) => x.share < top) ? "或相近的话" : ""}的有：${who.join("、")}。\n${speakers.map((x) => `· ${x.quote}`).join("\n")}`,
      citations: citationsFor(
        k,
        speakers.map((x) => ({ article: x.article, quote: x.quote })),
      ),
    };
  }
  // ("江阴高新区的创新路径是谁讲的": what was said in reported speech, "陈涵杰表示，江阴高新区将沿着…的创新路径…", when no
  // quotation holds the question.)
  // (Not for words given to be attributed, "…，这话是谁说的": their own speaker or none.)
  if (!best) return /这话|这句话|这番话|的话/.test(p.text) ? null : reportedSpeech(k, names, wanted);
  if (best.share < top) return null;
  const roles = [...new Set(k.officials.filter((o) => o.name === best.name).map((o) => o.role))];
  return {
    kind: "fact",
    answer: `是${best.name}（${roles.join("；")}）说的。`,
    citations: citationsFor(k, [{ article: best.article, quote: best.quote }]),
  };
}

/** The share of the question's own words (not the speaker's) what is said after the verb must hold. */
const REPORTED_HELD = 0.8;
/** A sentence that opens by saying who speaks: "…陈涵杰表示，…", "…韦思齐在会上介绍，…". */
const SPEAKS = /(?:在[^，,。]{1,12}?[上中])?(?:表示|介绍|指出|强调|认为|谈到|说)[，,：:]/;

/**
 * The one sentence that opens with a named person speaking and holds most of the question's words after the name
 * (its speaker the person named just before the verb), when no other sentence of that kind holds as many.
 */
function reportedSpeech(k: Knowledge, names: string[], wanted: Set<string>): Answer | null {
  const found: { share: number; article: string; quote: string; name: string }[] = [];
  for (const a of k.articles.values()) {
    for (const sentence of articleSentences(a.body)) {
      const verb = SPEAKS.exec(sentence);
      if (!verb || /[“"]/.test(sentence.slice(0, verb.index))) continue;
      const head = sentence.slice(0, verb.index);
      const name = names.find((n) => head.endsWith(n));
      if (!name) continue;
      const said = normalize(sentence.slice(verb.index + verb[0].length));
      // (Of the question's words, those that name the speaker are not what was said: "火炬中心是谁讲的话" of "科技部火炬
      // 中心主任某某介绍，…".)
      const topic = [...wanted].filter((w) => !normalize(head).includes(w));
      if (topic.length < 2) continue;
      const share = topic.filter((w) => said.includes(w)).length / topic.length;
      // (Without the closing mark of the quotation before it, which the sentence split leaves at its start.)
      const quote = sentence.trim().replace(/^[”"’」』]+/, "");
      if (share >= REPORTED_HELD) found.push({ share, article: a.id, quote, name });
    }
  }
  const top = Math.max(0, ...found.map((x) => x.share));
  const best = found.filter((x) => x.share === top);
  if (best.length !== 1 || !best[0]) return null;
  const { name, article, quote } = best[0];
  const roles = [...new Set(k.officials.filter((o) => o.name === name).map((o) => o.role))];
  return {
    kind: "fact",
    answer: `是${name}（${roles.join("；")}）说的：${quote}`,
    citations: citationsFor(k, [{ article, quote }]),
  };
}
