/**
 * Classes of session 57, each over articles written for this test in new words. Each fails on the code before the
 * session's changes (b431fa5).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t57-sea", "国家高新区海洋生物产业协同创新网络在青岛启动", "2026-04-10", [
    "4月8日，国家高新区海洋生物产业协同创新网络启动大会在青岛高新区举行。网络的牵头单位由青岛高新区担任。",
    "【首批成员按环节集结】",
    "药物研发环节，青岛自不必说，烟台、威海两地高新区也集聚了一批海洋药物企业；依托多年积累，厦门火炬高新区同样在这一环节之列。",
    "功能材料环节，被称为“蓝色材料谷”的湛江高新区是主力；舟山、北海两家高新区则分别在海洋材料和藻类加工方面形成特色。",
    "此外，承担海洋生物样本库建设任务的大连高新区，也在大会上签署了共建协议。",
    "至此，首批成员共计八家。",
    "被推选为首届理事长单位的，是青岛高新区；烟台高新区和湛江高新区当选副理事长单位。",
    "网络首批海洋生物应用场景清单涵盖36项场景。",
  ]),
  article("t57-sea-2026", "海洋生物网络召开年会 三家园区入网", "2026-11-12", [
    "11月10日，国家高新区海洋生物产业协同创新网络2026年年会在烟台高新区召开。",
    "此次加入的三家国家高新区中，宁波高新区以海洋装备见长；温州高新区依托港口优势；漳州高新区则是较早布局海洋食品的园区之一。",
    "加上首批的八家，网络成员总数由此增至十一家。",
    "需要更正的是，此前报道称网络首批海洋生物应用场景清单涵盖36项场景，有误，应为63项。",
    "同时，孙海涛因工作调整卸任网络秘书长，由青岛高新区科技创新局局长何文彬接任。",
  ]),
  article("t57-lake", "关于公布环洞庭湖高新区协同创新联盟首批成员单位名单的通知", "2026-02-10", [
    "2026年2月6日，环洞庭湖高新区协同创新联盟成立大会在岳阳高新区举行。现将联盟首批成员单位名单通知如下。",
    "一、首批成员单位名单（共5家）",
    "湖南省（3家）",
    "1. 岳阳高新区（湖南省）\n2. 常德高新区（湖南省）\n3. 益阳高新区（湖南省）",
    "湖北省（2家）",
    "4. 武汉东湖新技术开发区（湖北省）\n5. 荆州高新区（湖北省）",
    "二、组织机构",
    "联盟设两个省联络组：湖南省联络组由岳阳高新区牵头，湖北省联络组由荆州高新区牵头。",
  ]),
  article("t57-lake-talk", "访环洞庭湖高新区协同创新联盟秘书长", "2026-12-01", [
    "记者：联盟成员有哪些变化？",
    "秘书长：6月12日，咸宁高新区（湖北）和郴州高新区（湖南）经联盟全体成员单位会议审议通过，正式加入联盟；11月5日的联盟年会上，孝感高新区（湖北）也成为联盟一员。截至目前，联盟成员单位共8家。",
    "记者：有没有园区以别的身份参加？",
    "秘书长：株洲高新区今年提交了入盟申请。经协商，株洲高新区暂以观察员身份参与联盟活动，不计入成员单位数量。",
  ]),
  article("t57-robot", "国家高新区服务机器人产业协同创新网络成立大会会议纪要", "2026-05-20", [
    "2026年5月18日，国家高新区服务机器人产业协同创新网络成立大会在杭州高新区召开。",
    "主持：杭州市科技局副局长、杭州高新区管委会副主任周文涛",
    "出席：工业和信息化部规划司副司长钱立新；常州高新区管委会副主任邵建华；其余成员高新区分管负责同志。",
    "一、关于网络成员。会议确认，首批6家国家高新区共同组建国家高新区服务机器人产业协同创新网络，按产业链环节划分如下：核心部件环节3家，即常州高新区、宁波高新区、苏州高新区，由常州高新区牵头协调；整机应用环节3家，即杭州高新区、合肥高新区、芜湖高新区，由合肥高新区牵头协调。",
  ]),
  article("t57-optics-2026", "精密光学网络召开理事会 成员迎来调整", "2026-07-08", [
    "7月6日，国家高新区精密光学产业协同创新网络理事会在长春高新区召开。",
    "2025年10月，长春高新区联合西安、成都、武汉东湖、苏州等高新区启动建设国家高新区精密光学产业协同创新网络，首批成员共5家。",
    "会议审议通过了南京高新区的入网申请，南京高新区正式成为网络成员单位。",
    "苏州高新区则申请由成员单位转为观察员单位，今后将以观察员身份参加网络活动。",
    "至此，网络成员为5家。",
  ]),
];

describe("figures corrected, and counted inside a list's clause", () => {
  const grown = grownEngine(ARTICLES);
  it("a correction ('此前报道称…有误，应为63项') gives the value it should be, and the wrong one is dropped", async () => {
    const a = await grown.engine.answer("海洋生物网络首批应用场景清单有多少项场景");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("：63项");
    expect(a.answer).not.toContain("：36项");
  });
});

describe("a member list told across a section, closed by its count", () => {
  const grown = grownEngine(ARTICLES);
  it("the zones of the section's paragraphs, the lead said bare ('青岛自不必说'), then '至此，首批成员共计八家'", () =>
    grown.answers("海洋生物网络2026年4月成立时有哪些成员", [
      "青岛高新区",
      "烟台高新区",
      "威海高新区",
      "厦门火炬高新区",
      "湛江高新区",
      "舟山高新区",
      "北海高新区",
      "大连高新区",
    ]));
  it("the parts by the paragraphs' labels ('药物研发环节，…'), the lead in the part that names it", () =>
    grown.answers("海洋生物网络药物研发环节有哪些园区", ["青岛高新区", "威海高新区", "厦门火炬高新区"], ["湛江"]));
  it("the lead written the other way round ('牵头单位由青岛高新区担任')", () =>
    grown.answers("海洋生物网络是谁牵头的", ["青岛高新区"]));
  it("the chair by a cleft ('被推选为首届理事长单位的，是青岛高新区')", () =>
    grown.answers("海洋生物网络首届理事长单位是哪家", ["青岛高新区"], ["烟台", "湛江"]));
  it("newcomers told a clause each after '此次加入的三家国家高新区中', then '由此增至十一家'", () =>
    grown.answers("海洋生物网络现在有几家成员", ["11家", "宁波高新区", "温州高新区", "漳州高新区"]));
  it("a post handed over ('卸任网络秘书长，由…何文彬接任'): who holds it now", () =>
    grown.answers("海洋生物网络现在的秘书长是谁", ["何文彬"], ["孙海涛"]));
});

describe("documents other than news", () => {
  const grown = grownEngine(ARTICLES);
  it("a notice's numbered lines, each with its province in brackets, one by its official name", () =>
    grown.answers("环洞庭湖联盟首批成员有哪些", [
      "岳阳高新区",
      "常德高新区",
      "益阳高新区",
      "武汉东湖高新区",
      "荆州高新区",
    ]));
  it("a province's liaison group is a body of the group, not its members there", () =>
    grown.answers("环洞庭湖联盟湖北省联络组是哪家牵头", ["荆州高新区"], ["武汉东湖"]));
  it("joins told in two dated parts of one sentence, each on its day", async () => {
    await grown.answers("孝感高新区什么时候加入环洞庭湖联盟的", ["11月5日"], ["6月12日"]);
    await grown.answers("环洞庭湖联盟现在有几家成员", ["8家", "咸宁高新区", "郴州高新区", "孝感高新区"]);
  });
  it("an application the group answered with an observer seat is no longer pending", async () => {
    const a = await grown.engine.answer("株洲高新区加入环洞庭湖联盟了没有");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("观察员");
  });
  it("a minutes' field lines ('主持：…周文涛', '出席：…；…')", async () => {
    await grown.answers("服务机器人网络成立大会是谁主持的", ["周文涛"]);
    await grown.answers("常州高新区来参加服务机器人网络成立大会的是谁", ["邵建华"]);
  });
  it("a part's lead after its members ('即A、B、C，由A牵头协调')", () =>
    grown.answers("服务机器人网络整机应用环节由谁牵头协调", ["合肥高新区"]));
});

describe("an update that is hard to read", () => {
  const grown = grownEngine(ARTICLES);
  it("a member that asks to become an observer ('则申请由成员单位转为观察员单位') leaves the members", async () => {
    await grown.answers("精密光学网络现在的成员有哪些", ["南京高新区", "西安高新区"], ["苏州高新区"]);
    await grown.answers("苏州高新区在精密光学网络里是什么身份", ["观察员"]);
  });
});
