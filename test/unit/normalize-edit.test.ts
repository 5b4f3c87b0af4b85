/** One mistyped character in a network's or an alliance's name is repaired; a different region never is. */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.ts";
import { normalizeQuestion } from "../../src/answer/normalize.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";

let k: Knowledge;
beforeAll(async () => {
  k = (await createEngine({ factsOnly: true })).knowledge;
});

describe("one-character slips in group names", () => {
  it.each([
    ["京津翼国家高新区联盟有几家", "京津冀国家高新区联盟"],
    ["人工智慧网络什么时候成立", "人工智能网络"],
  ])("repairs %s into %s, and says so", (question, to) => {
    const n = normalizeQuestion(question, k);
    expect(n.text).toContain(to);
    expect(n.repairs.map((r) => r.to)).toContain(to);
  });

  it.each([
    ["珠三角国家高新区联盟是什么时候成立的", "长三角"],
    ["黄河流域高新区联盟有多少成员", "淮河"],
  ])("never turns a region's own name into another one: %s", (question, not) => {
    const n = normalizeQuestion(question, k);
    expect(n.text).not.toContain(not);
    expect(n.repairs).toEqual([]);
  });
});

describe("names typed in pinyin letters", () => {
  it.each([
    ["wulianwang网络哪天成立的", "物联网"],
    ["jicheng dianlu网络几家", "集成电路"],
  ])("reads %s as %s", (question, to) => {
    expect(normalizeQuestion(question, k).text).toContain(to);
  });

  it("leaves English words alone", () => {
    expect(normalizeQuestion("which network did Wuxi lead", k).text).toBe("which network did Wuxi lead");
  });

  it.each([
    "Which zones in the whole world lead a network?",
    "Which plant shape joins the IoT network",
    "the zones that joined and the ones leaving",
  ])("never turns a common English word into another one: %s", (question) => {
    expect(normalizeQuestion(question, k).repairs).toEqual([]);
  });

  it("still repairs a slip of a word the names use", () => {
    expect(normalizeQuestion("Who leads the IoT netwrok?", k).repairs.map((r) => r.to)).toContain("network");
  });
});

describe("long names said with words left out", () => {
  it.each([
    ["长三角集成电路高新区联盟哪年成立的", "长三角集成电路产业国家高新区创新发展联盟"],
    ["请问淮河生态经济带高新区创新联盟有几家", "淮河生态经济带高新区产业科技创新战略联盟"],
  ])("reads %s as the one group whose name holds it in order", (question, to) => {
    const n = normalizeQuestion(question, k);
    expect(n.text).toContain(to);
    expect(n.repairs.map((r) => r.to)).toContain(to);
  });

  it("leaves a name that two groups' names hold alone", () => {
    expect(normalizeQuestion("长三角高新区联盟有几家", k).repairs).toEqual([]);
  });
});
