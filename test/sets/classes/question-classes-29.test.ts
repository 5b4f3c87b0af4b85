/**
 * Classes of questions never seen, found in session 29, each over an article written for this test in new words.
 * A plan whose sentence counts its items ("将重点抓好三件事：一是…") is quoted whole however it is asked ("接下来准备
 * 怎么干"); what will happen, asked "会不会", of something an article leaves open ("目前尚无定论", "将通过公开招标
 * 确定") is not known yet, with that sentence — and a move asked of the future ("会不会搬到A去") claims nothing of where
 * the seat is now; the chair's term is the chair's own rule, not another seat's that follows it ("秘书处是否随理事长
 * 单位一并轮换"); an anniversary counted ("三周年大会") is not another year's; a change made at a meeting said as
 * "昨天" is dated the day before the article.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t29-salt", "盐湖资源综合利用产业协同创新网络召开推进会", "2026-06-20", [
    "6月18日，国家高新区盐湖资源综合利用产业协同创新网络推进会在格尔木高新区召开。网络由格尔木高新区牵头，海西、拉萨、银川等7家国家高新区参与。",
    "会议确定，今后一个时期网络将重点抓好三件事：一是共建盐湖提锂中试基地，面向成员企业开放共享；二是编制盐湖资源综合利用技术路线图；三是联合培养盐化工专业技术人才。",
    "格尔木高新区管委会副主任祁永泰表示，网络将把协同攻关放在首位。",
    "网络秘书处实行轮值制度，首个轮值年度由格尔木高新区承担秘书处工作；此后依次由西宁高新区、拉萨高新区接任。",
  ]),
  article("t29-ridge", "秦岭北麓四家国家高新区组建协同创新联盟", "2026-04-10", [
    "4月9日，秦岭北麓国家高新区协同创新联盟成立大会在宝鸡高新区举行。宝鸡高新区、杨凌示范区、渭南高新区、汉中高新区4家国家高新区共同签署联盟章程。",
    "根据章程，联盟理事长单位由成员单位按年度轮流担任，每届任期一年，首届理事长单位为宝鸡高新区。联盟秘书处设在杨凌示范区。",
    "至于秘书处今后是否随理事长单位一并轮换、办公地点是否随之调整，章程没有写明，联盟将在下次理事会上再作讨论，目前尚无定论。",
    "联盟还将设立科技成果转化基金，首期规模3亿元，基金管理人将通过公开招标确定。",
  ]),
  article("t29-ridge2", "秦岭北麓高新区联盟成立三周年大会召开 商洛高新区入盟", "2026-11-06", [
    "本报讯（记者 苗青）昨天，秦岭北麓国家高新区协同创新联盟成立三周年大会在渭南高新区召开。",
    "会上，商洛高新区经理事会审议通过，正式加入联盟，联盟成员由4家增至5家。",
  ]),
  article("t29-ridge1", "秦岭北麓高新区联盟召开成立周年大会", "2025-04-12", [
    "4月11日，秦岭北麓国家高新区协同创新联盟周年大会在汉中高新区召开，会议总结了联盟一年来的工作。",
  ]),
  article("t29-hydrogen", "九家国家高新区组建氢能产业协同创新网络", "2026-05-15", [
    "本报讯（记者 田野）5月14日，国家高新区氢能产业协同创新网络启动仪式在潍坊高新区举行。来自全国6个省（区、市）的9家国家高新区共同签署网络共建协议，国家高新区在氢能领域也有了跨区域协同的平台。",
    "该网络由潍坊高新区牵头发起。按省份看，山东1家，即牵头的潍坊高新区；河北、河南、山西各2家，分别为承德高新区和邢台高新区、安阳高新区和焦作高新区、长治高新区和晋城高新区；陕西、宁夏各1家，分别为渭南卤阳湖高新区和石嘴山高新区。",
    "记者注意到，成员单位各有所长：承德、邢台在制氢装备环节优势明显；安阳、焦作在储运环节形成集聚。",
  ]),
  article("t29-drone", "无人机产业协同创新网络在珠海成立", "2026-08-21", [
    "8月20日，国家高新区无人机产业协同创新网络成立大会在珠海高新区举行，由珠海高新区牵头，七家国家高新区共同签署合作备忘录。",
    "据介绍，网络成员按产业链环节分布：整机研发环节，有深圳高新区和成都高新区；飞控与导航环节，有西安高新区、南京高新区；行业应用与运营环节，有长沙高新区和武汉东湖高新区。加上牵头的珠海高新区，网络成员共七家。",
  ]),
  article("t29-coast", "东南沿海十家国家高新区组建海洋经济协同创新联盟", "2026-03-12", [
    "3月11日，东南沿海国家高新区海洋经济协同创新联盟成立大会在福州高新区召开，10家国家高新区共同签署联盟章程。",
    "根据章程，联盟设理事会，福州高新区为首届理事长单位，泉州高新区、漳州高新区为副理事长单位，其余7家高新区为理事单位；联盟秘书处设在福州高新区。",
    "理事长单位任期两年，期满后在成员单位中轮换产生。",
    "此外，省级高新区能否以观察员身份参与联盟活动，与会代表意见不一，此次会议未作决定。",
  ]),
  article("t29-coast2", "海洋经济联盟召开年度会议 秘书处轮转至泉州", "2026-11-20", [
    "11月19日，东南沿海国家高新区海洋经济协同创新联盟2026年度会议在泉州高新区召开。按照《联盟秘书处轮值办法》，联盟秘书处正式由福州高新区轮转至泉州高新区。",
    "根据《联盟秘书处轮值办法》，联盟秘书处每两年轮值一次，轮值单位由成员单位自愿申请、理事会审议确定。",
    "会上，福州高新区管委会副主任林若溪代表首届秘书处作工作报告。",
    "本次会议未吸纳新成员，联盟成员保持10家不变。",
    "对于此前悬而未决的省级高新区参与问题，理事会此次明确设立“观察员单位”，福建省级高新区漳浦高新区成为联盟首家观察员单位。",
    "会议审议通过了《联盟专委会工作规则》和《联盟成员单位海洋数据共享倡议》。",
    "自然资源部海洋发展战略研究所所长石海涛出席会议并讲话。",
    "石海涛在讲话中指出，联盟成立以来，共享平台逐步完善。他希望新一届秘书处推动联盟从“搭平台”向“出成果”转变。“秘书处换了地方，联盟的方向不能变。”",
    "在此基础上，联盟将探索成员间检测资源共享。支持成员单位互认海洋装备检测结果，探索建立大型仪器设备统一预约平台。支持共建海洋生物中试基地，推动中试资源互通互用。",
    "为推动联盟由交流走向协作，会议审议通过设立两个专业委员会：海洋装备专委会由福州高新区牵头，海洋生物专委会由泉州高新区牵头。",
    "“联盟将通过常态化走访、跨区域政策协同等举措，打破地域壁垒，让沿海高新区从各自为战走向抱团发展。”联盟秘书处相关负责人说。",
  ]),
  article("t29-laser", "激光产业协同创新网络实行轮值主席制", "2026-09-02", [
    "9月1日，国家高新区激光产业协同创新网络年会在武汉东湖高新区召开，网络由武汉东湖高新区牵头，深圳、苏州等8家国家高新区参与。",
    "年会审议通过了《网络轮值主席工作规则》。规则明确，武汉东湖高新区作为网络牵头单位的地位保持不变；在此基础上设立轮值主席，任期一年。",
    "首任轮值主席由武汉东湖高新区担任；会议协商确定，深圳高新区将于2027年1月接任网络轮值主席。",
    "根据理事会决议，网络秘书处届时将随轮值主席单位由武汉迁至深圳。",
  ]),
  article("t29-glass", "光伏玻璃产业协同创新网络召开理事会", "2026-10-09", [
    "10月8日，国家高新区光伏玻璃产业协同创新网络理事会在蚌埠高新区召开，网络由蚌埠高新区牵头，滁州、咸宁等6家国家高新区参与。",
    "网络设理事会，蚌埠高新区担任首届理事长单位，滁州高新区、咸宁高新区担任副理事长单位，任期均为三年。",
    "按照省份顺序，下一届理事长单位将由湖北省的成员高新区担任，但具体由咸宁、荆门两家中的哪一家承担，目前尚未确定。",
    "会上，蚌埠高新区科技局局长魏清和被确认为新一届网络秘书长。",
    "滁州高新区管委会副主任冯启元表示，滁州集聚了一批光伏组件企业，希望与成员园区的玻璃企业稳定配套，“让组件找得到玻璃，玻璃等得到订单”。",
  ]),
  article("t29-bio", "生物制造产业协同创新网络在天津启动", "2026-02-11", [
    "2月10日，国家高新区生物制造产业协同创新网络在天津滨海高新区启动，首批成员共3家：天津滨海高新区、石家庄高新区、济南高新区。",
    "深圳市科技创新局副局长顾明远表示，深圳愿意与网络成员共享合成生物平台。",
  ]),
  article("t29-bio2", "生物制造网络召开年中推进会 成员增至4家", "2026-07-20", [
    "7月18日，国家高新区生物制造产业协同创新网络年中工作推进会在济南高新区召开。会议同意深圳高新区加入网络，网络成员由3家增至4家。",
    "“加入不是简单的‘挂名’，更要‘出力’。”深圳市科技创新局副局长顾明远表示，深圳高新区将牵头组建合成生物中试联合体。",
    "作为网络枢纽，天津滨海高新区主导征集并匹配产学研合作需求，2025年全年促成产学研合作项目27个，而2024年这一数字为11个。",
    "会议发布的报告显示，2025年，网络原有3家成员高新区生物制造产业规模合计超过860亿元。",
  ]),
  article("t29-west", "西北十一家国家高新区组建协同创新联盟", "2026-06-05", [
    "6月4日，西北国家高新区协同创新联盟成立大会在银川高新区召开。",
    "联盟首批成员共十一家，按省（区）分布如下：宁夏回族自治区有银川高新区、石嘴山高新区；甘肃省有兰州高新区；青海省有西宁高新区；内蒙古自治区有包头稀土高新区、呼和浩特金山高新区、鄂尔多斯高新区；山西省有太原高新区；陕西省有杨凌农业高新技术产业示范区；新疆维吾尔自治区有乌鲁木齐高新区和昌吉高新区。",
  ]),
  article("t29-cold", "冷链装备产业协同创新网络在青岛启动", "2026-05-22", [
    "5月21日，国家高新区冷链装备产业协同创新网络启动仪式在青岛高新区举行，网络由青岛高新区牵头组建。",
    "从产业链分布看，网络成员覆盖冷链装备“制冷—仓储—运输”各个环节。上游制冷部件环节，烟台高新区、潍坊高新区在压缩机和换热器领域优势明显。仓储装备环节，郑州高新区、武汉东湖高新区集聚了一批龙头企业。冷链运输环节，则有成都高新区和南宁高新区。",
    "加上牵头单位青岛高新区，网络首批成员共7家。",
  ]),
  article("t29-ridge3", "秦岭北麓高新区联盟召开理事会 安康高新区入盟", "2026-12-01", [
    "11月30日，秦岭北麓国家高新区协同创新联盟理事会在宝鸡高新区召开，会议同时审议通过了安康高新区的入盟申请。",
    "陕南成员增至2家",
    "安康高新区此次获准入盟后，联盟在陕南的成员单位增至2家，此前陕南仅有汉中高新区1家成员单位。",
  ]),
];

describe("question classes found in session 29", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;

  it("a plan whose sentence counts its items is quoted whole, however it is asked", async () => {
    for (const q of ["盐湖资源网络接下来准备怎么干？", "盐湖资源综合利用网络今后打算做点啥"])
      await answers(q, ["共建盐湖提锂中试基地", "编制盐湖资源综合利用技术路线图", "联合培养盐化工专业技术人才"]);
  });

  it("whether something will happen, of what an article leaves open, is not known yet, with its sentence", async () => {
    for (const q of ["秦岭北麓联盟秘书处明年会不会跟着理事长单位搬到渭南去？", "秦岭北麓联盟秘书处以后会不会轮换"]) {
      const a = await grown.engine.answer(q);
      expect(a.kind, a.answer).toBe("none");
      expect(a.answer, q).toContain("目前尚无定论");
      expect(a.answer, q).not.toContain("前提");
    }
  });

  it("what is to be chosen by a tender is not known yet", async () => {
    const a = await grown.engine.answer("秦岭北麓联盟成果转化基金的管理人是哪家机构？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("基金管理人将通过公开招标确定");
  });

  it("the chair's term is the chair's own rule, not another seat's that follows it", async () => {
    for (const q of ["秦岭北麓联盟理事长单位一届干多久？", "秦岭北麓联盟理事长单位任期多长"]) {
      await answers(q, ["每届任期一年"], ["尚无定论"]);
    }
  });

  it("an anniversary counted is that year's occasion, not the first", async () => {
    await answers("秦岭北麓联盟三周年大会是哪一天开的？", ["2026年11月5日"], ["2025年4月11日"]);
    await answers("秦岭北麓联盟周年大会是在哪开的", ["汉中"], ["渭南"]);
  });

  it("members told province by province, counted, without a colon, each pair joined by 和", async () => {
    await answers("氢能产业协同创新网络有哪些成员？", [
      "潍坊",
      "承德",
      "邢台",
      "安阳",
      "焦作",
      "长治",
      "晋城",
      "渭南",
      "石嘴山",
    ]);
    await answers("氢能网络里河南的成员是哪几家", ["安阳", "焦作"], ["承德", "邢台"]);
    await answers("氢能网络河北那边有几家、分别是哪几个高新区", ["2家", "承德", "邢台"], ["安阳"]);
  });

  it("members told by their part of the chain, each part a clause with 有, the lead added after", async () => {
    await answers("无人机产业协同创新网络的成员名单", ["珠海", "深圳", "成都", "西安", "南京", "长沙", "东湖"]);
    await answers("无人机网络里做飞控与导航的是哪些高新区", ["西安", "南京"], ["深圳", "长沙"]);
  });

  it("a zone written before its seat with 为 is the chair, and a term's rule answers what comes after it", async () => {
    await answers("海洋经济联盟的理事长单位和副理事长单位分别是哪些高新区", ["福州", "泉州", "漳州"]);
    await answers(
      "海洋经济联盟的理事长单位任期几年？到期以后怎么办？",
      ["两年", "期满后在成员单位中轮换产生"],
      ["没有写"],
    );
  });

  it("how the secretariat rotates is the rule its article states", async () => {
    await answers("海洋经济联盟的秘书处是怎么轮值的？轮值单位怎么产生？", ["轮值办法：", "每两年轮值一次", "自愿申请"]);
  });

  it("who gave a report on behalf of a seat, and their post asked without 他", async () => {
    await answers("海洋经济联盟首届秘书处的工作报告是谁作的？什么职务？", ["林若溪", "管委会副主任"]);
  });

  it("a lead asked after a rotating chair was set up is the lead", async () => {
    await answers("激光网络实行轮值主席制以后，牵头单位换了吗？", ["没有变", "东湖"]);
  });

  it("the holder after a zone: the next one written, else not written", async () => {
    await answers("激光网络武汉东湖之后，轮值主席是谁", ["深圳"]);
    const a = await grown.engine.answer("深圳之后，激光网络的轮值主席轮到谁？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("没有写第3任");
  });

  it("who said it, named first, is the scene: what they said is asked, not who the head is", async () => {
    await answers("海洋经济联盟秘书处负责人说，联盟是靠哪些举措打破地域壁垒的？", ["常态化走访", "政策协同"]);
  });

  it("the groups founded in a span of months, compared by their members", async () => {
    await answers("2024年10到11月成立的那五个网络里，哪个成员最多？", ["集成电路", "16"]);
    await answers("2024年10月至11月成立的网络有哪些", ["人工智能", "纳米", "集成电路", "物联网", "光电子"]);
  });

  it("a zone given a person before their name, the title after it, is checked", async () => {
    await answers("无锡高新区的倪乾副主任是怎么评价纳米新材料网络的？", ["前提", "苏州工业园区"]);
  });

  it("zones offered to choose from for a term left open claim nothing: not known yet", async () => {
    const a = await grown.engine.answer("光伏玻璃网络下一届理事长单位到底是咸宁还是荆门来担任？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("目前尚未确定");
    expect(a.answer).not.toContain("前提");
  });

  it("a network's chair asked how long a term is", async () => {
    await answers("光伏玻璃网络的理事长单位一届干几年", ["蚌埠", "三年"]);
  });

  it("who said words quoted at the end of a sentence that opens with the speaker, and whom they speak for", async () => {
    await answers("“让组件找得到玻璃，玻璃等得到订单”这话是谁说的？他是哪个单位的？", ["冯启元", "滁州高新区"]);
  });

  it("a person confirmed as a seat's head at a meeting is that head", async () => {
    await answers("光伏玻璃网络新一届秘书长是谁", ["魏清和"]);
  });

  it("a count asked of an occasion named with its year is answered by the article that reports the occasion", async () => {
    await answers("海洋经济联盟在2026年度会议上新设了几个专委会？", ["两个专业委员会"]);
  });

  it("what a person said at the occasion the question names, with the quotation before the sentence they open", async () => {
    await answers("顾明远在生物制造网络年中推进会上是怎么表态的？", ["出力", "合成生物中试联合体"]);
  });

  it("one measure in two years, of the zone a role opens the sentence with: the difference", async () => {
    await answers("天津滨海高新区在生物制造网络里促成的产学研项目，2025年比2024年多了多少个？", ["16"]);
  });

  it("an earlier count of the members, said as such, is no wrong premise", async () => {
    const a = await grown.engine.answer("生物制造网络原来那3家成员是哪几家？");
    expect(a.answer).not.toContain("前提");
  });

  it("whether the members changed, when an article says they stayed as they were", async () => {
    await answers("海洋经济联盟开完2026年度会议，成员有没有增减？", ["没有增减", "保持10家不变"]);
  });

  it("a network's brief tells how it is run: its rotating head", async () => {
    // (In its key facts, before the passages the brief goes on with.)
    const a = await grown.engine.answer("介绍一下激光产业协同创新网络");
    expect(a.answer.split("文章中的相关报道")[0]).toContain("首任轮值主席武汉东湖高新区");
  });

  it("how something will be done: the short sentence that says it, with the sentences that spell it out", async () => {
    await answers("海洋经济联盟打算怎么推动成员间检测资源共享？", ["互认海洋装备检测结果", "中试基地"]);
  });

  it("members counted, then province by province after a colon, an autonomous region written in full", async () => {
    await answers("西北联盟有哪些成员", [
      "银川",
      "石嘴山",
      "兰州",
      "西宁",
      "呼和浩特",
      "太原",
      "杨凌",
      "乌鲁木齐",
      "昌吉",
    ]);
    await answers("西北联盟宁夏的成员是哪几家", ["银川", "石嘴山"], ["兰州"]);
  });

  it("members told one part of the chain a sentence, after the sentence that says so, the lead added after", async () => {
    await answers("冷链装备网络的成员有哪些？", ["青岛", "烟台", "潍坊", "郑州", "东湖", "成都", "南宁"]);
    await answers("冷链装备网络里做仓储装备的是哪些高新区", ["郑州", "东湖"], ["烟台", "成都"]);
  });

  it("what a person said: where they speak, not where they only attend, and the sentences their words go on in", async () => {
    await answers("石海涛在海洋经济联盟2026年度会议上说了啥", ["出成果", "方向不能变"]);
  });

  it("the secretariat after the zone that holds it now is not written; the rule is said (an order written answers)", async () => {
    await answers("盐湖资源网络秘书处格尔木之后轮到谁？", ["西宁"]);
    const a = await grown.engine.answer("泉州高新区之后，海洋经济联盟秘书处由谁接任？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("每两年轮值一次");
  });

  it("the members of the five pilot networks added up (a zone in two counted twice), and how many different zones", async () => {
    await answers("5个网络的成员数加起来一共多少家次？", ["61家次", "30家"]);
  });

  it("this year against another, asked with a verb between 多 and 几 ('多促成了几个')", async () => {
    await answers("天津滨海高新区在生物制造网络里促成的产学研项目，2025年比2024年多促成了几个？", ["16"]);
  });

  it("a part of the members counted ('陕南成员增至2家') is not the group's count: the join stands", async () => {
    await answers("安康加入以后秦岭北麓联盟一共多少家成员了？", ["6家", "安康"], ["前提"]);
  });

  it("the group founded last, told with where", async () => {
    await answers("5个网络中最后一个启动的是哪个？在哪启动的？", ["光电子", "武汉东湖"]);
  });

  it("a zone taken to be absent from the group it leads: it is a member, and its lead", async () => {
    await answers("为啥上海张江没加入集成电路网络？", ["其实", "牵头单位"]);
  });

  it("who takes a term over and when, asked '谁接，啥时候接'", async () => {
    await answers("激光网络第二任轮值主席定了没？谁接，啥时候接", ["深圳", "2027年1月"]);
  });

  it("whether the secretariat will move, when an article plans the move", async () => {
    await answers("激光网络秘书处以后会不会挪地方？挪到哪", ["迁至深圳"]);
  });

  it("a figure of the members as they were ('网络原有3家成员高新区…产业规模合计超过860亿元')", async () => {
    await answers("生物制造网络原来那3家成员2025年生物制造产业规模多大？", ["860亿元"]);
  });

  it("the documents of an alliance asked ('哪些联盟制度文件') are no list of alliances", async () => {
    await answers("海洋经济联盟年度会议上通过了哪些联盟制度文件？", ["海洋数据共享倡议"], ["文章记载的联盟有"]);
    // (No group named: the passages that name such documents, not every alliance.)
    await answers("周年会上审议通过了哪些联盟规则？", ["通过"], ["文章记载的联盟有"]);
  });

  it("whether in the end a kind of zone was let take part, said with another word for it ('参与')", async () => {
    await answers("海洋经济联盟最后有没有让省级高新区参加？", ["漳浦高新区成为联盟首家观察员单位"]);
  });

  it("a change made at a meeting said as yesterday is dated the day before the article", async () => {
    await answers("商洛高新区什么时候加入秦岭北麓联盟的？", ["2026年11月5日"], ["本报讯"]);
  });
});
