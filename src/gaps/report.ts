/**
 * The gaps report: the most-asked unanswered questions since a date, grouped by normalised form, each with the
 * nearest entity the knowledge knows (read-only use of its alias index: the longest alias inside the question,
 * else the alias sharing the most character pairs with it).
 */
import type { Knowledge } from "../knowledge/load.ts";
import { hasTerm, normalize } from "../knowledge/normalize.ts";
import type { GapGroup, GapStore } from "./types.ts";

export type NearestEntity = { id: string; kind: string; name: string; match: "named" | "similar" };

export type GapReportRow = GapGroup & { nearest: NearestEntity | null };

export type GapReport = { since: string; until: string; total: number; groups: GapReportRow[] };

function entityName(knowledge: Knowledge, kind: string, id: string): string {
  const table = kind === "zone" ? knowledge.zones : kind === "network" ? knowledge.networks : knowledge.alliances;
  return (table.get(id) as { name?: string } | undefined)?.name ?? id;
}

const pairs = (s: string): Set<string> => {
  const chars = Array.from(s);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
};

const genericCache = new WeakMap<Knowledge, Set<string>>();

/** Character pairs found in more than 5% of the aliases (and at least 5 of them). */
function genericPairs(knowledge: Knowledge): Set<string> {
  let generic = genericCache.get(knowledge);
  if (!generic) {
    const counts = new Map<string, number>();
    for (const entry of knowledge.aliases) for (const p of pairs(entry.alias)) counts.set(p, (counts.get(p) ?? 0) + 1);
    const limit = Math.max(5, knowledge.aliases.length * 0.05);
    generic = new Set([...counts].filter(([, n]) => n > limit).map(([p]) => p));
    genericCache.set(knowledge, generic);
  }
  return generic;
}

export function nearestEntity(knowledge: Knowledge, text: string): NearestEntity | null {
  const q = normalize(text);
  const describe = (entry: Knowledge["aliases"][number], match: NearestEntity["match"]): NearestEntity =>
    entry.target.type === "entity"
      ? {
          id: entry.target.ref.id,
          kind: entry.target.ref.kind,
          name: entityName(knowledge, entry.target.ref.kind, entry.target.ref.id),
          match,
        }
      : { id: entry.target.name.name, kind: "ambiguous", name: entry.target.name.name, match };
  // Aliases come longest first: the first one inside the question is the most specific name it uses.
  for (const entry of knowledge.aliases) {
    if (Array.from(entry.alias).length >= 2 && hasTerm(q, entry.alias)) return describe(entry, "named");
  }
  const qp = pairs(q);
  const generic = genericPairs(knowledge);
  let best: { entry: Knowledge["aliases"][number]; score: number } | undefined;
  for (const entry of knowledge.aliases) {
    const ap = pairs(entry.alias);
    if (ap.size < 2) continue;
    let shared = 0;
    // Pairs most names share (高新, 新区, 网络, 联盟 …) say nothing about which entity is meant.
    for (const p of ap) if (qp.has(p) && !generic.has(p)) shared++;
    const score = shared / ap.size;
    if (shared >= 2 && score >= 0.5 && (!best || score > best.score)) best = { entry, score };
  }
  return best ? describe(best.entry, "similar") : null;
}

export async function gapReport(
  store: GapStore,
  knowledge: Knowledge | undefined,
  options: { since: number; now: number; limit?: number },
): Promise<GapReport> {
  const groups = await store.groups(options.since, options.limit ?? 50);
  return {
    since: new Date(options.since).toISOString(),
    until: new Date(options.now).toISOString(),
    total: groups.reduce((n, g) => n + g.count, 0),
    groups: groups.map((g) => ({ ...g, nearest: knowledge ? nearestEntity(knowledge, g.text) : null })),
  };
}

/** A readable table for the CLI. */
export function formatGapReport(report: GapReport): string {
  if (report.groups.length === 0) return `no unanswered questions since ${report.since.slice(0, 10)}`;
  const lines = [
    `unanswered questions since ${report.since.slice(0, 10)} (${report.total} in ${report.groups.length} groups)`,
    "count  none  👎  askers  nearest entity            question",
  ];
  for (const g of report.groups) {
    const nearest = g.nearest ? `${g.nearest.match === "similar" ? "≈" : ""}${g.nearest.name}` : "—";
    lines.push(
      `${String(g.count).padStart(5)}  ${String(g.none).padStart(4)}  ${String(g.unhelpful).padStart(2)}  ${String(g.askers).padStart(6)}  ${nearest.padEnd(24)}  ${g.text}`,
    );
  }
  return lines.join("\n");
}

/** Parses --since / ?since=YYYY-MM-DD as the start of that day in Asia/Shanghai; undefined when malformed. */
export function parseSince(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const t = Date.parse(`${value}T00:00:00+08:00`);
  if (!Number.isFinite(t)) return undefined;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 10) === value ? t : undefined;
}
