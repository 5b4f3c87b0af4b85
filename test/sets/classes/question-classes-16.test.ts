/**
 * Classes of knowledge that grows and of questions, shown by growth-32/33 and blind-33 (session 16), each over an
 * article written for this test in new words: a zone's roles in the groups named ("在X和Y里分别是什么身份"), or two
 * seats asked with no group named; a second question that names the first's zone by 它; a question and a yes/no
 * check in one sentence ("…是谁，秘书处还在A吗"); a secretariat's next term planned ("2027年度秘书处拟由C承接"),
 * asked alone or with the seat now.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** A network with a lead, two deputy leads and a rotating chair for one year. */
const SENSORS = {
  id: "t16-sensors",
  title: "智能传感器产业协同创新网络在郑州启动",
  date: "2026-06-12",
  source: "测试",
  body: [
    "本报讯（记者 韩冰）6月10日，国家高新区智能传感器产业协同创新网络启动会在郑州高新区举行。郑州高新区联合洛阳、新乡、宝鸡、株洲、芜湖等国家高新区共同组建该网络，首批成员单位共6家。",
    "网络由郑州高新区牵头，洛阳高新区、新乡高新区为副牵头单位。会议决定实行轮值主席制度，2026年度轮值主席单位由洛阳高新区担任；网络秘书处设在郑州高新区。",
    "会上，成员单位签署合作协议，现场签约项目12个。",
    "启动会由工业和信息化部规划司指导。",
  ].join("\n\n"),
};

/** The network's first change of members, a committee inside it, a rule adopted earlier, next year's work. */
const SENSORS_UPDATE = {
  id: "t16-sensors-update",
  title: "智能传感器网络吸纳新成员",
  date: "2026-11-20",
  source: "测试",
  body: [
    "本报讯 11月18日，国家高新区智能传感器产业协同创新网络2026年度工作会议在洛阳高新区召开。会议同意吸纳南阳高新区为新成员，网络成员由6家增至7家。这是该网络成立以来首次调整成员。",
    "郑州高新区管委会主任刘洋在会上致辞。伏牛山联盟秘书长、南阳高新区管委会副主任赵倩介绍了联盟与网络的合作。",
    "按照2026年6月网络启动会审议通过的《网络成员管理办法》，新成员须经全体成员单位表决同意。",
    "会上成立网络专家委员会，由郑州大学教授王海担任主任。",
    "目前，新乡高新区是智能传感器网络的副牵头单位；同时，它还是伏牛山联盟的观察员单位。",
    "会议明确了网络2027年的三项重点工作：一是共建传感器中试平台；二是联合发布技术需求榜单；三是推动检测结果互认。",
    "会上发布的数据显示，截至2026年10月底，国家高新区已建成12个产业协同创新网络。",
    "11月19日，国家高新区智能传感器产业协同创新网络供需对接会在新乡高新区举行。本次对接会是网络今年举办的第二场供需对接活动。",
  ].join("\n\n"),
};

/** An alliance whose chair is a zone of the network above; its secretariat's next term is planned. */
const CENTRAL = {
  id: "t16-central",
  title: "伏牛山高新区协同创新联盟成立",
  date: "2026-07-03",
  source: "测试",
  body: [
    "本报讯 7月1日，伏牛山国家高新区协同创新联盟成立大会在南阳高新区召开。联盟由南阳、洛阳、平顶山、许昌4家高新区共同发起成立。",
    "首届理事长单位由洛阳高新区担任，联盟秘书处设在南阳高新区。根据联盟章程，秘书处实行年度轮值，2027年度秘书处拟由平顶山高新区承接。",
    "成员单位表示，将围绕装备制造、新材料等领域开展联合攻关。",
  ].join("\n\n"),
};

/**
 * An item about an alliance's meeting that launches a regional network "同日" (宣告启动); the network's members
 * listed by level with the total last; a count said of "网络" in a sentence that also says "联盟".
 */
const BASIN = {
  id: "t16-basin",
  title: "长江流域高新区联盟召开年会 长江流域智能家电产业协同创新网络同步启动",
  date: "2026-09-20",
  source: "测试",
  body: [
    "本报讯 9月18日，长江流域国家高新区协同创新联盟2026年年会在宜昌高新区召开。同日，由宜昌高新区牵头的长江流域智能家电产业协同创新网络宣告启动。",
    "联盟成员单位共6家：宜昌、荆州、岳阳、九江、芜湖、安庆高新区。",
    "网络由宜昌高新区牵头，首批成员共5家，其中3家为联盟成员单位。成员包括宜昌、荆州、九江、株洲4家国家高新区，以及湖北省级高新区枝江高新区，共5家。",
  ].join("\n\n"),
};

/**
 * An alliance's council meeting: a chair rotating in a stated order, a planned anniversary meeting elsewhere, a fund
 * several zones set up (no one's share given), members ranked by revenue, a newcomer of the province's level, an
 * official of a body written short in questions (经信厅), a reason told by a speaker who goes on in a quote.
 */
const TAIHU = {
  id: "t16-taihu",
  title: "太湖国家高新区协同创新联盟召开2026年理事会议",
  date: "2026-03-08",
  source: "测试",
  body: [
    "本报讯 3月5日，太湖国家高新区协同创新联盟2026年理事会议在湖州高新区召开。浙江省经济和信息化厅副厅长周明出席会议并讲话。",
    "联盟成员单位共5家：湖州、嘉兴、常州、无锡、苏州高新区。湖州高新区当选首届理事长单位，联盟秘书处设在湖州高新区；嘉兴高新区、常州高新区为副理事长单位。",
    "根据《联盟理事长轮值办法》，理事长单位实行轮值制，每届任期一年，按照湖州、嘉兴、常州的顺序轮值。",
    "为什么要组建联盟？湖州高新区管委会主任陈立在会上分析，太湖沿岸高新区产业结构相近，过去各自招商、各自建平台。“如果继续各自为战，很容易陷入低水平重复建设。”",
    "会议同意长兴高新区加入联盟。联盟成员单位由5家增至6家。长兴高新区为浙江省级高新区。",
    "会上，湖州、嘉兴、常州三地共同发起设立太湖科创基金，基金总规模20亿元。",
    "从营业收入看，苏州高新区以3100亿元位居成员第一，无锡高新区以2600亿元位居第二。",
    "据悉，联盟2026年度周年会议将于今年下半年在嘉兴高新区举行。",
  ].join("\n\n"),
};

/** A feature article with a section headed by its subject, a pilot programme counted, an official of a body. */
const CORRIDOR = {
  id: "t16-corridor",
  title: "皖北科技创新走廊建设提速",
  date: "2026-05-12",
  source: "测试",
  body: [
    "本报讯 5月10日，皖北科技创新大会在蚌埠召开。安徽省发展和改革委员会副主任李强在会上表示，要加快推动区域协同创新。",
    "皖北创新走廊开启“揭榜工程”",
    "会议提出，要在更大范围配置创新资源。",
    "作为全省首个跨市域的科技创新走廊，皖北创新走廊自带“协同”基因。率先建立四市联席会议制度。",
    "今年皖北创新走廊又推出“揭榜工程”，推动四市联合攻关关键技术。",
    "皖北科技孵化器试点始于2019年。截至目前，全省共布局皖北科技孵化器试点23个，另有培育单位15个。",
  ].join("\n\n"),
};

/** A network launched with five members; a later update where two join and one leaves "经申请不再作为…成员单位". */
const HYDROGEN = {
  id: "t16-hydrogen",
  title: "氢能产业协同创新网络在张家口成立",
  date: "2025-09-02",
  source: "测试",
  body: [
    "本报讯 8月30日，国家高新区氢能产业协同创新网络在张家口高新区成立。张家口高新区联合大同、鄂尔多斯、包头稀土、榆林等共5家国家高新区组建该网络。",
    "网络秘书处设在张家口高新区。",
  ].join("\n\n"),
};
const HYDROGEN_UPDATE = {
  id: "t16-hydrogen-update",
  title: "氢能网络“有进有出” 成员增至6家",
  date: "2026-10-12",
  source: "测试",
  body: [
    "本报讯 10月10日，国家高新区氢能产业协同创新网络2026年度会议在张家口高新区召开。会议审议通过新成员入网申请，佛山高新区、嘉兴高新区2家国家高新区正式加入网络；同时，大同高新区经申请不再作为网络成员单位。调整后，网络成员单位由成立时的5家增至6家。",
    "会议明确，张家口高新区承担2026年度秘书处工作，2027年度拟由榆林高新区承接。",
  ].join("\n\n"),
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({
      articles: [SENSORS, CENTRAL, BASIN, TAIHU, CORRIDOR, SENSORS_UPDATE, HYDROGEN, HYDROGEN_UPDATE],
      events: [],
    }),
  });
});
const ask = (q: string) => engine.answer(q);

describe("a zone's roles in the groups a question names", () => {
  it("two groups, 分别是什么身份: each group's seat for that zone", async () => {
    const a = await ask("洛阳高新区在智能传感器网络和伏牛山联盟里分别是什么身份？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/智能传感器[^；]*轮值主席/);
    expect(a.answer).toMatch(/伏牛山[^；]*理事长/);
  });

  it("one group, 什么角色: a deputy lead", async () => {
    const a = await ask("新乡高新区在智能传感器网络里担任什么角色");
    expect(a.answer).toContain("副牵头单位");
  });

  it("a zone in no list of the group: not a member, and where it is one", async () => {
    const a = await ask("郑州高新区在伏牛山联盟里是什么身份？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/^郑州高新区不在伏牛山[^。]*成员/);
  });

  it("a plain member is a member", async () => {
    const a = await ask("宝鸡在智能传感器网络里是什么身份？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("成员单位");
  });

  it("two seats asked with no group named: every group it holds a seat in", async () => {
    const a = await ask("洛阳高新区在哪个网络当轮值主席，又在哪个联盟当理事长？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/智能传感器[^；]*轮值主席/);
    expect(a.answer).toContain("伏牛山");
    expect(a.answer).not.toMatch(/^洛阳高新区位于/);
  });
});

describe("two questions in one message", () => {
  it("the second names the first's zone by 它: both answered", async () => {
    const a = await ask("郑州高新区牵头的是哪个网络？它在伏牛山联盟里是什么身份？");
    expect(a.answer).toMatch(/牵头的是[^。]*智能传感器/);
    // (郑州 is no member of the alliance: the second part says so, and holds no role there.)
    expect(a.answer).toMatch(/郑州高新区不在伏牛山[^。]*成员/);
    expect(a.answer).not.toMatch(/郑州高新区：在伏牛山/);
  });

  it("a question, then a yes/no check after a comma: both answered", async () => {
    const a = await ask("智能传感器网络2026年轮值主席是谁，秘书处还在郑州吗？");
    expect(a.answer).toContain("洛阳");
    expect(a.answer).toMatch(/是。[^。]*秘书处[^。]*郑州/);
  });
});

describe("a secretariat's next term, planned", () => {
  it("asked alone: the zone the article plans", async () => {
    const a = await ask("伏牛山联盟秘书处明年轮到谁？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("平顶山");
  });

  it("asked with the seat now: both", async () => {
    const a = await ask("伏牛山联盟今年秘书处在哪，下一年度轮到哪家？");
    expect(a.answer).toContain("南阳");
    expect(a.answer).toContain("平顶山");
  });

  it("the planned seat is no secretariat now", async () => {
    const a = await ask("伏牛山联盟秘书处设在哪里？");
    expect(a.answer).toContain("南阳");
    expect(a.answer).not.toMatch(/秘书处设在平顶山/);
  });
});

describe("a regional network launched the same day as an alliance's meeting", () => {
  it("同日 … 宣告启动: the network is learned, dated by the meeting's day", async () => {
    const a = await ask("长江流域智能家电产业协同创新网络是哪天启动的？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("9月18日");
  });

  it("its members listed by level, the total last: all five, the provincial zone marked", async () => {
    const a = await ask("长江流域智能家电网络有哪些成员？");
    expect(a.kind).toBe("fact");
    for (const z of ["宜昌", "荆州", "九江", "株洲", "枝江"]) expect(a.answer).toContain(z);
    expect(a.answer).toMatch(/枝江高新区（湖北省级高新区）/);
  });

  it("named by its region's short name before the field ('长江智能家电网络')", async () => {
    const a = await ask("长江智能家电网络谁牵头？");
    expect(a.answer).toContain("宜昌");
    expect(a.answer).toContain("智能家电");
  });

  it("the network's count is not the alliance's", async () => {
    const a = await ask("长江流域联盟有多少家成员？");
    expect(a.answer).toContain("6家");
    expect(a.answer).not.toMatch(/联盟[^。]*5家/);
  });

  it("an alliance of a river's basin, said 沿江", async () => {
    const a = await ask("沿江联盟里湖南有谁？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("岳阳");
    expect(a.answer).not.toContain("九江");
  });

  it("members of one group that are 本身就是 members of another: counted", async () => {
    const a = await ask("长江智能家电网络里有几家本身就是长江流域联盟的成员？");
    expect(a.answer).toMatch(/3家/);
    expect(a.answer).not.toContain("株洲");
  });
});

describe("an alliance's council meeting, asked in several ways", () => {
  it("the chair's next term, from the order it rotates in (the first is the chair now)", async () => {
    const a = await ask("太湖联盟理事长下一届轮到哪家？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("嘉兴");
  });

  it("two questions after a comma, each asking at its end: both answered", async () => {
    const a = await ask("太湖联盟秘书处设在哪，副理事长单位是哪两家？");
    expect(a.answer).toContain("湖州");
    expect(a.answer).toMatch(/副理事长单位是[^。]*嘉兴[^。]*常州/);
  });

  it("an official of a body the question writes short (经信厅)", async () => {
    const a = await ask("太湖联盟理事会议上浙江省经信厅来的领导叫什么？");
    expect(a.answer).toContain("周明");
  });

  it("a kind of meeting asked (周年会议) is not another meeting of the group (理事会议)", async () => {
    const a = await ask("太湖联盟2026年度周年会议在哪开？");
    expect(a.answer).toContain("嘉兴");
    expect(a.answer).not.toMatch(/理事会议[^。]*地点/);
  });

  it("members ranked by a detail (营收排第二): the sentence that ranks them, not a total", async () => {
    const a = await ask("太湖联盟成员里营收排第二的是哪家？");
    expect(a.answer).toContain("无锡");
  });

  it("what each of several zones put into a fund, when only the total is given: not answered", async () => {
    const a = await ask("太湖科创基金湖州、嘉兴、常州三家各出了多少钱？");
    expect(a.kind).toBe("none");
  });

  it("an amount of one zone the articles do not give: not answered by another's or the total", async () => {
    const a = await ask("太湖联盟里常州高新区的营业收入是多少？");
    expect(a.kind).toBe("none");
  });

  it("members of one level: the newcomer stated 浙江省级高新区", async () => {
    const a = await ask("太湖联盟里省级高新区有几家？");
    expect(a.answer).toMatch(/^1家/);
    expect(a.answer).toContain("长兴");
  });

  it("why, told by a speaker who goes on in a quote: both sentences", async () => {
    const a = await ask("太湖联盟为啥要组建？");
    expect(a.answer).toContain("产业结构相近");
    expect(a.answer).toContain("低水平重复");
  });

  it("how the chair rotates, with the document the rule sentence opens with", async () => {
    const a = await ask("太湖联盟理事长单位怎么轮换？依据的是什么制度");
    expect(a.answer).toContain("联盟理事长轮值办法");
  });
});

describe("blind-33 classes", () => {
  it("which body a person is the head of ('是哪个部门的负责人'): the title", async () => {
    const a = await ask("李强是哪个部门的负责人？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("发展和改革委员会副主任");
  });

  it("which of two was founded first, asked in English with the days apart", async () => {
    const a = await ask("Which was launched first, 智能传感器网络 or 伏牛山联盟? How many days apart?");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/智能传感器[^。]*先/);
    expect(a.answer).toContain("21天");
  });

  it("one province's members against the rest of the group's: both counts and the verdict", async () => {
    const a = await ask("太湖联盟里浙江的高新区和其他省的加起来比，哪边多？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/^一样多/);
    expect(a.answer).toContain("浙江3家");
    expect(a.answer).toContain("其他省份3家");
  });

  it("when a thing began, then how many there are now: the second asked of the first's subject", async () => {
    const a = await ask("皖北科技孵化器试点是哪年开始的，现在布了多少个试点？");
    expect(a.answer).toContain("2019");
    expect(a.answer).toContain("23");
  });

  it("what a thing is, asked '有啥特点': the section headed by it, its later sentences too", async () => {
    const a = await ask("皖北创新走廊有啥特点？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("跨市域");
    expect(a.answer).toContain("揭榜工程");
  });
});

describe("growth-32 classes left from session 15", () => {
  it("when a document named in 《》 was adopted: the sentence that says so, not the group's founding", async () => {
    const a = await ask("智能传感器网络那个《网络成员管理办法》是什么时候通过的？");
    expect(a.answer).toContain("2026年6月");
    expect(a.answer).not.toMatch(/于2026年6月10日成立/);
  });

  it("who guided a launch, said '启动会由X指导'", async () => {
    const a = await ask("智能传感器网络启动会是工信部哪个司指导的？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("规划司");
  });

  it("the head of a committee inside the group, not an official whose title shares the word (管委会主任)", async () => {
    const a = await ask("智能传感器网络专家委员会主任是谁？");
    expect(a.answer).toContain("王海");
    expect(a.answer).not.toContain("刘洋");
  });

  it("'以前调整过成员没有': the change, and the article's word that it was the first", async () => {
    const a = await ask("智能传感器网络以前调整过成员没有？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("南阳");
    expect(a.answer).toContain("首次");
  });

  it("'重点工作有哪些' asks the work, not the members", async () => {
    const a = await ask("智能传感器网络2027年的重点工作有哪些？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("中试平台");
  });
});

describe("growth-22 classes", () => {
  it("'到2026年10月底…一共建了几个网络': all up to then, as a sentence counts them (the time is no zone's name)", async () => {
    const a = await ask("到2026年10月底国家高新区一共建了几个产业协同创新网络？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("12个");
  });

  it("a committee the articles never name: not answered by another body's head", async () => {
    const a = await ask("智能传感器网络标准工作组的组长是谁？");
    expect(a.kind).toBe("none");
  });

  it("when an act was done, an act no sentence tells: not answered by the meeting that followed it", async () => {
    const a = await ask("南阳高新区哪天提交的入网申请？");
    expect(a.kind).toBe("none");
  });
});

describe("growth-30 classes", () => {
  it("'参加了哪些协同平台，分别什么角色': its networks and alliances, with each seat it holds", async () => {
    const a = await ask("洛阳高新区参加了哪些协同平台，分别什么角色？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("轮值主席");
    expect(a.answer).toContain("伏牛山");
  });

  it("a network's 秘书长 is not the one a passage names 联盟秘书长", async () => {
    const a = await ask("智能传感器网络的秘书长是谁？");
    expect(a.answer).not.toContain("赵倩");
  });
});

describe("growth-19 classes", () => {
  it("'Z在哪些网络、联盟里？在X里是什么角色': both parts, the second of the first's zone", async () => {
    const a = await ask("洛阳高新区在哪些网络、联盟里？在伏牛山联盟里是什么角色？");
    expect(a.answer).toContain("智能传感器");
    expect(a.answer).toMatch(/洛阳高新区：在伏牛山[^。]*理事长/);
  });

  it("an occasion asked by its count ('今年第一场') when the article counts it otherwise: not that one", async () => {
    expect((await ask("智能传感器网络供需对接会在哪办的？")).answer).toContain("新乡");
    const a = await ask("智能传感器网络今年第一场供需对接会在哪办的？");
    expect(a.kind).toBe("none");
  });
});

describe("growth-18 classes", () => {
  it("a seat said of 它, the zone its sentence's clause opens with", async () => {
    const a = await ask("新乡高新区在伏牛山联盟里是什么身份？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("观察员");
  });
});

describe("growth-16 classes", () => {
  it("a person's earlier posts, which the articles never give: refused, with the title they do give", async () => {
    const a = await ask("刘洋之前在哪里任职？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("管委会主任");
  });
});

describe("growth-34 classes", () => {
  it("two join and one leaves '经申请不再作为网络成员单位': the count after adds up, the change is taken", async () => {
    const a = await ask("氢能网络现在多少家成员？");
    expect(a.answer).toContain("6家");
    expect(a.answer).toContain("佛山");
    expect(a.answer).not.toMatch(/：[^。]*大同高新区、/);
  });

  it("the group said '那个新(成立的)网络' is the group", async () => {
    const a = await ask("氢能那个新网络，成员名单列一下");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("鄂尔多斯");
  });

  it("a count with what it includes in brackets ('（算上牵头的）') is the member count", async () => {
    const a = await ask("氢能网络总共多少家（算上牵头的）");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("6家");
  });

  it("a later year's secretariat, the seat said once before ('2027年度拟由C承接'), asked by its year", async () => {
    const a = await ask("氢能网络2027年度秘书处打算给谁？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("榆林");
  });
});

describe("blind-34 classes", () => {
  it("an English question about a person named in Chinese: their title", async () => {
    const a = await ask("Who is 刘洋 and what is his position?");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("管委会主任");
  });
});
