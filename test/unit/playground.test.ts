/**
 * The playground's card → HTML renderer (src/playground/card.tsx, markdown.ts) and the PLAYGROUND setting.
 * Cards come from the bot's own renderCard, so every element it emits is covered; hostile text anywhere in an
 * Answer must come out as text, never as markup.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.ts";
import { type CardAnswer, renderCard } from "../../src/feishu/render.ts";
import { cardHtml } from "../../src/playground/card.tsx";
import { decodeEntities, parseInline, parseMarkdown } from "../../src/playground/markdown.ts";

const OPTIONS = { defaultTitle: "高新区协同助手", sourcesLabel: "来源" };

/** The tags the renderer may produce; anything else in the output would be injected markup. */
const ALLOWED_TAGS = new Set([
  "div",
  "p",
  "ul",
  "li",
  "strong",
  "details",
  "summary",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "button",
]);

/** Tags in the output that the renderer does not write itself. */
function foreignTags(html: string): string[] {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => (m[1] ?? "").toLowerCase());
  return tags.filter((tag) => !ALLOWED_TAGS.has(tag));
}

/** The text a browser would show: tags dropped, the five entities hono/jsx writes decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function fullAnswer(n: { items: number; citations: number }, text = "x"): CardAnswer {
  return {
    question: `问题 ${text}`,
    kind: "fact",
    title: `标题 ${text}`,
    answer: `答案 ${text}`,
    items: Array.from({ length: n.items }, (_, i) => ({
      name: `成员${i} ${text}`,
      note: i % 2 ? `备注 ${text}` : undefined,
    })),
    notes: [`注意 ${text}`],
    citations: Array.from({ length: n.citations }, (_, i) => ({
      articleId: `a${i}`,
      title: `文章${i} ${text}`,
      date: i % 2 ? "2022-03-09" : null,
      quote: `原文${i}\n${text}`,
    })),
  };
}

describe("markdown subset", () => {
  it("decodes the entities render.ts writes, and leaves unknown or invalid ones alone", () => {
    expect(decodeEntities("&lt;a&gt; &amp; &quot; &#42;&#x2A; &bogus; &#0; &#xD800; &")).toBe(
      '<a> & " ** &bogus; &#0; &#xD800; &',
    );
  });

  it("pairs ** into bold runs; an unpaired ** stays literal; escaped asterisks are not markup", () => {
    expect(parseInline("**a**：b")).toEqual([
      { text: "a", bold: true },
      { text: "：b", bold: false },
    ]);
    expect(parseInline("**a**b**c")).toEqual([
      { text: "a", bold: true },
      { text: "b**c", bold: false },
    ]);
    expect(parseInline("&#42;&#42;x&#42;&#42;")).toEqual([{ text: "**x**", bold: false }]);
  });

  it('groups consecutive "- " lines into one list', () => {
    expect(parseMarkdown("- a\n- **b**\n注：c")).toEqual([
      {
        kind: "list",
        items: [[{ text: "a", bold: false }], [{ text: "b", bold: true }]],
      },
      { kind: "line", inline: [{ text: "注：c", bold: false }] },
    ]);
  });
});

describe("card → HTML", () => {
  it("renders every element renderCard emits (no placeholder), with the sources panel closed", () => {
    const card = renderCard(fullAnswer({ items: 85, citations: 23 }), OPTIONS);
    const html = cardHtml(card);
    expect(html).not.toContain('data-tag="unknown"');
    expect(html).toContain('class="card tpl-blue"');
    expect(html).toContain('<details class="el panel" data-tag="collapsible_panel">'); // not open
    expect(html).toContain("<summary>来源（23）</summary>");
    expect((html.match(/<li>/g) ?? []).length).toBe(81); // 80 shown + "…另有 5 项"
    expect(visibleText(html)).toContain("…另有 5 项");
    expect(visibleText(html)).toContain("文章0 x · 日期未注明[1] 「原文0x」"); // layout line breaks dropped
    expect(visibleText(html)).toContain("文章1 x · 2022-03-09[2] 「原文1x」");
    expect(visibleText(html)).toContain("…另有 3 条引文");
    expect(html).toContain('class="el md notation"');
    // Feedback buttons (the page marks them; it records nothing).
    expect(html).toContain('data-vote="up"');
    expect(html).toContain('data-vote="down"');
    expect(foreignTags(html)).toEqual([]);
  });

  it("a table becomes a real <table>; suggestions become buttons that submit the ask form", () => {
    const card = renderCard(
      {
        kind: "fact",
        answer: "x",
        citations: [],
        tables: [
          {
            title: "网络",
            columns: [
              { key: "n", label: "网络" },
              { key: "d", label: "成立" },
            ],
            rows: [{ cells: { n: "甲", d: "2024年" } }],
          },
        ],
      },
      OPTIONS,
    );
    const html = cardHtml(card);
    expect(html).toContain('<th scope="col">网络</th><th scope="col">成立</th>');
    expect(html).toContain('<tr><th scope="row">甲</th><td>2024年</td></tr>');
    const refusal = cardHtml(
      renderCard({ kind: "none", answer: "不知道", citations: [], suggestions: ["物联网网络有哪些成员"] }, OPTIONS),
    );
    expect(refusal).toContain('<button type="submit" form="ask" name="ask" value="物联网网络有哪些成员"');
    expect(refusal).not.toContain("data-vote");
  });

  it("a 'none' answer gets the grey header; an expanded panel renders open", () => {
    const none = cardHtml(renderCard({ kind: "none", answer: "不知道", citations: [] }, OPTIONS));
    expect(none).toContain("tpl-grey");
    const card = renderCard(fullAnswer({ items: 0, citations: 1 }), OPTIONS);
    const panel = card.body.elements.find((e) => e.tag === "collapsible_panel");
    if (panel) panel.expanded = true;
    expect(cardHtml(card)).toMatch(/<details class="el panel" data-tag="collapsible_panel" open="">/);
  });

  it("an element the page does not know is shown as a placeholder naming it, not dropped", () => {
    const html = cardHtml({ schema: "2.0", header: {}, body: { elements: [{ tag: "img", img_key: "x" }, 7] } });
    expect(visibleText(html)).toContain("[页面不支持的卡片元素：img]");
    expect(visibleText(html)).toContain("[页面不支持的卡片元素：(not an object)]");
    expect(cardHtml(null)).toContain('class="card tpl-default"');
  });

  it("hostile text in every field is shown as text", () => {
    const evil = `<script>alert(1)</script><img src=x onerror=alert(2)> **b** &amp; <at id="all"></at> [l](j:x)`;
    const html = cardHtml(renderCard(fullAnswer({ items: 2, citations: 2 }, evil), OPTIONS));
    expect(foreignTags(html)).toEqual([]);
    const shown = visibleText(html);
    // Markdown-escaped fields (items, notes, citation titles) and button values come back character for character.
    const refusal = cardHtml(renderCard({ kind: "none", answer: "x", citations: [], suggestions: [evil] }, OPTIONS));
    expect(foreignTags(refusal)).toEqual([]);
    expect(refusal).toContain(
      `value="${evil.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}"`,
    );
    expect(shown).toContain(`成员0 ${evil}`);
    expect(shown).toContain(`注：注意 ${evil}`);
    expect(shown).toContain(`文章0 ${evil}`);
    // plain_text fields: render.ts defuses "<at" for Feishu; everything else is intact.
    expect(shown).toContain(`答案 ${evil.replace(/<(\/?)at/g, "‹$1at")}`);
  });

  it("property: for any text in any field, the output holds only the renderer's own tags", () => {
    const text = fc.string({
      unit: fc.constantFrom("<", ">", "&", "*", "-", "\n", "#", ";", "a", "x", "/", '"', "中"),
    });
    fc.assert(
      fc.property(text, text, text, text, (title, answer, item, quote) => {
        const html = cardHtml(
          renderCard(
            {
              kind: answer.length % 2 ? "passage" : "none",
              title,
              answer,
              items: [{ name: item, note: quote }],
              notes: [item],
              citations: [{ articleId: "a", title: item, date: null, quote }],
              suggestions: [answer],
              question: title || "q",
            },
            OPTIONS,
          ),
        );
        expect(foreignTags(html)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("PLAYGROUND", () => {
  const creds = { FEISHU_APP_ID: "cli_test", FEISHU_APP_SECRET: "secret-1", FEISHU_VERIFICATION_TOKEN: "tok-1" };

  it("defaults to on in local mode and off beside a Feishu bot; 1/0 override both", () => {
    expect(parseConfig({}).playground).toBe(true);
    expect(parseConfig(creds).playground).toBe(false);
    expect(parseConfig({ ...creds, PLAYGROUND: "1" }).playground).toBe(true);
    expect(parseConfig({ ...creds, PLAYGROUND: " TRUE " }).playground).toBe(true);
    expect(parseConfig({ PLAYGROUND: "0" }).playground).toBe(false);
    expect(parseConfig({ PLAYGROUND: "" }).playground).toBe(true);
  });

  it("a bad value names the variable", () => {
    expect(() => parseConfig({ PLAYGROUND: "maybe" })).toThrow(/PLAYGROUND: expected 1 \(on\) or 0 \(off\)/);
  });
});
