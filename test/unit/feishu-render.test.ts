import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import { parseCardActionValue } from "../../src/feishu/card-actions.ts";
import {
  type CardAnswer,
  escapeMarkdown,
  FEISHU_BODY_MAX_BYTES,
  marker,
  renderCard,
  renderText,
  requestBodyBytes,
  textContent,
  truncate,
} from "../../src/feishu/render.ts";
import { assertCardJsonV2 } from "../helpers/card-json-v2.ts";

const options = { defaultTitle: "助手", sourcesLabel: "来源" };
type El = Record<string, unknown>;

const answer: CardAnswer = {
  kind: "fact",
  title: "物联网网络 · 成员",
  answer: "物联网网络共有 2 家成员：无锡、鹰潭。",
  items: [{ name: "无锡", note: "牵头" }, { name: "鹰潭" }],
  notes: ["截至 2023 年"],
  citations: [
    { articleId: "a1", title: "文章*一*", date: null, quote: "无锡、鹰潭 <at id=all></at>" },
    { articleId: "a2", title: "文章二", date: "2023-05-18", quote: "第二篇" },
    { articleId: "a1", title: "文章*一*", date: null, quote: "同一篇的另一句" },
  ],
  question: "物联网网络有哪些成员",
};

/** Every element of a card, panels and column sets opened. */
function elementsOf(els: El[]): El[] {
  return els.flatMap((e) => [
    e,
    ...elementsOf((e.elements as El[] | undefined) ?? []),
    ...elementsOf(((e.columns as El[] | undefined) ?? []).flatMap((c) => (c.elements as El[] | undefined) ?? [])),
  ]);
}
const textOfEl = (e: El) => (e.tag === "div" ? ((e.text as El).content as string) : ((e.content as string) ?? ""));
const buttons = (card: ReturnType<typeof renderCard>) =>
  elementsOf(card.body.elements).filter((e) => e.tag === "button");
const callbackOf = (b: El) => parseCardActionValue((b.behaviors as El[])[0]?.value);

describe("renderCard (card JSON 2.0)", () => {
  it("groups the sources by article: title and date once, its quotes numbered under it", () => {
    const card = renderCard(answer, options);
    assertCardJsonV2(card);
    const panel = card.body.elements.find((e) => e.tag === "collapsible_panel") as El;
    expect(panel.expanded).toBe(false);
    expect(((panel.header as El).title as El).content).toBe("来源（3）");
    expect((panel.elements as El[]).map(textOfEl)).toEqual([
      "**文章&#42;一&#42;** · 日期未注明",
      "[1] 「无锡、鹰潭 ‹at id=all>‹/at>」",
      "[2] 「同一篇的另一句」",
      "**文章二** · 2023-05-18",
      "[3] 「第二篇」",
    ]);
    // Quotes are shown in normal size, not as small print.
    const quote = (panel.elements as El[])[1] as El;
    expect((quote.text as El).text_size).toBeUndefined();
  });

  it("a quote cited twice is shown once, under one number", () => {
    const twice: Answer = { ...answer, citations: [answer.citations[0], answer.citations[0]] as Answer["citations"] };
    const panel = renderCard(twice, options).body.elements.find((e) => e.tag === "collapsible_panel") as El;
    expect(((panel.header as El).title as El).content).toBe("来源（1）");
  });

  it("a list: the lead keeps its head, the names are said once, in the list", () => {
    const card = renderCard(answer, options);
    const lead = card.body.elements[0] as El;
    expect(textOfEl(lead)).toBe("物联网网络共有 2 家成员[1–3]：");
    const list = card.body.elements.find((e) => e.tag === "markdown" && String(e.content).startsWith("- ")) as El;
    expect(list.content).toBe("- **无锡**（牵头）\n- **鹰潭**");
  });

  it("list items carry the numbers of their own sources when the answer says which (items[].cites)", () => {
    const cited: Answer = {
      ...answer,
      items: [
        { name: "无锡", cites: [2] },
        { name: "鹰潭", cites: [0, 1] },
      ],
    };
    const card = renderCard(cited, options);
    const list = card.body.elements.find((e) => e.tag === "markdown" && String(e.content).startsWith("- ")) as El;
    // citations[2] is shown as [2] (second quote of the first article), citations[1] as [3].
    expect(list.content).toBe("- **无锡**&#91;2&#93;\n- **鹰潭**&#91;1,3&#93;");
  });

  it("a passage: each quoted line carries the number of the quote it shows", () => {
    const passage: Answer = {
      kind: "passage",
      answer: "据《文章一》：第一句。\n· 第二句。",
      citations: [
        { articleId: "a2", title: "文章二", date: null, quote: "第二\n句。" },
        { articleId: "a1", title: "文章一", date: null, quote: "第一句。" },
      ],
    };
    const lead = renderCard(passage, options).body.elements[0] as El;
    // The quote kept a layout line break; the answer's line is matched all the same.
    expect(textOfEl(lead)).toBe("据《文章一》：第一句。[2]\n\n· 第二句。[1]");
  });

  it("generated text keeps its [n], renumbered to the grouped sources", () => {
    const generated: Answer = {
      kind: "passage",
      answer: "甲[1]。乙[2]。丙[3]。",
      citations: [
        { articleId: "a1", title: "一", date: null, quote: "q1" },
        { articleId: "a2", title: "二", date: null, quote: "q2" },
        { articleId: "a1", title: "一", date: null, quote: "q3" },
      ],
      generated: { model: "m", sentences: 3, dropped: 0 },
    };
    const lines = renderCard(generated, options).body.elements.map(textOfEl);
    expect(lines).toContain("甲[1]。乙[3]。丙[2]。");
  });

  it("keeps knowledge text out of markdown interpretation", () => {
    const json = JSON.stringify(renderCard(answer, options));
    expect(json).not.toContain("<at id=all>");
    expect(escapeMarkdown("<at id=all></at> *b* [x](y)")).toBe(
      "&lt;at id=all&gt;&lt;/at&gt; &#42;b&#42; &#91;x&#93;(y)",
    );
  });

  it("answer cards carry 👍/👎 with the question; refusals do not", () => {
    const card = renderCard(answer, options);
    assertCardJsonV2(card);
    expect(buttons(card).map(callbackOf)).toEqual([
      { a: "fb", v: "up", q: "物联网网络有哪些成员" },
      { a: "fb", v: "down", q: "物联网网络有哪些成员" },
    ]);
    const followUp = renderCard({ ...answer, understoodAs: "物联网网络的牵头单位呢" }, options);
    expect(callbackOf(buttons(followUp)[0] as El)?.q).toBe("物联网网络的牵头单位呢");
    const none = renderCard({ kind: "none", answer: "不知道", citations: [], question: "量子网络" }, options);
    expect(buttons(none)).toEqual([]);
    const writing = renderCard(
      { ...answer, generated: { model: "m", sentences: 0, dropped: 0, partial: true } },
      options,
    );
    expect(buttons(writing)).toEqual([]);
  });

  it("a refusal offers its suggestions as buttons that ask them, and says they can be sent as text", () => {
    const refusal: CardAnswer = {
      kind: "none",
      answer: "知识库中没有关于“量子网络”的记录。",
      citations: [],
      suggestions: ["物联网网络有哪些成员", "物联网网络什么时候成立", "物联网网络的牵头单位是谁", "第四个不显示"],
      question: "量子网络有哪些成员",
    };
    const card = renderCard(refusal, options);
    assertCardJsonV2(card);
    expect(card.header.template).toBe("grey");
    expect(buttons(card).map(callbackOf)).toEqual([
      { a: "ask", q: "物联网网络有哪些成员" },
      { a: "ask", q: "物联网网络什么时候成立" },
      { a: "ask", q: "物联网网络的牵头单位是谁" },
    ]);
    expect(JSON.stringify(card)).toContain("直接发送按钮上的问题");
    expect(renderText(refusal, options)).toContain("可以这样问（直接发送即可）：\n• 物联网网络有哪些成员\n");
  });

  it("tables replace the sentence and the list; rows carry their source numbers", () => {
    const briefing: CardAnswer = {
      kind: "fact",
      title: "简报",
      answer: "【网络】\n· 甲网络：2024年成立",
      items: [{ name: "甲网络", note: "2024年成立" }],
      citations: [{ articleId: "a1", title: "一", date: null, quote: "甲网络2024年成立" }],
      tables: [
        {
          title: "网络",
          columns: [
            { key: "name", label: "网络" },
            { key: "launch", label: "成立" },
          ],
          rows: [{ cells: { name: "甲网络", launch: "2024年" }, cites: [0] }],
        },
      ],
      question: "/简报",
    };
    const card = renderCard(briefing, options);
    assertCardJsonV2(card);
    const table = card.body.elements.find((e) => e.tag === "table") as El;
    expect((table.columns as El[]).map((c) => c.display_name)).toEqual(["网络", "成立", "来源"]);
    expect(table.rows).toEqual([{ c0: "甲网络", c1: "2024年", c2: "[1]" }]);
    const json = JSON.stringify(card.body.elements.filter((e) => e.tag !== "collapsible_panel"));
    expect(json.match(/甲网络/g)).toHaveLength(1);
    expect(renderText(briefing, options)).toContain("网络\n• 甲网络：成立 2024年[1]");
  });

  it("uses the default title and a grey header for 'none'", () => {
    const card = renderCard({ kind: "none", answer: "知识库没有覆盖。", citations: [] }, options);
    expect((card.header.title as El).content).toBe("助手");
    expect(card.header.template).toBe("grey");
    expect(card.body.elements.some((e) => e.tag === "collapsible_panel")).toBe(false);
  });
});

describe("size: every answer type stays valid and under Feishu's 30 KB, measured on the request as sent", () => {
  const long = (ch: string, n: number) => ch.repeat(n);
  const citations = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      articleId: `a${i % 7}`,
      title: long("题", 300),
      date: null,
      quote: `${long('引"\\', 1000)}${i}`,
    }));
  const huge: Record<string, CardAnswer> = {
    list: {
      kind: "fact",
      answer: long("长", 10_000),
      items: Array.from({ length: 500 }, (_, i) => ({
        name: `高新区${long("名", 300)}${i}`,
        note: long("注", 300),
        cites: [i % 100],
      })),
      notes: Array.from({ length: 20 }, () => long("注", 1000)),
      citations: citations(100),
      question: long("问", 4000),
    },
    passage: { kind: "passage", answer: long("句。\n", 5000), citations: citations(100), question: "q" },
    refusal: {
      kind: "none",
      answer: long("无", 10_000),
      citations: [],
      suggestions: Array.from({ length: 10 }, () => long("问", 500)),
    },
    table: {
      kind: "fact",
      answer: "x",
      citations: citations(100),
      tables: Array.from({ length: 8 }, (_, t) => ({
        title: `表${t}`,
        columns: Array.from({ length: 6 }, (_, c) => ({ key: `k${c}`, label: long("列", 50) })),
        rows: Array.from({ length: 200 }, (_, r) => ({
          cells: Object.fromEntries(Array.from({ length: 6 }, (_, c) => [`k${c}`, long("格", 500)])),
          cites: [r % 100],
        })),
      })),
      question: "/简报",
    },
    generated: {
      kind: "passage",
      answer: long("摘要[1]。", 3000),
      citations: citations(100),
      generated: { model: long("m", 500), sentences: 3000, dropped: 0 },
      understoodAs: long("理", 5000),
      question: "q",
    },
  };

  it.each(Object.keys(huge))("%s", (name) => {
    const card = renderCard(huge[name] as CardAnswer, options);
    assertCardJsonV2(card);
    // The body as the SDK sends it: the card JSON embedded as a string (its quotes and backslashes escaped).
    const sent = JSON.stringify({
      receive_id: "oc_".padEnd(35, "0"),
      msg_type: "interactive",
      content: JSON.stringify(card),
      uuid: "u".repeat(50),
    });
    expect(Buffer.byteLength(sent, "utf8")).toBeLessThan(FEISHU_BODY_MAX_BYTES);
    expect(requestBodyBytes(card)).toBeGreaterThanOrEqual(Buffer.byteLength(sent, "utf8"));
  });

  it("a big list says how many items it left out", () => {
    expect(JSON.stringify(renderCard(huge.list as CardAnswer, options))).toMatch(/另有 \d+ 项/);
  });
});

describe("renderText", () => {
  it("contains the lead, items, notes and grouped sources; defuses <at>", () => {
    const text = renderText(answer, options);
    expect(text).toContain("物联网网络共有 2 家成员[1–3]：");
    expect(text).toContain("• 无锡（牵头）");
    expect(text).toContain("注：截至 2023 年");
    expect(text).toContain(
      "来源：\n《文章*一*》（日期未注明）\n  [1] 「无锡、鹰潭 ‹at id=all>‹/at>」\n  [2] 「同一篇的另一句」",
    );
    expect(text).not.toContain("<at");
    expect(JSON.parse(textContent("x".repeat(20_000))).text.length).toBeLessThanOrEqual(8000);
  });

  it("truncate counts code points; markers compress runs", () => {
    expect(truncate("😀😀😀", 2)).toBe("😀…");
    expect(truncate("abc", 3)).toBe("abc");
    expect(marker([3, 1, 2, 2, 5])).toBe("[1–3,5]");
    expect(marker([1, 2])).toBe("[1,2]");
    expect(marker([])).toBe("");
  });
});
