/**
 * Classes of knowledge that grows and of questions, shown by growth-28, growth-29 and blind-29 (session 14), each
 * over an article written for this test in new words: an alliance founded "at the meeting" the sentence before dates
 * and places ("DATE，…大会在V举行。会上，…发起成立Y"); members by province written "湖北省的A、B；湖南省的C"; the next
 * term of a seat ("下一年度由B接任", "第二届理事长单位将由B担任"), asked alone or with the current one; a council's
 * seat told beside a network named after it; a group's secretary-general asked of another group the article
 * mentions; an update whose leaver gives its reason and applies itself ("C因…，主动申请退出网络"), and the sentence
 * given to the leaving that says what it stays as (联络单位); applicants admitted as "通过A、B的加入申请"; a
 * secretariat asked whether it moved away from its old seat; a rank listed after 排名; two figures compared by the
 * amount their notes give.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** An alliance founded at a meeting the sentence before dates; members by province with 的; seats for next terms. */
const MIDSTREAM = {
  id: "t14-midstream",
  title: "长江中游8家国家高新区携手结盟",
  date: "2026-10-17",
  source: "测试",
  body: [
    "本报武汉10月15日电（记者 田野）10月15日，首届长江中游城市群国家高新区创新发展大会在武汉东湖高新区举行。会上，来自湖北、湖南、江西3省的8家国家高新区共同发起成立长江中游国家高新区创新联盟。",
    "按省份划分，联盟成员包括：湖北省的武汉东湖高新区、宜昌高新区、襄阳高新区；湖南省的长沙高新区、株洲高新区、湘潭高新区；江西省的南昌高新区、九江高新区。",
    "大会选举武汉东湖高新区为联盟理事长单位，长沙高新区、南昌高新区为副理事长单位，联盟秘书处设在宜昌高新区，宜昌高新区管委会副主任石磊出任首任秘书长。理事长单位实行轮值制，每届任期两年，第二届理事长单位将由长沙高新区担任。",
    "联盟实行轮值主席制度，2026—2027年度轮值主席由襄阳高新区担任，下一年度由株洲高新区接任。",
    "南昌高新区作为副理事长单位，在会上介绍了参与国家高新区光电子产业协同创新网络的做法。",
    "联盟秘书长石磊表示，将推动长江中游联盟与淮河联盟在科研仪器共享方面开展交流。",
    "次日，长江中游国家高新区创新联盟（以下简称“长江中游联盟”）第一次理事会议也在宜昌高新区召开。",
  ].join("\n\n"),
};

/** An older network: two join, one leaves with its reason; the sentence given to the leaving; the count after. */
const NANO_UPDATE = {
  id: "t14-nano",
  title: "纳米新材料网络成员增至10家",
  date: "2026-11-20",
  source: "测试",
  body: [
    "本报讯（记者 孔亮）11月18日，国家高新区纳米新材料产业协同创新网络2026年度工作会议在苏州工业园区召开。会议审议通过了成员调整事项：合肥高新区、厦门火炬高新区2家国家高新区正式加入网络；淄博高新区因园区主导产业调整、发展重心转向高端化工和新能源材料领域，主动申请退出网络。调整后，网络成员单位由成立时的9家增至10家。",
    "对于淄博高新区的退出，网络秘书处负责人表示，网络尊重各成员根据自身定位作出的选择，淄博高新区今后仍将以联络单位身份参加网络的交流活动。",
  ].join("\n\n"),
};

/** An older alliance admits two by their applications; its secretariat rotates away from its first seat. */
const HUAIHE_UPDATE = {
  id: "t14-huaihe",
  title: "淮河联盟成员增至19家 秘书处首次轮值",
  date: "2027-01-12",
  source: "测试",
  body: [
    "本报讯（记者 周扬）1月9日，淮河生态经济带高新区产业科技创新战略联盟常务理事会会议在淮安高新区召开，会议审议通过亳州高新区、六安高新区的加入申请，联盟成员由17家增至19家；同时，联盟秘书处由盐城高新区轮转至淮安高新区，这是联盟成立以来秘书处首次轮值。",
  ].join("\n\n"),
};

/** A city ranking listed after 排名; two kinds of projects whose notes give their investment. */
const RANKED = {
  id: "t14-ranked",
  title: "皖江城市创新能力稳步提升",
  date: "2026-05-06",
  source: "测试",
  body: [
    "在近日发布的《城市创新能力监测报告2025》中，安徽参评的9个城市中有5个城市排名前50位，其中合肥第6、芜湖第18。",
    "此前，合肥、芜湖、蚌埠等5家国家高新区共同发起成立皖江科创走廊联盟，推动仪器设备共享。",
    "在芜湖高新区2026年二季度重大项目集中推进会现场，一批新能源汽车零部件项目集中开工。",
    "当天，全区36个重点项目签约，总投资210亿元；28个项目开工，总投资236.5亿元。",
  ].join("\n\n"),
};

/** A new network with supporting institutes, a known official quoted, two amounts of its launch, its revenue. */
const MACHINE_TOOLS = {
  id: "t14-machine",
  title: "国家高新区工业母机产业协同创新网络在宁波启动",
  date: "2026-09-10",
  source: "测试",
  body: [
    "本报讯（记者 俞洁）9月8日，国家高新区工业母机产业协同创新网络启动会在宁波高新区举行。宁波高新区联合大连、济南、沈阳、武汉东湖、重庆、株洲、常州、苏州、西安、成都等共12家国家高新区，共同组建这一网络。",
    "此外，中国科学院宁波材料技术与工程研究所、华中科技大学无锡研究院等9家科研院所和企业作为首批支撑单位加入网络。",
    "启动会上，成员单位共同发布工业母机应用场景清单，涵盖航空零部件、汽车模具、精密轴承等场景36个；现场签约合作项目19个，总投资约72亿元。",
    "“工业母机是制造业的‘母机’，协同攻关势在必行。”工业和信息化部火炬中心副主任何年初在会上表示，网络要聚焦数控系统、功能部件等短板开展联合攻关。",
    "网络秘书处负责人介绍，首批成员各有所长：大连高新区在数控系统方面积累深厚；济南高新区激光装备产业集聚；株洲高新区拥有轨道交通装备的完整配套。",
    "大连、济南、常州3家成员单位率先实现大型仪器开放共享。",
    "启动会上，网络还与国家高新区集成电路产业协同创新网络签署《数控芯片合作备忘录》。根据备忘录，两张网络将共建数控芯片适配验证中心；每年联合发布一批国产数控芯片应用案例。",
    "下一步，网络将从三个方面推进：一是共建中试平台；二是联合攻关，会上已发布首批技术攻关榜单15项，面向全国揭榜；三是共同发起设立工业母机产业基金，规模30亿元。",
    "作为下一任轮值单位，即将接手工作的常州高新区(武进)管委会副主任许亮表示，常州将牵头组织功能部件专题对接。",
    "宁波高新区党工委副书记、管委会主任陈晓东表示，宁波将开放高端装备中试平台，服务网络成员。",
    "数据显示，12家成员高新区2025年合计实现营业收入约1.2万亿元。其中，机床企业数量排在前三位的是大连、济南和宁波。",
  ].join("\n\n"),
};

/** An older network's annual meeting, asked in English. */
const IC_MEETING = {
  id: "t14-ic-meeting",
  title: "集成电路网络召开2026年度大会",
  date: "2026-11-07",
  source: "测试",
  body: [
    "本报讯 11月5日，国家高新区集成电路产业协同创新网络2026年度大会在无锡高新区召开，成员单位交流了一年来协同攻关的进展。",
    "大会上，网络成员单位现场签约合作项目27个，总投资156亿元。网络成员还共同发起设立集成电路协同创新基金，总规模40亿元。",
  ].join("\n\n"),
};

/** A member leaves; the reason is a clause of purpose in a later sentence. */
const OPTO_LEAVE = {
  id: "t14-opto-leave",
  title: "光电子网络调整成员",
  date: "2026-04-03",
  source: "测试",
  body: "本报讯 4月2日，国家高新区光电子产业协同创新网络理事会会议在武汉东湖高新区召开，会议同意泉州高新区退出网络。据网络秘书处介绍，泉州高新区今年已加入另一张协同创新网络，为集中资源发展半导体装备产业，该区向网络秘书处提出退出申请。",
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({
      articles: [MIDSTREAM, NANO_UPDATE, HUAIHE_UPDATE, RANKED, MACHINE_TOOLS, IC_MEETING, OPTO_LEAVE],
      events: [],
    }),
  });
});

const ask = (q: string) => engine.answer(q);

describe("an alliance founded at the meeting the sentence before tells of", () => {
  it("its founding date", async () => {
    const a = await ask("长江中游国家高新区创新联盟是哪天成立的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("10月15日");
  });
  it("where it was founded", async () => {
    const a = await ask("长江中游联盟在哪成立的");
    expect(a.answer).toContain("武汉东湖");
  });
  it("members of one province, listed as 湖南省的A、B、C", async () => {
    const a = await ask("长江中游联盟里湖南的成员有哪些");
    expect(a.kind).toBe("fact");
    for (const z of ["长沙", "株洲", "湘潭"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("宜昌");
  });
  it("how many members, from the province lists", async () => {
    const a = await ask("长江中游联盟一共几家成员");
    expect(a.answer).toContain("8");
  });
  it("the next term of the rotating chair, asked alone", async () => {
    const a = await ask("长江中游联盟下一任轮值主席是谁");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("株洲");
    expect(a.answer).not.toContain("襄阳");
  });
  it("the current rotating chair and the next one, asked together", async () => {
    const a = await ask("长江中游联盟轮值主席现在是谁，下一年度轮到谁");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("襄阳");
    expect(a.answer).toContain("株洲");
  });
  it("the rotating chair asked bare is the current one, not the next", async () => {
    const a = await ask("长江中游联盟轮值主席是哪家");
    expect(a.answer).toContain("襄阳");
    expect(a.answer).not.toContain("株洲");
  });
  it("the chair's next term, planned with 将由, and how long a term runs", async () => {
    const a = await ask("长江中游联盟理事长怎么轮值？下一届轮到谁");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("长沙");
    expect(a.answer).toContain("两年");
  });
  it("a council's seat told beside a network named after it is the alliance's, not the network's", async () => {
    // (The passages may quote the sentence; no fact gives the network the seat.)
    const a = await ask("光电子网络的副理事长单位有哪些");
    expect(a.kind).not.toBe("fact");
    const b = await ask("长江中游联盟的副理事长单位有哪些");
    expect(b.answer).toContain("长沙");
    expect(b.answer).toContain("南昌");
  });
  it("its secretary-general", async () => {
    const a = await ask("长江中游联盟秘书长是谁");
    expect(a.answer).toContain("石磊");
  });
  it("another alliance the article mentions is not given this alliance's secretary-general", async () => {
    const a = await ask("淮河联盟的秘书长是谁");
    expect(a.kind).not.toBe("fact");
  });
});

describe("an update whose leaver gives its reason", () => {
  it("who joined", async () => {
    const a = await ask("纳米新材料网络这次新进了哪几家");
    expect(a.answer).toContain("合肥");
    expect(a.answer).toContain("厦门火炬");
  });
  it("the count after the change", async () => {
    const a = await ask("纳米新材料网络现在有几家成员");
    expect(a.answer).toContain("10");
  });
  it("why the member left: the reason reported with the leaving, then what it stays as", async () => {
    const a = await ask("淄博高新区为什么退出纳米网络");
    expect(a.answer).toContain("高端化工");
    expect(a.answer).toContain("联络单位");
  });
  it("applicants admitted by 通过A、B的加入申请, and the count after", async () => {
    const a = await ask("淮河联盟最近加了哪些新成员？现在一共多少家");
    expect(a.answer).toContain("亳州");
    expect(a.answer).toContain("六安");
    expect(a.answer).toContain("19");
  });
  it("whether the secretariat moved away from its first seat: where it is now, no premise to correct", async () => {
    const a = await ask("淮河联盟秘书处从盐城搬走了吗");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("淮安");
    expect(a.answer).not.toContain("前提");
  });
});

describe("a rank and two amounts", () => {
  it("a rank listed after 排名", async () => {
    const a = await ask("城市创新能力监测报告2025里芜湖排第几");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("第18");
  });
  it("two kinds of projects compared by their investment, with the difference", async () => {
    const a = await ask("芜湖高新区那次推进会，签约项目和开工项目哪个总投资多？多出多少");
    expect(a.answer).toContain("26.5");
    expect(a.answer).toContain("开工");
  });
});

describe("a new network's supporters, a known official, amounts asked together", () => {
  it("its supporting units are not its member zones: the sentence that names them answers", async () => {
    const a = await ask("工业母机网络有哪些支撑单位");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("宁波材料技术与工程研究所");
  });
  it("how many supporting units, not how many members", async () => {
    const a = await ask("工业母机网络首批支撑单位有几家");
    expect(a.answer).toContain("9家");
    expect(a.answer).not.toContain("12家");
  });
  it("a known official quoted in the new article, asked by the body they speak for", async () => {
    const a = await ask("工业母机网络启动会上，火炬中心是哪位领导讲话的");
    expect(a.answer).toContain("何年初");
  });
  it("two amounts asked in one sentence, a comma between them", async () => {
    const a = await ask("工业母机网络启动时发布了多少个应用场景，签了多少个项目");
    expect(a.answer).toContain("36");
    expect(a.answer).toContain("19");
  });
  it("营收 asked of a figure written 营业收入", async () => {
    const a = await ask("工业母机网络成员营收一共多少");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("1.2万亿元");
  });
  it("an annual meeting asked in English", async () => {
    const a = await ask("Where was the 2026 annual meeting of the integrated circuit network held?");
    expect(a.answer).toContain("无锡");
  });
  it("members ranked inside one group, asked as 前三名是", async () => {
    const a = await ask("工业母机网络成员里机床企业数量最多的前三名是？");
    expect(a.kind).toBe("passage");
    for (const z of ["大连", "济南", "宁波"]) expect(a.answer).toContain(z);
  });
  it("a share claimed of a member zone whose name holds 中 is checked as a figure, not read as membership", async () => {
    const a = await ask("听说中关村示范区的人工智能企业占到全国一半了，是真的吗");
    expect(a.answer).toContain("四成");
    expect(a.answer).not.toMatch(/^是/);
  });
  it("when a person took up their post, asked as 开始当: the articles give the post, not when", async () => {
    const a = await ask("何年初是哪一年开始当火炬中心副主任的");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("副主任");
  });
  it("a figure's region named in English", async () => {
    const a = await ask("How many national high-tech zones does the Yangtze River Delta have?");
    expect(a.answer).toContain("36");
  });
  it("a seat and the secretariat asked together", async () => {
    const a = await ask("长江中游联盟的副理事长单位和秘书处分别是");
    expect(a.kind).toBe("fact");
    for (const z of ["长沙", "南昌", "宜昌"]) expect(a.answer).toContain(z);
  });
  it("which group a zone joined lately: the one whose recorded change added it", async () => {
    const a = await ask("厦门火炬高新区新加入了哪个网络");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("纳米新材料");
    expect(a.answer).not.toContain("集成电路");
  });
  it("why a member was chosen: the whole ';'-separated list its reason stands in", async () => {
    const a = await ask("为什么工业母机网络看中济南高新区");
    expect(a.kind).toBe("passage");
    for (const w of ["数控系统", "激光装备", "轨道交通"]) expect(a.answer).toContain(w);
  });
  it("why a zone was brought in is no membership check", async () => {
    const a = await ask("工业母机网络为啥要济南高新区加入");
    expect(a.kind).toBe("passage");
    expect(a.answer).not.toMatch(/^是/);
  });
  it("members picked out by what they did: the sentence that says it, not the whole list", async () => {
    const a = await ask("工业母机网络里率先搞仪器共享的是哪几家");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("大连、济南、常州3家成员单位率先实现大型仪器开放共享");
  });
  it("the items of a counted list the articles only count are not given", async () => {
    const a = await ask("工业母机网络那15项攻关榜单具体是哪些");
    expect(a.kind).toBe("none");
  });
  it("who manages a fund is a detail the articles do not give", async () => {
    const a = await ask("工业母机产业基金是哪家基金公司在管");
    expect(a.kind).toBe("none");
  });
  it("a count of something else than members, asked in English, is the figure's", async () => {
    const a = await ask("How many projects were signed at the integrated circuit network's annual meeting?");
    expect(a.answer).toContain("27");
  });
  it("a fund's size asked in English", async () => {
    const a = await ask("How big is the fund of the integrated circuit network?");
    expect(a.answer).toContain("40亿元");
  });
  it("why a member left, told as a clause of purpose in a later sentence (为集中资源…)", async () => {
    const a = await ask("泉州高新区为什么退出光电子网络");
    expect(a.answer).toContain("半导体装备");
  });
  it("who said a thing, asked as 谁讲的, then 他什么职务: the person with their title, nothing else", async () => {
    const a = await ask("工业母机网络启动会上，宁波方面谁讲的开放中试平台？他什么职务");
    expect(a.answer).toContain("陈晓东");
    expect(a.answer).toContain("管委会主任");
    expect(a.answer).not.toContain("成员");
  });
  it("an act that only describes what is asked about ('签的备忘录') needs no passage that says it", async () => {
    const a = await ask("两张网签的数控芯片备忘录具体要做哪些事");
    expect(a.answer).toContain("适配验证中心");
  });
  it("a person's title, then what they said, asked by 他 after a comma: both answered", async () => {
    const a = await ask("陈晓东什么身份，他在会上怎么说的");
    expect(a.answer).toContain("管委会主任");
    expect(a.answer).toContain("中试平台");
  });
});

describe("second parts, spans and English yes/no (blind-30 after its scoring)", () => {
  it("a second part that points at the group ('这个联盟') is about the group, not the zone asked first", async () => {
    const a = await ask("宜昌高新区在长江中游联盟里吗？这个联盟的理事长单位是谁");
    expect(a.answer).toContain("武汉东湖");
  });
  it("the days from the first launch to the last", async () => {
    const a = await ask("第一个网络启动到最后一个网络启动，前后隔了多少天");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/相隔\d+天/);
  });
  it("the others of a list the articles give only in part are not given", async () => {
    const a = await ask("皖江科创走廊联盟除了合肥、芜湖、蚌埠，另外两家是谁");
    expect(a.kind).toBe("none");
  });
  it("a founding year asked in English, yes or no", async () => {
    const a = await ask("Was the Northeast alliance founded in 2022?");
    expect(a.answer).toMatch(/^不是/);
    expect(a.answer).toContain("2023");
  });
  it("a province written with 省 is the province, not the zone its name is short for", async () => {
    const a = await ask("东北地区国家高新区联盟里吉林省的成员都有谁");
    expect(a.answer).not.toMatch(/^是/);
    expect(a.answer).not.toContain("吉林高新区是");
  });
  it("a next term no article names is not known (下一任 asks the future)", async () => {
    const a = await ask("长江中游联盟下一任秘书处会设在哪");
    expect(a.kind).toBe("none");
  });
  it("a group's secretary-general titled 联盟秘书长 is no network's, even in an article about both", async () => {
    const a = await ask("光电子网络的秘书长是谁");
    expect(a.kind).not.toBe("fact");
  });
  it("a meeting dated 次日 is the day after the date the item gave before, its short name in brackets skipped", async () => {
    const a = await ask("长江中游联盟第一次理事会议是哪天开的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("10月16日");
  });
  it("a title whose zone has its district in half-width brackets, after other words", async () => {
    const a = await ask("许亮是谁");
    expect(a.answer).toContain("常州高新区");
  });
});
