/**
 * "A和B谁先发布的…": which of two zones did a thing first, when the graph holds no such event but the articles
 * date it ("2024年5月,西安高新区发布的…方案"). For each zone, the sentence that names it, gives a date and holds
 * most of the question's other words; both must be found, on different dates, to answer.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { normalize } from "../../knowledge/normalize.ts";
import { citationsFor, formatDate } from "../facts/context.ts";
import { wordPairs } from "../pairs.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { CUES } from "./cues.ts";

const DATE = /((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/;
/** Words of a comparison question that no sentence of an article holds. */
const ASKING =
  /谁先|谁早|哪个先|哪个早|谁更早|哪个更早|先后|早几天|晚几天|和|与|跟|的|是|了|吗|呢|谁|哪个|哪一个|更|先|早|晚/g;
/** A share of the question's word pairs the sentence must hold. */
const HELD = 0.5;

type Act = { date: string; article: string; quote: string };

export function answerDatedActs(k: Knowledge, p: Parsed): Answer | null {
  if (!CUES.whichFirst.test(p.text)) return null;
  const zones = [
    ...new Set(p.mentions.flatMap((m) => (m.type === "entity" && m.ref.kind === "zone" ? [m.ref.id] : []))),
  ];
  if (zones.length !== 2 || p.mentions.some((m) => m.type === "entity" && m.ref.kind !== "zone")) return null;
  let rest = p.text;
  for (const m of [...p.mentions].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  const wanted = wordPairs(rest.replace(ASKING, " "));
  if (wanted.size < 3) return null;
  const acts = zones.map((z) => actOf(k, z, wanted));
  const [a, b] = acts;
  if (!a || !b || a.date === b.date) return null;
  const [first, later] = a.date < b.date ? [0, 1] : [1, 0];
  const name = (i: number) => k.zones.get(zones[i] as string)?.name ?? (zones[i] as string);
  const when = (i: number) => formatDate((acts[i] as Act).date);
  return {
    kind: "fact",
    answer: `${name(first)}先（${when(first)}），${name(later)}在${when(later)}。`,
    citations: citationsFor(
      k,
      [acts[first] as Act, acts[later] as Act].map((x) => ({ article: x.article, quote: x.quote })),
    ),
  };
}

/** The dated sentence about the zone that holds most of the asked words. */
function actOf(k: Knowledge, zone: string, wanted: Set<string>): Act | undefined {
  const z = k.zones.get(zone);
  if (!z) return undefined;
  const names = [z.name, ...z.aliases].filter((n) => n.length >= 2);
  let best: (Act & { share: number }) | undefined;
  for (const act of datedSentences(k)) {
    if (!names.some((n) => act.quote.includes(n))) continue;
    const share = [...wanted].filter((w) => act.text.includes(w)).length / wanted.size;
    if (share < HELD || (best && share <= best.share)) continue;
    best = { ...act, share };
  }
  return best;
}

const datedByKnowledge = new WeakMap<Knowledge, (Act & { text: string })[]>();

/** The sentences of every article that give a date (YYYY-MM or YYYY-MM-DD), normalised: once per snapshot. */
function datedSentences(k: Knowledge): (Act & { text: string })[] {
  let acts = datedByKnowledge.get(k);
  if (!acts) {
    acts = [];
    for (const a of k.articles.values()) {
      for (const sentence of a.body.split(/(?<=[。！？])/)) {
        const date = DATE.exec(sentence);
        if (!date) continue;
        const [, y, m, d] = date;
        const value = `${y}-${String(m).padStart(2, "0")}${d ? `-${String(d).padStart(2, "0")}` : ""}`;
        acts.push({ date: value, article: a.id, quote: sentence.trim(), text: normalize(sentence) });
      }
    }
    datedByKnowledge.set(k, acts);
  }
  return acts;
}
