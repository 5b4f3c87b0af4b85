/**
 * Counter-examples a reviewer found in session 56's first changes (articles in test/fixtures/review-56/), each
 * answered as it should be: a heading whose last word is 网络 is no section asked; an interviewer's line about another
 * zone is not the one asked; another body's 成立大会 and a look back are no founding date; a title that names an
 * alliance over a body about a network is not the alliance's; a region's own figure is not its alliance's; a next
 * term left open leaves the current one alone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";

const DIR = join(import.meta.dirname, "../fixtures/review-56");
const ARTICLES = readdirSync(DIR).map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")));

describe("session 56 review guards", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ added: () => ({ articles: ARTICLES, events: [] }) });
  });
  const first = async (q: string) => {
    const a = await engine.answer(q);
    return { a, lead: a.answer.split("\n")[0] ?? "" };
  };
  it("a numbered heading ending in 网络 is not the section a question about the network asks", async () => {
    const { lead } = await first("光电子网络在人才交流方面做了哪些事？");
    expect(lead).not.toContain("公共服务平台41个");
  });
  it("an interviewer's line about another zone is not put first", async () => {
    const { a } = await first("光电子网络成员长沙高新区有什么打算");
    expect(a.answer).toContain("激光装备");
    expect(a.answer.split("\n")[0]).not.toContain("我们将重点做好三件事");
  });
  it("another body's 成立大会, dated by its opening clause, is not the alliance's founding", async () => {
    const { a } = await first("长江中游城市群国家高新区协同创新联盟是什么时候成立的");
    expect(a.answer).not.toContain("4月26日成立");
  });
  it("a dated 成立大会 told as a look back ('时间回到2023年冬天。11月29日…') is not of the article's year", async () => {
    const { a } = await first("黄河流域国家高新区协同发展联盟是什么时候成立的");
    expect(a.answer).not.toContain("2025年11月29日成立");
  });
  it("a title naming an alliance over a body about a network gives the alliance none of its figures", async () => {
    const { a } = await first("长三角联盟今年开展了多少场对接活动");
    expect(a.answer).not.toContain("15场");
  });
  it("a title naming a zone gives it none of the figures of the zone the body is about", async () => {
    const { a } = await first("东湖高新区在光电子网络里促成了多少合作项目");
    expect(a.answer).not.toMatch(/9个/);
  });
  it("a region's own figure ('长三角地区技术合同成交额…') is not its alliance's fact", async () => {
    const { a } = await first("长三角联盟技术合同成交额多少");
    expect(a.kind).not.toBe("fact");
  });
  it("a next term left open ('届时再由成员单位协商推选新一届…') leaves the current holder as written", async () => {
    const { a } = await first("长江中游城市群国家高新区协同创新联盟本届轮值主席单位是哪家");
    expect(a.kind).not.toBe("none");
    expect(a.answer).toContain("长沙高新区");
  });
  it("another zone's section under '存在的不足' is not the zone asked's", async () => {
    const { lead } = await first("东湖高新区今年有哪些不足");
    expect(lead).not.toContain("创新平台能级不高");
  });
});
