/**
 * Classes of knowledge that grows and of questions, shown by growth-43 and growth-44 (session 19), each over an
 * article written for this test in new words: member lists read by their layout (numbered lines by province, parts
 * by region with their counts, a half-width list with the lead marked in brackets) and checked against the stated
 * count; an item that reports on two groups in turn; a leaving whose reason holds a plan; a secretariat that moves
 * on a day; seats with their years in brackets, written before their holder, or with their term after them;
 * figures that grew, a list's size and a part of a figure; two questions that each name their own group.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** An alliance whose founders are listed on numbered lines by province after an announcing sentence. */
const COAST = {
  id: "t19-coast",
  title: "环渤海国家高新区协同创新联盟在天津成立",
  date: "2026-03-20",
  source: "测试",
  body: [
    "本报讯 3月18日，环渤海国家高新区协同创新联盟成立大会在天津滨海高新区举行。天津滨海高新区联合大连高新区、青岛高新区等环渤海三省一市8家国家高新区发起成立该联盟。",
    "联盟首批8家成员单位按省市排列如下：",
    "（一）天津：天津滨海高新区；",
    "（二）河北：石家庄高新区、唐山高新区；",
    "（三）辽宁：大连高新区、营口高新区；",
    "（四）山东：青岛高新区、烟台高新区、潍坊高新区。",
    "首任（2026年度）轮值理事长单位由天津滨海高新区担任，联盟秘书处设在天津滨海高新区。",
  ].join("\n"),
};

/** A network whose members are given by region, each part with its count, the last one described as it joins. */
const SEA = {
  id: "t19-sea",
  title: "国家高新区海洋装备产业协同创新网络启动",
  date: "2026-05-12",
  source: "测试",
  body: [
    "本报讯 5月10日，国家高新区海洋装备产业协同创新网络启动会在青岛高新区召开。该网络由青岛高新区牵头，联合大连高新区、宁波高新区等8家国家高新区共同组建，网络成员单位共9家。",
    "从地域看，北方地区有青岛高新区、大连高新区、烟台高新区3家；东部地区有宁波高新区、舟山高新区、南通高新区3家；南方地区有湛江高新区、厦门火炬高新区2家；海口高新区则以观察后转正的方式加入。",
    "截至目前，网络成员单位共建海洋试验场已由去年的4个增至9个。",
    "网络当天还发布了首批海洋装备关键技术攻关榜单，共12项，涵盖深海探测、海上风电运维等方向，计划总投入4.5亿元。",
    "据统计，9家成员高新区集聚海洋装备企业860余家，其中规模以上企业215家。",
  ].join("\n\n"),
};

/** A network whose members are given by region, each part with its count (no change after). */
const FIBER = {
  id: "t19-fiber",
  title: "国家高新区光纤传感产业协同创新网络成立",
  date: "2026-04-02",
  source: "测试",
  body: [
    "本报讯 3月31日，国家高新区光纤传感产业协同创新网络在武汉东湖高新区成立，网络成员单位共7家。",
    "按区域分，中部地区有武汉东湖高新区、长沙高新区2家；东部地区有苏州高新区、无锡高新区2家；西部地区有成都高新区、绵阳高新区、重庆高新区3家。",
  ].join("\n\n"),
};

/** A network whose founding list is written with half-width punctuation, the lead marked in brackets. */
const SKY = {
  id: "t19-sky",
  title: "国家高新区卫星互联网产业协同创新网络成立",
  date: "2026-06-05",
  source: "测试",
  body: [
    "6月3日,国家高新区卫星互联网产业协同创新网络成立大会在西安高新区举行.西安高新区作为牵头单位,联合成都高新区、武汉东湖高新区等6家国家高新区共同组建该网络.",
    "网络首批成员名单(共7家):西安高新区(牵头单位),成都高新区,武汉东湖高新区,长沙高新区,合肥高新区,南京高新区,海南陵水高新区;网络组织架构:理事长单位:西安高新区;副理事长单位:成都高新区,武汉东湖高新区.",
  ].join("\n\n"),
};

/** A page reporting on two networks in turn: each part's unnamed sentences are about its own network. */
const TWO = {
  id: "t19-two",
  title: "海洋装备网络吸纳新成员 卫星互联网网络秘书处迁址",
  date: "2026-12-20",
  source: "测试",
  body: [
    "12月8日，国家高新区海洋装备产业协同创新网络2026年度大会在宁波高新区召开。",
    "会议同意以海工船舶见长的连云港高新区正式加入网络。同时，海口高新区因园区发展定位调整，拟将资源集中投向免税消费和数字贸易领域，经本单位申请，自2027年1月1日起退出网络。",
    "会上，2026年度轮值主席单位青岛高新区与2027年度轮值主席单位大连高新区完成交接，网络秘书处继续设在青岛高新区。",
    "12月15日，国家高新区卫星互联网产业协同创新网络2026年度工作会议在成都高新区召开。",
    "网络秘书处自成立以来一直设在西安高新区，自2027年3月1日起迁至成都高新区。西安高新区作为牵头单位，继续承担网络日常协调工作。",
    "会议确定，第二届轮值理事长单位由成都高新区接任，任期为2027年至2028年。",
  ].join("\n\n"),
};

/** An alliance whose members are counted by province after "从省份分布看，", the item having counted them before. */
const BASIN = {
  id: "t19-basin",
  title: "汾渭平原国家高新区协同创新联盟成立",
  date: "2026-07-09",
  source: "测试",
  body: [
    "本报太原7月8日讯（记者 任一）汾渭平原国家高新区协同创新联盟成立大会今天在太原召开。来自三省的6家国家高新区签署联盟章程。",
    "联盟由太原高新区、西安高新区共同发起。从省份分布看，山西2家，为太原高新区、长治高新区；陕西3家，为西安高新区、宝鸡高新区、渭南高新区；河南1家，为洛阳高新区。",
    "联盟设立科技成果转化服务中心，中心选址将在年内确定；首届联盟大会的时间另行通知。",
    "两个联盟共有成员单位26家。",
  ].join("\n\n"),
};

/** A network listed one zone a numbered line, the count after the list, a city in brackets after a zone. */
const LINES = {
  id: "t19-lines",
  title: "国家高新区智能网联汽车产业协同创新网络成立",
  date: "2026-08-20",
  source: "测试",
  body: [
    "本报讯 8月18日，国家高新区智能网联汽车产业协同创新网络在襄阳高新区成立。襄阳高新区作为牵头单位，联合长春高新区等5家国家高新区共同发起组建该网络。网络首批成员单位如下：",
    "1.襄阳高新区（牵头单位）",
    "2.长春高新区",
    "3.柳州高新区",
    "4.十堰高新区（湖北）",
    "5.芜湖高新区",
    "6.重庆高新区",
    "以上共6家。网络秘书处设在襄阳高新区。",
  ].join("\n"),
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ added: () => ({ articles: [COAST, SEA, FIBER, SKY, TWO, BASIN, LINES], events: [] }) });
});
const ask = (q: string) => engine.answer(q);

describe("member lists read by their layout, checked against the stated count", () => {
  it("numbered lines by province after an announcing sentence", async () => {
    const a = await ask("环渤海联盟有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["天津滨海", "石家庄", "唐山", "大连", "营口", "青岛", "烟台", "潍坊"])
      expect(a.answer).toContain(z);
  });

  it("one province's line", async () => {
    const a = await ask("环渤海联盟里山东的成员是哪几家");
    expect(a.answer).toMatch(/青岛[\s\S]*烟台[\s\S]*潍坊/);
    expect(a.answer).not.toContain("唐山");
  });

  it("parts by region with their counts, and a last member described as it joins", async () => {
    const a = await ask("海洋装备网络的成员都有谁");
    expect(a.kind).toBe("fact");
    for (const z of ["青岛", "大连", "烟台", "宁波", "舟山", "南通", "湛江", "厦门", "海口"])
      expect(a.answer).toContain(z);
  });

  it("one region's part", async () => {
    const a = await ask("光纤传感网络西部地区的成员是哪几家");
    expect(a.answer).toMatch(/成都[\s\S]*绵阳[\s\S]*重庆/);
    expect(a.answer).not.toContain("苏州");
  });

  it("a half-width list with the lead marked in brackets", async () => {
    const a = await ask("卫星互联网网络成员名单");
    expect(a.kind).toBe("fact");
    for (const z of ["西安", "成都", "武汉东湖", "长沙", "合肥", "南京", "陵水"]) expect(a.answer).toContain(z);
  });

  it("a seat list written with half-width commas", async () => {
    const a = await ask("卫星互联网网络的副理事长单位有哪些");
    expect(a.answer).toMatch(/成都[\s\S]*武汉东湖/);
  });
});

describe("an item that reports on two groups in turn", () => {
  it("the second part's secretariat is the second group's, moved on a day", async () => {
    const a = await ask("卫星互联网网络秘书处现在在哪，什么时候搬的");
    expect(a.answer).toContain("成都");
    expect(a.answer).toContain("3月1日");
  });

  it("the first group's secretariat stays where the first part says", async () => {
    const a = await ask("海洋装备网络秘书处设在哪");
    expect(a.answer).toContain("青岛");
    expect(a.answer).not.toContain("成都");
  });

  it("a zone described before it joins", async () => {
    const a = await ask("海洋装备网络新加入了谁");
    expect(a.answer).toContain("连云港");
  });

  it("a leaving whose reason holds a plan, from a day", async () => {
    const a = await ask("海洋装备网络有谁退出了");
    expect(a.answer).toContain("海口");
  });
});

describe("seats", () => {
  it("a term's years in brackets", async () => {
    const a = await ask("环渤海联盟2026年度轮值理事长是哪家");
    expect(a.answer).toContain("天津滨海");
  });

  it("a seat written before its holder, one year and the next", async () => {
    expect((await ask("海洋装备网络2027年度轮值主席单位是谁")).answer).toContain("大连");
    expect((await ask("海洋装备网络2026年度轮值主席单位是谁")).answer).toContain("青岛");
  });

  it("a term's years said after the seat", async () => {
    const a = await ask("卫星互联网网络第二届轮值理事长是谁，任期到哪年");
    expect(a.answer).toContain("成都");
    expect(a.answer).toContain("2028");
  });
});

describe("figures", () => {
  it("a count that grew is the count now", async () => {
    const a = await ask("海洋装备网络共建了多少个海洋试验场");
    expect(a.answer).toContain("9个");
  });

  it("a list's size, and the money planned for it", async () => {
    const a = await ask("海洋装备网络攻关榜单有几项，计划投多少钱");
    expect(a.answer).toContain("12项");
    expect(a.answer).toContain("4.5亿元");
  });

  it("a named part of a figure, asked by its short form", async () => {
    const a = await ask("海洋装备网络规上企业有多少家");
    expect(a.answer).toContain("215");
  });
});

describe("two questions that each name their own group", () => {
  it("each is answered", async () => {
    const a = await ask("海洋装备网络秘书处在哪？卫星互联网网络的秘书处又在哪");
    expect(a.answer).toContain("青岛");
    expect(a.answer).toContain("成都");
  });
});

describe("more layouts, each list checked against its count", () => {
  it("provinces counted after '从省份分布看，' when the item counted as many zones before", async () => {
    const a = await ask("汾渭平原联盟有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["太原", "长治", "西安", "宝鸡", "渭南", "洛阳"]) expect(a.answer).toContain(z);
  });

  it("several groups' members together are no one group's count", async () => {
    const a = await ask("汾渭平原联盟一共几家成员");
    expect(a.answer).toContain("6");
    expect(a.answer).not.toContain("26");
  });

  it("one zone a numbered line, a note in brackets, the count after the list", async () => {
    const a = await ask("智能网联汽车网络成员名单");
    expect(a.kind).toBe("fact");
    for (const z of ["襄阳", "长春", "柳州", "十堰", "芜湖", "重庆"]) expect(a.answer).toContain(z);
  });
});

describe("what is left to be decided later is not known yet", () => {
  it("a place to be chosen this year", async () => {
    const a = await ask("汾渭平原联盟的科技成果转化服务中心设在哪");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("年内确定");
  });

  it("a time to be announced", async () => {
    const a = await ask("汾渭平原联盟首届联盟大会什么时候开");
    expect(a.kind).toBe("none");
  });
});
