/**
 * Classes of knowledge that grows, shown by growth-82 and growth-83 (session 23), each over an article written for
 * this test in new words: a member list by province written with ascii punctuation, each province's count in
 * brackets and the names bare ("湖北省(3家):武汉东湖,宜昌,荆州;…"); a list closed by 共N家 whose first name carries
 * the lead's mark ("A（牵头单位）、B…共N家国家高新区签署…"), where 共 is no part of the last name; an alliance that
 * three of its members initiated, asked "哪几家发起的" (the three, not its members); one zone that 联合 others 等
 * to initiate it, asked who (the one with those it joined, as written).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t23-midriver", "湘鄂赣9家高新区组建长江中游科创联盟", "2026-06-02", [
    "5月30日，长江中游城市群高新区科技创新联盟成立大会在岳阳高新区举行。",
    "联盟由岳阳高新区、宜昌高新区、九江高新区共同发起。联盟首批成员单位共9家,名单如下:湖北省(3家):武汉东湖,宜昌,荆州;湖南省(3家):岳阳,益阳,郴州;江西省(3家):九江,上饶,萍乡.",
  ]),
  article("t23-ship", "12家国家高新区共建海洋装备产业协同创新网络", "2026-08-12", [
    "8月10日，国家高新区海洋装备产业协同创新网络启动大会在舟山高新区举行。舟山高新区（牵头单位）、大连高新区、青岛高新区、烟台高新区、威海火炬高新区、连云港高新区、南通高新区、宁波高新区、厦门火炬高新区、湛江高新区、北海高新区、三亚高新区共12家国家高新区现场签署《国家高新区海洋装备产业协同创新网络共建协议》。",
  ]),
  article("t23-yellow", "沿黄高新区成立协同创新联盟", "2026-03-18", [
    "3月16日，黄河中下游国家高新区协同创新联盟在洛阳高新区成立。洛阳高新区联合新乡高新区、焦作高新区等沿黄国家高新区共同发起成立该联盟，联盟成员共8家。",
  ]),
];

const grown = grownEngine(ARTICLES);
const { answers } = grown;

describe("a list by province with ascii punctuation, counts in brackets, bare names", () => {
  it("a province's members", () => answers("长江中游科创联盟江西有哪些高新区", ["九江", "上饶", "萍乡"], ["岳阳"]));
  it("a province's count", () => answers("长江中游科创联盟湖南占几家", ["3家"]));
  it("a zone's groups include it", () => answers("萍乡高新区参加了哪些联盟", ["长江中游城市群高新区科技创新联盟"]));
});

describe("a list closed by 共N家 with the lead marked", () => {
  it("the members, the last name whole", () =>
    answers("海洋装备网络有哪些成员", ["舟山高新区", "三亚高新区", "12家"], ["三亚高新区共"]));
  it("the lead", () => answers("海洋装备网络谁牵头", ["舟山高新区"]));
});

describe("initiators", () => {
  it("'哪几家发起的': the three, not the nine members", () =>
    answers("长江中游科创联盟是哪几家发起的", ["岳阳高新区", "宜昌高新区", "九江高新区"], ["上饶", "萍乡"]));
  it("the members are still the nine", () => answers("长江中游科创联盟有哪些成员", ["上饶高新区", "萍乡高新区"]));
  it("one that joined others: as written", async () => {
    const a = await grown.engine.answer("黄河中下游联盟是谁发起的");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/洛阳高新区联合新乡高新区、焦作高新区等沿黄国家高新区共同发起/);
  });
});
