/** Grouping of gap records by normalised text, as the SQL of the SQLite and D1 stores does it. */
import type { GapGroup, GapRecord } from "./types.ts";

export function groupGaps(rows: readonly GapRecord[], limit: number): GapGroup[] {
  const byText = new Map<string, GapRecord[]>();
  for (const r of rows) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
  const groups: GapGroup[] = [];
  for (const [text, list] of byText) {
    const gaps = list.filter((r) => r.reason !== "helpful");
    if (gaps.length === 0) continue;
    groups.push({
      text,
      count: gaps.length,
      none: gaps.filter((r) => r.reason === "none").length,
      unhelpful: gaps.filter((r) => r.reason === "unhelpful").length,
      helpful: list.length - gaps.length,
      askers: new Set(gaps.map((r) => r.asker).filter((a) => a !== null)).size,
      chatTypes: [...new Set(gaps.map((r) => r.chatType))].sort(),
      firstAt: Math.min(...gaps.map((r) => r.at)),
      lastAt: Math.max(...gaps.map((r) => r.at)),
    });
  }
  return sortGroups(groups).slice(0, limit);
}

export function sortGroups(groups: GapGroup[]): GapGroup[] {
  return groups.sort((a, b) => b.count - a.count || b.lastAt - a.lastAt || (a.text < b.text ? -1 : 1));
}
