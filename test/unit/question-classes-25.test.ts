/**
 * Classes of questions never seen, shown by session 24's finals after they were scored (growth-86, blind-44), each
 * over an article written for this test in new words: what a group plans asked "打算干啥" (啥 is 什么: the
 * enumerated items "一是…；二是…；三是…" are quoted whole, not the first two); which ones of a counted set
 * ("3个高地是哪几个", "哪七个"), which no amount answers unless it counts as many and names them; a counted set the
 * article names but never lists ("七大要素具体是哪七个": said so, not quoted as the list); a seat the article says
 * "由理事会投票产生" later (not decided yet).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t25-tea", "国家高新区茶叶产业协同创新网络在普洱成立", "2025-09-12", [
    "9月10日，国家高新区茶叶产业协同创新网络在普洱高新区成立。首批成员单位共4家：普洱高新区（牵头单位）、黄山高新区、宁德高新区、安顺高新区。",
    "下一步，网络将重点做好四项工作：一是共建茶叶品质检测平台，推动检测结果互认；二是联合发布茶园数字化改造场景清单；三是建立茶产业人才联合培训机制，每年举办一期跨区域培训班；四是探索设立茶产业发展基金。",
    "网络提出将健全六大机制，推进实施五大工程。",
    "网络首届理事长单位由普洱高新区担任，下一届理事长单位将在本届任期届满前由理事会投票产生。",
  ]),
];

describe("question classes, session 25: lists asked, and lists not given", () => {
  const grown = grownEngine(ARTICLES);
  const answers = grown.answers;

  it("quotes every enumerated item of a plan asked '打算干啥'", async () => {
    await answers("茶叶网络下一步打算干啥", ["品质检测", "场景清单", "人才联合培训", "发展基金"]);
  });
  it("answers which ones of a counted set with the names, not an amount ('哪3个高地')", async () => {
    // (Over the base articles: 昆山's 电子信息产业 has a figure, 产值超5000亿元, which names no 高地.)
    const a = await grown.engine.answer("昆山电子信息产业要建的是哪3个千亿级高地");
    expect(a.answer).toContain("新型显示、智能终端、先进计算3个千亿级");
  });
  it("says an article names a counted set without listing it ('六大机制具体是哪六个')", async () => {
    const a = await grown.engine.answer("茶叶网络说的“六大机制”具体是哪六个？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("六大机制");
    expect(a.citations[0]?.quote).toContain("健全六大机制");
  });
  it("says a seat to be chosen '由理事会投票产生' is not decided yet", async () => {
    const a = await grown.engine.answer("茶叶网络下一届理事长单位定了吗，是谁");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("投票产生");
  });
});
