/**
 * Classes of knowledge that grows, shown by growth-23 (session 11), each over an article written for this test in
 * new words: a later article's whole member list moves the list on (the curated one is the earlier state, not a
 * conflict that wins); an approval and a leaving in one sentence ("通过了A加入网络的申请，同意B退出网络"); why a
 * member left, said in a sentence of its own ("对于B的退出，…B根据…，不再作为…"), given with the change; a member
 * list in counted parts inside the announcing sentence ("首批N家成员单位中，X地区2家，分别为…；"), or in a
 * sentence of parts after one about the members ("其中，湖南3家：…；江西2家：…"); a network whose name opens with
 * a region ("长江流域…产业协同创新网络") and which starts "…网络正式启动"; a sentence that says only 联盟 refers to
 * the alliance of the item, not to a network named just before; zones placed in a province by "A、B均位于X省";
 * a founding meeting's figures, a fund named before it is set up, the day of a secretariat's handover; a part of
 * a list asked by its label; "那N家高新区都是谁"; a province that is also a zone's short name ("重庆这边"); a seat's
 * count asked as 设了几个; a person asked for by the zone they spoke for ("谁发的言"), written with 认为; a zone set
 * aside from the most memberships ("不算X的话"); "这几个网络" pointing at networks, with the zone's role asked; an
 * event held somewhere else than the question says, corrected before the rest is answered.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** The 光电子 network's list, restated whole a year on: one member replaced, no sentence says so. */
const OPTO_LIST = {
  id: "t11-opto-list",
  title: "光电子网络成员名录更新",
  date: "2026-04-03",
  source: "测试",
  body: [
    "4月2日，国家高新区光电子产业协同创新网络发布2026年度成员名录。",
    "附：国家高新区光电子产业协同创新网络成员单位名单（13家）\n武汉东湖高新区（牵头单位）、长春高新区、上海张江高新区、苏州高新区、合肥高新区、泉州高新区、南昌高新区、长沙高新区、深圳高新区、重庆高新区、成都高新区、西安高新区、洛阳高新区",
  ].join("\n\n"),
};

/** Two joins and a leaving approved in one sentence; the reason for the leaving in a sentence of its own. */
const AI_CHANGE = {
  id: "t11-ai-change",
  title: "人工智能网络调整成员",
  date: "2026-05-21",
  source: "测试",
  body: [
    "5月20日，国家高新区人工智能产业协同创新网络2026年度会议在合肥高新区召开。会议审议通过了长沙高新区、济南高新区加入网络的申请，同意青岛高新区退出网络。调整后，网络成员单位由成立时的11家增至12家。",
    "关于青岛高新区的退出，会议说明称，青岛高新区根据区内产业重心向海洋装备转移，经其申请、网络会议审议同意，不再作为网络成员单位，今后以观察员身份参加网络活动。",
  ].join("\n\n"),
};

/** Parts inside the announcing sentence; a regional network that starts at the end of its sentence. */
const RIVER = {
  id: "t11-river",
  title: "长江流域航运装备网络启动",
  date: "2026-06-12",
  source: "测试",
  body: [
    "6月11日，长三角国家高新区联盟年度会议在芜湖高新区召开。同日，由芜湖高新区牵头的长江流域航运装备产业协同创新网络正式启动。",
    "据了解，首批6家成员单位中，华东地区4家，分别为芜湖高新区、南通高新区、镇江高新区、安庆高新区；华中地区2家，分别为宜昌高新区、岳阳高新区。",
    "根据去年通过的《联盟秘书处轮值办法》，杭州高新区当天将秘书处工作正式移交合肥高新区，合肥高新区由此成为联盟第二届轮值秘书处单位。",
    "安庆高新区、芜湖高新区均位于安徽省。",
  ].join("\n\n"),
};

/** A sentence of parts after one about the members, with no whole count. */
const XIANG_GAN = {
  id: "t11-xianggan",
  title: "湘赣边国家高新区联盟成立",
  date: "2026-07-09",
  source: "测试",
  body: [
    "7月8日，湘赣边国家高新区联盟成立大会在株洲高新区举行。",
    "联盟成员单位覆盖湘赣两省边界地区的国家高新区。其中，湖南3家：株洲高新区、湘潭高新区、衡阳高新区；江西2家：萍乡高新区、新余高新区。",
  ].join("\n\n"),
};

/** A founding meeting's figures with no subject of their own; a fund named before it is set up; a handover day. */
const GRAIN = {
  id: "t11-grain",
  title: "粮食装备网络在洛阳启动",
  date: "2026-08-15",
  source: "测试",
  body: [
    "8月14日，国家高新区粮食装备产业协同创新网络启动会在洛阳高新区举行。网络由洛阳高新区牵头，联合潍坊、常州、佳木斯等国家高新区组建。",
    "据测算，成员单位农机装备产业规模合计约900亿元。2025年，成员单位共建中试基地14个，较2024年的6个大幅增加。",
    "启动会上，成员单位共同发布合作倡议。现场共签约合作项目16个，总金额72亿元。同时，由成员单位共同发起的粮食装备产业协同创新基金正式设立，首期规模8亿元。",
  ].join("\n\n"),
};

/** A secretariat handed over "当天": the day is the item's. */
const HANDOVER = {
  id: "t11-handover",
  title: "东北联盟秘书处交棒大连",
  date: "2026-09-03",
  source: "测试",
  body: "9月1日，东北地区国家高新区联盟理事会议在大连高新区召开。首届秘书处单位长春高新区当天将秘书处工作正式移交大连高新区。大连高新区由此成为联盟第二届秘书处单位。",
};

/** A handover written "秘书处正式由A移交至B", with short names. */
const RELAY = {
  id: "t11-relay",
  title: "长三角联盟秘书处交接",
  date: "2026-10-21",
  source: "测试",
  body: "10月20日，长三角国家高新区联盟理事会议在宁波高新区召开。会上举行秘书处交接仪式，联盟秘书处正式由合肥移交至宁波。",
};

/** An alliance listed by province, one of which is also a zone's short name; seats; officials by body and act. */
const YUNGUI = {
  id: "t11-yungui",
  title: "渝黔国家高新区联盟成立",
  date: "2026-10-12",
  source: "测试",
  body: [
    "10月11日，渝黔国家高新区联盟成立大会在贵阳高新区举行，贵阳高新区管委会主任王涛主持会议。",
    "联盟成员单位覆盖渝黔两地的国家高新区。其中，贵州3家：贵阳高新区、遵义高新区、安顺高新区；重庆2家：重庆高新区、璧山高新区。",
    "贵阳高新区为首届理事长单位，遵义高新区、璧山高新区为副理事长单位。",
    "贵州省科学技术厅副厅长梁晓东在成立大会上表示，将支持联盟共建大数据中试平台。",
    "作为东道主，贵阳高新区党工委委员、管委会副主任周敏认为，联盟要在算力协同上率先突破。",
  ].join("\n\n"),
};

/** A reason said as a conclusion from the problem the sentence before states. */
const WHY = {
  id: "t11-why",
  title: "国家高新区氢能储运产业协同创新网络启动",
  date: "2026-11-02",
  source: "测试",
  body: [
    "11月1日，国家高新区氢能储运产业协同创新网络在张家口高新区启动。",
    "国家发展改革委有关负责人表示，当前氢能储运环节成本高、标准散，跨区域管网和加注设施互不衔接的现象较为普遍。组建氢能储运产业协同创新网络，就是要推动各高新区在标准、设施和场景上统一布局。",
  ].join("\n\n"),
};

/** A list whose first item is inside the sentence that quotes the speaker, each item with its example after it. */
const ITEMS = {
  id: "t11-items",
  title: "生物医药集群建设成效",
  date: "2026-11-20",
  source: "测试",
  body: [
    "“这两年，生物医药集群发展稳中有进。”李明远说，一是聚焦“研发”，着力建设公共平台，促进了新药研发效率的提升。如泰州医药高新区建成了临床试验服务平台。",
    "二是聚力“转化”，着力打通中试环节，促进了成果落地。例如，成都高新区建成了三个中试基地。",
    "三是聚合“资本”，着力引入产业基金，使企业融资渠道不断拓宽。",
  ].join("\n\n"),
};

/** A lead "作为牵头单位" with its district in brackets, and a count after "等，". */
const DRONES = {
  id: "t11-drones",
  title: "国家高新区智能无人机产业协同创新网络在珠海启动",
  date: "2026-11-25",
  source: "测试",
  body: "11月24日，国家高新区智能无人机产业协同创新网络启动仪式在珠海举行。珠海高新区（唐家湾）作为牵头单位，联合绵阳、南昌、自贡、株洲等，共5家国家高新区组建这一网络。",
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({
      articles: [OPTO_LIST, AI_CHANGE, RIVER, XIANG_GAN, GRAIN, HANDOVER, YUNGUI, WHY, ITEMS, DRONES, RELAY],
      events: [],
    }),
  });
});

describe("a member list that moved on", () => {
  it("a later article's whole list replaces the earlier one, and says who came and went", async () => {
    const a = await engine.answer("光电子网络有哪些成员");
    expect(a.answer).toContain("洛阳高新区");
    expect(a.answer).toContain("无锡高新区退出");
    // (Asked the list now, who left is counted, not named beside the members: session 35.)
    const now = await engine.answer("光电子网络现在有哪些成员");
    expect(now.answer).toContain("1家退出");
    expect(now.answer).not.toContain("无锡");
    expect(a.answer).not.toMatch(/：[^（]*无锡高新区、/);
  });

  it("an approval and a leaving in one sentence are both read", async () => {
    const a = await engine.answer("人工智能网络今年有哪些成员变化");
    expect(a.answer).toContain("长沙高新区");
    expect(a.answer).toContain("青岛高新区退出");
    expect(a.answer).toContain("成员由11家变为12家");
  });

  it("why a member left is given with the change, from the sentence that says it", async () => {
    const a = await engine.answer("哪个高新区退出了人工智能网络？为什么");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("海洋装备");
    expect(a.citations.map((c) => c.quote).join("")).toContain("关于青岛高新区的退出");
  });
});

describe("member lists in counted parts", () => {
  it("parts inside the sentence that announces the count", async () => {
    const a = await engine.answer("长江流域航运装备网络都有谁");
    for (const z of ["芜湖", "南通", "镇江", "安庆", "宜昌", "岳阳"]) expect(a.answer).toContain(z);
  });

  it("a sentence of parts after one about the members, each part placed in its province", async () => {
    const a = await engine.answer("湘赣边联盟里江西的是哪几家");
    expect(a.answer).toContain("萍乡高新区");
    expect(a.answer).toContain("新余高新区");
    expect(a.answer).not.toContain("株洲高新区");
  });
});

describe("a regional network, and what 联盟 refers to", () => {
  it("a network named after a region is its own network, led by the zone the sentence names", async () => {
    const a = await engine.answer("航运装备网络是谁牵头的");
    expect(a.answer).toContain("芜湖高新区");
  });

  it("a sentence that says only 联盟 is about the alliance, though a network was named just before", async () => {
    const a = await engine.answer("长三角联盟秘书处现在在哪");
    expect(a.answer).toContain("合肥高新区");
  });

  it("zones placed in a province by 均位于", async () => {
    const a = await engine.answer("长江流域航运装备网络里安徽的成员有哪些");
    expect(a.answer).toContain("共2家：芜湖高新区、安庆高新区");
  });
});

describe("figures and days of a meeting", () => {
  it("a founding meeting's figures are the group's, though the sentence names no one", async () => {
    const a = await engine.answer("粮食装备网络启动会现场签约了多少个项目");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("16个");
  });

  it("a fund named before it is set up, and its size told apart from an industry's", async () => {
    const a = await engine.answer("粮食装备网络的协同创新基金首期多大规模");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("粮食装备产业协同创新基金首期规模：8亿元");
    expect(a.answer).not.toContain("900");
    expect(a.citations.map((c) => c.quote).join("")).toContain("粮食装备产业协同创新基金正式设立");
  });

  it("'秘书处正式由A移交至B' is a handover to B", async () => {
    const a = await engine.answer("长三角联盟秘书处如今设在哪");
    expect(a.answer).toContain("现在秘书处设在宁波高新区（2026年10月20日交接）");
  });

  it("the day a secretariat was handed over is the day that leads its item", async () => {
    const a = await engine.answer("东北联盟的秘书处交接是在哪一天");
    expect(a.answer).toContain("2026年9月1日交接");
    expect(a.citations.map((c) => c.quote).join("")).toContain("9月1日，东北地区国家高新区联盟理事会议");
  });
});

describe("parts, seats and people asked in other words", () => {
  it("a part of a list asked by its label, as many as it holds", async () => {
    const a = await engine.answer("航运装备网络华中片区占几家");
    expect(a.answer).toContain("华中地区2家：宜昌高新区、岳阳高新区");
  });

  it("the members of a group asked as 'those N zones, who are they'", async () => {
    const a = await engine.answer("渝黔联盟那5家高新区都是谁");
    expect(a.kind).toBe("fact");
    for (const z of ["贵阳", "遵义", "安顺", "重庆", "璧山"]) expect(a.answer).toContain(z);
  });

  it("a province's name that is also a zone's short name, said as a place", async () => {
    const a = await engine.answer("渝黔联盟里重庆这边是哪几家");
    expect(a.answer).toContain("重庆的高新区有2家：重庆高新区、璧山高新区");
  });

  it("how many of a seat there are, asked as 设了几个", async () => {
    const a = await engine.answer("渝黔联盟副理事长单位设了几个");
    expect(a.answer).toContain("2家：遵义高新区、璧山高新区");
  });

  it("a person asked for by the zone they spoke for ('谁发的言'), whose words the article writes with 认为", async () => {
    const a = await engine.answer("渝黔联盟成立大会上贵阳高新区谁发的言");
    expect(a.answer).toContain("周敏");
    expect(a.answer).not.toContain("王涛");
  });
});

describe("what a question sets aside or points at", () => {
  it("a zone set aside with 不算 is left out of the most memberships", async () => {
    const a = await engine.answer("不算西安高新区的话，加入网络最多的高新区是哪家");
    expect(a.answer).toMatch(/^苏州工业园区最多/);
  });

  it("'这几个网络' points at the networks, it does not ask how many", async () => {
    const a = await engine.answer("武汉东湖高新区在这几个产业协同创新网络里各是什么身份");
    expect(a.answer).toContain("（牵头）");
  });

  it("an event held somewhere else than the question says is corrected, and the rest still answered", async () => {
    const a = await engine.answer("三原高新区在咸阳开的那次推介会主题是什么");
    expect(a.answer).toContain("在北京，不是在咸阳");
    expect(a.answer).toContain("科创三原");
  });
});

describe("refusals that a neighbouring fact must not answer", () => {
  it("the person of another zone than the lead, whom the article does not name, is not the lead's person", async () => {
    const a = await engine.answer("人工智能网络年度会议上代表长沙高新区讲话的负责人叫什么");
    expect(a.kind).toBe("none");
    expect(a.answer).not.toContain("（");
  });

  it("who manages a fund is a detail the articles do not give", async () => {
    const a = await engine.answer("粮食装备产业协同创新基金的基金管理人是哪家公司？");
    expect(a.kind).toBe("none");
  });
});

describe("a person given the wrong body", () => {
  it("a body written before a name, with no title, is checked, and the rest answered from the passages", async () => {
    const a = await engine.answer("科技部火炬中心的何年初怎么评价淮河联盟这一年");
    expect(a.answer).toContain("问题的前提有误（与文章不符）");
    expect(a.answer).toContain("工业和信息化部火炬中心副主任");
    expect(a.kind).toBe("fact");
  });
});

describe("a reason drawn from the sentence before", () => {
  it("'组建X网络，就是要…' answers why, after the problem the sentence before it states", async () => {
    const a = await engine.answer("为啥要搞氢能储运网络");
    expect(a.kind).toBe("passage");
    expect(a.citations[0]?.quote).toContain("成本高、标准散");
    expect(a.citations[1]?.quote).toContain("就是要");
  });
});

describe("a change since last year, said without a percentage", () => {
  it("'较2024年的6个大幅增加' stays with the figure it qualifies", async () => {
    const a = await engine.answer("粮食装备网络2025年共建了几个中试基地，比上年多多少");
    expect(a.answer).toContain("14个");
    expect(a.answer).toContain("较2024年的6个");
  });
});

describe("a list that starts inside a sentence", () => {
  it("'…说，一是…' is quoted with the items after it, not with their examples", async () => {
    const a = await engine.answer("李明远讲生物医药集群稳中有进，具体体现在哪几个方面");
    const quotes = a.citations.map((c) => c.quote).join("\n");
    expect(quotes).toContain("二是聚力“转化”");
    expect(quotes).toContain("三是聚合“资本”");
    expect(quotes).not.toContain("中试基地");
  });
});

describe("a brief asked as strength", () => {
  it("'X的国家高新区整体实力咋样' is a province's brief, with its figures", async () => {
    const a = await engine.answer("江苏的国家高新区整体实力如何");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("5.3%");
  });
});

describe("the provinces of the members", () => {
  it("a wrong number of provinces taken for granted is corrected with the provinces", async () => {
    const a = await engine.answer("湘赣边联盟是3省5家高新区组成的吧");
    expect(a.answer).toMatch(/^不是。/);
    expect(a.answer).toContain("来自2个省：湖南、江西，不是3个省");
  });

  it("the right number, asked with the count, is confirmed", async () => {
    const a = await engine.answer("湘赣边联盟是2省5家高新区组成的吧");
    expect(a.answer).toMatch(/^是的。/);
  });
});

describe("a lead with its district, and a count after 等，", () => {
  it("'X（区）作为牵头单位，联合A、B等，共N家…组建这一网络' gives the lead and the members", async () => {
    const a = await engine.answer("智能无人机网络由谁牵头，有几家成员");
    expect(a.answer).toContain("珠海高新区");
    expect(a.answer).toContain("5家");
    const m = await engine.answer("智能无人机网络的成员有哪些");
    for (const z of ["绵阳", "南昌", "自贡", "株洲"]) expect(m.answer).toContain(z);
  });
});
