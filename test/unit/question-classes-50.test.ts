/**
 * Member lists found unread in session 50 by the add-time check (src/admin/unread-lists.ts) over the kept growth sets,
 * each class over articles written for this test in new words: newcomers listed with half-width marks after
 * "名单如下:"; newcomers counted as zones that applied, then listed a line each; a list by a river's reaches
 * ("上游3家：…；中游3家：…；下游4家：…") with the lead's title after its name; a zone whose name is a region and its
 * specialty, longer than a city's; the lead and the N it brings together, "成员单位共计N+1家", with the N by parts; a
 * member turned observer after the reason ("因…调整，由成员单位转为观察员单位"); and a founding known by its count
 * only, followed by a whole list and the joins and leavings between. Then the development sets' classes: a count
 * "由A牵头，共有N家国家高新区参与组建", a part whose zones come first ("…3家高新区则构成X板块"), a numbered list by
 * regions counted after it ("以上6家国家高新区覆盖…"), "中游联盟", "B从A手中接过轮值主席单位", the work written then its
 * tail again ("…测试结果互认，互认规则由A牵头编制"), and whom a speaker spoke for ("作为理事长单位代表" ↔ "代表理事长单位发言").
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t50-pearl", "珠江—西江经济带国家高新区协同创新联盟在广州成立", "2026-04-22", [
    "4月21日，珠江—西江经济带国家高新区协同创新联盟成立大会在广州高新区举行。广州高新区联合沿江三省区共10家国家高新区共同发起成立该联盟。",
    "按珠江干流上、中、下游划分，联盟首批成员如下。上游3家：昆明高新区、贵阳高新区、柳州高新区；中游3家：南宁高新区、梧州高新区、桂林高新区；下游4家：广州高新区（牵头单位）、佛山高新区、肇庆高新区、珠江三角洲农业高新区。",
    "联盟秘书处设在广州高新区。",
  ]),
  article("t50-hydrogen", "国家高新区氢能产业协同创新网络启动", "2026-03-12", [
    "3月10日，国家高新区氢能产业协同创新网络启动会在佛山高新区召开。该网络由佛山高新区牵头，联合6家在氢能领域各具特色的国家高新区共同组建，成员单位共计7家。",
    "按照产业链环节，6家成员高新区分为两个板块：制储运板块3家，包括张家口高新区、鄂尔多斯高新区和宁东高新区；燃料电池应用板块3家，包括嘉兴高新区、如皋高新区和潍坊高新区。",
  ]),
  article("t50-hydrogen2", "氢能网络年会扩容", "2026-11-20", [
    "11月18日,国家高新区氢能产业协同创新网络2026年年会在嘉兴高新区召开。",
    "会议决定吸纳2家新成员,名单如下:大同高新区,六安高新区.扩容后,网络成员达到9家。",
  ]),
  article("t50-sensor", "国家高新区智能传感器产业协同创新网络成立", "2026-02-26", [
    "2月25日，国家高新区智能传感器产业协同创新网络成立大会在郑州高新区举行。网络由郑州高新区牵头组建，成员单位共10家，覆盖敏感材料、芯片设计、封装测试到系统应用的全链条。",
  ]),
  article("t50-sensor2", "智能传感器网络年会调整成员结构", "2026-10-16", [
    "10月15日，国家高新区智能传感器产业协同创新网络2026年年会在无锡高新区召开。",
    "年会审议通过了2家高新区的入网申请，新成员分别是：\n1. 蚌埠高新区；\n2. 汉中高新区。",
    "同时，营口高新区因园区主导产业转向，由成员单位转为观察员单位。调整后，网络成员单位由10家增至11家。",
    "目前，网络11家成员单位为：郑州高新区、无锡高新区、上海张江高新区、苏州工业园区、西安高新区、合肥高新区、沈阳高新区、长沙高新区、昆山高新区、蚌埠高新区、汉中高新区。",
  ]),
  article("t50-quantum", "国家高新区量子信息产业协同创新网络启动", "2026-05-12", [
    "5月11日，国家高新区量子信息产业协同创新网络启动大会在合肥高新区举行。该网络由合肥高新区牵头，共有9家国家高新区参与组建。",
    "按照产业链分工，网络成员划分为三个板块：量子计算板块汇集了合肥、济南、南京3家高新区；量子通信板块由上海张江、杭州、武汉东湖3家高新区组成；深圳、成都、西安3家高新区则构成量子测量与应用板块。",
    "作为理事长单位代表，合肥高新区管委会主任陈光远介绍，合肥已集聚量子企业60余家。济南高新区管委会副主任孙立则代表量子计算板块发言。",
    "下一步，网络将共建量子测试平台，推动成员之间测试结果互认，互认规则由济南高新区牵头编制。",
  ]),
  article("t50-marine", "国家高新区海洋牧场产业协同创新网络启动", "2026-06-02", [
    "6月1日，国家高新区海洋牧场产业协同创新网络启动会在烟台举行。网络由烟台高新区牵头组建，首批成员按区域划分如下：",
    "海洋牧场是建设海洋强国的重要内容，各地高新区在深远海养殖装备方面各有积累。",
    "北方地区\n1. 烟台高新区\n2. 威海火炬高新区\n3. 大连高新区",
    "南方地区\n4. 湛江高新区\n5. 北海高新区\n6. 三亚高新区",
    "以上6家国家高新区覆盖深远海养殖装备、种苗繁育、海洋食品加工等环节。",
  ]),
  article("t50-seed", "国家高新区种业创新网络在杨凌启动", "2026-08-20", [
    "8月19日，国家高新区现代种业产业协同创新网络启动会在杨凌示范区举行。",
    "“种子是农业的芯片，也是我们最硬的家底。”杨凌示范区管委会副主任韩立新表示，杨凌将向网络成员开放种质资源库，推动育种数据共享。",
  ]),
  article("t50-plan", "合肥高新区发布量子产业行动方案", "2025-03-20", [
    "2025年3月,合肥高新区发布《量子科技产业三年行动方案》,提出到2027年集聚量子企业100家以上。",
    '"量子网络要成为成果转化的加速器。"国家高新区量子信息产业协同创新网络牵头单位,合肥高新区管委会副主任陈光远表示。',
  ]),
  article("t50-middle2", "长江中游联盟年会：共享平台上线", "2026-12-02", [
    "12月1日，长江中游城市群国家高新区协同创新联盟2026年年会在宜昌高新区召开。",
    "截至11月底，纳入共享目录的检验检测设备达到2300台（套），较联盟成立时的1500余台（套）明显增加；联盟累计促成跨区域合作项目40个。",
  ]),
  article("t50-drone", "国家高新区工业母机产业协同创新网络启动", "2026-09-09", [
    "9月8日，国家高新区工业母机产业协同创新网络启动会在大连高新区举行。网络由大连高新区牵头，成员单位共计8家。",
    "网络按产业链环节划分为两个协作板块。数控系统板块由武汉东湖高新区牵头，成员包括武汉东湖高新区、济南高新区、宁波高新区，重点攻关高端数控系统；整机与功能部件板块由沈阳高新区牵头，成员包括沈阳高新区、秦皇岛高新区、温州高新区、泰安高新区，重点提升整机可靠性。大连高新区作为网络牵头单位，统筹协调两个板块工作。",
  ]),
  article("t50-drone2", "工业母机网络扩员", "2026-11-26", [
    "11月25日，国家高新区工业母机产业协同创新网络年会在济南高新区召开。年会审议通过了新成员加入申请，陕西省宝鸡高新区，湖南省株洲高新区、湘潭高新区3家国家高新区正式加入网络。至此，网络成员由8家增至11家。",
  ]),
  article("t50-iot-guard", "物联网网络年会表彰优秀成员单位", "2026-12-05", [
    "12月4日，国家高新区物联网产业协同创新网络年会在无锡高新区召开。",
    "会议表彰了年度优秀成员单位：\n1. 杭州高新区\n2. 西安高新区\n3. 青岛高新区\n以上3家高新区获评年度优秀成员单位。",
    "本次年会上作交流发言的成员单位共计3家：郑州高新区、芜湖高新区、鹰潭高新区。",
    "会上，网络成员包括无锡高新区、杭州高新区、推动建设生物医药高新区。",
  ]),
  article("t50-middle", "长江中游城市群国家高新区协同创新联盟轮值主席交接", "2026-07-03", [
    "7月1日，长江中游城市群国家高新区协同创新联盟轮值主席交接仪式在南昌高新区举行。",
    "会上，南昌高新区从长沙高新区手中接过轮值主席单位，任期为2026年7月1日至12月31日。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 50: member lists the add-time check found unread", () => {
  it("reads a list by a river's reaches, the lead's title after its name, a zone named by a region and its specialty", async () => {
    await answers("珠江西江联盟上游是哪几家", ["昆明", "贵阳", "柳州"], ["南宁"]);
    await answers("珠江—西江经济带联盟的成员名单", [
      "昆明",
      "贵阳",
      "柳州",
      "南宁",
      "梧州",
      "桂林",
      "广州",
      "佛山",
      "肇庆",
      "珠江三角洲农业",
    ]);
  });

  it("counts the lead with the N it brings together when the article says 成员单位共计N+1家", async () => {
    await answers("氢能网络成立时有哪些成员", ["佛山", "张家口", "鄂尔多斯", "宁东", "嘉兴", "如皋", "潍坊", "7家"]);
  });

  it("reads newcomers listed with half-width marks after 名单如下:", async () => {
    await answers("氢能网络现在有哪些成员", ["大同", "六安", "佛山", "9家"]);
  });

  it("reads newcomers counted as zones that applied, then listed a line each", async () => {
    await answers("智能传感器网络年会上新加入了哪几家", ["蚌埠", "汉中"]);
  });

  it("reads a member turned observer after its reason as no member any more", async () => {
    const grownEngine = grown.engine;
    const a = await grownEngine.answer("营口高新区还在智能传感器网络里吗");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toMatch(/^不在/);
    expect(a.answer).toContain("观察员");
  });

  it("derives a founding list known by its count only from the later whole list and the changes between", async () => {
    await answers(
      "智能传感器网络成立时有哪些成员",
      ["郑州", "无锡", "张江", "苏州工业园区", "西安", "合肥", "沈阳", "长沙", "昆山", "营口", "10家"],
      ["蚌埠", "汉中"],
    );
  });
});

describe("session 50: development sets' classes", () => {
  it("reads 共有N家国家高新区参与组建 as the count, and a part whose zones come first (则构成X板块)", async () => {
    await answers("量子信息网络有几家成员", ["9家"]);
    await answers("量子网络量子测量与应用板块是哪几家", ["深圳", "成都", "西安"], ["合肥"]);
  });

  it("reads a numbered list by regions counted after it (以上N家国家高新区…)", async () => {
    await answers("海洋牧场网络有哪些成员", ["烟台", "威海", "大连", "湛江", "北海", "三亚"]);
  });

  it("knows the middle reaches' alliance as 中游联盟", async () => {
    const a = await grown.engine.answer("中游联盟现在的轮值主席单位是哪家");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("长江中游城市群国家高新区协同创新联盟的轮值主席单位是南昌高新区");
  });

  it("reads 'B从A手中接过轮值主席单位' as B taking the seat, with its term", async () => {
    for (const q of ["长江中游联盟现在的轮值主席单位是哪家？任期到啥时候", "长江中游联盟轮值主席从谁交给了谁"]) {
      const a = await grown.engine.answer(q);
      expect(a.kind, a.answer).toBe("fact");
      expect(a.answer).toContain("轮值主席单位是南昌高新区");
    }
    await answers("长江中游联盟现在的轮值主席单位是哪家？任期到啥时候", ["12月31日"]);
    await answers("长江中游联盟轮值主席从谁交给了谁", ["从长沙高新区手中接任"]);
  });

  it("finds who leads a piece of work written as the work, then its tail again (…互认，互认规则由A牵头编制)", async () => {
    await answers("量子信息网络测试结果互认规则由哪个高新区牵头编制", ["济南"], ["合肥"]);
  });

  it("finds whom a speaker spoke for said either way round (作为X代表 ↔ 代表X发言)", async () => {
    await answers("量子网络启动会上代表理事长单位发言的是谁", ["陈光远"], ["孙立"]);
  });

  it("gives a person's words said just before the sentence that names them (“…。”某某表示，…)", async () => {
    await answers("韩立新什么身份？他怎么形容种子的", ["最硬的家底。”杨凌示范区管委会副主任韩立新表示"]);
  });

  it("refuses a ministry's official asked for when only the zones' officials are named (哪位部领导)", async () => {
    const a = await grown.engine.answer("现代种业网络启动会是哪位部领导出席讲话的？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).not.toContain("韩立新");
  });

  it("corrects the month of an act said as 发的 ('2025年6月发的' of what was issued in March)", async () => {
    const a = await grown.engine.answer("合肥高新区2025年6月发的那个量子行动方案提了啥目标");
    expect(a.answer).toMatch(/^其实不是2025年6月发的/);
    expect(a.answer).toContain("2025年3月,合肥高新区发布");
  });

  it("corrects the group a person is said to have spoken for when every sentence quoting them names another", async () => {
    const a = await grown.engine.answer("陈光远作为物联网网络牵头单位代表说了什么？");
    expect(a.answer).toMatch(
      /^其实陈光远代表的不是国家高新区物联网产业协同创新网络，而是国家高新区量子信息产业协同创新网络/,
    );
    const right = await grown.engine.answer("陈光远作为量子信息网络牵头单位代表说了什么？");
    expect(right.answer).not.toMatch(/^其实/);
  });

  it("reads a region said right after another group as the region ('智能传感器网络长三角的成员')", async () => {
    await answers(
      "智能传感器网络长三角的成员有几家",
      ["无锡", "张江", "苏州工业园区", "合肥", "昆山", "蚌埠"],
      ["郑州", "西安"],
    );
  });

  it("takes a figure measured against the group's own start ('…达到2300台（套），较联盟成立时的…') as the group's", async () => {
    const a = await grown.engine.answer("长江中游联盟共享目录里的检验检测设备现在有多少台套");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("2300台（套）");
  });

  it("reads a part whose lead is said before its members ('X板块由A牵头，成员包括A、B、C')", async () => {
    await answers("工业母机网络整机与功能部件板块有哪几家", ["沈阳", "秦皇岛", "温州", "泰安"], ["济南"]);
    await answers("工业母机网络成立时有哪些成员", ["大连", "东湖", "济南", "宁波", "沈阳", "秦皇岛", "温州", "泰安"]);
  });

  it("reads newcomers grouped by province, the groups apart by commas", async () => {
    await answers("工业母机网络年会上新加入了哪些成员", ["宝鸡", "株洲", "湘潭"]);
    await answers("工业母机网络现在有哪些成员", ["宝鸡", "株洲", "湘潭", "大连", "11家"]);
  });

  it("guards: some members picked out or speaking, and a phrase before 生物医药高新区, are no member list", async () => {
    await answers("物联网网络现在有哪些成员", ["无锡", "苏州工业园区", "大连", "鹰潭", "广州", "上海紫竹"]);
    const a = await grown.engine.answer("物联网网络现在有几家成员");
    expect(a.answer).not.toMatch(/共有3家/);
  });

  it("reads '湖南是哪5家高新区' as the members in a province, of the founding list when the founding is asked", async () => {
    await answers("工业母机网络湖南是哪2家高新区", ["株洲", "湘潭"], ["宝鸡", "大连"]);
    await answers("智能传感器网络刚成立那会儿，辽宁是哪2家高新区？", ["沈阳", "营口", "成立时"], ["蚌埠"]);
  });
});
