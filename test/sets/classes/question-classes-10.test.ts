/**
 * Classes of questions blind-20 showed (session 10), each asked in new words over an article written for this test:
 * a province's figures (learned shares of its zones, rankings first in its brief);
 * two amounts compared, when they are siblings (two kinds of 活动 of one alliance) or shares (percentage points);
 * a network told by its launch day and something else asked of it; when a person took a post, which the articles
 * never say; a title claimed with a particle and another question after it; briefs asked in other words; the
 * two halves of 一方面…另一方面 quoted together; a date asked of an act a passage dates;
 * zones by how many networks they joined (exactly, at least, within a listed scope), members in none of several
 * other networks; an order of foundings or a zone's part in a network taken for granted; bounds asked of figures;
 * a learned network named by the head of its field; how many of a seat; a later
 * term the article records, with its length; a secretariat moved
 * between offices of one zone; rotating seats in order, and a
 * secretariat that does not rotate with them; a handover meeting
 * asked where or when; a member list in parts per province; joining
 * an alliance by an approved application; a person asked for by their body; more
 * wordings of a lead and of a secretariat that moved. Also: an added article whose figures
 * name a group the knowledge does not have is learned without them (it had crashed the load).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

const REVIEW = {
  id: "t10-marine-review",
  title: "海洋生物医药网络与东北联盟2025年工作综述",
  date: "2026-02-10",
  source: "测试",
  body: [
    "3月18日，国家高新区海洋生物医药产业协同创新网络启动会在厦门火炬高新区召开。网络由厦门火炬高新区牵头，青岛、烟台、湛江等7家高新区参加。",
    "东北地区国家高新区联盟2025年举办路演活动31场，开展技术对接活动96场，促成合作项目42个。",
    "厦门火炬高新区管委会副主任林启明表示，网络将共建海洋药物中试平台。",
    "统计显示，福建高新区以占全省3.1%的土地面积，创造了全省19.6%的高新技术产业产值。",
    "2025年7月，青岛高新区发布蓝色药谷未来产业行动计划，一方面建设海洋药物研发公共平台，坚持“缺环节补环节”；另一方面引进龙头药企，招引总投资50亿元的海创制药基地项目。",
  ].join("\n\n"),
};

/** Figures of an alliance no article founds: they cannot be about anything known. */
const UNKNOWN_GROUP = {
  id: "t10-coast-figures",
  title: "沿海国家高新区联盟活动统计",
  date: "2026-02-11",
  source: "测试",
  body: "沿海国家高新区联盟2025年举办路演活动12场，开展技术对接活动40场。",
};

const HYDROGEN = {
  id: "t10-hydrogen",
  title: "国家高新区氢能装备产业协同创新网络在佛山启动",
  date: "2026-06-03",
  source: "测试",
  body: [
    "6月2日，国家高新区氢能装备产业协同创新网络启动大会在佛山高新区举行。网络由佛山高新区牵头，联合张家口高新区、大连高新区、嘉兴高新区、潍坊高新区、成都高新区共6家国家高新区组建。",
    "网络设理事会，佛山高新区为理事长单位，张家口高新区、大连高新区、嘉兴高新区为常务理事单位。",
    "广东省科学技术厅副厅长何文远表示，将支持网络建设氢能装备中试基地。工业和信息化部规划司副司长邱晨在启动大会上表示，氢能装备是新型能源体系的重要支撑。",
  ].join("\n\n"),
};

const SECRETARIAT = {
  id: "t10-dongbei-secretariat",
  title: "东北地区国家高新区联盟秘书处移交长春高新区",
  date: "2026-03-06",
  source: "测试",
  body: "3月5日，东北地区国家高新区联盟秘书处交接会在长春高新区举行。按照《联盟秘书处轮值办法》，联盟秘书处由首届所在地沈阳高新区移交长春高新区，第二届秘书处任期三年。",
};

const MOVED = {
  id: "t10-opto-secretariat",
  title: "光电子网络秘书处调整",
  date: "2026-09-02",
  source: "测试",
  body: "9月1日，国家高新区光电子产业协同创新网络召开秘书处工作会议。网络秘书处由武汉东湖高新区科技创新局整体移交至武汉东湖高新区光电子产业促进中心，由该中心主任担任秘书长。",
};

const NORTHWEST = {
  id: "t10-northwest",
  title: "西北地区国家高新区协同创新联盟在西安成立",
  date: "2026-05-09",
  source: "测试",
  body: [
    "5月8日，西北地区国家高新区协同创新联盟成立大会在西安高新区举行。联盟由西安高新区、兰州高新区、银川高新区、西宁高新区、乌鲁木齐高新区共5家国家高新区组成。",
    "联盟采取轮值主席制，首任轮值主席单位为西安高新区，任期一年；此后按照兰州高新区、银川高新区等顺序依次轮值。联盟常设秘书处设在兰州高新区，不随轮值主席单位变动。",
  ].join("\n\n"),
};

const SOUTHWEST = {
  id: "t10-southwest",
  title: "西南国家高新区创新联盟成立",
  date: "2026-07-02",
  source: "测试",
  // (Half-width punctuation, as some papers write it.)
  body: "7月1日,西南国家高新区创新联盟成立大会在成都高新区举行。据介绍,联盟首批成员单位共6家。按省区划分:四川3家,为成都高新区、绵阳高新区、德阳高新区;云南2家,为昆明高新区、楚雄高新区;贵州1家,为贵阳高新区。",
};

const JOINED = {
  id: "t10-huaihe-join",
  title: "淮河联盟吸纳新成员",
  date: "2026-03-20",
  source: "测试",
  body: "3月19日，淮河生态经济带高新区产业科技创新战略联盟常务理事会议在蚌埠高新区举行。会议审议通过了漯河高新区、周口高新区的入盟申请。至此，联盟成员单位由成立时的17家增至19家。",
};

const CARS = {
  id: "t10-cars",
  title: "智能网联汽车网络在襄阳启动",
  date: "2026-08-21",
  source: "测试",
  body: [
    "8月20日，国家高新区智能网联汽车产业协同创新网络启动仪式在襄阳高新区举行。由襄阳高新区牵头、9家国家高新区共同组建的智能网联汽车网络正式成立。",
    "1月5日，长三角国家高新区联盟秘书处交接仪式在合肥高新区举行。杭州高新区将工作档案移交合肥高新区，联盟秘书处自即日起正式落户合肥，轮值期两年。",
  ].join("\n\n"),
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({
      articles: [REVIEW, UNKNOWN_GROUP, HYDROGEN, SECRETARIAT, MOVED, NORTHWEST, SOUTHWEST, JOINED, CARS],
      events: [],
    }),
  });
});

describe("two amounts compared", () => {
  it("two kinds of one alliance's activities: the larger and by how many, though each figure excludes the other's word", async () => {
    const a = await engine.answer("东北联盟2025年路演活动和技术对接活动哪个多，多几场");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("多65场");
    expect(a.citations.map((c) => c.quote).join("")).toContain("路演活动31场");
  });

  it("two shares differ by percentage points", async () => {
    const a = await engine.answer("江苏高新区的进出口总额占比比土地面积占比高多少");
    expect(a.answer).toContain("高30.4个百分点");
  });
});

describe("a province", () => {
  it("shares of a province's zones are learned as the province's figures, and compared", async () => {
    const a = await engine.answer("福建高新区的土地面积占比和高新技术产业产值占比相差多少");
    expect(a.answer).toContain("高16.5个百分点");
  });

  it("a province's brief gives its figures, rankings first", async () => {
    const fujian = await engine.answer("介绍一下福建国家高新区的情况");
    expect(fujian.answer).toContain("福建高新区土地面积占全省比重：3.1%");
    const jiangsu = await engine.answer("江苏省的国家高新区整体发展得怎么样，介绍一下");
    expect(jiangsu.answer).toContain("全国县域国家高新区前三名：昆山、武进、江阴高新区");
  });
});

describe("a group told by its day", () => {
  it("what is asked of the one network launched that day", async () => {
    const a = await engine.answer("3月18日启动的网络是谁牵头的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("海洋生物医药");
    expect(a.answer).toContain("牵头单位是厦门火炬高新区");
  });

  it("what the articles do not record of it is refused, with the group named", async () => {
    const a = await engine.answer("12月15日成立的那个联盟在哪里成立");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("东北地区国家高新区联盟");
  });
});

describe("people", () => {
  it("when a post was taken: refused, with the post the article gives", async () => {
    const a = await engine.answer("林启明是什么时候当上厦门火炬高新区管委会副主任的");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("管委会副主任");
  });

  it("a title claimed with 吧 before another question is checked as far as the particle", async () => {
    const a = await engine.answer("林启明是青岛高新区管委会副主任吧？他对网络有什么说法");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("不是青岛高新区管委会副主任。");
  });
});

describe("briefs asked in other words", () => {
  it("是个什么情况，简单说说: the group's key facts first", async () => {
    const a = await engine.answer("海洋生物医药网络是个什么情况，简单说说");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("牵头单位厦门火炬高新区");
  });

  it("an English overview request", async () => {
    const a = await engine.answer("give me a quick overview of the IoT collaboration network");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("成员12家");
  });
});

describe("passages", () => {
  it("一方面…；另一方面…: both halves are quoted as one span", async () => {
    const a = await engine.answer("青岛高新区是怎么推进蓝色药谷建设的");
    expect(a.kind).toBe("passage");
    const quote = a.citations.find((c) => c.quote.includes("一方面"))?.quote ?? "";
    expect(quote).toContain("缺环节补环节");
    expect(quote).toContain("海创制药基地");
  });

  it("a date confirmed by the quote that states the act: 是", async () => {
    const a = await engine.answer("青岛高新区的蓝色药谷未来产业行动计划是2025年7月发布的吗");
    expect(a.answer.startsWith("是的。")).toBe(true);
  });

  it("another date in that quote: 不是, with the date it gives", async () => {
    const a = await engine.answer("青岛高新区的蓝色药谷未来产业行动计划是2025年3月出台的吗");
    expect(a.answer.startsWith("不是。文章写的是2025年7月。")).toBe(true);
  });
});

describe("zones by how many networks they joined", () => {
  it("exactly N (恰好): those with more are left out", async () => {
    const a = await engine.answer("五个试点网络里，恰好参加了三个网络的高新区有哪些");
    expect(a.answer).toContain("中关村示范区（3个）");
    expect(a.answer).not.toContain("苏州工业园区");
    expect(a.answer).not.toContain("西安高新区");
  });

  it("at least N, with the networks listed as the scope and the count asked", async () => {
    const a = await engine.answer(
      "这五个网络（AI、纳米、集成电路、物联网、光电子）中，同时是四个或更多网络成员的高新区一共几家",
    );
    expect(a.answer).toMatch(/^2家/);
    expect(a.answer).toContain("西安高新区");
  });

  it("in both of two networks but not in a third: the common members less the third's", async () => {
    const a = await engine.answer("同时在光电子和集成电路网络、但不在人工智能网络里的有哪些");
    for (const zone of ["重庆高新区", "苏州高新区", "无锡高新区"]) expect(a.answer).toContain(zone);
    expect(a.answer).not.toContain("绍兴");
  });

  it("N家分别是哪些 asks for the members; 具体是哪几家 of a group whose list is not given is refused", async () => {
    expect((await engine.answer("物联网网络那12家分别是哪些")).answer).toContain("共有12家成员");
    expect((await engine.answer("京津冀联盟那9家具体是哪几家")).kind).toBe("none");
  });

  it("members of one network in none of several others", async () => {
    const a = await engine.answer("物联网网络的成员里，哪几家没有参加人工智能、纳米、集成电路、光电子网络");
    for (const zone of ["上海紫竹", "大连", "芜湖", "鹰潭"]) expect(a.answer).toContain(zone);
    expect(a.answer).not.toContain("青岛");
  });
});

describe("premises and verdicts", () => {
  it("an order of foundings taken for granted (A为啥比B晚成立) is corrected when it is the other way round", async () => {
    const a = await engine.answer("集成电路网络为什么比光电子网络晚了好几天才成立");
    expect(a.answer).toContain("问题的前提有误（与文章不符）");
    expect(a.answer).toContain("早8天");
  });

  it("asked, the order is answered 不是 with the dates", async () => {
    const a = await engine.answer("物联网网络比纳米网络早成立吗");
    expect(a.answer.startsWith("不是。")).toBe(true);
  });

  it("a zone's part in a network it is not in (X在Y里是怎么发挥作用的) is a false premise", async () => {
    const a = await engine.answer("长春高新区在集成电路网络里是怎么发挥作用的");
    expect(a.answer).toContain("问题的前提有误（与文章不符）");
  });

  it("Z参加的X网络: Z's membership is taken for granted, and only then is the rest asked", async () => {
    const wrong = await engine.answer("青岛高新区参加的光电子网络是谁牵头的");
    expect(wrong.answer).toContain("青岛高新区不在光电子网络");
    const right = await engine.answer("长春高新区参加的光电子网络是谁牵头的");
    expect(right.answer).toMatch(/^国家高新区光电子产业协同创新网络的牵头单位是武汉东湖高新区/);
  });

  it("作为国家高新区 in a yes/no question is a premise too; one verdict, then the correction", async () => {
    const a = await engine.answer("合肥新站高新区作为国家高新区，加入新型显示网络了吗");
    expect(a.answer).toMatch(/^不是。问题的前提有误（与文章不符）：合肥新站高新区是安徽省级高新区/);
    expect(a.answer).not.toContain("。是。");
  });

  it("a wrong lead is corrected with what the zone does lead", async () => {
    const a = await engine.answer("无锡高新区牵头的集成电路网络有几家成员");
    expect(a.answer).toContain("无锡高新区牵头的是物联网网络");
  });

  it("几号加入 takes the membership for granted", async () => {
    expect((await engine.answer("深圳高新区是几号加入纳米网络的")).answer).toContain("深圳高新区不在纳米新材料网络");
  });

  it("a year claimed for a start (2013年开始搞的吗) is checked against the sentence that dates it", async () => {
    expect((await engine.answer("创新型产业集群试点是2013年开始搞的吗")).answer.startsWith("是的。")).toBe(true);
  });

  it("a bound asked of a figure: 超过 → 是, 不到 → 不是", async () => {
    expect((await engine.answer("东北联盟2025年的路演活动超过30场了吗")).answer.startsWith("是的。")).toBe(true);
    expect((await engine.answer("东北联盟2025年的技术对接活动不到90场吧")).answer.startsWith("不是。")).toBe(true);
  });

  it("“…了没有” is a yes/no question", async () => {
    const a = await engine.answer("东北联盟2025年促成合作项目超过40个了没有");
    expect(a.answer.startsWith("是的。")).toBe(true);
  });
});

describe("a network learned from an article", () => {
  it("is named by the head of its field (氢能装备 → 氢能网络), also beside another network", async () => {
    expect((await engine.answer("氢能网络是谁牵头的")).answer).toContain("佛山高新区");
    const both = await engine.answer("同时属于氢能网络和光电子网络的高新区有哪些");
    expect(both.answer).toContain("共1家：成都高新区");
  });

  it("how many of a seat: the number, then the holders", async () => {
    const a = await engine.answer("氢能网络确定了几家常务理事单位");
    expect(a.answer).toContain("3家：张家口高新区、大连高新区、嘉兴高新区");
  });
});

describe("a later term the article records", () => {
  it("第二届秘书处 is not the future when the article names it; its term is given when asked, in a second question too", async () => {
    const a = await engine.answer("东北联盟第二届秘书处设在哪里？任期多长？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("长春高新区");
    expect(a.answer).toContain("任期三年");
  });
});

describe("an occasion about the secretariat", () => {
  it("交接会 is an occasion: asked where or when, its venue and day, not where the secretariat sits", async () => {
    const where = await engine.answer("东北联盟秘书处交接会是在哪开的");
    expect(where.answer).toContain("长春高新区");
    expect(where.answer).toContain("3月5日");
    expect(where.citations[0]?.quote).toContain("交接会");
  });
});

describe("a secretariat moved inside one zone", () => {
  it("整体移交至 another office: from where to where", async () => {
    const a = await engine.answer("光电子网络秘书处从哪儿移交到哪儿了");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("武汉东湖高新区科技创新局");
    expect(a.answer).toContain("武汉东湖高新区光电子产业促进中心");
  });
});

describe("rotating seats", () => {
  it("按…顺序依次轮值: who follows the first holder, asked from the first holder", async () => {
    const a = await engine.answer("西北联盟里西安之后轮到哪家当轮值主席");
    expect(a.answer).toContain("此后由兰州高新区、银川高新区接任");
  });

  it("the Nth holder in the order given; past its end, a refusal that says how far it goes", async () => {
    expect((await engine.answer("西北联盟第三任轮值主席是哪家")).answer).toContain("第三任轮值主席单位是银川高新区");
    const fourth = await engine.answer("西北联盟第四任轮值主席会是哪家");
    expect(fourth.kind).toBe("none");
    expect(fourth.answer).toContain("前3任");
  });

  it("会不会随着轮值主席换: the rule the secretariat's sentence states, not the future", async () => {
    const a = await engine.answer("西北联盟的秘书处会不会随着轮值主席换");
    expect(a.answer.startsWith("不会。")).toBe(true);
    expect(a.answer).toContain("兰州高新区");
  });
});

describe("a member list in parts with their own counts", () => {
  it("共6家。按省区划分：四川3家，为…；云南2家，为…: the whole list, each part's count checked", async () => {
    const a = await engine.answer("西南联盟有哪些成员");
    expect(a.answer).toContain("共有6家成员：成都高新区、绵阳高新区、德阳高新区、昆明高新区、楚雄高新区、贵阳高新区");
  });

  it("a part's province places its zones", async () => {
    expect((await engine.answer("西南联盟里云南的是哪几家")).answer).toContain("共2家：昆明高新区、楚雄高新区");
  });
});

describe("joining an alliance", () => {
  it("通过了A、B的入盟申请: both join, and 哪天获批入盟 is the day of that change", async () => {
    const a = await engine.answer("周口高新区是哪天获批入盟的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("2026年3月19日");
  });

  it("a zone's name is not read inside ordinary words (网络和联盟 is not 漯河联盟)", async () => {
    const a = await engine.answer("郑州高新区都参加了哪些网络和联盟");
    expect(a.answer).toContain("纳米新材料");
    expect(a.answer).not.toContain("漯河");
  });
});

describe("a person asked for by the body they came for", () => {
  it("科技厅 is 科学技术厅, and a ministry's 司 is a body", async () => {
    expect((await engine.answer("氢能网络启动会上，广东省科技厅来的是谁")).answer).toContain("何文远");
    expect((await engine.answer("氢能网络启动会上工信部规划司是谁讲的话")).answer).toContain("邱晨");
  });
});

describe("leads and seats in more wordings", () => {
  it("由X牵头、N家国家高新区共同组建的Y: X leads Y", async () => {
    expect((await engine.answer("智能网联汽车网络是谁牵头的")).answer).toContain("襄阳高新区");
  });

  it("秘书处自即日起正式落户<place>, in a sentence of handing over: the new seat", async () => {
    expect((await engine.answer("长三角联盟秘书处现在在哪")).answer).toContain("合肥高新区");
  });
});

describe("learning", () => {
  it("figures about a group the knowledge lacks are left out, and the rest of the knowledge loads", async () => {
    expect(engine.knowledge.figures.some((f) => f.evidence.some((e) => e.article === UNKNOWN_GROUP.id))).toBe(false);
    expect(engine.knowledge.figures.some((f) => f.evidence.some((e) => e.article === REVIEW.id))).toBe(true);
  });
});
