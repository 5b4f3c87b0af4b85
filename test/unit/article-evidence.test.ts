import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";
import { ArticleEvidence } from "../../src/retrieval/article-evidence.ts";
import { Bm25 } from "../../src/retrieval/bm25.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import type { Passage } from "../../src/retrieval/passages.ts";

const docs = [["a", "b"], ["a", "a", "c"], ["b", "c"], ["c"], ["a", "d"]];

describe("Bm25.grouped", () => {
  it("sums each group's term counts and lengths, as an index built from the joined documents", () => {
    const index = new Bm25(docs);
    // Groups: {0, 1}, {2, 3}, {4}.
    const grouped = index.grouped(Int32Array.from([0, 0, 1, 1, 2]), 3, 1.2, 0);
    const joined = new Bm25(
      [
        ["a", "b", "a", "a", "c"],
        ["b", "c", "c"],
        ["a", "d"],
      ],
      1.2,
      0,
    );
    for (const query of [["a"], ["c"], ["a", "c"], ["b", "d"], ["e"]])
      expect(grouped.searchAll(query, 3)).toEqual(joined.searchAll(query, 3));
  });
});

describe("Bm25.searchRange", () => {
  it("scores only the documents in the range, with the scores a whole search gives", () => {
    const index = new Bm25(docs);
    const whole = new Map(index.searchAll(["a", "c"], 5).map((h) => [h.doc, h.score]));
    const range = index.searchRange(["a", "c"], 1, 4);
    expect(range.map((h) => h.doc)).toEqual(
      [1, 2, 3].filter((d) => whole.has(d)).sort((x, y) => (whole.get(y) ?? 0) - (whole.get(x) ?? 0) || x - y),
    );
    for (const h of range) expect(h.score).toBe(whole.get(h.doc));
    expect(index.searchRange(["a"], 2, 4)).toEqual([]);
  });
});

const passage = (articleId: string, n: number): Passage =>
  ({ id: `${articleId}#${n}`, articleId, title: articleId, text: "", context: "" }) as unknown as Passage;

describe("ArticleEvidence", () => {
  it("ranks articles by how much of the query they cover, as ranges of their passages", () => {
    // 40 articles of one passage about "x", and one of three passages that say "q", "r" and "q r".
    const passages = [...Array.from({ length: 40 }, (_, i) => passage(`filler${i}`, 0))];
    const tokens = passages.map(() => ["x", "q"]);
    for (let n = 0; n < 3; n++) passages.push(passage("about", n));
    tokens.push(["q"], ["r"], ["q", "r"]);
    const evidence = ArticleEvidence.of(passages, new Bm25(tokens));
    const [best] = evidence.search(["q", "r"], 5);
    expect(best).toEqual({ rank: 0, start: 40, end: 43 });
  });

  it("says nothing among a few articles, where every article is among the best", () => {
    const passages = [passage("one", 0), passage("two", 0), passage("two", 1)];
    const evidence = ArticleEvidence.of(passages, new Bm25([["q"], ["r"], ["q"]]));
    expect(evidence.search(["q"], 10)).toEqual([]);
  });
});

describe("Retriever with article evidence", () => {
  it("gives the base knowledge the ranking it gave without (a handful of articles)", async () => {
    const knowledge: Knowledge = loadKnowledge();
    const retriever = await Retriever.build(knowledge);
    const hits = await retriever.search("东湖那边开放创新搞出了啥成果", 6);
    expect(hits.some((h) => h.passage.text.includes("开放创新成果亮眼"))).toBe(true);
  });
});
