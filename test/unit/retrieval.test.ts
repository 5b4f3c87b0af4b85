import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";
import { answerFromPassages } from "../../src/retrieval/answer.ts";
import { HnswIndex } from "../../src/retrieval/hnswlib.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { splitAll } from "../../src/retrieval/passages.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";

let knowledge: Knowledge;
let retriever: Retriever;
beforeAll(async () => {
  knowledge = loadKnowledge();
  retriever = await Retriever.build(knowledge, { makeIndex: (v, e) => HnswIndex.build(v, e) });
});

describe("retrieval", () => {
  it("keeps domain names whole in the tokenizer", () => {
    const words = createTokenizer(knowledge).tokens("苏州工业园区参加物联网和集成电路产业");
    expect(words).toContain("苏州工业园区");
    expect(words).toContain("物联网");
    expect(words).toContain("集成电路");
  });

  it("passages are exact slices of their articles", () => {
    for (const p of splitAll(knowledge.articles.values())) {
      expect(knowledge.articles.get(p.articleId)?.body.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it("answers an open question with verbatim quotes", async () => {
    const a = await answerFromPassages(retriever, "集成电路产业链上各高新区如何分工");
    expect(a?.kind).toBe("passage");
    expect(a?.answer).toContain("芯片设计");
    for (const c of a?.citations ?? []) expect(knowledge.articles.get(c.articleId)?.body).toContain(c.quote);
  });

  it("returns nothing below the relevance floor", async () => {
    expect(await answerFromPassages(retriever, "今天天气怎么样")).toBeNull();
  });

  it("rebuilds deterministically", async () => {
    const again = await Retriever.build(knowledge, { makeIndex: (v, e) => HnswIndex.build(v, e) });
    const q = "淮河联盟下一步怎么做";
    const ids = async (r: Retriever) => (await r.search(q, 10)).map((h) => h.passage.id);
    expect(await ids(again)).toEqual(await ids(retriever));
  });
});
