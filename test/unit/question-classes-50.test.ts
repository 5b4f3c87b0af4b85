/**
 * Member lists found unread in session 50 by the add-time check (src/admin/unread-lists.ts) over the kept growth sets,
 * each class over articles written for this test in new words: newcomers listed with half-width marks after
 * "名单如下:"; newcomers counted as zones that applied, then listed a line each; a list by a river's reaches
 * ("上游3家：…；中游3家：…；下游4家：…") with the lead's title after its name; a zone whose name is a region and its
 * specialty, longer than a city's; the lead and the N it brings together, "成员单位共计N+1家", with the N by parts; a
 * member turned observer after the reason ("因…调整，由成员单位转为观察员单位"); and a founding known by its count
 * only, followed by a whole list and the joins and leavings between.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t50-pearl", "珠江—西江经济带国家高新区协同创新联盟在广州成立", "2026-04-22", [
    "4月21日，珠江—西江经济带国家高新区协同创新联盟成立大会在广州高新区举行。广州高新区联合沿江三省区共10家国家高新区共同发起成立该联盟。",
    "按珠江干流上、中、下游划分，联盟首批成员如下。上游3家：昆明高新区、贵阳高新区、柳州高新区；中游3家：南宁高新区、梧州高新区、桂林高新区；下游4家：广州高新区（牵头单位）、佛山高新区、肇庆高新区、珠三角生态农业高新区。",
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
      "珠三角生态农业",
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
