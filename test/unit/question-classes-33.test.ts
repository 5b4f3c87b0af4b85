/**
 * Classes of questions never seen, found in session 33, each over an article written for this test in new words.
 * A member list written by the parts of the chain as "X板块包括A、B和C" or "…A、B、C、D4家", after "成员单位分为
 * 三个板块："; each part's lead ("三个板块分别由A、B、C担任板块牵头单位"), asked of one part or of all.
 */
import { describe, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t33-sea", "国家高新区海洋装备产业协同创新网络在青岛启动", "2026-05-12", [
    "5月11日，国家高新区海洋装备产业协同创新网络在青岛高新区启动。该网络由青岛高新区牵头，12家国家高新区共同组建。",
    "按照产业链环节，网络12家成员单位分为三个板块：船舶与平台板块包括青岛高新区、大连高新区、泰州高新区和南通高新区；核心配套板块包括连云港高新区、宁波高新区、烟台高新区、威海火炬高新区4家；海洋信息与服务板块包括厦门火炬高新区、广州高新区、天津滨海高新区、湛江高新区4家。三个板块分别由大连高新区、宁波高新区、厦门火炬高新区担任板块牵头单位。",
    "网络秘书处设在青岛高新区。",
  ]),
];

describe("session 33 question classes", () => {
  const { answers } = grownEngine(ARTICLES);

  it("reads a member list written part by part with 板块包括", async () => {
    await answers("海洋装备网络有哪些成员", ["湛江", "南通", "威海", "大连"]);
    await answers("海洋装备网络核心配套这一块有哪几家", ["连云港", "宁波", "烟台", "威海"], ["大连", "湛江"]);
    await answers("海洋装备网络船舶与平台板块有几家", ["4家"]);
  });

  it("says who leads a part of the list, or each part", async () => {
    await answers("海洋装备网络的海洋信息与服务板块由哪家牵头", ["厦门"], ["青岛"]);
    await answers("海洋装备网络三个板块分别由谁牵头", ["大连", "宁波", "厦门"]);
    await answers("海洋装备网络由哪个高新区牵头", ["青岛"]);
  });
});
