/**
 * Answer → Feishu interactive card (card JSON 2.0) and the plain-text fallback.
 *
 * Card layout: header (title), the short answer, the list or value, caveats, then a collapsed "来源" panel with
 * each quote, its article title and date. Text from the knowledge base goes into `plain_text` elements (no
 * markdown, no <at> tags can be injected) or, inside markdown, is entity-escaped. Every text is length-bounded;
 * the caller checks the serialised size and falls back to text when the card would exceed Feishu's limit.
 */
import type { Answer } from "../answer/types.ts";

/** Feishu refuses a send whose request body is over 30 KB (230025). The card travels in that body as an escaped
 *  JSON string (quotes and CJK stay, but every `"` becomes `\"`): 1.07–1.49× the card's own size. */
export const REQUEST_MAX_BYTES = 30 * 1024;
/** The most `cardBytes` may be: the request limit less room for the other fields (msg_type, uuid, receive_id). */
export const CARD_MAX_BYTES = REQUEST_MAX_BYTES - 256;
/** Text messages may be 150 KB; answers never need that much. */
export const TEXT_MAX_CHARS = 8000;

const LIMITS = {
  title: 60,
  answer: 2000,
  item: 200,
  items: 80,
  note: 300,
  notes: 8,
  quote: 400,
  citations: 12,
  citationTitle: 100,
  summary: 60,
};

export type CardOptions = {
  /** Header title when the answer has none. */
  defaultTitle: string;
  /** Panel label for the sources. */
  sourcesLabel?: string;
};

export type Card = {
  schema: "2.0";
  config: Record<string, unknown>;
  header: Record<string, unknown>;
  body: { elements: Array<Record<string, unknown>> };
};

/** Line breaks that page layout left inside a quote are not part of the sentence: drop them for display. */
export function displayQuote(quote: string): string {
  return quote.replace(/\s*\n\s*/g, "").trim();
}

/** Cuts to at most `max` code points, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/**
 * Escapes text for a card `markdown` element: HTML entities for <, >, & (so no <at>, <font> or links can be
 * injected) and numeric entities for markdown syntax characters.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[&<>*_~`[\]#|\\]/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      default:
        return `&#${ch.charCodeAt(0)};`;
    }
  });
}

/** A plain_text element: no markdown, no tags; `<at` is defused as well, belt and braces. */
const plain = (content: string, extra: Record<string, unknown> = {}) => ({
  tag: "div",
  text: { tag: "plain_text", content: defuseText(content), ...extra },
});

export function renderCard(answer: Answer, options: CardOptions): Card {
  const title = truncate((answer.title ?? options.defaultTitle).trim() || options.defaultTitle, LIMITS.title);
  const elements: Array<Record<string, unknown>> = [];

  if (answer.understoodAs) {
    elements.push(plain(`按上文理解为：${truncate(answer.understoodAs, LIMITS.note)}`, { text_size: "notation" }));
  }
  // A model-written answer is marked as such, above the text it wrote.
  if (answer.generated) elements.push(plain(generatedLabel(answer.generated), { text_size: "notation" }));

  const text = answer.answer.trim() || (answer.generated?.partial ? "正在根据引文生成摘要…" : "");
  if (text) elements.push(plain(truncate(text, LIMITS.answer)));

  const items = answer.items ?? [];
  if (items.length > 0) {
    const shown = items.slice(0, LIMITS.items).map((item) => {
      const name = escapeMarkdown(truncate(item.name, LIMITS.item));
      const note = item.note ? `：${escapeMarkdown(truncate(item.note, LIMITS.item))}` : "";
      return `- **${name}**${note}`;
    });
    if (items.length > LIMITS.items) shown.push(`- …另有 ${items.length - LIMITS.items} 项`);
    elements.push({ tag: "markdown", content: shown.join("\n") });
  }

  const notes = (answer.notes ?? []).filter((n) => n.trim());
  if (notes.length > 0) {
    const lines = notes.slice(0, LIMITS.notes).map((n) => `注：${escapeMarkdown(truncate(n.trim(), LIMITS.note))}`);
    elements.push({ tag: "markdown", content: lines.join("\n"), text_size: "notation" });
  }

  const citations = answer.citations ?? [];
  if (citations.length > 0) {
    const panel: Array<Record<string, unknown>> = [];
    citations.slice(0, LIMITS.citations).forEach((c, i) => {
      const head = `**${i + 1}. ${escapeMarkdown(truncate(c.title, LIMITS.citationTitle))}**${c.date ? ` · ${escapeMarkdown(c.date)}` : " · 日期未注明"}`;
      panel.push({ tag: "markdown", content: head });
      panel.push(plain(`「${truncate(displayQuote(c.quote), LIMITS.quote)}」`, { text_size: "notation" }));
    });
    if (citations.length > LIMITS.citations) {
      panel.push(plain(`…另有 ${citations.length - LIMITS.citations} 条来源`, { text_size: "notation" }));
    }
    elements.push({
      tag: "collapsible_panel",
      expanded: false,
      header: { title: { tag: "plain_text", content: `${options.sourcesLabel ?? "来源"}（${citations.length}）` } },
      vertical_spacing: "8px",
      elements: panel,
    });
  }

  if (elements.length === 0) elements.push(plain(" "));

  return {
    schema: "2.0",
    config: { update_multi: true, summary: { content: truncate(text || title, LIMITS.summary) } },
    header: {
      title: { tag: "plain_text", content: title },
      template: answer.kind === "none" ? "grey" : "blue",
    },
    body: { elements },
  };
}

/** The line that marks generated text on cards and in text replies. */
export function generatedLabel(generated: NonNullable<Answer["generated"]>): string {
  const state = generated.partial ? "（生成中…）" : "";
  return `以下摘要由模型 ${truncate(generated.model, 40)} 根据引文写成${state}：每句后的 [n] 对应下方来源，未能在引文中核实的句子已删去。`;
}

/** The card shown at once for a slow answer, then updated in place (config.update_multi is required for that). */
export function renderProgressCard(options: CardOptions, text = "正在检索…"): Card {
  return {
    schema: "2.0",
    config: { update_multi: true, summary: { content: text } },
    header: { title: { tag: "plain_text", content: truncate(options.defaultTitle, LIMITS.title) }, template: "wathet" },
    body: { elements: [plain(text)] },
  };
}

/** The card's size as sent: bytes of its JSON as an escaped string inside the request body (what Feishu counts). */
export function cardBytes(card: Card): number {
  return Buffer.byteLength(JSON.stringify(JSON.stringify(card)), "utf8");
}

/**
 * Plain-text rendering of an answer: used as the fallback when a card is refused, and by local mode.
 * `<at …>` tags are defused because Feishu text messages interpret them.
 */
export function renderText(answer: Answer, options: CardOptions): string {
  const parts: string[] = [];
  if (answer.title) parts.push(`【${answer.title}】`);
  if (answer.understoodAs) parts.push(`（按上文理解为：${answer.understoodAs}）`);
  if (answer.generated) parts.push(`（${generatedLabel(answer.generated)}）`);
  if (answer.answer.trim()) parts.push(answer.answer.trim());
  const items = answer.items ?? [];
  if (items.length > 0) {
    parts.push(items.map((item) => `• ${item.name}${item.note ? `：${item.note}` : ""}`).join("\n"));
  }
  for (const note of answer.notes ?? []) if (note.trim()) parts.push(`注：${note.trim()}`);
  const citations = answer.citations ?? [];
  if (citations.length > 0) {
    const label = options.sourcesLabel ?? "来源";
    const lines = citations
      .slice(0, LIMITS.citations)
      .map(
        (c, i) =>
          `${i + 1}. 《${truncate(c.title, LIMITS.citationTitle)}》${c.date ? `（${c.date}）` : "（日期未注明）"}：「${truncate(displayQuote(c.quote), LIMITS.quote)}」`,
      );
    parts.push(`${label}：\n${lines.join("\n")}`);
  }
  return defuseText(truncate(parts.join("\n\n") || options.defaultTitle, TEXT_MAX_CHARS));
}

/** Feishu text messages turn `<at user_id="…">` into real mentions; knowledge text must not do that. */
export function defuseText(text: string): string {
  return text.replace(/<(\/?)at\b/gi, "‹$1at");
}

/** The `content` string for msg_type "text". */
export function textContent(text: string): string {
  return JSON.stringify({ text: defuseText(truncate(text, TEXT_MAX_CHARS)) });
}
