import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import {
  CARD_MAX_BYTES,
  cardBytes,
  escapeMarkdown,
  renderCard,
  renderText,
  textContent,
  truncate,
} from "../../src/feishu/render.ts";

const options = { defaultTitle: "助手" };
const answer: Answer = {
  kind: "fact",
  title: "物联网网络 · 成员",
  answer: "共 11 个。",
  items: [{ name: "无锡", note: "牵头" }, { name: "鹰潭" }],
  notes: ["截至 2023 年"],
  citations: [{ articleId: "a1", title: "文章*一*", date: "2023-05-18", quote: "无锡、鹰潭 <at id=all></at>" }],
};

type El = Record<string, unknown>;

describe("renderCard (card JSON 2.0)", () => {
  it("has schema 2.0, a header and a collapsed 来源 panel with quote, title and date", () => {
    const card = renderCard(answer, options);
    expect(card.schema).toBe("2.0");
    expect((card.header.title as El).content).toBe("物联网网络 · 成员");
    const panel = card.body.elements.find((e) => e.tag === "collapsible_panel") as El;
    expect(panel.expanded).toBe(false);
    expect(((panel.header as El).title as El).content).toBe("来源（1）");
    const json = JSON.stringify(panel);
    expect(json).toContain("2023-05-18");
    expect(json).toContain("文章&#42;一&#42;");
    expect(json).toContain("鹰潭");
  });

  it("keeps knowledge text out of markdown interpretation", () => {
    const json = JSON.stringify(renderCard(answer, options));
    expect(json).not.toContain("<at id=all>");
    expect(escapeMarkdown("<at id=all></at> *b* [x](y)")).toBe(
      "&lt;at id=all&gt;&lt;/at&gt; &#42;b&#42; &#91;x&#93;(y)",
    );
  });

  it("bounds lengths and lists, and stays under the size limit for big answers", () => {
    const big: Answer = {
      kind: "passage",
      answer: "长".repeat(10_000),
      items: Array.from({ length: 500 }, (_, i) => ({ name: `高新区${i}` })),
      citations: Array.from({ length: 100 }, (_, i) => ({
        articleId: `a${i}`,
        title: "题".repeat(300),
        date: null,
        quote: "引".repeat(3000),
      })),
    };
    const card = renderCard(big, options);
    expect(JSON.stringify(card)).toContain("另有 420 项");
    expect(JSON.stringify(card)).toContain("另有 88 条来源");
    expect(cardBytes(card)).toBeLessThan(CARD_MAX_BYTES * 2);
  });

  it("uses the default title and a grey header for 'none'", () => {
    const card = renderCard({ kind: "none", answer: "知识库没有覆盖。", citations: [] }, options);
    expect((card.header.title as El).content).toBe("助手");
    expect(card.header.template).toBe("grey");
    expect(card.body.elements.some((e) => e.tag === "collapsible_panel")).toBe(false);
  });
});

describe("renderText", () => {
  it("contains answer, items, notes and sources; defuses <at>", () => {
    const text = renderText(answer, options);
    expect(text).toContain("共 11 个。");
    expect(text).toContain("• 无锡：牵头");
    expect(text).toContain("注：截至 2023 年");
    expect(text).toContain("来源：\n1. 《文章*一*》（2023-05-18）");
    expect(text).not.toContain("<at");
    expect(JSON.parse(textContent("x".repeat(20_000))).text.length).toBeLessThanOrEqual(8000);
  });

  it("truncate counts code points", () => {
    expect(truncate("😀😀😀", 2)).toBe("😀…");
    expect(truncate("abc", 3)).toBe("abc");
  });
});
