/**
 * The tokenizer with its per-word and per-bigram memos and its name cutter (src/retrieval/tokenize.ts, name-cut.ts)
 * must give exactly the tokens of a straightforward version (every word filtered with regexes each time, bigrams cut from the
 * CJK runs a regex finds): on the real articles' passages, on synthetic passages (bench/retrieval/corpus.ts),
 * and on random mixes of CJK, Latin, digits, punctuation and CJK outside the bigram block.
 */
import { Jieba } from "@node-rs/jieba";
// @ts-expect-error: the package ships dict.js without a types entry in its exports map.
import { dict } from "@node-rs/jieba/dict";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticKnowledge } from "../../bench/retrieval/corpus.ts";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { lexicon } from "../../src/knowledge/lexicon.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";
import { normalize } from "../../src/knowledge/normalize.ts";
import { splitAll } from "../../src/retrieval/passages.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";

/** The reference: the tokenizer as it was before the memos (same dictionary and names). */
function referenceTokens(knowledge: Knowledge): (text: string) => string[] {
  const stop = new Set(lexicon.stopwords);
  const jieba = Jieba.withDict(dict);
  const names = new Set<string>();
  for (const { alias } of knowledge.aliases) if (/[\u4e00-\u9fff]/.test(alias) && alias.length >= 2) names.add(alias);
  for (const z of knowledge.zones.values()) names.add(z.name);
  names.add("工信部");
  for (const article of knowledge.articles.values()) {
    for (const person of article.people) if (/^[\u4e00-\u9fff]{2,4}$/.test(person)) names.add(person);
  }
  // Names stay whole, the leftmost first and the longest of those starting there; jieba cuts what lies between.
  const literal = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const namePattern = new RegExp(
    [...names]
      .sort((a, b) => b.length - a.length)
      .map(literal)
      .join("|"),
    "g",
  );
  const cut = (t: string) => {
    const words: string[] = [];
    let last = 0;
    for (const m of t.matchAll(namePattern)) {
      words.push(...jieba.cut(t.slice(last, m.index), false), m[0]);
      last = m.index + m[0].length;
    }
    return [...words, ...jieba.cut(t.slice(last), false)];
  };
  const canonical = new Map<string, string>();
  for (const { alias, target } of knowledge.aliases) {
    if (target.type === "entity" && target.ref.kind !== "zone") canonical.set(alias, `@${target.ref.id}`);
  }
  return (text) => {
    const t = normalize(text);
    const out: string[] = [];
    for (const w of cut(t)) {
      const word = w.trim();
      if (!word || stop.has(word) || /^[\s\p{P}]+$/u.test(word)) continue;
      if (/^[a-z0-9.%]+$/.test(word)) {
        out.push(word);
        continue;
      }
      if (word.length >= 1 && /[\u4e00-\u9fff]/.test(word) && (word.length > 1 || !stop.has(word))) out.push(word);
      const key = canonical.get(word);
      if (key) out.push(key);
    }
    for (const run of t.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) out.push(`#${run.slice(i, i + 2)}`);
    }
    return out;
  };
}

describe("tokenizer memos", () => {
  const knowledge = loadKnowledge();
  const tokenizer = createTokenizer(knowledge);
  const reference = referenceTokens(knowledge);

  it("gives the reference's tokens for every real and 3,000 synthetic passages", () => {
    const passages = splitAll(syntheticKnowledge(knowledge, 3000).articles.values());
    for (const p of passages) {
      expect(tokenizer.tokens(p.text)).toEqual(reference(p.text));
      expect(tokenizer.tokens(p.context)).toEqual(reference(p.context));
    }
  });

  it("gives the reference's tokens for random text, each text twice (memo filled, then read)", () => {
    const piece = fc.constantFrom(
      "物联网",
      "集成电路",
      "无锡",
      "的",
      "和",
      "网络",
      "IoT",
      "5G",
      "843.7",
      "％",
      "，",
      "。",
      " ",
      "  ",
      "\n",
      "“",
      "㐀",
      "豈",
      "𠀀",
      "a",
      "Ⅻ",
      "一",
      "龥",
      "鿿",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(tokenizer.tokens(text)).toEqual(reference(text));
        expect(tokenizer.tokens(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
