/**
 * Classes of questions never seen, found in session 26, each over an article written for this test in new words:
 * an official asked in English by the pinyin of the name ("What is Ma Wentao's position", "Who is Ni Qian"): the
 * name is read as the person inside an English sentence, and a two-syllable full name counts too. A figure counted
 * in 座 ("累计建成…基地14座", asked "建了几个" without the verb 建成, or in English); two targets asked each on its side
 * of a 、 ("推广多少…、建多少座充电站"), the second named without its group ("网络力争推动成员单位…" is who acts).
 * Then growth-92's misses (a dev set): members by province, counted or not ("按省份看，山东有A、B2家，…，江苏有C，…，
 * 宁夏则是D"), after a count "首批参与网络建设的共有七家" (a list "联合A、B等6家" is no list of the members); a leaving
 * applied for before and confirmed ("此前已书面申请退出网络，会议对此予以确认"); a seat handed "A向B移交轮值主席", and the
 * next term told in the sentence after ("按照规则确定的轮值顺序，2028年将由C接任"); a province's members at the founding
 * ("启动时，山东、浙江两省各有哪些": the first list, and 浙江 before 两省 is a province).
 * Then growth-93's (a dev set): a founding dated "昨天" after a dateline; a chair's term with the years after it
 * ("任期两年,自2026年4月至2028年4月"); a year's rotating chair "由A兼任"; a term asked "一届多长时间" (a length, no
 * date); a secretariat handed on "设在A的联盟秘书处，正式移交B"; a later term left open in a sentence that opens
 * "对于…" (the open clause comes later); "由哪家高新区担任" names no zone (nor holder). (A seat "没有作出安排" is open:
 * growth-93's question guards it, answered from the passage that says so.)
 * Then blind-48's (a dev set), over the base articles: a title asked in English ("What is Jia Jingdun's position?":
 * the name out, "position" is still a word); 那 typed for 哪 ("是那天启动的？？"); "在哪里启动的" gives no place to
 * correct; a share ("四成的人工智能相关企业") is no count of another thing ("共建了多少个项目"); who someone is and
 * what they said, asked together in English (the title, then the passage). (An alliance's founding
 * city from its founding sentence, "…在郑州共同发起成立Y", is guarded by growth-69's question.)
 * Then growth-92's again: a region's other name (川渝 for 成渝, knowledge/lexicon/names.yaml regionNames) and a
 * municipality's districts as its province ("属于重庆的"); 俞 typed for 渝; two initiators "共同牵头发起"; when a later
 * term is taken over ("哪年接任"); a clause that asks who ("由哪家成员单位承办，目前同样没有确定") names no holder; a
 * later year's seat is the next term; "B接替A，成为网络第二任轮值主席单位". And growth-93's figures: one of the
 * secretariat's work ("秘书处累计推送各类信息230余条", asked "秘书处…有多少条", not where it is); a heading line ("成员营收
 * 超过2千亿元") gives no figure, the section's sentence does; a zone's count "依托网络平台" is the group's too.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t26-sand", "国家高新区现代种业产业协同创新网络在杨凌启动", "2026-05-12", [
    "5月10日，国家高新区现代种业产业协同创新网络启动仪式在杨凌示范区举行。首批成员共3家：杨凌示范区（牵头单位）、武威高新区、石嘴山高新区。",
    "杨凌示范区党工委书记韩立峰在致辞中表示，网络将把育种和制种结合起来。",
    "武威高新区管委会副主任乔林说，网络要共建良种繁育基地。",
    "数据显示，3家成员高新区目前集聚种业企业约210家，累计建成良种繁育示范基地14座。",
    "到2028年，网络力争推动成员单位新增制种面积超过3万亩，建成充电站60座。",
  ]),
  article("t26-salt", "国家高新区精细化工产业协同创新网络在东营启动", "2026-03-12", [
    "3月10日，国家高新区精细化工产业协同创新网络启动大会在东营高新区召开。东营高新区牵头，联合淄博、宁波等6家国家高新区，共同组建该网络。",
    "首批参与网络建设的共有七家国家高新区。按省份看，山东有东营、淄博2家，浙江有宁波、衢州2家，江苏有泰州，河北有沧州，宁夏则是宁东高新区。",
    "网络实行轮值主席制度，首任轮值主席单位由东营高新区担任。",
  ]),
  article("t26-salt2", "精细化工网络2027年度工作会议召开", "2027-04-22", [
    "4月21日，国家高新区精细化工产业协同创新网络2027年度工作会议在淄博高新区召开。",
    "成员调整",
    "会议审议同意大连高新区、惠州仲恺高新区2家国家高新区加入网络。同时，衢州高新区因产业发展重点调整，此前已书面申请退出网络，会议对此予以确认。调整后，网络成员单位由成立时的7家增至8家。",
    "会上，东营高新区向淄博高新区移交轮值主席，淄博高新区任期自2027年4月至2028年4月。按照规则确定的轮值顺序，2028年将由宁波高新区接任。",
  ]),
  article("t26-delta", "珠江流域国家高新区协同创新联盟在广州成立", "2026-04-17", [
    "科技日报广州4月17日电(记者 林海)昨天,珠江流域国家高新区协同创新联盟成立大会在广州高新区举行。",
    "联盟首批成员共3家：广州高新区、南宁高新区、柳州高新区。",
    "首届理事长单位由广州高新区担任,任期两年,自2026年4月至2028年4月;南宁高新区为副理事长单位。",
    "联盟同时实行年度轮值主席制度,2026年度轮值主席由柳州高新区兼任。",
    "至于2027年度轮值主席由哪家高新区担任,会议没有作出安排。",
  ]),
  article("t26-yz", "渝中黔北4家国家高新区组建协同创新联盟", "2026-04-16", [
    "昨天，成渝地区国家高新区协同创新联盟成立大会在重庆高新区举行。联盟由成都高新区、重庆高新区共同牵头发起，4家国家高新区首批加入。",
    "联盟首批成员单位共4家，分别为：成都高新区、重庆高新区、璧山高新区、遵义高新区。",
    "第一届理事长单位为成都高新区；重庆高新区为第二届理事长单位，将于2028年接任。",
    "2027年成渝高新区协同创新大会由哪家成员单位承办，目前同样没有确定。",
  ]),
  article("t26-salt3", "精细化工网络迎来周岁 轮值主席交棒淄博", "2027-03-30", [
    "3月28日，国家高新区精细化工产业协同创新网络2027年全体成员大会在淄博高新区举行。",
    "经全体成员大会协商推选，泰州高新区接替淄博高新区，成为网络第二任轮值主席单位，任期至2028年3月。",
  ]),
  article("t26-salt4", "精细化工网络年会侧记", "2027-06-12", [
    "6月10日，国家高新区精细化工产业协同创新网络2027年年会在泰州高新区召开。",
    "成员营收超过2000亿元",
    "年会发布的数据显示，2026年，网络成员单位精细化工产业营业收入合计约2360亿元。秘书处累计推送各类信息230余条。",
    "东营高新区管委会主任介绍，依托网络平台，东营高新区等机构设立的联合中试基地已由12个增至19个。",
  ]),
  article("t26-salt5", "国家高新区盐化工产业协同创新网络在连云港启动", "2026-01-16", [
    "本报讯（记者 王峰）昨天，国家高新区盐化工产业协同创新网络启动大会在连云港高新区举行。由连云港高新区牵头，六家国家高新区携手“组网”。",
    "按区域看，网络成员覆盖东中西部：华东地区有连云港、淮安、潍坊3家高新区；华中地区有应城、潜江2家；北方和西部地区则有格尔木1家。",
    "数据显示，2025年，6家成员高新区盐化工产业营业收入合计约900亿元，纯碱年产能合计超过800万吨，储能电站装机合计超过12GW。",
  ]),
  article("t26-salt6", "盐化工网络年度工作会议召开", "2026-12-18", [
    "12月16日，国家高新区盐化工产业协同创新网络2026年度工作会议在潍坊高新区召开。会议协商确定，淮安高新区自2027年1月1日起担任轮值主席单位，任期一年。至于2028年度由哪家高新区担任轮值主席，会议明确“届时再议”。",
    "报告显示，2026年，网络成员单位盐化工产业营业收入预计约1100亿元，较网络启动时公布的2025年数据增长约22%。",
  ]),
  article("t26-salt7", "国家高新区盐化工产业协同创新网络2026年度大会在潍坊举行", "2026-06-12", [
    "6月10日，国家高新区盐化工产业协同创新网络2026年度大会在潍坊高新区举行。",
    "不过，2027年度大会在哪里举办，目前尚未确定。",
    "按照网络秘书处轮值制度，首届秘书处由连云港高新区承担，任期自2026年1月至2026年6月；第二届秘书处由潍坊高新区承担，任期至2028年6月。",
  ]),
  article("t26-salt8", "盐化工网络2026年度理事会召开", "2026-11-26", [
    "11月24日，国家高新区盐化工产业协同创新网络2026年度理事会在淮安高新区召开。连云港高新区作为网络牵头单位和轮值主席单位主持会议，网络成员单位代表等100余人参会。",
  ]),
  article("t26-river2", "珠江联盟秘书处交接", "2027-05-28", [
    "按照联盟秘书处轮值制度，首届联盟秘书处所在地广州高新区正式将秘书处工作移交柳州高新区。柳州高新区自2027年6月1日起承担第二届联盟秘书处工作，轮值期两年。",
  ]),
  article("t26-karst", "喀斯特地区国家高新区协同发展联盟成立", "2026-07-22", [
    "2026年7月20日，贵阳、安顺、六盘水3家国家高新区共同发起成立喀斯特地区国家高新区协同发展联盟。",
    "联盟首批成员共3家：贵阳高新区、安顺高新区、六盘水高新区。",
  ]),
  article("t26-delta2", "珠江联盟秘书处交接", "2027-06-12", [
    "2027年6月10日，珠江流域国家高新区协同创新联盟秘书处交接仪式在南宁高新区举行。按照联盟秘书处轮值制度，自联盟成立起设在广州高新区的联盟秘书处，正式移交南宁高新区。",
    "对于第三届秘书处由哪家成员单位承接,会议明确将于2029年年度会议前审议确定,目前尚未明确。",
  ]),
];

describe("an official asked in English by the pinyin of the name", () => {
  const grown = grownEngine(ARTICLES);
  it("reads a three-syllable name inside an English sentence", async () => {
    const a = await grown.engine.answer("What is Han Lifeng's position, and which zone is he from?");
    expect(a.kind, a.answer).not.toBe("none");
    expect(a.answer).toContain("杨凌");
    expect(a.answer).toContain("党工委书记");
  });
  it("reads a two-syllable full name", async () => {
    await grown.answers("Who is Qiao Lin?", ["武威", "副主任"]);
  });
});

describe("a figure counted in 座, and two asked on the two sides of a 、", () => {
  const grown = grownEngine(ARTICLES);
  it("answers a count in 座 asked without the article's verb", async () => {
    await grown.answers("种业网络建了几个良种繁育示范基地", ["14"]);
  });
  it("answers a target in 座 asked in English", async () => {
    await grown.answers("How many charging stations will the 种业 network build by 2028?", ["60"]);
  });
  it("answers two targets asked on the two sides of a 、", async () => {
    const a = await grown.engine.answer("种业网络到2028年要新增多少亩制种面积、建多少座充电站？");
    expect(a.answer).toContain("3万");
    expect(a.answer).toContain("60");
    expect(a.answer).not.toMatch(/^网络力争/);
  });
});

describe("members by province, changes and seats said as growth-92's articles say them", () => {
  const grown = grownEngine(ARTICLES);
  it("reads members by province, counted or not, against the count in words", async () => {
    await grown.answers("精细化工网络刚成立时有哪些成员", ["东营", "淄博", "宁波", "衢州", "泰州", "沧州", "宁东"], []);
  });
  it("reads a leaving applied for before and confirmed, with the joins, to the count after", async () => {
    const a = await grown.engine.answer("精细化工网络现在有哪些成员");
    for (const z of ["大连", "仲恺", "东营", "宁东"]) expect(a.answer).toContain(z);
    expect(a.answer).toContain("8家");
    expect(a.answer.split("衢州").length - 1, a.answer).toBeLessThanOrEqual(1);
  });
  it("reads a seat handed 向B移交轮值主席", async () => {
    await grown.answers("精细化工网络现在的轮值主席是谁", ["淄博"]);
  });
  it("reads the next term told in the sentence after", async () => {
    await grown.answers("精细化工网络2028年轮值主席是谁", ["宁波"]);
  });
  it("answers a province's members at the founding", async () => {
    await grown.answers("精细化工网络启动时，山东、浙江两省各有哪些高新区参加", ["东营", "淄博", "宁波", "衢州"]);
  });
});

describe("dates, terms and seats said as growth-93's articles say them", () => {
  const grown = grownEngine(ARTICLES);
  it("dates a founding said 昨天 by the dateline", async () => {
    await grown.answers("珠江流域联盟是几月几号成立的", ["4月16日"]);
  });
  it("gives a chair's term with its years", async () => {
    await grown.answers("珠江流域联盟首届理事长单位是哪家，任期多久", ["广州", "2028年4月"]);
  });
  it("reads a year's rotating chair 由A兼任", async () => {
    await grown.answers("珠江流域联盟2026年度轮值主席是哪家", ["柳州"]);
  });
  it("reads a secretariat handed on 设在A的秘书处，正式移交B", async () => {
    await grown.answers("珠江流域联盟秘书处现在设在哪", ["南宁"]);
  });
  it("says a later term is open when the sentence opens 对于…", async () => {
    const a = await grown.engine.answer("珠江流域联盟第三届秘书处由哪家承接");
    expect(a.answer).toContain("尚未");
    expect(a.citations.some((c) => c.quote.includes("目前尚未明确"))).toBe(true);
  });
  it("reads no holder, and no zone, in a seat 由哪家高新区担任 left open", async () => {
    const a = await grown.engine.answer("珠江流域联盟2027年度轮值主席是谁");
    expect(a.kind, a.answer).toBe("none");
    // (The sentence that leaves it open is quoted, "…由哪家高新区担任,会议没有作出安排", and names no holder.)
    expect(a.answer).toMatch(/^目前尚未确定[\s\S]*没有作出安排/);
    expect([...grown.engine.knowledge.zones.values()].filter((z) => z.name.includes("哪"))).toEqual([]);
  });
});

describe("a term asked as a length of time", () => {
  const grown = grownEngine(ARTICLES);
  it("answers 一届多长时间 with the term, not the founding date", async () => {
    const a = await grown.engine.answer("精细化工网络的轮值主席一届多长时间");
    expect(a.answer).not.toContain("3月10日");
  });
});

describe("blind-48's classes", () => {
  const grown = grownEngine(ARTICLES);
  it("answers a title asked in English with the name in pinyin", async () => {
    await grown.answers("What is Jia Jingdun's position?", ["火炬中心主任"]);
  });
  it("reads 那天 in a question as 哪天", async () => {
    await grown.answers("人工只能网络是那天启动的？？？", ["10月21日"]);
  });
  it("reads 在哪里启动的 as where, not as a place to correct", async () => {
    const a = await grown.engine.answer("精细化工网络是在哪里启动的？");
    expect(a.answer).toContain("东营");
    expect(a.answer).not.toContain("不是在哪里");
  });
  it("gives a person's title and then what they said, both asked in English", async () => {
    await grown.answers("Who is Yang Honggang, and how many high-tech enterprises did he say Sanyuan now has?", [
      "县长",
      "110",
    ]);
  });
  it("does not answer a count of one thing with a share of another", async () => {
    const a = await grown.engine.answer("京沈对口合作里中关村企业和沈阳高新区一共共建了多少个项目？");
    expect(a.answer).not.toContain("四成");
  });
});

describe("growth-92's names, seats and open questions", () => {
  const grown = grownEngine(ARTICLES);
  it("reads a region by its other name and a province that is a city", async () => {
    await grown.answers("川渝那个高新区联盟里，属于重庆的是哪几家？", ["重庆", "璧山"], ["成都", "遵义"]);
  });
  it("reads a look-alike character in a region's name", async () => {
    await grown.answers("成俞地区国家高新区协同创新联盟由谁牵头发起", ["成都", "重庆"]);
  });
  it("gives the year a later term is taken over, asked after the holder", async () => {
    await grown.answers("成渝联盟下一届理事长单位是哪家？哪年接任？", ["重庆", "2028"]);
  });
  it("says who hosts a meeting is open when the clause that names it asks who", async () => {
    const a = await grown.engine.answer("成渝联盟2027年的协同创新大会在哪个高新区办？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("尚未确定");
  });
  it("reads a later year's seat as the next term", async () => {
    await grown.answers("精细化工网络的下一任轮值主席是谁", ["宁波"]);
  });
  it("reads 'B接替A，成为网络第二任轮值主席单位' with its term", async () => {
    await grown.answers("东营之后精细化工网络的轮值主席交给了哪家？任期到什么时候？", ["泰州", "2028年3月"]);
  });
});

describe("growth-93's figures", () => {
  const grown = grownEngine(ARTICLES);
  // (Each a fact: the passages may quote the sentence, but the figure is what answers.)
  const factWith = async (q: string, value: string) => {
    const a = await grown.engine.answer(q);
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain(value);
  };
  it("answers an amount of the secretariat's work, not where it is", async () => {
    await factWith("精细化工网络秘书处累计推送的信息有多少条", "230");
  });
  it("takes the section's figure, not its heading's", async () => {
    await factWith("精细化工网络成员2026年精细化工产业营收一共多少", "2360");
  });
  it("counts a zone's work on the group's platform as the group's", async () => {
    await factWith("精细化工网络的联合中试基地现在有多少个", "19");
  });
});

describe("growth-95's classes", () => {
  const grown = grownEngine(ARTICLES);
  it("reads members by region with two regions as one label", async () => {
    await grown.answers("盐化工网络有哪些成员", ["连云港", "淮安", "潍坊", "应城", "潜江", "格尔木"]);
  });
  it("answers a region's members at the founding", async () => {
    await grown.answers("盐化工网络刚启动那会儿，华中地区的成员是哪几家？", ["应城", "潜江"], ["淮安"]);
  });
  it("reads a capacity in GW", async () => {
    await grown.answers("盐化工网络成员的储能电站装机合计有多大", ["12GW"]);
  });
  it("gives the day a seat is held from", async () => {
    await grown.answers("淮安从哪天开始当盐化工网络的轮值主席？", ["2027年1月1日"]);
  });
  it("keeps a change against an earlier year's figure as the figure's note", async () => {
    await grown.answers("2026年盐化工网络成员的营收预计多少？比2025年涨了多少？", ["1100", "22%"]);
  });
});

describe("blind-50's classes", () => {
  const grown = grownEngine(ARTICLES);
  it("says 是的 for yes", async () => {
    const a = await grown.engine.answer("光电子网络是在武汉东湖高新区启动的吧？");
    expect(a.answer.startsWith("是的。"), a.answer).toBe(true);
  });
  it("says 对 when a statement is asked to be confirmed", async () => {
    const a = await grown.engine.answer("江苏有5个县级市获批国家创新型县（市），数量全国第一，对吗？");
    expect(a.answer, a.answer).toMatch(/^(?:对|是的)/);
  });
  it("answers a title and a question of its own after it, in English", async () => {
    await grown.answers("Who is Jia Jingdun, and how many innovative industrial cluster pilots had been set up?", [
      "火炬中心主任",
      "61",
    ]);
  });
  it("answers what a named person said, asked 讲的…是干什么的", async () => {
    await grown.answers("贾敬敦讲的集群企业梯次培育行动计划是干什么的，准备怎么推进？", ["大中小企业"]);
  });
  it("answers a list asked for with its count", async () => {
    await grown.answers("麻烦列一下集成电路产业协同创新网络的全部16家高新区", ["中关村", "绍兴", "厦门"]);
  });
  it("checks a month claimed alone", async () => {
    await grown.answers("纳米新材料网络是不是11月启动的？", ["不是", "10月23日"]);
  });
});

describe("growth-95's meeting and term", () => {
  const grown = grownEngine(ARTICLES);
  it("answers this year's meeting, not the later one left open", async () => {
    await grown.answers("盐化工网络今年的年度大会放在哪个高新区办的？", ["潍坊"]);
  });
  it("gives the secretariat's own term when a sentence gives two", async () => {
    await grown.answers("盐化工网络秘书处现在由哪个高新区承担？任期到什么时候？", ["潍坊", "2028年6月"]);
  });
});

describe("after the finals: no official named 单位", () => {
  const grown = grownEngine(ARTICLES);
  it("reads no person from '…轮值主席单位主持会议'", async () => {
    expect(grown.engine.knowledge.officials.filter((o) => o.name === "单位")).toEqual([]);
    const a = await grown.engine.answer("盐化工网络现在有几家成员单位");
    expect(a.answer).not.toContain("单位：");
  });
});

describe("after the finals: the finals' other classes", () => {
  const grown = grownEngine(ARTICLES);
  it("reads a secretariat handed on 'A正式将秘书处工作移交B'", async () => {
    // (t26-delta2 hands it to 南宁 in 2027-06; this article, dated 2027-05-28, hands it to 柳州 first.)
    const a = await grown.engine.answer("珠江流域联盟秘书处之前设在哪，后来交给了谁");
    expect(a.answer).toContain("柳州");
  });
  it("answers who founded an alliance with its founding members", async () => {
    await grown.answers("喀斯特地区国家高新区协同发展联盟是由哪些高新区发起的", ["贵阳", "安顺", "六盘水"]);
  });
  it("reads 有X没 as 有没有X", async () => {
    await grown.answers("集成电路网络有厦门的高新区没 是哪个", ["厦门火炬"]);
  });
});
