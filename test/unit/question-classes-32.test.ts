/**
 * Classes of questions never seen, found in session 32, each over an article written for this test in new words.
 * Who held a seat before ("之前是谁当的", "是谁把…交给B的", "在B之前…是哪个"); the holder a meeting names for the next
 * term written first ("B将担任下一任…单位"); a term's length stated as the post's rule in a sentence of its own, when
 * the holder's sentence says only until when; a deputy seat as it stands after zones were added to it; a seat shared
 * "与B共同协助"; a secretariat "作为常设机构固定设在A"; the first term and a year's holder asked in one question.
 */
import { describe, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t32-farm", "国家高新区智能农机产业协同创新网络在洛阳启动", "2026-03-11", [
    "3月10日，国家高新区智能农机产业协同创新网络在洛阳高新区启动，洛阳、潍坊、常州、佳木斯、新疆、昌吉6家国家高新区为首批成员。",
    "网络设立理事会，洛阳高新区自网络启动以来担任首届理事长单位，潍坊、常州2家高新区担任副理事长单位。",
    "与轮值主席不同，网络秘书处作为常设机构固定设在洛阳高新区，不随轮值主席单位轮换。",
    "根据网络章程，首任轮值主席由洛阳高新区担任，2027年起由潍坊高新区接任。",
  ]),
  article("t32-farm2", "智能农机网络2027年年会在潍坊举行 轮值主席交至潍坊", "2027-04-20", [
    "4月19日，国家高新区智能农机产业协同创新网络2027年年会在潍坊高新区举行。",
    "根据年会通过的网络章程修正案，网络实行轮值主席制，每届任期一年。",
    "年会上，洛阳高新区将轮值主席旗帜交给潍坊高新区，潍坊高新区成为网络第二任轮值主席单位，任期至2028年年会。",
    "会议同时确定，常州高新区将担任下一任轮值主席单位。",
    "年会增补佳木斯高新区为副理事长单位，副理事长单位由2家增至3家。",
    "会议选举产生第二届理事会，洛阳高新区卸任理事长后继续担任副主席单位，与昌吉高新区共同协助轮值主席开展工作。",
  ]),
];

describe("session 32 question classes", () => {
  const { answers } = grownEngine(ARTICLES);

  it("says who held a rotating seat before its handover", async () => {
    await answers("智能农机网络的轮值主席之前是谁当的？", ["洛阳"]);
    await answers("智能农机网络是谁把轮值主席交给潍坊的", ["洛阳"]);
    await answers("智能农机网络的轮值主席之前是谁当的？是谁把主席交给潍坊的", ["洛阳"], ["是的"]);
  });

  it("says the term before the one a zone holds, as the terms are numbered", async () => {
    await answers("在潍坊之前，智能农机网络的轮值主席是哪个", ["洛阳"]);
  });

  it("reads the next term's holder written before the seat", async () => {
    await answers("智能农机网络潍坊之后的下一任轮值主席是谁？", ["常州"]);
  });

  it("gives a post's length from the rule its article states apart", async () => {
    await answers("智能农机网络的轮值主席一届干多久", ["一年"]);
  });

  it("lists a deputy seat as it stands after zones were added to it", async () => {
    await answers("智能农机网络现在的副理事长单位有哪些？", ["潍坊", "常州", "佳木斯"], ["没有列出全部"]);
  });

  it("reads a seat shared with a zone that assists together", async () => {
    await answers("智能农机网络的副主席单位是哪两家？", ["洛阳", "昌吉"]);
  });

  it("reads a secretariat fixed as a standing body", async () => {
    await answers("智能农机网络秘书处设在哪里？", ["洛阳"]);
  });

  it("answers the first term and a year's holder asked together", async () => {
    await answers("智能农机网络首任轮值主席是谁，2027年起谁接？", ["洛阳", "潍坊"]);
  });
});
