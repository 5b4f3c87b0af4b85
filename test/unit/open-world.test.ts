/**
 * Open world: a zone no fact describes but an added article mentions is answered from the passages that quote
 * it; a name no article mentions is still refused with "没有…的记录".
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { growthArticles } from "../growth/check.ts";

let engine: Engine;
beforeAll(async () => {
  const dir = fileURLToPath(new URL("../growth4/articles/", import.meta.url));
  engine = await createEngine({ added: () => ({ articles: growthArticles(dir), events: [] }) });
});

describe("names the facts do not describe", () => {
  it("answers from a passage that quotes a zone an article mentions", async () => {
    const a = await engine.answer("安阳高新区入网以后，是谁说要开放试飞场地的？");
    expect(a.kind).toBe("passage");
    expect(a.citations.some((c) => c.quote.includes("安阳"))).toBe(true);
  });

  it("refuses a zone no article mentions", async () => {
    const a = await engine.answer("贵阳高新区是什么时候加入物联网产业协同创新网络的？");
    expect(a.kind).toBe("none");
  });
});

describe("who said a quotation", () => {
  it("quotes the sentence that names the speaker after the quotation, for 哪位/谁", async () => {
    const a = await engine.answer("提出低空网络到2027年产业规模突破3000亿元目标的是哪位领导？");
    expect(a.answer).toContain("罗文彬");
    expect(a.citations.some((c) => c.quote.includes("罗文彬"))).toBe(true);
  });
});

describe("titles and leads of an alliance", () => {
  it("an alliance is led by its chair", async () => {
    const a = await engine.answer("黄河流域国家高新区协同创新联盟由谁领头？");
    expect(a.answer).toContain("郑州高新区");
  });

  it("a later term is not the first one, and a deputy is not the head", async () => {
    expect((await engine.answer("黄河流域国家高新区协同创新联盟第二届理事长是谁？")).kind).toBe("none");
    expect((await engine.answer("低空经济网络专家咨询委员会的副主任委员是谁？")).kind).toBe("none");
  });
});
