/**
 * Classes of knowledge that grows, shown by growth-50 and growth-51 (session 20), each over an article written for
 * this test in new words: newcomers counted, then named ("新增3家成员单位…入网，分别是…"); a join after a semicolon;
 * a leaving whose reason, said before the zone, states a plan; seats handed over ("A向B交接", "接替…A"), by year
 * ("2026年由A担任首任…，2027年由B接任"); a member list told in parts over several sentences, some parts bare names
 * with their count ("长江中游有武汉东湖、长沙、南昌3家"), one zone by its official long name, and one city with 和 in
 * its name; and a part that turns to another group's news, which no list may be gathered across. Then (the second
 * commit of classes): a secretariat said to stand against the rotation ("不随轮值调整，常设于B"); an item opened by
 * "又讯（记者…）"; a chair by year taken over ("2027年度由B接任") and a year no article gives; why a member left when
 * the reason opens the sentence ("因…调整，今后将…，A主动申请退出"). Then (growth-53 and growth-54): the others listed
 * after "除牵头单位A外"; a launch placed in a city only; a lead and its deputies asked together; joins said with 同时
 * and by an agreement signed; a chair handed on with 将; chairs given by year, respectively; another term asked in a
 * second part ("2027年…是谁？2028年是谁"). Then (growth-55 and growth-56): newcomers told of one a sentence ("A是此次
 * 新加入的成员之一", "同时获批加入的还有B", "C也在会上正式成为网络成员"); members taken in by 吸收; a seat's plaque handed
 * over ("将…牌匾交予B"). Then (growth-57 and growth-58): parts by province, some counted and some not (the counted
 * ones were taken as the whole list: a wrong list of 5 of 12), the first members counted ("首批加入网络的国家高新区共
 * 12家"); a second item after "又讯" and a wide space, its group named again beside another in passing; a leaving from
 * a group named in full ("退出纳米新材料网络"), a join approved ("申请加入并获通过"). Last (growth-52, after its
 * first-sight scoring): counted parts that add up to fewer than the members counted before them ("19家成员单位分布在…。
 * 其中，河南省4家…" was a whole list of 10), the rest told after ("来自山西的A、B，同样位列首批成员").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** Newcomers counted, then named; a leaving whose reason states a plan; a join after a semicolon; seats handed on. */
const YEARLY = {
  id: "t20-yearly",
  title: "两大产业协同创新网络召开年度会议 成员有进有出",
  date: "2026-12-06",
  source: "测试",
  body: [
    "本报讯 12月1日，国家高新区人工智能产业协同创新网络2026年度大会在成都高新区召开。会上，新增3家成员单位集中签约入网，分别是沈阳高新区、洛阳高新区和贵阳高新区。至此，网络成员单位由11家增至14家。",
    "会上，2026年度轮值主席单位成都高新区向2027年度轮值主席单位西安高新区交接了会旗。",
    "■12月3日，国家高新区物联网产业协同创新网络2026年成员大会在郑州高新区举行。因园区产业方向调整，今后将集中资源发展商业航天产业，鹰潭高新区主动申请退出网络，成员大会审议同意；长沙高新区、厦门火炬高新区正式加入。",
    "大会还明确，2027年度轮值主席由大连高新区担任，接替2026年度轮值主席郑州高新区。",
  ].join("\n\n"),
};

/** A rotating chair by year, the first term and the next. */
const SALT = {
  id: "t20-salt",
  title: "国家高新区盐湖化工产业协同创新网络在格尔木成立",
  date: "2026-04-16",
  source: "测试",
  body: [
    "本报讯 4月15日，国家高新区盐湖化工产业协同创新网络在青海高新区成立，网络由青海高新区牵头，成员单位共6家：青海高新区、拉萨高新区、乌鲁木齐高新区、银川高新区、包头稀土高新区、昌吉高新区。",
    "根据协议，网络实行轮值主席制度，每届任期一年：2026年由青海高新区担任首任轮值主席，2027年由银川高新区接任。",
  ].join("\n\n"),
};

/** A member list told in parts over several sentences, after the count. */
const WIND = {
  id: "t20-wind",
  title: "长江经济带国家高新区绿色发展联盟在武汉成立",
  date: "2026-07-09",
  source: "测试",
  body: [
    "本报讯 7月8日，长江经济带国家高新区绿色发展联盟成立大会在武汉东湖高新区举行，联盟成员单位共13家。",
    "从区域分布看，长江上游有重庆高新区、成都高新区、宜宾高新区3家高新区。长江中游有武汉东湖、长沙、南昌3家。长江下游有合肥、芜湖、南京3家，均为沿江制造业重镇。",
    "此外，内蒙古的呼和浩特金山高新区以观察员身份参与，江苏的苏州高新区、无锡高新区和陕西的杨凌农业高新技术产业示范区也加入了联盟。",
    "联盟成员单位将共同推动长江沿线绿色技术成果转化。",
  ].join("\n\n"),
};

/** A list whose one official long name cannot be read: the names read match the count without it, and are not taken. */
const PEARL = {
  id: "t20-pearl",
  title: "珠江—西江经济带国家高新区协同发展联盟成立",
  date: "2026-10-12",
  source: "测试",
  body: [
    "本报讯 10月10日，珠江—西江经济带国家高新区协同发展联盟在广州高新区成立，联盟成员单位共3家。",
    "从区域分布看，广东有广州、佛山2家。此外，广西的柳州高新区和四川的绵阳科技城高新技术产业示范区也加入了联盟。",
  ].join("\n\n"),
};

/** A count of one group, then the next part's news about another group: no list across them. */
const SPLIT = {
  id: "t20-split",
  title: "两个网络动态",
  date: "2026-09-02",
  source: "测试",
  body: [
    "本报讯 8月30日，国家高新区集成电路产业协同创新网络2026年度会议召开，网络成员单位共4家。",
    "8月31日，国家高新区光电子产业协同创新网络2026年度会议在长春高新区举行，会议吸纳桂林高新区、柳州高新区为新成员，武汉东湖、长春两家高新区代表发言。",
  ].join("\n\n"),
};

/** A standing secretariat said against the rotation; a second item opened by 又讯 and a byline; chairs by year. */
const ROCKET = {
  id: "t20-rocket",
  title: "国家高新区商业航天产业协同创新网络在西安成立",
  date: "2026-05-06",
  source: "测试",
  body: [
    "本报讯 5月5日，国家高新区商业航天产业协同创新网络成立大会在西安高新区举行，网络成员单位共3家：西安高新区、成都高新区、武汉东湖高新区。",
    "网络实行轮值理事长制度：2026年度轮值理事长单位为西安高新区，2027年度由成都高新区接任，2028年度及以后的轮值理事长单位将由理事会另行商定。网络秘书处不随轮值调整，常设于西安高新区。",
    "又讯（记者 李明）5月3日，国家高新区纳米新材料产业协同创新网络2026年度工作会议在广州高新区召开。",
    "会上，网络秘书处继续设在苏州工业园区。",
  ].join("\n\n"),
};

/** A list of the others after "除牵头单位A外"; a launch in a city; a lead and its deputies. */
const PORT = {
  id: "t20-port",
  title: "国家高新区海洋生物产业协同创新网络启动",
  date: "2026-08-20",
  source: "测试",
  body: [
    "本报讯 8月18日，国家高新区海洋生物产业协同创新网络启动仪式在青岛举行。该网络由青岛高新区牵头，烟台高新区、威海火炬高新区作为副牵头单位，联合山东、江苏、福建3省的5家国家高新区共同组建，6家高新区由此结成创新共同体。",
    "据介绍，网络首批成员分布在3个省。除牵头单位青岛高新区外，山东省有烟台高新区、威海火炬高新区；江苏省有连云港高新区、南通高新区；福建省为厦门火炬高新区。",
  ].join("\n\n"),
};

/** Joins said with 同时 and by an agreement signed; a chair handed on with 将; chairs given by year, respectively. */
const LAKE = {
  id: "t20-lake",
  title: "两个联盟和网络年度动态",
  date: "2026-11-20",
  source: "测试",
  body: [
    "本报讯 11月16日，国家高新区氢能产业协同创新网络年度会议在佛山高新区召开。据介绍，株洲高新区因主导产业调整，主动申请退出网络；襄阳高新区、宜昌高新区同时正式加入。",
    "当天，岳阳高新区、益阳高新区签署入网协议，网络成员增至9家。佛山高新区将轮值主席交接给襄阳高新区。",
    "另据了解，11月18日，环洞庭湖国家高新区联盟在岳阳高新区成立。联盟实行轮值理事长制度，首任轮值理事长单位为岳阳高新区，2027年、2028年将分别由常德高新区、益阳高新区接任。",
  ].join("\n\n"),
};

/** Newcomers told of one a sentence; members taken in by 吸收; a seat's plaque handed over (交予); a holder in brackets. */
const BAY = {
  id: "t20-bay",
  title: "国家高新区新能源汽车产业协同创新网络年会召开",
  date: "2026-10-30",
  source: "测试",
  body: [
    "本报讯 10月28日，国家高新区新能源汽车产业协同创新网络2026年年会在柳州高新区召开。该网络2025年由合肥高新区牵头成立，首批成员共4家：合肥高新区、柳州高新区、襄阳高新区、西安高新区。",
    "这次年会上，网络迎来了新面孔。常州高新区是此次新加入的成员之一。同时获批加入的还有宜宾高新区。此外，盐城高新区也在会上正式成为网络成员。至此，网络成员单位由4家增至7家。",
    "会上，2026年度轮值主席单位柳州高新区将轮值主席单位牌匾交予常州高新区，常州高新区担任2027年度轮值主席单位。",
    "另据了解，11月2日，国家高新区储能产业协同创新网络年会在宁德召开，会议吸收泉州高新区、漳州高新区为新成员。",
  ].join("\n\n"),
};

/** Parts by province, some counted and some not: the counted ones are no whole list; the whole is gathered. */
const SAND = {
  id: "t20-sand",
  title: "国家高新区光伏材料产业协同创新网络在银川启动",
  date: "2026-06-20",
  source: "测试",
  body: [
    "本报讯 6月18日，国家高新区光伏材料产业协同创新网络启动仪式在银川高新区举行。银川高新区作为牵头单位，联合6家国家高新区共同组建这一网络。",
    "首批加入网络的国家高新区共7家。按省份看，宁夏为银川高新区；江苏有常州高新区、无锡高新区两家；四川有乐山高新区、成都高新区两家；青海、内蒙古各有一家，分别是青海高新区和包头稀土高新区。",
    "大会选举银川高新区为首届理事长单位。",
  ].join("\n\n"),
};

/** A second item after 又讯 and an ideographic space; the item's group named again beside another in passing. */
const TWO_ITEMS = {
  id: "t20-two-items",
  title: "国家高新区人工智能产业协同创新网络举行年会",
  date: "2026-11-10",
  source: "测试",
  body: [
    "本报讯 11月8日，国家高新区人工智能产业协同创新网络2026年年会在南京高新区召开。",
    "又讯\u300011月9日，国家高新区纳米新材料产业协同创新网络座谈会在常州高新区举行。",
    "今年8月，郑州高新区因主导产业调整，经网络理事会同意退出纳米新材料网络，该区目前已是国家高新区稀土新材料产业协同创新网络成员。与此同时，佛山高新区申请加入并获通过。",
  ].join("\n\n"),
};

/** Counted parts after "N家成员单位分布在…" that add up to fewer than N; the rest told after, "来自山西的A". */
const RIVER = {
  id: "t20-river",
  title: "汾渭平原国家高新区协同创新联盟成立",
  date: "2026-09-28",
  source: "测试",
  body: [
    "本报讯 9月26日，汾渭平原国家高新区协同创新联盟成立大会在西安高新区召开。西安高新区牵头，联合太原高新区等共7家国家高新区共同发起成立该联盟。",
    "7家成员单位分布在陕西、山西、河南三省。其中，陕西省3家，为西安、宝鸡、渭南高新区；河南省2家，为洛阳、三门峡高新区。",
    "来自山西的太原高新区、长治高新区，同样位列首批成员。",
  ].join("\n\n"),
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({
      articles: [YEARLY, SALT, WIND, PEARL, SPLIT, ROCKET, PORT, LAKE, BAY, SAND, TWO_ITEMS, RIVER],
      events: [],
    }),
  });
});

describe("session 20 classes", () => {
  it("newcomers counted, then named", async () => {
    const a = await engine.answer("人工智能网络新增了哪几家成员");
    for (const z of ["沈阳", "洛阳", "贵阳"]) expect(a.answer).toContain(z);
  });

  it("a leaving whose reason, before the zone, states a plan", async () => {
    const a = await engine.answer("鹰潭高新区还是物联网网络的成员吗");
    expect(a.answer).toContain("退出");
  });

  it("a join after a semicolon", async () => {
    const a = await engine.answer("长沙高新区是哪些网络的成员");
    expect(a.answer).toContain("物联网");
  });

  it("a seat handed from one unit to another", async () => {
    const a = await engine.answer("人工智能网络2027年度轮值主席是谁");
    expect(a.answer).toContain("西安");
    expect(a.answer).not.toContain("成都高新区担任");
  });

  it("the term taken over ('接替…A') and who held it", async () => {
    const a = await engine.answer("物联网网络2026年度的轮值主席是谁");
    expect(a.answer).toContain("郑州");
  });

  it("a rotating chair's term by its year, the first and the next", async () => {
    const first = await engine.answer("盐湖化工网络2026年的轮值主席是谁");
    expect(first.answer).toContain("青海");
    const next = await engine.answer("盐湖化工网络2027年的轮值主席是谁");
    expect(next.answer).toContain("银川");
  });

  it("a list told in parts over sentences, with bare counted names and a long official name", async () => {
    const a = await engine.answer("长江经济带国家高新区绿色发展联盟有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of [
      "重庆",
      "成都",
      "宜宾",
      "武汉东湖",
      "长沙",
      "南昌",
      "合肥",
      "芜湖",
      "南京",
      "呼和浩特金山",
      "苏州",
      "无锡",
      "杨凌",
    ])
      expect(a.answer).toContain(z);
  });

  it("a standing secretariat said against the rotation", async () => {
    const a = await engine.answer("商业航天网络秘书处设在哪里");
    expect(a.answer).toContain("西安");
    expect(a.answer).not.toContain("苏州工业园区");
  });

  it("an item opened by 又讯 and a byline is about its own group", async () => {
    const a = await engine.answer("纳米新材料网络秘书处在哪");
    expect(a.answer).toContain("苏州工业园区");
  });

  it("a chair by year taken over ('2027年度由B接任'), and a year no article gives", async () => {
    const next = await engine.answer("商业航天网络2027年度轮值理事长单位是哪家");
    expect(next.answer).toContain("成都");
    const later = await engine.answer("商业航天网络2028年度轮值理事长单位是哪家");
    expect(later.kind).toBe("none");
    expect(later.answer).not.toMatch(/^[^。]*理事长单位是西安/);
  });

  it("why a member left, when the reason opens the sentence before it", async () => {
    const a = await engine.answer("物联网网络谁退出了，为啥退");
    expect(a.answer).toContain("鹰潭");
    expect(a.answer).toContain("产业方向调整");
    const both = await engine.answer("谁退出了物联网网络？为啥退出");
    expect(both.kind).toBe("fact");
    expect(both.answer).toContain("鹰潭");
  });

  it("the others listed after '除牵头单位A外' are the list with the lead", async () => {
    const a = await engine.answer("海洋生物网络有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["青岛", "烟台", "威海火炬", "连云港", "南通", "厦门火炬"]) expect(a.answer).toContain(z);
  });

  it("a launch its article places in a city only", async () => {
    const a = await engine.answer("海洋生物网络在哪启动的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("青岛");
    expect(a.answer).toContain("只写了城市");
  });

  it("a lead and its deputies asked together", async () => {
    const a = await engine.answer("海洋生物网络牵头单位和副牵头单位分别是谁");
    expect(a.answer).toMatch(/牵头单位是青岛高新区[\s\S]*副牵头单位是烟台高新区、威海火炬高新区/);
  });

  it("joins said with 同时 and by an agreement signed", async () => {
    for (const z of ["襄阳", "宜昌", "岳阳", "益阳"]) {
      const a = await engine.answer(`${z}高新区是哪些网络的成员`);
      expect(a.answer).toContain("氢能");
    }
  });

  it("a chair handed on with 将 ('A将轮值主席交接给B') is no plan", async () => {
    const a = await engine.answer("氢能网络的轮值主席是谁");
    expect(a.answer).toContain("襄阳");
  });

  it("chairs given by year, respectively, and another term asked in a second part", async () => {
    const a = await engine.answer("环洞庭湖联盟2028年轮值理事长是谁");
    expect(a.answer).toContain("益阳");
    expect(a.answer).not.toContain("常德高新区、益阳");
    const both = await engine.answer("环洞庭湖联盟2027年轮值理事长是谁？2028年是谁");
    expect(both.answer).toMatch(/常德[\s\S]*益阳/);
  });

  it("newcomers told of one a sentence", async () => {
    const a = await engine.answer("新能源汽车网络现在有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["合肥", "柳州", "襄阳", "西安", "常州", "宜宾", "盐城"]) expect(a.answer).toContain(z);
  });

  it("members taken in by 吸收", async () => {
    const a = await engine.answer("漳州高新区是哪些网络的成员");
    expect(a.answer).toContain("储能");
  });

  it("a seat's plaque handed over (交予) names no zone of its own", async () => {
    const a = await engine.answer("新能源汽车网络2027年度轮值主席单位是哪家");
    expect(a.answer).toContain("常州高新区");
    expect(a.answer).not.toContain("牌匾");
  });

  it("parts by province, some uncounted: the counted ones are no whole list, the gathered whole is", async () => {
    const a = await engine.answer("光伏材料网络有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["银川", "常州", "无锡", "乐山", "成都", "青海", "包头"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("选举");
  });

  it("a second item after 又讯 and a wide space keeps its group, named again beside another", async () => {
    const left = await engine.answer("郑州高新区还在纳米新材料网络里吗");
    expect(left.answer).toContain("退出");
    const joined = await engine.answer("佛山高新区是哪些网络的成员");
    expect(joined.answer).toContain("纳米");
    expect(joined.answer).not.toContain("人工智能");
  });

  it("counted parts that add up to fewer than the members counted before them are no whole list", async () => {
    const a = await engine.answer("汾渭平原联盟有哪些成员");
    expect(a.answer).not.toMatch(/共有5家/);
    for (const z of ["西安", "宝鸡", "渭南", "洛阳", "三门峡", "太原", "长治"]) expect(a.answer).toContain(z);
  });

  it("no list whose one official long name cannot be read", async () => {
    const a = await engine.answer("珠江—西江经济带国家高新区协同发展联盟有哪些成员");
    expect(a.answer).not.toMatch(/共有3家成员/);
  });

  it("no list gathered across another group's news", async () => {
    const a = await engine.answer("集成电路网络有哪些成员");
    expect(a.answer).not.toContain("桂林");
    expect(a.answer).not.toContain("吸纳");
  });
});
