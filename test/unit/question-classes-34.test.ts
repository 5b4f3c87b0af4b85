/**
 * Classes of questions never seen, found in session 34, each over an article written for this test in new words.
 * A member count claimed after the members are named ("成员有10家吗", "成员单位一共8家对吧"): the count is checked,
 * as it is when said right after the group's name.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t34-food", "国家高新区食品装备产业协同创新网络在漯河成立", "2026-04-16", [
    "4月15日，国家高新区食品装备产业协同创新网络在漯河高新区成立。网络由漯河高新区牵头，联合9家国家高新区共同发起。",
    "网络成员单位包括：漯河高新区、临沂高新区、潍坊高新区、安阳高新区、洛阳高新区、宜宾高新区、荆门高新区、南宁高新区、绵阳高新区。",
    "网络秘书处设在漯河高新区。",
  ]),
];

describe("session 34 classes", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;

  it("checks a member count claimed after the members are named", async () => {
    await answers("食品装备网络成员有8家吗", ["不是", "9家"]);
    await answers("食品装备网络成员单位一共8家对吧", ["不是", "9家"]);
    const right = await grown.engine.answer("食品装备网络成员是9家吗");
    expect(right.answer).toMatch(/^是/);
  });
});
