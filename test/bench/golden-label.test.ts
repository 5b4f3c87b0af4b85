/**
 * The retrieval benchmark's "golden found @10" (bench/retrieval/golden.ts) matches a labelled passage as
 * `npm run eval:retrieval` does: a label names the page, and a 本报讯 item split from it is the piece `page~n`.
 * Real articles and passages, so the test follows the knowledge folder.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type GoldenQuestion, isLabelled } from "../../bench/retrieval/golden.ts";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { type Passage, splitAll } from "../../src/retrieval/passages.ts";

const passages = splitAll(loadKnowledge().articles.values());
const questions = JSON.parse(readFileSync("test/golden/passage-questions.json", "utf8")) as GoldenQuestion[];

describe("isLabelled (bench golden passages)", () => {
  it("finds the labelled passage of a question about a piece page~n of its page", () => {
    const piece = passages.find((p) => p.articleId.includes("~"));
    expect(piece, "the knowledge has a 本报讯 piece").toBeDefined();
    const page = (piece?.articleId ?? "").split("~")[0];
    const onPiece = questions.filter(
      (q) => q.articleId === page && passages.some((p) => p.articleId === piece?.articleId && isLabelled(q, p)),
    );
    expect(onPiece.length).toBeGreaterThan(0);
  });

  it("finds a labelled passage for every answerable golden passage question", () => {
    const unmatched = questions.filter((q) => q.expect.length > 0 && !passages.some((p) => isLabelled(q, p)));
    expect(unmatched.map((q) => q.q)).toEqual([]);
  });

  it("does not match the same text on another page", () => {
    const q = questions.find((x) => x.expect.length > 0 && x.articleId !== null) as GoldenQuestion;
    const hit = passages.find((p) => isLabelled(q, p));
    expect(hit).toBeDefined();
    expect(isLabelled({ ...q, articleId: "no-such-page" }, hit as (typeof passages)[number])).toBe(false);
  });

  it("compares the expected text without layout whitespace", () => {
    const passage: Passage = {
      id: "p~2#0",
      articleId: "p~2",
      title: "t",
      date: null,
      paragraph: 0,
      start: 0,
      end: 10,
      text: "诞生了中国第一根光纤。",
      context: "诞生了中国第一根光纤。",
    };
    expect(isLabelled({ q: "?", articleId: "p", expect: ["第一根\n光纤"] }, passage)).toBe(true);
    expect(isLabelled({ q: "?", articleId: "p", expect: ["第二根光纤"] }, passage)).toBe(false);
    expect(isLabelled({ q: "?", articleId: null, expect: ["第一根光纤"] }, passage)).toBe(false);
  });
});
