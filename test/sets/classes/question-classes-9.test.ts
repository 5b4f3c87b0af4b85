/**
 * Classes of questions the growth sets showed (session 9), each asked in new words over an article written for
 * this test: a person asked for by what they did at a meeting (spoke for a zone, gave the report, attended for a
 * body), told apart from another person of the same article; and details the article stops short of (another
 * phase of a fund, a unit it does not name, an occasion it does not count, a holder it does not quote), refused;
 * why-questions answered by the sentence that gives the reason; and the seats a group gives members (副理事长单位,
 * a first rotating chair and who takes it over), asked of the group and of a zone; and a network's newcomers and
 * leavers (which newcomers another network already had, who left and why).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

const MEETING = {
  id: "t9-photonics-meeting",
  title: "国家高新区光电子产业协同创新网络2026年工作会议在长春召开",
  date: "2026-05-12",
  source: "测试",
  body: [
    "5月10日，国家高新区光电子产业协同创新网络2026年工作会议在长春高新区召开。",
    "工业和信息化部火炬中心产业促进处处长白启明，吉林省科技厅副厅长许成出席会议并讲话。",
    "武汉东湖新技术开发区管理委员会副主任冯立在会上作了网络年度工作报告。",
    "长春高新区管委会副主任周岚代表东道主致辞时表示，长春将开放光学检测平台。",
    "西安高新区管委会副主任孟涛表示，西安将牵头组建激光器件联合攻关组。",
    "会议透露，网络成员单位拟联合设立光电子协同创新基金，首期规模8亿元，基金管理人正在遴选。",
    "据悉，2027年工作会议将由下一任轮值主席单位承办。",
  ].join("\n\n"),
};

const LAUNCH = {
  id: "t9-marine-launch",
  title: "国家高新区海洋装备产业协同创新网络在青岛启动",
  date: "2026-06-10",
  source: "测试",
  body: [
    "6月8日，国家高新区海洋装备产业协同创新网络启动大会在青岛高新区蓝谷会展中心举行。",
    "网络由青岛高新区牵头，大连高新区、湛江高新区、烟台高新区等8家国家高新区共同发起。",
    "网络秘书处设在湛江高新区，负责日常联络和活动组织。",
    "与会代表参观了海洋装备展示中心，并就海上试验场共享进行了交流。",
    "为何要联网",
    "“海洋装备研发投入大、验证场地稀缺，单个园区很难独立完成从设计到海试的全流程。”",
    "青岛高新区管委会副主任韩松介绍，网络将共建共享试验平台。",
    "“湛江港口资源丰富，便于开展海上试验和成果展示，由湛江高新区承担秘书处工作最合适。”",
    "网络设理事会，青岛高新区为理事长单位，大连高新区、烟台高新区为副理事长单位；首届轮值主席单位由大连高新区担任，任期一年，2027年起由湛江高新区接任。",
    "烟台高新区管委会副主任于涛代表副理事长单位发言。大连高新区管委会副主任冯岩出任首届轮值主席。",
  ].join("\n\n"),
};

const UPDATE = {
  id: "t9-photonics-update",
  title: "光电子网络成员调整",
  date: "2026-06-05",
  source: "测试",
  body: "6月3日，国家高新区光电子产业协同创新网络年度会议在长沙高新区召开。会议审议通过：株洲高新区、襄阳高新区、南京高新区3家国家高新区正式加入网络；泉州高新区因发展重点调整，申请不再作为网络成员单位。调整后，网络成员单位由13家增至15家。6月5日，长沙高新区与株洲高新区签署协议，共建“光电子—激光装备联合实验室”。",
};

const FEATURE = {
  id: "t9-anhui-feature",
  title: "安徽区域创新观察",
  date: "2026-04-02",
  source: "测试",
  body: [
    "今年，安徽省科技工作会议部署了一批区域创新任务，合芜蚌国家自主创新示范区、国家创新型城市和国家高新区各展所长。",
    "合芜蚌国家自主创新示范区所在的三市也在加快联动，国家自主创新示范区建设的政策红利持续释放。",
    "合芜蚌自创区跑出“加速度”",
    "围绕新兴产业，全省加快布局一批重大平台。",
    "作为全国较早获批的自主创新示范区之一，合芜蚌自创区率先开展政策先行先试。",
    "今年合芜蚌自创区重点推进“攀登计划”，聚焦量子信息和新能源汽车两大方向。",
    "园区服务再升级",
    "多家园区推出一站式服务窗口。",
  ].join("\n\n"),
};

const REGIONS = {
  id: "t9-robot-launch",
  title: "国家高新区智能机器人产业协同创新网络在沈阳启动",
  date: "2026-07-02",
  source: "测试",
  body: [
    "7月1日，国家高新区智能机器人产业协同创新网络启动大会在沈阳高新区举行。会议在位于浑南科技城的机器人产业会展中心举行。网络成员共6家，名单如下：",
    "东北地区（2家）：沈阳高新区（牵头单位）、长春高新区；",
    "华东地区（3家）：苏州工业园区、宁波高新区、芜湖高新区；",
    "华南地区（1家）：东莞松山湖高新区。",
    "据统计，6家成员高新区2025年机器人产业产值合计约860亿元。",
  ].join("\n\n"),
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({ articles: [MEETING, LAUNCH, UPDATE, FEATURE, REGIONS], events: [] }),
  });
});

describe("a person asked for by an act at a meeting", () => {
  it("代表某区发言的是谁: the zone's person named with a verb of speaking", async () => {
    const a = await engine.answer("光电子网络工作会议上代表长春高新区讲话的是哪位");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("周岚");
    expect(a.answer).not.toContain("孟涛");
  });

  it("做工作报告的是谁: the sentence with the question's own act, not another speaker of the meeting", async () => {
    const a = await engine.answer("光电子网络今年工作会议上是谁做的年度工作报告");
    expect(a.answer).toContain("冯立");
    expect(a.citations[0]?.quote).toContain("作了网络年度工作报告");
  });

  it("某中心来的是哪位领导: each official listed before one 出席 is read, and the body's one is meant", async () => {
    const a = await engine.answer("光电子网络工作会议，火炬中心来的是哪位领导");
    expect(a.answer).toContain("白启明");
    expect(a.answer).not.toContain("许成");
  });

  it("a report's name asked with 叫什么 is not a person", async () => {
    const a = await engine.answer("光电子网络工作会议上的那份年度报告叫什么");
    expect(a.answer).not.toContain("冯立（");
  });
});

describe("details the article stops short of are refused, not answered by a neighbouring sentence", () => {
  it("a fund's first phase is stated, its second is not", async () => {
    expect((await engine.answer("光电子协同创新基金首期规模多大")).answer).toContain("8亿元");
    expect((await engine.answer("光电子协同创新基金二期规模有多大")).kind).toBe("none");
  });

  it("which body manages the fund: the sentence names the post but no body", async () => {
    expect((await engine.answer("光电子协同创新基金的基金管理人定的是哪家机构")).kind).toBe("none");
  });

  it("next year's chair: the sentence names the post and the year but no unit", async () => {
    expect((await engine.answer("光电子网络2027年的轮值主席单位是谁")).kind).toBe("none");
  });

  it("an occasion the article does not count (第一次理事会议) is not its 2026 meeting", async () => {
    expect((await engine.answer("光电子网络第一次理事会议在哪里召开")).kind).toBe("none");
  });

  it("who chaired: no sentence says 主持, and no set or summary of the network stands in for a person", async () => {
    expect((await engine.answer("光电子网络2026年工作会议是谁主持的")).kind).toBe("none");
  });

  it("what a zone's 管委会主任 said, when only its 副主任 is quoted", async () => {
    expect((await engine.answer("西安高新区管委会主任在光电子网络工作会议上说了什么")).kind).toBe("none");
  });
});

describe("why: the sentence that gives the reason", () => {
  it("a section headed by the question itself (为何要联网): its first sentence, whatever its words", async () => {
    const a = await engine.answer("海洋装备网络当初为啥要组建");
    expect(a.kind).toBe("passage");
    expect(a.citations[0]?.quote).toContain("验证场地稀缺");
  });

  it("a reason said in a remark (便于…) that ranks below sentences naming the network", async () => {
    const a = await engine.answer("海洋装备网络为什么把秘书处放在湛江");
    expect(a.citations[0]?.quote).toContain("便于开展海上试验");
  });
});

describe("seats a group gives members", () => {
  it("副理事长单位有哪些: the seat's zones", async () => {
    const a = await engine.answer("海洋装备网络的副理事长单位有哪些");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("大连高新区、烟台高新区");
  });

  it("首任轮值主席是谁，之后谁接: the first term, then who takes it over, with the term of office", async () => {
    const a = await engine.answer("海洋装备网络首任轮值主席是哪家，任期多长，下一任是谁");
    expect(a.answer).toContain("首届轮值主席单位是大连高新区（任期一年）");
    expect(a.answer).toContain("此后由湛江高新区接任");
  });

  it("a zone's roles name its seat in the group", async () => {
    const a = await engine.answer("烟台高新区在海洋装备网络里担任什么角色");
    expect(a.answer).toContain("副理事长单位");
  });

  it("how the seats divide the work is not who holds them", async () => {
    const a = await engine.answer("海洋装备网络的副理事长单位负责什么");
    expect(a.answer).not.toContain("副理事长单位是");
  });
});

describe("a unit asked for is not a person, a person asked by an act is", () => {
  it("轮值主席单位轮到谁: the next unit, not the person who chairs this term", async () => {
    const a = await engine.answer("大连之后，海洋装备网络的轮值主席单位轮到谁");
    expect(a.answer).toContain("湛江高新区");
    expect(a.answer).not.toContain("冯岩");
  });

  it("谁代表副理事长单位发言: the person named doing it", async () => {
    const a = await engine.answer("海洋装备网络里谁代表副理事长单位发言了");
    expect(a.answer).toContain("于涛");
  });
});

describe("a network's newcomers and leavers", () => {
  it("which of the newcomers were already in another network: the newcomers only, not the whole list", async () => {
    const a = await engine.answer("光电子网络这次新加入的几家里，哪些本来就是集成电路网络的成员");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("南京高新区");
    expect(a.answer).not.toContain("株洲");
    expect(a.answer).not.toContain("成都");
  });

  it("who left, with the reason the article gives", async () => {
    const a = await engine.answer("哪家高新区退出了光电子网络");
    expect(a.answer).toContain("泉州高新区退出（因发展重点调整）");
  });
});

describe("a venue as the article writes it", () => {
  it("the hall the next sentence names (会议在…举行)", async () => {
    const a = await engine.answer("机器人网络启动大会具体在什么地方开的");
    expect(a.answer).toContain("位于浑南科技城的机器人产业会展中心");
  });

  it("the place inside the zone, not only the zone", async () => {
    const a = await engine.answer("海洋装备网络的启动大会在哪里开的");
    expect(a.answer).toContain("青岛高新区蓝谷会展中心");
  });
});

describe("two questions in one message, each answered by what answers it", () => {
  it("a meeting's venue from the facts, then an amount from the passages", async () => {
    const a = await engine.answer("光电子网络工作会议在哪召开？基金首期规模多少？");
    expect(a.answer).toContain("长春高新区");
    expect(a.answer).toContain("首期规模8亿元");
  });

  it("a seat from the facts, then what happened from the passages", async () => {
    const a = await engine.answer("海洋装备网络秘书处设在哪？与会代表参观了什么？");
    expect(a.answer).toContain("湛江高新区");
    expect(a.answer).toContain("海洋装备展示中心");
  });
});

describe("a brief of something the article heads a section with", () => {
  it("介绍一下X: the section headed by X's short name (自主创新示范区 → 自创区), its sentences that name X", async () => {
    const a = await engine.answer("介绍一下合芜蚌国家自主创新示范区");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("攀登计划");
    expect(a.answer).toContain("率先开展政策先行先试");
  });
});

describe("a member list written by region", () => {
  it("请问…华东地区的成员是哪几家: the region's line of the list, not the whole list", async () => {
    const a = await engine.answer("请问机器人产业协同创新网络华东地区的成员单位是哪几家");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("共3家：苏州工业园区、宁波高新区、芜湖高新区");
    expect(a.answer).not.toContain("长春");
  });
});

describe("an amount of the members is not their count", () => {
  it("6家成员高新区…产值加起来有多少: the amount, not the member list", async () => {
    const a = await engine.answer("机器人网络6家成员高新区2025年机器人产值加起来有多少");
    expect(a.answer).toContain("860亿元");
    expect(a.answer).not.toContain("共有6家");
  });

  it("16家成员分别是谁 still asks the list", async () => {
    const a = await engine.answer("机器人网络的6家成员分别是谁");
    expect(a.answer).toContain("东莞松山湖高新区");
  });
});

describe("several people asked for by an act", () => {
  it("有哪些领导讲了话: everyone the article about the meeting names speaking, with their titles", async () => {
    const a = await engine.answer("光电子网络2026年工作会议上有哪些领导讲了话");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("白启明");
    expect(a.answer).toContain("孟涛");
    expect(a.answer).toContain("周岚");
  });
});

describe("a name the question quotes", () => {
  it("“光电子—激光装备联合实验室”: the quoted thing, not the network whose field word it holds", async () => {
    const a = await engine.answer("共建“光电子—激光装备联合实验室”的是哪两家高新区");
    expect(a.answer).toContain("株洲高新区");
    expect(a.answer).not.toContain("合肥高新区");
  });
});

describe("yes/no and confirmation questions answered with their verdict first (blind-19 classes)", () => {
  it("是不是X牵头的: X is asked about, not set aside (是不是 is not 不是)", async () => {
    const a = await engine.answer("物联网网络是不是中关村牵头的");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("无锡高新区");
  });

  it("在不在: answered 在 when the fact says 是的", async () => {
    const a = await engine.answer("徐州高新区在不在淮河联盟里");
    expect(a.answer.startsWith("在。")).toBe(true);
  });

  it("…，没错吧: a false statement to confirm is answered 不是 first, with the correction", async () => {
    const a = await engine.answer("淮河联盟第一届秘书处设在蚌埠高新区，没错吧");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("盐城高新区");
  });
});

describe("a person asked about", () => {
  it("X是做什么的: the title", async () => {
    expect((await engine.answer("何年初是做什么的")).answer).toContain("火炬中心副主任");
  });

  it("a two-character name typed as a homophone, before what is asked of a person, is read as the person", async () => {
    const a = await engine.answer("倪倩的职务是什么");
    expect(a.answer).toContain("倪乾");
    expect(a.notes?.join("")).toContain("按“倪乾”理解");
  });
});

describe("an amount stated to be confirmed", () => {
  it("办了N场，是吗: 不是N场 when the figure is another, with the figure", async () => {
    const a = await engine.answer("东北地区国家高新区联盟2024年一共办了40场交流活动，对吗");
    expect(a.answer.startsWith("不是40场。")).toBe(true);
    expect(a.answer).toContain("23场");
  });

  it("the figure itself: 是", async () => {
    expect((await engine.answer("东北联盟2024年办了23场交流活动吗")).answer.startsWith("是的。")).toBe(true);
  });

  it("a bound (超过N场) is neither confirmed nor denied by the amount alone", async () => {
    const a = await engine.answer("东北联盟2024年办的交流活动超过20场了吗");
    expect(a.answer.startsWith("不是")).toBe(false);
  });
});

describe("the founding occasion named by its own word", () => {
  it("建设大会 is the founding: 'X网络建设大会是在Y开的吧' is checked against the launch's venue", async () => {
    const a = await engine.answer("物联网网络的建设大会是在杭州高新区开的吧");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("无锡高新区");
  });
});

describe("an absence the question takes for granted", () => {
  it("为什么没把X拉进来, when X is a member: corrected, not explained", async () => {
    const a = await engine.answer("集成电路网络为啥没把绍兴高新区拉进来");
    expect(a.answer).toContain("问题的前提有误（与文章不符）");
    expect(a.answer).toContain("绍兴高新区其实参加了集成电路网络，是其成员");
  });
});
