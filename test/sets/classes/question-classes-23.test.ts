/**
 * Classes of knowledge that grows, shown by growth-82 and growth-83 (session 23), each over an article written for
 * this test in new words: a member list by province written with ascii punctuation, each province's count in
 * brackets and the names bare ("湖北省(3家):武汉东湖,宜昌,荆州;…"); a list closed by 共N家 whose first name carries
 * the lead's mark ("A（牵头单位）、B…共N家国家高新区签署…"), where 共 is no part of the last name; an alliance that
 * three of its members initiated, asked "哪几家发起的" (the three, not its members); one zone that 联合 others 等
 * to initiate it, asked who (the one with those it joined, as written); a seat's holder named after the seat,
 * handed over "进行了交接"; a seat handed on (交接给B, or 交棒B, which is no zone's name) whose holder's term the
 * sentence puts in one year; a list after a change told a region a sentence ("除牵头单位外，华东地区的成员有A、B
 * 2家高新区。…东北地区的成员为C。", one region's line is not the whole list), counted "网络共有N家成员单位，牵头单位仍为
 * X"; a member that "暂时退出"; its return asked, which no article tells; "联盟成立于2024年4月" (a month); chairs
 * held jointly ("由A和B共同担任理事长单位"); who runs a secretariat, its whole clause; a "常务副理事长单位", which is
 * a post of its own (not a later term of the chair), asked with the chair; a figure whose label names 创新药 (a
 * measured thing now listed in the lexicon); a seat "将由…协商后报理事会确定" (not decided: no answer, the sentence
 * quoted); a zone's firms asked of a zone the passage does not name, and a fund's amount asked of a sentence that
 * does not name the fund (no answer, not another figure); a seat handed "A与B完成交接" (asked from whom); a count a
 * clause carries on of the zone the sentence opens with ("今年以来，A依托…，截至10月底累计促成…N个"); two questions
 * in one, the second "秘书处设哪"; when a zone that is no member "joined" (啥时候加入, "When did X join"): the premise
 * corrected (blind-43's misses after it was scored); later terms said without their post ("首届（…）轮值理事长单位为A，
 * 第二届（…）为B，第三届（…）为C"), asked together; the lead of an alliance "由A牵头发起" whose chair rotates from B
 * (growth-81's, after it was scored); who of a body attended ("…厅谁出席的": the person, not the province's
 * members); the date of a thing the group does ("人才地图什么时候发布": not its founding date); "what can you help me
 * with" in English; "a quick summary of the X network led by Y" (an overview, not a yes/no about its lead); a
 * homophone slip in 牵头单位 ("牵投单位", now among the question words the slip repair knows).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t23-midriver", "湘鄂赣9家高新区组建长江中游科创联盟", "2026-06-02", [
    "5月30日，长江中游城市群高新区科技创新联盟成立大会在岳阳高新区举行。",
    "联盟由岳阳高新区、宜昌高新区、九江高新区共同发起。联盟首批成员单位共9家,名单如下:湖北省(3家):武汉东湖,宜昌,荆州;湖南省(3家):岳阳,益阳,郴州;江西省(3家):九江,上饶,萍乡.",
  ]),
  article("t23-ship", "12家国家高新区共建海洋装备产业协同创新网络", "2026-08-12", [
    "8月10日，国家高新区海洋装备产业协同创新网络启动大会在舟山高新区举行。舟山高新区（牵头单位）、大连高新区、青岛高新区、烟台高新区、威海火炬高新区、连云港高新区、南通高新区、宁波高新区、厦门火炬高新区、湛江高新区、北海高新区、三亚高新区共12家国家高新区现场签署《国家高新区海洋装备产业协同创新网络共建协议》。",
  ]),
  article("t23-yellow", "沿黄高新区成立协同创新联盟", "2026-03-18", [
    "3月16日，黄河中下游国家高新区协同创新联盟在洛阳高新区成立。洛阳高新区联合新乡高新区、焦作高新区等沿黄国家高新区共同发起成立该联盟，联盟成员共8家。",
  ]),
  article("t23-laser-a", "国家高新区激光产业协同创新网络在武汉成立", "2025-05-22", [
    "5月20日，国家高新区激光产业协同创新网络在武汉东湖高新区成立。首批成员单位共8家，分别为：武汉东湖高新区（牵头单位）、长春高新区、西安高新区、成都高新区、苏州高新区、泉州高新区、深圳高新区、合肥高新区。",
  ]),
  article("t23-laser-b", "激光网络理事会在西安召开 成员调整", "2026-11-20", [
    "11月18日，国家高新区激光产业协同创新网络2026年度理事会在西安高新区召开。",
    "会议同意泉州高新区暂时退出网络。同时，南京高新区、桂林高新区加入网络。",
    "调整后，网络共有9家成员单位，牵头单位仍为武汉东湖高新区。除牵头单位外，华东地区的成员有苏州、合肥、南京3家高新区。中南地区的成员有深圳、桂林2家高新区。西部地区的成员有西安、成都2家高新区。东北地区的成员为长春高新区。",
    "会上，武汉东湖高新区将轮值理事长单位交棒西安高新区，西安高新区担任2027年度轮值理事长单位。",
  ]),
  article("t23-software", "工业软件网络和北斗网络召开年会", "2026-12-01", [
    "11月25日，国家高新区工业软件产业协同创新网络2026年会在济南高新区召开。会议同时完成轮值理事长单位交接，2026年度轮值理事长单位大连高新区与2027年度轮值理事长单位济南高新区进行了交接。",
    "会上，2026年度轮值理事长单位大连高新区与济南高新区完成交接，济南高新区担任2027年度轮值理事长单位。今年以来，大连高新区依托网络平台征集并匹配企业技术需求，截至10月底累计促成技术合作项目27个。网络秘书处设在大连高新区。",
    "11月27日，国家高新区北斗产业协同创新网络年会在株洲高新区召开。大会举行了轮值理事长单位交接仪式，株洲高新区将轮值理事长单位交接给厦门火炬高新区，厦门火炬高新区任期为2027年1月至12月。",
  ]),
  article("t23-river", "沿淮高新区成立协同创新联盟", "2026-09-14", [
    "9月12日，淮河中游国家高新区协同创新联盟成立大会在蚌埠高新区召开。",
    "联盟由蚌埠高新区牵头发起。根据联盟章程，联盟实行轮值理事长制度，每届任期两年。其中，首届（2026—2027年）轮值理事长单位为淮南高新区，第二届（2028—2029年）为信阳高新区，第三届（2030—2031年）为阜阳高新区。",
  ]),
  article("t23-twin", "关中平原城市群高新区联盟召开理事会", "2026-08-30", [
    "本报讯(记者 何静)8月28日,关中平原城市群国家高新区协同创新联盟2026年理事会在宝鸡高新区召开.联盟成员共5家:西安高新区,宝鸡高新区,咸阳高新区,渭南高新区,杨凌示范区.",
    "联盟成立于2024年6月,实行双理事长制,由西安高新区和宝鸡高新区共同担任理事长单位.会议审议通过了秘书处调整方案:自2026年10月1日起,联盟秘书处由西安高新区移至宝鸡高新区,由宝鸡高新区承担联盟日常联络和活动组织工作.",
  ]),
  article("t23-pharma", "国家高新区中医药产业协同创新网络成立", "2026-04-02", [
    "3月30日，国家高新区中医药产业协同创新网络成立大会在亳州高新区举行。",
    "成立大会选举亳州高新区为网络首届理事长单位，南阳高新区、通化医药高新区为常务副理事长单位。",
    "据介绍，网络成员单位集聚中医药企业超过3200家，累计获批上市中药创新药27个。网络秘书处实行轮值制，下一届秘书处承接单位将由河南、吉林两省成员单位协商后报理事会确定。",
    "河南省科技厅副厅长王立新出席成立大会并致辞。网络计划年内编制中医药产业人才地图，具体发布时间尚未确定。",
    "数据显示，亳州高新区集聚中药饮片企业412家。网络成员单位中医药产业规模合计超过2600亿元。成员单位还将联合设立中医药产业协同创新基金，基金规模和出资方式另行商定。",
  ]),
];

const grown = grownEngine(ARTICLES);
const { answers } = grown;

describe("a list by province with ascii punctuation, counts in brackets, bare names", () => {
  it("a province's members", () => answers("长江中游科创联盟江西有哪些高新区", ["九江", "上饶", "萍乡"], ["岳阳"]));
  it("a province's count", () => answers("长江中游科创联盟湖南占几家", ["3家"]));
  it("a zone's groups include it", () => answers("萍乡高新区参加了哪些联盟", ["长江中游城市群高新区科技创新联盟"]));
});

describe("a list closed by 共N家 with the lead marked", () => {
  it("the members, the last name whole", () =>
    answers("海洋装备网络有哪些成员", ["舟山高新区", "三亚高新区", "12家"], ["三亚高新区共"]));
  it("the lead", () => answers("海洋装备网络谁牵头", ["舟山高新区"]));
});

describe("initiators", () => {
  it("'哪几家发起的': the three, not the nine members", () =>
    answers("长江中游科创联盟是哪几家发起的", ["岳阳高新区", "宜昌高新区", "九江高新区"], ["上饶", "萍乡"]));
  it("the members are still the nine", () => answers("长江中游科创联盟有哪些成员", ["上饶高新区", "萍乡高新区"]));
  it("one that joined others: as written", async () => {
    const a = await grown.engine.answer("黄河中下游联盟是谁发起的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/洛阳高新区联合新乡高新区、焦作高新区等沿黄国家高新区共同发起/);
  });
});

describe("seats handed over", () => {
  it("the holder after the seat, '进行了交接'", () =>
    answers("工业软件网络2027年轮值理事长是谁", ["济南高新区"], ["大连"]));
  it("the year of the holder's term", () => answers("北斗网络2027年的轮值理事长是谁", ["厦门火炬高新区"]));
  it("its term", () => answers("北斗网络轮值理事长任期到什么时候", ["2027年1月至12月"]));
  it("交棒B: B holds it", () => answers("激光网络2027年度轮值理事长单位是哪家", ["西安高新区"]));
  it("交棒B is no zone's name", async () => {
    const a = await grown.engine.answer("激光网络有哪些成员");
    expect(a.answer).not.toMatch(/交棒/);
  });
});

describe("a list after a change, a region a sentence", () => {
  it("the members now: the lead and each region's", async () => {
    await answers("激光网络调整之后成员是哪些", [
      "武汉东湖",
      "苏州",
      "合肥",
      "南京",
      "深圳",
      "桂林",
      "西安",
      "成都",
      "长春",
      "9家",
    ]);
    // (泉州 only as the one that left, after the list.)
    expect((await grown.engine.answer("激光网络调整之后成员是哪些")).answer).not.toMatch(/：[^（。]*泉州/);
  });
  it("one region's line is not the whole list", () => answers("激光网络有几家成员", ["9家"]));
  it("'暂时退出' is leaving", () => answers("泉州高新区还在激光网络里吗", ["退出"]));
  it("its return is not told", async () => {
    const a = await grown.engine.answer("泉州高新区什么时候重新加入激光网络？");
    expect(a.kind).toBe("none");
    expect(a.answer).toMatch(/没有写泉州高新区是否、何时重新加入/);
    expect(a.answer).toMatch(/暂时退出|退出/);
  });
});

describe("a founding month, joint chairs, a secretariat's work", () => {
  it("'联盟成立于2024年6月'", () => answers("关中平原联盟是哪年哪月成立的", ["2024年6月"]));
  it("two chairs", () => answers("关中平原联盟的理事长单位是谁", ["西安高新区", "宝鸡高新区"]));
  it("who runs the secretariat, its whole clause", async () => {
    const a = await grown.engine.answer("关中平原联盟秘书处设在哪");
    expect(a.answer).toContain("宝鸡高新区");
    expect(a.answer).not.toMatch(/和活(?!动)/);
  });
});

describe("a deputy's post beside the chair", () => {
  it("the deputies", () => answers("中医药网络常务副理事长单位是谁", ["南阳高新区", "通化医药高新区"]));
  it("both asked: each its own post", async () => {
    await answers("中医药网络理事长单位和常务副理事长单位分别是？", ["亳州", "南阳高新区"]);
    expect((await grown.engine.answer("中医药网络理事长单位和常务副理事长单位分别是？")).answer).not.toMatch(/接任/);
  });
});

describe("figures, and what no sentence says", () => {
  it("a label naming 创新药", () => answers("中医药网络累计获批上市的中药创新药有多少个", ["27"]));
  it("'将由…协商后报理事会确定': not decided", async () => {
    const a = await grown.engine.answer("中医药网络下一届秘书处设在哪个高新区");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("协商后报理事会确定");
  });
  it("firms of a zone the passage does not name", async () => {
    expect((await grown.engine.answer("南阳高新区有多少家中药饮片企业？")).kind).toBe("none");
  });
  it("a fund's amount, not the industry's", async () => {
    const a = await grown.engine.answer("中医药网络要设的协同创新基金规模多少钱");
    expect(a.answer).not.toContain("2600");
  });
});

describe("handed over, and counts carried on", () => {
  it("'A与B完成交接': from whom", () =>
    answers("工业软件网络2027年的轮值理事长是从谁手里接的", ["济南高新区", "大连高新区"]));
  it("the zone the sentence opens with: a figure of it", async () => {
    const a = await grown.engine.answer("大连高新区今年促成了多少个技术合作项目");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("27");
  });
});

describe("two questions in one", () => {
  it("'…是谁，秘书处设哪': both", () =>
    answers("工业软件网络2027年轮值理事长是谁，秘书处设哪", ["济南高新区", "秘书处设在大连高新区"]));
});

describe("a join asked of a zone that is no member", () => {
  it("'啥时候加入'", async () => {
    const a = await grown.engine.answer("中关村是啥时候加入光电子网络的？");
    expect(a.answer).toMatch(/前提有误（与文章不符）.*不在/);
  });
  it("'When did X join'", async () => {
    const a = await grown.engine.answer("When did Qingdao join the optoelectronics network?");
    expect(a.answer).toMatch(/前提有误（与文章不符）.*不在/);
  });
});

describe("later terms without their post; a lead apart from a rotating chair", () => {
  it("'第二届、第三届分别是'", () =>
    answers("淮河中游联盟第二届、第三届轮值理事长分别是哪家？", ["信阳高新区", "阜阳高新区"]));
  it("the lead, not the first chair", () => answers("淮河中游联盟的牵头单位是哪家", ["蚌埠高新区"], ["淮南"]));
});

describe("who attended, a thing's date, small talk in English", () => {
  it("'…厅谁出席的': the person", () =>
    answers("中医药网络成立大会，河南省科技厅谁出席的", ["王立新"], ["南阳高新区"]));
  it("a thing's date is not the founding's", async () => {
    const a = await grown.engine.answer("中医药网络的人才地图什么时候发布");
    expect(a.kind).toBe("none");
    // (The sentence that leaves it open is quoted: "具体发布时间尚未确定".)
    expect(a.answer).toMatch(/^目前尚未确定[^。]*人才地图/);
  });
  it("'what can you help me with'", async () => {
    const a = await grown.engine.answer("hi, what can you help me with?");
    expect(a.answer).toMatch(/high-tech zone/);
    expect(a.citations).toEqual([]);
  });
});

describe("a summary asked in English, the network named by its lead", () => {
  it("the overview", async () => {
    const a = await grown.engine.answer("Give me a quick summary of the ocean equipment network led by Zhoushan");
    expect(a.answer).not.toMatch(/^是的/);
    expect(a.answer).toMatch(/12家|成员/);
  });
});

describe("a homophone slip in a question word", () => {
  it("'牵投单位'", () => answers("海洋装备网络的牵投单位是谁！！", ["舟山高新区"]));
});
