/**
 * Deterministic synthetic corpora for the retrieval scale benchmark.
 *
 * The vocabulary and word order come from the five real articles: their passages (src/retrieval/passages.ts) are
 * cut into words by the production tokenizer (src/retrieval/tokenize.ts, jieba with the entity dictionary; the
 * CJK bigrams it adds for recall and the "@entity" keys it adds for names are left out), and a first-order word chain over those sentences generates new
 * sentences whose length follows the real sentences' word counts. Sentences are grouped into articles of 20
 * (paragraphs of 4), so the real passage splitter and the real Retriever.build run on them unchanged.
 *
 * The corpus always contains the five real articles too, so the golden passage questions keep a right answer.
 * Same seed and size → the same corpus, byte for byte.
 */
import type { Article, Knowledge } from "../../src/knowledge/load.ts";
import { splitAll, splitPassages } from "../../src/retrieval/passages.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";
import { mulberry32, pick } from "../lib/prng.ts";

export const CORPUS_SEED = 20240917;
const SENTENCES_PER_ARTICLE = 20;
const SENTENCES_PER_PARAGRAPH = 4;
/** Chance of leaving the chain for a random word: keeps synthetic sentences from repeating real ones. */
const JUMP = 0.15;

export type WordModel = {
  words: string[];
  /** word index → indices of the words that follow it in the real sentences (with repetition). */
  next: number[][];
  starts: number[];
  /** Real sentence lengths in words. */
  lengths: number[];
  /** Every word occurrence (index), for frequency-weighted random words. */
  unigram: number[];
};

export function wordModel(knowledge: Knowledge): WordModel {
  const tokenizer = createTokenizer(knowledge);
  const index = new Map<string, number>();
  const words: string[] = [];
  const next: number[][] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  const unigram: number[] = [];
  const id = (w: string) => {
    let i = index.get(w);
    if (i === undefined) {
      i = words.length;
      index.set(w, i);
      words.push(w);
      next.push([]);
    }
    return i;
  };
  for (const passage of splitAll(knowledge.articles.values())) {
    const seq = tokenizer
      .tokens(passage.text)
      .filter((t) => !t.startsWith("#") && !t.startsWith("@"))
      .map(id);
    if (seq.length === 0) continue;
    lengths.push(seq.length);
    starts.push(seq[0] as number);
    seq.forEach((w, i) => {
      unigram.push(w);
      const following = seq[i + 1];
      if (following !== undefined) next[w]?.push(following);
    });
  }
  return { words, next, starts, lengths, unigram };
}

/** One synthetic sentence: chain words, a comma every 6–10 words, a full stop at the end. */
function sentence(model: WordModel, rng: () => number): string {
  const length = Math.max(3, model.lengths[pick(rng, model.lengths.length)] as number);
  let w = model.starts[pick(rng, model.starts.length)] as number;
  let out = "";
  let sinceComma = 0;
  const commaEvery = 6 + pick(rng, 5);
  for (let i = 0; i < length; i++) {
    out += model.words[w];
    if (++sinceComma >= commaEvery && i < length - 1) {
      out += "，";
      sinceComma = 0;
    }
    const options = model.next[w] ?? [];
    w =
      options.length > 0 && rng() >= JUMP
        ? (options[pick(rng, options.length)] as number)
        : (model.unigram[pick(rng, model.unigram.length)] as number);
  }
  return `${out}。`;
}

/**
 * Articles holding exactly `passages` sentence passages (as the real splitter counts them): the real articles
 * first, then synthetic ones.
 */
export function syntheticArticles(knowledge: Knowledge, passages: number, seed = CORPUS_SEED): Map<string, Article> {
  const model = wordModel(knowledge);
  const rng = mulberry32(seed ^ passages);
  const out = new Map<string, Article>(knowledge.articles);
  let remaining = passages - splitAll(knowledge.articles.values()).length;
  for (let n = 0; remaining > 0; n++) {
    const count = Math.min(SENTENCES_PER_ARTICLE, remaining);
    const paragraphs: string[] = [];
    for (let s = 0; s < count; s += SENTENCES_PER_PARAGRAPH) {
      let paragraph = "";
      for (let i = s; i < Math.min(count, s + SENTENCES_PER_PARAGRAPH); i++) paragraph += sentence(model, rng);
      paragraphs.push(paragraph);
    }
    const id = `syn_${String(n).padStart(6, "0")}`;
    const article: Article = {
      id,
      title: `合成文章 ${n}`,
      subtitle: null,
      source: null,
      date: null,
      dateNote: "synthetic",
      authors: [],
      people: [],
      body: paragraphs.join("\n\n"),
      file: `${id}.md`,
    };
    out.set(id, article);
    // Sentences end with "。" only, so the splitter yields at most one passage per sentence (fewer if one is
    // shorter than its minimum); the next article makes up the difference.
    remaining -= splitPassages(article).length;
  }
  return out;
}

/** The knowledge snapshot with its articles replaced by a synthetic corpus (entities and aliases unchanged). */
export function syntheticKnowledge(knowledge: Knowledge, passages: number, seed = CORPUS_SEED): Knowledge {
  return { ...knowledge, articles: syntheticArticles(knowledge, passages, seed) };
}
