/**
 * Counter-examples a reviewer found in session 58's changes (articles in test/fixtures/review-58/, one folder a case,
 * each read into its own engine), each answered as it should be.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askFixture } from "../helpers/fixture-engine.ts";

const ask = askFixture(join(import.meta.dirname, "../fixtures/review-58"));

describe("session 58 review guards", () => {
  it("a heading about council seats ('■五家成员当选理事单位') is no member list", async () => {
    const a = await ask("c_sec4", "光电子网络有哪些成员");
    expect(a.answer).not.toContain("共有5家成员");
  });
  it("…nor is one of a new network", async () => {
    const a = await ask("c_sec2", "氢能装备网络有哪些成员");
    expect(a.answer).not.toContain("共有5家成员");
  });
  it("…nor a heading of a later batch ('■第二批：三家高新区')", async () => {
    const a = await ask("c_sec3", "氢能装备网络有哪些成员");
    expect(a.answer).not.toContain("共有3家成员");
  });
  it("'加入了什么新成员' is no yes/no of a year", async () => {
    const a = await ask("c_growth", "物联网网络2026年加入了什么新成员");
    expect(a.answer).not.toMatch(/^不是/);
  });
  it("a later member's join is not dated by the group's founding", async () => {
    const a = await ask("c_join", "宁波高新区是2025年加入氢能装备网络的吗");
    expect(a.answer).not.toMatch(/是2024年/);
  });
  it("'此前已有一个由襄阳高新区牵头发起的联盟' is another alliance, not the one an article calls 联盟", async () => {
    const a = await ask("c_short", "长江中游城市群国家高新区协同创新联盟的牵头单位是谁");
    expect(a.answer).not.toContain("襄阳");
  });
  it("a project's lead after the network's clause is not the network's", async () => {
    const a = await ask("c_lead", "氢能装备网络的牵头单位是谁");
    expect(a.answer).not.toContain("合肥");
  });
  it("a part's label goes on only from a sentence that is the label and its count", async () => {
    const a = await ask("c_parts", "航空装备网络整机研制环节有哪些");
    expect(a.answer).not.toMatch(/整机研制环节\d家[^。]*株洲/);
  });
  it("'可以…加入…吗' of what the article says they can is not left open", async () => {
    const a = await ask("c_allow", "省级高新区可以以观察员身份加入氢能装备网络吗");
    expect(a.kind, a.answer).not.toBe("none");
  });
  it("a zone named only in a list's note is not in it", async () => {
    const a = await ask("c_exit", "物联网网络有哪些成员，芜湖算不算？");
    expect(a.answer).not.toContain("芜湖高新区在其中");
  });
  it("a list that names only some members says nothing of who is not in it", async () => {
    const a = await ask("", "新型显示网络的成员有哪几家，合肥算不算");
    expect(a.answer).not.toContain("合肥高新区不在其中");
  });
  it("'拟由…同志接任网络秘书长' is proposed, not taken", async () => {
    const a = await ask("c_prop", "氢能装备网络的秘书长是谁");
    expect(a.answer).not.toMatch(/^王强/);
  });
  it("the day one post was taken is not given for another", async () => {
    const a = await ask("c_since", "梁振宇什么时候担任长沙高新区管委会副主任的？");
    expect(a.answer).not.toContain("起任网络秘书长");
  });
  it("'专访了…管委会主任助理' names no person '助理'", async () => {
    const a = await ask("c_off", "长沙高新区管委会主任是谁");
    expect(a.answer).not.toMatch(/^助理/);
  });
  it("three members' count is not the network's", async () => {
    const a = await ask("c_fig", "氢能装备网络一共有多少个联合研发中心");
    expect(a.kind).not.toBe("fact");
  });
  it("a target is not what was built", async () => {
    const a = await ask("c_fig2", "氢能装备网络已经建了几个联合研发中心");
    expect(a.kind).not.toBe("fact");
  });
});
