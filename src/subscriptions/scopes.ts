/**
 * Subscription scopes: a network, alliance or zone named the way users name it, resolved through the knowledge's
 * alias index (the same one questions use), or "everything". An ambiguous name (苏州) is never guessed.
 */
import { findMentions } from "../answer/parse.ts";
import type { EntityRef, Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import type { AmbiguousName } from "../knowledge/schema.ts";
import { ALL_LABEL } from "./notice.ts";
import { ALL_SCOPE } from "./types.ts";

export type ResolvedScope = { scope: string; label: string; ref: EntityRef | undefined };

export type ScopeResolution =
  | { type: "ok"; scope: ResolvedScope }
  | { type: "ambiguous"; text: string; name: AmbiguousName; readings: ResolvedScope[] }
  | { type: "unknown"; text: string; suggestion: ResolvedScope | undefined };

/** Words meaning "everything". */
const ALL_WORDS = new Set(["全部", "所有", "全部动态", "所有动态", "一切", "all", "everything", "*"]);

/** How replies and notices name an entity: a network by its field ("物联网"), others by their name. */
export function scopeLabel(knowledge: Knowledge, ref: EntityRef): string {
  if (ref.kind === "network") return knowledge.networks.get(ref.id)?.field ?? ref.id;
  if (ref.kind === "alliance") return knowledge.alliances.get(ref.id)?.name ?? ref.id;
  return knowledge.zones.get(ref.id)?.name ?? ref.id;
}

function entity(knowledge: Knowledge, ref: EntityRef): ResolvedScope {
  return { scope: ref.id, label: scopeLabel(knowledge, ref), ref };
}

export const ALL: ResolvedScope = { scope: ALL_SCOPE, label: ALL_LABEL, ref: undefined };

/** The entity with this id, if any. */
export function entityById(knowledge: Knowledge, id: string): EntityRef | undefined {
  if (knowledge.networks.has(id)) return { kind: "network", id };
  if (knowledge.alliances.has(id)) return { kind: "alliance", id };
  if (knowledge.zones.has(id)) return { kind: "zone", id };
  return undefined;
}

/** One name (or id) → one scope. The whole text must be a name; "物联网网络" and "IoT" work, "物联网的" does not. */
export function resolveScope(knowledge: Knowledge, text: string): ScopeResolution {
  const raw = text.trim();
  const norm = normalize(raw);
  if (ALL_WORDS.has(norm) || ALL_WORDS.has(raw)) return { type: "ok", scope: ALL };
  const hit = norm ? knowledge.aliases.find((a) => a.alias === norm) : undefined;
  if (hit?.target.type === "entity") return { type: "ok", scope: entity(knowledge, hit.target.ref) };
  if (hit?.target.type === "ambiguous") {
    const name = hit.target.name;
    const readings = name.readings
      .map((id) => entityById(knowledge, id))
      .filter((r): r is EntityRef => r !== undefined)
      .map((r) => entity(knowledge, r));
    return { type: "ambiguous", text: raw, name, readings };
  }
  const byId = entityById(knowledge, raw);
  if (byId) return { type: "ok", scope: entity(knowledge, byId) };
  const mentions = norm ? findMentions(norm, knowledge.aliases) : [];
  const only = mentions.length === 1 ? mentions[0] : undefined;
  return {
    type: "unknown",
    text: raw,
    suggestion: only?.type === "entity" ? entity(knowledge, only.ref) : undefined,
  };
}

/**
 * Several scopes in one text ("物联网 西安", "物联网、西安"): the whole text first (names may contain spaces,
 * "internet of things"), then each part.
 */
export function resolveScopes(knowledge: Knowledge, text: string): ScopeResolution[] {
  const whole = resolveScope(knowledge, text);
  if (whole.type !== "unknown") return [whole];
  const parts = text
    .split(/[\s,，、;；/]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return [whole];
  return parts.map((p) => resolveScope(knowledge, p));
}

/** The shortest name users type for an alliance ("京津冀联盟"), for lists of valid scopes. */
function allianceShortName(knowledge: Knowledge, id: string): string {
  const a = knowledge.alliances.get(id);
  if (!a) return id;
  const short = a.aliases
    .filter((x) => /联盟$/.test(x) && /[\u4e00-\u9fff]/.test(x))
    .sort((x, y) => x.length - y.length)[0];
  return short ?? a.name;
}

/** What can be subscribed, for replies to an unknown scope. */
export function validScopesText(knowledge: Knowledge): string {
  const networks = [...knowledge.networks.values()].map((n) => n.field).join("、");
  const alliances = [...knowledge.alliances.keys()].map((id) => allianceShortName(knowledge, id)).join("、");
  const zones = [...knowledge.zones.values()]
    .filter((z) => z.level === "national")
    .slice(0, 4)
    .map((z) => z.name);
  return [
    `• 协同创新网络：${networks}`,
    `• 高新区联盟：${alliances}`,
    `• 任一高新区（共 ${knowledge.zones.size} 个），如 ${zones.join("、")}`,
    "• 全部动态：直接发送 /订阅",
  ].join("\n");
}
