/**
 * Classes of session 51, each over articles written for this test in new words. From the last session's list: an
 * amount left open at the founding and decided in a later article, asked "定了没？多少" (and said there by "该基金");
 * the tail of an open clause about another phase ("二期…尚未确定，将视首期运行情况另行研究") is no answer about the first;
 * "联盟筹建工作由A牵头" names the lead; "最近一次扩员是哪家加入的" asks the history, the latest first; a call for a batch
 * ("第二批成员征集打算招几家") left open; a later page's month-dated count of a change told in full the same month is that
 * change. From the development sets: the lead before others described at length ("由A牵头、全国N家在…的国家高新区共同
 * 组建的这一网络"); "A连任理事长单位", asked with the council's term; a meeting not held yet that an article plans
 * ("计划于明年上半年召开"); "是谁表的态" at a meeting placed by its venue zone; a kind word in pinyin ("mishu处"); a
 * provincial zone said "作为一家国家高新区"; "干哪几件事".
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t51-storage", "国家高新区新型储能产业协同创新网络在常州启动", "2026-03-16", [
    "3月15日，国家高新区新型储能产业协同创新网络启动会在常州高新区举行。由常州高新区牵头、全国9家在储能电池与系统集成领域具有较强产业基础的国家高新区共同组建的这一网络正式亮相。",
    "网络成员单位包括常州高新区、宁波高新区、长沙高新区、株洲高新区、合肥高新区、芜湖高新区、成都高新区、西安高新区、武汉东湖高新区。",
    "网络秘书处设在常州高新区。",
    "网络将设立储能产业协同基金，基金首期规模尚未确定，将由成员单位协商后另行公布。",
    "网络还将推出跨区域通用的储能检测券，记者注意到，储能检测券的额度和结算办法目前尚未明确。",
    "网络将重点围绕储能电池、系统集成和应用场景三个方向开展合作。",
    "据悉，网络第二次理事会会议计划于明年上半年召开，具体时间和地点尚未确定。",
    "会议确定，由宁波高新区牵头组建网络电芯与关键材料专业工作组，成员包括长沙高新区、株洲高新区、芜湖高新区。",
    "成都高新区将牵头编制网络首批储能应用场景清单，力争年内发布。",
    "网络还将在第三次理事会期间举办储能创新创业大赛。",
    "网络下设电池材料、系统集成、应用推广3个专题工作组，分别由宁波高新区、合肥高新区、长沙高新区牵头。",
    "据了解，储能安全检测公共服务平台的具体建设地点目前仍在论证之中，尚未最终确定。",
  ]),
  article("t51-storage-join", "南京高新区加入新型储能网络", "2026-07-10", [
    "7月8日，经国家高新区新型储能产业协同创新网络理事会审议同意，南京高新区正式加入网络，网络成员单位由9家增至10家。",
    "2027年，南京高新区将重点建设储能产业园，推动重点项目落地。",
  ]),
  article("t51-storage-meeting", "新型储能网络年会在合肥召开 成员增至11家", "2026-11-21", [
    "11月19日，国家高新区新型储能产业协同创新网络2026年年会暨第二届理事会第一次会议在合肥高新区召开。",
    "会议审议通过了湘潭高新区的入网申请，网络成员单位由10家增至11家。",
    "会议选举产生第二届理事会，常州高新区连任理事长单位。",
    "第二届理事会任期三年。",
    "会上发布了《国家高新区储能应用场景图谱（2026）》。",
    "图谱由西安高新区牵头编制，共收录储能应用场景48个。",
    "备受关注的储能产业协同基金也在年会上正式设立，该基金首期规模确定为12亿元，由常州高新区、合肥高新区等成员单位共同出资。",
    "基金二期规模尚未确定，将视首期运行情况另行研究。",
    "此前备受关注的储能检测券已于10月正式发放，首批额度8000万元，由各成员单位按比例分担。",
    "合肥高新区管委会主任王海峰在致辞中表示，合肥将开放储能检测平台。",
    "常州高新区管委会副主任周立新表示，常州将牵头编制储能安全标准。",
    "2027年，网络将重点推进三方面工作：一是共建储能安全检测中心；二是组织不少于10场供需对接活动；三是联合培养储能工程师。",
  ]),
  {
    ...article("t51-wuhu-page", "我区深度参与国家高新区协同创新网络", "2026-12-01", [
      "新型储能网络：参与协同攻关",
      "2026年3月，我区作为创始成员加入国家高新区新型储能产业协同创新网络。今年11月，网络正式成员扩容至11家，我区继续作为正式成员参与网络工作。",
      "10月26日，我区与网络理事长单位常州高新区签署新型储能协同合作备忘录。",
    ]),
    source: "芜湖高新区管委会网站",
  },
  article("t51-gulf", "北部湾国家高新区协同创新联盟在南宁成立", "2026-05-11", [
    "5月10日，北部湾国家高新区协同创新联盟成立大会在南宁高新区举行。",
    "联盟筹建工作由南宁高新区牵头。",
    "联盟首批成员包括南宁高新区、北海高新区、湛江高新区、海口高新区4家国家高新区。",
  ]),
  article("t51-gulf-join", "防城港高新区加入北部湾联盟", "2026-09-18", [
    "9月16日，北部湾国家高新区协同创新联盟理事会审议同意防城港高新区加入联盟，联盟成员单位由4家增至5家。",
    "下一步，联盟将启动第二批成员征集工作，具体名额尚未确定。",
  ]),
  article("t51-gulf-meeting", "北部湾联盟召开首次成员大会", "2026-11-06", [
    "11月5日，北部湾国家高新区协同创新联盟首次成员大会在北海高新区召开。",
    "会议通报，经10月20日联盟理事会审议，广西玉林高新区、海南洋浦高新区正式加入联盟，联盟成员单位由5家增至7家。",
    "同时，湛江高新区不再作为联盟成员单位，具体原因未对外披露。",
    "联盟拥有国家级科技企业孵化器18家。",
    "联盟将推动科技创新券在成员高新区之间互认互通。",
    "会议还决定组建北部湾知识产权运营联盟，联盟筹建工作由北海高新区牵头。",
  ]),
  article("t51-pharma", "国家高新区现代中药产业协同创新网络启动", "2026-04-08", [
    "4月7日，国家高新区现代中药产业协同创新网络启动会在成都高新区举行。",
    "该网络由成都高新区倡议发起。",
    "成都、重庆、昆明、贵阳、南宁等8家国家高新区共同组建了这一网络。",
  ]),
  article("t51-pearl", "珠江口国家高新区协同发展联盟在广州成立", "2026-08-20", [
    "8月19日，珠江口国家高新区协同发展联盟成立大会在广州高新区举行。",
    "联盟成员包括广州高新区、深圳高新区、珠海高新区、中山火炬高新区、东莞松山湖高新区、佛山高新区。",
    "会议还决定组建珠江口知识产权运营联盟，联盟筹建工作由中山火炬高新区牵头。",
  ]),
  article("t51-marine", "国家高新区海洋装备产业协同创新网络在青岛启动", "2026-06-12", [
    "6月11日，国家高新区海洋装备产业协同创新网络启动会在青岛高新区举行。",
    "网络成员单位包括青岛高新区、烟台高新区、威海火炬高新区、舟山高新区、湛江高新区。",
    "网络海工装备标准互认行动同日启动，由烟台高新区牵头发起。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 51: the last session's list", () => {
  it("answers an amount left open at the founding with the later decision, asked 定了没？多少", async () => {
    await answers("储能网络那个协同基金首期规模定了没？多少钱", ["12亿元"], ["尚未确定"]);
    await answers("新型储能网络协同基金首期规模现在定下来了吗？规模多少", ["12亿元"], ["二期"]);
    await answers("储能网络那个通用检测券，额度定了没？多少", ["8000万元"], ["尚未明确"]);
  });

  it("reads 联盟筹建工作由A牵头 as the lead", async () => {
    await answers("北部湾联盟的筹建是哪家牵的头？", ["南宁"], ["北海"]);
  });

  it("answers the latest change first when the latest expansion is asked", async () => {
    const a = await grown.engine.answer("储能网络最近一次扩员是哪家高新区加入的？");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toMatch(/^最近一次：2026年11月19日新增湘潭高新区/);
  });

  it("quotes a batch's call left open, not the members", async () => {
    const a = await grown.engine.answer("北部湾联盟第二批成员征集打算招几家？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("具体名额尚未确定");
  });

  it("takes a later page's month-dated count of a change told in full that month as the same change", async () => {
    for (const q of ["储能网络的成员变化", "储能网络的成员有过哪些变化"]) {
      const a = await grown.engine.answer(q);
      expect(a.kind, a.answer).toBe("fact");
      expect(a.answer).toContain("2026年11月19日新增湘潭高新区，成员由10家增至11家");
      expect(a.answer).not.toContain("2026年11月，");
    }
  });
});

describe("session 51: development sets' classes", () => {
  it("reads the lead before others described at length (由A牵头、全国N家在…的国家高新区共同组建的这一网络)", async () => {
    await answers("新型储能网络是谁牵头的？", ["常州"], ["宁波"]);
  });

  it("reads A连任理事长单位, and says the council's term with it when both are asked", async () => {
    await answers("储能网络第二届理事会谁是理事长单位，任期几年", ["常州", "三年"]);
  });

  it("quotes the plan of a meeting not held yet, asked when", async () => {
    const a = await grown.engine.answer("储能网络第二次理事会大概什么时候开");
    expect(a.kind, a.answer).toBe("passage");
    expect(a.answer).toContain("计划于明年上半年召开");
  });

  it("finds who spoke for a zone at a meeting placed by its venue zone (在X开的…会上，Y是谁表的态)", async () => {
    const a = await grown.engine.answer("在合肥开的储能网络年会上，常州高新区是谁表的态？");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toMatch(/^周立新/);
  });

  it("reads a kind word typed in pinyin beside Chinese characters", async () => {
    await answers("储能网络的mishu处设在哪", ["秘书处设在常州高新区"]);
  });

  it("corrects a provincial zone said to be a national one (作为一家国家高新区)", async () => {
    const a = await grown.engine.answer("三原高新区身为一家国家高新区，去北京办过什么活动");
    expect(a.answer).toMatch(/^问题的前提有误/);
    expect(a.answer).toContain("三原高新区不是国家高新区");
  });

  it("finds a year's work items asked as 干哪几件事", async () => {
    const a = await grown.engine.answer("储能网络2027年重点干哪几件事");
    expect(a.answer).toMatch(/^据《新型储能网络年会在合肥召开 成员增至11家》：2027年，网络将重点推进三方面工作/);
  });
});

describe("session 51: the mid-session development sets' classes", () => {
  it("sets aside every zone listed after 除了, and says when the article names no more", async () => {
    for (const q of [
      "现代中药网络8家成员里，除了成都、重庆、昆明、贵阳、南宁，另外3家是谁？",
      "现代中药网络8家成员里，除了成都、重庆、昆明，另外5家是谁？",
    ]) {
      const partial = await grown.engine.answer(q);
      expect(partial.kind, partial.answer).toBe("none");
      expect(partial.answer).toMatch(/^文章没有写.*其余的成员是哪几家，只点名了：.*贵阳高新区、南宁高新区/);
    }
    for (const q of ["北部湾联盟除了南宁、北海以外，其他成员都是谁", "北部湾联盟除了南宁和北海，还有哪些成员"]) {
      const whole = await grown.engine.answer(q);
      expect(whole.kind, whole.answer).toBe("fact");
      expect(whole.answer).toContain("海口");
      expect(whole.answer).not.toMatch(/南宁|北海/);
    }
  });

  it("reads 该网络由A倡议发起 as who founded it", async () => {
    await answers("现代中药网络是哪个高新区倡议发起的", ["成都"], ["重庆"]);
  });

  it("answers no count of things when an amount or a quota is asked", async () => {
    const a = await grown.engine.answer("北部湾联盟科技创新券互认，每家企业额度是多少？");
    expect(a.answer).not.toContain("孵化器");
  });

  it("says a leaving's reason is not disclosed when the article says so", async () => {
    const a = await grown.engine.answer("湛江高新区为什么退出北部湾联盟？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toMatch(/^文章没有披露湛江高新区退出的原因/);
  });

  it("reads 审议通过加入 as the join, of two zones at once", async () => {
    await answers("玉林和洋浦是哪天审议通过加入北部湾联盟的？", ["10月20日"]);
  });

  it("answers how many were taken in (新吸收了几家) from the history", async () => {
    await answers("北部湾联盟今年10月新吸收了几家成员？", ["2家", "玉林", "洋浦"]);
  });

  it("reads 家数 as the member count of the groups compared", async () => {
    const a = await grown.engine.answer("这几个试点网络里，家数最少的是哪个");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toMatch(/^成员最少的是国家高新区纳米新材料产业协同创新网络（9家）/);
  });

  it("finds a working group the question names by the last words of its name", async () => {
    await answers("宁波牵头的储能电芯关键材料工作组，成员有谁", ["长沙", "株洲", "芜湖"]);
  });

  it("answers who writes a document ('…清单由谁来编') with the zone that leads it, not the group's lead", async () => {
    await answers("储能网络的应用场景清单由谁来编", ["成都"], ["常州"]);
  });
});

describe("session 51: the review's counter-examples stay as they were", () => {
  it("asks no member history of the latest meeting (最近一次年会)", async () => {
    const a = await grown.engine.answer("北部湾联盟最近一次年会在哪开的？");
    expect(a.answer).not.toContain("最近一次：");
  });

  it("takes no work the group starts for its lead ('…行动同日启动，由A牵头发起。')", async () => {
    const a = await grown.engine.answer("海洋装备网络是谁牵头的？");
    expect(a.answer).not.toMatch(/牵头单位是烟台|由烟台高新区牵头发起成立/);
  });

  it("takes no group being formed, named just before, for the item's group (组建X联盟，联盟筹建工作由A牵头)", async () => {
    await answers("北部湾联盟是哪家牵的头", ["南宁"], ["北海"]);
    const a = await grown.engine.answer("珠江口联盟是谁牵头的？");
    expect(a.answer).not.toMatch(/牵头单位是中山|由中山火炬高新区牵头/);
  });

  it("takes no plan for an occasion ('将在第三次理事会期间举办…') as the occasion's plan", async () => {
    const a = await grown.engine.answer("储能网络第三次理事会什么时候开");
    expect(a.answer).toMatch(/^文章只记载到发表时为止的情况/);
  });
});

describe("session 51: the finals' and checks' classes (after their scoring)", () => {
  it("reads 剩下那N家 as the members besides those named", async () => {
    const a = await grown.engine.answer("现代中药网络除了成都、重庆、昆明，剩下那5家是谁？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toMatch(/^文章没有写.*其余的成员是哪几家/);
  });

  it("corrects a provincial zone said to be national already (已经是国家高新区了)", async () => {
    const a = await grown.engine.answer("三原早就是国家高新区了吧，它在北京办了什么活动");
    expect(a.answer).toMatch(/^问题的前提有误/);
  });

  it("finds a thing said back by its kind in the sentence after the one naming it (…图谱。图谱由A牵头编制)", async () => {
    await answers("储能网络的储能应用场景图谱（2026）是哪家牵头编的？", ["西安"], ["常州"]);
  });

  it("finds one of several working groups led in turn, named with the word between count and kind (3个专题工作组)", async () => {
    await answers("储能网络的系统集成专题工作组归哪家牵头？", ["合肥"], ["宁波高新区牵头"]);
  });

  it("answers where a thing of the group is built from the passages, not where the group was launched", async () => {
    const a = await grown.engine.answer("储能网络那个安全检测公共服务平台最后建在哪个城市？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("尚未最终确定");
  });

  it("takes an open amount as no answer to who founded it (由哪几家联合发起)", async () => {
    const a = await grown.engine.answer("储能产业协同基金由哪几家高新区共同出资");
    expect(a.answer).toContain("常州高新区、合肥高新区");
  });

  it("reads 包括X那个 after a list of groups asked as no question of its own", async () => {
    const a = await grown.engine.answer("常州高新区参与的产业协同创新网络有哪些？包括储能那个");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toMatch(/^常州高新区参加了/);
  });

  it("dates an agreement two zones signed by its own sentence, not the group's founding", async () => {
    await answers("芜湖高新区和常州高新区签新型储能合作备忘录是哪天？", ["10月26日"], ["3月15日"]);
  });

  it("reads a short name as its one reading left when the question tells the other apart (不是苏州工业园区)", async () => {
    const a = await grown.engine.answer("只写了“苏州”两个字的那个高新区（并非苏州工业园区）都在哪些网络里？");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toMatch(/^苏州高新区参加了/);
    expect(a.answer).not.toContain("苏州工业园区参加了");
  });
});
