/**
 * Classes of knowledge that grows and of questions, shown by growth-37 (session 18), each over an article written
 * for this test in new words: members listed "P的A、B；P2的C" after a colon; provinces counted, then "其余N家分别为
 * P的X…" (a remainder that cannot be read claims nothing); "X作为牵头单位"; numbered terms "分别由A、B担任";
 * several initiators; "这一数字仅为N个"; pinyin names in English questions; a ranking sentence that goes on from
 * the one before; English years and a day without its year; 发声 as a speech verb.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** An alliance: members by province after a colon ("P的…；"), initiators, numbered terms held in turn. */
const RIVER = {
  id: "t18-river",
  title: "沿江五省11家国家高新区结盟 长江中游国家高新区协同创新联盟成立",
  date: "2026-04-18",
  source: "测试",
  body: [
    "本报讯 4月16日，长江中游国家高新区协同创新联盟成立大会在武汉东湖高新区召开。来自五省的11家国家高新区签署联盟章程。",
    "此次联盟由武汉东湖高新区、长沙高新区、南昌高新区共同倡议发起，筹备用时近一年。",
    "按省份划分，联盟成员单位包括：湖北的武汉东湖高新区、宜昌高新区、襄阳高新区；湖南的长沙高新区、岳阳高新区；江西的南昌高新区、九江高新区；安徽的安庆高新区、铜陵高新区；重庆的万州高新区、涪陵高新区。",
    "首届理事长单位为武汉东湖高新区，理事长单位每届任期两年，第二届、第三届理事长单位分别由长沙高新区、南昌高新区担任。",
    "联盟秘书处设在岳阳高新区。",
    "岳阳高新区管委会副主任谭志远表示，秘书处将尽快建立成员联络机制。",
  ].join("\n\n"),
};

/** A network: its lead "作为牵头单位", members counted by province with the rest "分别为P的X"; a ranking. */
const HYDROGEN = {
  id: "t18-hydrogen",
  title: "国家高新区氢能产业协同创新网络在佛山启动",
  date: "2026-06-12",
  source: "测试",
  body: [
    "本报讯 6月10日，国家高新区氢能产业协同创新网络启动会在佛山举行。佛山高新区作为牵头单位，联合全国8家国家高新区共同组建网络，网络首批成员单位共9家。",
    "从区域分布看，广东有佛山、广州、东莞3家，山东有潍坊、淄博2家，其余4家分别为河北的张家口、上海的临港、四川的成都和内蒙古的鄂尔多斯。",
    "会上发布的报告显示，2025年网络成员单位氢能产业营业收入合计约920亿元。",
    "分园区看，佛山高新区以210亿元位居第一，潍坊高新区、广州高新区分别以160亿元、140亿元位列第二、第三。",
    "一年来，佛山高新区通过网络平台促成氢能合作项目24个，而2024年这一数字仅为6个。",
  ].join("\n\n"),
};

/** A province breakdown whose remainder is not a list of places: no whole member list may be claimed. */
const PARTIAL = {
  id: "t18-partial",
  title: "国家高新区储能产业协同创新网络成立",
  date: "2026-07-03",
  source: "测试",
  body: [
    "本报讯 7月1日，国家高新区储能产业协同创新网络在宁德高新区成立，网络首批成员单位共10家。",
    "从区域分布看，福建有宁德、福州2家，江苏有常州、无锡2家，其余6家来自中西部地区。",
  ].join("\n\n"),
};

/** A network whose members are listed by region, the lead left out of the lines; its dateline dates the launch. */
const SENSORS = {
  id: "t18-sensors",
  title: "国家高新区智能传感器产业协同创新网络在合肥启动",
  date: "2026-05-09",
  source: "测试",
  body: [
    "科技日报合肥5月8日电（记者 测试）8日，国家高新区智能传感器产业协同创新网络启动大会在合肥高新区举行。该网络由合肥高新区牵头组建，联合多家国家高新区共同参与，网络首批成员单位共8家。",
    "按区域划分，网络成员单位包括：华东地区的南京高新区、宁波高新区；华南地区的深圳高新区、东莞松山湖高新区；西部地区的成都高新区、西安高新区；北方地区的大连高新区。",
    "交接仪式上，宁波高新区管委会副主任林涛将网络旗帜交给南京高新区管委会主任何平。",
    "会上，成都高新区管委会副主任罗敏作为新成员代表发言。",
  ].join("\n\n"),
};

/** An alliance founded "今天" after a dateline, where its founders met; its members counted by province after a colon. */
const PLAIN2 = {
  id: "t18-plain",
  title: "三省12家国家高新区结盟",
  date: "2026-03-21",
  source: "测试",
  body: [
    "河南日报郑州3月20日讯（记者 测试）来自河南、山东、河北三省的12家国家高新区今天在郑州中原科技城“牵手”，华北平原国家高新区协同发展联盟正式成立。",
    "联盟成员覆盖三省：河南省有郑州、洛阳、新乡、安阳4家高新区，山东省有济南、淄博、潍坊、德州4家高新区，河北省有石家庄、保定、唐山、邯郸4家高新区。",
    "会议确定，洛阳高新区担任2026年度联盟轮值理事长单位。",
  ].join("\n\n"),
};

/** A network's change: one leaves, its reason told at length in a sentence after. */
const CHANGE = {
  id: "t18-change",
  title: "氢能网络成员调整",
  date: "2026-11-20",
  source: "测试",
  body: [
    "本报讯 11月18日，国家高新区氢能产业协同创新网络年度会议在佛山高新区召开。会上宣布，株洲高新区正式加入网络；鄂尔多斯高新区因产业方向调整，退出网络。调整后，网络成员由9家变为9家。",
    "鄂尔多斯高新区的退出则源于其产业布局的变化。据了解，鄂尔多斯高新区今年已成为国家高新区现代煤化工产业协同创新网络的成员单位，今后将把资源集中投向煤化工领域。",
  ].join("\n\n"),
};

/** A network whose members signed its agreement; an alliance listed after a dash; a year-end report by sections. */
const AGREEMENT = {
  id: "t18-agreement",
  title: "国家高新区钒钛材料产业协同创新网络在攀枝花启动",
  date: "2026-04-10",
  source: "测试",
  body: [
    "本报讯 4月8日，国家高新区钒钛材料产业协同创新网络启动大会在攀枝花钒钛高新区召开。攀枝花钒钛高新区联合承德、宝鸡、西昌等共4家国家高新区，现场签署《国家高新区钒钛材料产业协同创新网络共建协议》。",
    "会上，4家高新区现场签约合作项目9个，总金额31亿元。",
    "秦岭国家高新区协同创新联盟首批成员单位按省区排列如下——陕西：西安高新区、宝鸡高新区；甘肃：天水高新区；河南：洛阳高新区。",
    "会议同时确定，洛阳高新区不再作为成员单位，转为联盟观察单位。",
  ].join("\n\n"),
};

const REPORT = {
  id: "t18-report",
  title: "产业协同创新网络交出年度“成绩单”",
  date: "2027-01-12",
  source: "测试",
  body: [
    "本报讯 1月10日，产业协同创新网络推进会在北京召开。截至2026年底，各网络共促成跨区域合作项目400个。",
    "项目数：集成电路网络居首",
    "从合作项目数量看，集成电路网络以90个位居各网络首位，人工智能网络以80个次之。",
  ].join("\n\n"),
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({ articles: [RIVER, HYDROGEN, PARTIAL, SENSORS, PLAIN2, CHANGE, AGREEMENT, REPORT], events: [] }),
  });
});
const ask = (q: string) => engine.answer(q);

describe("members listed 'P的A、B；P2的C' after a colon", () => {
  it("all eleven", async () => {
    const a = await ask("长江中游联盟有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["武汉东湖", "宜昌", "襄阳", "长沙", "岳阳", "南昌", "九江", "安庆", "铜陵", "万州", "涪陵"])
      expect(a.answer).toContain(z);
  });

  it("the members of one province", async () => {
    const a = await ask("长江中游联盟里江西有几家");
    expect(a.answer).toContain("2");
    expect(a.answer).toMatch(/南昌[\s\S]*九江/);
    expect(a.answer).not.toContain("长沙");
  });
});

describe("provinces counted, then '其余N家分别为P的X'", () => {
  it("the whole list, the lead with it", async () => {
    const a = await ask("氢能网络的成员有哪些");
    expect(a.kind).toBe("fact");
    for (const z of ["佛山", "广州", "东莞", "潍坊", "淄博", "张家口", "临港", "成都", "鄂尔多斯"])
      expect(a.answer).toContain(z);
  });

  it("the count", async () => {
    const a = await ask("氢能网络一共几家成员");
    expect(a.answer).toContain("9家");
  });

  it("a remainder that is not a list of places claims no list", async () => {
    const a = await ask("储能网络有哪些成员");
    // Only four of ten are named: a list of four would be wrong.
    expect(a.answer).not.toMatch(/共有4家|成员包括宁德高新区、福州高新区、常州高新区、无锡高新区。/);
  });
});

describe("'X作为牵头单位'", () => {
  it("leads the network the item is about", async () => {
    const a = await ask("氢能产业协同创新网络的牵头单位是谁");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("佛山高新区");
  });
});

describe("numbered terms held in turn ('第二届、第三届…分别由A、B担任')", () => {
  it("the next term is the lower number", async () => {
    const a = await ask("长江中游联盟理事长下一届轮到谁");
    expect(a.answer).toContain("长沙");
    expect(a.answer).not.toContain("南昌");
  });

  it("a term asked by its number", async () => {
    const a = await ask("长江中游联盟第三届理事长单位是谁");
    expect(a.answer).toContain("南昌");
    expect(a.answer).not.toContain("长沙");
  });
});

describe("several initiators", () => {
  it("who initiated the alliance: the three, not its chair alone", async () => {
    const a = await ask("长江中游联盟是谁发起的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/武汉东湖高新区、长沙高新区、南昌高新区共同发起/);
  });

  it("its chair is still its chair", async () => {
    const a = await ask("长江中游联盟的理事长单位是谁");
    expect(a.answer).toContain("武汉东湖");
  });
});

describe("figures", () => {
  it("'而2024年这一数字仅为N个': the earlier year's value of the same measure", async () => {
    const a = await ask("佛山高新区通过网络平台促成的氢能合作项目，2024年有多少个");
    expect(a.answer).toContain("6个");
  });

  it("a ranking that goes on from the sentence naming the measure ('分园区看')", async () => {
    const a = await ask("氢能网络成员营收排名前三是哪几家");
    expect(a.kind).toBe("passage");
    expect(a.answer).toMatch(/佛山高新区以210亿元位居第一/);
  });
});

describe("English", () => {
  it("a new zone by its pinyin", async () => {
    const a = await ask("Is Dongguan a member of the hydrogen network?");
    expect(a.answer).toMatch(/^是/);
  });

  it("a new zone's alliance by its pinyin", async () => {
    const a = await ask("Which alliance is Yichang in?");
    expect(a.answer).toContain("长江中游");
  });

  it("'chair' asks an alliance's 理事长单位", async () => {
    const a = await ask("Who chairs the Changjiang Zhongyou alliance?");
    expect(a.answer).toContain("武汉东湖");
  });

  it("a year written alone must be the passage's: a meeting of a later year is not covered", async () => {
    const a = await ask("How much was signed at the Changjiang alliance's 2027 annual meeting?");
    expect(a.kind).toBe("none");
  });
});

describe("speech verbs", () => {
  it("'谁在发声' asks who spoke for the zone", async () => {
    const a = await ask("岳阳高新区谁在发声");
    expect(a.answer).toContain("谭志远");
  });
});

describe("the refusal names what the knowledge holds", () => {
  it("networks added by articles are listed", async () => {
    const a = await ask("火星上的高新区有几家");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("氢能");
  });
});

describe("members listed by region, the lead left out of the lines", () => {
  it("the lead completes the list: the count is the stated one", async () => {
    const a = await ask("智能传感器网络一共几家");
    expect(a.answer).toContain("8家");
    expect(a.answer).toContain("合肥");
  });

  it("the lead is kept", async () => {
    const a = await ask("智能传感器网络谁牵头");
    expect(a.answer).toContain("合肥高新区");
  });

  it("a region's line ('北方的是哪家')", async () => {
    const a = await ask("智能传感器网络北方的是哪家");
    expect(a.answer).toContain("大连");
    expect(a.answer).not.toContain("深圳");
  });

  it("a day alone after the dateline dates the launch", async () => {
    const a = await ask("智能传感器网络哪天启动的");
    expect(a.answer).toContain("5月8日");
  });
});

describe("an alliance founded 今天 after a dateline, where its founders met", () => {
  it("its date", async () => {
    const a = await ask("华北平原联盟什么时候成立的");
    expect(a.answer).toContain("3月20日");
  });

  it("its place, as written", async () => {
    const a = await ask("华北平原联盟在哪成立的");
    expect(a.answer).toContain("郑州中原科技城");
  });

  it("members counted by province after a colon: each province", async () => {
    const a = await ask("华北平原联盟每个省各几家");
    expect(a.answer).toMatch(/河南4家[\s\S]*山东4家[\s\S]*河北4家/);
  });

  it("a province's members", async () => {
    const a = await ask("华北平原联盟里河南有哪些");
    expect(a.answer).toMatch(/郑州[\s\S]*洛阳[\s\S]*新乡[\s\S]*安阳/);
  });

  it("a term written before the group's kind ('2026年度联盟轮值理事长单位')", async () => {
    const a = await ask("华北平原联盟2026年度轮值理事长单位是谁");
    expect(a.answer).toContain("洛阳");
  });

  it("regions as provinces: 华北 is 河北 (and 北京、天津 …), not 河南", async () => {
    const a = await ask("华北平原联盟里华北地区的成员有哪些");
    expect(a.answer).toMatch(/石家庄[\s\S]*保定/);
    expect(a.answer).not.toContain("郑州");
  });
});

describe("people by the acts of a handover and a speech", () => {
  it("作为新成员代表发言", async () => {
    const a = await ask("智能传感器网络启动会上代表新成员发言的是谁");
    expect(a.answer).toContain("罗敏");
  });

  it("'谁把旗交给了谁': both, from the sentence", async () => {
    const a = await ask("智能传感器网络交接仪式上谁把旗交给了谁");
    expect(a.answer).toMatch(/林涛[\s\S]*何平/);
  });

  it("'从X手里接过旗帜的是谁': not X", async () => {
    const a = await ask("智能传感器网络交接仪式上从林涛手里接过旗帜的是谁");
    expect(a.answer).toContain("何平");
  });
});

describe("a member that left", () => {
  it("why: the change's reason and the sentence that tells it at length", async () => {
    const a = await ask("鄂尔多斯为啥不在氢能网络里了");
    expect(a.answer).toContain("产业方向调整");
    expect(a.answer).toContain("煤化工");
  });

  it("when it left: the change's day", async () => {
    const a = await ask("鄂尔多斯啥时候退出氢能网络的");
    expect(a.answer).toContain("11月18日");
  });

  it("when another joined", async () => {
    const a = await ask("株洲是哪天加入氢能网络的");
    expect(a.answer).toContain("11月18日");
  });
});

describe("counts and two parts", () => {
  it("除了牵头的X，其余几家", async () => {
    const a = await ask("氢能网络除了牵头的佛山，其余成员有几家");
    expect(a.answer).toMatch(/其余\d+家/);
  });

  it("'X牵头…，除了它自己还拉了几家': the others", async () => {
    const a = await ask("佛山牵头搞氢能网络，除了它自己还拉了几家");
    expect(a.answer).toMatch(/其余\d+家/);
  });
});

describe("growth-41/42 classes", () => {
  it("the zones that signed a group's founding agreement are its members", async () => {
    const a = await ask("钒钛材料网络有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["攀枝花", "承德", "宝鸡", "西昌"]) expect(a.answer).toContain(z);
  });

  it("zones counted ('4家高新区现场签约') are the group's: its figure, with the money in its note", async () => {
    const a = await ask("钒钛材料网络启动当天签了几个项目，多少钱？");
    expect(a.answer).toContain("9个");
    expect(a.answer).toContain("31亿元");
  });

  it("a list by province after a dash ('如下——陕西：A、B；甘肃：C')", async () => {
    const a = await ask("秦岭联盟里陕西有哪些");
    expect(a.answer).toMatch(/西安[\s\S]*宝鸡/);
  });

  it("'不再作为成员单位' without the group's name: the member left", async () => {
    const a = await ask("洛阳高新区现在还是秦岭联盟成员吗");
    expect(a.answer).toMatch(/^不是|^现在不是|^不再是/);
  });

  it("a ranking in a headed section of a year-end report answers a year asked, over 'no figure'", async () => {
    const a = await ask("2026年哪个网络合作项目最多");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("集成电路网络以90个位居各网络首位");
  });
});
