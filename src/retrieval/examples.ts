/**
 * "贾敬敦举了哪几个靠健全创新网络…的例子": the examples a quoted point goes on to give in the sentence after it ("一是…
 * 健全创新网络…。如深圳高新区…等都是…"), put right after that point.
 */
import { wordPairs } from "../answer/pairs.ts";
import type { Retriever } from "./hybrid.ts";
import type { Passage } from "./passages.ts";

/** Asks the examples given ("举了哪几个例子"), and a sentence that gives them ("如A、B等都是…", "例如…"). */
const EXAMPLES_ASKED = /例子|举例|比如|例如|案例/;
const EXAMPLE = /^(?:如|例如|比如|譬如)/;

/**
 * Puts into `pieces` (the quoted text of `items`, one each) the example sentence after each item the question names
 * (by three words or more; else after the last item), when asked for examples; `covered` records what is quoted.
 */
export function withExamples(
  retriever: Retriever,
  question: string,
  items: Passage[],
  pieces: string[],
  covered: Set<string>,
): void {
  if (!EXAMPLES_ASKED.test(question)) return;
  const asked = wordPairs(question);
  const named = items.filter((x) => [...wordPairs(x.text)].filter((w) => asked.has(w)).length >= 3);
  for (const item of named.length > 0 ? named : items.slice(-1)) {
    const next = retriever.next(item);
    if (!next || covered.has(next.id) || next.paragraph !== item.paragraph || !EXAMPLE.test(next.text)) continue;
    covered.add(next.id);
    // (After the item, past the examples put in before it.)
    pieces.splice(Math.max(items.indexOf(item), 0) + 1 + (pieces.length - items.length), 0, next.text);
  }
}
