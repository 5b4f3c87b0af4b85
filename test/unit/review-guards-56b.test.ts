/**
 * Counter-examples a reviewer found in session 56's later changes (articles in test/fixtures/review-56b/, one folder a
 * case, each read into its own engine), each answered as it should be.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askFixture } from "../helpers/fixture-engine.ts";

const ask = askFixture(join(import.meta.dirname, "../fixtures/review-56b"));

describe("session 56 review guards (second review)", () => {
  it("who may become an observer is a rule, not the observers recorded", async () => {
    const a = await ask("c1", "哪些园区可以申请成为物联网网络的观察员单位？");
    expect(a.answer).toContain("省级高新区");
  });
  it("an observer restored as a member later is a member, and no stale observer seat answers", async () => {
    expect((await ask("c2b", "郑州高新区现在是物联网网络的正式成员吗")).answer.startsWith("是")).toBe(true);
    expect((await ask("c2b", "物联网网络有几家观察员单位，是谁")).answer).not.toContain("1家：郑州高新区");
  });
  it("an interviewer asking 你们 in an interview whose title names the zone: the reply after it", async () => {
    const a = await ask("c3", "东湖高新区在光电子网络下一步有什么打算？");
    expect(a.answer).toContain("重点抓好三件事");
  });
  it("the examples of the last point stop at its paragraph", async () => {
    const a = await ask("c4", "火炬中心负责人讲强化人才联合培养这一点时举了哪些例子？");
    expect(a.answer).toContain("浙江大学");
    expect(a.answer).not.toContain("签署");
  });
  it("a false lead said before a question about the network's activities is still corrected", async () => {
    const a = await ask("", "东湖高新区牵头的物联网网络今年举办了哪些活动？");
    expect(a.answer).toContain("前提有误");
  });
  it("a founding date survives a year named before it that is no look back ('筹建工作始于2024年')", async () => {
    const a = await ask("c8", "长江中游联盟是什么时候成立的？");
    expect(a.answer).toContain("2025年4月26日");
  });
  it("a figure of the alliance's own projects, opening with its region, stays the alliance's", async () => {
    const a = await ask("c9", "长江中游联盟跨区域科技成果转化项目签约了多少个？");
    expect(a.answer).toContain("63个");
  });
  it("a seat grown is not counted with a zone added in an earlier step", async () => {
    const a = await ask("c10", "物联网网络有几家副理事长单位？");
    expect(a.answer).not.toMatch(/杭州高新区、杭州高新区/);
  });
  it("a review titled with a year before the alliance's name is the alliance's", async () => {
    const a = await ask("c14b", "长江中游联盟和哪个联盟签了战略合作协议？");
    expect(a.answer).toContain("长三角国家高新区联盟");
  });
  it("a person in a column titled with an alliance's name is not that alliance's", async () => {
    const a = await ask("c21", "长三角联盟里宁波高新区是哪位负责人发言？");
    expect(a.answer).not.toContain("李明");
  });
  it("the examples of a point are the named speaker's, in the named group's article", async () => {
    const a = await ask("c22", "顾国栋在物联网网络年会上讲强化应用场景开放时举了哪些例子？");
    expect(a.answer).toContain("无锡高新区");
    expect(a.answer).not.toContain("深圳高新区");
  });
  it("秘书长 written as '正、副秘书长' is not said to be unwritten", async () => {
    const a = await ask("c7", "物联网网络秘书长是谁？");
    expect(a.answer).not.toContain("没有提到国家高新区物联网产业协同创新网络的秘书长");
  });
});
