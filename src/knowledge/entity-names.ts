/**
 * Every name of an entity (zone, network, alliance) in the alias index, by its id: built once per knowledge
 * snapshot, for the checks that ask whether a text names what a question names.
 */
import type { Knowledge } from "./load.ts";

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
