/**
 * Classes of session 61, each over articles written for this test in new words. Each fails on the code before the
 * session's changes (18afa85), but the guards named in their titles, which pass there too.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t61-auto", "国家高新区智能网联汽车产业协同创新网络在柳州启动", "2026-05-20", [
    "5月18日，国家高新区智能网联汽车产业协同创新网络启动大会在柳州高新区举行，十一家国家高新区共同发起成立该网络。",
    "柳州高新区是这一网络的牵头单位。",
    "据介绍，网络成员按产业链环节分为三个板块，牵头单位之外的十家成员分布如下：",
    "■ 整车集成（四家）：长春高新区、襄阳高新区、重庆高新区、广州高新区。",
    "■ 智能座舱与车载软件（三家）：合肥高新区、西安高新区、武汉东湖高新区。",
    "■ 动力电池与电驱系统（三家）：宁波高新区、长沙高新区、芜湖高新区。",
    "网络设立理事会，柳州高新区任理事长单位。",
    "从产业基础看，长春高新区、襄阳高新区等主要布局在商用车智能化领域，合肥高新区、西安高新区等则深耕车载芯片领域。",
    "长春高新区管委会副主任孙立军代表整车集成板块成员单位发言。",
    "筹备期间，2025年成员单位间促成产学研合作项目14个。",
  ]),
  article("t61-auto-report", "智能网联汽车网络发布半年报告", "2026-08-26", [
    "8月25日，国家高新区智能网联汽车产业协同创新网络发布《2026年上半年发展报告》。",
    "报告显示，2025年，网络原十一家成员单位智能网联汽车产业产值合计6400亿元；同年全国国家高新区智能网联汽车产业产值约2.5万亿元。",
    "2026年上半年，网络成员单位合计实现智能网联汽车产业产值3550亿元，同比增长12.6%。",
    "2026年上半年，网络促成产学研合作项目22个。",
    "报告列出了部分成员单位智能网联汽车产业产值情况（单位：亿元）：",
    "| 高新区 | 2025年全年 | 2026年上半年 | 上半年同比增长 |",
    "|---|---|---|---|",
    "| 长春高新区 | 1310 | 702 | 9.1% |",
    "| 重庆高新区 | 1186 | 655 | 13.4% |",
    "| 合肥高新区 | 874 | 517 | 18.2% |",
    "会上，网络审议同意株洲高新区加入网络。至此，网络成员由成立时的十一家（十家国家高新区和一家省级高新区）增至十二家。",
    "“扩容不是简单凑数，而是补齐整车配套的短板。”柳州高新区管委会副主任覃立新表示。",
  ]),
  {
    ...article("t61-donghu-interview", "专访：把网络做成园区间的“高速路”", "2026-12-02", [
      "东湖高新区牵头建设国家高新区光电子产业协同创新网络，同时参与多个产业协同创新网络建设。记者就此专访了东湖高新区管委会负责人。",
      "问：光电子网络这一年有哪些新变化？",
      "答：2024年11月网络启动时，共有十三家高新区。今年，绵阳高新区和洛阳高新区先后提出申请并经理事会同意加入。",
      "问：网络年会在哪里办？",
      "答：今年的网络年会11月在合肥高新区举办。至于2027年年会放在哪个城市举办，目前正在征求成员单位意见，还没有最后确定。",
      "问：网络下半年还有什么安排？",
      "答：年底前，网络将发布光电子产业链供需对接清单，清单具体内容仍在征集之中。",
    ]),
    source: "武汉东湖高新区管委会",
  },
  article("t61-software", "国家高新区工业软件产业协同创新网络在大连启动", "2026-06-12", [
    "6月10日，国家高新区工业软件产业协同创新网络启动大会在辽宁大连软件园国际会议中心举行。",
    "大连高新区牵头，联合西安高新区、南京高新区、济南高新区等国家高新区共同组建该网络，理事会任期两年。",
  ]),
  article("t61-nantong", "南通高新区：以“链”育新 打造海工装备高地", "2026-07-02", [
    "7月1日，南通高新区海工装备产业推进会召开。",
    "南通市副市长、南通高新区管委会主任顾明远表示，南通高新区将沿着“补链—强链—延链”的发展路径，打造海工装备产业高地。",
    "会上还发布了海工装备重点产业链图谱。",
  ]),
  article("t61-beibu", "北部湾城市群国家高新区协同发展联盟成立", "2026-02-10", [
    "2月8日，北部湾城市群国家高新区协同发展联盟成立大会在南宁高新区举行，广西、广东、海南三省区九家国家高新区共同发起成立该联盟。",
    "联盟实行轮值主席制度，南宁高新区担任首届轮值主席单位，任期一年，此后按广西、广东、海南的顺序轮换。联盟秘书处常设在南宁高新区，同月12日正式挂牌运行。",
    "南宁高新区管委会主任韦志刚代表首届轮值主席单位发言。",
    "联盟共享仪器平台首批入网科研仪器1200余台（套）。",
  ]),
  article("t61-beibu-2026", "北部湾联盟召开年度联席会议 轮值主席交棒湛江高新区", "2026-12-09", [
    "12月7日，北部湾城市群国家高新区协同发展联盟2026年度联席会议在湛江高新区召开。",
    "会上举行轮值主席交接仪式，南宁高新区将轮值主席单位交接给湛江高新区，由后者担任新一任轮值主席单位。",
    "会议审议同意三亚高新区加入联盟。",
    "对于成立时提出的吸纳省级高新区作为联盟观察员单位一事，联席会议经讨论决定暂缓实施。",
    "会议还对一项数据作出更正：今年2月对外发布的“联盟成员单位集聚高新技术企业5200家”因统计口径有误，经核实，2025年底九家成员单位集聚高新技术企业应为4800家。",
    "联盟共享仪器平台入网科研仪器由成立时的1200余台（套）增至3100余台（套）。",
    "按照联盟章程，下一任轮值主席单位将从海南成员中产生，具体由哪家高新区担任，将在2027年度联席会议上确定。",
  ]),
  article("t61-beidou", "北斗应用网络年会在长沙召开", "2026-10-16", [
    "10月15日，国家高新区北斗应用产业协同创新网络2026年年会在长沙高新区召开。该网络2025年由长沙高新区牵头，联合武汉东湖高新区、西安高新区等国家高新区共同组建。",
    "年会审议同意绵阳高新区加入网络。至此，网络成员由成立时的10家（9家国家高新区和1家省级高新区）增至11家。",
  ]),
  {
    ...article("t61-zhanjiang", "我区接任北部湾联盟轮值主席单位", "2026-12-20", [
      "本月起，我区接任北部湾城市群国家高新区协同发展联盟轮值主席单位，将牵头组织联盟2027年度重点工作。",
    ]),
    source: "湛江高新区管委会",
  },
];

const grown = grownEngine(ARTICLES);
const ask = (q: string) => grown.engine.answer(q);

describe("session 61: figures a zones table gives, compared, a share, and a part of a year not reported", () => {
  it("a zone's figure for one period, from a table of zones", async () => {
    const a = await ask("合肥高新区2026年上半年智能网联汽车产业产值是多少？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("517");
    expect(a.answer.split("\n")[0]).not.toContain("874");
    expect(a.citations.map((c) => c.quote).join("")).not.toContain("1310");
  });
  it("two zones compared in one year, the difference computed", async () => {
    const a = await ask("2025年智能网联汽车产值，长春高新区和重庆高新区哪个高？高多少？");
    expect(a.answer).toContain("长春");
    expect(a.answer).toContain("124");
  });
  it("今年上半年 is the half year of the article's year", async () => {
    const a = await ask("今年上半年重庆高新区智能网联汽车产值比合肥高新区多多少亿？");
    expect(a.answer).toContain("138");
  });
  it("a share asked of a part and a whole the article gives, computed", async () => {
    const a = await ask("智能网联汽车网络原来11家成员2025年的产值，大概占全国高新区智能网联汽车产值的几成？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("25.6%");
    expect(a.answer).toContain("算出");
  });
  it("a prose figure dated by a clause with a half year is of that half year", async () => {
    const a = await ask("智能网联汽车网络2026年上半年的产值是多少？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("3550");
    expect(a.answer).toContain("上半年");
  });
  it("the whole year asked where only the half year is written: not written, with what is", async () => {
    const a = await ask("智能网联汽车网络2026年全年的产值是多少？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("上半年");
    expect(a.answer).toContain("3550");
  });
  it("guard: the whole year asked where the whole year is written is answered", async () => {
    const a = await ask("合肥高新区2025年全年智能网联汽车产值是多少？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("874");
  });
});

describe("session 61: parts of the list told but the lead, named loosely, and counted together", () => {
  it("guard: the whole list is the parts and the lead", async () => {
    const a = await ask("智能网联汽车网络有哪些成员？");
    for (const z of ["柳州", "长春", "合肥", "芜湖"]) expect(a.answer).toContain(z);
  });
  it("a part asked by its label", async () => {
    const a = await ask("智能网联汽车网络整车集成板块有哪几家？");
    for (const z of ["长春", "襄阳", "重庆", "广州"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("合肥");
  });
  it("a part asked without the word that makes it smart", async () => {
    const a = await ask("智能网联汽车网络座舱与车载软件领域有哪些高新区？");
    for (const z of ["合肥", "西安", "东湖"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("长春");
  });
  it("a long part asked by its first and last words", async () => {
    const a = await ask("智能网联汽车网络里动力电驱系统那块是哪几家？");
    for (const z of ["宁波", "长沙", "芜湖"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("襄阳");
  });
  it("two parts counted together", async () => {
    const a = await ask("智能网联汽车网络整车集成和智能座舱两个板块加起来有几家？");
    expect(a.answer).toContain("合计7家");
  });
  it("guard: each part counted on its own is not summed", async () => {
    const a = await ask("智能网联汽车网络整车集成和智能座舱两个板块各有几家？");
    expect(a.answer).not.toContain("合计");
  });
});

describe("session 61: a count after a change with its parts in brackets, and a join in an interview", () => {
  it("the count after a change, the count before it told in brackets", async () => {
    const a = await ask("北斗应用网络现在一共有多少家成员？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("11家");
  });
  it("guard: the count after a change of a list read whole", async () => {
    const a = await ask("智能网联汽车网络现在一共有多少家成员？");
    expect(a.answer).toContain("12家");
  });
  it("a join an interview's answer tells of the group its question names", async () => {
    const a = await ask("光电子网络现在有哪些成员？");
    expect(a.answer).toContain("绵阳");
    expect(a.answer).toContain("洛阳");
  });
  it("a join said 今年 is not dated by the founding the sentence before recalls", async () => {
    const a = await ask("绵阳高新区是什么时候加入光电子网络的？");
    expect(a.kind).not.toBe("none");
    expect(a.answer).toContain("2026");
    expect(a.answer).not.toContain("2024年11月");
  });
});

describe("session 61: left open, answered honestly", () => {
  it("a host city not finally decided", async () => {
    const a = await ask("光电子网络2027年的年会在哪个城市办？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("没有最后确定");
  });
  it("what a list holds, still being collected", async () => {
    const a = await ask("光电子网络年底要发布的供需对接清单里具体都有啥内容？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("仍在征集");
  });
});

describe("session 61: a founding place no zone stands for, a seat handed on, and a count of things before and after", () => {
  it("founded elsewhere than the zone asked: no, with the place its sentence names", async () => {
    const a = await ask("工业软件网络是在东湖启动的吗？");
    expect(a.answer).toMatch(/^不是/);
    expect(a.answer).toContain("大连软件园");
  });
  it("a day asked with a wrong place taken for granted: the place corrected", async () => {
    const a = await ask("工业软件网络在东湖启动的那天是几月几号？");
    expect(a.answer).toContain("6月10日");
    expect(a.answer).toContain("不是在");
  });
  it("guard: founded in the zone's city and named so, asked yes", async () => {
    const a = await ask("北部湾联盟是在南宁高新区成立的吗？");
    expect(a.answer).toMatch(/^是/);
  });
  it("guard: the seat handed to a zone, asked 交接给谁: the zone, not a person", async () => {
    const a = await ask("北部湾联盟的轮值主席单位交接给谁了？");
    expect(a.answer).toContain("湛江");
    expect(a.answer).not.toContain("韦志刚");
  });
  it("guard: the next term after a hand-over the articles tell: left open, from the province they name", async () => {
    const a = await ask("北部湾联盟下一任轮值主席会从哪个省出？");
    expect(a.answer).toContain("海南");
  });
  it("guard: the next holder after a hand-over: not decided yet", async () => {
    const a = await ask("北部湾联盟下一任轮值主席是哪家？");
    expect(a.kind).toBe("none");
    expect(a.answer).not.toContain("此后由湛江");
  });
  it("guard: who holds it now is the zone handed it", async () => {
    const a = await ask("北部湾联盟现在的轮值主席是谁？");
    expect(a.answer).toContain("湛江");
  });
  it("things counted before and after (原来多少台), not the members", async () => {
    const a = await ask("北部湾联盟的仪器共享平台，入网仪器原来多少台，现在涨到多少了？");
    expect(a.answer).toContain("3100");
    expect(a.answer).toContain("1200");
    expect(a.answer).not.toContain("南宁高新区、");
  });
});

describe("session 61: two-character words typed with a homophone", () => {
  it("guard: 仁期 is 任期", async () => {
    const a = await ask("工业软件网络理事会仁期几年？");
    expect(a.answer).toContain("两年");
  });
  it("起动 is 启动, its place taken for granted corrected", async () => {
    const a = await ask("工业软件网络在东湖起动的那天是几号？");
    expect(a.answer).toContain("6月10日");
    expect(a.answer).toContain("大连软件园");
  });
  it("guard: a pair across two words is no slip (机器人企业 holds 人企)", async () => {
    const a = await ask("北斗应用网络有多少家机器人企业？");
    expect(a.understoodAs ?? "").not.toContain("任期");
    expect(a.answer).not.toContain("任期");
  });
  it("guard: a place before a zone's suffix is no slip", async () => {
    const a = await ask("启东高新区在哪些网络里？");
    expect(a.answer).not.toContain("启动");
  });
});

describe("session 61: who said it in reported speech, what a person said taken for granted, and an aspect named", () => {
  it("a path said in reported speech: who said it, with the sentence", async () => {
    const a = await ask("南通高新区的发展路径是谁讲的？");
    expect(a.answer).toMatch(/^是顾明远/);
    expect(a.answer).toContain("补链");
  });
  it("what a person said of a change, confirmed: the passage that quotes it, not the change", async () => {
    const a = await ask("覃立新说智能网联汽车网络扩容就是凑数，对吧？");
    expect(a.kind).toBe("passage");
  });
  it("guard: the next year's meeting left open is no answer to this year's", async () => {
    const a = await ask("光电子网络今年的年会在哪办的？");
    expect(a.kind).not.toBe("none");
    expect(a.answer).toContain("合肥");
  });
});

describe("session 61: what a plan came to, an amount of another period, a speaker of another zone", () => {
  it("a plan asked what it came to (后来定了没有): what the articles say since, not a refusal of the future", async () => {
    const a = await ask("北部湾联盟说要吸纳省级高新区当观察员，后来定了没有？");
    expect(a.answer).toContain("暂缓");
  });
  it("an amount claimed of one year that another article gives of another period: said whose it is", async () => {
    const a = await ask("智能网联汽车网络2025年促成了22个产学研项目，对吧？");
    expect(a.answer).toMatch(/^不是22个/);
    expect(a.answer).toContain("2026年上半年");
  });
  it("the one who spoke asked as of another zone: who did, not of that zone", async () => {
    const a = await ask("智能网联汽车网络启动会上，代表整车集成板块成员单位发言的是重庆高新区的哪位？");
    expect(a.answer).toContain("孙立军");
    expect(a.answer).toContain("不是重庆高新区");
  });
  it("guard: the one who spoke asked as of their own zone", async () => {
    const a = await ask("智能网联汽车网络启动会上，代表整车集成板块成员单位发言的是长春高新区的哪位？");
    expect(a.answer).toContain("孙立军");
    expect(a.answer).not.toContain("不是");
  });
});

describe("session 61: newcomers counted wrongly", () => {
  it("as many newcomers as the question says, when the last change added fewer: corrected", async () => {
    const a = await ask("智能网联汽车网络会上又加了3家，那现在一共几家？");
    expect(a.answer).toContain("不是3家");
    expect(a.answer).toContain("株洲");
    expect(a.answer).toContain("12家");
  });
  it("guard: as many as the change added is no mistake", async () => {
    const a = await ask("智能网联汽车网络会上又加了1家，那现在一共几家？");
    expect(a.answer).not.toContain("不是1家");
    expect(a.answer).toContain("12家");
  });
});

describe("session 61: a correction with its reason, the order a seat goes round in, a secretariat's opening day", () => {
  it("a correction whose reason stands before 有误 and whose measure is said again before 应为", async () => {
    const a = await ask("北部湾联盟成员的高企数量更正以后到底是多少？");
    expect(a.answer).toContain("4800");
    expect(a.answer).toContain("更正");
    expect(a.answer).not.toContain("5200");
  });
  it("the order the rotating chair goes round in", async () => {
    const a = await ask("北部湾联盟轮值主席按什么顺序轮？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("广西、广东、海南");
  });
  it("the day the secretariat opened: the sentence that says it, not where it sits", async () => {
    const a = await ask("北部湾联盟秘书处是几号挂牌运行的？");
    expect(a.answer).toContain("12日");
  });
  it("guard: where the secretariat sits", async () => {
    const a = await ask("北部湾联盟秘书处设在哪？");
    expect(a.answer).toContain("南宁");
  });
});

describe("session 61: members that do one thing, asked the other way round", () => {
  it("哪些高新区主要布局X: the sentence that says so, not the whole list", async () => {
    const a = await ask("智能网联汽车网络里哪些高新区主要布局商用车智能化？");
    expect(a.answer).toContain("长春");
    expect(a.answer).not.toContain("芜湖");
  });
});
