/** Figures compared across the two years a question names: both quoted values, and the difference. */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ factsOnly: true });
});

describe("a figure's change between two years", () => {
  it("gives the difference first, then both quoted values with their quotes", async () => {
    const a = await engine.answer("我国未来产业产值2025年预计比2024年多多少？");
    expect(a.kind).toBe("fact");
    expect(a.answer.startsWith("2025年比2024年多1.7万亿元")).toBe(true);
    expect(a.answer).toContain("13.4");
    expect(a.answer).toContain("11.7");
    expect(a.citations.map((c) => c.quote)).toContain("2024年,我国未来产业产值规模约为11.7万亿元");
  });

  it("computes nothing when only one year is named", async () => {
    const a = await engine.answer("2024年我国未来产业产值规模是多少？");
    expect(a.answer).not.toContain("多1.7");
  });
});

describe("two zones compared by their networks", () => {
  it("says which joined more, or that they joined as many", async () => {
    const same = await engine.answer("中关村和武汉东湖，哪个参加的产业协同创新网络更多？");
    expect(same.answer.startsWith("一样多")).toBe(true);
    const more = await engine.answer("西安和无锡哪个参加的网络多");
    expect(more.answer.startsWith("西安高新区参加的更多")).toBe(true);
  });

  it("refuses a count of member companies (the articles count member zones)", async () => {
    const a = await engine.answer("AI网络的成员企业一共有多少家？");
    expect(a.kind).toBe("none");
  });
});

describe("both ends of a ranking", () => {
  it("names the first and the last launched network and the days between", async () => {
    const a = await engine.answer("五个网络里第一个启动的和最后一个启动的分别是哪个？中间隔了多久");
    expect(a.answer).toBe("最早：人工智能网络（2024年10月21日）；最晚：光电子网络（2024年11月19日）；前后相隔29天。");
  });
});

describe("yes/no and comparisons in other words", () => {
  it("answers 有没有 over a province filter with 有 first", async () => {
    const a = await engine.answer("淮河联盟里有没有湖北的高新区？");
    expect(a.answer.startsWith("有")).toBe(true);
    expect(a.answer).toContain("随州");
  });

  it("compares two groups by their number of member zones (数量更多)", async () => {
    const a = await engine.answer("淮河联盟和集成电路网络，哪边的高新区数量更多");
    expect(a.answer.startsWith("淮河联盟多1家")).toBe(true);
  });

  it("refuses a person's schooling (a detail no article gives)", async () => {
    expect((await engine.answer("顾国栋今年多大，是哪个学校毕业的？")).kind).toBe("none");
  });
});

describe("answers in the question's own words", () => {
  it("answers 在/有 questions with 在/有", async () => {
    expect((await engine.answer("郑州在物联网网络里吗")).answer.startsWith("在。")).toBe(true);
    expect((await engine.answer("长三角集成电路产业国家高新区创新发展联盟里有南京吗")).answer.startsWith("有。")).toBe(
      true,
    );
  });

  it("lists every network's lead when asked for each one", async () => {
    const a = await engine.answer("各个网络分别是谁牵头的？列一下");
    for (const lead of ["中关村", "苏州工业园区", "张江", "无锡", "东湖"]) expect(a.answer).toContain(lead);
  });
});
