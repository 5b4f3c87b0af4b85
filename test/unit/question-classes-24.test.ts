/**
 * Classes of knowledge that grows, shown by growth-84 and growth-85 (session 24), each over an article written for
 * this test in new words: joins told as items of a list under a paragraph that ends in "：" ("会议主要有三项议程：" then
 * "1. A、B正式加入网络，成员单位由N家增至M家；", or "会上宣布：" then "• A、B加入网络；"), dated by that paragraph's
 * meeting; newcomers listed a line each under "以下高新区正式加入网络：" and counted only after them ("以上N家高新区加入
 * 后，…由M家增至…"); the count a change left said plainly ("• 调整后，网络成员为N家，…"), but not when the members
 * follow it; a member that leaves "因…，主动申请退出，已于…正式退出" (no group after the verb) or "因…，提出退出网络
 * 申请，会议予以同意"; the lead that "作为牵头单位继续承担网络秘书处职责"; who left and why, asked in one sentence
 * ("谁退了,原因是什么"); the lead asked after a seat changed hands ("换了轮值主席以后牵头单位变了吗": the seat is the
 * premise, the lead is asked); the lead marked in a counted list written in one segment ("首批成员单位共6家，分别为：
 * A（牵头单位）、B…").
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t24-marine-a", "国家高新区海洋装备产业协同创新网络成立", "2025-04-20", [
    "4月18日，国家高新区海洋装备产业协同创新网络在舟山高新区成立。首批成员单位共6家，分别为：舟山高新区（牵头单位）、大连高新区、青岛高新区、烟台高新区、南通高新区、湛江高新区。",
    "网络实行轮值主席制度，2025年度轮值主席由舟山高新区担任。",
  ]),
  article("t24-laser-a", "国家高新区激光产业协同创新网络成立", "2025-05-12", [
    "5月10日，国家高新区激光产业协同创新网络在武汉东湖高新区成立。首批成员单位共5家，分别为：武汉东湖高新区（牵头单位）、长春高新区、西安高新区、苏州高新区、泉州高新区。",
  ]),
  article("t24-agri-a", "国家高新区智慧农业产业协同创新网络成立", "2025-03-08", [
    "3月6日，国家高新区智慧农业产业协同创新网络在杨凌示范区成立。首批成员单位共4家，分别为：杨凌示范区（牵头单位）、潍坊高新区、宿迁高新区、岳阳高新区。",
  ]),
  article("t24-review", "运行一年 三张网络有新变化", "2026-01-10", [
    "海洋装备网络：扩容至8家",
    "12月2日，国家高新区海洋装备产业协同创新网络2025年度会议在青岛高新区召开。会议主要有两项议程：",
    "1. 威海火炬高新区、连云港高新区正式加入网络，成员单位由6家增至8家；",
    "2. 舟山高新区将轮值主席旗帜交给青岛高新区，青岛高新区担任2026年度轮值主席，舟山高新区继续作为牵头单位。",
    "激光网络：两进一出",
    "12月9日，国家高新区激光产业协同创新网络2025年度大会在长春高新区举行。会上宣布：",
    "• 成都高新区、合肥高新区加入网络；",
    "• 泉州高新区因将产业重心调整为新能源装备，主动申请退出网络，以集中力量参与新能源网络建设；",
    "• 调整后，网络成员为6家，武汉东湖高新区继续担任牵头单位。",
    "武汉东湖高新区作为牵头单位继续承担网络秘书处职责。",
  ]),
  article("t24-agri-b", "智慧农业网络年会在潍坊召开", "2025-11-20", [
    "11月18日，国家高新区智慧农业产业协同创新网络2025年年会在潍坊高新区举行。",
    "年会审议通过了新成员入网申请。经网络理事会表决，以下高新区正式加入网络：\n1.益阳高新区\n2.郴州高新区\n以上2家高新区加入后，网络成员由成立之初的4家增至6家。",
  ]),
  article("t24-agri-c", "智慧农业网络召开理事会", "2026-04-02", [
    "本报讯（记者 周敏）3月30日，国家高新区智慧农业产业协同创新网络2026年理事会议在岳阳高新区召开。",
    "同时，宿迁高新区因主导产业调整，今后将把资源集中投向智能家居领域，提出退出网络申请，会议予以同意。调整后，网络成员单位为5家。",
  ]),
];

describe("question classes, session 24: joins and leavings told as lists", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;

  it("reads a join told as a numbered item under a paragraph that ends in '：', dated by its meeting", async () => {
    await answers("海洋装备网络现在有哪些成员", ["威海", "连云港", "舟山", "湛江"]);
    await answers("连云港高新区什么时候加入海洋装备网络的", ["2025年12月2日"]);
  });

  it("reads joins and a leaving told as bullets, and the count said after them", async () => {
    const a = await grown.engine.answer("激光网络现在有哪些成员");
    for (const z of ["成都", "合肥", "长春", "苏州"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toMatch(/共有\d+家成员：[^。]*泉州/);
    await answers("激光网络现在几家成员", ["6"]);
  });

  it("answers who left and why, asked in one sentence", async () => {
    await answers("激光网络谁退了,原因是什么", ["泉州", "新能源装备"]);
  });

  it("reads newcomers listed a line each, counted only after them", async () => {
    await answers("智慧农业网络新加了哪几家？", ["益阳", "郴州"]);
  });

  it("reads a leaving applied for and granted in the sentence", async () => {
    const a = await grown.engine.answer("智慧农业网络现在有哪些成员");
    expect(a.answer).toContain("益阳");
    expect(a.answer).not.toMatch(/共有\d+家成员：[^。]*宿迁/);
  });

  it("reads the lead marked in a counted list of one line ('共6家，分别为：A（牵头单位）、B…')", async () => {
    await answers("海洋装备网络的牵头单位是谁", ["舟山"]);
  });

  it("reads the lead that runs the secretariat too ('作为牵头单位继续承担网络秘书处职责')", async () => {
    await answers("激光网络秘书处谁负责", ["武汉东湖"]);
  });

  it("asks the lead, not the seat, after a seat changed hands", async () => {
    await answers("海洋装备网络换了轮值主席以后牵头单位变了吗", ["牵头单位是舟山"], ["轮值主席是青岛"]);
  });
});
