/**
 * Classes of questions and articles never seen, found in session 49, each over articles written for this test in new
 * words: a list by parts whose opening ends in a colon and whose parts say "由…组成" or "汇聚了", a list by province
 * told three ways in one sentence ("6家，分别是…", "5家，即…", "则有A、B4家高新区入列"), which part a zone is in, why a
 * member left when the sentence given to it tells no reason, an amount asked as passed ("过千亿了？"), "…？都列出来"
 * after a question, a preparation dated by half a year, a part asked without the word that grades it, a meeting held in a
 * zone asked when or where, a count grown since the first batch, and a batch to come left to how things go.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t49-ocean", "国家高新区海洋装备产业协同创新网络在青岛成立 12家高新区共拓“深蓝”", "2026-04-18", [
    "4月16日，国家高新区海洋装备产业协同创新网络成立大会在青岛高新区举行。网络由青岛高新区牵头，首批成员单位共12家国家高新区。",
    "从产业链环节看，12家成员高新区分为三个板块：船舶与平台板块由青岛、大连、舟山、湛江4家高新区组成；高端海洋仪器板块则汇聚了厦门火炬高新区、威海高新区、烟台高新区和连云港高新区；深海作业与服务板块由天津滨海、宁波、北海、三亚4家高新区承担。",
    "据悉，网络筹备工作自2025年上半年启动，青岛高新区先后走访多个沿海高新区。",
    "网络秘书处设在青岛高新区。",
  ]),
  article("t49-ocean2", "海洋装备网络召开年中会议 日照高新区入网", "2026-10-12", [
    "10月10日，国家高新区海洋装备产业协同创新网络年中会议在烟台高新区召开。会议审议通过日照高新区加入网络，网络成员由12家增至13家。",
    "会议同时同意，湛江高新区因园区主导产业方向调整，不再作为网络成员单位。至此，网络成员单位仍为12家。",
    "对于湛江高新区的调整，网络秘书处负责人表示，湛江高新区虽不再作为成员单位，但双方仍将保持日常联络。",
  ]),
  article("t49-dialogue", "国家高新区产业协同创新网络兰州对话会举行 西北联盟合作项目增至21个", "2026-09-20", [
    "9月18日，国家高新区产业协同创新网络兰州对话会在兰州黄河国际会展中心举行。",
    "联盟秘书长、兰州高新区管委会副主任王海在会上介绍，西北五省区国家高新区协同发展联盟成立4个月来，成员间合作项目由首批8个增至21个，共享仪器设备由900台套增至1500台套。",
    "联盟第二批成员的吸纳工作，将视联盟运行情况适时启动。",
  ]),
  article("t49-northwest", "西北五省区国家高新区协同发展联盟成立", "2026-05-09", [
    "5月8日，西北五省区国家高新区协同发展联盟成立大会在兰州高新区召开，联盟首批成员共9家。",
    "其中，陕西省4家，分别是西安高新区、宝鸡高新区、杨凌示范区和渭南高新区；甘肃省3家，即兰州高新区、白银高新区、天水高新区；宁夏则有银川、石嘴山2家高新区入列。",
    "联盟秘书处设在兰州高新区。会议同时确定，自2027年1月1日起，兰州高新区接任联盟轮值主席单位，任期一年。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 49: lists by parts and by province", () => {
  it("reads a list by parts opened with a colon whose parts say 由…组成 and 汇聚了", async () => {
    await answers("海洋装备网络里船舶与平台板块是哪几家", ["青岛", "大连", "舟山", "湛江"], ["威海"]);
    await answers("海洋装备网络高端海洋仪器板块有哪些高新区", ["厦门", "威海", "烟台", "连云港"], ["三亚"]);
  });

  it("reads a province list told three ways in one sentence", async () => {
    await answers("西北五省区联盟里甘肃的成员是哪几家", ["兰州", "白银", "天水"], ["宝鸡"]);
    await answers("西北五省区联盟宁夏有哪些高新区", ["银川", "石嘴山"], ["渭南"]);
    await answers("西北五省区联盟的成员都有哪些", [
      "西安",
      "宝鸡",
      "杨凌",
      "渭南",
      "兰州",
      "白银",
      "天水",
      "银川",
      "石嘴山",
    ]);
  });
});

describe("session 49: counts stated step by step", () => {
  it("takes a join counted after its step and a leaving after it, the total after both", async () => {
    await answers("海洋装备网络现在有哪些成员", ["日照", "青岛"], ["湛江"]);
  });
});

describe("session 49: a member's part", () => {
  it("names the part a zone is in, asked with the chain's word between", async () => {
    await answers("烟台高新区在海洋装备网络里属于哪个产业链板块", ["高端海洋仪器板块"], ["船舶与平台板块"]);
  });

  it("says no article gives the part of a member that joined after the list by parts", async () => {
    const a = await grown.engine.answer("日照高新区在海洋装备网络里属于哪个产业链板块？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("没有提到");
    expect(a.answer).not.toMatch(/船舶与平台|深海作业/);
  });
});

describe("session 49: why a member left", () => {
  it("gives the sentence with its reason when the sentence given to the leaving tells none", async () => {
    await answers("湛江高新区为啥不在海洋装备网络里了", ["方向调整"]);
  });
});

describe("session 49: after the finals", () => {
  it("reads '进了X网络没有？' as a yes or no about membership", async () => {
    const a = await grown.engine.answer("宝鸡进了西北五省区联盟没有？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/^是的/);
    const b = await grown.engine.answer("日照进了西北五省区联盟没有？");
    expect(b.answer).toMatch(/^(?:不是|没有|不在)/);
  });

  it("answers when a zone took a seat from the sentence that says so, not the group's founding", async () => {
    await answers("兰州高新区从什么时候开始当西北五省区联盟的轮值主席？", ["2027年1月1日"], ["5月8日"]);
  });
});

describe("session 49: amounts, lists asked again, preparation", () => {
  it("says an amount asked as passed was not when the figure is below it", async () => {
    const a = await grown.engine.answer("听说2024年北京流向津冀的技术合同成交额过千亿了？");
    expect(a.answer).toMatch(/^其实没有过千亿/);
    expect(a.answer).toContain("843.7亿元");
  });

  it("says an amount asked as passed was when the figure is above it (guard: the yes the answer gives is not said twice)", async () => {
    const a = await grown.engine.answer("2024年北京流向津冀的技术合同成交额据说超过了500亿元");
    expect(a.answer).toMatch(/^是的/);
    expect(a.answer.match(/是的/g)?.length).toBe(1);
  });

  it("reads '…？都列出来' as the list asked again, not a second question", async () => {
    const a = await grown.engine.answer("有没有哪个高新区同时在AI网络和光电子网络里？都列出来");
    expect(a.kind).toBe("fact");
    expect(a.answer).not.toContain("中关村");
  });

  it("names the members of a part asked without the word that grades it ('搞海洋仪器那一块的')", async () => {
    await answers("海洋装备网络搞海洋仪器那一块的有哪几个", ["厦门", "威海", "烟台", "连云港"], ["三亚", "舟山"]);
  });

  it("answers when and where a meeting held in a zone was, not the zone's memberships", async () => {
    await answers("国家高新区产业协同创新网络兰州对话会是哪天办的", ["9月18日"], ["参加了"]);
    await answers("兰州那个协同创新网络对话会在哪个场馆举办", ["黄河国际会展中心"], ["参加了"]);
  });

  it("reads a count grown since the first batch ('由首批8个增至21个'; guard: passes before too, growth-224's g224-036 sentence did not)", async () => {
    await answers("西北五省区联盟成员间合作项目现在有多少个", ["21个"]);
  });

  it("reads '从成立时到现在涨到多少' as the count now, a count that grew to it being a running figure", async () => {
    await answers("西北五省区联盟成员间的合作项目从成立时到现在涨到多少了", ["21个"]);
  });

  it("says a batch to come left to how things go ('视…情况适时启动') is not decided", async () => {
    const a = await grown.engine.answer("西北五省区联盟第二批会吸纳哪些高新区？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("适时启动");
  });

  it("dates a preparation said by half a year", async () => {
    await answers("海洋装备网络是什么时候开始筹备的", ["2025年上半年"]);
  });
});
