/**
 * Classes of questions never seen, found in session 30, each over an article written for this test in new words.
 * A count of something else than the members ("检测平台开通时是N个，现在有多少个", "互认试点扩大到几家") is that
 * thing's, not the group's; a "年度会议" is the year's 年会, not a council meeting of that year; "哪几件事" asks the
 * items of a plan; "有没有老成员退出" is answered "没有" when every list is whole and none left; a figure asked the
 * wrong way round ("同比下降了") or with two counts swapped is corrected from the quote; a document named without 《》
 * is answered by the sentence that names it; "抓龙头" is no lead asked; a paragraph opened by a short heading of
 * its own answers what that heading says; members listed province by province, some counted and some not, are read
 * whole (not only the counted ones).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t30-kiln", "陶瓷新材料产业协同创新网络在景德镇成立", "2026-03-20", [
    "3月19日，国家高新区陶瓷新材料产业协同创新网络启动会在景德镇高新区举行。该网络由景德镇高新区牵头，淄博高新区、佛山高新区、唐山高新区、邯郸高新区、萍乡高新区、宜春高新区、醴陵高新区共同参与，首批成员共8家。",
    "启动会上，网络发布首批开放检测平台清单，共26个检测平台向成员企业开放。",
    "按照网络工作规则，景德镇高新区担任首届轮值主席单位，任期两年。",
    "启动会上，工业和信息化部火炬中心相关负责人向景德镇高新区授予网络轮值主席单位牌匾。来自成员单位的代表约200人见证景德镇高新区接任轮值主席单位。",
    "景德镇高新区管委会副主任江雨桐表示：“景德镇是千年瓷都，接任轮值主席单位，我们将把网络的平台优势和瓷都的工艺底蕴结合起来。”",
    "据介绍，景德镇高新区任期内将重点办好三件事：一是编制陶瓷新材料产业图谱；二是共建窑炉节能中试线；三是联合举办陶瓷设计大赛。",
    "会议同时确定，网络每年召开一次年度会议，2026年度会议的举办时间和地点尚未确定，将由理事会另行研究。",
  ]),
  article("t30-kiln2", "陶瓷新材料网络召开2026年理事会议 成员增至10家", "2026-10-16", [
    "10月15日，国家高新区陶瓷新材料产业协同创新网络2026年理事会议在淄博高新区召开。",
    "会议审议通过宜兴高新区、潮州高新区2家国家高新区的入网申请，网络成员由8家增加到10家，原有成员单位全部保留。",
    "据网络秘书处介绍，半年来，开放检测平台由首批26个增加到41个；检测结果互认试点由景德镇、淄博2家高新区扩大到6家。",
  ]),
  article("t30-harbor", "港口物流协同数据发布", "2026-02-10", [
    "数据显示，2025年沿江港口物流协同平台撮合货运订单1.8万单，同比增长9.6%。",
    "仅2025年，平台就组织18场供需对接活动，开展64场航运、金融、人才等专题对接，促成31个合作项目落地。",
  ]),
  article("t30-plan", "芜湖高新区发布低空经济三年行动方案", "2026-05-08", [
    "5月7日，芜湖高新区发布芜湖低空经济高质量发展三年行动方案，提出建设低空飞行服务中心，推进实施十大工程，力争到2028年低空经济产业规模突破500亿元。",
    "芜湖高新区管委会副主任秦晓川表示，高新区将把低空经济作为未来产业的主攻方向。",
    "据悉，芜湖高新区2025年低空经济相关企业营业收入约120亿元。",
  ]),
  article("t30-hefei", "合肥高新区打造集成电路产业集群", "2026-07-02", [
    "合肥高新区把集成电路作为主导产业之一，是国家高新区集成电路产业协同创新网络成员。",
    "链主企业引领有力。合肥高新区围绕集成电路产业链，一方面坚持“强链补链”，另一方面以龙头企业带动配套企业集聚，引进了一批晶圆制造项目。",
    "成果转化见实效。合肥高新区联合中国科大等高校院所开展联合攻关，诞生了国内首条晶圆级封装中试线，攻破光刻胶配套材料关键核心技术问题。",
    "此外，合肥高新区企业参与了国家高新区集成电路产业协同创新网络的多项联合攻关。",
  ]),
  article("t30-tea", "十家国家高新区组建茶叶产业协同创新网络", "2026-04-18", [
    "4月17日，国家高新区茶叶产业协同创新网络启动大会在安顺高新区举行。该网络由安顺高新区牵头，10家在茶叶产业领域具有基础的国家高新区共同发起成立。",
    "记者从会上获悉，网络成员按省份分布如下：贵州有安顺、遵义、铜仁3家，福建有泉州，浙江有湖州、衢州2家，云南有楚雄，湖南有益阳、常德2家，四川有乐山。",
    "10家成员高新区2025年茶叶产业综合产值合计约860亿元。",
  ]),
  article("t30-pearl", "珠江口高新区联盟秘书处移交江门 2026年年会时间待定", "2026-06-20", [
    "6月18日，珠江口国家高新区协同创新联盟2026年常务理事会议在江门高新区召开。会议依据今年3月联盟周年会议通过的《秘书处轮值办法》，完成了联盟成立以来的首次秘书处轮值交接：自2025年3月联盟成立起一直设在中山火炬高新区的联盟秘书处，正式移交江门高新区。",
    "据介绍，联盟常务理事单位由中山火炬、江门、珠海、佛山、肇庆5家高新区组成。",
    "“交棒不是退场，中山火炬高新区将继续参与联盟工作。”中山火炬高新区管委会副主任罗海平说。",
    "需要说明的是，2026年联盟年会的举办时间和承办高新区目前尚未确定，将由新一届秘书处征求意见后另行研究。",
  ]),
  article("t30-pearl0", "五家高新区组建珠江口国家高新区协同创新联盟", "2025-03-12", [
    "3月11日，珠江口国家高新区协同创新联盟在中山火炬高新区成立，中山火炬、江门、珠海、佛山、肇庆5家国家高新区共同发起。联盟秘书处设在中山火炬高新区。",
  ]),
  article("t30-pearl1", "珠江口高新区联盟召开成立周年会议", "2026-03-15", [
    "3月14日，珠江口国家高新区协同创新联盟成立周年会议在珠海高新区召开。",
  ]),
  article("t30-drone2", "无人机网络召开理事会 成都接任2027年度轮值主席", "2026-09-10", [
    "9月9日，国家高新区无人机产业协同创新网络理事会会议在长沙高新区召开。",
    "成都接任2027年度轮值主席",
    "会议确定，成都高新区担任2027年度轮值主席单位，自2027年1月起接替珠海高新区。",
    "轮值主席单位珠海高新区管委会副主任龙晓峰介绍了网络一年来的工作。",
    "至于成都之后由哪家高新区接任，目前尚无人选。",
  ]),
  article("t30-drone", "无人机产业协同创新网络在珠海成立", "2025-08-21", [
    "8月20日，国家高新区无人机产业协同创新网络成立大会在珠海高新区举行，由珠海高新区牵头，珠海、深圳、成都、西安、长沙5家国家高新区共同签署合作备忘录。网络首任轮值主席单位为珠海高新区。",
    "2025年，网络平台促成产学研合作项目12个，今年已完成15个。",
  ]),
  article("t30-park", "光谷科学城科研园区建设提速", "2026-02-02", [
    "中科院武汉分院院长程远航介绍，光谷科学城科研园区今年下半年将建成投入使用。",
  ]),
  article("t30-river", "汉江流域国家高新区协同创新联盟在襄阳成立", "2026-05-12", [
    "5月11日，汉江流域国家高新区协同创新联盟成立大会在襄阳高新区举行。襄阳高新区牵头，联合十堰、汉中、安康、南阳、孝感等高新区共同发起成立该联盟。",
    "会上，六家成员高新区共同签署《汉江流域国家高新区协同创新联盟章程》。",
    "会上还成立了首批2个产业链协作组：汽车零部件协作组由十堰高新区牵头，绿色食品协作组由安康高新区牵头。",
    "“汉江串起的不只是水运，更是创新链。”工业和信息化部火炬中心副主任黎远山在会上表示，联盟要让上游的资源和下游的研发真正咬合起来。",
    "汉中高新区管委会副主任苏文博介绍，汉中将在联盟内牵头共建航空零部件检测平台，面向成员企业开放。",
    "与部分联盟不同，该联盟暂不设轮值理事长，重大事项由全体成员会议集体决策。",
  ]),
  article("t30-river2", "汉江联盟秘书处移交十堰", "2026-11-20", [
    "11月19日，汉江流域国家高新区协同创新联盟2026年理事会议在十堰高新区召开。",
    "在交接仪式上，襄阳高新区党工委副书记韩立波将联盟秘书处印章和工作档案移交给十堰高新区党工委书记邵青山。",
    "十堰高新区接棒后将承担第二届秘书处工作，任期两年。",
    "至于第三届秘书处由哪家成员单位承接，会议明确将在2028年联盟年会上协商确定。",
    "十堰高新区管委会主任易思成表示，秘书处到了十堰，工作重心要落到项目上。",
  ]),
  article("t30-hydro", "国家高新区氢能产业协同创新网络在佛山启动", "2026-03-16", [
    "3月13日，国家高新区氢能产业协同创新网络启动大会在佛山高新区召开。佛山高新区牵头，联合青岛、西安等国家高新区共同发起成立该网络，首批成员单位共十家。",
    "按产业链环节划分，网络成员覆盖氢能“制—储—运—用”全链条。",
    "上游制氢环节，有青岛、西安、合肥3家高新区，分别在风电制氢、焦炉煤气制氢方面具有优势。",
    "中游储运与装备环节，集聚了佛山、杭州、南京3家高新区，储氢瓶、加氢站装备产量位居全国前列。",
    "下游应用环节，则由长春、成都、武汉东湖、郑州4家高新区承担，重点布局燃料电池汽车示范。",
  ]),
  article("t30-hydro2", "氢能网络召开2027年年会 成员调整为十一家", "2027-03-20", [
    "3月19日，国家高新区氢能产业协同创新网络2027年年会在杭州高新区举行。会上，佛山高新区将轮值主席单位交接给杭州高新区；淄博、宁东2家高新区加入网络，合肥高新区因工作重心调整退出网络。调整后，网络成员单位增至十一家。",
  ]),
  article("t30-glass", "国家高新区玻璃新材料产业协同创新网络在蚌埠启动", "2026-04-10", [
    "4月9日，国家高新区玻璃新材料产业协同创新网络启动大会在蚌埠高新区召开。蚌埠高新区、洛阳高新区、成都高新区、秦皇岛高新区4家国家高新区共同发起成立该网络。",
    "网络实行轮值主席制度，每届任期一年，蚌埠高新区担任首届轮值主席单位。",
    "网络设立专家委员会，主任委员人选将在首次专家委员会全体会议上推选产生。",
    "网络还提出设立玻璃新材料协同创新基金，基金规模仍在研究。",
    "网络还计划在海外设立协同创新中心，但具体选址和数量，会议没有明确。",
  ]),
  article("t30-ink", "国家高新区印刷电子产业协同创新网络在潍坊启动", "2026-05-20", [
    "5月19日，国家高新区印刷电子产业协同创新网络启动大会在潍坊高新区召开。由潍坊高新区牵头，八家在印刷电子领域具有产业布局的国家高新区共同发起成立该网络。",
    "从产业链分布看，八家成员高新区各有所长。在上游材料环节，宁波高新区依托电子浆料形成了产业集群，常州高新区在导电油墨领域集聚了一批企业。在器件制造环节，潍坊高新区、苏州高新区和无锡高新区已形成完整链条。在应用端，青岛高新区重点布局柔性显示，成都、西安两家高新区则在可穿戴设备方面各具特色。",
  ]),
  article("t30-glass2", "玻璃新材料网络召开2027年年会 轮值主席交至洛阳", "2027-04-12", [
    "4月11日，国家高新区玻璃新材料产业协同创新网络2027年年会在洛阳高新区举行。会上，网络轮值主席单位由蚌埠高新区移交至洛阳高新区。",
    "专家委员会于2026年6月召开首次全体会议，推选中国建筑材料科学研究总院研究员薛宁远为主任委员。",
    "备受关注的协同创新基金也有了进展。基金首期2亿元已于2026年11月完成设立。",
    "记者了解到，下一届轮值主席单位将在2028年年会上协商产生，但具体人选尚未确定。",
  ]),
];

describe("question classes (session 30)", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;
  const answer = (q: string) => grown.engine.answer(q);

  it("a count of something else than the members, asked with its old value ('开通时是26个，现在有多少个')", async () => {
    await answers("陶瓷网络的开放检测平台开通时是26个，现在有多少个了？", ["41"]);
  });

  it("a pilot's scope asked ('互认试点现在扩大到几家') is the pilot's, not the members", async () => {
    const a = await answer("陶瓷新材料网络的检测结果互认试点现在扩大到几家了");
    expect(a.answer).toContain("6家");
    expect(a.answer).not.toContain("现有成员");
  });

  it("a 年度会议 left open is not a council meeting of that year", async () => {
    const a = await answer("陶瓷新材料网络2026年度会议在哪开、什么时候开？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("尚未确定");
    expect(a.answer).not.toContain("淄博");
  });

  it("'哪几件事' asks the items of a plan", async () => {
    const a = await answer("景德镇高新区当陶瓷网络轮值主席期间准备干哪几件事？");
    expect(a.citations[0]?.quote).toContain("三件事");
    for (const item of ["产业图谱", "中试线", "设计大赛"]) expect(a.answer).toContain(item);
  });

  it("whether an old member left, when the lists are whole and none did", async () => {
    const a = await answer("陶瓷新材料网络这次扩容有没有老成员退出？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/^没有成员退出/);
    expect(a.citations.map((c) => c.quote).join("")).toContain("原有成员单位全部保留");
  });

  it("a change asked the other way round ('同比下降了9.6%') is corrected from the quote", async () => {
    const a = await answer("2025年沿江港口物流协同平台撮合的货运订单为什么同比下降了9.6%？");
    expect(a.answer).toMatch(/^其实不是下降/);
    expect(a.answer).toContain("同比增长9.6%");
  });

  it("two counts of one sentence swapped ('31场专题对接') are corrected from the quote", async () => {
    const a = await answer("沿江港口物流协同平台2025年开展的31场专题对接主要涉及哪些方面？");
    expect(a.answer).toMatch(/^其实不是31场专题对接/);
    expect(a.answer).toContain("64场");
  });

  it("what a document named without 《》 says is its sentence, not a figure of its zone", async () => {
    const a = await answer("芜湖高新区发布的低空经济高质量发展三年行动方案主要讲了什么？");
    expect(a.kind).toBe("passage");
    expect(a.citations[0]?.quote).toContain("十大工程");
  });

  it("'抓龙头' asks how a zone grows its leading firms, not who leads", async () => {
    const a = await answer("合肥高新区在集成电路上是怎么强链补链、抓龙头的？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("龙头企业带动配套企业集聚");
    expect(a.answer).not.toMatch(/^不是/);
  });

  it("a paragraph opened by a short heading of its own answers what the heading says", async () => {
    const a = await answer("合肥高新区在集成电路领域的成果转化搞出了哪些实效？");
    expect(a.citations[0]?.quote).toContain("晶圆级封装中试线");
  });

  it("members by province, some counted and some not, are read whole", async () => {
    await answers("茶叶网络有哪些成员？", ["泉州", "楚雄", "乐山", "衢州", "常德"]);
    await answers("茶叶网络里浙江的成员有哪几家？", ["湖州", "衢州"]);
  });

  it("a zone that handed a seat over, asked whether it is still in the group: it is; the handover claims no seat", async () => {
    const a = await answer("中山火炬把珠江口联盟秘书处交出去以后，还在联盟里吗？");
    expect(a.answer).toMatch(/^在。/);
    expect(a.answer).not.toContain("不在");
  });

  it("a seat's holders said as a body of N ('常务理事单位由A、B…5家高新区组成')", async () => {
    const a = await answer("珠江口联盟的常务理事单位有哪些？");
    expect(a.kind).toBe("fact");
    for (const z of ["中山火炬", "江门", "珠海", "佛山", "肇庆"]) expect(a.answer).toContain(z);
  });

  it("a year's rotating chair asked is the zone, not a person whose title names the chair", async () => {
    const a = await answer("无人机网络2027年度轮值主席定的是谁？");
    expect(a.answer).toContain("成都高新区");
    expect(a.answer).not.toContain("龙晓峰");
    // (A heading and the sentence naming the same seat are one seat.)
    expect(a.answer).not.toMatch(/2027年度轮值主席是.*2027年度轮值主席单位是/);
  });

  it("when a zone takes a seat 'from a month on' ('自2027年1月起接替')", async () => {
    await answers("成都高新区从什么时候开始当无人机网络的轮值主席？", ["自2027年1月起担任"]);
  });

  it("the holder after the one named, when that one holds the latest term written: not known", async () => {
    const a = await answer("无人机网络成都之后下一任轮值主席是谁？");
    expect(a.kind).toBe("none");
    expect(a.answer).not.toContain("2027年度轮值主席单位是成都");
  });

  it("a year's 年会 is not a 周年会议 or a council meeting, and left open is not known yet", async () => {
    const a = await answer("珠江口联盟2026年年会在哪开、什么时候开？");
    expect(a.kind).toBe("none");
    expect(a.answer).not.toContain("珠海高新区召开");
    expect(a.answer).not.toContain("轮值办法");
  });

  it("a target asked is not a figure already reached", async () => {
    const a = await answer("无人机网络今年全年的产学研项目目标是多少个？");
    expect(a.kind).toBe("none");
  });

  it("a count of firms asked ('多少家人工智能企业') is not met by a share, however the request ends", async () => {
    const a = await answer("中关村现在具体有多少家人工智能企业？给个数字");
    expect(a.kind).toBe("none");
  });

  it("a field asked whether it has a network, when none is recorded", async () => {
    const a = await answer("生物医药有没有产业协同创新网络？是哪家高新区牵头的？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("生物医药");
  });

  it("'A比B成立得早吗' is answered yes or no by the two dates", async () => {
    const a = await answer("东北地区国家高新区联盟比京津冀联盟成立得早吗？");
    expect(a.answer).toMatch(/^不是。/);
    expect(a.answer).toContain("11月29日");
    expect((await answer("京津冀联盟是不是比东北联盟先成立？")).answer).toMatch(/^是的/);
  });

  it("keywords apart by spaces ask each attribute ('网络 牵头区 启动日期 几家')", async () => {
    await answers("无人机网络 珠海 启动日期 几家", ["8月20日", "5家"]);
  });

  it("'规模最小的是哪个？几家' ranks the groups by their members", async () => {
    await answers("这几个网络里规模最小的是哪个？几家？", ["纳米", "9家"]);
  });

  it("who someone is, then a question of its own: both answered", async () => {
    await answers("程远航是谁？光谷科学城科研园区什么时候建成？", ["院长", "下半年"]);
  });

  it("a premise corrected, what is asked after it is still answered", async () => {
    const a = await answer("珠江口联盟首届秘书处设在佛山高新区，那它的周年会议是在哪开的？");
    expect(a.answer).toMatch(/^问题的前提有误/);
    expect(a.answer).toContain("珠海高新区");
  });

  it("a working group's lead is the group's own ('协作组由A牵头'), not the alliance's chair", async () => {
    await answers("汉江联盟的汽车零部件协作组谁牵头？", ["十堰"], ["襄阳高新区"]);
  });

  it("what a person said, then who they are ('他是什么身份'): both, not the group's people", async () => {
    await answers("黎远山在汉江联盟成立大会上提出了什么观点？他是什么身份？", ["副主任", "咬合"]);
  });

  it("what a person told of ('X介绍…要牵头做什么') is their words, not whether their zone leads", async () => {
    const a = await answer("汉中高新区的苏文博介绍汉中在汉江联盟里要牵头做什么");
    expect(a.answer).toContain("航空零部件检测平台");
    expect(a.answer).not.toMatch(/^不是/);
  });

  it("the one a thing was handed to ('移交给…书记Y。'), asked of the one who handed it", async () => {
    await answers("韩立波是哪个高新区的？汉江联盟秘书处交接时他把东西交给了谁？", ["襄阳", "邵青山"]);
  });

  it("who someone is, then what they think ('对…有什么想法'): the title and their words", async () => {
    await answers("易思成是哪个高新区的？对汉江联盟秘书处工作有什么想法？", ["十堰", "项目"]);
  });

  it("a list ending in 等 is whole when the article counts the members as the lead and the list", async () => {
    await answers("汉江联盟有哪些成员？", ["十堰", "汉中", "安康", "南阳", "孝感"], ["部分"]);
  });

  it("a post the group does not have, as its article says ('暂不设轮值理事长')", async () => {
    await answers("汉江联盟的轮值理事长是哪家高新区？", ["不设"]);
  });

  it("a later term asked is not met by another term's sentence; left open, not known yet", async () => {
    const a = await answer("汉江联盟第三届秘书处会轮到哪个高新区？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("2028年联盟年会");
  });

  it("members by chain part, one part a sentence with its own verb and count ('集聚了…3家高新区', '则由…承担')", async () => {
    await answers("氢能网络中游储运与装备环节是哪几家高新区？", ["佛山", "杭州", "南京"], ["青岛"]);
    await answers("氢能网络刚成立时有哪些成员？", ["合肥", "南京", "郑州", "武汉东湖"]);
  });

  it("a zone that leaves ('A因…调整退出网络') after a clause of another's handover ('将…交接给')", async () => {
    await answers("氢能网络现在有哪些成员？", ["淄博", "宁东", "11家"], ["合肥高新区、"]);
  });

  it("a provincial zone's level asked yes or no", async () => {
    const a = await answer("三原高新区目前是省级高新区对吧？");
    expect(a.answer).toMatch(/^是的/);
    expect(a.answer).toContain("省级高新区");
  });

  it("a rank said otherwise ('第二个' against '首个') is corrected from the quote", async () => {
    const a = await answer("苏南自创区作为全国第二个以城市群为单元的自创区，有啥特别做法？");
    expect(a.answer).toMatch(/^其实不是第二个/);
  });

  it("'N家国家高新区具体是哪N家' asks a list the article does not give, not a zone named 家国家", async () => {
    const a = await answer("京津冀联盟的9家国家高新区具体是哪9家？");
    expect(a.kind).toBe("none");
    expect(a.answer).not.toContain("文章提到了“家国家高新区”");
  });

  it("a count in 家 is not met by a figure in 条; an amount of output is not the member list", async () => {
    expect((await answer("淮河联盟的信息交流平台现在有多少家企业注册了？")).kind).toBe("none");
    const a = await answer("集成电路网络成员2024年集成电路产值一共多少？");
    expect(a.answer).not.toContain("共有16家");
  });

  it("'是N家高新区一起发起的吗' checks the count; a region's zones are not an alliance's", async () => {
    await answers("淮河联盟是17家国家高新区一起发起的吗", ["是的"]);
    await answers("长三角是不是有36家国家高新区？", ["36"]);
  });

  it("a seat handed from A to B ('由A移交至B'): B holds it now, and no zone is named '至B'", async () => {
    const a = await answer("玻璃网络现在的轮值主席是谁");
    expect(a.answer).toContain("洛阳高新区");
    expect(a.answer).not.toContain("至洛阳");
    expect(a.answer).not.toMatch(/轮值主席单位是蚌埠/);
  });

  it("the holder after the last one written, left open for the next term ('下一届…尚未确定')", async () => {
    const a = await answer("洛阳之后玻璃网络的轮值主席会是谁");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("2028年年会");
  });

  it("what an article left open, asked '后来…了吗', is answered by the later article that says it, first", async () => {
    const a = await answer("玻璃网络专家委员会主任委员后来选出来了吗？是谁？");
    expect(a.kind).toBe("passage");
    expect(a.citations[0]?.quote).toContain("薛宁远");
  });

  it("a fund named by words the sentence before says ('协同创新基金也有了进展。基金首期2亿元…')", async () => {
    await answers("玻璃协同创新基金首期多少钱？", ["2亿元"]);
  });

  it("members by chain part, a part's zones opening two clauses ('A依托…，B在…'), a part named '应用端'", async () => {
    await answers("印刷电子网络有哪些成员？", ["宁波", "常州", "苏州", "无锡", "青岛", "成都", "西安"], ["部分"]);
    await answers("印刷电子网络上游材料环节是哪几家？", ["宁波", "常州"], ["潍坊"]);
  });

  it("a count stated wrong of the thing a fact's sentence counts ('促成了75个…' against '促成57个…')", async () => {
    const a = await answer("东北联盟2024年促成了75个科研项目合作，那一年它办了多少场交流活动？");
    // (Since session 62 a count stated before another amount asked is corrected as a premise, with what is written.)
    expect(a.answer).toMatch(/^问题的前提有误[^。]*不是75个[^。]*科研项目合作57个/);
    expect(a.answer).toContain("23场");
  });

  it("the members besides those an article names, asked of a list it gives in part: not written", async () => {
    const a = await answer("长三角集成电路产业国家高新区创新发展联盟，除了张江、无锡、南京，另外三家是哪几家？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("只点名了");
  });

  it("a centre a group plans abroad, its place and number left open ('具体选址和数量，会议没有明确')", async () => {
    const a = await answer("玻璃网络要设的海外协同创新中心选在哪个国家？设几个？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("没有明确");
  });

  it("a claim asked to be confirmed, then a count after a comma: both answered", async () => {
    const a = await answer("光电子网络是11月12日在东湖启动的对吧，来了多少家高新区？");
    expect(a.answer).toMatch(/^不是/);
    expect(a.answer).toContain("13家");
  });
});
