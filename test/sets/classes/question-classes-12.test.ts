/**
 * Classes of knowledge that grows, shown by growth-24 and growth-25 (session 12), each over an article written for
 * this test in new words: a plan an article states answers what comes next (a later year than the article's, the
 * next term, a province as the next holder, a first occasion with the group's name inside); members ranked inside
 * one group (谁排第一, 前三是哪几家, 最多的是哪家, 增速最快), read from a sentence that narrows the one before
 * ("其中，…位列前三") or has its year said earlier in its section; a title that writes a group's name apart; a member
 * list in parts after "N家国家高新区参与。按区域划分，…" with a label that holds another group's name; a zone's
 * full name with its industry ("X医药高新区") as the city's zone; "X牵头搞的那个Y网络"; "列一下" as no second
 * question; a founding on "今天" after a dateline a sentence before, with a joint title and a hall, and who guided
 * it; the chair of the first term beside the next term's; 轮值协调单位 and 监事单位; why a zone leads (a question
 * the text asks, "为何由X领衔？"), why a zone left (a sentence given to it, "对于X的退出，…"); the network that signed
 * with the one named ("跟X签合作协议的那个网络"); a brief of one occasion from the article that reports it; a learned
 * group asked by an English name no alias holds; "推进哪5个方面" as aspects, not networks; a launch in a hall no
 * zone names; who stated a position (表的态); a second part that names a zone of the group the first names; a zone's title given to a person, wrong or right; a zone placed in a province and a city ("山西运城的三原高新区"); what each seat holder does
 * ("各管什么"); the level of zones that join ("均为省级高新区"); refusals: where a zone went after it left, what one
 * zone put into a fund whose total only is given; an annex list by province whose lines are long.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** A network launched "今天" after a dateline, members by region, seats, a ranking section, a plan. */
const OCEAN = {
  id: "t12-ocean",
  title: "国家高新区海洋装备产业协同创新网络在宁波启动",
  date: "2026-05-21",
  source: "测试",
  body: [
    "本报宁波5月20日讯（记者 林海）“向海图强，需要握指成拳。”今天，国家高新区海洋装备产业协同创新网络启动仪式暨海工—船舶装备供需对接会在宁波高新区甬江科创会议中心举行。在工业和信息化部火炬中心指导下，宁波、青岛、烟台等10家国家高新区共同发起成立网络。",
    "据介绍，该网络由宁波高新区牵头，共有10家国家高新区参与。按区域划分，华东地区5家，分别是宁波高新区、青岛高新区、烟台高新区、威海高新区和南通高新区；华南和东北地区3家，分别是湛江高新区、北海高新区和大连高新区；华中和西南地区2家，为武汉东湖高新区和重庆高新区。",
    "网络秘书处设在宁波高新区，青岛高新区和大连高新区担任首批轮值协调单位，任期一年。",
    "家底：产值超8000亿元，青岛居首",
    "数据显示，2025年，10家成员高新区海洋装备产业产值合计8200亿元；拥有高新技术企业4100家。",
    "从产值看，青岛高新区位居榜首，宁波高新区、大连高新区分列第二、第三位。从增速看，北海高新区以18.5%的增速领跑。",
    "据悉，网络计划于2027年3月在青岛举办首届海洋装备产业创新大赛。",
  ].join("\n\n"),
};

/** An alliance whose title writes its name apart; the first and the second chair, a rotation, a ranking. */
const MID_RIVER = {
  id: "t12-midriver",
  title: "长江中游12家国家高新区组建协同创新联盟",
  date: "2026-06-09",
  source: "测试",
  body: [
    "6月8日，长江中游国家高新区协同创新联盟成立大会在武汉东湖高新区举行。来自湖北、湖南、江西3省的12家国家高新区共同签署联盟协议。",
    "大会选举产生首届理事会，武汉东湖高新区当选首任理事长单位，长沙高新区、南昌高新区当选副理事长单位，宜昌高新区为监事单位。经首届理事会商定，第二届理事长单位由长沙高新区担任。联盟实行年度轮值主席制度，首个年度轮值主席单位为南昌高新区，负责承办2027年联盟年会。首届秘书处设在武汉东湖高新区。按照轮值顺序，下一届秘书处将由湖南省成员单位承担。",
    "数据显示，12家成员单位2025年实现营业收入合计约3.2万亿元。其中，武汉东湖高新区营业收入规模居成员首位，长沙、南昌高新区分列第二、三位。",
  ].join("\n\n"),
};

/** A network led by a zone written with its industry (盐城环保高新区), a ranking after "其中，". */
const ECO = {
  id: "t12-eco",
  title: "环保装备网络成立",
  date: "2026-07-02",
  source: "测试",
  body: [
    "7月1日，盐城环保高新区联合苏州、无锡、常州等共4家国家高新区，在盐城共同成立国家高新区环保装备产业协同创新网络。",
    "会上，成员单位发布《环保装备产业协同发展年度报告》。其中，苏州高新区、无锡高新区、常州高新区环保装备产值位列网络前三；高新技术企业数量方面，苏州高新区以560家居首。",
  ].join("\n\n"),
};

/** A network that signs with another the day it starts; why its lead leads, asked in the text. */
const LENS = {
  id: "t12-lens",
  title: "国家高新区光学镜头产业协同创新网络在福州启动 与光电子网络签署合作协议",
  date: "2026-08-10",
  source: "测试",
  body: [
    "8月9日，国家高新区光学镜头产业协同创新网络在福州高新区启动。福州高新区联合南昌、长春、宁波等共4家国家高新区，共同成立国家高新区光学镜头产业协同创新网络。当天，该网络还与武汉东湖高新区牵头的国家高新区光电子产业协同创新网络签署产业合作协议。",
    "为何由福州领衔？福州高新区集聚光学镜头企业210余家，手机镜头出货量占全国三成以上。业内人士认为，镜头产业链条长，各地都想做，协同才能少走弯路。",
  ].join("\n\n"),
};

/** A member leaves: the reported clause, then a sentence given to why. */
const LENS_LATER = {
  id: "t12-lens-2",
  title: "光学镜头网络调整成员",
  date: "2026-09-02",
  source: "测试",
  body: [
    "9月1日，光学镜头网络成员大会审议通过了成员调整方案：长春高新区因主导产业调整，申请不再作为网络成员单位。调整后，网络成员单位由4家减至3家。",
    "对于长春高新区的退出，网络秘书处负责人介绍，近年来长春高新区把资源集中到生物疫苗和卫星产业，镜头相关业务逐步剥离，经其申请、成员单位一致同意，长春高新区不再作为网络成员单位。",
  ].join("\n\n"),
};

/** A launch held in a hall no zone names; a member's official who states a position (表态). */
const DRONE = {
  id: "t12-drone",
  title: "国家高新区无人机产业协同创新网络启动",
  date: "2026-03-03",
  source: "测试",
  body: [
    "3月2日，国家高新区无人机产业协同创新网络启动仪式在深圳湾体育中心举行。深圳高新区联合珠海、东莞等共3家国家高新区，共同成立国家高新区无人机产业协同创新网络。网络秘书处设在深圳高新区。",
    "会上，珠海高新区党工委书记李明远表态，珠海将向网络成员开放试飞空域。",
  ].join("\n\n"),
};

/** Two coordinators, each leading a working group. */
const DEVICES = {
  id: "t12-bio",
  title: "国家高新区医疗器械产业协同创新网络成立",
  date: "2026-10-12",
  source: "测试",
  body: [
    "10月11日，成都高新区联合苏州、西安、南京等共4家国家高新区，在成都共同成立国家高新区医疗器械产业协同创新网络。苏州高新区、西安高新区担任2026—2027年度轮值协调单位，分别牵头标准制定和检测认证两个工作组。",
  ].join("\n\n"),
};

/** Two provincial zones join. */
const DEVICES_LATER = {
  id: "t12-bio-2",
  title: "医疗器械网络吸纳新成员",
  date: "2026-12-02",
  source: "测试",
  body: [
    "12月1日，国家高新区医疗器械产业协同创新网络成员大会审议通过了荆州高新区、九江高新区的入网申请，网络成员单位由4家增至6家。此次新加入的荆州高新区、九江高新区均为省级高新区。",
  ].join("\n\n"),
};

/** A fund whose total only is given; a zone's own figures after it. */
const TEA = {
  id: "t12-tea",
  title: "国家高新区茶叶产业协同创新网络在普洱成立",
  date: "2026-05-07",
  source: "测试",
  body: [
    "5月6日，普洱高新区联合黄山、信阳等共3家国家高新区，在普洱共同成立国家高新区茶叶产业协同创新网络。网络成员还共同发起设立规模5亿元的茶叶产业协同基金。",
    "数据显示，普洱高新区集聚茶企业420余家，2025年茶叶产业产值约96亿元。",
  ].join("\n\n"),
};

/** A member leaves, and nothing says where it went. */
const TEA_LATER = {
  id: "t12-tea-2",
  title: "茶叶产业网络调整成员",
  date: "2026-08-02",
  source: "测试",
  body: ["8月1日，茶叶产业网络成员会议同意黄山高新区退出网络，网络成员单位由3家减至2家。"].join("\n\n"),
};

/** An annex list by province whose first line is long enough to look like body text cut by a page break. */
const LOWER = {
  id: "t12-lower",
  title: "长江下游国家高新区创新联盟成立",
  date: "2026-07-02",
  source: "测试",
  body: [
    "7月1日，长江下游国家高新区创新联盟在南京高新区成立，9家国家高新区共同签署联盟章程。",
    "附：联盟首批成员单位名单（9家）",
    "江苏（5家）：南京高新区、常州高新区、无锡高新区、苏州高新区、徐州高新区",
    "浙江（2家）：杭州高新区、宁波高新区",
    "安徽（2家）：合肥高新区、芜湖高新区",
  ].join("\n\n"),
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({
      articles: [OCEAN, MID_RIVER, ECO, LENS, LENS_LATER, DRONE, DEVICES, DEVICES_LATER, TEA, TEA_LATER, LOWER],
      events: [],
    }),
  });
});

const ask = (q: string) => engine.answer(q);

describe("what comes next, as an article plans it", () => {
  it("a first occasion asked with the group's name before its ordinal", async () => {
    const a = await ask("海洋装备网络首届创新大赛打算啥时候办");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("2027年3月");
  });
  it("next year's meeting: a sentence that names a year after the article's", async () => {
    const a = await ask("长江中游联盟明年年会谁来办");
    expect(a.kind).toBe("passage");
    expect(a.answer.split("\n")[0]).toContain("南昌高新区");
  });
  it("the next term's province", async () => {
    const a = await ask("长江中游联盟秘书处下一届轮到哪个省？");
    expect(a.kind).toBe("passage");
    expect(a.answer.split("\n")[0]).toContain("湖南省");
  });
});

describe("members ranked inside one group", () => {
  it("前三 from a sentence that narrows the one before (其中，…位列前三)", async () => {
    const a = await ask("环保装备网络产值前三是哪几家");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("位列网络前三");
  });
  it("the most of a measure, and how many", async () => {
    const a = await ask("环保装备网络里高企最多的是哪家，有多少");
    expect(a.answer).toContain("苏州高新区以560家居首");
  });
  it("who ranks first, in an alliance whose title writes its name apart", async () => {
    const a = await ask("长江中游联盟谁排第一");
    expect(a.answer).toContain("武汉东湖高新区营业收入规模居成员首位");
  });
  it("a total asked of such an alliance", async () => {
    const a = await ask("长江中游联盟12家2025年营收加起来多少");
    expect(a.answer).toContain("3.2万亿元");
  });
  it("the fastest growth, its year said earlier in its section", async () => {
    const a = await ask("海洋装备网络2025年谁产值增速最快？多少");
    expect(a.answer).toContain("北海高新区以18.5%");
  });
  it("first place over a faster grower", async () => {
    const a = await ask("海洋装备网络谁排第一");
    expect(a.answer.split("\n")[0]).toContain("青岛高新区位居榜首");
  });
});

describe("members and seats read", () => {
  it("parts after a sentence that counts the zones taking part; a part asked by its label", async () => {
    const a = await ask("海洋装备网络里华南和东北那几家是谁");
    expect(a.answer).toContain("华南和东北地区3家：湛江高新区、北海高新区、大连高新区");
    expect(a.answer).not.toContain("东北地区国家高新区联盟");
  });
  it("a zone written with its industry is the city's zone, in every group it belongs to", async () => {
    const a = await ask("盐城高新区参加了哪些网络或联盟");
    expect(a.answer).toContain("环保装备");
    expect(a.answer).toContain("淮河");
  });
  it("a network named by who leads it (牵头搞的那个), then 列一下", async () => {
    const a = await ask("盐城环保高新区牵头搞的那个环保装备网络，成员都有谁？列一下");
    expect(a.answer).toContain("共有4家成员");
    expect(a.answer).not.toContain("参加了");
  });
  it("轮值协调单位 of the first term", async () => {
    const a = await ask("海洋装备网络的轮值协调单位是哪两家");
    expect(a.answer).toContain("青岛高新区、大连高新区");
  });
  it("the first term's chair, beside the next term's", async () => {
    const a = await ask("长江中游联盟理事长单位是哪家");
    expect(a.answer).toMatch(/^长江中游国家高新区协同创新联盟的理事长单位是武汉东湖高新区/);
  });
  it("监事单位", async () => {
    const a = await ask("长江中游联盟监事单位是哪家");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("宜昌高新区");
  });
});

describe("a founding as a dateline and a quote open it", () => {
  it("today is the dateline's day, a sentence before", async () => {
    const a = await ask("海洋装备网络什么时候启动的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("2026年5月20日");
  });
  it("the hall of a joint occasion", async () => {
    const a = await ask("海洋装备网络启动仪式在哪举行");
    expect(a.answer).toContain("甬江科创会议中心");
  });
  it("who guided it, when the sentence names the group by its kind only", async () => {
    const a = await ask("海洋装备网络是在哪个部门指导下成立的");
    expect(a.answer).toContain("工业和信息化部火炬中心");
    expect(a.citations.some((c) => c.quote.includes("指导下"))).toBe(true);
  });
});

describe("why, and a group named by what it did", () => {
  it("why a zone leads: the reason after the text's own question, not a yes", async () => {
    const a = await ask("为啥光学镜头网络让福州牵头");
    expect(a.kind).toBe("passage");
    expect(a.answer.split("\n")[0]).toContain("集聚光学镜头企业210余家");
  });
  it("why a zone left: the sentence given to it, not a membership no", async () => {
    for (const q of ["长春为啥不在光学镜头网络里了", "长春高新区为什么退出光学镜头网络"]) {
      const a = await ask(q);
      expect(a.answer).not.toMatch(/^不是/);
      expect(a.answer).toContain("生物疫苗和卫星产业");
    }
  });
  it("the network that signed with the one named, read by its name", async () => {
    const a = await ask("跟光学镜头网络签合作协议的那个网络，是哪家牵头的");
    expect(a.answer).toContain("武汉东湖高新区");
    expect(a.notes?.join("")).toContain("国家高新区光电子产业协同创新网络");
  });
});

describe("briefs of an occasion, and groups asked in English", () => {
  it("a founding told from its report: the opening, then who took which seat", async () => {
    const a = await ask("简单讲讲长江中游联盟成立这事");
    expect(a.answer).toContain("成立大会在武汉东湖高新区举行");
    expect(a.answer).toContain("当选首任理事长单位");
  });
  it("a later meeting picked by its month: who left, and the count after", async () => {
    const a = await ask("Give me a quick summary of the optical lens network's September 2026 meeting");
    expect(a.answer).toContain("长春高新区");
    expect(a.answer).toContain("由4家减至3家");
  });
  it("a learned network by its English name, read and said so", async () => {
    const a = await ask("Can you give me a quick overview of the ocean equipment network?");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("成员10家");
    expect(a.notes?.join("")).toContain("ocean equipment network");
  });
  it("'推进哪5个方面' asks for five aspects, not about the five networks", async () => {
    const a = await ask("淮河联盟下一步要重点推进哪5个方面的工作？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("一是");
  });
});

describe("a hall, a position stated, a second part naming a zone", () => {
  it("a launch in a hall no zone names: the passage that says where", async () => {
    const a = await ask("无人机网络启动仪式在哪个场馆办的");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("深圳湾体育中心");
  });
  it("who stated the position (表的态) for a member", async () => {
    const a = await ask("无人机网络启动会上珠海是谁表的态");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("李明远");
  });
  it("a second part that names a zone of the group: both answered", async () => {
    const a = await ask("无人机网络是哪家牵头的？秘书处在深圳吗");
    expect(a.answer).toContain("牵头单位是深圳高新区");
    expect(a.answer).toContain("秘书处设在深圳高新区");
  });
});

describe("a zone's title given to a person", () => {
  it("the wrong zone is corrected, then what was asked is answered", async () => {
    const a = await ask("东莞高新区书记李明远表态要开放什么");
    expect(a.answer).toMatch(/^问题的前提有误（与文章不符）：.*李明远是珠海高新区党工委书记/);
    expect(a.answer).toContain("开放试飞空域");
  });
  it("the right zone, written shorter than the title, is no premise to correct", async () => {
    const a = await ask("珠海高新区书记李明远表态要开放什么");
    expect(a.answer).not.toContain("前提");
    expect(a.answer).toContain("开放试飞空域");
  });
});

describe("where a zone is, taken for granted", () => {
  it("a wrong province and city before a zone are corrected", async () => {
    const a = await ask("山西运城的三原高新区，推介会在哪开的");
    expect(a.answer).toContain("三原高新区位于陕西咸阳市，不在山西运城");
  });
  it("the right ones are no premise", async () => {
    const a = await ask("陕西咸阳的三原高新区，推介会在哪开的");
    expect(a.answer).not.toContain("前提");
    expect(a.answer).toContain("北京");
  });
});

describe("what each seat holder does, and the level of zones that join", () => {
  it("各管什么: what the sentence gives each holder after the seat", async () => {
    const a = await ask("医疗器械网络的轮值协调单位是哪两家，各管什么");
    expect(a.answer).toContain("苏州高新区、西安高新区，分别牵头标准制定和检测认证两个工作组");
  });
  it("new members said provincial where the article says so", async () => {
    const a = await ask("医疗器械网络最近加了哪些新成员？什么级别的高新区");
    expect(a.answer).toContain("荆州高新区（省级）");
    expect(a.answer).not.toContain("undefined");
  });
});

describe("refusals the articles call for", () => {
  it("where a zone went after it left, when no article says", async () => {
    const a = await ask("黄山退出茶叶产业网络后加入了哪个网络？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("文章没有写黄山高新区退出");
  });
  it("what one zone put into a fund whose total only is given", async () => {
    const a = await ask("茶叶产业协同基金里普洱高新区出了多少钱？");
    expect(a.kind).toBe("none");
  });
  it("the fund's size itself is still answered", async () => {
    const a = await ask("茶叶产业协同基金规模多大");
    expect(a.answer).toContain("5亿元");
  });
});

describe("an annex list by province", () => {
  it("its lines stay lines (not joined as a sentence a page break cut), and a province's part is answered", async () => {
    const a = await ask("长江下游联盟浙江有哪几家");
    expect(a.answer).toContain("杭州高新区");
    expect(a.answer).toContain("宁波高新区");
    expect(a.answer).not.toContain("合肥");
  });
  it("the whole list is counted", async () => {
    const a = await ask("长江下游联盟首批多少家");
    expect(a.answer).toContain("9家");
  });
});
