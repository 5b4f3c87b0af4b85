/**
 * The card action callback `card.action.trigger` (卡片回传交互, schema 2.0): parsing and the response. Protocol only.
 *
 * It arrives like any event — at the event URL (signed, encrypted with the encrypt key, header.token checked by
 * src/app.ts) or over the long connection — as {schema: "2.0", header: {event_id, event_type:
 * "card.action.trigger", token, …}, event: {operator: {open_id, …}, token, action: {value, tag, …},
 * host, context: {open_message_id, open_chat_id}}}. Feishu waits 3 s for the answer; the answer body may carry
 *   {toast: {type: "success" | "info" | "warning" | "error", content}}   a short message under the card, and/or
 *   {card: {type: "raw", data: <card JSON>}}                              the card, replaced at once.
 * An empty object leaves the card as it is.
 */

export const CARD_ACTION_TRIGGER = "card.action.trigger";

/** Feishu's deadline for the callback's answer. */
export const CARD_CALLBACK_DEADLINE_MS = 3000;

export type CardAction = {
  operatorOpenId: string | undefined;
  /** The card message the button is on (context.open_message_id). */
  messageId: string | undefined;
  chatId: string | undefined;
  tag: string | undefined;
  /** The button's callback value, as sent. */
  value: unknown;
};

export type Toast = { type: "success" | "info" | "warning" | "error"; content: string };

export type CardCallbackResponse = { toast?: Toast; card?: { type: "raw"; data: unknown } };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);

/** Reads the callback's event; undefined when it has no action. Total: never throws. */
export function parseCardAction(event: unknown): CardAction | undefined {
  if (!isObj(event) || !isObj(event.action)) return undefined;
  const operator = isObj(event.operator) ? event.operator : {};
  const context = isObj(event.context) ? event.context : {};
  let value: unknown = event.action.value;
  // A button's value may come back as a JSON string.
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      // kept as the string
    }
  }
  return {
    operatorOpenId: str(operator.open_id) ?? str(event.open_id),
    messageId: str(context.open_message_id) ?? str(event.open_message_id),
    chatId: str(context.open_chat_id) ?? str(event.open_chat_id),
    tag: str(event.action.tag),
    value,
  };
}

/** Whether a card element is a button whose callback value satisfies `match`. */
function isCallbackButton(element: unknown, match: (value: unknown) => boolean): boolean {
  if (!isObj(element) || element.tag !== "button") return false;
  const behaviors = Array.isArray(element.behaviors) ? element.behaviors : [];
  return (
    behaviors.some((b) => isObj(b) && b.type === "callback" && match(b.value)) ||
    (isObj(element.value) && match(element.value))
  );
}

/**
 * A copy of `card` where the buttons whose callback value satisfies `match` are gone and the first of them is
 * replaced by `replacement` (e.g. a note "已收到反馈"). Containers left without elements are dropped too.
 * Returns undefined when the card has no such button.
 */
export function replaceCallbackButtons(
  card: unknown,
  match: (value: unknown) => boolean,
  replacement: Obj,
): unknown | undefined {
  let found = false;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      for (const item of node) {
        if (isCallbackButton(item, match)) {
          if (!found) out.push(replacement);
          found = true;
          continue;
        }
        const next = walk(item);
        if (next !== DROP) out.push(next);
      }
      return out;
    }
    if (!isObj(node)) return node;
    const copy: Obj = {};
    for (const [key, value] of Object.entries(node)) copy[key] = walk(value);
    for (const key of ["elements", "columns", "actions"]) {
      const before = node[key];
      const after = copy[key];
      if (Array.isArray(before) && before.length > 0 && Array.isArray(after) && after.length === 0) return DROP;
    }
    return copy;
  };
  const result = walk(card);
  return found ? result : undefined;
}

const DROP = Symbol("drop");
