/**
 * Classes of session 52, each over articles written for this test in new words. From the last session's list: things
 * counted with 大 ("五大方向") answer "布局了几个方向？分别是啥" (and 啥 asks which, after a count, as 什么 does); a count of
 * the groups ("两大网络均表示…") is no amount of their fund. From the development sets: a region's national zones
 * compared with an alliance's members ("长三角的国家高新区数量和淮河联盟的成员数量，哪个多"), and "哪个多？各多少家" as
 * one question.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t52-hefei-plan", "合肥高新区出台量子产业行动计划", "2026-06-03", [
    "6月2日，合肥高新区印发《量子科技产业高质量发展行动计划》。",
    "该计划提出，重点布局量子计算、量子通信、量子精密测量、量子材料、量子软件五大方向，打造具有全球影响力的量子产业高地。",
  ]),
  article("t52-two-funds", "两大网络推进产业基金筹备", "2026-08-12", [
    "国家高新区海洋装备产业协同创新网络和国家高新区现代中药产业协同创新网络近日分别召开工作会议。",
    "两大网络均表示将设立产业协同基金，但基金规模和出资方式至今均未公布。",
  ]),
  article("t52-marine", "国家高新区海洋装备产业协同创新网络在青岛启动", "2026-06-12", [
    "6月11日，国家高新区海洋装备产业协同创新网络启动会在青岛高新区举行。",
    "网络成员单位包括青岛高新区、烟台高新区、威海火炬高新区、舟山高新区、湛江高新区。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 52: the last session's list", () => {
  it("answers 布局了几个方向 with things counted with 大, and reads 分别是啥 as which", async () => {
    await answers("合肥高新区那个量子行动计划布局了几个方向？分别是啥", ["五大方向", "量子软件"], ["成员"]);
    await answers("合肥高新区量子行动计划重点布局几个方向", ["五大方向"]);
  });

  it("takes no count of the groups for an amount of their fund", async () => {
    const a = await grown.engine.answer("海洋装备网络的产业协同基金规模是多少");
    expect(a.kind, a.answer).toBe("none");
  });
});

describe("session 52: development sets' classes", () => {
  it("compares a region's national zones, counted by the articles, with an alliance's members, and says so", async () => {
    for (const q of [
      "长三角的国家高新区数量和淮河联盟的成员数量，哪个多？",
      "长三角和淮河流域的国家高新区数量哪个多？各多少家",
    ]) {
      const a = await grown.engine.answer(q);
      expect(a.kind, a.answer).toBe("fact");
      expect(a.answer).toMatch(/^长三角的国家高新区多19家：长三角的国家高新区36家，淮河联盟17家。（文章没有给出/);
      expect(a.answer.split("\n")).toHaveLength(1);
    }
  });

  it("keeps an alliance's members when they are what is compared", async () => {
    const a = await grown.engine.answer("长三角联盟和淮河联盟哪个成员多");
    expect(a.answer).not.toContain("36家");
  });

  it("reads 哪个多？各多少家 as one question", async () => {
    const a = await grown.engine.answer("物联网网络和海洋装备网络哪个成员多？各多少家");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toBe("物联网网络多7家：物联网网络12家，海洋装备网络5家。");
  });
});
