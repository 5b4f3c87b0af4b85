/**
 * Classes of questions never seen, found in session 28, each over an article written for this test in new words.
 * Whether something was decided, or what it was decided to be, when the article says it is still open in words the
 * earlier cue did not know ("会议决定暂不作出决定，留待下次理事会再议", "章程未作规定，将视…再议", "仍在测算，暂时不
 * 便披露"), asked "有没有同意", "允不允许…加入", "最后定了多少" — or when the sentence that leaves it open ranks below
 * one about something near it ("首期规模…" asked the total): not known yet, with that sentence, never a member list
 * or a figure of another thing; a zone named beside the kind of zone asked ("湛江那边的省级高新区") is not asked
 * whether it is a member, nor are observers the members.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t28-wind", "十家国家高新区组建风电装备产业协同创新网络", "2026-04-16", [
    "4月15日，国家高新区风电装备产业协同创新网络启动大会在盐城高新区举行。盐城高新区牵头，联合包头、湘潭、南通等9家国家高新区共同组建该网络。",
    "网络将发起设立风电装备协同创新基金，首期规模15亿元，由盐城高新区联合部分成员单位共同出资。",
    "对于基金的总规模以及各成员单位的出资比例，网络秘书处负责人郑海川表示仍在测算之中，暂时不便披露。",
  ]),
  article("t28-wind2", "风电装备网络召开2026年工作推进会", "2026-09-22", [
    "9月20日，国家高新区风电装备产业协同创新网络2026年工作推进会在包头高新区召开。",
    "网络成员高新区集聚风电装备相关企业约900家。",
    "关于部分省级高新区以观察员身份参与网络的问题，网络秘书处已完成意见征集，但成员单位意见尚不统一，会议决定暂不作出决定，留待下次理事会再议。",
  ]),
  article("t28-gulf", "北部湾四家国家高新区组建协同创新联盟", "2026-05-09", [
    "5月8日，北部湾国家高新区协同创新联盟成立大会在南宁高新区召开。南宁高新区、北海高新区、湛江高新区、海口高新区共同签署联盟合作协议。",
    "联盟是否吸纳两广一琼的省级高新区，章程未作规定，联盟秘书长陶景明表示将视联盟运行情况再议。",
    "对于联盟发展基金的规模，陶景明表示目前仍在测算。",
  ]),
  article("t28-gulf2", "北部湾高新区联盟召开首次理事会", "2026-10-15", [
    "10月14日，北部湾国家高新区协同创新联盟首次理事会在湛江高新区召开。",
    "会议明确，联盟发展基金规模最终确定为8亿元，由四家成员高新区共同出资。",
  ]),
];

const grown = grownEngine(ARTICLES);

describe("what the article says is still open is not known yet, with that sentence", () => {
  it.each([
    ["风电网络最后有没有同意让省级高新区当观察员？", "暂不作出决定"],
    ["风电装备网络到底同不同意省级高新区以观察员身份参与？", "暂不作出决定"],
    ["北部湾联盟允不允许广西、广东的省级高新区加入？", "章程未作规定"],
    ["北部湾联盟允不允许湛江、北海那边的省级高新区加入？", "章程未作规定"],
    ["风电网络后来有哪些省级高新区成了观察员？", "暂不作出决定"],
    ["风电装备协同创新基金的总规模最后定了多少亿？", "仍在测算"],
  ])("%s", async (q, said) => {
    const a = await grown.engine.answer(q);
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain(said);
    expect(a.citations.some((c) => c.quote.includes(said))).toBe(true);
  });
});

describe("what a later article decided is the answer, not the earlier sentence that left it open", () => {
  it("北部湾联盟发展基金的规模最后定了多少？", async () => {
    await grown.answers("北部湾联盟发展基金的规模最后定了多少？", ["8亿"], ["尚未确定"]);
  });
});
