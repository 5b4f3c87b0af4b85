/**
 * Classes of questions never seen, found in session 36, each over an article written for this test in new words.
 * Members listed province by province with each count before its names ("河南省有3家，分别是A、B、C；…"). A numbered
 * seat left open: which province it goes to, when the quote says (a passage, not a refusal); when it is decided
 * ("啥时候定", the quote says at which meeting); the first term's question is not answered by the second's. A rule not
 * made yet ("尚未作出明确规定"), and a 是否 left open. A secretariat "由此前临时设在A，调整为设在B". A body abbreviated
 * (专委会 for 专业委员会). A measure of the members (研发投入) is not the member list. The items of something counted,
 * written before the count ("打造A、B、C3个千亿级产业集群"). What the 抓手 are. A province's indicators ranked is no
 * comparison of groups. A month given wrongly to what a zone published. A zone's own page saying it is a member
 * ("同时也是…联盟成员单位"); 个 asked, 项 written; a new group planned; a seat "相应调整为"; a part's lead a zone says
 * it will take; a speaker "则表示"; the network named by its one member; "…？列一下"; "在几个…之间"; a count claimed
 * after another claim; places' positions claimed; "1号文件" is no day; firms counted, not zones; "X这个国家高新区" in
 * passing; who a person is, with the sentence that quotes them. After the finals: parts written "板块：A、B", a part's
 * count that is not the group's, "由原来的A局调整至B中心", "由A牵头倡议", a title given wrongly before what the person said.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t36-yr", "黄河中下游国家高新区协同创新联盟在郑州成立", "2026-04-20", [
    "4月18日，黄河中下游国家高新区协同创新联盟成立大会在郑州高新区召开。来自河南、山东、山西三省的8家国家高新区共同签署合作协议，联盟正式成立。",
    "按省份划分，联盟成员中河南省有3家，分别是郑州高新区、洛阳高新区、新乡高新区，均为河南省内产业基础较好的园区；山东省有3家，分别是济南高新区、淄博高新区、潍坊高新区；山西省有2家，分别是太原高新区、长治高新区。",
    "根据联盟章程，轮值主席单位任期一年，由三省成员单位按河南、山东、山西的顺序轮流担任，首任轮值主席单位为郑州高新区。联盟秘书处常设在洛阳高新区。第二任轮值主席单位具体由哪家山东成员单位担任，将在2027年联盟年会上协商确定。",
    "“作为首任轮值主席单位，我们将尽快把联盟各项机制落到实处。”郑州高新区党工委书记吕文涛表示。",
    "记者了解到，联盟章程对科研院所能否以观察员身份参与联盟活动尚未作出明确规定。此外，是否吸收黄河流域的省级高新区作为观察员单位，联盟将在下一次理事会议上研究，目前尚未作出决定。",
    "会议决定设立氢能装备、智能农机两个专业委员会，分别由潍坊高新区和洛阳高新区牵头。",
    "黄河中下游联盟将以“平台共建、人才共育、场景共享”为抓手，推动三省高新区协同发展。",
    "数据显示，2025年，8家成员高新区实现营业收入合计约2.6万亿元。下一步，联盟将全力打造氢能装备、高端轴承、智能农机3个千亿级产业集群。",
    "2024年6月，洛阳高新区发布的《洛阳高新区未来产业培育行动方案》提出，布局未来制造、未来材料、未来能源三大领域。",
    "山东高新区以占全省4.1%的土地面积，贡献了全省31.2%的工业增加值和52.6%的高新技术产业产值。",
    "在2025年度全国高新区综合评价中，郑州高新区第12、洛阳高新区第35。为落实省政府今年1号文件部署，联盟提出了《黄河中下游国家高新区协同创新三年行动计划》。",
  ]),
  article("t36-h2", "国家高新区氢能装备产业协同创新网络召开年会", "2026-09-12", [
    "9月10日，国家高新区氢能装备产业协同创新网络2026年年会在潍坊高新区召开。网络由潍坊高新区牵头，成员单位共7家。",
    "会议决定，网络秘书处由此前临时设在潍坊高新区科技局，调整为设在潍坊氢能产业创新促进中心，实行实体化运作。执行副理事长单位相应调整为济南高新区和淄博高新区。",
    "按产业链环节，7家成员高新区分为三个板块：整机板块包括潍坊高新区和济南高新区；储运板块包括淄博高新区和洛阳高新区；应用板块包括郑州高新区、新乡高新区和太原高新区。",
    "淄博高新区党工委书记张明远则表示，淄博高新区将依托化工产业基础，牵头推动储运板块的技术协同。",
  ]),
  article("t36-med", "12家国家高新区共建智能康复器械产业协同创新网络", "2026-04-02", [
    "3月30日，国家高新区智能康复器械产业协同创新网络启动大会在常州高新区举行。该网络由常州高新区牵头，共有8家国家高新区参与组建。",
    "按照产业链环节，8家成员单位分为两个板块：康复机器人板块包括常州高新区、苏州高新区、南京高新区和杭州高新区；智能辅具板块包括宁波高新区、合肥高新区、芜湖高新区和绍兴高新区。",
    "网络秘书处设在常州市康复器械行业协会，负责日常联络。据统计，8家成员高新区共集聚康复器械企业2100家。",
    "“网络扩容不是简单的‘做加法’，而是要把各家的长板拼起来。”常州高新区管委会副主任陆文清在会上表示。",
    "目前，网络首届年会方案正在编制中，参会单位名单和年会时间尚未确定。",
  ]),
  article("t36-med2", "智能康复器械网络召开年会 一家成员转为观察员", "2026-10-20", [
    "10月18日，国家高新区智能康复器械产业协同创新网络2026年年会在南京高新区召开。会议审议通过新成员加入申请，无锡高新区、嘉兴高新区2家国家高新区正式加入网络。同时，根据绍兴高新区提出的申请，绍兴高新区由成员单位转为观察员单位。截至10月18日，网络正式成员单位由成立时的8家增至9家，另有观察员单位1家。",
    "长春高新区是光电子网络的成员单位，但目前还不是东北地区国家高新区联盟成员单位。",
  ]),
  article("t36-sea", "国家高新区海工装备产业协同创新网络在烟台启动", "2026-03-20", [
    "3月18日，国家高新区海工装备产业协同创新网络启动大会在烟台高新区召开。该网络由烟台高新区牵头，首批成员单位共7家。",
    "按照产业链环节，首批7家成员单位分为两大板块。平台与船舶板块：烟台高新区、青岛高新区、大连高新区、威海火炬高新区；配套与服务板块：宁波高新区、舟山高新区、湛江高新区。",
  ]),
  article("t36-sea2", "海工装备网络首届年会举行 成员扩至9家", "2026-09-22", [
    "9月20日，国家高新区海工装备产业协同创新网络首届年会在青岛高新区举行。会议审议通过了连云港高新区、南通高新区2家国家高新区的入网申请，网络成员单位由今年3月成立时的7家增至9家。",
    "按照网络板块划分，连云港高新区、南通高新区纳入配套与服务板块。至此，配套与服务板块成员增至5家，平台与船舶板块仍为4家。",
    "网络秘书处由原来的烟台高新区科技局调整至烟台海工装备创新促进中心。",
  ]),
  article("t36-gy", "闽粤赣国家高新区协同创新联盟成立", "2026-05-10", [
    "5月8日，闽粤赣国家高新区协同创新联盟成立大会在赣州高新区举行。由赣州高新区牵头倡议，三省6家国家高新区共同发起成立该联盟。",
  ]),
  {
    ...article("t36-dl", "我区深度参与国家高新区跨区域协同", "2026-09-01", [
      "截至2026年8月底，我区已是多个国家高新区产业协同创新网络的成员单位，同时也是东北地区国家高新区联盟成员单位。",
      "2025年，我区企业依托各网络平台与其他成员高新区企业开展合作项目48项，联合申请发明专利96件。",
      "此外，我区是否牵头发起新的国家高新区产业协同创新网络，目前仍在研究论证之中。",
    ]),
    source: "大连高新区管委会",
  },
];

describe("question classes of session 36 (articles written for this test)", () => {
  const grown = grownEngine(ARTICLES);
  const ask = (q: string) => grown.engine.answer(q);

  it("reads members listed by province with each count before its names", async () => {
    await grown.answers("黄河中下游联盟里山东的成员是哪几家", ["济南", "淄博", "潍坊"], ["郑州", "太原"]);
    await grown.answers("黄河中下游联盟一共几家成员", ["8"]);
  });

  it("answers which province a numbered seat left open goes to, as the quote says", async () => {
    const a = await ask("黄河中下游联盟第二任轮值主席会从哪个省的成员里出？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("山东");
  });

  it("answers when a seat left open is decided, as the quote says, not the founding day", async () => {
    const a = await ask("黄河中下游联盟第二任轮值主席啥时候定？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("2027");
  });

  it("does not answer the first term's question with the second term left open", async () => {
    const a = await ask("黄河中下游联盟成立会上代表首任轮值主席单位发言的是谁？");
    expect(a.answer).not.toContain("尚未确定");
  });

  it("quotes a rule not made yet, and a 是否 left open, as not decided", async () => {
    const rule = await ask("科研院所能不能以观察员身份参加黄河中下游联盟？");
    expect(rule.kind).toBe("none");
    expect(rule.answer).toContain("尚未作出明确规定");
    const whether = await ask("黄河中下游联盟最后决定让省级高新区当观察员了吗？");
    expect(whether.kind).toBe("none");
    expect(whether.answer).toContain("省级高新区作为观察员单位");
  });

  it("reads a secretariat moved from where it was set up for the time being", async () => {
    await grown.answers("氢能装备网络秘书处换地方了吗？之前在哪现在在哪", ["有变化", "潍坊氢能产业创新促进中心"]);
  });

  it("answers a body abbreviated as 专委会 from the passage that names it in full", async () => {
    await grown.answers("黄河中下游联盟的氢能装备专委会是哪个高新区牵头？", ["潍坊"]);
  });

  it("does not answer a measure of the members with the member list", async () => {
    const a = await ask("黄河中下游联盟成员2025年研发投入一共多少？");
    expect(a.answer).not.toContain("淄博");
  });

  it("gives the items of something counted, written before the count", async () => {
    await grown.answers("黄河中下游联盟要打造的3个千亿级产业集群分别是？", ["氢能装备", "高端轴承", "智能农机"]);
  });

  it("answers what the 抓手 are from the passage, not with a list of groups", async () => {
    await grown.answers("黄河中下游联盟推进协同的主要抓手是哪几条", ["平台共建", "人才共育", "场景共享"]);
  });

  it("ranks a province's indicators from the passage, not as a comparison of groups", async () => {
    await grown.answers("山东高新区各项指标占全省比重里，哪一项占比最高？", ["52.6%"], ["各网络或联盟"]);
  });

  it("corrects a month given wrongly to what a zone published", async () => {
    await grown.answers("洛阳高新区2024年9月发布的那个未来产业方案布局了几大领域？", [
      "其实不是",
      "2024年6月",
      "三大领域",
    ]);
    await grown.answers("洛阳高新区2024年6月发布的那个未来产业方案布局了几大领域？", ["三大领域"], ["其实不是"]);
  });

  it("reads a zone's own page that says it is a member of a group", async () => {
    await grown.answers("大连高新区参与了哪些网络和联盟？", ["东北地区国家高新区联盟"]);
  });

  it("meets a count asked in 个 with one written in 项", async () => {
    await grown.answers("大连高新区企业2025年借助各网络平台和其他高新区企业合作了多少个项目", ["48"]);
  });

  it("does not answer a new group a zone plans with the groups it is in", async () => {
    const a = await ask("大连高新区打算牵头搞哪个产业的新协同创新网络？");
    expect(a.answer).not.toContain("参加了");
  });

  it("reads a seat changed ('相应调整为'), a part's lead a zone says it will take, and a speaker after 则", async () => {
    await grown.answers("氢能装备网络的执行副理事长单位是哪些", ["济南", "淄博"], ["潍坊高新区、"]);
    await grown.answers("氢能装备网络里储运板块的技术协同由哪家牵头推动", ["淄博"]);
    await grown.answers("氢能装备网络年会上淄博高新区是谁发的言", ["张明远"]);
  });

  it("answers of the network the one zone asked is in ('X参加的那个网络')", async () => {
    await grown.answers("太原高新区参加的那个网络是谁牵头的", ["潍坊"]);
  });

  it("reads the question before a trailing '列一下', and 在几个…之间 as among them", async () => {
    await grown.answers("黄河中下游联盟那8家高新区是哪些？列一下", ["济南", "太原", "长治"]);
    await grown.answers("氢能装备产业链在几个高新区之间是怎么分工的？", ["储运板块"]);
  });

  it("corrects a count claimed after another claim, and places' positions claimed", async () => {
    await grown.answers("氢能装备网络是郑州牵头的那9家吧？", ["7家", "潍坊"]);
    await grown.answers("郑州高新区在2025年度综合评价里排第一，洛阳高新区排第二？", ["其实不是", "第12", "第35"]);
  });

  it("does not take a document's number for a day, nor zones for firms", async () => {
    const day = await ask("黄河中下游联盟那个三年行动计划是哪天印发的");
    expect(day.kind).toBe("none");
    const firms = await ask("黄河中下游联盟成立大会现场来了多少家企业");
    expect(firms.kind).toBe("none");
  });

  it("takes 'X这个国家高新区' in passing and corrects the count claimed too", async () => {
    await grown.answers("三原这个国家高新区现在入驻企业就110家对吧", ["不是国家高新区", "261"]);
  });

  it("tells who a person is with the sentence that quotes them", async () => {
    await grown.answers("吕文涛是什么身份", ["郑州高新区党工委书记", "首任轮值主席单位"]);
  });

  it("reads a member turned observer: the count adds up, and the answer says so", async () => {
    await grown.answers("康复器械网络现在正式成员有多少家", ["9"]);
    await grown.answers("绍兴高新区现在还是康复器械网络的正式成员吗", ["观察员"]);
    await grown.answers("康复器械网络现在有几个观察员单位", ["1家"]);
  });

  it("answers a part of one group's list asked without the group", async () => {
    await grown.answers("智能辅具板块包括哪些园区？", ["宁波", "芜湖"], ["苏州高新区"]);
  });

  it("counts a network's zones, and briefs it, rather than a figure of its field", async () => {
    await grown.answers("康复器械协同创新网络一共几家高新区", ["9"], ["2100"]);
    await grown.answers("简单介绍一下智能康复器械产业协同创新网络", ["常州高新区"], ["2100"]);
    const who = await ask("智能康复器械网络的秘书长是谁");
    expect(who.answer).not.toContain("2100");
  });

  it("reads a secretariat in a body named by its city", async () => {
    await grown.answers("康复器械网络的秘书处放在哪了", ["常州市康复器械行业协会"]);
  });

  it("names who said words quoted nearly as written, asked '…的那位…叫什么'", async () => {
    await grown.answers("康复器械网络启动会上讲“网络扩容不是简单做加法”的那位常州领导叫什么？", ["陆文清"]);
  });

  it("does not take a list or a time left open for who leads", async () => {
    const a = await ask("康复器械网络的首届年会是谁在牵头筹备？");
    expect(a.answer).not.toContain("尚未确定，文章没有给出答案");
  });

  it("says the day of a meeting dated to a year only is not written", async () => {
    const a = await ask("苏州工业园区2022年首季重大项目推进会具体是哪一天开的？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("2022年");
  });

  it("gives the leads of the pilot networks, not the zones in all of them", async () => {
    await grown.answers("工信部首批试点的这几个网络，牵头的高新区都有谁", ["中关村", "苏州工业园区", "无锡"], ["西安"]);
  });

  it("reads parts written '板块：A、B' and a part's count that is not the group's", async () => {
    await grown.answers("海工装备网络刚成立的时候都有哪些高新区？", ["青岛", "湛江"]);
    await grown.answers("海工装备网络目前有多少家成员单位？", ["9"], ["5家高新区"]);
    await grown.answers("现在海工装备网络配套与服务板块有哪些成员？", ["连云港", "南通", "宁波"]);
  });

  it("reads a secretariat moved '由原来的A局调整至B中心', and a lead who proposed the founding", async () => {
    await grown.answers("海工装备网络的秘书处现在挪到哪了", ["烟台海工装备创新促进中心"]);
    await grown.answers("闽粤赣联盟是谁牵头倡议成立的？", ["赣州"]);
  });

  it("corrects a title given wrongly before what the person said", async () => {
    await grown.answers("上海市科委副主任张宇蕾是怎么评价AI网络的？", ["北京市科委", "不是上海市科委副主任"]);
    await grown.answers("火炬中心主任何年初在随州总结的“三个一”是什么？", ["副主任", "三个一"]);
    await grown.answers("倪乾作为无锡高新区的领导，是怎么评价物联网网络的？", ["苏州工业园区", "不是无锡高新区"]);
  });

  it("says it cannot tell, in so many words, when a membership is not written", async () => {
    const a = await ask("长春高新区是东北地区国家高新区联盟的成员吗？");
    expect(a.answer).toMatch(/无法确定|没有提到/);
  });
});

describe("the session's review: rules kept from firing where they should not", () => {
  const grown = grownEngine(ARTICLES);
  const ask = (q: string) => grown.engine.answer(q);

  it("reads 主要 and 创新 as no new group planned, and 参加的网络有哪些 as its networks", async () => {
    await grown.answers("东湖高新区主要参加了哪些协同创新网络", ["光电子"]);
    await grown.answers("长春高新区参加的网络有哪些", ["光电子"], ["13家"]);
  });

  it("dates an act only of the one zone named before it", async () => {
    const a = await ask("西安高新区的未来产业方案和东湖高新区2024年10月发布的方案有什么不同");
    expect(a.answer).not.toContain("其实不是");
  });

  it("takes a title whose body and post the role holds apart as right", async () => {
    const a = await ask("北京市科委副主任张宇蕾是怎么评价中关村示范区的");
    expect(a.answer).not.toContain("前提有误");
  });

  it("corrects every place's position claimed", async () => {
    await grown.answers("国家创新型城市评价里苏州排第一，南京排第四，对吗", ["苏州第5"]);
  });

  it("reads 'N个…的X是？' as an amount, not which N", async () => {
    await grown.answers("园区80个重点项目签约的总投资是？", ["412"]);
  });

  it("does not list a part's zones for its firms, nor a member said not to be one", async () => {
    const firms = await ask("康复机器人板块有哪些企业");
    expect(firms.answer).not.toContain("常州高新区、苏州高新区");
    const not = await ask("长春高新区是东北地区国家高新区联盟的成员吗？");
    expect(not.answer).not.toMatch(/^是/);
  });

  it("corrects a count of a thing claimed before what is asked of it", async () => {
    await grown.answers("黄河中下游联盟要打造4个千亿级产业集群，是哪几个？", ["其实不是", "3个千亿级产业集群"]);
  });
});
