/**
 * A refusal is not a dead end: up to three questions the bot can answer about the nearest entity it knows
 * (one the question names, else the one whose name shares the most characters with it), asked only about what
 * the knowledge records for that entity.
 */
import type { Knowledge } from "../knowledge/load.ts";
import type { Parsed } from "./parse.ts";
import { isNetwork, shortName } from "./query/graph.ts";

export function suggestionsFor(k: Knowledge, p: Parsed): string[] {
  const ref = p.entities[0] ?? nearest(k, p.text);
  if (!ref) return defaults(k);
  if (ref.kind === "zone") {
    const z = k.zones.get(ref.id);
    if (!z) return defaults(k);
    const short = z.aliases.find((a) => /^[\u4e00-\u9fff]{2,4}$/.test(a)) ?? z.name;
    return [
      `${short}参加了哪些网络和联盟`,
      ...(k.memberships.has(ref.id) ? [`${z.name}牵头哪个网络`] : []),
      `介绍一下${z.name}`,
    ].slice(0, 3);
  }
  const g = k.networks.get(ref.id) ?? k.alliances.get(ref.id);
  if (!g) return defaults(k);
  const name = shortName(g);
  const out: string[] = [];
  if (g.members?.zones.length) out.push(`${name}有哪些成员`);
  if (isNetwork(g) ? g.launch?.date : g.founded?.date) out.push(`${name}是什么时候成立的`);
  if (isNetwork(g) && g.lead) out.push(`${name}的牵头单位是谁`);
  if (g.secretariat) out.push(`${name}的秘书处设在哪里`);
  return out.slice(0, 3);
}

function defaults(k: Knowledge): string[] {
  const first = [...k.networks.values()][0];
  const alliance = [...k.alliances.values()].find((a) => a.members?.zones.length);
  return [
    ...(first ? [`${shortName(first)}有哪些成员`] : []),
    ...(alliance ? [`${shortName(alliance)}的秘书处设在哪里`] : []),
    "有哪些产业协同创新网络",
  ].slice(0, 3);
}

/** The parts many names share: a character pair that touches them says nothing about which entity is meant. */
const GENERIC_PARTS = ["国家高新区", "产业协同创新网络", "联盟", "示范区"];
const isGeneric = (pair: string) => GENERIC_PARTS.some((part) => [...pair].some((ch) => part.includes(ch)));

/** The entity whose names share the most characters (at least two in a row) with the question. */
function nearest(k: Knowledge, text: string): { kind: "zone" | "network" | "alliance"; id: string } | undefined {
  let best: { kind: "zone" | "network" | "alliance"; id: string } | undefined;
  let bestScore = 1;
  // The question's own character pairs, less the generic ones (read once, not once per name).
  const pairs = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (!isGeneric(pair)) pairs.add(pair);
  }
  for (const { alias, target } of k.aliases) {
    if (target.type !== "entity" || alias.length < 2) continue;
    let score = 0;
    for (let i = 0; i + 2 <= alias.length; i++) if (pairs.has(alias.slice(i, i + 2))) score++;
    if (score > bestScore) {
      bestScore = score;
      best = target.ref;
    }
  }
  return best;
}
