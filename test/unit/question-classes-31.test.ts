/**
 * Classes of questions never seen, found in session 31, each over an article written for this test in new words.
 * A province's zones written short and counted after them ("山东省的A、B、C3家高新区") keep their province, a zone
 * no other article names among them; a post's length said before its first holder ("轮值主席单位任期一年，首任…由A
 * 担任，任期自…至…") is its term's length; a term said "两年，至2028年9月" ends then; "任期到哪年哪月" asks until
 * when, not the founding; a second part asking a term ("杭州这一届到什么时候") is about the seat the first asks; a
 * second part pointing at "这个联盟" inside it is about the group the first part's answer names; a later term's plan
 * asked item by item ("第二届秘书处…主要做哪几件事") is what the article says; two occasions of one group asked
 * "分别在哪开" are each answered.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t31-river", "沿运河九家高新区组建大运河高新区协同创新联盟", "2026-05-21", [
    "5月20日，大运河国家高新区协同创新联盟在扬州高新区成立。来自沿运河4个省市的9家国家高新区共同签署联盟章程。",
    "联盟由扬州高新区牵头发起。从地域分布看，成员自北向南依次为：北京市的中关村科技园区；天津市的天津滨海高新区；河北省的沧州、衡水2家高新区；山东省的德州、聊城、鲁西运河3家高新区；江苏省的扬州高新区、淮安高新区。",
    "联盟秘书处设在扬州高新区，日常工作由扬州高新区科技局承担。",
  ]),
  article("t31-river2", "大运河高新区联盟召开2027年度会议 秘书处完成交接", "2027-05-26", [
    "5月25日，大运河国家高新区协同创新联盟2027年度会议暨秘书处交接仪式在德州高新区举行。",
    "会上，首届秘书处所在地扬州高新区向德州高新区移交了联盟档案，德州高新区正式承担第二届联盟秘书处工作，任期两年，至2029年5月。",
    "会议审议通过了宿州高新区的入盟申请。至此，联盟成员增至10家。",
    "第二届秘书处明确了2027—2028年度三项重点工作：一是年内上线“运河创新云”服务平台；二是由德州高新区牵头组建运河装备再制造创新联合体；三是举办运河沿线文旅科技场景对接会。",
  ]),
  article("t31-pump", "国家高新区工业泵阀产业协同创新网络在温州启动", "2026-04-09", [
    "4月8日，国家高新区工业泵阀产业协同创新网络在温州高新区启动，温州、台州、铁岭、合肥、大连、兰州6家国家高新区为首批成员。",
    "根据会上审议通过的《网络工作规则》，轮值主席单位任期一年，首任轮值主席单位由温州高新区担任，任期自2026年4月至2027年4月。",
  ]),
  article("t31-pump2", "工业泵阀网络年度大会举行 轮值主席交至台州", "2027-04-15", [
    "4月14日，国家高新区工业泵阀产业协同创新网络年度大会在台州高新区举行。",
    "会上，网络轮值主席单位由温州高新区移交至台州高新区。",
    "记者了解到，按照网络工作规则，台州高新区的任期至2028年4月。",
  ]),
  article("t31-river1", "大运河高新区联盟召开成立周年会议", "2026-11-12", [
    "11月11日，大运河国家高新区协同创新联盟成立周年会议在聊城高新区召开。",
  ]),
];

describe("session 31 question classes", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;
  const answer = (q: string) => grown.engine.answer(q);

  it("reads a province's zones counted after them, a zone no other article names among them", async () => {
    await answers("大运河联盟山东的成员有哪些", ["德州", "聊城", "鲁西运河"]);
  });

  it("gives a post's length said before its first holder with the holder's months", async () => {
    await answers("泵阀网络首任轮值主席单位是谁？轮值主席任期多长？", ["温州", "一年"]);
  });

  it("gives until when a term said with its length runs", async () => {
    await answers("大运河联盟秘书处任期到哪年哪月", ["德州", "2029年5月"]);
  });

  it("reads until when a term runs as no date the group was founded on", async () => {
    const a = await answer("大运河联盟秘书处是谁交给谁的？新一届任期到哪年哪月？");
    expect(a.answer).toContain("2029年5月");
    expect(a.answer).not.toContain("成立");
  });

  it("asks a second part's term of the seat the first part asks", async () => {
    await answers("泵阀网络的轮值主席一届干几年？台州这一届到什么时候？", ["一年", "2028年4月"]);
  });

  it("reads 这个联盟 inside a second part as the group the first part's answer names", async () => {
    await answers("宿州高新区加入的是哪个联盟？加入后这个联盟共有多少家成员？", ["大运河", "10家"]);
  });

  it("answers a later term's plan asked item by item from the article", async () => {
    await answers("大运河联盟第二届秘书处接手后，2027到2028年主要做哪几件事？", ["运河创新云", "再制造", "文旅"]);
  });

  it("answers two occasions of one group asked where each was held", async () => {
    await answers("大运河那个高新区联盟，成立周年的会和2027年度会议分别是在哪开的？", ["聊城", "德州"]);
  });
});
