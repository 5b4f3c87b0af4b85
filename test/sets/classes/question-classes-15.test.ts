/**
 * Classes of knowledge that grows and of questions, shown by growth-31 and blind-31 (session 15), each over an
 * article written for this test in new words: a member list given by region after a colon ("东部有A、B2家高新区；
 * …；东北地区为C高新区"), asked for one region or several at once; newcomers admitted after a "；" ("…；A、B经会议
 * 审议同意加入联盟"); a learned zone's province from the gazetteer of cities when the text does not give it; members
 * of one province asked "扩容后"; provinces of the founding list asked "启动时"; why a newcomer joined, from the
 * section headed by the question; a zone's city asked ("在哪个市"); a zone's act with its object asked when, dated
 * by the year it was written in ("去年获批…"); 特点 searched as the articles' 特征.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";
import { PROVINCES } from "../../../src/knowledge/extract/names.ts";
import { lexicon } from "../../../src/knowledge/lexicon.ts";

/** A network whose members are listed by region after a colon, the last region with one zone and no count. */
const MARINE = {
  id: "t15-marine",
  title: "海洋装备产业协同创新网络在青岛组建",
  date: "2026-08-20",
  source: "测试",
  body: [
    "本报讯（记者 夏明）8月18日，国家高新区海洋装备产业协同创新网络组建大会在青岛高新区召开，首批成员单位共8家。",
    "从分布看，网络成员单位横跨三大区域：东部有青岛、烟台、舟山3家高新区；中部有武汉东湖、湘潭2家高新区；西部有重庆、昆明2家高新区；东北地区为大连高新区。",
    "据统计，8家成员单位海洋装备相关产业规模合计约2100亿元。其中，青岛高新区海洋装备产业营收约620亿元，在成员单位中居首位。",
    "会上，成员单位发起设立海洋装备产业投资基金，首期到位资金8亿元。",
  ].join("\n\n"),
};

/** An alliance admits two after a semicolon; a section headed by the question says why each joined. */
const WESTERN_UPDATE = {
  id: "t15-western",
  title: "淮河联盟再扩容",
  date: "2026-09-12",
  source: "测试",
  body: [
    "本报讯 9月10日，淮河生态经济带高新区产业科技创新战略联盟理事会议在淮南高新区召开。会上，联盟审议了年度工作报告；驻马店高新区、亳州高新区经会议表决同意加入联盟。至此，联盟成员单位由17家增至19家。",
    "新成员为何加入",
    "两家高新区都处在淮河干支流沿线。驻马店高新区在农产品精深加工领域有较强基础，与信阳、南阳等成员单位合作空间大；亳州高新区的现代中药产业与蚌埠、淮南等成员单位形成互补。",
  ].join("\n\n"),
};

/** A network launched at a joint occasion with another's meeting; its hall named a few sentences later. */
const ROBOTICS = {
  id: "t15-robotics",
  title: "服务机器人网络在常州启动",
  date: "2026-05-22",
  source: "测试",
  body: [
    "本报讯 5月20日，国家高新区服务机器人产业协同创新网络启动仪式暨国家高新区人工智能产业协同创新网络年中交流会在常州高新区举行。常州高新区联合苏州、宁波等国家高新区共同组建该网络。这是服务机器人领域的首个跨区域协同平台。",
    "启动仪式在位于常州高新区的机器人产业园会展中心举行，来自各成员单位的代表参加。",
    "网络成员共同发起设立服务机器人产业基金，基金目标规模30亿元。",
  ].join("\n\n"),
};

/** An older network: members join, one leaves; its secretariat stays; the leaver's reason told at length later. */
const OPTO_UPDATE = {
  id: "t15-opto",
  title: "光电子网络成员调整",
  date: "2026-07-08",
  source: "测试",
  body: [
    "本报讯 7月6日，国家高新区光电子产业协同创新网络年度会议在武汉东湖高新区召开。会议审议通过成员调整：青岛高新区、厦门火炬高新区正式加入网络；长春高新区因发展重点调整，不再作为网络成员单位。调整后，网络成员单位由13家增至14家。",
    "会议明确，网络牵头单位和秘书处仍为武汉东湖高新区。",
    "长春高新区相关负责人介绍，根据新的产业规划，长春高新区将资源集中投向汽车电子和生物医药，经研究，申请不再参与光电子网络。",
  ].join("\n\n"),
};

/** A thing no record holds, said what it is in one sentence ("作为…，X…") and named more often elsewhere. */
const CORRIDOR = {
  id: "t15-corridor",
  title: "沿江科创走廊建设提速",
  date: "2026-06-30",
  source: "测试",
  body: [
    "本报讯 今年以来，沿江科创走廊建设进入快车道，沿江科创走廊沿线各市联合发布了年度重点任务清单。",
    "作为全省首个跨四市布局的科创走廊，沿江科创走廊以长江岸线为轴展开。走廊沿线布局了12个省级以上研发平台，串联起南通、泰州、扬州、镇江四市的高新区。",
    "沿江科创走廊将重点建设共享中试基地，沿江科创走廊各市还将轮流举办成果对接会。",
  ].join("\n\n"),
};

/** An alliance whose chair rotates by a rule its charter states. */
const SILK_ROAD = {
  id: "t15-silk",
  title: "丝路沿线国家高新区结盟",
  date: "2026-10-10",
  source: "测试",
  body: [
    "本报讯 10月8日，丝路沿线国家高新区创新联盟成立大会在兰州高新区举行，西安、兰州、乌鲁木齐、银川、西宁5家国家高新区共同发起成立丝路沿线国家高新区创新联盟。大会选举兰州高新区为联盟理事长单位，西安高新区、银川高新区为副理事长单位。",
    "根据联盟章程，理事长单位实行轮值制，每届任期三年，由副理事长单位依次接任。",
  ].join("\n\n"),
};

/** Members by province after a colon, each count first ("青海省1家，为…"), an autonomous region among them. */
const NORTHWEST = {
  id: "t15-northwest",
  title: "西北五省区国家高新区联盟成立",
  date: "2026-11-02",
  source: "测试",
  body: [
    "本报讯 10月30日，西北国家高新区创新联盟成立大会在银川高新区召开。在工业和信息化部火炬中心指导下，西北五省区国家高新区共同发起成立该联盟，会议审议通过了《西北国家高新区创新联盟章程》。",
    "首届理事长单位由银川高新区担任。理事长单位实行轮值制，每两年轮换一次；第二届轮值理事长单位拟由兰州高新区担任。",
    "联盟首批成员按省区分布如下：陕西省2家，为宝鸡高新区、渭南高新区；甘肃省2家，为兰州高新区、白银高新区；宁夏回族自治区2家，为银川高新区、石嘴山高新区；青海省1家，为青海高新区；新疆维吾尔自治区1家，为乌鲁木齐高新区。",
  ].join("\n\n"),
};

/** A member leaves for a reason told in two clauses. */
const NANO_LEAVE = {
  id: "t15-nano-leave",
  title: "纳米新材料网络成员调整",
  date: "2026-12-01",
  source: "测试",
  body: "本报讯 11月28日，国家高新区纳米新材料产业协同创新网络年度会议在苏州工业园区召开。会议审议通过成员调整：厦门火炬高新区、青岛高新区2家国家高新区正式加入网络；淄博高新区因主导产业布局调整，发展重心转向高端化工，主动申请退出网络。调整后，网络成员单位由成立时的9家增至10家。",
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({
      articles: [MARINE, WESTERN_UPDATE, ROBOTICS, OPTO_UPDATE, CORRIDOR, SILK_ROAD, NORTHWEST, NANO_LEAVE],
      events: [],
    }),
  });
});

const ask = (q: string) => engine.answer(q);

describe("a member list given by region after a colon", () => {
  it("the whole list, with the region of one zone and no count", async () => {
    const a = await ask("海洋装备网络的成员有哪些");
    expect(a.kind).toBe("fact");
    for (const z of ["青岛", "烟台", "舟山", "武汉东湖", "湘潭", "重庆", "昆明", "大连"]) expect(a.answer).toContain(z);
    expect(a.answer).toContain("8家");
  });
  it("one region's members", async () => {
    const a = await ask("海洋装备网络中部地区的成员是哪几家");
    expect(a.answer).toContain("湘潭高新区");
    expect(a.answer).not.toContain("烟台");
  });
  it("which member is largest: the sentence that ranks it, not the group's total", async () => {
    const a = await ask("海洋装备网络成员里哪家产业规模最大？多少");
    expect(a.answer).toContain("青岛高新区");
    expect(a.answer).toContain("620亿元");
  });
  it("a count, then how many of them are in another network (其中几家同时在…)", async () => {
    const a = await ask("海洋装备网络首批多少家？其中几家同时在光电子网络里？");
    expect(a.answer).toContain("8家");
    // (光电子 as updated above: 青岛 joined it.)
    expect(a.answer).toMatch(/3家：[^。]*青岛高新区[^。]*武汉东湖高新区/);
  });
  it("several regions asked at once, each with its count", async () => {
    const a = await ask("海洋装备网络东部、西部、东北各有几家成员");
    expect(a.answer).toMatch(/东部3家/);
    expect(a.answer).toMatch(/西部2家/);
    expect(a.answer).toMatch(/东北地区1家：大连高新区/);
  });
});

describe("members by province after a colon, each count first", () => {
  it("the whole list", async () => {
    const a = await ask("西北联盟有多少家成员");
    expect(a.answer).toContain("8家");
  });
  it("an autonomous region's members (宁夏回族自治区 is 宁夏)", async () => {
    const a = await ask("西北联盟里宁夏的成员有哪些");
    expect(a.answer).toContain("银川高新区");
    expect(a.answer).toContain("石嘴山高新区");
    expect(a.answer).not.toContain("兰州");
  });
});

describe("who guided a founding, and a chair's next term planned (拟由)", () => {
  it("the guide, in a sentence that names the group only later, in a document's title", async () => {
    const a = await ask("西北联盟是在哪个部门指导下成立的");
    expect(a.answer).toContain("火炬中心");
  });
  it("how often the chair rotates and who is next", async () => {
    const a = await ask("西北联盟理事长多久轮一次？下一届轮到谁？");
    expect(a.answer).toContain("兰州高新区");
    expect(a.answer).toContain("每两年轮换一次");
  });
});

describe("a leaver whose reason runs over two clauses", () => {
  it("the count after the change adds up", async () => {
    const a = await ask("纳米新材料网络调整完现在一共多少家");
    expect(a.answer).toContain("10家");
    expect(a.answer).toContain("淄博高新区退出");
  });
});

describe("newcomers admitted after a semicolon, and what follows from them", () => {
  it("the count after", async () => {
    const a = await ask("淮河联盟现在有多少家成员");
    expect(a.answer).toContain("19家");
  });
  it("who joined and when", async () => {
    const a = await ask("驻马店是哪天加入淮河联盟的");
    expect(a.answer).toContain("9月10日");
  });
  it("a learned zone's province from the gazetteer of cities, asked after the expansion", async () => {
    const a = await ask("淮河联盟扩容后，河南的成员有哪些");
    expect(a.answer).toContain("驻马店高新区");
    expect(a.answer).not.toContain("亳州");
  });
  it("why one newcomer joined: the section headed by the question, with the sentence that names it", async () => {
    const a = await ask("亳州高新区为啥要加入淮河联盟");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("现代中药");
  });
});

describe("a launch told with another group's meeting, and an update of an older network", () => {
  it("the launch date of a network whose occasion shares its title with another's meeting (暨)", async () => {
    const a = await ask("服务机器人网络是哪天启动的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("5月20日");
  });
  it("the hall, named a few sentences after the launch", async () => {
    const a = await ask("服务机器人网络启动仪式在哪个场馆举行");
    expect(a.answer).toContain("机器人产业园会展中心");
  });
  it("when a member left: the change it was part of", async () => {
    const a = await ask("长春高新区哪天退出光电子网络的");
    expect(a.answer).toContain("7月6日");
  });
  it("how many now and how many before", async () => {
    const a = await ask("光电子网络现在多少家？原来多少？");
    expect(a.answer).toContain("14家");
    expect(a.answer).toContain("13家");
  });
  it("a secretariat said to stay (牵头单位和秘书处仍为X), asked whether it moved", async () => {
    const a = await ask("光电子网络秘书处换地方了吗");
    expect(a.answer).toMatch(/^没有变/);
    expect(a.answer).toContain("武汉东湖高新区");
  });
  it("why a member left: the reason the article gives at more length follows the clause that reports it", async () => {
    const a = await ask("长春高新区为什么退出光电子网络");
    expect(a.answer).toContain("发展重点调整");
    expect(a.answer).toContain("汽车电子");
  });
});

describe("amounts of a named thing", () => {
  it("asked in English by the words of its group's name (embodied, robot …)", async () => {
    const a = await ask("How big is the service robot industry fund?");
    expect(a.answer).toContain("30亿元");
  });
  it("asked as actually raised, when the article gives only its target: not another fund's amount", async () => {
    const a = await ask("服务机器人产业基金实际到位了多少钱");
    expect(a.answer).not.toContain("8亿元");
    expect(a.answer).not.toContain("30亿元");
  });
  it("asked as actually raised, when the article says so", async () => {
    const a = await ask("海洋装备产业投资基金首期到位了多少");
    expect(a.answer).toContain("8亿元");
  });
});

describe("a chair that rotates", () => {
  it("how it rotates and how long a term runs: the rule its article states", async () => {
    const a = await ask("丝路联盟理事长单位怎么轮换？一届多长时间？");
    expect(a.answer).toContain("兰州高新区");
    expect(a.answer).toContain("每届任期三年");
  });
  it("who holds it, asked alone, says no rule", async () => {
    const a = await ask("丝路联盟理事长单位是谁");
    expect(a.answer).toContain("兰州高新区");
    expect(a.answer).not.toContain("轮值办法");
  });
});

describe("what a thing no record holds is", () => {
  it("the sentence that says what it is comes first, with the one after it", async () => {
    const a = await ask("沿江科创走廊是个啥");
    expect(a.kind).toBe("passage");
    expect(a.answer).toMatch(/^据《[^》]+》：作为全省首个跨四市布局的科创走廊/);
    expect(a.answer).toContain("12个省级以上研发平台");
  });
});

describe("questions about the seed articles", () => {
  it("a zone's city, asked with its province named", async () => {
    const a = await ask("三原高新区在陕西哪个市");
    expect(a.answer).toMatch(/^三原高新区[^。]*位于陕西咸阳/);
  });
  it("which networks a zone is in is not where it is (在哪些)", async () => {
    const a = await ask("合肥高新区在哪些产业协同创新网络里");
    expect(a.answer).not.toContain("位于");
  });
  it("an approval with its object asked when: the sentence that says 去年, with the article's date", async () => {
    const a = await ask("无锡高新区什么时候获批的国家集成电路制造业创新中心");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("去年获批");
    expect(a.answer).toContain("2022年");
  });
  it("a zone's own upgrade asked when is still not recorded", async () => {
    const a = await ask("三原高新区预计哪年能升级成国家高新区");
    expect(a.kind).toBe("none");
  });
  it("特点 is searched as the articles' 特征", async () => {
    const a = await ask("未来产业有什么特点");
    expect(a.answer).toContain("颠覆性");
  });
});

describe("a group's name typed with a look-alike character in its first two (准河联盟)", () => {
  it("is read as the name it looks like, and the reading is shown", async () => {
    const a = await ask("准河联盟秘书处设在哪儿");
    expect(a.answer).toContain("盐城高新区");
    expect(a.notes?.join("")).toContain("按“淮河联盟”理解（原文“准河联盟”）");
  });
  it("a character that only sounds or means alike is not a look-alike (黄河 is not 淮河)", async () => {
    const a = await ask("黄淮联盟秘书处设在哪儿");
    expect(a.answer).not.toContain("盐城高新区");
  });
  it("every look-alike group has two characters at least", () => {
    expect(lexicon.lookAlikes.filter((g) => new Set(g).size < 2)).toEqual([]);
  });
});

describe("the gazetteer of cities (knowledge/lexicon/cities.yaml)", () => {
  it("maps every city to a province the extractor knows", () => {
    const unknown = Object.entries(lexicon.cities).filter(([, province]) => !PROVINCES.includes(province));
    expect(unknown).toEqual([]);
    expect(Object.keys(lexicon.cities).length).toBeGreaterThan(300);
  });
});
