/**
 * The values carried by the buttons of answer cards (card JSON 2.0 `behaviors: [{ type: "callback", value }]`)
 * and read back from the `card.action.trigger` callback. Shared by the renderer (which puts them on buttons) and
 * the callback handler (which acts on them), so the two cannot drift apart.
 *   { a: "fb", v: "up" | "down", q }  feedback on the answer to question q
 *   { a: "ask", q }                   a suggested question, answered as if it had been typed
 */
import { z } from "zod";

/** Feishu limits a button's callback value; questions are cut to this many characters. */
export const CARD_ACTION_QUESTION_CHARS = 200;

const question = z.string().min(1).max(CARD_ACTION_QUESTION_CHARS);

export const CardActionValue = z.discriminatedUnion("a", [
  z.object({ a: z.literal("fb"), v: z.enum(["up", "down"]), q: question }),
  z.object({ a: z.literal("ask"), q: question }),
]);
export type CardActionValue = z.infer<typeof CardActionValue>;

/** The callback value of a button, with the question cut to the limit. */
export function cardActionValue(value: CardActionValue): CardActionValue {
  return { ...value, q: Array.from(value.q).slice(0, CARD_ACTION_QUESTION_CHARS).join("") };
}

/** Reads a callback's `action.value`; undefined when it is not one of ours. */
export function parseCardActionValue(value: unknown): CardActionValue | undefined {
  const parsed = CardActionValue.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
