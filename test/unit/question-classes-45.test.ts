/**
 * Classes of questions and articles never seen, found in session 45, each over articles written for this test in new
 * words: a guess to confirm "X应该也在Y里吧"; a count claimed that the article gives to another act, with what that
 * act amounts to ("12个项目集中开工，总投资58.5亿元"); a date of a thing named in one clause and dated in the next
 * ("联合发布…路线图，首版路线图计划于…发布"); who or what on the way, when only whether is left open ("…能否获批尚未
 * 确定"); a part's lead said on a zone's own page ("我区…负责牵头建设网络X板块"); a zone's membership said in the clause
 * after the group's ("Y成立，我区系成员单位"); a brief of a 推介会 with what the zone counts, said in someone's words;
 * an expert's advice that goes on after their quotation ("“…”X表示，同时要…"); the newcomers of one province; a
 * secretariat's office inside its zone, asked with another seat.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t45-sensor", "国家高新区智能传感器产业协同创新网络在合肥启动", "2026-04-12", [
    "4月10日，国家高新区智能传感器产业协同创新网络启动会在合肥高新区召开，网络由合肥高新区牵头，首批成员共9家国家高新区。",
    "按照产业链分工，网络成员分为三大板块：敏感材料与芯片板块包括合肥高新区、无锡高新区、西安高新区；封装测试板块包括苏州高新区、郑州高新区、芜湖高新区；应用系统板块包括深圳高新区、厦门火炬高新区、重庆高新区。",
    "会议选举合肥高新区为网络理事长单位，网络秘书处设在合肥高新区科技创新局。",
    "据统计，启动会当天共有25个项目签约，总投资96亿元；12个项目集中开工，总投资58.5亿元。",
    "下一步，网络将重点推进三项工作：一是共建传感器中试验证平台；二是联合发布智能传感器技术路线图，首版路线图计划于今年9月底前发布；三是筹建网络协同创新基金，基金规模尚未确定。",
    "“发展智能传感器，关键要打通从敏感材料到整机应用的创新链条，形成上下游协同攻关的格局。”中国科学院合肥物质科学研究院研究员陈立新表示，同时要完善中试验证和标准检测服务体系，降低中小企业的创新成本。",
  ]),
  article("t45-sensor2", "智能传感器网络年中推进会吸纳新成员", "2026-07-16", [
    "7月15日，国家高新区智能传感器产业协同创新网络年中推进会在无锡高新区召开。",
    "会议审议通过了新成员入网申请，安徽省的蚌埠高新区、淮南高新区和江苏省的徐州高新区3家国家高新区正式加入网络，网络成员增至12家。",
  ]),
  {
    ...article("t45-wuhu", "我区积极融入国家高新区协同创新体系", "2026-08-01", [
      "今年4月，我区作为首批成员单位加入国家高新区智能传感器产业协同创新网络，并负责牵头建设网络封装测试板块。",
      "2024年9月8日长三角国家高新区联盟正式成立，我区系成员单位。",
      "此外，我区正在申请加入国家高新区光电子产业协同创新网络，申报材料已报送网络牵头单位武汉东湖高新区，最终能否获批尚未确定。",
      "在智能传感器产业协同创新网络中，我区将于明年4月承办网络2027年年会。",
    ]),
    source: "芜湖高新区管委会网站",
  },
  article("t45-zibo", "淄博高新区新材料产业推介会在上海举行", "2026-10-20", [
    "本报讯 10月18日，淄博高新区新材料产业推介会在上海举行，推介会旨在展示淄博高新区先进陶瓷和高分子材料产业的发展成效，吸引更多创新资源落地淄博。",
    "推介会上，淄博市副市长周明远表示，淄博高新区新材料企业突破80家，已形成从基础粉体到高端部件的完整链条。",
    "淄博高新区与北京化工大学、山东理工大学等30余家高校院所建立合作关系，共建新材料中试基地、先进陶瓷检测中心等一批创新平台。",
    "周明远说，举办此次推介会，是希望把淄博高新区的产业优势、营商环境和发展机遇讲清楚，与更多企业和机构结成合作伙伴。",
    "“目前，淄博高新区入驻企业430家，其中高新技术企业156家。”淄博高新区管委会主任李向东说，高新区正加快建设链条完整、配套完善的新材料产业集群。",
    "活动现场，6个项目集中签约，总投资32亿元；淄博高新区还为5位行业专家颁发了产业发展顾问聘书。",
    "推介会期间，与会企业代表参观了淄博高新区新材料产业成果展，并就合作事宜进行了深入交流。",
  ]),
  article("t45-bio", "国家高新区生物制造产业协同创新网络在天津启动", "2026-05-10", [
    "5月8日，国家高新区生物制造产业协同创新网络启动大会在天津滨海高新区召开，网络由天津滨海高新区牵头，首批成员共10家国家高新区。",
    "据介绍，网络按照生物制造产业链“分段布局”的思路组建。",
    "在菌种与酶制剂环节，成员包括天津滨海高新区、上海张江高新区和武汉东湖高新区；在发酵与合成环节，成员包括济宁高新区、淄博高新区和临沂高新区；在下游应用环节，成员包括深圳高新区、广州高新区、成都高新区和西安高新区。",
    "会议推选上海张江高新区、淄博高新区为副理事长单位。网络实行轮值主席制度，首届轮值主席单位为天津滨海高新区。",
    "启动大会现场，网络成员单位签约合作项目12个。",
    "据网络秘书处统计，网络筹建以来，天津滨海高新区累计对接企业技术需求180余项，2025年全年促成产学研合作项目26个。",
    "2025年，网络成员单位生物制造产业产值合计约2860亿元，同比增长15.2%。",
    "“网络让成员单位从‘各自为战’走向‘协同作战’。”网络秘书处相关负责人说。",
  ]),
  article("t45-bio2", "生物制造网络推进会吸纳新成员", "2026-10-20", [
    "▶ 本报记者 周晓雯",
    "10月18日至19日，国家高新区生物制造产业协同创新网络年中推进会在淄博高新区召开。",
    "会议审议通过了新成员入网申请，南京高新区、重庆高新区正式加入网络，网络成员增至12家。",
    "按照网络的组建思路，2家新成员分别纳入不同的产业链环节：南京高新区纳入菌种与酶制剂环节，重庆高新区纳入下游应用环节。",
    "推进会还审议通过了理事会调整事项，增补成都高新区为副理事长单位。至此，网络副理事长单位由上海张江高新区、淄博高新区2家增加至3家。",
    "关于是否吸纳省级高新区作为观察成员，会议决定暂不吸纳，待网络运行机制成熟后再作研究。",
    "会议推选武汉东湖高新区为2027年度轮值主席单位。",
    "与会代表认为，网络要发挥“链主带链”作用，推动龙头企业向成员单位开放应用场景。",
  ]),
  {
    ...article("t45-qingdao", "我区积极拓展产业协同创新合作", "2026-09-01", [
      "目前，我区申请加入国家高新区生物制造产业协同创新网络事宜正在与牵头单位天津滨海高新区沟通对接，尚未最终确定。",
      "11月5日至6日，国家高新区生物制造产业协同创新网络2026年会在我区举行。“这次承办年会，是我区与网络成员深化合作的好机会。”青岛高新区管委会副主任林海在年会开幕式上说。",
      "年会期间，各方围绕合成生物、生物基材料等方向开展项目对接8场。",
    ]),
    source: "青岛高新区管委会网站",
  },
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 45: members, parts and dates", () => {
  it("answers a guess to confirm 'X应该也在Y里吧' as a membership check", async () => {
    await answers("重庆高新区应该也在智能传感器网络里吧？", ["是"], ["不是"]);
    await answers("成都高新区应该也在智能传感器网络里吧？", ["不"]);
  });

  it("answers the newcomers of one province, not its founding members", async () => {
    await answers("智能传感器网络新加入的安徽高新区有哪些？", ["蚌埠", "淮南"], ["合肥", "芜湖", "徐州"]);
  });

  it("says a secretariat's office inside its zone when it is asked with another seat", async () => {
    await answers("智能传感器网络的理事长单位和秘书处分别是？", ["合肥高新区", "科技创新局"]);
  });

  it("answers a part's lead said on a zone's own page ('我区…负责牵头建设网络X板块')", async () => {
    await answers("智能传感器网络的封装测试板块由哪家高新区牵头？", ["芜湖"], ["合肥高新区牵头"]);
  });

  it("reads a membership said in the clause after the group's ('Y成立，我区系成员单位')", async () => {
    await answers("芜湖高新区参加了哪些网络和联盟？", ["智能传感器", "长三角"]);
  });

  it("answers who received an application when only whether it is granted is open", async () => {
    await answers("芜湖高新区申请加入光电子网络，申报材料报给了哪家？", ["东湖"]);
    // (Whether it is granted is still the open question.)
    const open = await grown.engine.answer("芜湖高新区加入光电子网络的申请获批了吗？");
    expect(open.answer).toContain("尚未确定");
  });

  it("dates a thing named in one clause and dated in the next ('联合发布…路线图，首版路线图计划于…发布')", async () => {
    await answers("智能传感器网络的首版技术路线图打算什么时候发布？", ["9月底"]);
  });
});

describe("session 45: premises, briefs and remarks", () => {
  it("says what a count claimed counts, with the amount the next clause gives it", async () => {
    await answers("智能传感器网络启动会上签约了12个项目，总投资96亿元，对吗？", ["25", "58.5亿元"]);
  });

  it("briefs a 推介会 with what the zone counts, said in someone's words", async () => {
    await answers("简单介绍一下淄博高新区那场新材料产业推介会", ["10月18日", "上海", "430", "80家"]);
    // (What someone told there is their words, not the brief.)
    await answers("周明远在推介会上介绍了什么？", ["80家"]);
  });

  it("quotes an expert's advice on past their quotation ('“…”X表示，同时要…')", async () => {
    await answers("发展智能传感器产业该往哪些方面发力，专家有什么建议？", ["创新链条", "标准检测"]);
  });
});

describe("session 45, second round: parts, seats, applications and verdicts", () => {
  it("reads parts '在X环节，成员包括…' and the newcomers a later report places in them", async () => {
    await answers("生物制造网络下游应用环节现在有哪几家？", ["深圳", "广州", "成都", "西安", "重庆"], ["济宁", "南京"]);
    await answers("生物制造网络菌种与酶制剂环节有几家成员？", ["4家", "南京"], ["临沂"]);
  });

  it("reads a seat that grew over two sentences ('增补A为…。至此，…由B、C2家增加至3家')", async () => {
    await answers("生物制造网络现在的副理事长单位有几家？", ["3家", "上海张江", "淄博", "成都"]);
  });

  it("says an application still being discussed is no membership ('…事宜正在…沟通对接，尚未最终确定')", async () => {
    const asked = await grown.engine.answer("青岛高新区加入生物制造网络了没有？");
    expect(asked.kind).toBe("none");
    expect(asked.answer).toMatch(/^还没有，能否加入尚未确定/);
    await answers("生物制造网络现在有哪些成员？", ["南京", "重庆"], ["青岛"]);
  });

  it("quotes a decision for now ('会议决定暂不吸纳，待…再作研究') instead of calling it undecided", async () => {
    await answers("生物制造网络后来有没有吸纳省级高新区当观察成员？", ["暂不吸纳"], ["目前尚未确定"]);
  });

  it("names who takes a post over after a zone's numbered term, with no group named", async () => {
    await answers("天津滨海高新区当完第一届轮值主席以后，接棒的是哪家？", ["武汉东湖"]);
  });

  it("counts what a group's secretariat reports ('据网络秘书处统计，…') as the group's figure", async () => {
    await answers("生物制造网络2025年促成了多少个产学研合作项目？", ["26"]);
  });

  it("answers '有没有' with 有 when a figure counts what is asked", async () => {
    const asked = await grown.engine.answer("生物制造网络2025年有没有促成产学研合作项目？");
    expect(asked.answer).toMatch(/^有。/);
  });

  it("corrects an amount claimed in 亿 of a figure in 亿元 before what is asked of it", async () => {
    await answers("生物制造网络成员2025年产业产值超过5000亿，同比涨了多少？", ["不是", "2860亿元", "15.2%"]);
  });

  it("answers an amount of the members, not who they are, and a rise asked '涨了多少'", async () => {
    await answers("生物制造网络成员2025年产值超过5000亿吗？", ["2860亿元"], ["济宁"]);
    await answers("生物制造网络成员2025年产值同比涨了多少？", ["15.2%"]);
  });

  it("says 不是 to two foundings claimed on the same day that were not", async () => {
    const asked = await grown.engine.answer("京津冀联盟和东北联盟是同一天成立的吧？");
    expect(asked.answer).toMatch(/^不是。/);
  });

  it("finds the article a question names by words of its body, for its byline", async () => {
    await answers("讲“链主带链”的那篇报道是哪个记者写的？", ["周晓雯"]);
  });

  it("dates a meeting of several days asked '哪几天'", async () => {
    await answers("生物制造网络今年的年会是哪几天办的？", ["11月5日"]);
  });

  it("confirms what an article says a body encouraged, asked '有没有说…一起…'", async () => {
    const asked = await grown.engine.answer("工信部有没有说鼓励网络内的企业一起制定国际标准？");
    expect(asked.answer).toMatch(/^是/);
  });

  it("answers where a meeting is held from a zone's page '我区将于明年4月承办网络2027年年会'", async () => {
    await answers("智能传感器网络2027年年会在哪儿办？", ["芜湖"]);
  });

  it("quotes what a secretariat's head said, asked '怎么总结', rather than who they are", async () => {
    await answers("生物制造网络秘书处的负责人怎么总结网络的作用？", ["协同作战"], ["文章没有提到"]);
  });

  it("corrects a rise claimed by another amount before saying why ('同比涨了25%，为啥涨这么多')", async () => {
    await answers("生物制造网络成员2025年产业产值同比涨了30%，为啥涨这么多？", ["不是", "15.2%"]);
  });

  it("says the hall asked is not written when an article names only the zone", async () => {
    const asked = await grown.engine.answer("生物制造网络启动大会具体是在天津滨海哪个会场开的？");
    expect(asked.kind).toBe("none");
    expect(asked.answer).toContain("没有提到具体的会场");
  });
});

describe("session 45: the review's findings (one article each)", () => {
  const on = (id: string, paragraphs: string[]) =>
    grownEngine([article(`t45-r-${id}`, "测试", "2025-12-20", paragraphs)]);
  const meeting = "12月18日，国家高新区物联网产业协同创新网络2025年度工作会议在无锡高新区召开。";
  const joins = on("joins", [
    `${meeting}会议同意合肥高新区加入网络，其具体所属产业链环节尚未确定。南京高新区申请加入网络事宜经会议审议通过，南京高新区正式成为网络成员单位。至此，网络成员单位由成立之初的12家增至14家。`,
  ]);
  const refused = on("refused", [
    `${meeting}绍兴高新区申请加入网络，经会议审议，决定暂不吸纳，待其物联网产业基础进一步夯实后再作研究。`,
  ]);
  const decided = on("decided", [
    `${meeting}会议同意合肥高新区加入网络，其具体所属产业链环节尚未确定。关于是否吸纳省级高新区作为观察成员，会议决定暂不吸纳。`,
  ]);

  const others = on("others", [
    `${meeting}会议审议通过了合肥高新区加入网络的申请，此外，南京高新区正在与牵头单位洽谈入网事宜。至此，网络成员单位由成立之初的12家增至13家。`,
    "据了解，绍兴高新区加入网络事宜尚未最终确定。",
  ]);

  it("keeps a join granted beside another zone's open application, and reads '加入网络事宜尚未最终确定' as open", async () => {
    await others.answers("合肥高新区加入物联网网络了吗？", ["是"], ["不是"]);
    const open = await others.engine.answer("绍兴高新区是物联网网络成员吗？");
    expect(open.answer.startsWith("是的")).toBe(false);
    await others.answers("物联网网络现在有几家成员？", ["13"]);
  });

  it("keeps who a lead's speaker is, asked '牵头单位负责人怎么说'", async () => {
    await answers("光电子网络牵头单位负责人是谁，他怎么说？", ["冯立"]);
  });

  it("keeps joins granted in a sentence that also says something is not decided", async () => {
    await joins.answers("南京高新区加入物联网网络了吗？", ["是"], ["不是"]);
    await joins.answers("合肥高新区加入物联网网络了吗？", ["是"], ["不是"]);
  });

  it("says an application turned down is no membership, not an open one", async () => {
    await refused.answers("绍兴高新区加入物联网网络了没有？", ["不是"], ["尚未确定。", "是的"]);
  });

  it("quotes the decision for now, not another sentence left open", async () => {
    await decided.answers("物联网网络有没有吸纳省级高新区当观察成员？", ["暂不吸纳"], ["目前尚未确定"]);
  });
});

describe("session 45: after the finals (growth-201's classes)", () => {
  const page = grownEngine([
    {
      ...article("t45-f-xian", "我区深度融入产业协同创新网络", "2026-09-10", [
        "9月8日，经国家高新区物联网产业协同创新网络理事会审议同意，我区正式以理事单位身份加入该网络，成为网络第13家成员单位。",
      ]),
      source: "长春高新区管委会网站",
    },
    article("t45-f-robot", "国家高新区服务机器人产业协同创新网络在青岛启动", "2026-09-20", [
      "9月18日，国家高新区服务机器人产业协同创新网络启动大会在青岛高新区召开，网络由青岛高新区牵头，首批成员共8家国家高新区。",
      "山东大学服务机器人研究院教授周明在主旨报告中指出，服务机器人正进入规模化应用阶段。",
    ]),
  ]);

  it("reads a join '以理事单位身份加入该网络' on a zone's own page", async () => {
    await page.answers("长春高新区是哪天加入物联网网络的？", ["9月8日"]);
    await page.answers("物联网网络现在有几家成员？", ["13"]);
  });

  it("reads a dotted abbreviation ('A.I.') as the word it spells", async () => {
    await answers("中关村 A.I. 网络 启动大会是几号开的~~~", ["10月21日"]);
  });

  it("takes no name for an unknown group across the question's punctuation ('…方面，网络里打算怎么搞')", async () => {
    await answers("核心技术联合攻关方面，网络里打算怎么搞？", ["榜单"], ["没有关于"]);
  });

  it("does not answer who leads a group with a speaker whose title holds the group's words", async () => {
    await page.answers("服务机器人网络谁牵头的？", ["青岛"], ["周明"]);
  });
});
