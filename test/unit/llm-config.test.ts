import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import { configSecrets, parseConfig } from "../../src/config.ts";
import { renderCard, renderProgressCard, renderText } from "../../src/feishu/render.ts";

const KEY = "sk-test-0123456789abcdef";

describe("LLM configuration", () => {
  it("is off by default", () => {
    expect(parseConfig({}).llm).toBeUndefined();
  });

  it("LLM_BASE_URL + LLM_MODEL (+ key) turn it on; the key is a logger secret; streaming and 20 s by default", () => {
    const config = parseConfig({
      LLM_BASE_URL: "https://api.deepseek.com/v1/",
      LLM_MODEL: "deepseek-chat",
      LLM_API_KEY: KEY,
    });
    expect(config.llm).toEqual({
      baseUrl: "https://api.deepseek.com/v1",
      apiKey: KEY,
      model: "deepseek-chat",
      timeoutMs: 20_000,
      stream: true,
    });
    expect(configSecrets(config)).toContain(KEY);
    expect(
      parseConfig({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "qwen2.5" }).llm?.apiKey,
    ).toBeUndefined();
    expect(
      parseConfig({ LLM_BASE_URL: "http://x/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS: "5000", LLM_STREAM: "0" }).llm,
    ).toMatchObject({ timeoutMs: 5000, stream: false });
  });

  it.each([
    [{ LLM_BASE_URL: "https://api.deepseek.com/v1" }, "LLM_MODEL"],
    [{ LLM_MODEL: "deepseek-chat" }, "LLM_BASE_URL"],
    [{ LLM_API_KEY: KEY }, "LLM_BASE_URL"],
    [{ LLM_BASE_URL: "ftp://example.com", LLM_MODEL: "m" }, "LLM_BASE_URL"],
    [{ LLM_BASE_URL: "https://x/v1?key=1", LLM_MODEL: "m" }, "LLM_BASE_URL"],
    [{ LLM_BASE_URL: "https://x/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS: "50" }, "LLM_TIMEOUT_MS"],
    [{ LLM_BASE_URL: "https://x/v1", LLM_MODEL: "m", LLM_STREAM: "maybe" }, "LLM_STREAM"],
  ])("%o → an E_CONFIG error naming %s", (env, name) => {
    expect(() => parseConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it("a bad key is named but never printed", () => {
    try {
      parseConfig({ LLM_BASE_URL: "https://x/v1", LLM_MODEL: "m", LLM_API_KEY: "ab" });
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).toContain("LLM_API_KEY");
      expect(String((error as Error).message)).not.toContain('"ab"');
    }
  });
});

describe("cards mark generated text and resolved follow-ups", () => {
  const generated: Answer = {
    kind: "passage",
    answer: "无锡高新区牵头联合11家优势高新区[1]。",
    citations: [{ articleId: "a", title: "标题", date: null, quote: "无锡高新区牵头联合……11家优势高新区" }],
    generated: { model: "deepseek-chat", sentences: 1, dropped: 1 },
    understoodAs: "国家高新区物联网产业协同创新网络的牵头单位呢",
  };
  const options = { defaultTitle: "高新区协同助手" };

  it("card: the follow-up reading and the generated label come before the answer; updates stay possible", () => {
    const card = renderCard(generated, options);
    const texts = JSON.stringify(card.body.elements);
    expect(texts.indexOf("按上文理解为")).toBeLessThan(texts.indexOf("deepseek-chat"));
    expect(texts.indexOf("根据引文写成")).toBeLessThan(texts.indexOf("无锡高新区牵头联合11家"));
    expect(card.config.update_multi).toBe(true);
    expect(
      JSON.stringify(
        renderCard(
          { ...generated, generated: { model: "deepseek-chat", sentences: 0, dropped: 0, partial: true } },
          options,
        ),
      ),
    ).toContain("生成中");
  });

  it("text fallback says the same", () => {
    const text = renderText(generated, options);
    expect(text).toContain("按上文理解为：国家高新区物联网产业协同创新网络的牵头单位呢");
    expect(text).toContain("根据引文写成");
  });

  it("an answer not written by a model is not marked", () => {
    const plain = renderCard({ ...generated, generated: undefined, understoodAs: undefined }, options);
    expect(JSON.stringify(plain)).not.toMatch(/根据引文写成|按上文理解为/);
  });

  it("the progress card can be updated in place", () => {
    const card = renderProgressCard(options);
    expect(card.config.update_multi).toBe(true);
    expect(JSON.stringify(card)).toContain("正在检索");
  });
});
