/**
 * A list asked, then whether one zone is in it ("…下游成员有哪些，佛山算不算？", "那几家搞整机的园区都列一下，上海张江有没有
 * 在里面"): the list, and whether the zone is among those it names. Null unless the first part is answered as a fact
 * and the second names one zone and nothing else.
 */
import { entityNames } from "../knowledge/entity-names.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { parseQuestion } from "./parse.ts";
import type { Answer } from "./types.ts";

/** The list asked, then a comma, then the check: "…有哪些，X算不算", "…都列一下，X有没有在里面". */
const LIST_THEN_CHECK =
  /^(.{4,}?(?:有哪些|是哪些|有哪几家|是哪几家|哪几家|都有谁|都是谁|列一下|列出来|列个名单)[^，,？?]{0,4})[，,？?]\s*(.{2,16}?(?:算不算|算吗|算不算在内|有没有在里面|在不在里面|在里面吗|在不在其中|包括在内吗|包不包括))[？?]?$/;

export async function listThenCheck(
  knowledge: Knowledge,
  q: string,
  ask: (text: string) => Promise<Answer>,
): Promise<Answer | null> {
  const m = LIST_THEN_CHECK.exec(q.trim());
  if (!m) return null;
  const [zone, ...more] = parseQuestion(m[2] as string, knowledge).entities;
  if (zone?.kind !== "zone" || more.length > 0) return null;
  const listed = await ask(m[1] as string);
  if (listed.kind !== "fact") return null;
  const name = knowledge.zones.get(zone.id)?.name ?? zone.id;
  // (By its full names only: "苏州" would be found in 苏州工业园区.)
  const names = [name, ...entityNames(knowledge, zone.id).filter((n) => /(?:高新区|示范区|园区)$/.test(n))];
  // (By the list's own items, or its text without the notes in brackets: "（…此后芜湖高新区退出）" names no member.)
  const listedText = listed.items
    ? listed.items.map((i) => i.name).join("、")
    : listed.answer.replace(/[（(][^）)]*[）)]/g, "");
  const inIt = names.some((n) => listedText.includes(n));
  // (A list the articles give only in part says nothing of who is missing from it.)
  const partial = /只列出了|部分成员|名单不完整|只点名|点名的/.test(listed.answer);
  const verdict = inIt ? `${name}在其中。` : partial ? `文章所列的名单中没有${name}。` : `${name}不在其中。`;
  return { ...listed, answer: `${listed.answer}\n${verdict}` };
}
