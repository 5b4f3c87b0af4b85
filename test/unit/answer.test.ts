import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ factsOnly: true });
});
const ask = (q: string) => engine.answer(q);

describe("fact intents", () => {
  it("lists members in source order with the lead first, and cites the list", async () => {
    const a = await ask("物联网网络有哪些成员");
    expect(a.kind).toBe("fact");
    expect(a.items?.map((i) => i.name)).toEqual([
      "无锡高新区",
      "苏州工业园区",
      "杭州高新区",
      "西安高新区",
      "广州高新区",
      "青岛高新区",
      "上海紫竹高新区",
      "苏州高新区",
      "郑州高新区",
      "大连高新区",
      "芜湖高新区",
      "鹰潭高新区",
    ]);
    expect(a.citations[0]?.quote).toContain("鹰潭等11家优势高新区");
  });

  it("answers English and synonym forms the same way", async () => {
    expect((await ask("Which zones are in the IoT network?")).items).toHaveLength(12);
    expect((await ask("芯片网络有多少家高新区")).answer).toContain("16家");
    expect((await ask("光电网络的牵头单位是谁")).answer).toContain("武汉东湖高新区");
  });

  it("does reverse lookups, intersections and differences", async () => {
    const wuxi = await ask("无锡高新区参加了哪些协同创新网络");
    expect(wuxi.answer).toMatch(/集成电路.*物联网.*光电子/s);
    expect(wuxi.answer).not.toContain("人工智能");
    const both = await ask("同时加入人工智能和集成电路网络的高新区");
    expect(both.items?.map((i) => i.name)).not.toContain("青岛高新区");
    expect(both.items).toHaveLength(10);
    const diff = await ask("物联网网络有但集成电路网络没有的高新区");
    expect(diff.items?.map((i) => i.name)).toEqual([
      "青岛高新区",
      "上海紫竹高新区",
      "郑州高新区",
      "大连高新区",
      "芜湖高新区",
      "鹰潭高新区",
    ]);
  });

  it("answers an ambiguous name for each reading and says so", async () => {
    const a = await ask("苏州参加了哪些网络");
    expect(a.answer).toContain("苏州高新区");
    expect(a.answer).toContain("苏州工业园区");
    expect(a.notes?.join("")).toContain("不同");
  });

  it("says no to a non-member and is unsure for a partial list", async () => {
    // Answered in the question's own verb: "有…吗" → "没有。"
    expect((await ask("物联网网络有上海张江吗")).answer).toMatch(/^没有。/);
    expect((await ask("上海张江是物联网网络的成员吗")).answer).toMatch(/^不是/);
    expect((await ask("新型显示网络有无锡吗")).answer).toContain("无法确定");
  });

  it("refuses unknown entities and unrecorded attributes, listing what is known", async () => {
    const bio = await ask("生物医药产业协同创新网络有哪些成员");
    expect(bio.kind).toBe("none");
    expect(bio.answer).toContain("物联网");
    const sec = await ask("物联网网络的秘书处在哪");
    expect(sec.kind).toBe("none");
    expect(sec.answer).toContain("无锡高新区");
  });

  it("answers figures with their evidence", async () => {
    const a = await ask("江苏高新区以多少土地创造了多少地区生产总值");
    expect(a.answer).toContain("5.3%");
    expect(a.answer).toContain("27.3%");
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
  });

  it("rejects empty and over-long questions with a clear message", async () => {
    expect((await ask("   ")).kind).toBe("none");
    expect((await ask("问".repeat(5000))).answer).toContain("太长");
  });

  it("every fact citation is an exact substring of its article", async () => {
    for (const q of ["淮河联盟秘书处设在哪里", "哪些网络是在11月成立的", "/简报"]) {
      const a = await ask(q);
      for (const c of a.citations) expect(engine.knowledge.articles.get(c.articleId)?.body).toContain(c.quote);
    }
  });

  it("builds a briefing of all networks and alliances", () => {
    const b = engine.briefing();
    expect(b.answer).toContain("国家高新区物联网产业协同创新网络");
    expect(b.answer).toContain("淮河生态经济带高新区产业科技创新战略联盟");
    expect(engine.briefing("物联网").answer).toContain("鹰潭");
    expect(engine.briefing("火星").kind).toBe("none");
  });
});
