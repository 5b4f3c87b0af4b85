/**
 * Classes of session 62, each over articles written for this test in new words. Each fails on the code before the
 * session's changes (3e23b84), but the guards named in their titles, which pass there too.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t62-jizi", "黄河几字弯城市群国家高新区协同创新联盟成立", "2026-03-20", [
    "3月18日，黄河几字弯城市群国家高新区协同创新联盟成立大会在包头稀土高新区举行。在工业和信息化部火炬中心指导下，内蒙古、宁夏、陕西三省区10家国家高新区共同签署联盟章程和合作框架协议。",
    "联盟成员包括：包头稀土高新区、呼和浩特金山高新区、鄂尔多斯高新区、银川高新区、石嘴山高新区、宝鸡高新区、渭南高新区、榆林高新区、咸阳高新区、杨凌示范区。",
    "根据联盟章程，联盟实行轮值主席制度，包头稀土高新区担任首任轮值主席单位。联盟秘书处设在当年的轮值主席单位，随轮值主席单位同步轮换。",
    "据介绍，此前三省区国家高新区之间的合作多为一事一议，存在对接渠道分散、配套协同偏弱等问题。组建联盟，旨在以能源化工和新材料产业链为纽带，打通省际要素流动的堵点。",
    "在2025年度区域协同评价中，包头稀土高新区、榆林高新区等6家成员进入西部前20强。此外，鄂尔多斯高新区、银川高新区、宝鸡高新区包揽联盟成员前三名。",
    "业内专家认为，城市群国家高新区跨区域协同正在形成新格局：以链聚合，以平台共享，以制度互认。",
  ]),
  article("t62-jizi-handover", "几字弯联盟轮值主席交棒银川高新区", "2026-07-16", [
    "7月15日，黄河几字弯城市群国家高新区协同创新联盟轮值主席交接仪式暨上半年工作推进会在银川高新区举行。",
    "包头稀土高新区将轮值主席单位交接给银川高新区，联盟秘书处同步由包头稀土高新区移至银川高新区。",
  ]),
  article("t62-jizi-annual", "几字弯联盟2026年年会在银川召开", "2026-12-10", [
    "12月8日，黄河几字弯城市群国家高新区协同创新联盟2026年年会在银川高新区召开。",
    "年会确定榆林高新区为2027年度轮值主席单位，自2027年1月1日起接替银川高新区履职；联盟秘书处同步由银川高新区移至榆林高新区。",
    "2026年，联盟共举办产业链对接活动31场。",
    "联盟协同发展基金已于11月底完成设立，首期规模20亿元，由包头稀土、银川、榆林3家高新区的政府引导基金联合社会资本共同出资，基金管理人正在遴选中。",
  ]),
  article("t62-ceramic", "国家高新区先进陶瓷产业协同创新网络在淄博启动", "2026-04-22", [
    "4月20日，国家高新区先进陶瓷产业协同创新网络建设大会在淄博高新区举行。",
    "网络由淄博高新区牵头，首批成员9家。按照产业链环节划分，原料粉体板块有淄博高新区、德州高新区2家；结构陶瓷板块有株洲高新区、唐山高新区、江门高新区3家；功能陶瓷板块有潮州高新区、景德镇高新区、佛山高新区、泉州高新区4家。",
    "各板块分别确定一家牵头单位：原料粉体板块由淄博高新区牵头，结构陶瓷板块由株洲高新区牵头，功能陶瓷板块由潮州高新区牵头。",
    "网络组建智能窑炉、陶瓷增材制造两个专题工作组，分别由佛山高新区、泉州高新区牵头。",
    "景德镇高新区将依托陶瓷材料科研院所优势，牵头组织高性能陶瓷粉体、精密成型等领域的联合攻关。",
    "网络成立之初未设理事会，由牵头单位统筹推进各项工作，秘书处暂设在淄博高新区科技创新服务中心。",
    "首批成员园区目前集聚先进陶瓷相关企业1700余家。",
    "淄博高新区管委会副主任刘志强代表牵头单位发言，他介绍，淄博高新区先进陶瓷材料研究院将为网络成员提供中试服务。",
  ]),
  article("t62-ceramic-annual", "先进陶瓷网络年会在景德镇召开", "2026-10-15", [
    "10月13日，国家高新区先进陶瓷产业协同创新网络2026年年会在景德镇高新区召开。",
    "年会选举产生网络第二届理事会。淄博高新区继续担任理事长单位；第一届理事会的副理事长单位为景德镇高新区、株洲高新区2家，此次增补潮州高新区、佛山高新区，副理事长单位增至4家。网络秘书处调整至淄博先进陶瓷创新促进中心。",
    "会议同意德州高新区因主导产业方向调整，不再作为网络成员单位，网络成员调整为8家。",
    "会上，与会代表还讨论了省级高新区能否以观察员身份参与网络活动的问题，会议对此未作决定。网络章程中关于成员退出机制的具体细则仍在征求意见，尚未定稿。",
    "会议还提出，研究吸纳省级高新区作为网络观察员单位，但具体条件和名单尚未确定。",
    "截至2026年9月底，8家成员高新区集聚先进陶瓷相关企业2600余家，比网络启动时增加近千家。",
  ]),
  {
    ...article("t62-jingdezhen", "我区深度融入先进陶瓷产业协同创新网络", "2026-06-12", [
      "6月5日，国家高新区先进陶瓷产业协同创新网络供需对接会在我区举办。这是我区作为网络成员承办的首场网络活动。",
      "对接会上，现场共签约合作项目9个，总金额14.2亿元，涉及陶瓷粉体、陶瓷基板等领域。",
      "2025年，网络成员单位先进陶瓷产业规模合计超过3100亿元，其中我区先进陶瓷产业规模突破520亿元。",
      "目前，我区集聚陶瓷相关企业420多家。",
      "4月，我区作为首批9家成员单位之一，加入由淄博高新区牵头的国家高新区先进陶瓷产业协同创新网络，并担任网络“功能陶瓷”板块召集单位。",
    ]),
    source: "景德镇高新区管委会",
  },
  {
    ...article("t62-xianyang", "我区跨区域协同“朋友圈”持续扩大", "2026-08-28", [
      "今年以来，我区主动融入跨区域协同创新：2月，我区作为理事单位加入国家高新区航空材料产业协同创新网络；3月，我区作为创始成员单位加入黄河几字弯城市群国家高新区协同创新联盟，并承担联盟新材料产业专业委员会召集单位工作。",
      "此外，我区已于今年5月向国家高新区先进陶瓷产业协同创新网络提交入网申请，目前该申请尚待网络理事会审议。",
    ]),
    source: "咸阳高新区管委会",
  },
];

ARTICLES.push(
  article("t62-ceramic-council", "先进陶瓷网络理事会会议在佛山召开", "2026-09-18", [
    "9月16日，国家高新区先进陶瓷产业协同创新网络第一届理事会第二次会议在佛山高新区召开。",
    "佛山高新区已向网络提出承办2027年年会的意向，最终是否由其承办，尚待网络理事会研究确定。",
  ]),
  {
    ...article("t62-yinchuan", "我区积极融入黄河几字弯联盟建设", "2026-11-20", [
      "银川高新区管委会副主任马红英在联盟成立大会上代表成员单位发言。",
      "我区正在积极争取承办2027年黄河几字弯联盟年会，相关事项正在与联盟秘书处沟通，尚未最终确定。",
      "对于是否申请加入其他产业协同创新网络，我区正在结合主导产业方向进行研究，目前尚未作出决定。",
    ]),
    source: "银川高新区管委会",
  },
);
ARTICLES[0]?.body && (ARTICLES[0].body += "\n\n包头稀土高新区管委会主任王立军代表首任轮值主席单位发言。");

const grown = grownEngine(ARTICLES);
const ask = (q: string) => grown.engine.answer(q);

describe("session 62: seats, posts and the day a seat changed hands", () => {
  it("a seat taken on joining another group is that group's, not the alliance named after it", async () => {
    const a = await ask("咸阳高新区在黄河几字弯联盟里担任啥角色？");
    expect(a.kind).toBe("fact");
    expect(a.answer).not.toContain("理事单位（");
    expect(a.answer).not.toMatch(/是理事单位/);
  });
  it("a zone's post in a body inside the group is part of its role", async () => {
    const a = await ask("咸阳高新区在黄河几字弯联盟里担任啥角色？");
    expect(a.answer).toContain("新材料产业专业委员会召集单位");
  });
  it("a post in a part of the chain, the group's lead named between", async () => {
    const a = await ask("景德镇高新区在陶瓷网络里担任啥角色？");
    expect(a.answer).toContain("板块召集单位");
  });
  it("holders before counted after the seat, then those added: all four", async () => {
    const a = await ask("陶瓷网络换届以后副理事长单位有哪些？");
    for (const z of ["景德镇", "株洲", "潮州", "佛山"]) expect(a.answer).toContain(z);
  });
  it("the day a seat was handed over is the day of the handover's occasion", async () => {
    const a = await ask("黄河几字弯联盟轮值主席交接是哪天？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("7月15日");
  });
  it("a secretariat's move decided for a later day: where it is until then, and where it goes", async () => {
    const a = await ask("黄河几字弯联盟秘书处现在在哪？");
    expect(a.answer).toMatch(/目前[^。；]*银川/);
    expect(a.answer).toContain("2027年1月1日");
  });
  it("how a secretariat is set: the rule the founding article states", async () => {
    const a = await ask("黄河几字弯联盟秘书处是固定在一个地方吗？怎么设置的");
    expect(a.answer).toContain("随轮值主席单位同步轮换");
  });
  it("a secretariat set for now, then moved to a body: the body now", async () => {
    const a = await ask("陶瓷网络秘书处现在设在哪？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("淄博先进陶瓷创新促进中心");
  });
  it("who guided the founding, when the charter and the agreement are signed together", async () => {
    const a = await ask("黄河几字弯联盟是在哪个部门指导下成立的？");
    expect(a.answer).toContain("火炬中心");
  });
});

describe("session 62: leads of parts, working groups and joint work", () => {
  it("a part's lead asked with 带头", async () => {
    const a = await ask("结构陶瓷那块是谁带头的？就是陶瓷网络里的");
    expect(a.answer).toContain("株洲");
    expect(a.answer).not.toContain("牵头单位是淄博");
  });
  it("a working group named short (专题组 for 专题工作组)", async () => {
    const a = await ask("陶瓷网络的陶瓷增材制造专题组是哪个高新区牵头");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("泉州");
  });
  it("what joint work a zone leads, asked by its field", async () => {
    const a = await ask("陶瓷网络里景德镇高新区牵头搞哪方面的联合攻关？");
    expect(a.answer).toContain("陶瓷粉体");
    expect(a.answer).not.toMatch(/^不是/);
  });
});

describe("session 62: membership asked in other words", () => {
  it("whether an application went through, asked 批下来没有: not decided", async () => {
    const a = await ask("咸阳高新区申请加入陶瓷网络，批下来没有？");
    expect(a.kind).toBe("none");
    expect(a.answer).toMatch(/尚未|还没有/);
  });
  it("a zone going into a group (进) is joining it", async () => {
    const a = await ask("咸阳高新区进陶瓷网络的申请批下来了没？");
    expect(a.kind).toBe("none");
    expect(a.answer).toMatch(/尚未|还没有/);
  });
  it("whether a zone left, of one that did: yes", async () => {
    const a = await ask("陶瓷网络德州退了吗？");
    expect(a.answer).toMatch(/^是/);
    expect(a.answer).toContain("退出");
  });
  it("whether a zone left, of one still a member: no", async () => {
    const a = await ask("陶瓷网络潮州退了吗？");
    expect(a.answer).toMatch(/^不是/);
  });
  it("a premise that holds, then a question of the province: the question answered", async () => {
    const a = await ask("听说陶瓷网络德州退了，那山东现在就没有成员了吧？");
    expect(a.answer).toContain("淄博");
  });
  it("a founding year said relative to now (去年), checked and said back as asked", async () => {
    const a = await ask("陶瓷网络是不是去年才成立的？");
    expect(a.answer).toMatch(/^不是/);
    expect(a.answer).toContain("2026年4月20日");
    expect(a.answer).toContain("不是去年");
  });
  it("a wrong day of the founding's own occasion, said as 开大会, is corrected", async () => {
    const a = await ask("陶瓷网络4月19日在淄博开大会，当时有几家高新区参加？");
    expect(a.answer).toContain("4月20日");
    expect(a.answer).toContain("不是4月19日");
  });
});

describe("session 62: figures", () => {
  it("a change said roughly after a figure is its note", async () => {
    const a = await ask("陶瓷网络成员的陶瓷企业数量，从启动到现在涨了多少？");
    expect(a.answer).toContain("近千");
  });
  it("guard: the figure at the start is not the later one compared with it", async () => {
    const a = await ask("陶瓷网络启动的时候，成员园区一共有多少家陶瓷企业？");
    expect(a.answer).toContain("1700");
  });
  it("an occasion a zone hosted: the group's figure on the zone's own page", async () => {
    const a = await ask("景德镇那场先进陶瓷供需对接会签了多少钱的项目？");
    expect(a.answer).toContain("14.2亿");
  });
  it("the group's total, then the zone's own (自己呢)", async () => {
    const a = await ask("陶瓷网络成员单位的先进陶瓷产业规模合计多少？景德镇自己呢");
    expect(a.answer).toContain("3100");
    expect(a.answer).toContain("520");
  });
  it("a count stated wrongly before another amount: corrected, and the amount asked answered", async () => {
    const a = await ask("景德镇高新区那300多家陶瓷企业，2025年先进陶瓷产业规模有多少？");
    expect(a.answer).toContain("420多家");
    expect(a.answer).toContain("520");
  });
  it("an amount asked in English with words for matchmaking events", async () => {
    const a = await ask(
      "How many industrial-chain matchmaking events did the 黄河几字弯城市群国家高新区协同创新联盟 hold in 2026?",
    );
    expect(a.answer).toContain("31");
  });
  it("a fund's manager left open does not leave open who paid", async () => {
    const a = await ask("几字弯联盟协同基金是哪几家高新区出的钱？");
    expect(a.kind).not.toBe("none");
    expect(a.answer).toContain("榆林");
  });
  it("guard: the fund's manager asked is left open", async () => {
    const a = await ask("几字弯联盟协同基金的管理人是谁？");
    expect(a.kind).toBe("none");
  });
});

describe("session 62: passages", () => {
  it("why founded: the problem before the purpose is quoted with it", async () => {
    const a = await ask("为啥要成立黄河几字弯联盟？之前有什么问题");
    expect(a.answer).toContain("一事一议");
    expect(a.answer).toContain("旨在");
  });
  it("guard: the top three asked, said by one sentence: no other ranking beside it", async () => {
    const a = await ask("区域协同评价里，几字弯联盟成员前三是哪三家？");
    for (const z of ["鄂尔多斯", "银川", "宝鸡"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("包头");
  });
  it("a verb before 高新区 names no zone", async () => {
    const a = await ask("业内专家怎么总结高新区跨区域协同的新格局？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("以链聚合");
  });
});

describe("session 62: what is left open, asked in other words", () => {
  it("a bid to host, the matter said open after it, is no host yet", async () => {
    const a = await ask("2027年黄河几字弯联盟年会定在银川办了吗？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("尚未");
  });
  it("a host asked as 定了是X办吗, of an intent the council is yet to decide", async () => {
    const a = await ask("陶瓷网络2027年年会定了是佛山办吗？");
    expect(a.kind).toBe("none");
  });
  it("who the holders of a kind are (都有谁), their list left open", async () => {
    const a = await ask("陶瓷网络的观察员单位都有谁？");
    expect(a.kind).toBe("none");
  });
  it("whether it is allowed (允许…吗), the meeting deciding nothing", async () => {
    const a = await ask("陶瓷网络允许省级高新区当观察员吗？");
    expect(a.kind).toBe("none");
  });
  it("a rule still being consulted on (仍在征求意见，尚未定稿)", async () => {
    const a = await ask("陶瓷网络的成员退出机制细则是怎么规定的？");
    expect(a.kind).toBe("none");
  });
  it("a plan to apply (会申请加入…吗), which the zone has not decided", async () => {
    const a = await ask("银川高新区会申请加入陶瓷网络吗？");
    expect(a.kind).toBe("none");
  });
  it("guard: a meeting of a month that was held is not a later one left open", async () => {
    const a = await ask("陶瓷网络9月那次理事会在哪开的？");
    expect(a.kind).not.toBe("none");
    expect(a.answer).toContain("佛山");
  });
});

describe("session 62: names and claims", () => {
  it("a network's name said with 网 for 网络", async () => {
    const a = await ask("先进陶瓷网企业数现在涨到多少了？");
    expect(a.answer).toContain("2600");
  });
  it("two foundings compared by year (同一年)", async () => {
    const a = await ask("黄河几字弯联盟跟先进陶瓷网络是同一年成立的吗？");
    expect(a.answer).toMatch(/^是的，是同一年/);
  });
  it("a country's total stated wrongly before a region's count asked", async () => {
    const a = await ask("全国170家国家高新区里，长三角占了多少家？");
    expect(a.answer).toContain("不是170家");
    expect(a.answer).toContain("36");
  });
  it("the head of a body of a zone is not the zone's official", async () => {
    const a = await ask("淄博高新区先进陶瓷材料研究院的负责人叫啥？");
    expect(a.kind).toBe("none");
    expect(a.answer).not.toContain("刘志强");
  });
  it("guard: the zone's official, asked without a body", async () => {
    const a = await ask("淄博高新区代表牵头单位发言的是谁？");
    expect(a.answer).toContain("刘志强");
  });
  it("a wrong founding place claimed is left out when the speaker is looked up", async () => {
    const a = await ask("黄河几字弯联盟在银川成立那天，谁代表首任轮值主席单位讲的话？");
    expect(a.answer).toContain("王立军");
    expect(a.answer).not.toContain("马红英");
  });
});
