import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";
import { answerFromPassages } from "../../src/retrieval/answer.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { splitAll } from "../../src/retrieval/passages.ts";
import { supports } from "../../src/retrieval/support.ts";
import { createTokenizer } from "../../src/retrieval/tokenize.ts";

let knowledge: Knowledge;
let retriever: Retriever;
beforeAll(async () => {
  knowledge = loadKnowledge();
  retriever = await Retriever.build(knowledge);
});

describe("retrieval", () => {
  it("keeps domain names whole in the tokenizer", () => {
    const words = createTokenizer(knowledge).tokens("苏州工业园区参加物联网和集成电路产业");
    expect(words).toContain("苏州工业园区");
    expect(words).toContain("物联网");
    expect(words).toContain("集成电路");
  });

  it("passages are exact slices of their articles", () => {
    for (const p of splitAll(knowledge.articles.values())) {
      expect(knowledge.articles.get(p.articleId)?.body.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it("answers an open question with verbatim quotes", async () => {
    const a = await answerFromPassages(retriever, "集成电路产业链上各高新区如何分工");
    expect(a?.kind).toBe("passage");
    expect(a?.answer).toContain("芯片设计");
    for (const c of a?.citations ?? []) expect(knowledge.articles.get(c.articleId)?.body).toContain(c.quote);
  });

  it("returns nothing below the relevance floor", async () => {
    expect(await answerFromPassages(retriever, "今天天气怎么样")).toBeNull();
  });

  it("never answers with an empty quote when the best hits are headlines alone", async () => {
    // The hits for this question are the piece's headline and the dateline sentence; the headline alone is
    // no quote, so the answer is the dateline sentence or nothing, never "据《…》：undefined".
    const a = await answerFromPassages(retriever, "三原高新区推介会哪天在哪开的");
    if (a) {
      expect(a.answer).not.toContain("undefined");
      expect(a.citations.length).toBeGreaterThan(0);
    }
  });

  it("rebuilds deterministically", async () => {
    const again = await Retriever.build(knowledge);
    const q = "淮河联盟下一步怎么做";
    const ids = async (r: Retriever) => (await r.search(q, 10)).map((h) => h.passage.id);
    expect(await ids(again)).toEqual(await ids(retriever));
  });

  it("keeps a sentence whole when the source wraps it across a paragraph break", () => {
    const passages = splitAll(knowledge.articles.values());
    const wrapped = passages.find((p) => p.text.startsWith("协同创新网络各成员单位共建一张资源"));
    expect(wrapped?.text).toMatch(/共育一流产业生态。$/);
    // Headings stay passages of their own.
    expect(passages.some((p) => p.text === '有序引导唱响开放合作"大合唱"')).toBe(true);
  });

  it("quotes a whole enumerated list, each item's first sentence as its own exact quote", async () => {
    const a = await answerFromPassages(retriever, "淮河联盟下一步要从哪五个方面推进工作");
    expect(a?.kind).toBe("passage");
    for (const item of [
      "一是推动产业联动发展",
      "二是推动创新平台共建共享",
      "三是",
      "四是",
      "五是共同擦亮“科创淮河”品牌",
    ]) {
      expect(a?.answer).toContain(item);
    }
    for (const c of a?.citations ?? []) expect(knowledge.articles.get(c.articleId)?.body).toContain(c.quote);
  });

  it("continues a ';'-separated list to its end when the question asks for a list", async () => {
    const a = await answerFromPassages(retriever, "专家认为国家高新区跨区域协同形成了哪些新范式");
    for (const s of ["创新协同", "开放协同", "制度协同", "要素协同", "保障协同"]) expect(a?.answer).toContain(s);
    expect(a?.citations[0] && knowledge.articles.get(a.citations[0].articleId)?.body).toContain(a?.citations[0]?.quote);
  });

  it.each([
    ["物联网产业协同创新网络2025年的产值是多少", "a figure the articles do not give"],
    ["集成电路网络组建的创投基金规模有多大", "a size the articles do not state"],
    ["工信部规划司那位相关负责人叫什么名字", "a name the articles do not give"],
    ["光电子产业协同创新网络秘书处的联系电话是多少", "a detail the articles never record"],
    ["What is Tencent's stock price today?", "English words the articles do not cover"],
  ])("refuses %s (%s)", async (question) => {
    expect(await answerFromPassages(retriever, question)).toBeNull();
  });

  it("support: quantity needs a number, the measured noun and the year; time needs a date", () => {
    const passage = (text: string) => ({ text, context: text });
    expect(supports("产值是多少", passage("产值规模约为11.7万亿元"), knowledge).ok).toBe(true);
    expect(supports("产值是多少", passage("产值规模很大"), knowledge).ok).toBe(false);
    expect(supports("2023年的产值是多少", passage("2024年产值11.7万亿元"), knowledge).ok).toBe(false);
    expect(supports("营收是多少", passage("营收增长了"), knowledge).ok).toBe(false);
    expect(supports("联盟什么时候成立", passage("联盟成立了"), knowledge).ok).toBe(false);
    expect(supports("联盟什么时候成立", passage("2024年9月8日,联盟成立"), knowledge).ok).toBe(true);
    expect(supports("火炬中心主任叫什么名字", passage("访科技部火炬中心主任贾敬敦"), knowledge).ok).toBe(true);
    expect(supports("那位负责人叫什么名字", passage("工业和信息化部规划司相关负责人表示"), knowledge).ok).toBe(false);
    // The role as asked: a 副主任 is not the 主任.
    expect(supports("管委会主任是谁", passage("管委会副主任倪乾表示"), knowledge).ok).toBe(false);
  });

  it("support: a question with two amounts is answered by a passage that gives one of them", () => {
    const passage = (text: string) => ({ text, context: text });
    const two = "营业总收入多少，增速多少？";
    expect(supports(two, passage("2025年该区实现营业总收入3.05万亿元，同比增长9.2%"), knowledge).ok).toBe(true);
    expect(supports("基金首期规模和投了几个项目", passage("基金首期规模20亿元，投向项目11个"), knowledge).ok).toBe(
      true,
    );
    expect(supports("基金首期规模和投了几个项目", passage("联合建设平台17个"), knowledge).ok).toBe(false);
  });

  it("support: a date is not an amount, and an amount is every named entity's", () => {
    const passage = (text: string, context = text) => ({ text, context });
    expect(supports("基金规模是多少", passage("会议将于今年12月召开，审议基金设立方案"), knowledge).ok).toBe(false);
    const names = [["株洲高新区", "株洲"], ["物联网网络"]];
    const total = passage("物联网网络成员高新区物联网产业规模合计约1.3万亿元");
    expect(supports("株洲高新区的物联网网络产业规模有多大", total, knowledge, names).ok).toBe(false);
  });
});
