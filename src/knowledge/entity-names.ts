/**
 * Every name of an entity (zone, network, alliance) in the alias index, by its id: built once per knowledge
 * snapshot, for the checks that ask whether a text names what a question names.
 */
import type { Knowledge } from "./load.ts";
import { normalize } from "./normalize.ts";

const byKnowledge = new WeakMap<Pick<Knowledge, "aliases">, Map<string, string[]>>();

export function entityNames(k: Pick<Knowledge, "aliases">, id: string): readonly string[] {
  let index = byKnowledge.get(k);
  if (!index) {
    index = new Map();
    for (const a of k.aliases) {
      if (a.target.type !== "entity") continue;
      const list = index.get(a.target.ref.id) ?? [];
      list.push(a.alias);
      index.set(a.target.ref.id, list);
    }
    byKnowledge.set(k, index);
  }
  return index.get(id) ?? [];
}

/** Every name of a network or an alliance, normalised, with its entity: once per knowledge snapshot. */
export type GroupAlias = { alias: string; id: string; kind: "network" | "alliance" };
const groupAliasesBy = new WeakMap<Pick<Knowledge, "aliases">, GroupAlias[]>();

export function groupAliases(k: Pick<Knowledge, "aliases">): readonly GroupAlias[] {
  let list = groupAliasesBy.get(k);
  if (!list) {
    list = k.aliases.flatMap((a) =>
      a.target.type === "entity" && a.target.ref.kind !== "zone"
        ? [{ alias: normalize(a.alias), id: a.target.ref.id, kind: a.target.ref.kind }]
        : [],
    );
    groupAliasesBy.set(k, list);
  }
  return list;
}

/** The words a group's name shares with every other group's: what is left names this one. */
const GENERIC = /国家高新区|国家|高新区|产业|协同创新|科技创新|创新|战略|发展/g;

/**
 * A title names a network or an alliance also when it writes the name's own part and its kind apart ("黄河流域
 * 19家国家高新区组建协同创新联盟" names 黄河流域国家高新区协同创新联盟).
 */
export function titleNames(title: string, names: readonly string[]): boolean {
  return names.some((name) => {
    if (title.includes(name)) return true;
    const { kind, own } = partsOf(name);
    return !!kind && own.length >= 2 && title.includes(own) && title.includes(kind);
  });
}

/** A group name's kind word and its own part, once per name. */
const parts = new Map<string, { kind: string | null; own: string }>();
function partsOf(name: string): { kind: string | null; own: string } {
  let found = parts.get(name);
  if (!found) {
    const kind = /联盟$/.test(name) ? "联盟" : /网络$/.test(name) ? "网络" : null;
    found = { kind, own: kind ? name.replace(/(?:联盟|网络)$/, "").replace(GENERIC, "") : "" };
    if (parts.size > 50_000) parts.clear();
    parts.set(name, found);
  }
  return found;
}
