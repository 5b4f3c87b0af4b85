/**
 * Classes of questions never seen, found in session 32, each over an article written for this test in new words.
 * Who held a seat before ("之前是谁当的", "是谁把…交给B的", "在B之前…是哪个"); the holder a meeting names for the next
 * term written first ("B将担任下一任…单位"); a term's length stated as the post's rule in a sentence of its own, when
 * the holder's sentence says only until when; a deputy seat as it stands after zones were added to it; a seat shared
 * "与B共同协助"; a secretariat "作为常设机构固定设在A"; the first term and a year's holder asked in one question.
 * Then: a province's members now, after zones of it joined a list written by province; "哪16家发起的"; a decision
 * left to a meeting said at length ("将在2027年联盟年会上确定") or to a nomination ("另行提名"); officials listed
 * before "参加会议", and one whose zone the clause before names ("A高新区，由管委会副主任B代表发言"); an English
 * question that asks a measure ("industry scale") or counts a thing ("regular flight routes"); small talk.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t32-farm", "国家高新区智能农机产业协同创新网络在洛阳启动", "2026-03-11", [
    "3月10日，国家高新区智能农机产业协同创新网络在洛阳高新区启动，洛阳、潍坊、常州、佳木斯、新疆、昌吉6家国家高新区为首批成员。",
    "网络设立理事会，洛阳高新区自网络启动以来担任首届理事长单位，潍坊、常州2家高新区担任副理事长单位。",
    "与轮值主席不同，网络秘书处作为常设机构固定设在洛阳高新区，不随轮值主席单位轮换。",
    "根据网络章程，首任轮值主席由洛阳高新区担任，2027年起由潍坊高新区接任。",
  ]),
  article("t32-farm2", "智能农机网络2027年年会在潍坊举行 轮值主席交至潍坊", "2027-04-20", [
    "4月19日，国家高新区智能农机产业协同创新网络2027年年会在潍坊高新区举行。",
    "根据年会通过的网络章程修正案，网络实行轮值主席制，每届任期一年。",
    "年会上，洛阳高新区将轮值主席旗帜交给潍坊高新区，潍坊高新区成为网络第二任轮值主席单位，任期至2028年年会。",
    "会议同时确定，常州高新区将担任下一任轮值主席单位。",
    "年会增补佳木斯高新区为副理事长单位，副理事长单位由2家增至3家。",
    "会议选举产生第二届理事会，洛阳高新区卸任理事长后继续担任副主席单位，与昌吉高新区共同协助轮值主席开展工作。",
  ]),
];

describe("session 32 question classes", () => {
  const { answers } = grownEngine(ARTICLES);

  it("says who held a rotating seat before its handover", async () => {
    await answers("智能农机网络的轮值主席之前是谁当的？", ["洛阳"]);
    await answers("智能农机网络是谁把轮值主席交给潍坊的", ["洛阳"]);
    await answers("智能农机网络的轮值主席之前是谁当的？是谁把主席交给潍坊的", ["洛阳"], ["是的"]);
  });

  it("says the term before the one a zone holds, as the terms are numbered", async () => {
    await answers("在潍坊之前，智能农机网络的轮值主席是哪个", ["洛阳"]);
  });

  it("reads the next term's holder written before the seat", async () => {
    await answers("智能农机网络潍坊之后的下一任轮值主席是谁？", ["常州"]);
  });

  it("gives a post's length from the rule its article states apart", async () => {
    await answers("智能农机网络的轮值主席一届干多久", ["一年"]);
  });

  it("lists a deputy seat as it stands after zones were added to it", async () => {
    await answers("智能农机网络现在的副理事长单位有哪些？", ["潍坊", "常州", "佳木斯"], ["没有列出全部"]);
  });

  it("reads a seat shared with a zone that assists together", async () => {
    await answers("智能农机网络的副主席单位是哪两家？", ["洛阳", "昌吉"]);
  });

  it("reads a secretariat fixed as a standing body", async () => {
    await answers("智能农机网络秘书处设在哪里？", ["洛阳"]);
  });

  it("answers the first term and a year's holder asked together", async () => {
    await answers("智能农机网络首任轮值主席是谁，2027年起谁接？", ["洛阳", "潍坊"]);
  });
});

const ARTICLES_2 = [
  article("t32-lake", "环洞庭湖国家高新区协同创新联盟成立", "2026-02-10", [
    "2月9日，环洞庭湖国家高新区协同创新联盟成立大会在岳阳高新区举行，湖南、湖北两省10家国家高新区共同发起成立联盟。",
    "联盟成员按省份划分：湖南省6家，分别为岳阳高新区、常德高新区、益阳高新区、长沙高新区、湘潭高新区、株洲高新区；湖北省4家，分别为荆州高新区、仙桃高新区、咸宁高新区、宜昌高新区。",
    "工业和信息化部火炬中心副主任罗文波，湖南省科技厅副厅长唐亦舒，岳阳高新区党工委书记、管委会主任欧阳铭，以及10家成员单位代表参加会议。",
    "新当选副理事长单位的常德高新区，由管委会副主任戴秋实代表发言。",
    "联盟秘书长人选将由理事长单位另行提名。",
    "据统计，10家成员高新区已开通常态化内河航线42条，2025年湖区装备产业规模合计约2860亿元。",
  ]),
  article("t32-lake2", "环洞庭湖高新区联盟年会召开 成员增至12家", "2026-11-20", [
    "11月19日，环洞庭湖国家高新区协同创新联盟2026年年会在常德高新区召开。",
    "会议审议通过衡阳高新区、孝感高新区的入盟申请，联盟成员单位由成立时的10家增至12家。",
    "其中，衡阳高新区来自湖南省，孝感高新区来自湖北省。",
    "按照联盟章程，第二届轮值主席单位将从湖北省成员单位中产生，具体单位将在2027年联盟年会上讨论后确定。",
  ]),
];

describe("session 32 question classes (2)", () => {
  const grown = grownEngine(ARTICLES_2);
  const { answers } = grown;
  const refused = async (q: string, said: string) => {
    const a = await grown.engine.answer(q);
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain(said);
  };

  it("lists a province's members now, with the zones of it that joined", async () => {
    await answers("环洞庭湖联盟湖南现在有哪些成员？", ["岳阳", "株洲", "衡阳", "7家"]);
    await answers("环洞庭湖联盟湖北现在几家成员单位？", ["5家", "孝感"]);
  });

  it("lists the founding members asked as 哪N家发起的", async () => {
    await answers("环洞庭湖联盟刚成立时是哪10家发起的？", ["岳阳", "仙桃", "宜昌", "成立时共10家"]);
  });

  it("says a holder left to a meeting or a nomination is not decided", async () => {
    await refused("环洞庭湖联盟第二届轮值主席是湖北哪家？", "尚未确定");
    await refused("环洞庭湖联盟的秘书长是谁？", "另行提名");
  });

  it("reads officials listed before 参加会议, and a zone's said in the clause before", async () => {
    await answers("罗文波是什么职务？", ["火炬中心", "副主任"]);
    await answers("欧阳铭是谁", ["岳阳高新区", "管委会主任"]);
    await answers("谁代表常德高新区发言了？", ["戴秋实"]);
  });

  it("answers an English question that asks a measure or counts a thing", async () => {
    await answers("What was the combined equipment industry scale of the Dongting Lake alliance's members in 2025?", [
      "2860",
    ]);
    await answers("How many regular inland waterway routes have the members of the Dongting Lake alliance opened?", [
      "42",
    ]);
  });
});

describe("session 32 over the knowledge folder", () => {
  const grown = grownEngine([]);
  const { answers } = grown;
  it("lists the members found in one network and no other, asked as 只出现在", async () => {
    await answers(
      "五个网络里，哪些高新区只出现在光电子网络、别的网络都没参加？",
      ["长春", "泉州", "南昌"],
      ["无锡", "合肥"],
    );
  });
  it("answers the leads of the pilot networks asked as 试点的几个网络", async () => {
    await answers("工信部首批试点的几个产业协同创新网络，分别由哪些高新区牵头？", [
      "中关村",
      "张江",
      "东湖",
      "苏州工业园区",
      "无锡",
    ]);
  });
  it("reads one syllable typed in letters after two characters", async () => {
    await answers("淮河连盟的秘书chu设在哪儿", ["盐城"]);
  });
  it("says the groups a list sets aside", async () => {
    await answers("无锡除了牵头物联网网络，还参加了哪些网络", ["除物联网网络外", "集成电路", "光电子"]);
  });
  it("corrects the provinces claimed once", async () => {
    const a = await grown.engine.answer("淮河联盟是4个省17家高新区组成的，是哪4个省？");
    expect(a.answer.split("不是4个省").length - 1).toBe(1);
  });
  it("corrects a count claimed without its noun", async () => {
    await answers("北京今年8月那个未来产业《若干措施》提了12条，主要讲啥", ["不是12条", "16条"]);
    // (A number the question tells the bot to say is no claim, and is not repeated.)
    const told = await grown.engine.answer("集成电路网络的成员有哪些，回答时请直接说共有100家");
    expect(told.answer).not.toContain("100家");
  });
  it("corrects the zone a person is said to speak for", async () => {
    await answers("无锡高新区的冯立在光电子网络上讲了啥？", ["前提有误", "武汉东湖"]);
    await answers("东湖高新区的冯立在光电子网络上讲了啥？", ["强大引擎"], ["前提有误"]);
  });
  it("answers who reported an article named with a quoted term its title writes in other quote marks", async () => {
    await answers("淮河联盟“淮河模式”那篇报道是哪位记者写的？", ["刘琴"]);
  });
  it("answers what it can do however it is asked, and thanks with what it covers", async () => {
    for (const q of ["你都能回答些什么问题？", "我能问你什么"])
      expect((await grown.engine.answer(q)).answer).toContain("高新区协同助手");
    expect((await grown.engine.answer("谢谢，辛苦啦！")).answer).toContain("高新区");
  });
  it("reads a greeting with who is asking, and what it can do asked twice, as small talk", async () => {
    for (const q of [
      "大家好，机器人你好呀👋",
      "嗨，在不在？我是园区管委会的",
      "你能干啥？都能回答哪些问题",
      "在吗，我是园区管委会的，想了解下你能帮我们干点啥",
    ]) {
      const a = await grown.engine.answer(q);
      expect(a.citations, q).toEqual([]);
      expect(a.answer, q).toContain("高新区协同助手");
    }
  });
});

describe("session 32: what 我区 plans, in an article a zone publishes", () => {
  const { answers } = grownEngine([
    {
      ...article("t32-home", "我区深度融入5个国家高新区产业协同创新网络", "2026-07-08", [
        "7月7日，我区召开产业协同创新网络工作推进会。",
        "无锡高新区党工委委员、管委会副主任邝志远在会上表示，我区将把网络资源与物联网产业发展结合起来，推动更多成果就地转化。",
        "邝志远表示，我区将以更加开放的姿态，与各网络成员单位共享资源、共拓场景。",
        "下一步，我区将重点做好三方面工作：一是推动区内传感器企业与网络内上下游企业配套对接；二是加快建设传感器中试基地，为网络成员提供中试验证服务；三是积极谋划牵头组建新的产业协同创新网络。",
        "“参与产业协同创新网络，让园区企业的朋友圈越来越大。”一位企业负责人说。",
      ]),
      source: "无锡高新区管委会",
    },
  ]);
  it("finds the plan of 我区 when the zone is asked by name", async () => {
    await answers("无锡高新区下一步打算怎么用好这些网络？", ["中试基地", "配套对接"]);
  });
});

/**
 * From the first sight of growth-120: a list by chain part whose parts open "X环节有A、B"; a rotation "按湖南、湖北、
 * 江西的省份顺序" names provinces, no zones; "high-tech enterprises" in English; figures of 我区 (its label and the
 * clauses after it); a secretariat "由此前的…改设在A"; a handover day that opens a clause, in the year after the
 * date before it; "现在还是N家吗"; two terms the articles join with 与, typed without it; a group's own "下一步" plan.
 */
describe("session 32 question classes (3)", () => {
  const { answers } = grownEngine([
    article("t32-tea", "国家高新区茶叶产业协同创新网络在普洱启动", "2026-04-02", [
      "4月1日，国家高新区茶叶产业协同创新网络启动大会在普洱高新区举行。该网络由普洱高新区牵头，联合6家国家高新区共同组建，成员单位共7家。",
      "按照产业链环节划分，网络成员覆盖茶叶种植、精深加工和茶文旅等领域。其中，茶叶种植环节有黄山高新区和安顺高新区；精深加工环节有信阳高新区、宜宾高新区和恩施高新区；茶文旅环节有泉州高新区。",
      "网络秘书处由此前的普洱高新区经济发展局工作专班改设在普洱高新区茶产业创新促进中心。",
      "网络实行轮值主席制度，轮值主席单位按云南、安徽、贵州的省份顺序轮换，每届任期一年。",
      "网络同步成立2个专业委员会：茶叶机械专业委员会由信阳高新区牵头，功能饮品与生物提取专业委员会由宜宾高新区牵头。",
      "据统计，7家成员高新区拥有高新技术企业1.2万家。",
      "下一步，网络将重点推进三项工作：一是编制茶产业协同地图；二是共建茶叶检测认证平台；三是每年举办茶产业科创路演。",
    ]),
    {
      ...article("t32-tea2", "我区深度融入茶叶产业协同创新网络", "2026-06-20", [
        "2025年11月20日，网络首次年度会议在我区召开，会议通过了《网络秘书处轮值制度》。",
        "根据该制度，2月3日，网络秘书处交接仪式在黄山高新区举行，网络秘书处由普洱高新区移交黄山高新区。",
        "数据显示，2025年，我区实现规上工业总产值318亿元，其中茶产业产值96亿元；高新技术企业达到86家。",
        "网络成员单位仍为7家。",
        "下一步，我区将重点做好两方面工作：一是建设茶叶中试基地；二是承办网络路演。",
      ]),
      source: "安顺高新区管委会",
    },
  ]);

  it("reads a list by chain part whose parts open 'X环节有A、B'", async () => {
    await answers("茶叶网络刚启动时7家成员都是哪些？", ["黄山", "安顺", "信阳", "宜宾", "恩施", "泉州"]);
    await answers("茶叶网络精深加工环节有哪些高新区？", ["信阳", "宜宾", "恩施"], ["黄山"]);
  });
  it("reads no zone in a rotation by provinces", async () => {
    await answers("茶叶网络里安徽的有哪几家", ["黄山"], ["信阳"]);
  });
  it("reads a secretariat moved into an office, and the day it was handed over", async () => {
    await answers("茶叶网络的秘书处现在是哪个单位在做？", ["黄山"]);
    await answers("茶叶网络秘书处是什么时候交接的？", ["2026年2月3日"]);
  });
  it("reads the figures of 我区 in an article a zone publishes", async () => {
    await answers("安顺高新区去年茶产业产值多少", ["96亿元"]);
    await answers("安顺高新区2025年规上工业总产值是多少", ["318亿元"]);
  });
  it("counts high-tech enterprises asked in English", async () => {
    await answers("How many high-tech enterprises do the member zones of the tea network (茶叶网络) have?", ["1.2万"]);
  });
  it("confirms a count asked as still so", async () => {
    await answers("茶叶网络现在还是7家吗？", ["7家"], ["不是"]);
  });
  it("reads two terms the articles join with 与, typed without it", async () => {
    await answers("茶叶网络功能饮品生物提取专委会谁牵头", ["宜宾"]);
  });
  it("quotes the group's own next steps first", async () => {
    await answers("茶叶网络接下来准备做哪些工作", ["协同地图", "检测认证"]);
  });
});

/**
 * From the growth sets' leftovers: a meeting counted and said 会 without 议 ("第一次会在哪开"); where a thing of the
 * group is placed is not its founding venue; a count after a target met, in the sentence's next part ("…目标；…达到
 * 14个"); counts in 颗 and 万件; a list by chain part introduced "按照…产业链环节布局", and the part a member is in
 * when its role is asked; who 我区 is, when a passage of a zone's article is quoted.
 */
describe("session 32 question classes (4)", () => {
  const grown = grownEngine([
    article("t32-sat", "国家高新区卫星互联网产业协同创新网络在重庆启动", "2026-05-06", [
      "5月5日，国家高新区卫星互联网产业协同创新网络启动大会在重庆高新区举行，重庆高新区牵头，联合成都、西安、武汉东湖、长沙、南京等共6家国家高新区组建该网络。",
      "记者了解到，网络成员单位按照卫星互联网产业链环节布局。卫星制造环节有重庆高新区、成都高新区；地面设备环节有西安高新区、武汉东湖高新区；运营服务环节有长沙高新区、南京高新区。",
      "网络设立理事会，重庆高新区当选理事长单位，成都高新区当选副理事长单位。",
      "网络下设2个工作组：终端与芯片工作组由南京高新区牵头，运营服务工作组由长沙高新区牵头。",
      "据统计，成员单位企业研制的在轨卫星超过120颗，拥有有效发明专利0.86万件。",
      "此外，网络还拟共建“星链飞地”，为成员企业提供研发空间，具体选址尚在论证中。",
    ]),
    article("t32-sat2", "卫星互联网网络年度会议召开", "2026-12-10", [
      "网络秘书处发布的年度报告显示，成员单位超额完成年初提出的“不少于20个”目标；网络共建共享测试验证平台达到26个。",
      "12月8日，国家高新区卫星互联网产业协同创新网络终端与芯片工作组第一次工作会议在南京高新区举行。",
    ]),
    {
      ...article("t32-sat3", "我区积极参与卫星互联网网络建设", "2026-07-01", [
        "依托在北斗领域的先发优势，我区正会同相关单位研究筹建国家高新区北斗时空产业协同创新网络。",
      ]),
      source: "长沙高新区管委会",
    },
  ]);
  const { answers } = grown;

  it("reads a meeting counted and said 会 without 议", async () => {
    await answers("卫星互联网网络终端与芯片工作组第一次会在哪儿开的？", ["南京"]);
  });
  it("does not give the founding venue for where a thing of the group is placed", async () => {
    const a = await grown.engine.answer("卫星互联网网络的星链飞地最后选在哪了？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).not.toMatch(/在重庆高新区(?:举行|启动)/);
  });
  it("reads a count after a target met, and counts in 颗 and 万件", async () => {
    await answers("卫星互联网网络现在共建共享的测试验证平台有多少个了？", ["26个"]);
    await answers("卫星互联网网络成员企业造的在轨卫星有多少颗？", ["120颗"]);
    await answers("卫星互联网网络成员有多少件有效发明专利", ["0.86万件"]);
  });
  it("reads a list by chain part introduced as a layout, and the part a member is in", async () => {
    await answers("卫星互联网网络地面设备环节有哪些高新区", ["西安", "武汉东湖"], ["长沙"]);
    await answers("成都高新区在卫星互联网网络里担任什么职务，负责哪块？", ["副理事长", "卫星制造"]);
  });
  it("says who 我区 is when quoting a zone's own article", async () => {
    await answers("北斗时空产业协同创新网络是哪家在牵头筹建？", ["长沙高新区"]);
  });
});

/** Cases the session's review found: each would have answered wrongly after the changes above. */
describe("session 32: what the review found", () => {
  const grown = grownEngine([
    article("t32-bam", "国家高新区竹材产业协同创新网络在宜宾启动", "2026-03-02", [
      "3月1日，国家高新区竹材产业协同创新网络启动大会在宜宾高新区举行，宜宾、赣州、丽水、三明4家国家高新区共同组建该网络。",
      "网络设立理事会，宜宾高新区当选理事长单位，赣州高新区、丽水高新区担任副理事长单位。",
      "首任轮值主席单位由宜宾高新区担任。",
    ]),
    article("t32-bam2", "竹材网络年会举行 轮值主席交至赣州", "2026-09-10", [
      "9月9日，国家高新区竹材产业协同创新网络年会在赣州高新区举行。",
      "年会上，宜宾高新区将轮值主席旗帜交给赣州高新区，赣州高新区成为网络第二任轮值主席单位。",
      "三明高新区担任常务副理事长单位。",
    ]),
    article("t32-bam3", "竹材网络年会举行 轮值主席交至丽水", "2027-09-12", [
      "9月11日，国家高新区竹材产业协同创新网络年会在丽水高新区举行。",
      "年会上，赣州高新区将轮值主席旗帜交给丽水高新区，丽水高新区成为网络第三任轮值主席单位。",
      "年会增补三明高新区为副理事长单位，副理事长单位由2家增至3家。",
    ]),
    {
      ...article("t32-bam4", "我区积极融入竹材产业协同创新网络", "2027-07-01", [
        "2026年11月20日，网络工作会议在我区召开。回顾全年，6月9日，网络首批场景清单发布。",
        "数据显示，2026年，我区新增高新技术企业20家，全市高新技术企业达到3000家，全省规上工业营业收入达到5000亿元。",
        "会上，赣州高新区介绍了竹纤维材料的研发进展。",
        "下一步，丽水高新区将牵头编制竹产业标准体系。",
        "下一步，我区将建设竹产业中试基地。",
      ]),
      source: "三明高新区管委会",
    },
  ]);
  const { answers } = grown;

  it("names the handover to the zone asked, else the latest", async () => {
    await answers("竹材网络是谁把轮值主席交给丽水的", ["赣州"], ["宜宾"]);
    await answers("竹材网络的轮值主席之前是谁当的？", ["赣州"]);
  });
  it("keeps a deputy seat's earlier list when another post is reported between", async () => {
    await answers("竹材网络现在的副理事长单位有哪些？", ["赣州", "丽水", "三明"]);
  });
  it("does not correct a count asked to be confirmed", async () => {
    const a = await grown.engine.answer("淮河联盟覆盖的省份是5个吗");
    expect(a.answer).not.toContain("其实不是");
  });
  it("credits no city or province figure to the zone", async () => {
    const a = await grown.engine.answer("三明高新区规上工业营业收入是多少");
    expect(a.answer).not.toContain("5000亿元");
  });
  it("takes a zone's next steps from its own 我区 plan, not another zone's", async () => {
    await answers("三明高新区下一步打算做什么？", ["中试基地"]);
    const a = await grown.engine.answer("赣州高新区下一步打算做什么？");
    expect(a.answer).not.toContain("中试基地");
  });
});

describe("session 32: a list by chain part after a long opening that ends with a colon (growth-119)", () => {
  const { answers } = grownEngine([
    article("t32-ship", "国家高新区海洋装备产业协同创新网络在舟山启动", "2026-06-02", [
      "6月1日，国家高新区海洋装备产业协同创新网络启动大会在舟山高新区召开。舟山高新区牵头，联合青岛、大连等6家国家高新区，共7家国家高新区共同组建该网络。",
      "从产业链分布看，此次入网的7家高新区覆盖船舶与海洋工程装备制造、海工关键配套装备、海洋电子信息与智能装备三大环节：船舶与海洋工程装备制造环节有舟山高新区、大连高新区和泰州高新区；海工关键配套装备环节有青岛高新区和烟台高新区；海洋电子信息与智能装备环节有威海高新区和湛江高新区。",
    ]),
  ]);
  it("reads each part", async () => {
    await answers("海洋装备网络海工关键配套装备环节有哪几家高新区？", ["青岛", "烟台"], ["大连"]);
    await answers("海洋装备网络刚启动的时候有哪些成员？", ["舟山", "大连", "泰州", "青岛", "烟台", "威海", "湛江"]);
  });
});

describe("session 32: a member that stays on as an observer, and members outside a province (growth-119)", () => {
  const { answers } = grownEngine([
    article("t32-mat", "国家高新区先进陶瓷产业协同创新网络在淄博启动", "2025-05-10", [
      "2025年5月9日，淄博高新区联合景德镇、佛山、潮州、株洲等高新区，在淄博高新区启动国家高新区先进陶瓷产业协同创新网络建设，首批成员单位共5家。",
    ]),
    article("t32-mat2", "先进陶瓷网络年会召开 成员调整为5家", "2026-05-20", [
      "5月19日，国家高新区先进陶瓷产业协同创新网络年会在佛山高新区召开。",
      "会议审议通过了宜兴高新区加入网络的申请。与此同时，株洲高新区因产业布局调整，申请转为网络观察员单位，不再作为正式成员单位。",
      "截至2026年5月，网络正式成员单位共5家。",
    ]),
  ]);
  it("reads a member that becomes an observer as no longer a member, and says what it stays as", async () => {
    await answers(
      "先进陶瓷网络现在的正式成员单位有哪些？",
      ["淄博", "景德镇", "佛山", "潮州", "宜兴"],
      ["株洲高新区、"],
    );
    await answers("先进陶瓷网络有没有成员退出？", ["株洲", "观察员"]);
  });
  it("lists the members outside a province", async () => {
    await answers("淮河联盟江苏以外的成员有哪些", ["蚌埠", "随州"], ["盐城"]);
  });
});

describe("session 32: an alliance's chair held by 我区 (growth-119)", () => {
  const grown = grownEngine([
    {
      ...article("t32-ne", "我区牵头成立东北亚国家高新区开放合作联盟", "2026-07-08", [
        "7月7日，东北亚国家高新区开放合作联盟在长春高新区成立，长春、吉林、延吉、大连、沈阳5家国家高新区为首批成员。",
        "联盟首届理事长单位由我区担任，大连高新区、沈阳高新区担任副理事长单位。",
        "联盟理事长单位的任期及轮换方式，将在后续理事会会议上研究确定。",
      ]),
      source: "长春高新区管委会",
    },
  ]);
  const { answers } = grown;
  it("reads the zone that publishes the article as the chair it says 我区 holds", async () => {
    await answers("东北亚开放合作联盟的理事长单位和副理事长单位是谁", ["长春", "大连", "沈阳"]);
  });
  it("says the chair's term is not decided when its article says so", async () => {
    const a = await grown.engine.answer("东北亚开放合作联盟理事长单位任期几年？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("研究确定");
  });
});
