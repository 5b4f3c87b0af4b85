/**
 * Classes of questions never seen, found in session 26, each over an article written for this test in new words:
 * an official asked in English by the pinyin of the name ("What is Ma Wentao's position", "Who is Ni Qian"): the
 * name is read as the person inside an English sentence, and a two-syllable full name counts too. A figure counted
 * in 座 ("累计建成…基地14座", asked "建了几个" without the verb 建成, or in English); two targets asked each on its side
 * of a 、 ("推广多少…、建多少座充电站"), the second named without its group ("网络力争推动成员单位…" is who acts).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t26-sand", "国家高新区现代种业产业协同创新网络在杨凌启动", "2026-05-12", [
    "5月10日，国家高新区现代种业产业协同创新网络启动仪式在杨凌示范区举行。首批成员共3家：杨凌示范区（牵头单位）、武威高新区、石嘴山高新区。",
    "杨凌示范区党工委书记韩立峰在致辞中表示，网络将把育种和制种结合起来。",
    "武威高新区管委会副主任乔林说，网络要共建良种繁育基地。",
    "数据显示，3家成员高新区目前集聚种业企业约210家，累计建成良种繁育示范基地14座。",
    "到2028年，网络力争推动成员单位新增制种面积超过3万亩，建成充电站60座。",
  ]),
];

describe("an official asked in English by the pinyin of the name", () => {
  const grown = grownEngine(ARTICLES);
  it("reads a three-syllable name inside an English sentence", async () => {
    const a = await grown.engine.answer("What is Han Lifeng's position, and which zone is he from?");
    expect(a.kind, a.answer).not.toBe("none");
    expect(a.answer).toContain("杨凌");
    expect(a.answer).toContain("党工委书记");
  });
  it("reads a two-syllable full name", async () => {
    await grown.answers("Who is Qiao Lin?", ["武威", "副主任"]);
  });
});

describe("a figure counted in 座, and two asked on the two sides of a 、", () => {
  const grown = grownEngine(ARTICLES);
  it("answers a count in 座 asked without the article's verb", async () => {
    await grown.answers("种业网络建了几个良种繁育示范基地", ["14"]);
  });
  it("answers a target in 座 asked in English", async () => {
    await grown.answers("How many charging stations will the 种业 network build by 2028?", ["60"]);
  });
  it("answers two targets asked on the two sides of a 、", async () => {
    const a = await grown.engine.answer("种业网络到2028年要新增多少亩制种面积、建多少座充电站？");
    expect(a.answer).toContain("3万");
    expect(a.answer).toContain("60");
    expect(a.answer).not.toMatch(/^网络力争/);
  });
});
