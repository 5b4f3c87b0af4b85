/**
 * `/简报`: a briefing over the whole knowledge (networks, alliances, key figures) or, with a
 * scope, over one network, alliance or zone. Built from the same facts as every answer.
 */
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import type { Evidence } from "../knowledge/schema.ts";
import { citationsFor, FactEngine, formatDate } from "./facts.ts";
import { findMentions, parseQuestion } from "./parse.ts";
import type { Answer, AnswerItem } from "./types.ts";

/** Figures every briefing carries, in this order. */
const KEY_FIGURES = [
  "national-zone-count",
  "beijing-tech-contracts-2024",
  "dongbei-research-projects-2024",
  "cluster-pilots",
];

export function briefing(knowledge: Knowledge, scope?: string): Answer {
  const facts = new FactEngine(knowledge);
  if (scope?.trim()) return scopedBriefing(knowledge, facts, scope.trim());

  const evidence: Evidence[] = [];
  const items: AnswerItem[] = [];
  const lines: string[] = ["【产业协同创新网络】"];
  for (const n of knowledge.networks.values()) {
    const bits = [
      n.launch?.date ? `${formatDate(n.launch.date)}成立` : null,
      n.launch?.venue ? `地点${facts.zoneName(n.launch.venue)}` : null,
      n.lead ? `牵头${facts.zoneName(n.lead.zone)}` : null,
      n.members ? (n.members.partial ? "成员名单不完整" : `${n.members.zones.length}家成员`) : null,
    ].filter(Boolean);
    lines.push(`· ${n.name}：${bits.join("，")}`);
    items.push({ name: n.name, note: bits.join("，") });
    evidence.push(...(n.launch?.evidence ?? n.lead?.evidence ?? []).slice(0, 1));
  }
  lines.push("【高新区联盟】");
  for (const a of knowledge.alliances.values()) {
    const bits = [
      a.founded ? `${formatDate(a.founded.date)}成立` : null,
      a.members?.statedCount ? `${a.members.statedCount}家${a.members.partial ? "（未全部点名）" : ""}` : null,
      a.secretariat ? `秘书处${facts.zoneName(a.secretariat.zone)}` : null,
    ].filter(Boolean);
    lines.push(`· ${a.name}${bits.length ? `：${bits.join("，")}` : ""}`);
    items.push({ name: a.name, note: bits.join("，") || undefined });
    evidence.push(...(a.founded?.evidence ?? a.members?.evidence ?? a.initiator?.evidence ?? []).slice(0, 1));
  }
  lines.push("【关键数据】");
  for (const id of KEY_FIGURES) {
    const f = knowledge.figures.find((x) => x.id === id);
    if (!f) continue;
    lines.push(`· ${f.label}：${f.value}${f.unit}${f.note ? `（${f.note}）` : ""}`);
    evidence.push(...f.evidence.slice(0, 1));
  }
  return {
    kind: "fact",
    title: "高新区协同简报",
    answer: lines.join("\n"),
    items,
    citations: citationsFor(knowledge, evidence),
  };
}

function scopedBriefing(knowledge: Knowledge, facts: FactEngine, scope: string): Answer {
  const mentions = findMentions(normalize(scope), knowledge.aliases);
  const first = mentions[0];
  if (!first) {
    return {
      kind: "none",
      answer: `没有找到“${scope}”。可以简报的有：${[...knowledge.networks.values()].map((n) => n.field).join("、")}网络；${[
        ...knowledge.alliances.values(),
      ]
        .map((a) => a.name)
        .join("、")}；或任一高新区（如 西安、无锡、苏州工业园区）。`,
      citations: [],
    };
  }
  if (first.type === "entity" && first.ref.kind === "network") {
    const n = knowledge.networks.get(first.ref.id);
    if (n) return { ...facts.overview(n), title: `简报 · ${n.name}` };
  }
  if (first.type === "entity" && first.ref.kind === "alliance") {
    const a = knowledge.alliances.get(first.ref.id);
    if (a) return { ...facts.overview(a), title: `简报 · ${a.name}` };
  }
  // A zone (or an ambiguous name): what it belongs to.
  const answer = facts.answer({ ...parseQuestion(`${scope}参加了哪些网络和联盟`, knowledge) });
  return answer ?? { kind: "none", answer: `没有关于“${scope}”的记载。`, citations: [] };
}
