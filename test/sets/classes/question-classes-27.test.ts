/**
 * Classes of questions never seen, found in session 27, each over an article written for this test in new words.
 * A list that names some of the members ("A牵头，联合B、C、D等12家国家高新区") is never answered as all of them:
 * the count says what the article writes (12 may or may not count A, so no total is made up) and the names are
 * said to be some; the members of one province from such a list are "点名的有…", never "共2家"; two groups'
 * common members say one list is incomplete. An alliance named by its field alone after 国家高新区
 * ("沿海国家高新区数字港航联盟") is an alliance (and "由A高新区承担联盟日常联络" is none).
 * Then growth-97's (a dev set): the lead signs the founding agreement with the others ("A与B、C…等11家国家高新区共同
 * 签署《Y共建协议》"): they are the members. A named person asked what they plan ("X说轮值期间要做什么": 做什么 after
 * 要 asks a plan, not a title), who spoke and what they plan ("是谁表的态，打算和哪些…"), what a title said and then
 * "这位书记叫什么名字": the name and the words, each answered.
 * Then growth-96's (a dev set): a first term's chair said beside the second's ("首任理事长单位为A…第二任理事长单位由B
 * 担任": the second had been answered as the chair), who started it ("由A牵头发起，…共同签署联盟合作框架协议"), two
 * questions and "是同一家吗"; English questions that count "national high-tech zones" (the members, not 国家 as
 * another thing), "when it was launched", give the group's Chinese in brackets ("the Yellow River (黄河流域) …
 * alliance"), ask revenue, or name provinces ("from Henan and Shandong"). And growth-97's: a later term the article
 * leaves open ("第二任轮值主席单位将由成员单位…协商产生，目前尚未确定") is said to be open, with that sentence, not "文章只写到前1任".
 * Then blind-51's (a dev set, over the base articles): two founding days asked "分别" that are one day; what a named
 * person thinks ("有什么看法": the passages, not the lead's people); the secretariat's head ("秘书处的负责人": its
 * 秘书长, or not stated — the lead's people had been answered); "network" in English inside a Chinese question; a
 * day then a count ("几号启动的 有几家"); "有没有参加" answered "有，参加了"; a statement then a question by 它
 * ("光电子网络是上海张江牵头的，它一共有多少成员": the statement checked). (An unknown group's refusal worded as users
 * say it, "文章中没有关于“X”的记载", is guarded by blind-51's b51-131.)
 * Then growth-99's (a dev set): members told by their part of the chain ("按照产业链分工，网络成员各有侧重。在X环节，A、
 * B等高新区集聚…；在Y环节，C高新区和D高新区具备…"), taken only when they (with the lead, read later) make the count
 * ("首批共有九家国家高新区加入", "由A牵头、十二家国家高新区共同组建"), and a part asked by a piece of its label; provinces
 * each given their zones after "联盟首批成员覆盖…五省区。其中，四川省为A、B；…"; a founding "成立大会昨天在V举行"
 * after a dateline; a chair "A作为发起单位担任首届理事长单位". Joins applied for, then approved ("A、B先后于7月提交
 * 入网申请，此次理事会一并审议通过"), and listed a line each after "审议通过两家新成员入网申请，分别是："; a leave applied
 * for to the secretariat ("向网络秘书处提交了退出申请，会议研究后予以同意"); "只要现有名单，不用讲历史变化" (an
 * instruction, not a second question: the list without its history); the day a numbered later term begins ("将于
 * 2027年1月1日起接替"), not said of the first term's holder; "下一任" answered by a numbered term ("第二任…是B").
 * (After a meeting, "6月会议之后…是哪家", is now, and "当到什么时候" asks the term's end: growth-99's g99-037/039.)
 * Then blind-53's (a dev set): the members counted, then the request "IC网络那16家帮我列一下"; "啥时候成立的 有几家".
 * And growth-96/97's: a change asked of another thing ("联合实验室从多少个增加到了多少个", "扩容后物联网企业多少家") is
 * its figure, not the members' history (guarded by growth-97's g97-053 and growth-96's g96-053); "直接列名单就行，不用讲变动过程"
 * is the list alone. What a secretariat did ("秘书处这次修订了哪两个文件": the passages, not its seat); where a
 * meeting "will … hold" in English (not recorded yet).
 * Then growth-98's (the final, fixed after it was scored): a lead that brings others counted after a description
 * ("A牵头，联合在…领域具有产业布局的9家国家高新区，共同组建这一网络": A leads, 10 members); members by their part with the
 * count in the opening and parts that name their zones first ("十家成员单位各有所长：…；合肥高新区、成都高新区则在…方面
 * 优势突出；济南、青岛、烟台三家高新区分别在…"); a later term that begins later ("第二任…，任期为2028年至2029年，届时将
 * 从A手中接棒") is not who holds the seat now; a short name in brackets ("（以下简称“黔桂高新区联盟”）") is the same group
 * (it had made a second group, and nothing after it was read); provinces said "贵州省的成员单位有…4家；广西则有…5家国家
 * 高新区加入"; a chair by year ("按年度轮值：2026年由A担任，2027年由B接任"). And growth-96's: whether something was
 * decided ("最后决定让…加入了吗"), when the article says "目前暂未形成决定": not yet, with that sentence. And blind-51's:
 * zones picked out in an industry named by its field ("哪些高新区在集成电路材料、设备领域竞争力比较突出") are the
 * passages' answer, not the IC network's whole list (a wrong answer).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t27-grid", "国家高新区智能电网装备产业协同创新网络在许昌启动", "2026-03-12", [
    "3月10日，国家高新区智能电网装备产业协同创新网络启动大会在许昌高新区召开。许昌高新区牵头，联合南京、保定、西安等12家国家高新区，共同组建该网络。",
    "网络秘书处设在许昌高新区。",
  ]),
  article("t27-boat", "国家高新区智能船舶产业协同创新网络在舟山启动", "2026-05-20", [
    "5月18日，国家高新区智能船舶产业协同创新网络启动大会在舟山高新区召开。这一网络由舟山高新区牵头、五家国家高新区共同组建。",
    "会上，舟山高新区与镇江、泰州、南通、湛江等4家国家高新区共同签署《国家高新区智能船舶产业协同创新网络共建协议》。",
    "根据共建协议，首任轮值主席单位由舟山高新区担任，任期两年。",
    "网络成员单位共建的联合实验室由2025年的12个增加到20个。",
    "记者注意到，共建协议对第二任轮值主席单位未作约定。网络秘书处相关负责人表示，第二任轮值主席单位将由成员单位在首任任期届满前协商产生，目前尚未确定。",
  ]),
  article("t27-talk", "国家高新区智能船舶产业协同创新网络召开首次理事会", "2026-08-20", [
    "8月18日，国家高新区智能船舶产业协同创新网络首次理事会在镇江高新区召开。",
    "镇江高新区管委会副主任祁晓峰表示，轮值期间将重点推动成员单位在船用动力电池、智能航行系统等方向开展联合攻关。",
    "“把各家的长板拼起来，才能造出一条好船。”泰州高新区党工委书记葛明远在会上说。",
    "南通高新区管委会副主任潘立群表示，南通将与泰州、镇江等成员加强配套对接。",
  ]),
  article("t27-river", "沿江国家高新区港口物流联盟在武汉成立", "2026-04-21", [
    "4月20日，沿江国家高新区港口物流联盟成立大会在武汉东湖高新区召开。在工业和信息化部火炬中心指导下，由宜昌高新区牵头发起，沿江4省六家国家高新区共同签署联盟合作框架协议。",
    "联盟首批成员共6家：武汉东湖高新区、宜昌高新区、芜湖高新区、九江高新区、岳阳高新区、泸州高新区。",
    "联盟理事会由全体成员单位组成，理事长单位实行轮值，每届任期两年。首任理事长单位为武汉东湖高新区，宜昌高新区、芜湖高新区为副理事长单位。",
    "经成员单位协商一致，第二任理事长单位由芜湖高新区担任。",
    "2025年，6家成员高新区合计实现营业收入约2.1万亿元。",
    "联盟秘书处设在宜昌高新区，秘书长由宜昌高新区科技局局长韦长青担任。",
    "关于是否吸纳省级高新区以观察员身份参与联盟活动，大会决定由秘书处开展专题调研后再作研究，目前暂未形成决定。",
  ]),
  article("t27-river2", "沿江港口物流联盟吸纳新成员", "2026-10-12", [
    "10月10日，沿江国家高新区港口物流联盟理事会在芜湖高新区召开。会议审议通过安庆高新区加入联盟的申请；同时，根据泸州高新区提出的申请，同意其退出联盟。调整后，联盟成员仍为6家。",
  ]),
  article("t27-chain", "九家国家高新区携手 氢燃料电池产业协同创新网络在佛山启动", "2026-03-27", [
    "本报讯（记者 陈立）3月26日，国家高新区氢燃料电池产业协同创新网络启动大会在佛山高新区举行。该网络由佛山高新区牵头，首批共有九家国家高新区加入。",
    "按照产业链分工，网络成员各有侧重。在电堆与膜电极环节，张家港、嘉兴、武汉东湖等高新区集聚了一批骨干企业；在储氢与加注装备环节，大连高新区和潍坊高新区具备较强的制造能力；在整车与应用场景方面，郑州、洛阳和成都高新区将率先开放一批示范线路。",
    "数据显示，九家成员高新区2025年氢能相关产业营业收入约900亿元。",
  ]),
  article("t27-west", "沿江五省区七家国家高新区组建协同发展联盟", "2026-05-13", [
    "科技日报重庆5月13日电（记者 何川）记者从重庆高新区获悉，长江上游国家高新区协同发展联盟成立大会昨天在重庆高新区举行。沿江五省区的七家国家高新区共同签署联盟章程。",
    "联盟首批成员覆盖四川、重庆、贵州、云南、西藏五省区。其中，四川省为成都高新区、绵阳高新区；重庆市为重庆高新区、璧山高新区；贵州省为贵阳高新区；云南省为昆明高新区；西藏自治区为拉萨高新区。",
    "根据联盟章程，重庆高新区作为发起单位担任首届理事长单位，任期两年；成都高新区担任副理事长单位。",
  ]),
  article("t27-chain2", "氢燃料电池网络第二次理事会召开 三家高新区入网", "2026-09-18", [
    "9月16日，国家高新区氢燃料电池产业协同创新网络第二次理事会在张家港高新区召开。",
    "此后，株洲高新区、襄阳高新区先后于7月提交入网申请，此次理事会一并审议通过。",
    "同时，洛阳高新区因产业发展重心调整，向网络秘书处提交了退出申请，会议研究后予以同意。调整后，网络成员单位共十家。",
    "经理事会选举，嘉兴高新区当选网络第二任轮值主席单位，将于2027年1月1日起接替首任轮值主席单位佛山高新区，任期一年。",
  ]),
  article("t27-chain3", "氢燃料电池网络吸纳新成员", "2026-11-20", [
    "11月18日，国家高新区氢燃料电池产业协同创新网络2026年度工作会议在嘉兴召开。",
    "会议审议通过两家新成员入网申请，分别是：",
    "1. 宁波高新区；",
    "2. 绍兴高新区。",
    "调整后，网络成员单位共十二家。",
  ]),
  article("t27-sky", "十家国家高新区携手组建遥感产业协同创新网络", "2026-03-27", [
    "本报长沙3月26日电（记者 李明）3月26日，国家高新区卫星遥感产业协同创新网络启动大会在长沙高新区举行。长沙高新区牵头，联合在卫星遥感领域具有产业布局的9家国家高新区，共同组建这一网络。",
    "从产业链分布看，十家成员单位各有所长：在卫星研制领域，长沙、武汉东湖两家高新区集聚了一批整星企业；在地面站建设领域，洛阳高新区和西安高新区布局了测控设施；合肥高新区、成都高新区、绵阳高新区则在遥感数据处理方面优势突出；济南、青岛、烟台三家高新区分别在海洋遥感、农业遥感和应急遥感方面各具特色。",
    "网络实行轮值主席制度，首任轮值主席单位由牵头单位长沙高新区担任，任期为2026年至2027年。",
    "会议确定，武汉东湖高新区为网络第二任轮值主席单位，任期为2028年至2029年，届时将从首任轮值主席单位长沙高新区手中接棒。",
  ]),
  article("t27-two", "黔桂两地9家国家高新区组建联盟", "2026-04-17", [
    "本报讯（记者 韦宁）昨天，黔桂国家高新区协同创新联盟（以下简称“黔桂高新区联盟”）成立大会在贵阳高新区举行。两地9家国家高新区共同签署联盟合作协议。",
    "联盟由贵阳高新区、南宁高新区共同发起。从地域看，贵州省的成员单位有贵阳高新区、安顺高新区、遵义高新区和六盘水高新区4家；广西则有南宁、柳州、桂林、北海、百色5家国家高新区加入。",
    "根据联盟章程，理事长单位由贵阳高新区、南宁高新区按年度轮值：2026年由贵阳高新区担任，2027年由南宁高新区接任。联盟秘书处常设在南宁高新区。",
  ]),
  article("t27-glass", "国家高新区光伏玻璃产业协同创新网络启动", "2026-06-12", [
    "6月10日，国家高新区光伏玻璃产业协同创新网络启动大会在蚌埠高新区举行，首批共有五家国家高新区加入。",
    "按照产业链分工，网络成员各有侧重。在原片制造环节，芜湖高新区和滁州高新区具备较强的制造能力；在深加工环节，嘉兴高新区和湖州高新区集聚了一批骨干企业。",
  ]),
  article("t27-port", "沿海国家高新区数字港航联盟在宁波成立", "2026-07-10", [
    "7月9日，沿海国家高新区数字港航联盟在宁波成立。首批成员包括宁波、厦门火炬、湛江、北海等9家国家高新区。联盟理事长单位为宁波高新区。",
    "联盟秘书处由宁波高新区承担联盟日常联络工作。",
  ]),
];

describe("a list that names some of the members", () => {
  const t = grownEngine(ARTICLES);

  it("answers the count as the article writes it, with the named members said to be some", async () => {
    await t.answers("智能电网装备网络一共几家高新区？", ["12家", "许昌高新区", "保定高新区"], ["共有4家", "共4家"]);
  });

  it("says a province's members from such a list are the named ones only", async () => {
    await t.answers("江苏有哪些高新区加入了智能电网装备网络？", ["南京高新区", "点名"], ["共1家"]);
  });

  it("says the common members of two groups rest on an incomplete list", async () => {
    await t.answers("智能电网装备网络和集成电路网络都有的成员", ["南京高新区", "名单不完整"]);
  });
});

describe("a lead that signs the founding agreement with the others", () => {
  const t = grownEngine(ARTICLES);

  it("makes the member list: the lead and the zones it signs with", async () => {
    await t.answers("智能船舶网络有哪些成员", ["共有5家", "舟山高新区", "镇江高新区", "湛江高新区"], ["一部分"]);
  });
});

describe("a person asked who and what they said, in one message", () => {
  const t = grownEngine(ARTICLES);

  it("gives the title and the plan asked of a named person ('他说…要做什么')", async () => {
    await t.answers("祁晓峰是哪里的官员，他说轮值期间要做什么？", ["镇江高新区管委会副主任", "智能航行系统"]);
    await t.answers("祁晓峰说轮值期间要做什么？", ["智能航行系统"]);
  });

  it("still reads 'X是干什么的' as the title", async () => {
    await t.answers("祁晓峰是干什么的", ["镇江高新区管委会副主任"]);
  });

  it("names the one who spoke and what they plan, asked '是谁表的态，打算…'", async () => {
    await t.answers("南通高新区在理事会上是谁表的态，打算和哪些成员加强对接？", ["潘立群", "泰州"]);
  });

  it("gives what a title said and the name asked after it ('这位书记叫什么名字')", async () => {
    await t.answers("泰州高新区党工委书记在理事会上是怎么说的？这位书记叫什么名字？", ["葛明远", "长板"]);
  });
});

describe("a first term's chair and a later term's, and who started it", () => {
  const t = grownEngine(ARTICLES);

  it("reads the first term's chair beside the second's ('第二任理事长单位由B担任' is not the chair yet)", async () => {
    await t.answers("港口物流联盟首任理事长单位是哪个？", ["武汉东湖高新区"]);
  });

  it("reads who started it ('由A牵头发起，…共同签署') and answers two parts and 'are they the same'", async () => {
    await t.answers("港口物流联盟是由哪家高新区牵头发起的？", ["宜昌高新区"]);
    await t.answers("港口物流联盟是谁牵头发起的？首任理事长单位又是哪家？是同一家吗", ["宜昌高新区", "武汉东湖高新区"]);
  });
});

describe("English questions that give the Chinese or a province", () => {
  const t = grownEngine(ARTICLES);

  it("counts 'national high-tech zones' as the members, at the founding when asked so", async () => {
    await t.answers(
      "How many national high-tech zones were in the port logistics (港口物流) alliance when it was launched?",
      ["成立时共6家", "泸州高新区"],
    );
  });

  it("reads the group from the Chinese in brackets, and revenue as 营业收入", async () => {
    await t.answers("What was the combined 2025 operating revenue of the river port (港口物流) alliance members?", [
      "2.1万亿元",
    ]);
  });

  it("reads provinces named in English", async () => {
    await t.answers(
      "Which zones from Hubei and Anhui are in the port logistics (港口物流) alliance?",
      ["武汉东湖高新区", "宜昌高新区", "芜湖高新区"],
      ["九江高新区", "岳阳高新区"],
    );
  });
});

describe("a later term the article leaves open", () => {
  const t = grownEngine(ARTICLES);

  it("says the second term is not decided yet, quoting the sentence that says so", async () => {
    const a = await t.engine.answer("舟山之后，智能船舶网络的第二任轮值主席单位是谁？");
    expect(a.answer).toContain("目前尚未确定");
    expect(a.citations[0]?.quote).toContain("协商产生");
  });
});

describe("blind-51's classes, over the base articles", () => {
  const t = grownEngine(ARTICLES);

  it("says two groups founded on one day were founded the same day, asked '分别是哪天'", async () => {
    await t.answers("长三角国家高新区联盟和淮河联盟分别是哪天成立的？", ["2024年9月8日", "同一天"]);
  });

  it("gives what a named person thinks of a group, not the lead's people ('翟金国…有什么看法')", async () => {
    await t.answers("上海市科委的翟金国对集成电路网络有什么看法？", ["引领力"]);
  });

  it("does not answer the secretariat's head with the lead's people", async () => {
    const a = await t.engine.answer("物联网网络秘书处的负责人叫什么名字？");
    expect(a.kind).toBe("none");
    expect(a.answer).not.toContain("顾国栋");
  });

  it("names the secretariat's head when an article does ('秘书长由…担任')", async () => {
    await t.answers("港口物流联盟秘书处的负责人是谁", ["韦长青"]);
  });

  it("reads 'network' said in English inside a Chinese question", async () => {
    await t.answers("wuxi高新区牵头的那个network有几家成员", ["12家"]);
  });

  it("answers a day and then a count asked of one group ('几号启动的 有几家')", async () => {
    await t.answers("东湖牵头那个网络几号启动的 有几家", ["11月19日", "13家"]);
  });

  it("answers '有没有参加' in the question's verb", async () => {
    await t.answers("西安有没有参加物联网网络？", ["有，参加了"]);
    await t.answers("成都有没有加入物联网网络", ["没有加入"]);
  });

  it("checks a statement made before a question about it by 它", async () => {
    await t.answers("光电子网络是上海张江牵头的，它一共有多少成员？", ["不是", "武汉东湖高新区", "13家"]);
  });
});

describe("growth-99's member lists and founding", () => {
  const t = grownEngine(ARTICLES);

  it("reads members told by their part of the chain, when they and the lead make the count", async () => {
    await t.answers(
      "氢燃料电池网络启动时有哪些成员？",
      ["成立时共9家", "佛山高新区", "张家港高新区", "潍坊高新区", "洛阳高新区", "成都高新区"],
      ["一部分"],
    );
  });

  it("answers a part of the chain asked by a piece of its label ('负责储氢这一块的')", async () => {
    await t.answers("氢燃料电池网络里负责储氢与加注装备这一块的是哪几家", ["大连高新区", "潍坊高新区"], ["张家港"]);
  });

  it("reads provinces each given their zones after '其中' ('四川省为A、B；…')", async () => {
    await t.answers("长江上游联盟有哪些成员", ["共有7家", "拉萨高新区", "璧山高新区"]);
  });

  it("dates a founding said '成立大会昨天在V举行' after a dateline, and a chair '作为发起单位担任首届理事长单位'", async () => {
    await t.answers("长江上游联盟是哪天成立的", ["2026年5月12日"]);
    await t.answers("长江上游联盟首届理事长单位是谁", ["重庆高新区"]);
  });
});

describe("growth-99's changes and seats", () => {
  const t = grownEngine(ARTICLES);

  it("reads joins applied for and approved, listed after a colon a line each, and a leave applied to the secretariat", async () => {
    await t.answers(
      "氢燃料电池网络现在有哪些成员？只要现有名单，不用讲历史变化。",
      ["共有12家", "株洲高新区", "襄阳高新区", "宁波高新区", "绍兴高新区"],
      ["洛阳", "成立时"],
    );
    await t.answers("有没有高新区退出了氢燃料电池网络？是哪家", ["洛阳高新区"]);
  });

  it("tells the day a later term begins, and not of the first term's holder", async () => {
    await t.answers("嘉兴高新区从哪天开始当氢燃料电池网络的轮值主席？", ["2027年1月1日"]);
    const a = await t.engine.answer("嘉兴高新区从哪天开始当氢燃料电池网络的轮值主席？");
    expect(a.answer).not.toMatch(/佛山高新区（于2027年1月1日/);
    await t.answers("氢燃料电池网络下一任轮值主席是谁", ["嘉兴高新区"]);
  });
});

describe("blind-53's classes, over the base articles", () => {
  const t = grownEngine(ARTICLES);

  it("lists the members asked 'X那16家帮我列一下'", async () => {
    await t.answers("IC网络那16家帮我列一下", ["共有16家", "绍兴高新区", "厦门火炬高新区"]);
  });

  it("answers '啥时候成立的 有几家' as two questions", async () => {
    await t.answers("京津冀联盟啥时候成立的 有几家？？？", ["2023年11月29日", "9家"]);
  });
});

describe("a change asked of another thing than the members, and the list alone", () => {
  const t = grownEngine(ARTICLES);

  it("answers a figure's change ('从多少个增加到了多少个') with the figure, not the members' history", async () => {
    await t.answers("智能船舶网络的联合实验室从多少个增加到了多少个？", ["12个", "20个"], ["成立时"]);
  });

  it("answers the list alone when asked so after a change ('直接列名单就行，不用讲变动过程')", async () => {
    await t.answers(
      "氢燃料电池网络调整完以后，现在的成员名单是啥？直接列名单就行，不用讲变动过程。",
      ["宁波高新区", "株洲高新区"],
      ["洛阳", "退出"],
    );
  });
});

describe("what a secretariat did, and a meeting asked in English before it is held", () => {
  const t = grownEngine(ARTICLES);

  it("answers what the secretariat revised from the passages, not where it sits", async () => {
    await t.answers("淮河联盟秘书处这次修订了哪两个文件？", ["轮值制度"]);
  });

  it("says an English question about where a meeting will be held asks what the articles do not record", async () => {
    const a = await t.engine.answer("Where will the port logistics (港口物流) alliance hold its first annual meeting?");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("没有提到");
  });
});

describe("growth-98's groups (the final's misses, fixed after it was scored)", () => {
  const t = grownEngine(ARTICLES);

  it("reads a lead that brings others counted after a description, and the members by their part", async () => {
    await t.answers("卫星遥感网络是哪家高新区牵头的？", ["长沙高新区"]);
    await t.answers("卫星遥感网络有哪些成员", ["共有10家", "烟台高新区", "绵阳高新区", "洛阳高新区"], ["一部分"]);
  });

  it("keeps a later term that begins later out of who holds the seat now", async () => {
    await t.answers("卫星遥感网络现在谁是轮值主席？", ["长沙高新区"], ["武汉东湖"]);
    await t.answers("卫星遥感网络第二任轮值主席是谁", ["武汉东湖高新区"]);
    const a = await t.engine.answer("卫星遥感网络武汉东湖之后的第三任轮值主席是谁？");
    expect(a.answer).not.toMatch(/第三任[^。]*是武汉东湖|^[^。]*第二任轮值主席单位是武汉东湖高新区。$/);
  });

  it("reads a group's short name given in brackets as the same group, with all it says", async () => {
    await t.answers("黔桂高新区联盟有几家成员", ["9家", "六盘水高新区", "百色高新区"]);
    await t.answers("黔桂高新区联盟是谁发起的", ["贵阳高新区", "南宁高新区"]);
    await t.answers("黔桂联盟秘书处设在哪里", ["南宁高新区"]);
  });

  it("reads a chair that rotates by year ('按年度轮值：2026年由A担任，2027年由B接任')", async () => {
    await t.answers("黔桂联盟2026年的理事长单位是谁？", ["贵阳高新区"]);
    await t.answers("黔桂联盟2027年的理事长单位是谁？", ["南宁高新区"]);
  });
});

describe("whether something was decided, when the article says it is not yet", () => {
  const t = grownEngine(ARTICLES);

  it("says it is not decided, quoting the sentence ('目前暂未形成决定')", async () => {
    const a = await t.engine.answer("港口物流联盟最后决定让省级高新区作为观察员加入了吗？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("目前尚未确定");
    expect(a.citations[0]?.quote).toContain("暂未形成决定");
  });
});

describe("zones picked out in an industry named by its field, not as the group", () => {
  const t = grownEngine(ARTICLES);

  it("are the passages' answer, not the group's whole member list", async () => {
    const a = await t.engine.answer("哪些高新区在集成电路材料、设备领域竞争力比较突出？");
    expect(a.answer).not.toContain("共有16家");
    expect(a.answer).toContain("材料、设备领域竞争力突出");
  });
});

describe("members by their part that leave one out, with no lead read", () => {
  const t = grownEngine(ARTICLES);

  it("are some of the members, never all of them", async () => {
    const a = await t.engine.answer("光伏玻璃网络有哪些成员");
    expect(a.answer).not.toContain("共有4家");
    expect(a.answer).toContain("一部分");
  });
});

describe("an alliance named by its field alone", () => {
  const t = grownEngine(ARTICLES);

  it("is an alliance, with its members and its chair", async () => {
    await t.answers("数字港航联盟有几家成员", ["9家", "宁波高新区", "北海高新区"]);
    await t.answers("数字港航联盟的理事长单位是谁", ["宁波高新区"]);
  });

  it("is not made of a zone and a verb", async () => {
    const a = await t.engine.answer("宁波高新区承担联盟有哪些成员");
    expect(a.answer).not.toContain("宁波高新区承担联盟的成员");
  });
});
