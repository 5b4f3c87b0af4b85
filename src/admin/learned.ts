/**
 * What the knowledge learned from one article, read from the snapshot that includes it (read-only): the facts
 * whose evidence quotes the article (networks, alliances, zones, figures, events — whatever the add-article path
 * derived), and the known entities the article names (through the alias index).
 */
import type { Knowledge } from "../knowledge/load.ts";
import { hasTerm, normalize } from "../knowledge/normalize.ts";

export type Learned = { facts: number; factsAbout: string[]; entities: string[]; sentences: number };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null;

/** Counts evidence records ({article, quote}) citing `articleId` anywhere under `value`. */
function citing(value: unknown, articleId: string, seen: Set<unknown>): number {
  if (!isObj(value) || seen.has(value)) return 0;
  seen.add(value);
  if (value.article === articleId && typeof value.quote === "string") return 1;
  let n = 0;
  for (const v of Array.isArray(value) ? value : Object.values(value)) n += citing(v, articleId, seen);
  return n;
}

export function learnedFrom(knowledge: Knowledge, articleId: string): Learned {
  const article = knowledge.articles.get(articleId);
  const factsAbout: string[] = [];
  let facts = 0;
  const seen = new Set<unknown>();
  const tables: Array<Iterable<{ name?: string }>> = [
    knowledge.networks.values(),
    knowledge.alliances.values(),
    knowledge.zones.values(),
  ];
  for (const table of tables) {
    for (const entity of table) {
      const n = citing(entity, articleId, seen);
      if (n > 0 && entity.name) factsAbout.push(entity.name);
      facts += n;
    }
  }
  facts += citing(knowledge.figures, articleId, seen) + citing(knowledge.events, articleId, seen);

  const entities: string[] = [];
  if (article) {
    const body = normalize(article.body);
    const names = new Map<string, string>();
    for (const entry of knowledge.aliases) {
      if (entry.target.type !== "entity" || Array.from(entry.alias).length < 2) continue;
      const { kind, id } = entry.target.ref;
      const key = `${kind}:${id}`;
      if (names.has(key) || !hasTerm(body, entry.alias)) continue;
      const table = kind === "zone" ? knowledge.zones : kind === "network" ? knowledge.networks : knowledge.alliances;
      names.set(key, (table.get(id) as { name?: string } | undefined)?.name ?? id);
    }
    entities.push(...names.values());
  }
  const sentences = article ? (article.body.match(/[。！？!?]/g) ?? []).length : 0;
  return { facts, factsAbout, entities, sentences };
}
