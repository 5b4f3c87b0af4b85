/**
 * The citation guard: what a model wrote is split into sentences, and a sentence survives only if every claim
 * it makes can be found in the passages it cites. Rules, each checked in this order (first failure drops it):
 *
 *   0. link       it contains no URL, domain, markdown or HTML link (a phishing link is never the bot's to give);
 *   1. citation   it cites at least one passage as [n] (also 【n】, [1][2], [1,2]), and every n names a passage
 *                 that exists (1 … number of passages);
 *   2. forbidden  it contains no secret value and no stretch of the system prompt that the passages lack;
 *   3. dates      every date it writes (2024年11月12日, 11月12日, 2024年11月, 2024-11-12) stands in the cited passages;
 *   4. numbers    every number (digits, with decimals and %, and Chinese numerals before a counter: 十二家)
 *                 stands in the cited passages, as digits or as the same Chinese numeral;
 *   5. entities   every zone, network or alliance it names (through the knowledge alias index, any alias) is named
 *                 by a cited passage; an ambiguous name (苏州) must stand in a cited passage as written;
 *   6. names      a name-like word the alias index does not know ("拉萨高新区", "深海联盟") stands in the cited
 *                 passages as written;
 *   7. role      every entity–role pair it states (X 牵头 a network, an alliance's 秘书处 in X, X among the 成员)
 *                 agrees with the facts of the knowledge (claims.ts): a swapped lead is dropped even when every
 *                 word of it stands in some passage;
 *   8. one passage  a single cited passage must carry the sentence — not the pool of all it cites:
 *                 person    every person it names (known people; "<surname>xx + title or 表示/认为") stands in it;
 *                 negation  its negations match that passage's, both ways ("并未认为" against "认为" fails);
 *                 support   at least half of the sentence's words (CJK bigrams, Latin words) occur in it — this
 *                           drops sentences about anything else (echoed instructions, invented claims, other
 *                           languages) and sentences stitched from several passages.
 *
 * Text is compared after the knowledge's normalisation (NFKC, lower case, punctuation dropped).
 */
import { findMentions } from "../answer/parse.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import { chineseNumber } from "../knowledge/numerals.ts";
import { hasLink, negationMismatch, personNames, roleConflict } from "./claims.ts";

export { chineseNumber };

export type DropReason =
  | "link"
  | "citation"
  | "forbidden"
  | "date"
  | "number"
  | "entity"
  | "name"
  | "role"
  | "person"
  | "negation"
  | "support";

export type KeptSentence = {
  /** The sentence without its citation markers, trimmed of list bullets and markdown emphasis. */
  text: string;
  /** Cited passages, 1-based, in first-cited order, without repeats. */
  cites: number[];
};

export type DroppedSentence = { text: string; reason: DropReason; detail?: string };

export type GuardResult = {
  kept: KeptSentence[];
  dropped: DroppedSentence[];
  /** Characters of all sentences, and of those kept (without markers): "how much survived". */
  totalChars: number;
  keptChars: number;
};

export type GuardOptions = {
  knowledge: Knowledge;
  /** Passage texts, numbered from 1 in this order. */
  passages: readonly string[];
  /** Values that must never appear (API keys, app secrets). */
  secrets?: readonly string[];
  /** Text the answer must not repeat (the system prompt), unless the cited passages say it too. */
  confidential?: string;
};

/** Minimum share of a sentence's words found in its cited passages. */
export const SUPPORT_MIN = 0.5;
/** Length of the system-prompt stretches that count as a leak. */
const LEAK_WINDOW = 8;

const CITE = /[[【［]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]】］]/g;
const TERMINATOR = /[。！？!?；;]/;

/** Splits model output into sentences, each with its citation markers (markers after the full stop included). */
export function splitSentences(text: string): Array<{ raw: string; body: string; cites: number[] }> {
  // "……。[1]" → "……[1]。": markers written after the full stop belong to the sentence before it.
  const cite = CITE.source;
  const moved = text.replace(new RegExp(`(${TERMINATOR.source}|\\.)([ \\t]*)((?:${cite}[ \\t]*)+)`, "g"), "$3$1");
  const parts = moved.split(/(?<=[。！？!?；;\n])|(?<=\D\.)(?=\s|$)/);
  const out: Array<{ raw: string; body: string; cites: number[] }> = [];
  for (const raw of parts) {
    const cites: number[] = [];
    for (const m of raw.matchAll(CITE)) {
      for (const n of (m[1] ?? "").split(/[,，、]/)) {
        const v = Number(n.trim());
        if (!cites.includes(v)) cites.push(v);
      }
    }
    const body = raw
      .replace(CITE, "")
      .replace(/^\s*(?:[-*•·]|\d{1,2}[.)、])\s+/, "")
      .replace(/\*\*|__|`/g, "")
      .trim();
    if (!body || /^(?:\d{1,2}[.)、])?[。！？!?；;.\s]*$/.test(body)) continue;
    out.push({ raw, body, cites });
  }
  return out;
}

const confidentialWindows = new Map<string, Set<string>>();
function windowsOf(text: string): Set<string> {
  let set = confidentialWindows.get(text);
  if (!set) {
    set = new Set();
    const n = normalize(text);
    for (let i = 0; i + LEAK_WINDOW <= n.length; i++) set.add(n.slice(i, i + LEAK_WINDOW));
    confidentialWindows.set(text, set);
  }
  return set;
}

export function guardAnswer(text: string, options: GuardOptions): GuardResult {
  const passages = options.passages.map((p) => normalize(p));
  const kept: KeptSentence[] = [];
  const dropped: DroppedSentence[] = [];
  let totalChars = 0;
  let keptChars = 0;
  for (const sentence of splitSentences(text)) {
    const chars = Array.from(sentence.body).length;
    totalChars += chars;
    const verdict = checkSentence(sentence, passages, options);
    if (verdict) {
      dropped.push({ text: sentence.body, ...verdict });
    } else {
      kept.push({ text: sentence.body, cites: sentence.cites });
      keptChars += chars;
    }
  }
  return { kept, dropped, totalChars, keptChars };
}

function checkSentence(
  sentence: { raw: string; body: string; cites: number[] },
  passages: readonly string[],
  options: GuardOptions,
): { reason: DropReason; detail?: string } | undefined {
  // Rule 0: no links of any kind.
  if (hasLink(sentence.raw)) return { reason: "link" };

  // Rule 1: cites, and only passages that exist.
  if (sentence.cites.length === 0) return { reason: "citation", detail: "no citation" };
  const bad = sentence.cites.find((n) => !Number.isInteger(n) || n < 1 || n > passages.length);
  if (bad !== undefined) return { reason: "citation", detail: `no passage [${bad}]` };
  const cited = sentence.cites.map((n) => passages[n - 1] ?? "").join("\n");
  const body = normalize(sentence.body);

  // Rule 2: secrets and the system prompt.
  for (const secret of options.secrets ?? []) {
    if (secret.length >= 4 && sentence.raw.includes(secret)) return { reason: "forbidden", detail: "secret" };
  }
  if (options.confidential) {
    const windows = windowsOf(options.confidential);
    for (let i = 0; i + LEAK_WINDOW <= body.length; i++) {
      const w = body.slice(i, i + LEAK_WINDOW);
      if (windows.has(w) && !cited.includes(w)) return { reason: "forbidden", detail: "system prompt" };
    }
  }

  // Rule 3: dates, whole.
  const dateText = (s: string) => s.replace(/号/g, "日");
  const citedDates = dateText(cited);
  for (const m of body.matchAll(DATE)) {
    if (!citedDates.includes(dateText(m[0]))) return { reason: "date", detail: m[0] };
  }

  // Rule 4: numbers; with a counter after them ("12家", "十二家"), number and counter together.
  for (const m of body.matchAll(/(\d+(?:\.\d+)?%?)([家个项名位届次倍批年月日号万亿])?/g)) {
    if (!hasNumber(cited, m[1] ?? "", m[2])) return { reason: "number", detail: m[0] };
  }
  for (const m of body.matchAll(CHINESE_NUMERAL)) {
    const numeral = m[1] ?? "";
    const counter = m[2] ?? "";
    const value = chineseNumber(numeral);
    if (value === undefined || (value < 2 && !/[十百千万亿]/.test(numeral))) continue;
    if (!cited.includes(`${numeral}${counter}`) && !hasNumber(cited, String(value), counter)) {
      return { reason: "number", detail: m[0] };
    }
  }

  // Rule 5: entities, through the alias index.
  const aliases = options.knowledge.aliases;
  const mentions = findMentions(body, aliases);
  const citedEntities = new Set(
    findMentions(cited, aliases).flatMap((m) => (m.type === "entity" ? [`${m.ref.kind}:${m.ref.id}`] : [])),
  );
  for (const m of mentions) {
    const written = body.slice(m.start, m.end);
    if (m.type === "entity" && !citedEntities.has(`${m.ref.kind}:${m.ref.id}`) && !cited.includes(written)) {
      return { reason: "entity", detail: written };
    }
    if (m.type === "ambiguous" && !cited.includes(written)) return { reason: "entity", detail: written };
  }

  // Rule 6: name-like words the alias index does not know.
  for (const m of body.matchAll(NAME_SUFFIX)) {
    const at = m.index ?? 0;
    if (mentions.some((x) => at >= x.start && at < x.end)) continue;
    const prefix = body.slice(Math.max(0, at - 2), at);
    if (!/^[\u4e00-\u9fff]{2}$/.test(prefix) || GENERIC_NAME_WORDS.has(prefix)) continue;
    if ([...prefix].some((ch) => GENERIC_NAME_CHARS.has(ch))) continue;
    const name = `${prefix}${m[0]}`;
    if (!cited.includes(name)) return { reason: "name", detail: name };
  }

  // Rule 7: entity–role pairs against the facts.
  const conflict = roleConflict(body, mentions, options.knowledge);
  if (conflict) return { reason: "role", detail: conflict };

  // Rule 8: one cited passage carries it all — persons, negations, support.
  const persons = personNames(body, mentions, options.knowledge);
  const words = wordsOf(body);
  let failure: { reason: DropReason; detail?: string } | undefined;
  const rank: Partial<Record<DropReason, number>> = { person: 3, negation: 2, support: 1 };
  for (const n of sentence.cites) {
    const verdict = checkOnePassage(body, passages[n - 1] ?? "", persons, words);
    if (!verdict) return undefined;
    // Report the failure of the passage that came closest (support < negation < person).
    if (!failure || (rank[verdict.reason] ?? 0) < (rank[failure.reason] ?? 0)) failure = verdict;
  }
  return failure;
}

function checkOnePassage(
  body: string,
  passage: string,
  persons: readonly string[],
  words: readonly string[],
): { reason: DropReason; detail?: string } | undefined {
  const missing = persons.find((p) => !passage.includes(p));
  if (missing) return { reason: "person", detail: missing };
  const negation = negationMismatch(body, passage);
  if (negation) return { reason: "negation", detail: negation };
  if (words.length > 0) {
    const found = words.filter((w) => passage.includes(w)).length;
    if (found / words.length < SUPPORT_MIN) return { reason: "support", detail: `${found}/${words.length}` };
  }
  return undefined;
}

const DATE = /\d{4}年\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}月\d{1,2}[日号]|\d{4}-\d{1,2}-\d{1,2}/g;
const CHINESE_NUMERAL = /([零〇一二两三四五六七八九十百千万亿]{1,8})([家个项名位届次倍年月日号多余批])/g;
const NAME_SUFFIX = /工业园区|高新区|示范区|开发区|园区|联盟|网络/g;
/** Two-character words before 高新区/网络/联盟 that are not names. */
const GENERIC_NAME_WORDS = new Set(
  (
    "国家 创新 协同 产业 区域 地区 全国 相关 优势 试点 成员 牵头 合作 组建 成立 加入 共建 建设 这些 各地 多个 多家 " +
    "一批 其他 其它 所有 全部 中国 我国 当地 本地 省级 重点 新型 领域 一体 发展 科技 战略 信息 技术 集群 上述 参与 " +
    "跨域 城市 沿线 周边 流域 联合 推动 依托 形成 打造 构建 搭建 整个 两个 三个 多地 国内 全球"
  ).split(" "),
);
/** Characters that never occur inside a zone, network or alliance name at this position. */
const GENERIC_NAME_CHARS = new Set([
  ..."的该这那各每本此其等个家与和及了在是有为将把被由对到从向以入建批所些他共都并跨",
]);

/** `number` stands in `text` as a whole number (not inside a longer one), followed by `counter` if given. */
function hasNumber(text: string, number: string, counter?: string): boolean {
  const escaped = number.replace(/[.%]/g, (c) => `\\${c}`);
  const after = counter ? counter.replace(/号/, "[日号]") : "(?!\\d|\\.\\d)";
  return new RegExp(`(?<![\\d.])${escaped}${after}`).test(text);
}

/** CJK bigrams (a lone character counts as itself) and Latin/digit words of two or more characters. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) words.push(run);
    for (let i = 0; i + 2 <= run.length; i++) words.push(run.slice(i, i + 2));
  }
  for (const w of text.match(/[a-z][a-z0-9_-]+/g) ?? []) words.push(w);
  return words;
}
