/**
 * Classes of session 54, each over articles written for this test in new words: a part of a list by parts that members
 * joined later ("其中株洲高新区划入燃料电池板块"), with the sentence that lists the part whole after the change quoted
 * first; a body led by an institute or a university ("由清华大学苏州汽车研究院牵头组建"), never read as the zone whose
 * short name is inside its name. Each fails on the code before the session's changes (9a9a2f7).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t54-hydrogen", "国家高新区氢能装备产业协同创新网络在佛山启动", "2026-03-12", [
    "3月11日，国家高新区氢能装备产业协同创新网络启动会在佛山高新区举行，12家国家高新区签署共建协议。",
    "网络由佛山高新区牵头。按产业链分工，12家成员单位分为三个板块：制氢与储运板块包括佛山高新区、潍坊高新区、淄博高新区、济南高新区；燃料电池板块包括上海张江高新区、苏州工业园区、无锡高新区、武汉东湖高新区；整车与应用板块包括郑州高新区、成都高新区、西安高新区、宁波高新区。",
  ]),
  article("t54-hydrogen-2027", "氢能装备网络扩容 两家高新区加入", "2027-04-20", [
    "4月18日，国家高新区氢能装备产业协同创新网络2027年工作会议在潍坊高新区召开，会议审议通过了新成员入网申请。",
    "网络成员单位由12家增至14家。此次新加入的2家成员单位为株洲高新区和大连高新区，其中株洲高新区划入燃料电池板块，大连高新区列入制氢与储运板块。",
    "调整后，制氢与储运板块增至5家，包括佛山、潍坊、淄博、济南、大连5家高新区；整车与应用板块仍为4家。",
    "会议还决定组建网络氢安全标准工作组，由清华大学苏州汽车研究院牵头组建，工作组组长人选另行确定。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 54: a part of a list after members joined it, and a body an institute leads", () => {
  it("adds to a part the members placed in it later, in the order the article names them", async () => {
    await answers(
      "氢能装备网络的燃料电池板块现在有哪些高新区？",
      ["上海张江", "苏州工业园区", "无锡", "武汉东湖", "株洲"],
      ["大连", "佛山"],
    );
    await answers("氢能装备网络制氢与储运板块现在有几家？", ["5家", "大连"], ["株洲"]);
  });

  it("quotes the sentence that lists the part whole after the change, or the one that places the newcomer", async () => {
    const storage = await grown.engine.answer("氢能装备网络制氢与储运板块现在包括哪些高新区");
    expect(storage.citations[0]?.quote, storage.answer).toContain("调整后，制氢与储运板块增至5家");
    const cells = await grown.engine.answer("氢能装备网络燃料电池板块现在有哪几家");
    expect(cells.citations.map((x) => x.quote).join("\n"), cells.answer).toContain("株洲高新区划入燃料电池板块");
  });

  it("names the institute that leads a body, never a zone whose short name is in the institute's", async () => {
    await answers(
      "氢能装备网络的氢安全标准工作组由谁牵头组建？",
      ["清华大学苏州汽车研究院"],
      ["苏州工业园区", "佛山高新区"],
    );
  });
});
