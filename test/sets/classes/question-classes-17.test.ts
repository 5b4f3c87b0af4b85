/**
 * Classes of knowledge that grows and of questions, shown by growth-35 and blind-35 (session 17), each over an
 * article written for this test in new words: members listed by province after "成员包括", each part counted and no
 * total; provinces counted before a list ("两省8家") that are no zones; a leaver whose reason runs to the clause's
 * end ("因…申请退出。"); a network launched "会议当天"; a speaker "在大会上分析"; a figure of the members
 * together ("网络成员高新区…产业规模"); a numbered next term ("第二届…由B担任").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** An alliance of two provinces: its members by province, a numbered next term, a reason in a headed section. */
const PLAIN = {
  id: "t17-plain",
  title: "两省8家国家高新区组建江淮平原高新区协同创新联盟",
  date: "2026-05-22",
  source: "测试",
  body: [
    "本报讯 5月20日，江淮平原国家高新区协同创新联盟成立大会在合肥高新区举行。安徽、河南两省8家国家高新区共同签署联盟章程。",
    "联盟成员包括安徽省的合肥、蚌埠、淮南、阜阳4家高新区，以及河南省的信阳、周口、驻马店、商丘4家高新区。",
    "首届理事长单位为合肥高新区，理事长单位每届任期三年，第二届理事长单位由信阳高新区担任。联盟秘书处设在蚌埠高新区。",
    "为何结盟",
    "两省平原地区农业和食品加工产业基础相近。",
    "安徽省科学技术厅副厅长马骏在大会上分析，平原地区高新区创新资源分散，部分产业存在重复建设，亟需通过联盟统筹布局。",
    "会上，成员单位签约项目15个。",
    "合肥高新区管委会主任陈澄在会上表示，联盟将推动两省科技创新券互认互通。",
  ].join("\n\n"),
};

/** A network's change: three join, one leaves "因…申请退出", the count after; a figure of the members together. */
const CHAINS = {
  id: "t17-chains",
  title: "冷链物流网络成员调整",
  date: "2026-10-12",
  source: "测试",
  body: [
    "本报讯 2025年3月8日，国家高新区冷链物流产业协同创新网络在济南高新区成立。济南高新区联合潍坊、临沂、德州、聊城等国家高新区共同组建该网络，成员共5家。",
    "10月9日，国家高新区冷链物流产业协同创新网络年度会议在潍坊高新区召开。会议审议通过了成员调整事项：烟台高新区、威海高新区、淄博高新区正式加入网络，聊城高新区因园区主导产业转型申请退出。调整后，网络成员单位由成立时的5家增加至7家。",
    "会议当天，胶东冷链装备产业协同创新网络同步启动。该网络由烟台高新区牵头，成员共3家。",
    "会上发布的数据显示，2025年，网络成员高新区冷链物流产业规模合计约860亿元，同比增长7.5%。",
    "网络成员共同发起的冷链产业基金总规模12亿元。基金首期已投资初创企业6家。",
  ].join("\n\n"),
};

/** A network launched at a joint occasion whose second part is quoted; a 联席会议 with 召集/副召集单位; a body. */
const MARINE = {
  id: "t17-marine",
  title: "海洋装备产业协同创新网络启动",
  date: "2026-08-20",
  source: "测试",
  body: [
    "本报讯 8月18日，国家高新区海洋装备产业协同创新网络启动仪式暨“AI+海洋”两网对接会在青岛国际会议中心举行。青岛高新区联合烟台、威海、舟山、湛江等国家高新区共同组建该网络，成员共5家。",
    "网络建立联席会议制度，青岛高新区为召集单位，烟台、威海2家高新区为副召集单位。",
    "作为成员单位，舟山高新区将牵头组建深远海装备联合攻关体。",
    "网络秘书处设在青岛高新区，今后实行年度轮值。",
    "业内人士认为，秘书处轮值有利于调动各成员单位参与网络工作的积极性。",
    "在同日举行的秘书处交接仪式上，湛江高新区管委会主任林海向青岛高新区移交了工作档案。",
  ].join("\n\n"),
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ added: () => ({ articles: [PLAIN, CHAINS, MARINE], events: [] }) });
});
const ask = (q: string) => engine.answer(q);

describe("members listed by province after 成员包括, each part counted", () => {
  it("all eight, placed in their provinces", async () => {
    const a = await ask("江淮平原联盟有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["合肥", "蚌埠", "淮南", "阜阳", "信阳", "周口", "驻马店", "商丘"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toMatch(/安徽高新区|河南高新区|两省高新区/);
  });

  it("the members of one province", async () => {
    const a = await ask("江淮平原联盟里河南的成员有哪些？");
    expect(a.answer).toMatch(/信阳[\s\S]*周口[\s\S]*驻马店[\s\S]*商丘/);
    expect(a.answer).not.toContain("合肥");
  });

  it("各占几家: each province with its count", async () => {
    const a = await ask("江淮平原联盟里安徽、河南各占几家");
    expect(a.answer).toMatch(/安徽4家/);
    expect(a.answer).toMatch(/河南4家/);
  });

  it("a zone's memberships, asked 是哪些组织的成员", async () => {
    const a = await ask("驻马店高新区是哪些组织的成员");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("江淮平原");
  });
});

describe("a numbered next term and a question by its rule", () => {
  it("下一届轮到谁, 一届几年: the second term's seat and the term", async () => {
    const a = await ask("江淮平原联盟理事长下一届轮到谁，一届几年？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("信阳");
    expect(a.answer).toContain("三年");
  });

  it("a term asked by another number is not known", async () => {
    const a = await ask("江淮平原联盟第三届理事长单位是谁");
    expect(a.answer).not.toMatch(/^[^。]*第三届[^。]*信阳/);
    expect(a.kind).toBe("none");
  });

  it("下一站轮到哪家 of a seat no article plans: not known", async () => {
    const a = await ask("蚌埠之后，江淮平原联盟秘书处下一站轮到哪个高新区？");
    expect(a.kind).toBe("none");
  });
});

describe("a reason in a section headed by the question", () => {
  it("the section's later sentence that gives a reason comes too", async () => {
    const a = await ask("为什么要成立江淮平原国家高新区协同创新联盟？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("重复建设");
  });

  it("a speaker who 在大会上分析 is an official", async () => {
    const a = await ask("江淮平原联盟成立大会上安徽省科技厅谁发言了");
    expect(a.answer).toContain("马骏");
  });
});

describe("a change of members with a leaver whose reason ends the clause", () => {
  it("the members now: the three who joined, not the one who left", async () => {
    const a = await ask("冷链物流网络调整后现在成员都有谁？");
    expect(a.kind).toBe("fact");
    for (const z of ["烟台", "威海", "淄博"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toMatch(/成员[^。]*聊城/);
  });

  it("how many now", async () => {
    const a = await ask("冷链物流网络调整以后是多少家");
    expect(a.answer).toContain("7");
  });
});

describe("a network launched 会议当天", () => {
  it("dated by the meeting's day", async () => {
    const a = await ask("胶东冷链装备产业协同创新网络哪天启动的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("10月9日");
  });
});

describe("a figure of the members together, and a fund", () => {
  it("产业规模合计多少？增速呢: the figure with its growth", async () => {
    const a = await ask("冷链物流网络2025年产业规模合计多少？增速呢？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("860亿元");
    expect(a.answer).toContain("7.5%");
  });

  it("the fund's size is not the industry's", async () => {
    const a = await ask("冷链物流网络的基金规模是多少");
    expect(a.citations[0]?.quote).toContain("12亿元");
    expect(a.answer.split("\n")[0]).not.toContain("860亿元");
  });
});

describe("what the articles do not give, and a title the question gets wrong", () => {
  it("the whole list of a group the articles only count: not given", async () => {
    const a = await ask("胶东冷链装备网络的3家成员完整名单是什么");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("3家");
  });

  it("the names of firms an article only counts: not given", async () => {
    const a = await ask("冷链产业基金首期投的那6家企业叫什么名字？");
    expect(a.kind).toBe("none");
  });

  it("a body and 负责人 written before a person's name: corrected, then their words", async () => {
    const a = await ask("工信部规划司负责人陈澄怎么评价联盟的？");
    expect(a.answer).toMatch(/^问题的前提有误（与文章不符）：[^。]*陈澄是合肥高新区管委会主任/);
    expect(a.answer).toContain("创新券");
  });

  it("English: is a zone a member of all five pilot networks", async () => {
    expect((await ask("Is 西安高新区 a member of all five networks?")).answer).toMatch(/^是的。/);
    expect((await ask("Is 无锡高新区 a member of all five networks?")).answer).toMatch(/^不是。/);
  });
});

describe("a launch at a joint occasion, a meeting's conveners, a body's lead", () => {
  it("启动仪式暨“AI+…”对接会在V举行: the launch is dated", async () => {
    const a = await ask("海洋装备网络啥时候启动");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("8月18日");
  });

  it("副召集单位 and 召集单位 are seats", async () => {
    const deputies = await ask("海洋装备网络联席会议的副召集单位都有谁？");
    expect(deputies.answer).toMatch(/副召集单位是烟台高新区、威海高新区/);
    expect(deputies.answer).not.toContain("湛江");
    expect((await ask("海洋装备网络的召集单位是谁")).answer).toMatch(/召集单位是青岛高新区/);
  });

  it("who builds a 联合攻关体: the passage that says so, not the group's lead", async () => {
    const a = await ask("海洋装备网络里深远海装备联合攻关体由谁牵头组建");
    expect(a.answer).toContain("舟山");
    expect(a.answer).not.toMatch(/^[^。]*牵头单位是青岛/);
  });
});

describe("a zone's groups asked in more ways (blind-36)", () => {
  it("除了X，还参加了哪些网络: the zone's other networks", async () => {
    const a = await ask("东湖高新区除了牵头光电子，还参加了哪些网络");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("人工智能");
    expect(a.answer).toContain("集成电路");
    // (Set aside, said as such, and not among the others: "除光电子网络外，共2个：…".)
    expect(a.answer).toMatch(/^除光电子网络外/);
    expect(a.answer.slice(a.answer.indexOf("："))).not.toContain("光电子");
  });

  it("哪些网 is 哪些网络", async () => {
    const a = await ask("广州高新区进了哪些网");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/纳米新材料[\s\S]*物联网/);
  });

  it("English: which high-tech zone belongs to the most networks", async () => {
    const a = await ask("Which high-tech zone belongs to the most of these industry collaboration networks?");
    expect(a.answer).toMatch(/^参加产业协同创新网络最多的是西安高新区/);
  });
});

describe("newcomers asked, and a meeting's day taken for granted", () => {
  it("新加了哪几家: the change, without the whole list after it", async () => {
    const a = await ask("冷链物流网络新加了哪几家");
    expect(a.kind).toBe("fact");
    for (const z of ["烟台", "威海", "淄博"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("现有成员");
    expect(a.answer).not.toContain("潍坊");
  });

  it("成员有什么变化: the change and the members now", async () => {
    expect((await ask("冷链物流网络的成员有什么变化")).answer).toContain("现有成员");
  });

  it("a wrong day said of a network's 建设大会 is corrected before the count", async () => {
    const a = await ask("物联网网络11月11日在无锡开的建设大会，当时有几家高新区");
    expect(a.answer).toMatch(/^问题的前提有误（与文章不符）：[^。]*11月12日/);
    expect(a.answer).toContain("12家");
  });
});

describe("what good a seat's arrangement does", () => {
  it("秘书处轮值有什么好处: the passage that says so, not the seat", async () => {
    const a = await ask("海洋装备网络秘书处轮值有什么好处？");
    expect(a.kind).toBe("passage");
    expect(a.citations[0]?.quote).toContain("积极性");
  });
});

describe("a handover's parties", () => {
  it("a person named with 向…移交 is an official", async () => {
    expect((await ask("林海是谁")).answer).toContain("湛江高新区管委会主任");
  });

  it("a zone named as a party to the handover ('湛江那边') claims no seat", async () => {
    const a = await ask("海洋装备网络秘书处交接时湛江那边出面的是谁");
    expect(a.answer).not.toMatch(/^问题的前提有误（与文章不符）/);
  });
});
