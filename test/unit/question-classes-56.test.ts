/**
 * Classes of session 56, each over articles written for this test in new words. Each fails on the code before the
 * session's changes (b5f78be).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t56-hydro", "国家高新区氢能装备产业协同创新网络在佛山启动", "2026-05-20", [
    "5月19日，国家高新区氢能装备产业协同创新网络启动会在佛山高新区举行，佛山高新区、张家口高新区、潍坊高新区、成都高新区4家国家高新区为首批成员单位。",
    "网络由佛山高新区牵头，秘书处设在佛山高新区。",
  ]),
  article("t56-hydro-seats", "国家高新区储能电池产业协同创新网络启动", "2026-06-02", [
    "6月1日，国家高新区储能电池产业协同创新网络启动会在宁德举行，网络由常州高新区牵头。",
    "会议确定常州高新区为理事长单位，宜春高新区、溧阳高新区为副理事长单位。",
  ]),
];

describe("a post of one group that no article about it writes", () => {
  const grown = grownEngine(ARTICLES);
  // Before: the members (a list of something else) or the catch-all refusal.
  it.each([
    ["氢能装备网络的副理事长单位都有谁", "副理事长单位"],
    ["氢能装备网络副理事长都有谁", "副理事长单位"],
    ["氢能装备网络秘书长是谁", "秘书长"],
  ])("%s: not written, with what is known", async (q, post) => {
    const a = await grown.engine.answer(q);
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain(`没有提到国家高新区氢能装备产业协同创新网络的${post}`);
    expect(a.answer).toContain("佛山高新区");
  });
  it("a post an article writes is answered as before", async () => {
    const a = await grown.engine.answer("储能电池网络的副理事长单位都有谁");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("宜春高新区");
  });
  it("a second part asking only the name is the same question", async () => {
    const a = await grown.engine.answer("氢能装备网络的秘书长是谁？叫什么名字");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("没有提到国家高新区氢能装备产业协同创新网络的秘书长");
  });
});
