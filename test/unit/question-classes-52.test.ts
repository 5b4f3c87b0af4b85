/**
 * Classes of session 52, each over articles written for this test in new words. From the last session's list: things
 * counted with 大 ("五大方向") answer "布局了几个方向？分别是啥" (and 啥 asks which, after a count, as 什么 does); a count of
 * the groups ("两大网络均表示…") is no amount of their fund. From the development sets: a region's national zones
 * compared with an alliance's members ("长三角的国家高新区数量和淮河联盟的成员数量，哪个多"), and "哪个多？各多少家" as
 * one question; "其中11项已由…“揭榜”"; a document's name before the things it holds ("《…目录》纳入的大型试验设备由首批的
 * 800余台（套）增至1500余台（套）"); a long label of who set things up, with "比2026年的14个增加12个", asked now and how
 * many more; "…负责人是怎么解释的" (and after a why, one question); "A、B、C当选为首批副理事长单位"; "扩容以后理事长单位
 * 换人了没"; a seat's change as its report says it; "多少位专家" met by "专家15名"; "针对的是哪些问题"; what a speaker
 * went on to say ("有专家讲过吗": "此外，…"). From the last session's list: who did a secretariat's work before ("此前，…由A
 * 负责"); who leads work asked with its list written whole ("船舶、港机、海工等装备检测结果互认").
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t52-hefei-plan", "合肥高新区出台量子产业行动计划", "2026-06-03", [
    "6月2日，合肥高新区印发《量子科技产业高质量发展行动计划》。",
    "该计划提出，重点布局量子计算、量子通信、量子精密测量、量子材料、量子软件五大方向，打造具有全球影响力的量子产业高地。",
  ]),
  article("t52-two-funds", "两大网络推进产业基金筹备", "2026-08-12", [
    "国家高新区海洋装备产业协同创新网络和国家高新区现代中药产业协同创新网络近日分别召开工作会议。",
    "两大网络均表示将设立产业协同基金，但基金规模和出资方式至今均未公布。",
  ]),
  article("t52-marine", "国家高新区海洋装备产业协同创新网络在青岛启动", "2026-06-12", [
    "6月11日，国家高新区海洋装备产业协同创新网络启动会在青岛高新区举行。",
    "网络成员单位包括青岛高新区、烟台高新区、威海火炬高新区、舟山高新区、湛江高新区。",
    "近年来，沿海地区已形成较完整的海工产业基础，但核心部件依赖进口、试验验证资源分散等问题依然存在。",
    "“过去沿海各高新区在海工装备领域各自为战，重复投入的情况比较普遍。”烟台高新区管委会副主任李海涛说，成立网络就是要打通研发、制造和应用的链条。",
    "网络实行理事会制度，青岛高新区为理事长单位，烟台高新区、舟山高新区为副理事长单位。",
    "网络秘书处设在青岛高新区，由青岛市海洋装备创新促进中心承担具体工作；此前，网络日常协调工作由青岛高新区科技创新局负责。",
    "网络同步发布《海洋装备高新区共享设备目录》，首批纳入大型试验设备800余台（套）。",
    "青岛海洋装备创新中心联合网络成员单位设立联合实验室14个。",
    "网络同时成立专家委员会，首批聘请专家15名。",
    "威海火炬高新区管委会副主任赵立群表示，威海将牵头推动网络内船舶、港机、海工等装备检测结果互认。",
    "“海洋装备是建设海洋强国的重要支撑。”中国海洋大学教授王建国表示，下一步要推动产学研深度融合，把更多成果留在成员高新区转化。此外，要加快建设共享的公共试验平台，降低中小企业的验证成本。",
  ]),
  article("t52-marine-year", "海洋装备网络成立一周年 成员扩容至7家", "2027-06-15", [
    "6月14日，国家高新区海洋装备产业协同创新网络2027年工作会议在烟台高新区召开。",
    "会议审议通过日照高新区、连云港高新区加入网络，网络成员单位由5家增至7家。",
    "会议决定调整副理事长单位，副理事长单位由首届的烟台高新区、舟山高新区调整为烟台高新区、威海火炬高新区和湛江高新区，青岛高新区继续担任理事长单位。",
    "网络累计发布联合攻关榜单30项，其中11项已由成员单位企业和科研院所“揭榜”。",
    "一年来，网络成员高新区之间累计签约合作项目40个；《海洋装备高新区共享设备目录》纳入的大型试验设备由首批的800余台（套）增至1500余台（套）。",
    "截至2027年5月底，由青岛海洋装备国家技术创新中心（青岛）联合网络成员单位企业、高校和科研机构共同设立的联合实验室已达26个，比2026年的14个增加12个。",
  ]),
  article("t52-hydrogen", "国家高新区氢能产业协同创新网络在佛山启动", "2026-05-10", [
    "5月9日，国家高新区氢能产业协同创新网络启动大会在佛山举行。该网络由佛山高新区牵头，联合张家口、大连、嘉兴、宁波等共12家国家高新区共同组建。",
    "从产业链分工看，12家成员单位基本覆盖氢能全链条。制氢储运环节集聚了佛山、张家口、大连、淄博4家高新区；嘉兴、宁波、潍坊3家高新区深耕燃料电池与关键材料；上海张江、武汉东湖、成都、郑州、西安5家高新区则在整车应用与示范运营方面各具优势。",
    "会议选举产生首届理事会，佛山高新区当选理事长单位，大连高新区、宁波高新区为副理事长单位。首届理事会任期三年，自6月1日起履职。",
    "6月18日，国家高新区氢能产业协同创新网络首场供需对接会在上海张江高新区举行。",
    "近年来，各地氢能项目遍地开花，但跨区域合作多停留在点对点层面，缺少常态化的协作平台。“网络的成立，就是要把分散的探索变成系统化的协同。”网络秘书处相关负责人表示，网络将推动成员单位共享加氢站和检测平台。",
  ]),
  {
    ...article("t52-foshan-page", "我区全面融入氢能产业协同创新网络", "2026-08-25", [
      "7月20日，国家高新区氢能产业协同创新网络燃料电池专委会第一次全体会议在我区召开。",
      "“氢能网络让我们的企业走得更远。”高新区党工委委员、管委会副主任罗振华表示，我区将向网络成员开放燃料电池测试平台。",
    ]),
    source: "佛山高新区管委会网站",
  },
  article("t52-strait", "海峡西岸国家高新区协同创新联盟在福州成立", "2026-09-09", [
    "9月8日，海峡西岸国家高新区协同创新联盟成立大会在福州高新区举行。",
    "联盟成员包括福州高新区、厦门火炬高新区、泉州高新区、莆田高新区、漳州高新区。",
    "会议推选福州高新区、泉州高新区、漳州高新区当选为首批副理事长单位。",
    "联盟秘书处设在福州高新区，由福州市科技创新促进中心承担具体工作；此前，联盟筹备工作由福州高新区科技局负责。",
    "泉州高新区管委会主任陈立新表示，泉州高新区作为本次大会承办单位和新任副理事长单位，将牵头组建联盟智能制造工作组。",
  ]),
  article("t52-strait-2027", "海峡西岸联盟2027年度工作会议在厦门召开", "2027-03-10", [
    "3月9日，海峡西岸国家高新区协同创新联盟2027年度工作会议在厦门火炬高新区召开。",
    "按照轮值制度，首届联盟秘书处由福州高新区承担。自本次会议起，第二届联盟秘书处由泉州高新区承接，任期两年，至2028年底。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 52: the last session's list", () => {
  it("answers 布局了几个方向 with things counted with 大, and reads 分别是啥 as which", async () => {
    await answers("合肥高新区那个量子行动计划布局了几个方向？分别是啥", ["五大方向", "量子软件"], ["成员"]);
    await answers("合肥高新区量子行动计划重点布局几个方向", ["五大方向"]);
  });

  it("takes no count of the groups for an amount of their fund", async () => {
    const a = await grown.engine.answer("海洋装备网络的产业协同基金规模是多少");
    expect(a.kind, a.answer).toBe("none");
  });
});

describe("session 52: development sets' classes", () => {
  it("compares a region's national zones, counted by the articles, with an alliance's members, and says so", async () => {
    for (const q of [
      "长三角的国家高新区数量和淮河联盟的成员数量，哪个多？",
      "长三角和淮河流域的国家高新区数量哪个多？各多少家",
    ]) {
      const a = await grown.engine.answer(q);
      expect(a.kind, a.answer).toBe("fact");
      expect(a.answer).toMatch(/^长三角的国家高新区多19家：长三角的国家高新区36家，淮河联盟17家。（文章没有给出/);
      expect(a.answer.split("\n")).toHaveLength(1);
    }
  });

  it("keeps an alliance's members when they are what is compared", async () => {
    const a = await grown.engine.answer("长三角联盟和淮河联盟哪个成员多");
    expect(a.answer).not.toContain("36家");
  });

  it("reads 哪个多？各多少家 as one question", async () => {
    const a = await grown.engine.answer("物联网网络和海洋装备网络哪个成员多？各多少家");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toBe("物联网网络多5家：物联网网络12家，海洋装备网络7家。");
  });
});

describe("session 52: development sets' classes (growth)", () => {
  it("reads a part of a count by what was done to it (其中11项已由…“揭榜”)", async () => {
    await answers("海洋装备网络有几项联合攻关榜单已经被揭榜了", ["11项"]);
  });

  it("reads a count held by a document named before it, as the count now", async () => {
    const a = await grown.engine.answer("海洋装备网络共享设备目录里的大型试验设备现在有多少台套了");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toMatch(/^[^。]*：1500余台（套）/);
  });

  it("answers now and how many more from a later report said with its earlier count", async () => {
    await answers("海洋装备网络里青岛海洋装备创新中心牵头设的联合实验室现在有多少个了？比之前多了几个", [
      "26个",
      "12个",
    ]);
  });

  it("quotes a zone's official asked how they explained the founding", async () => {
    for (const q of [
      "为啥要搞海洋装备网络？烟台那边的负责人是怎么解释的",
      "烟台高新区负责人怎么解释成立海洋装备网络的原因",
    ])
      await answers(q, ["各自为战", "打通研发"]);
  });

  it("reads 当选为首批副理事长单位 as the seat", async () => {
    const a = await grown.engine.answer("海峡西岸联盟的副理事长单位有哪些");
    expect(a.answer).toBe("海峡西岸国家高新区协同创新联盟的副理事长单位是福州高新区、泉州高新区、漳州高新区。");
  });

  it("answers whether a seat's holder changed after an expansion, and how the seat changed", async () => {
    for (const q of ["海洋装备网络扩容以后理事长单位换人了没？现在是谁", "海洋装备网络扩容以后理事长单位换人了没"]) {
      const kept = await grown.engine.answer(q);
      expect(kept.answer).toMatch(/^没有换，.*青岛高新区/);
    }
    await answers("海洋装备网络的副理事长单位这次有啥变化？", [
      "由首届的烟台高新区、舟山高新区调整为烟台高新区、威海火炬高新区和湛江高新区",
    ]);
  });

  it("counts people asked with 位 by 名", async () => {
    await answers("海洋装备网络专家委员会首批请了多少位专家", ["15名"]);
  });

  it("quotes the problems a group was formed against", async () => {
    const a = await grown.engine.answer("组建海洋装备网络针对的是哪些问题？");
    expect(a.answer).toMatch(/^据《[^》]+》：近年来，沿海地区已形成较完整的海工产业基础，但核心部件依赖进口/);
  });

  it("quotes what a speaker went on to say, asked whether an expert said so", async () => {
    await answers("海洋装备产业下一步要注意什么？有专家讲过吗", ["公共试验平台"]);
  });
});

describe("session 52: the last session's list (growth)", () => {
  it("says who did the secretariat's work before, when its sentence says", async () => {
    await answers("海洋装备网络秘书处的具体工作现在谁在做？之前是谁负责协调的？", [
      "青岛市海洋装备创新促进中心",
      "青岛高新区科技创新局",
    ]);
    // (Not another term's office, nor other work done before: "此前，联盟筹备工作由…负责" is the founding's.)
    const moved = await grown.engine.answer("海峡西岸联盟秘书处具体工作由哪个单位承担？");
    expect(moved.answer).not.toMatch(/泉州高新区[^；]*福州市科技创新促进中心/);
    expect(moved.answer).not.toContain("福州高新区科技局");
  });

  it("finds who leads work the question names without the list's 等", async () => {
    await answers(
      "海洋装备网络里是谁牵头推动船舶、港机、海工装备检测结果互认的？",
      ["威海火炬高新区"],
      ["青岛高新区牵头"],
    );
  });
});

describe("session 52: mid-session development sets' classes", () => {
  it("reads members told by the part of the chain, a part's zones first with what they work in (深耕…)", async () => {
    const a = await grown.engine.answer("氢能网络都有哪些高新区参加？帮忙全列一下");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toMatch(/^国家高新区氢能产业协同创新网络共有12家成员：/);
    for (const z of ["淄博高新区", "潍坊高新区", "西安高新区"]) expect(a.answer).toContain(z);
    await answers("氢能网络里深耕燃料电池与关键材料的是哪几家", ["嘉兴高新区", "宁波高新区", "潍坊高新区"]);
  });

  it("reads a bare 高新区 in an official's title on a zone's own page as that zone", async () => {
    await answers("罗振华是哪个单位的，担任什么职务？", ["佛山高新区党工委委员"]);
  });

  it("dates a seat by the council it was elected to, when the next sentence says when that starts", async () => {
    await answers("佛山高新区从哪天开始担任氢能网络理事长单位？", ["自6月1日起"]);
  });

  it("takes the later term's secretariat when the first term's is told beside its handover", async () => {
    await answers("海峡西岸联盟的秘书处现在在哪个高新区？", ["泉州高新区"]);
  });

  it("reads 第一次全体会 as a meeting", async () => {
    await answers("氢能网络燃料电池专委会第一次全体会在哪开的？", ["我区", "佛山高新区"]);
  });

  it("quotes the reason the founding article gives for the founding", async () => {
    for (const q of ["为啥要成立氢能网络？", "为啥要搞氢能网络"]) await answers(q, ["系统化的协同"]);
  });

  it("says the articles do not write the spot of a meeting they place in a city", async () => {
    const a = await grown.engine.answer("三原高新区推介会是在北京哪个酒店或者会场办的？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toMatch(/^文章没有写具体在哪个会场或场馆，只写了：三原高新区全产业合作推介会在北京举行/);
    // (A place taken for granted and wrong is corrected first.)
    const wrong = await grown.engine.answer("三原高新区在西安开的那场全产业合作推介会，具体在西安哪儿？");
    expect(wrong.answer).toMatch(/^问题的前提有误：不是在西安举行的。/);
  });
});

/** The review's counter-examples, over articles of their own. */
const REVIEWED = [
  article("r52-ranch", "国家高新区海洋牧场产业协同创新网络在烟台启动", "2026-05-12", [
    "5月11日，国家高新区海洋牧场产业协同创新网络启动会在烟台高新区举行。",
    "网络成员单位包括烟台高新区、青岛高新区、威海火炬高新区、舟山高新区、湛江高新区。",
    "网络实行理事会制度，烟台高新区为理事长单位，青岛高新区、舟山高新区、湛江高新区为副理事长单位。",
    "2027年3月，网络召开一届二次理事会，烟台高新区为理事长单位，副理事长单位由3家增至4家，新增威海火炬高新区。",
  ]),
  article("r52-ranch-2027", "海洋牧场网络完成换届", "2027-09-20", [
    "9月18日，国家高新区海洋牧场产业协同创新网络第二届理事会第一次会议在青岛高新区召开，青岛高新区当选第二届理事长单位。",
  ]),
  article("r52-ranch-2028", "海洋牧场网络召开2028年度工作会议", "2028-09-10", [
    "9月8日，国家高新区海洋牧场产业协同创新网络2028年度工作会议召开，青岛高新区继续担任理事长单位。",
  ]),
  article("r52-ammonia", "国家高新区氨能产业协同创新网络在大连启动", "2026-05-10", [
    "5月9日，国家高新区氨能产业协同创新网络启动大会在大连高新区举行。",
    "网络成员单位包括大连高新区、佛山高新区、宁波高新区、淄博高新区。该网络由大连高新区牵头。",
    "会议选举产生首届理事会，大连高新区当选理事长单位，佛山高新区、宁波高新区为副理事长单位。网络秘书处设在宁波高新区，任期两年，自7月1日起开始运行。",
  ]),
  {
    ...article("r52-qingdao-page", "我区积极融入国家高新区协同创新网络", "2026-10-08", [
      "我区已提交加入国家高新区氨能产业协同创新网络的申请，审核结果尚未公布。",
    ]),
    source: "青岛高新区管委会网站",
  },
  {
    ...article("r52-dalian-page", "我区深化跨区域协同创新", "2026-10-09", [
      "下一步，我区将持续推进加入国家高新区海洋牧场产业协同创新网络的相关工作。",
    ]),
    source: "大连高新区管委会网站",
  },
  article("r52-csj", "长三角国家高新区联盟召开2026年度理事会", "2026-09-20", [
    "9月18日，长三角国家高新区联盟2026年度理事会在合肥高新区召开。",
    "目前，联盟共有成员单位20家。",
  ]),
];

const reviewed = grownEngine(REVIEWED);

describe("session 52: the review's counter-examples", () => {
  it("reads a seat's change of its own post, not of the deputy post inside its name", async () => {
    const a = await reviewed.engine.answer("海洋牧场网络的理事长单位有变化吗");
    expect(a.answer).not.toContain("理事长单位由3家增至4家");
  });

  it("does not say a seat never changed when another holder of it is recorded", async () => {
    const a = await reviewed.engine.answer("海洋牧场网络成立以来理事长单位换人了没？现在是谁");
    expect(a.answer).not.toMatch(/没有换/);
  });

  it("dates a seat by its council only, and only the post asked", async () => {
    const chair = await reviewed.engine.answer("大连高新区从哪天开始担任氨能网络理事长单位？");
    expect(chair.answer).not.toMatch(/自7月1日起担任/);
    const deputy = await reviewed.engine.answer("大连高新区什么时候开始担任氨能网络副理事长单位");
    expect(deputy.answer).not.toMatch(/起担任理事长单位/);
  });

  it("compares a region's zones asked, not an alliance's member count, and says so", async () => {
    const a = await reviewed.engine.answer("长三角的国家高新区数量和淮河联盟的成员数量，哪个多？");
    expect(a.answer).toContain("长三角的国家高新区36家");
    expect(a.answer).toContain("不是联盟的成员数");
  });

  it("counts with 大 only in a passage that names what the question names", async () => {
    const a = await reviewed.engine.answer("武汉东湖高新区的实施方案布局了几个领域");
    expect(a.answer).not.toContain("六大领域");
  });

  it("corrects a wrong city taken for granted before a spot asked; '具体时间地点' asks no spot", async () => {
    const wrong = await reviewed.engine.answer("三原高新区推介会是在西安哪个酒店？");
    expect(wrong.answer).toMatch(/^问题的前提有误：不是在西安举行的。/);
    const both = await reviewed.engine.answer("三原高新区推介会的具体时间地点");
    expect(both.answer).not.toMatch(/^文章没有写具体在哪个会场/);
  });
});

describe("session 52: the finals' and checks' classes", () => {
  it("says a zone still applying is not a member yet (the group's full name in the application; 推进加入…的相关工作)", async () => {
    for (const q of ["青岛高新区已经是氨能网络的成员了吗？", "大连高新区已经是海洋牧场网络的成员了吧？"]) {
      const a = await reviewed.engine.answer(q);
      expect(a.answer).toMatch(/^还没有/);
    }
  });

  it("reads a group described by a zone's application to it as the group", async () => {
    const a = await reviewed.engine.answer("青岛高新区申请加入的那个氨能网络，牵头单位是哪家？");
    expect(a.answer).toContain("牵头单位是大连高新区");
  });

  it("takes an amount compared, or what a zone does in the group, for no question of membership", async () => {
    for (const q of [
      "大连高新区在氨能网络平台上促成的合作项目，今年比2025年多了吗",
      "氨能网络里，佛山高新区是主要搞制氨装备的吗？",
    ]) {
      const a = await reviewed.engine.answer(q);
      expect(a.answer).not.toMatch(/^是的。[^。]*是[^。]*的成员/);
    }
  });
});
