/**
 * Answer → Feishu interactive card (card JSON 2.0) and the plain-text fallback.
 *
 * One rendering of each answer, top to bottom:
 *   - "按上文理解为" (a completed follow-up) and the model label (generated text), small;
 *   - the answer: tables (the briefing) or a list with a short lead line (member lists …) or the sentence(s);
 *     never the same names twice. Each line, list item and table row carries [n] markers of its sources;
 *   - caveats; for a refusal, the suggested questions as buttons (callback `{a:"ask", q}`) with a hint to send
 *     them as text where buttons cannot be clicked;
 *   - a collapsed 来源 panel: each article's title and date once, its quotes under it, numbered [n], in normal
 *     size and colour (they are what a reader checks);
 *   - 👍/👎 buttons (callback `{a:"fb", v, q}`) on answers, never on refusals.
 *
 * Text from the knowledge base goes into `plain_text` elements (no markdown, no <at> tags can be injected) or,
 * inside markdown, is entity-escaped. Every text is length-bounded, and renderCard shrinks the card until the
 * request that sends it (the card as an escaped JSON string inside the message body) fits Feishu's limit.
 */
import { displayQuote as displayQuoteText, sourceGroups } from "../answer/render-text.ts";
import type { Answer } from "../answer/types.ts";
import { cardActionValue } from "./card-actions.ts";

/** Feishu refuses a send whose request body is over 30 KB (230025). The card travels in that body as an escaped
 *  JSON string (quotes and CJK stay, but every `"` becomes `\"`): 1.07–1.49× the card's own size. */
export const REQUEST_MAX_BYTES = 30 * 1024;
export const FEISHU_BODY_MAX_BYTES = REQUEST_MAX_BYTES;
/** The budget a card's send request (requestBodyBytes) is kept under: a little below Feishu's limit. */
export const CARD_MAX_BYTES = 28 * 1024;
/** Text messages may be 150 KB; answers never need that much. */
export const TEXT_MAX_CHARS = 8000;
/** Feishu shows at most 10 rows per table page. */
const TABLE_PAGE_SIZE = 10;
/** Button text is limited to 100 characters. */
const BUTTON_TEXT_CHARS = 100;

type Limits = {
  answer: number;
  item: number;
  items: number;
  note: number;
  notes: number;
  quote: number;
  citations: number;
  citationTitle: number;
  cell: number;
  rows: number;
  tables: number;
};

/** Each level is tried in turn until the card as sent fits CARD_MAX_BYTES; the last one always does. */
const LEVELS: Limits[] = [
  {
    answer: 2000,
    item: 200,
    items: 80,
    note: 300,
    notes: 8,
    quote: 400,
    citations: 20,
    citationTitle: 100,
    cell: 120,
    rows: 60,
    tables: 5,
  },
  {
    answer: 1200,
    item: 120,
    items: 60,
    note: 200,
    notes: 6,
    quote: 200,
    citations: 10,
    citationTitle: 60,
    cell: 60,
    rows: 30,
    tables: 5,
  },
  {
    answer: 600,
    item: 60,
    items: 40,
    note: 120,
    notes: 4,
    quote: 100,
    citations: 5,
    citationTitle: 40,
    cell: 30,
    rows: 15,
    tables: 4,
  },
  {
    answer: 300,
    item: 40,
    items: 20,
    note: 80,
    notes: 2,
    quote: 60,
    citations: 3,
    citationTitle: 30,
    cell: 16,
    rows: 10,
    tables: 3,
  },
  {
    answer: 150,
    item: 20,
    items: 10,
    note: 40,
    notes: 1,
    quote: 40,
    citations: 2,
    citationTitle: 20,
    cell: 10,
    rows: 6,
    tables: 2,
  },
];
const TITLE_CHARS = 60;
const SUMMARY_CHARS = 60;
const SUGGESTIONS = 3;

export type CardOptions = {
  /** Header title when the answer has none. */
  defaultTitle: string;
  /** Panel label for the sources. */
  sourcesLabel?: string;
};

/** A table of an answer (the briefing): `cells` keyed by column key; `cites` index the answer's citations. */
export type AnswerTable = {
  title: string;
  columns: { key: string; label: string }[];
  rows: { cells: Record<string, string>; cites?: number[] }[];
};

/**
 * What the bot layer hands the renderer: the Answer, plus the question it answers (carried by the feedback
 * buttons) and, for the briefing, its tables (shown instead of the sentence and the list).
 */
export type CardAnswer = Answer & { question?: string; tables?: AnswerTable[] };

export type Card = {
  schema: "2.0";
  config: Record<string, unknown>;
  header: Record<string, unknown>;
  body: { elements: Array<Record<string, unknown>> };
};

/**
 * A card as the Open API receives it: the object, or the same object already serialised with JSON.stringify. An
 * answer thread hands its cards over serialised (src/runtime/answer-thread.ts): the acking thread then passes a
 * string on to the sender thread instead of cloning the object in and out again.
 */
export type CardContent = Card | string;

/** The card's JSON, as sent in a message's `content`. */
export function cardJson(card: CardContent): string {
  return typeof card === "string" ? card : JSON.stringify(card);
}

/** The card as an object (where it is shown or returned rather than sent). */
export function cardObject(card: CardContent): Card {
  return typeof card === "string" ? (JSON.parse(card) as Card) : card;
}

/** Line breaks that page layout left inside a quote are not part of the sentence: drop them for display. */
export const displayQuote = displayQuoteText;

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

/** Source numbers as one marker: [1], [1,3], [2–4]. Empty when there are none. */
export function marker(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers.filter((n) => n > 0))].sort((a, b) => a - b);
  if (sorted.length === 0) return "";
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const first = sorted[i] ?? 0;
    const last = sorted[j] ?? 0;
    if (j - i >= 2) parts.push(`${first}–${last}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return `[${parts.join(",")}]`;
}

const compact = (text: string) => text.replace(/\s+/g, "");

/** Everything the card and the text fallback show, decided once: the rendering model of an answer. */
type View = {
  title: string;
  /** Answer lines, each with its marker (already appended). */
  lines: string[];
  items: { name: string; note?: string; marker: string }[];
  tables: { title: string; columns: { key: string; label: string }[]; rows: Record<string, string>[] }[];
  notes: string[];
  suggestions: string[];
  groups: ReturnType<typeof sourceGroups>["groups"];
  sourceCount: number;
};

/** The lines of the answer text that do not repeat the list: a line naming list items keeps only its head
 *  ("…共有12家成员：无锡高新区、…" → "…共有12家成员"), or goes when the head names them too. */
function leadLines(text: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const names0 = names.filter((n) => n && trimmed.includes(n));
    if (names0.length === 0) {
      out.push(trimmed);
      continue;
    }
    const colon = trimmed.indexOf("：");
    const head = colon > 0 ? trimmed.slice(0, colon).trim() : "";
    if (head && !names.some((n) => n && head.includes(n))) out.push(`${head}：`);
  }
  return out;
}

function view(answer: CardAnswer, options: CardOptions, limits: Limits): View {
  const { groups, numberOf } = sourceGroups(answer.citations ?? []);
  const numbers = (cites: readonly number[] | undefined) =>
    (cites ?? []).map((i) => numberOf[i] ?? 0).filter((n) => n > 0);
  const title = truncate((answer.title ?? options.defaultTitle).trim() || options.defaultTitle, TITLE_CHARS);
  const allTables = (answer.tables ?? []).filter((t) => t.rows.length > 0);
  const tables = allTables.slice(0, limits.tables);
  const itemsIn = allTables.length > 0 ? [] : (answer.items ?? []);
  const itemsCite = itemsIn.some((i) => i.cites?.length);
  const tableCites = tables.flatMap((t) => t.rows.flatMap((r) => r.cites ?? []));

  // The answer text: generated text keeps its own [n] (renumbered to the grouped sources); otherwise each line
  // gets the numbers of the quotes it contains, and a lead without any gets the sources the list does not cite.
  let lines: string[] = [];
  const text = answer.answer.trim() || (answer.generated?.partial ? "正在根据引文生成摘要…" : "");
  if (answer.generated) {
    lines = text
      .replace(/\[(\d+)\]/g, (whole, n: string) => {
        const shown = numberOf[Number(n) - 1];
        return shown ? `[${shown}]` : whole;
      })
      .split("\n")
      .filter((l) => l.trim());
  } else if (allTables.length === 0) {
    const raw =
      itemsIn.length > 0
        ? leadLines(
            text,
            itemsIn.map((i) => i.name),
          )
        : text.split("\n").filter((l) => l.trim());
    const quotes = (answer.citations ?? []).map((c) => compact(displayQuote(c.quote)));
    const perLine = raw.map((line) => {
      const c = compact(line);
      return quotes.flatMap((q, i) => (q && c.includes(q) ? [i] : []));
    });
    const used = new Set([...perLine.flat(), ...itemsIn.flatMap((i) => i.cites ?? []), ...tableCites]);
    const rest = (answer.citations ?? []).flatMap((_, i) => (used.has(i) ? [] : [i]));
    lines = raw.map((line, k) => {
      const own = perLine[k] ?? [];
      const extra = k === raw.length - 1 && !itemsCite ? rest : [];
      const m = marker(numbers([...own, ...extra]));
      if (!m) return line;
      return line.endsWith("：") ? `${line.slice(0, -1)}${m}：` : `${line}${m}`;
    });
  }
  // The whole text is bounded, however many lines it has.
  lines = truncate(lines.join("\n"), limits.answer).split("\n");

  const items = itemsIn.slice(0, limits.items).map((item) => ({
    name: truncate(item.name, limits.item),
    ...(item.note ? { note: truncate(item.note, limits.item) } : {}),
    marker: marker(numbers(item.cites)),
  }));

  const shownTables = tables.map((t) => {
    const columns = [...t.columns];
    const cited = t.rows.some((r) => r.cites?.length);
    if (cited) columns.push({ key: "__src", label: "来源" });
    const rows = t.rows.slice(0, limits.rows).map((r) => {
      const cells: Record<string, string> = {};
      for (const c of t.columns) cells[c.key] = truncate(r.cells[c.key] ?? "", limits.cell);
      if (cited) cells.__src = marker(numbers(r.cites));
      return cells;
    });
    return { title: truncate(t.title, TITLE_CHARS), columns, rows };
  });

  const notes = (answer.notes ?? [])
    .map((n) => n.trim())
    .filter(Boolean)
    .slice(0, limits.notes)
    .map((n) => truncate(n, limits.note));
  const suggestions =
    answer.kind === "none"
      ? (answer.suggestions ?? [])
          .map((s) => s.trim())
          .filter(Boolean)
          .slice(0, SUGGESTIONS)
      : [];

  // Sources: whole articles are kept while the quote budget lasts.
  const shownGroups: View["groups"] = [];
  let budget = limits.citations;
  for (const g of groups) {
    if (budget <= 0) break;
    const quotes = g.quotes.slice(0, budget).map((q) => ({ n: q.n, quote: truncate(q.quote, limits.quote) }));
    budget -= quotes.length;
    shownGroups.push({ ...g, title: truncate(g.title, limits.citationTitle), quotes });
  }
  const sourceCount = groups.reduce((sum, g) => sum + g.quotes.length, 0);

  return { title, lines, items, tables: shownTables, notes, suggestions, groups: shownGroups, sourceCount };
}

function button(label: string, value: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    tag: "button",
    text: { tag: "plain_text", content: truncate(defuseText(label), BUTTON_TEXT_CHARS) },
    type: "default",
    ...extra,
    behaviors: [{ type: "callback", value }],
  };
}

function buildCard(answer: CardAnswer, options: CardOptions, limits: Limits): Card {
  const v = view(answer, options, limits);
  const elements: Array<Record<string, unknown>> = [];

  if (answer.understoodAs) {
    elements.push(plain(`按上文理解为：${truncate(answer.understoodAs, limits.note)}`, { text_size: "notation" }));
  }
  // A model-written answer is marked as such, above the text it wrote.
  if (answer.generated) elements.push(plain(generatedLabel(answer.generated), { text_size: "notation" }));

  // Quoted passages are whole sentences each: a blank line between them reads better than a wall of text.
  const gap = answer.kind === "passage" && !answer.generated ? "\n\n" : "\n";
  if (v.lines.length > 0) elements.push(plain(v.lines.join(gap)));

  for (const t of v.tables) {
    elements.push({ tag: "markdown", content: `**${escapeMarkdown(t.title)}**` });
    elements.push({
      tag: "table",
      page_size: TABLE_PAGE_SIZE,
      row_height: "auto",
      freeze_first_column: true,
      header_style: { background_style: "grey", bold: true, text_color: "default" },
      columns: t.columns.map((c, i) => ({
        name: `c${i}`,
        display_name: c.label,
        data_type: "text",
        width: "auto",
      })),
      rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [`c${i}`, defuseText(r[c.key] ?? "")]))),
    });
  }

  if (v.items.length > 0) {
    const shown = v.items.map((item) => {
      const note = item.note ? `（${escapeMarkdown(item.note)}）` : "";
      return `- **${escapeMarkdown(item.name)}**${note}${escapeMarkdown(item.marker)}`;
    });
    const all = answer.tables?.length ? 0 : (answer.items?.length ?? 0);
    if (all > v.items.length) shown.push(`- …另有 ${all - v.items.length} 项`);
    elements.push({ tag: "markdown", content: shown.join("\n") });
  }

  if (v.notes.length > 0) {
    elements.push({
      tag: "markdown",
      content: v.notes.map((n) => `注：${escapeMarkdown(n)}`).join("\n"),
      text_size: "notation",
    });
  }

  if (v.suggestions.length > 0) {
    elements.push(plain("可以这样问（点一下即可提问；不能点按钮时，直接发送按钮上的问题）："));
    for (const s of v.suggestions) {
      elements.push(button(s, cardActionValue({ a: "ask", q: s }), { width: "fill" }));
    }
  }

  if (v.groups.length > 0) {
    const panel: Array<Record<string, unknown>> = [];
    for (const g of v.groups) {
      panel.push({
        tag: "markdown",
        content: `**${escapeMarkdown(g.title)}** · ${g.date ? escapeMarkdown(g.date) : "日期未注明"}`,
      });
      for (const q of g.quotes) panel.push(plain(`[${q.n}] 「${q.quote}」`));
    }
    const shown = v.groups.reduce((s, g) => s + g.quotes.length, 0);
    if (v.sourceCount > shown) panel.push(plain(`…另有 ${v.sourceCount - shown} 条引文`, { text_size: "notation" }));
    elements.push({
      tag: "collapsible_panel",
      expanded: false,
      header: { title: { tag: "plain_text", content: `${options.sourcesLabel ?? "来源"}（${v.sourceCount}）` } },
      vertical_spacing: "8px",
      elements: panel,
    });
  }

  // Feedback on a finished answer (not on refusals, not while a model is still writing).
  const question = (answer.understoodAs ?? answer.question)?.trim();
  if (answer.kind !== "none" && question && !answer.generated?.partial) {
    elements.push({
      tag: "column_set",
      flex_mode: "none",
      horizontal_spacing: "8px",
      columns: (["up", "down"] as const).map((vote) => ({
        tag: "column",
        width: "auto",
        elements: [
          button(vote === "up" ? "👍 有帮助" : "👎 没帮助", cardActionValue({ a: "fb", v: vote, q: question }), {
            size: "small",
          }),
        ],
      })),
    });
  }

  if (elements.length === 0) elements.push(plain(" "));

  const summary = v.lines[0] ?? v.title;
  return {
    schema: "2.0",
    config: { update_multi: true, summary: { content: truncate(summary, SUMMARY_CHARS) } },
    header: {
      title: { tag: "plain_text", content: v.title },
      template: answer.kind === "none" ? "grey" : "blue",
    },
    body: { elements },
  };
}

export function renderCard(answer: CardAnswer, options: CardOptions): Card {
  let card: Card | undefined;
  for (const limits of LEVELS) {
    card = buildCard(answer, options, limits);
    if (requestBodyBytes(card) <= CARD_MAX_BYTES) return card;
  }
  return card as Card;
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
    header: { title: { tag: "plain_text", content: truncate(options.defaultTitle, TITLE_CHARS) }, template: "wathet" },
    body: { elements: [plain(text)] },
  };
}

/** The card's size as sent: bytes of its JSON as an escaped string inside the request body (what Feishu counts). */
export function cardBytes(card: Card): number {
  return Buffer.byteLength(JSON.stringify(JSON.stringify(card)), "utf8");
}

/**
 * Bytes of the request that sends `card`, as Feishu measures its limit: the message body with the card embedded
 * as an escaped JSON string, with the largest ids the send and reply APIs take (receive_id, uuid ≤ 50).
 */
export function requestBodyBytes(card: Card): number {
  const body = {
    receive_id: "x".repeat(64),
    msg_type: "interactive",
    content: JSON.stringify(card),
    uuid: "x".repeat(50),
    reply_in_thread: false,
  };
  return UTF8.encode(JSON.stringify(body)).length;
}

const UTF8 = new TextEncoder();

/**
 * Plain-text rendering of an answer: used as the fallback when a card is refused, and by local mode.
 * `<at …>` tags are defused because Feishu text messages interpret them.
 */
export function renderText(answer: CardAnswer, options: CardOptions): string {
  const limits = LEVELS[0] as Limits;
  const v = view(answer, options, limits);
  const parts: string[] = [];
  if (answer.title) parts.push(`【${v.title}】`);
  if (answer.understoodAs) parts.push(`（按上文理解为：${answer.understoodAs}）`);
  if (answer.generated) parts.push(`（${generatedLabel(answer.generated)}）`);
  if (v.lines.length > 0) parts.push(v.lines.join("\n"));
  for (const t of v.tables) {
    const [first, ...rest] = t.columns;
    const rows = t.rows.map((r) => {
      const cells = rest
        .filter((c) => c.key !== "__src" && r[c.key])
        .map((c) => `${c.label} ${r[c.key]}`)
        .join("；");
      return `• ${first ? r[first.key] : ""}${cells ? `：${cells}` : ""}${r.__src ?? ""}`;
    });
    parts.push(`${t.title}\n${rows.join("\n")}`);
  }
  if (v.items.length > 0) {
    parts.push(v.items.map((item) => `• ${item.name}${item.note ? `（${item.note}）` : ""}${item.marker}`).join("\n"));
  }
  for (const note of v.notes) parts.push(`注：${note}`);
  if (v.suggestions.length > 0) {
    parts.push(`可以这样问（直接发送即可）：\n${v.suggestions.map((s) => `• ${s}`).join("\n")}`);
  }
  if (v.groups.length > 0) {
    const label = options.sourcesLabel ?? "来源";
    const lines = v.groups.flatMap((g) => [
      `《${g.title}》${g.date ? `（${g.date}）` : "（日期未注明）"}`,
      ...g.quotes.map((q) => `  [${q.n}] 「${q.quote}」`),
    ]);
    const shown = v.groups.reduce((s, g) => s + g.quotes.length, 0);
    if (v.sourceCount > shown) lines.push(`…另有 ${v.sourceCount - shown} 条引文`);
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
