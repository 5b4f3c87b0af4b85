/**
 * Chinese tokenizer for BM25: jieba's default dictionary, with every zone, network and alliance name and every person
 * quoted kept whole before it cuts (name-cut.ts: 物联网, 集成电路, 苏州工业园区 stay whole), plus CJK character bigrams
 * for recall, plus Latin words. Query expansion maps English terms to the Chinese words the articles use. The word
 * lists (stop words, glossary, pinyin names, thesaurus) are data: knowledge/lexicon/*.yaml.
 */
import { Jieba } from "@node-rs/jieba";
// @ts-expect-error: the package ships dict.js without a types entry in its exports map.
import { dict } from "@node-rs/jieba/dict";
import { lexicon } from "../knowledge/lexicon.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { hasTerm, normalize } from "../knowledge/normalize.ts";
import { nameCutter } from "./name-cut.ts";

const STOP = new Set(lexicon.stopwords);

/** The CJK block whose runs give bigrams. */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const CJK_SPAN = CJK_LAST - CJK_FIRST + 1;
/** Distinct words (and bigrams) remembered per tokenizer; past this, the rest are worked out each time. */
const MEMO_LIMIT = 1 << 20;

/** Where a sentence ends (its closing quote with it): `sentenceTokens` cuts there. */
const SENTENCE_END = /[。！？!?；;]+[”"’」』）)]*/g;
/** Sentences remembered by `sentenceTokens` (a passage's neighbours come again within a few passages). */
const SENTENCE_MEMO_LIMIT = 4096;

/** English words that carry no content of their own (question words, auxiliaries, fillers). */
const ENGLISH_FILLER = new Set(lexicon.englishFiller);

/** The English glossary: an English word → the Chinese words the articles use for it; the words of groups' names
 *  ("embodied" → 具身) where the glossary has none. */
const ENGLISH: Record<string, string> = { ...lexicon.nameWords, ...lexicon.glossary };

/** The people the articles quote, by their pinyin names (English questions name them so). */
const PEOPLE_EN: Record<string, string> = lexicon.pinyinNames;

/** A small domain thesaurus: question words → the words the articles use for the same thing. */
const THESAURUS: Record<string, string> = lexicon.thesaurus;

/** A question read for search: once per question. */
export type QueryAnalysis = {
  /** The query plus the Chinese words its English terms, entity names and synonyms stand for. */
  expanded: string;
  /** `tokens(expanded)`. */
  tokens: string[];
  /**
   * The words a relevant passage should contain, for the coverage floor: the expanded query's words without
   * bigrams, entity keys, English filler, and English words already translated by the expansion. English words
   * the glossary does not know stay in, so "Tencent stock price" cannot be covered by a Chinese passage.
   */
  contentWords: string[];
};

export type Tokenizer = {
  tokens(text: string): string[];
  /**
   * The tokens of a text of whole sentences, sentence by sentence (each sentence's remembered for a while): what
   * an index takes for a passage and its neighbours, which repeat from one passage to the next. The same words as
   * `tokens`, but none across two sentences (no bigram or jieba word spans a sentence's end).
   */
  sentenceTokens(text: string): string[];
  analyze(query: string): QueryAnalysis;
  /** `analyze(query).expanded`. */
  expand(query: string): string;
};

/** jieba with its default dictionary (built on first use, about 180 ms): names are cut before it (name-cut.ts). */
let defaultJieba: Jieba | undefined;

export function createTokenizer(knowledge: Knowledge): Tokenizer {
  const names = new Set<string>();
  for (const { alias } of knowledge.aliases) if (/[\u4e00-\u9fff]/.test(alias) && alias.length >= 2) names.add(alias);
  for (const z of knowledge.zones.values()) names.add(z.name);
  names.add("工信部");
  // The people the articles quote stay whole ("冯立", not "冯" "立").
  for (const article of knowledge.articles.values()) {
    for (const person of article.people) if (/^[\u4e00-\u9fff]{2,4}$/.test(person)) names.add(person);
  }
  defaultJieba ??= Jieba.withDict(dict);
  const jieba = defaultJieba;
  const cut = nameCutter(names, (text) => jieba.cut(text, false));
  // Every name of a network or alliance also yields one shared key, so "光电子网络" in a question meets
  // "国家高新区光电子产业协同创新网络" in an article.
  const canonical = new Map<string, string>();
  for (const { alias, target } of knowledge.aliases) {
    if (target.type === "entity" && target.ref.kind !== "zone") canonical.set(alias, `@${target.ref.id}`);
  }

  // What each word jieba returns contributes (none, the word, its entity key, or both), worked out once per
  // distinct word: a large build sees the same few thousand words millions of times (docs/benchmarks.md). The
  // memo hands back the same string objects each time, so BM25's term lookups hash each one once.
  const wordMemo = new Map<string, readonly string[]>();
  const wordTokens = (w: string): readonly string[] => {
    let found = wordMemo.get(w);
    if (found) return found;
    const out: string[] = [];
    const word = w.trim();
    if (!word || STOP.has(word) || /^[\s\p{P}]+$/u.test(word)) found = out;
    else if (/^[a-z0-9.%]+$/.test(word)) found = [word];
    else {
      if (word.length >= 1 && /[\u4e00-\u9fff]/.test(word) && (word.length > 1 || !STOP.has(word))) out.push(word);
      const key = canonical.get(word);
      if (key) out.push(key);
      found = out;
    }
    if (wordMemo.size < MEMO_LIMIT) wordMemo.set(w, found);
    return found;
  };
  // "#" + two CJK characters, one string per pair (same reason).
  const bigramMemo = new Map<number, string>();
  const bigram = (c0: number, c1: number): string => {
    const key = (c0 - CJK_FIRST) * CJK_SPAN + (c1 - CJK_FIRST);
    let found = bigramMemo.get(key);
    if (found === undefined) {
      found = `#${String.fromCharCode(c0, c1)}`;
      if (bigramMemo.size < MEMO_LIMIT) bigramMemo.set(key, found);
    }
    return found;
  };

  const tokens = (text: string): string[] => {
    const t = normalize(text);
    const out: string[] = [];
    for (const w of cut(t)) for (const token of wordTokens(w)) out.push(token);
    // Character bigrams of every CJK run (U+4E00–U+9FFF, two or more): recall for words jieba splits differently.
    let runStart = 0;
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 0;
      if (c >= CJK_FIRST && c <= CJK_LAST) continue;
      for (let j = runStart; j + 2 <= i; j++) out.push(bigram(t.charCodeAt(j), t.charCodeAt(j + 1)));
      runStart = i + 1;
    }
    return out;
  };

  // Sentences tokenised lately: a passage's neighbours are the next passages' own sentences.
  const sentenceMemo = new Map<string, readonly string[]>();
  const sentenceTokens = (text: string): string[] => {
    const out: string[] = [];
    let from = 0;
    for (const end of [...text.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + m[0].length).concat(text.length)) {
      if (end <= from) continue;
      const sentence = text.slice(from, end);
      from = end;
      let found = sentenceMemo.get(sentence);
      if (!found) {
        found = tokens(sentence);
        if (sentenceMemo.size >= SENTENCE_MEMO_LIMIT) sentenceMemo.clear();
        sentenceMemo.set(sentence, found);
      }
      for (const token of found) out.push(token);
    }
    return out;
  };

  // English names of zones, networks and alliances → the Chinese word the articles use for each.
  const englishNames: { alias: string; chinese: string }[] = [];
  for (const { alias, target } of knowledge.aliases) {
    if (!/^[a-z0-9 .-]+$/.test(alias) || target.type !== "entity") continue;
    const e =
      target.ref.kind === "zone"
        ? knowledge.zones.get(target.ref.id)
        : target.ref.kind === "network"
          ? knowledge.networks.get(target.ref.id)
          : knowledge.alliances.get(target.ref.id);
    if (e) englishNames.push({ alias, chinese: "field" in e ? e.field : e.name });
  }

  const analyze = (query: string): QueryAnalysis => {
    const t = normalize(query);
    const extra: string[] = [];
    // English words the expansion translates: their Chinese words stand in for them in `contentWords`.
    const translated = new Set<string>();
    for (const [word, more] of Object.entries(THESAURUS)) if (t.includes(word)) extra.push(more);
    for (const w of t.match(/[a-z]+/g) ?? []) {
      const zh = ENGLISH[w];
      if (zh) {
        extra.push(zh);
        translated.add(w);
      }
    }
    for (const [pinyin, name] of Object.entries(PEOPLE_EN)) {
      if (!hasTerm(t, pinyin)) continue;
      extra.push(name);
      for (const w of pinyin.split(" ")) translated.add(w);
    }
    for (const { alias, chinese } of englishNames) {
      if (!hasTerm(t, alias)) continue;
      extra.push(chinese);
      for (const w of alias.split(/[ .-]+/)) translated.add(w);
    }
    const expanded = extra.length ? `${query} ${extra.join(" ")}` : query;
    const queryTokens = tokens(expanded);
    const words = queryTokens.filter(
      (w) => !w.startsWith("#") && !w.startsWith("@") && !ENGLISH_FILLER.has(w) && !translated.has(w),
    );
    return { expanded, tokens: queryTokens, contentWords: [...new Set(words)] };
  };

  return { tokens, sentenceTokens, analyze, expand: (query) => analyze(query).expanded };
}
