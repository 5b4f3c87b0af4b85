/**
 * "张江牵头的和东湖牵头的网络，哪个成员多": two networks named by the zones that lead them, each leading exactly one,
 * are read by their names ("集成电路网络和光电子网络"); the reading is said with the answer.
 */
import type { Knowledge } from "../knowledge/load.ts";
import { parseQuestion } from "./parse.ts";

const LED_PAIR =
  /([\u4e00-\u9fff]{2,8}?)牵头的(?:网络|那个|那张)?(?:和|与|跟|、)([\u4e00-\u9fff]{2,8}?)牵头的(?:那个|那张)?(?:产业协同创新)?网络/;

/** The network the zone named in `text` leads, when it leads exactly one. */
function ledBy(k: Knowledge, text: string): string | undefined {
  const zone = parseQuestion(text, k).entities.find((e) => e.kind === "zone");
  const led = zone ? [...k.networks.values()].filter((n) => n.lead?.zone === zone.id) : [];
  return led.length === 1 ? led[0]?.name : undefined;
}

export function ledPairRead(k: Knowledge, question: string): { text: string; note: string } | null {
  const m = LED_PAIR.exec(question);
  if (!m) return null;
  const [a, b] = [ledBy(k, m[1] ?? ""), ledBy(k, m[2] ?? "")];
  if (!a || !b || a === b) return null;
  const names = `${a}和${b}`;
  return {
    text: `${question.slice(0, m.index)}${names}${question.slice(m.index + m[0].length)}`,
    note: `按“${names}”理解（原文“${m[0]}”）`,
  };
}
