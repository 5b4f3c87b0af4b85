/**
 * Classes of questions and articles never seen, found in session 46, each over articles written for this test in new
 * words: a count a later report says grew ("…设立的联合实验室，已由去年的18个增至27个") stands in place of the earlier
 * report's; a secretariat handed over from a meeting the article reports ("此前设在A，自本次会议起移交B承担"); the
 * newcomers asked as "有哪些新成员加入"; a "建设交流会" that is no founding; a speaker of a zone at an occasion pointed out
 * by its host ("青岛那个交流会上，烟台高新区是谁介绍的").
 */
import { describe, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t46-ocean", "国家高新区海洋装备产业协同创新网络在青岛成立", "2026-03-20", [
    "3月18日，国家高新区海洋装备产业协同创新网络成立大会在青岛高新区举行，网络由青岛高新区牵头，首批成员8家：青岛高新区、烟台高新区、威海火炬高新区、大连高新区、舟山高新区、湛江高新区、厦门火炬高新区、连云港高新区。",
    "会议选举青岛高新区为理事长单位，网络秘书处设在青岛高新区，秘书处任期三年。",
    "依托网络平台，青岛海洋装备研究院联合烟台、威海等地企业设立联合实验室合计18个。",
  ]),
  article("t46-ocean2", "海洋装备网络年会吸纳新成员 秘书处完成交接", "2026-11-12", [
    "11月10日，国家高新区海洋装备产业协同创新网络2026年年会在烟台高新区召开。",
    "会议审议通过新成员入网申请，北海高新区、防城港高新区正式加入网络，网络成员由8家增至10家。",
    "网络秘书处此前设在青岛高新区，自本次会议起移交烟台高新区承担，任期三年。",
    "据介绍，青岛海洋装备研究院联合网络成员单位的企业和高校，在沿海城市设立的联合实验室，已由去年的18个增至27个。",
  ]),
  article("t46-forum", "海洋经济高新区建设交流会在我区举行", "2026-10-09", [
    "10月8日，全国海洋经济高新区建设交流会在青岛高新区国际会展中心举行，沿海11个省份的高新区代表参加。",
    "烟台高新区管委会副主任孙立群介绍，烟台高新区持续推动海工装备龙头企业与配套企业对接，全年促成合作项目21个。",
    "在今年全市科技工作会议上，烟台高新区党工委书记韩振东介绍，烟台高新区将加快建设海洋装备中试基地。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 46: counts, seats and members that changed", () => {
  it("answers a count a later report says grew, in place of the earlier report's", async () => {
    await answers("青岛海洋装备研究院的联合实验室现在有多少个？", ["27"], ["：18个"]);
    await answers("海洋装备网络的联合实验室有多少个", ["27"], ["：18个"]);
  });

  it("moves a secretariat handed over 'from this meeting' ('自本次会议起移交B承担')", async () => {
    await answers("海洋装备网络秘书处现在由哪家承担？", ["烟台"], ["设在青岛高新区（"]);
  });

  it("answers 'which new members joined' with the newcomers, not the whole list", async () => {
    await answers("海洋装备网络年会上有哪些新成员加入？", ["北海", "防城港"], ["舟山", "湛江"]);
  });
});

describe("session 46: occasions", () => {
  it("dates a 建设交流会 its host points out (no founding)", async () => {
    await answers("青岛办的那个海洋经济高新区建设交流会是哪天开的？", ["10月8日"]);
  });

  it("finds a zone's speaker at an occasion pointed out by its host", async () => {
    await answers("青岛那个建设交流会上，烟台高新区是谁来介绍的？", ["孙立群"], ["韩振东"]);
  });
});
