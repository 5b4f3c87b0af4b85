/**
 * Classes of questions never seen, found in session 40, each over an article written for this test in new words:
 * a network listed whole at its founding and again, after new members, by region ("按区域分，珠三角地区有A、B；…"),
 * asked about one region; a founding list that ends at the verb ("A联合B、C…成立该网络", no 共同); "存在哪些短板" (在哪 inside 存在) asks what, not where; a secretariat asked whether it stays
 * in one place, answered with the rule it follows ("秘书处随轮值主席单位设置"), quoted whole when the rule is quoted
 * from a charter.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t40-robot", "国家高新区服务机器人产业协同创新网络扩容至12家", "2026-05-20", [
    "5月18日，国家高新区服务机器人产业协同创新网络年度会议在佛山高新区召开，会议同意株洲高新区、贵阳高新区、温州高新区3家国家高新区加入网络，网络成员单位由9家增至12家。",
    "2025年6月，深圳高新区联合广州高新区、佛山高新区、东莞松山湖高新区、宁波高新区、苏州工业园区、武汉东湖高新区、成都高新区、西安高新区成立该网络。",
    "扩容以后，按区域分，珠三角地区有深圳高新区、广州高新区、佛山高新区、东莞松山湖高新区；长三角地区有宁波高新区、苏州工业园区、温州高新区；华中地区有武汉东湖高新区、株洲高新区；西部地区有成都高新区、西安高新区、贵阳高新区。",
    "调研显示，成员高新区的服务机器人企业普遍存在核心零部件依赖进口、应用场景验证不足等短板。",
  ]),
  article("t40-ring", "环太湖国家高新区协同发展联盟成立", "2026-02-10", [
    "2月8日，环太湖国家高新区协同发展联盟在湖州高新区成立，成员为湖州高新区、苏州高新区、无锡高新区、常州高新区、宜兴环保科技工业园，共5家。",
    "联盟设轮值主席单位，由成员单位按年度轮流担任，湖州高新区为首任轮值主席单位。联盟秘书处跟随轮值主席单位设置，首届秘书处设在湖州高新区。",
  ]),
  article("t40-ring2", "环太湖联盟年会举行 无锡高新区接任轮值主席", "2026-12-02", [
    "11月30日，环太湖国家高新区协同发展联盟年会在无锡高新区举行，无锡高新区接任联盟轮值主席单位。",
    "依照联盟章程“秘书处跟随轮值主席单位设置”的要求，联盟秘书处同步由湖州高新区迁至无锡高新区。",
  ]),
];

describe("session 40 classes", () => {
  const g = grownEngine(ARTICLES);

  it("reads a list by region after the founding list and new members, and answers one region's members", async () => {
    await g.answers(
      "服务机器人网络在珠三角的成员有哪些",
      ["深圳高新区", "广州高新区", "佛山高新区", "东莞松山湖高新区"],
      ["宁波", "成都"],
    );
    await g.answers(
      "服务机器人网络西部地区的成员单位是谁",
      ["成都高新区", "西安高新区", "贵阳高新区"],
      ["株洲", "深圳"],
    );
  });

  it("keeps the whole list of such a network, its newcomers among them", async () => {
    await g.answers("服务机器人网络现在有哪些成员", ["12家", "贵阳高新区", "温州高新区", "株洲高新区", "西安高新区"]);
  });

  it("reads a founding list that ends at its verb, and its lead", async () => {
    await g.answers("服务机器人网络是谁牵头的", ["深圳高新区"]);
    await g.answers("服务机器人网络刚成立时有哪些成员", ["成立时共9家", "宁波高新区", "成都高新区"]);
  });

  it("reads 存在哪些 as what exists, not where", async () => {
    const a = await g.engine.answer("服务机器人企业普遍存在哪些短板？");
    expect(a.answer).toContain("核心零部件依赖进口");
  });

  it("answers whether a secretariat stays put with the rule it follows, a charter's quoted rule from its sentence's start", async () => {
    const a = await g.engine.answer("环太湖联盟秘书处是固定在一个地方的吗");
    expect(a.answer).toContain("无锡高新区");
    expect(a.answer).toContain("跟随轮值主席单位设置");
    expect(a.answer).not.toMatch(/轮值办法：秘书处跟随轮值主席单位设置”/);
  });
});
