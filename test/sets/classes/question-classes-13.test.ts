/**
 * Classes of knowledge that grows and of questions, shown by growth-26, growth-27 and blind-27 (session 13), each
 * over an article written for this test in new words: a network whose field is a long compound, named in a sentence
 * with an older network (its list and seats are its own; a new paragraph about "网络" is the title's network);
 * 副牵头单位 asked bare; parts of a list joined by 即; "这张由X牵头打造的网络"; an update that adds and removes at
 * once ("A、B、C 3家正式加入网络，D退出网络"), dated by a "本报X讯" dateline; why a member left ("谈及D的退出，…")
 * and what it stays as (观察员); a learned network asked in English with "new" before its name; members listed by
 * province in chunks ("按省区分布为：四川省A、B；重庆市C"), asked for two provinces written together; a title
 * without "由"; a rank asked as 排前三 with 营收; a place named as where an occasion was held; zones added to a seat
 * (增选…由3家增至5家); contact members (联系成员单位); a first rotating chair in a sentence that also plans; by what
 * rule a secretariat works; a standing secretariat ("为常设机构，设在X，不随理事长单位轮换") and one held since the
 * founding that rotates yearly from a day ("2027年由A承担，2028年由B承担"); every network's lead for one year; two occasions ordered; a start year the question
 * gets wrong; "more members" in English; a national ranking that is no question of a zone's level; a size asked to be
 * confirmed ("有8家成员，对吧", "是9家吧"); a launch placed
 * wrongly ("在杭州启动那次"); a brief asked with its subject first ("X啥情况，给介绍介绍") from the section an article heads with it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

/** A network with a long field, launched beside an older one; seats in the next paragraph; parts joined by 即. */
const RANCH = {
  id: "t13-ranch",
  title: "国家高新区海洋牧场装备与水产种业产业协同创新网络在烟台启动 与人工智能网络签署合作备忘录",
  date: "2026-04-09",
  source: "测试",
  body: [
    "本报讯（记者 于涛）4月8日，国家高新区海洋牧场装备与水产种业产业协同创新网络启动会在烟台高新区举行。会上，新网络还与中关村示范区牵头的国家高新区人工智能产业协同创新网络签署合作备忘录。",
    "据介绍，网络秘书处设在烟台高新区，威海高新区、湛江高新区为副牵头单位。网络秘书长由烟台高新区科技创新局局长高岩担任。",
    "这张由烟台高新区牵头打造的网络，共有9家国家高新区参与。按区域划分，华东地区5家，分别是烟台高新区、威海高新区、青岛高新区、连云港高新区和宁波高新区；华南地区2家，即湛江高新区和北海高新区；东北地区2家，即大连高新区和营口高新区。",
    "数据显示，2025年，9家成员高新区海洋牧场装备相关产业营业收入合计约1900亿元。其中，青岛高新区营业收入规模居首，烟台高新区、大连高新区分列第二、第三位。",
    "启动会上，现场签约合作项目17个，总投资66亿元。",
  ].join("\n\n"),
};

/** An older network that gains three members and loses one, dated by its dateline; why, and what it stays as. */
const OPTO_UPDATE = {
  id: "t13-opto",
  title: "三进一出 光电子网络成员增至15家",
  date: "2026-06-05",
  source: "测试",
  body: [
    "本报长春讯（记者 何静）6月3日，国家高新区光电子产业协同创新网络2026年度会议在长春高新区召开。会议审议通过成员调整方案：福州高新区、厦门火炬高新区、珠海高新区3家正式加入网络，泉州高新区退出网络。几经调整，网络成员单位由成立之初的13家增至15家。",
    "会议还审议通过了《网络秘书处轮值办法》。根据办法，网络秘书处自成立以来一直由武汉东湖高新区承担，自2027年1月1日起改为按年度轮值，2027年由长春高新区承担，2028年由成都高新区承担。",
    "谈及泉州高新区的退出，网络秘书处负责人解释，泉州高新区近年来把主导产业转向半导体装备，经其管委会研究，主动申请不再作为网络成员单位。“退出不等于断联，泉州今后将以观察员身份继续参加网络的交流活动。”",
  ].join("\n\n"),
};

/** An alliance listed by province in chunks; a chair, a first rotating chair beside a plan, a secretary-general. */
const UPSTREAM = {
  id: "t13-upstream",
  title: "长江上游国家高新区协同创新联盟在成都成立",
  date: "2026-09-17",
  source: "测试",
  body: [
    "本报讯（记者 罗兰）9月16日，长江上游国家高新区协同创新联盟成立大会在成都高新区举行。联盟首批成员单位共8家，按省区分布为：四川省成都高新区、绵阳高新区、德阳高新区；重庆市重庆高新区、璧山高新区；贵州省贵阳高新区、遵义高新区；云南省昆明高新区。",
    "大会选举成都高新区为首届理事长单位。经协商，首任轮值主席单位为绵阳高新区，任期一年，2027年联盟年会将由绵阳高新区承办。与理事长单位不同，联盟秘书处为常设机构，设在德阳高新区，不随理事长单位轮换。德阳高新区管委会副主任周宁担任秘书长。",
  ].join("\n\n"),
};

/** The alliance later: contact members, zones added to a standing seat, a rule for the secretariat. */
const UPSTREAM_LATER = {
  id: "t13-upstream-2",
  title: "长江上游联盟增选常务理事单位 资阳、眉山成为联系成员",
  date: "2027-03-22",
  source: "测试",
  body: [
    "本报重庆讯（记者 罗兰）3月20日，长江上游国家高新区协同创新联盟常务理事会议在重庆高新区召开。会议审议同意资阳高新区、眉山高新区2家省级高新区以“联系成员单位”身份加入联盟。联系成员单位可以参加联盟组织的活动，但不参与理事会表决。",
    "同时，会议增选遵义高新区、昆明高新区为常务理事单位，常务理事单位由3家增至5家。",
    "会议还审议通过了《联盟秘书处工作办法》，按照该办法，联盟秘书处每季度向成员单位通报一次工作进展。",
  ].join("\n\n"),
};

/** A network asked in English with "new" before its name. */
const QUANTUM = {
  id: "t13-quantum",
  title: "国家高新区量子科技产业协同创新网络在合肥成立",
  date: "2026-07-02",
  source: "测试",
  body: "7月1日，合肥高新区联合济南、杭州、深圳等共4家国家高新区，在合肥共同成立国家高新区量子科技产业协同创新网络。",
};

/** A feature article whose section heading names a place; a brief asked with the subject first. */
const BLUE_VALLEY = {
  id: "t13-valley",
  title: "山东半岛海洋科创观察",
  date: "2026-05-12",
  source: "测试",
  body: [
    "今年以来，山东半岛各地围绕海洋产业加快布局，海洋科创版图不断扩大。半岛蓝谷、烟台高新区等地各展所长。",
    "半岛蓝谷开启“深蓝工程”",
    "半岛蓝谷将继续发挥示范带动作用。",
    "作为全国首个以海洋科创为主题的跨市合作区，半岛蓝谷自带“开放”基因。",
    "为推动海洋科技成果就地转化，今年半岛蓝谷重点推进以“平台共建、人才共享、场景共用”为主要内容的“深蓝工程”，力争三年内引进海洋科研机构20家。",
  ].join("\n\n"),
};

/** Members in one paragraph a province after "其中——"; observers beside them; a voucher fund paid by both. */
const DIANQIAN = {
  id: "t13-dianqian",
  title: "滇黔国家高新区协同创新联盟成立",
  date: "2026-05-09",
  source: "测试",
  body: [
    "本报讯（记者 杨帆）5月8日，滇黔国家高新区协同创新联盟成立大会在滇中（昆明）科创城举行。两省6家国家高新区共同签署联盟章程。",
    "联盟成员分布于滇黔两省。其中——",
    "云南省3家：昆明高新区、玉溪高新区、楚雄高新区；",
    "贵州省3家：贵阳高新区、遵义高新区、安顺高新区。",
    "此外，曲靖、毕节2家省级高新区以观察员单位身份参加联盟活动，不计入成员单位。",
    "联盟首期设立科技创新券额度3000万元，由两省共同出资，企业可跨省使用。",
    "为何要组建联盟？昆明高新区科技局局长、联盟秘书处负责人赵雷解释说，两省产业互补性强。",
    "根据联盟章程，首届（2026—2027年）理事长单位为昆明高新区，2028年起由贵阳高新区接任。副理事长单位：贵阳高新区、玉溪高新区。",
  ].join("\n\n"),
};

/** The alliance later: a member leaves, and a sentence is given to its change of status. */
const DIANQIAN_LATER = {
  id: "t13-dianqian-2",
  title: "滇黔联盟成员调整",
  date: "2027-02-12",
  source: "测试",
  body: [
    "本报贵阳讯（记者 杨帆）2月10日，滇黔国家高新区协同创新联盟理事会议在贵阳高新区召开。会议同意安顺高新区因产业布局调整退出联盟，联盟成员由6家变为5家。",
    "对于安顺高新区身份的变化，联盟秘书处负责人说，安顺高新区今后的发展重心与联盟需求有所不同。",
    "据介绍，安顺今后将以观察单位身份参加联盟的对接活动。",
  ].join("\n\n"),
};

/** A list whose group is said after it as "这一网络". */
const HYDROGEN = {
  id: "t13-hydrogen",
  title: "国家高新区氢能产业协同创新网络在张家口启动",
  date: "2026-09-03",
  source: "测试",
  body: "本报讯（记者 石磊）9月2日，国家高新区氢能产业协同创新网络启动大会在张家口高新区召开。张家口高新区联合中关村示范区、佛山、潍坊等共4家国家高新区，共同组建这一网络，着力推动氢能“制储输用”全链条协同。",
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({
    added: () => ({
      articles: [
        RANCH,
        OPTO_UPDATE,
        UPSTREAM,
        UPSTREAM_LATER,
        QUANTUM,
        BLUE_VALLEY,
        DIANQIAN,
        DIANQIAN_LATER,
        HYDROGEN,
      ],
      events: [],
    }),
  });
});

const ask = (q: string) => engine.answer(q);

describe("a new network with a long field, named beside an older one", () => {
  it("its lead", async () => {
    const a = await ask("海洋牧场装备与水产种业网络是谁牵头的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("烟台高新区");
  });
  it("its secretariat, said in the next paragraph about 网络, is its own, not the older network's", async () => {
    expect((await ask("海洋牧场网络秘书处设在哪")).answer).toContain("烟台高新区");
    expect((await ask("人工智能网络秘书处设在哪")).answer).not.toContain("烟台");
  });
  it("副牵头单位 asked bare", async () => {
    const a = await ask("海洋牧场网络的副牵头单位？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("威海高新区、湛江高新区");
  });
  it("a part joined by 即 names its zones, not 即X", async () => {
    const a = await ask("海洋牧场网络东北地区的成员有哪些");
    expect(a.answer).toContain("大连高新区");
    expect(a.answer).toContain("营口高新区");
    expect(a.answer).not.toContain("即");
  });
  it("members ranked by 营收, asked as 排前三", async () => {
    const a = await ask("海洋牧场网络成员里营收排前三的是哪几个");
    // The ranking first, not the total the sentence before gives.
    expect(a.answer.split("\n")[0]).toContain("青岛高新区营业收入规模居首");
    expect(a.answer.split("\n")[0]).not.toContain("合计");
  });
  it("a place named as where the launch was held does not hide the launch's figure", async () => {
    const a = await ask("烟台那次海洋牧场网络启动会，现场签了多少项目");
    expect(a.answer).toContain("17个");
  });
  it("every network launched in a year, with its lead", async () => {
    const a = await ask("2026年成立的网络分别由谁牵头");
    expect(a.answer).toContain("烟台高新区");
    expect(a.answer).toContain("合肥高新区");
    expect(a.answer).not.toContain("中关村");
  });
  it("a lead and its list, the group said after them as 这一网络", async () => {
    const a = await ask("氢能网络有哪些成员");
    expect(a.kind).toBe("fact");
    for (const z of ["张家口高新区", "中关村示范区", "佛山高新区", "潍坊高新区"]) expect(a.answer).toContain(z);
  });
  it("an English name with new before it", async () => {
    const a = await ask("Who leads the new quantum network?");
    expect(a.answer).toContain("合肥高新区");
  });
});

describe("an update that adds and removes at once", () => {
  it("who joined", async () => {
    const a = await ask("光电子网络这回新进了哪几家");
    for (const z of ["福州高新区", "厦门火炬高新区", "珠海高新区"]) expect(a.answer).toContain(z);
  });
  it("the count after, dated by the dateline's day", async () => {
    const a = await ask("光电子网络现在一共几家成员");
    expect(a.answer).toContain("15家");
    expect(a.answer).toContain("2026年6月3日");
  });
  it("why the member left, from the sentence given to it", async () => {
    const a = await ask("谁退出了光电子网络？为什么");
    expect(a.answer).toContain("泉州高新区");
    expect(a.answer).toContain("半导体装备");
  });
  it("a secretariat held since the founding, then rotating yearly from a day, year by year", async () => {
    const a = await ask("光电子网络秘书处哪年轮到成都？从什么时候开始轮值");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("武汉东湖高新区");
    expect(a.answer).toContain("自2027年1月1日起改为按年度轮值");
    expect(a.answer).toContain("2028年由成都高新区承担");
  });
  it("a sentence given to a zone's change of status explains why it left, without the word 退出", async () => {
    const a = await ask("安顺为什么不是滇黔联盟成员了");
    expect(a.answer).toContain("联盟需求");
  });
  it("what it stays as: no member now, an observer", async () => {
    const a = await ask("泉州退出后还能参加光电子网络的活动吗");
    expect(a.answer.startsWith("现在不是成员。")).toBe(true);
    expect(a.answer).toContain("观察员");
  });
});

describe("an alliance by province, its seats, and what changed", () => {
  it("two provinces written together, answered province by province", async () => {
    const a = await ask("长江上游联盟四川重庆各有哪些高新区");
    expect(a.answer).toContain("四川3家：成都高新区、绵阳高新区、德阳高新区");
    expect(a.answer).toContain("重庆2家：重庆高新区、璧山高新区");
  });
  it("a person's title without the 由 before it", async () => {
    const a = await ask("高岩是谁");
    expect(a.answer).toContain("烟台高新区科技创新局局长");
    // (The title line; the sentence quoted after it is the article's, 由 and all.)
    expect(a.answer.split("\n")[0]).not.toContain("由烟台");
  });
  it("a size said and asked to be confirmed: 是 or 不是 first", async () => {
    expect((await ask("长江上游联盟有8家成员，对吧")).answer.startsWith("是的。")).toBe(true);
    expect((await ask("长江上游联盟是9家吧")).answer.startsWith("不是。")).toBe(true);
  });
  it("members in one paragraph a province after 其中——, asked by province", async () => {
    const a = await ask("滇黔联盟云南这边有哪几家");
    for (const z of ["昆明高新区", "玉溪高新区", "楚雄高新区"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("贵阳");
    expect((await ask("滇黔联盟成立时一共几家成员")).answer).toContain("6家");
  });
  it("observers who take part in an alliance's activities name no alliance", async () => {
    const names = [...engine.knowledge.alliances.values()].map((a) => a.name);
    expect(names.some((n) => n.includes("身份"))).toBe(false);
    expect(names).toContain("滇黔国家高新区协同创新联盟");
  });
  it("a seat followed by a colon and its holders", async () => {
    expect((await ask("滇黔联盟副理事长单位是谁")).answer).toContain("贵阳高新区、玉溪高新区");
  });
  it("a person whose title ends with 负责人, who 解释说", async () => {
    expect((await ask("滇黔联盟秘书处负责人是谁")).answer).toContain("赵雷");
  });
  it("what a zone that left stays as, in a word of its own (观察单位)", async () => {
    const a = await ask("安顺退出后还能参加滇黔联盟的活动吗");
    expect(a.answer.startsWith("现在不是成员。")).toBe(true);
    expect(a.answer).toContain("观察单位");
  });
  it("a zone's level asked of a zone the question places in a group", async () => {
    const a = await ask("滇黔联盟里的楚雄高新区算国家高新区吗");
    expect(a.answer).toContain("楚雄高新区是国家高新区");
  });
  it("the chair's next term, from the year it starts", async () => {
    const a = await ask("滇黔联盟理事长下一届轮到谁");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("2028年起理事长单位是贵阳高新区");
  });
  it("a founding hall no zone names is quoted from the passage", async () => {
    const a = await ask("滇黔联盟成立大会的举办地点？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("滇中（昆明）科创城");
  });
  it("what each province paid into a fund is no list of members by province", async () => {
    const a = await ask("滇黔联盟那3000万创新券，云南和贵州各出多少钱");
    expect(a.answer).not.toContain("共3家");
  });
  it("a later rotating chair the article does not name is refused", async () => {
    const a = await ask("长江上游联盟第二任轮值主席是哪家");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("绵阳高新区");
  });
  it("zones added to a seat are not all who hold it", async () => {
    const a = await ask("长江上游联盟的常务理事单位有哪些");
    expect(a.answer).toContain("遵义高新区、昆明高新区");
    expect(a.answer).toContain("增至5家");
    expect(a.answer).toContain("没有列出全部");
  });
  it("a contact member is no member, and says what it is", async () => {
    const a = await ask("资阳高新区算长江上游联盟的成员吗");
    expect(a.answer).toContain("不在");
    expect(a.answer).toContain("联系成员单位");
  });
  it("who joined lately, when they joined as contact members", async () => {
    const a = await ask("长江上游联盟最近新进来的是哪两家");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("资阳高新区");
    expect(a.answer).toContain("眉山高新区");
    expect(a.answer).toContain("联系成员单位");
  });
  it("by what rule the secretariat works is for the passages", async () => {
    const a = await ask("长江上游联盟秘书处是按照什么办法通报工作的");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("工作办法");
  });
  it("a standing secretariat, not moving with the chair, said after 为常设机构", async () => {
    const a = await ask("长江上游联盟秘书处在哪？会跟着理事长换吗");
    expect(a.answer).toContain("德阳高新区");
    expect(a.answer).toContain("不随理事长单位轮换");
  });
});

describe("questions over what was known before", () => {
  it("two occasions ordered, with the days between", async () => {
    const a = await ask("光电子网络2026年度会议和长江上游联盟常务理事会议，哪个先开？相隔几天");
    expect(a.kind).toBe("fact");
    expect(a.answer.indexOf("光电子")).toBeLessThan(a.answer.indexOf("长江上游"));
    expect(a.answer).toContain("相隔290天");
  });
  it("a wrong place of a launch is a premise to correct, not a filter of the members", async () => {
    const a = await ask("量子科技网络在杭州启动那次一共几家高新区");
    expect(a.answer).toContain("不是在杭州");
    expect(a.answer).toContain("4家");
  });
  it("a start year the question gets wrong is corrected from the figure's sentence", async () => {
    const a = await ask("科技部2016年开始搞的创新型产业集群试点，一共布局了几个");
    expect(a.answer).toContain("2013年");
    expect(a.answer).toContain("61个");
  });
  it("which of two groups has more members, asked in English", async () => {
    const a = await ask("Does the IoT network have more members than the AI network, and how many more?");
    expect(a.answer).toContain("多1家");
  });
  it("a brief asked with its subject first, from the section its heading names", async () => {
    const a = await ask("半岛蓝谷啥情况，给介绍介绍");
    expect(a.answer).toContain("深蓝工程");
    expect(a.answer).toContain("首个以海洋科创为主题");
  });
  it("a national ranking is no question of a zone's level", async () => {
    const a = await ask("常州高新区进了国家高新区综合评价前50吗");
    expect(a.answer).toContain("前50强");
    expect(a.answer).not.toContain("常州高新区是国家高新区");
  });
});
