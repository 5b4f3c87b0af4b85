/**
 * The notice a subscribed chat receives: a card (JSON 2.0) and its plain-text fallback, for one event (instant)
 * or several (the daily digest). Shows the title, date, a one-line summary, the quote with its source, why the
 * chat gets it ("你订阅了：物联网") and how to unsubscribe.
 *
 * Knowledge text goes into plain_text elements or, inside markdown, is escaped (src/feishu/render.ts helpers);
 * every text is length-bounded so a card stays far below Feishu's size limit.
 */
import { type Card, defuseText, displayQuote, escapeMarkdown, truncate } from "../feishu/render.ts";
import { shanghaiDate } from "./schedule.ts";
import type { NoticeEvent } from "./types.ts";

/** Events per digest message; more go into further messages. */
export const DIGEST_MAX_EVENTS = 10;

const LIMITS = { title: 60, summary: 120, quote: 200, source: 80, reasons: 200 };

export type RenderedNotice = { card: Card; text: string };

/** "2025-11-14" → "2025年11月14日"; "2025-11" → "2025年11月"; anything else unchanged. */
export function formatEventDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  return `${m[1]}年${m[2] ? `${Number(m[2])}月` : ""}${m[3] ? `${Number(m[3])}日` : ""}`;
}

/** The summary's first line, bounded. */
export function oneLine(text: string, max = LIMITS.summary): string {
  return truncate(
    text
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() ?? "",
    max,
  );
}

const plain = (content: string, extra: Record<string, unknown> = {}) => ({
  tag: "div",
  text: { tag: "plain_text", content: defuseText(content), ...extra },
});

const small = (content: string) => ({ tag: "markdown", content, text_size: "notation" });

function sourceLine(e: NoticeEvent): string {
  return `《${truncate(e.articleTitle, LIMITS.source)}》${e.articleDate ? `（${e.articleDate}）` : ""}`;
}

/** How to stop: the command for the first reason (or for everything). */
export function unsubscribeHint(reasons: readonly string[]): string {
  const first = reasons.find((r) => r !== ALL_LABEL);
  return first ? `退订：发送 /退订 ${first}；全部退订：/退订（群里请先 @我）` : "退订：发送 /退订（群里请先 @我）";
}

/** The label of a subscription to everything. */
export const ALL_LABEL = "全部";

function reasonsLine(reasons: readonly string[]): string {
  return `你订阅了：${truncate(reasons.join("、"), LIMITS.reasons)}`;
}

/** One event, one chat. */
export function renderNotice(event: NoticeEvent, reasons: readonly string[]): RenderedNotice {
  const title = truncate(event.title, LIMITS.title);
  const date = formatEventDate(event.date);
  const summary = oneLine(event.summary);
  const quote = truncate(displayQuote(event.quote), LIMITS.quote);
  const card: Card = {
    schema: "2.0",
    config: { update_multi: true, summary: { content: defuseText(truncate(`新动态：${event.title}`, 60)) } },
    header: {
      title: { tag: "plain_text", content: defuseText(title) },
      subtitle: { tag: "plain_text", content: `新动态 · ${date}` },
      template: "turquoise",
    },
    body: {
      elements: [
        plain(summary),
        small(`原文：「${escapeMarkdown(quote)}」\n—— ${escapeMarkdown(sourceLine(event))}`),
        { tag: "hr" },
        small(`${escapeMarkdown(reasonsLine(reasons))}\n${escapeMarkdown(unsubscribeHint(reasons))}`),
      ],
    },
  };
  const text = [
    `【新动态】${title}`,
    `${date}　${summary}`,
    `原文：「${quote}」—— ${sourceLine(event)}`,
    reasonsLine(reasons),
    unsubscribeHint(reasons),
  ].join("\n");
  return { card, text: defuseText(text) };
}

/** Several events for one chat's daily digest (at most DIGEST_MAX_EVENTS; the caller splits longer lists). */
export function renderDigest(
  items: ReadonlyArray<{ event: NoticeEvent; reasons: readonly string[] }>,
  digestAt: number,
): RenderedNotice {
  const shown = items.slice(0, DIGEST_MAX_EVENTS);
  const reasons = [...new Set(shown.flatMap((i) => i.reasons))];
  const heading = `每日订阅摘要 · ${shanghaiDate(digestAt)}`;
  const elements: Array<Record<string, unknown>> = [];
  const lines: string[] = [`【${heading}】共 ${shown.length} 条新动态`];
  shown.forEach(({ event }, i) => {
    const title = truncate(event.title, LIMITS.title);
    const date = formatEventDate(event.date);
    const summary = oneLine(event.summary);
    const quote = truncate(displayQuote(event.quote), LIMITS.quote);
    elements.push({ tag: "markdown", content: `**${i + 1}. ${escapeMarkdown(title)}**（${escapeMarkdown(date)}）` });
    elements.push(plain(summary));
    elements.push(small(`原文：「${escapeMarkdown(quote)}」\n—— ${escapeMarkdown(sourceLine(event))}`));
    lines.push(`${i + 1}. ${title}（${date}）\n${summary}\n原文：「${quote}」—— ${sourceLine(event)}`);
  });
  elements.push({ tag: "hr" });
  elements.push(small(`${escapeMarkdown(reasonsLine(reasons))}\n${escapeMarkdown(unsubscribeHint(reasons))}`));
  lines.push(reasonsLine(reasons), unsubscribeHint(reasons));
  const card: Card = {
    schema: "2.0",
    config: { update_multi: true, summary: { content: `${heading}：${shown.length} 条新动态` } },
    header: {
      title: { tag: "plain_text", content: heading },
      subtitle: { tag: "plain_text", content: `共 ${shown.length} 条新动态` },
      template: "turquoise",
    },
    body: { elements },
  };
  return { card, text: defuseText(lines.join("\n\n")) };
}
