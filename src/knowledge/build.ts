/**
 * Builds the immutable `Knowledge` snapshot from parsed knowledge files, and merges knowledge added at run time.
 * No file system here: Node reads the files (load.ts), the Worker gets them parsed from its bundled snapshot
 * (scripts/build-worker.ts), and both index them with this same code. load.ts re-exports everything here.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { pinyin } from "pinyin-pro";
import { cleanBody } from "./clean.ts";
import type { AddedKnowledge, AliasEntry, AliasTarget, EntityKind, Knowledge, KnowledgeFiles } from "./load.ts";
import { normalize } from "./normalize.ts";
import { splitPieces } from "./pieces.ts";
import type { Alliance, KnowledgeEvent, Network, Zone } from "./schema.ts";

export function hashKnowledgeFiles(files: KnowledgeFiles): string {
  const h = createHash("sha256");
  const { origins: _origins, ...content } = files;
  h.update(JSON.stringify(content));
  return h.digest("hex").slice(0, 16);
}

function entityNames(entity: Zone | Network | Alliance): string[] {
  const official = "officialNames" in entity ? entity.officialNames : [];
  return [entity.name, ...official, ...entity.aliases];
}

/** Every (normalised alias → target) pair, including each entity's own name. */
export function collectAliases(files: Pick<KnowledgeFiles, "zones" | "networks" | "alliances" | "ambiguous">) {
  const pairs: { alias: string; target: AliasTarget; source: string }[] = [];
  const add = (kind: EntityKind, entity: Zone | Network | Alliance) => {
    for (const name of entityNames(entity)) {
      pairs.push({ alias: normalize(name), target: { type: "entity", ref: { kind, id: entity.id } }, source: name });
    }
  };
  for (const z of files.zones) add("zone", z);
  for (const n of files.networks) add("network", n);
  for (const a of files.alliances) add("alliance", a);
  for (const amb of files.ambiguous)
    pairs.push({ alias: normalize(amb.name), target: { type: "ambiguous", name: amb }, source: amb.name });
  return pairs;
}

/**
 * The short names people type for a network: "储能网络", "储能协同网络" for 国家高新区先进储能产业协同创新网络 — the
 * field, or a tail of it that no other network's name holds, with 网络/协同网络/产业网络. Never a name two
 * networks could answer to.
 */
function shortNetworkNames(networks: Network[]): { alias: string; target: AliasTarget }[] {
  const out: { alias: string; target: AliasTarget }[] = [];
  for (const n of networks) {
    const field = n.field ?? "";
    for (let i = 0; i + 2 <= field.length; i++) {
      const part = field.slice(i);
      if (networks.some((o) => o.id !== n.id && (o.name.includes(part) || (o.field ?? "").includes(part)))) continue;
      for (const form of [`${part}网络`, `${part}协同网络`, `${part}产业网络`, `${part}协同创新网络`]) {
        out.push({ alias: normalize(form), target: { type: "entity", ref: { kind: "network", id: n.id } } });
      }
    }
  }
  return out;
}

/**
 * Names as English questions write them, in pinyin, for curated and learned entities alike: a zone's short place
 * name that no other zone has ("东莞" → dongguan), an alliance's short name ("黄河联盟" → huanghe alliance, and
 * "长江中游" → changjiang zhongyou alliance too, two syllables a word). A pinyin some other alias already holds is
 * left to it.
 */
function pinyinNames(zones: Zone[], alliances: Alliance[]): { alias: string; target: AliasTarget }[] {
  const PLACE = /^[\u4e00-\u9fff]{2,4}$/;
  const holders = new Map<string, number>();
  for (const z of zones)
    for (const a of new Set(z.aliases.filter((x) => PLACE.test(x)))) holders.set(a, (holders.get(a) ?? 0) + 1);
  const taken = new Set([...zones, ...alliances].flatMap((e) => e.aliases.map(normalize)));
  const out: { alias: string; target: AliasTarget }[] = [];
  const push = (alias: string, kind: EntityKind, id: string) => {
    if (!taken.has(alias)) out.push({ alias, target: { type: "entity", ref: { kind, id } } });
  };
  for (const z of zones)
    for (const a of z.aliases) if (PLACE.test(a) && holders.get(a) === 1) push(syllables(a).join(""), "zone", z.id);
  for (const al of alliances) {
    const short = al.aliases.find((x) => /^[\u4e00-\u9fff]{2,4}联盟$/.test(x))?.replace(/联盟$/, "");
    if (!short) continue;
    const s = syllables(short);
    push(`${s.join("")} alliance`, "alliance", al.id);
    if (s.length === 4) push(`${s[0]}${s[1]} ${s[2]}${s[3]} alliance`, "alliance", al.id);
  }
  return out;
}

function syllables(word: string): string[] {
  return pinyin(word, { toneType: "none", type: "array", v: true });
}

function derivedEvents(networks: Network[], alliances: Alliance[]): KnowledgeEvent[] {
  const events: KnowledgeEvent[] = [];
  for (const n of networks) {
    if (!n.launch?.date) continue;
    events.push({
      id: `launch-${n.id}`,
      date: n.launch.date,
      title: `${n.name}成立`,
      summary: `${n.name}${n.launch.occasion ? `${n.launch.occasion}` : "成立"}。`,
      scopes: [n.id, ...(n.members?.zones ?? [])],
      venue: n.launch.venue,
      evidence: n.launch.evidence,
    });
  }
  for (const a of alliances) {
    if (!a.founded) continue;
    events.push({
      id: `founding-${a.id}`,
      date: a.founded.date,
      title: `${a.name}成立`,
      summary: `${a.name}成立。`,
      scopes: [a.id, ...(a.members?.zones ?? [])],
      ...(a.founded.venue ? { venue: a.founded.venue } : {}),
      evidence: a.founded.evidence,
    });
  }
  return events;
}

const NOTHING_LEARNED: Knowledge["learning"] = { learned: new Map(), conflicts: [], dropped: [] };

/** Indexes a validated set of files. Call `validateKnowledge` first: this trusts the references. */
export function buildKnowledge(files: KnowledgeFiles, learning: Knowledge["learning"] = NOTHING_LEARNED): Knowledge {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x] as const));
  const memberships = new Map<string, { networks: Network[]; alliances: Alliance[] }>();
  const slot = (zoneId: string) => {
    let s = memberships.get(zoneId);
    if (!s) {
      s = { networks: [], alliances: [] };
      memberships.set(zoneId, s);
    }
    return s;
  };
  for (const n of files.networks) for (const z of n.members?.zones ?? []) slot(z).networks.push(n);
  for (const a of files.alliances) for (const z of a.members?.zones ?? []) slot(z).alliances.push(a);

  const seen = new Set<string>();
  const aliases: AliasEntry[] = [];
  for (const { alias, target } of [
    ...collectAliases(files),
    ...shortNetworkNames(files.networks),
    ...pinyinNames(files.zones, files.alliances),
  ]) {
    const key = `${alias}\u0000${target.type === "entity" ? `${target.ref.kind}:${target.ref.id}` : "?"}`;
    if (!alias || seen.has(key)) continue;
    seen.add(key);
    aliases.push({ alias, target });
  }
  aliases.sort((a, b) => b.alias.length - a.alias.length);

  const listed = new Set(files.events.map((e) => e.id));
  const derived = derivedEvents(files.networks, files.alliances).filter((e) => !listed.has(e.id));
  const events = [...files.events, ...derived].sort((a, b) => a.date.localeCompare(b.date));
  return Object.freeze({
    articles: byId(files.articles),
    zones: byId(files.zones),
    networks: byId(files.networks),
    alliances: byId(files.alliances),
    figures: files.figures,
    events,
    aliases,
    memberships,
    officials: files.officials,
    learning,
    hash: hashKnowledgeFiles(files),
  });
}

/** The `file` of a run-time article (its name carries the id, as for articles in the folder). */
export function addedArticleFile(id: string): string {
  return `(added)/articles/${id}.md`;
}

/** The origin file of events added at run time. */
export const ADDED_EVENTS = "(added)/events";

/** Appends run-time articles and events to files read from the folder (in place; returns `files`). */
export function mergeAddedKnowledge(files: KnowledgeFiles, added: AddedKnowledge): KnowledgeFiles {
  const current = latestVersions(added.articles);
  for (const a of added.articles) {
    if (!current.has(a.id)) continue; // superseded by a later version: kept in the store, not answered from
    const { body, joins } = cleanBody(a.body);
    const pieces = splitPieces({
      id: a.id,
      title: a.title,
      subtitle: null,
      source: a.source,
      date: a.date,
      dateNote: null,
      authors: [],
      people: [],
      body,
      file: addedArticleFile(a.id),
      ...(joins.length ? { joins } : {}),
      ...(a.modelFacts ? { modelFacts: a.modelFacts } : {}),
    });
    files.articles.push(...pieces);
  }
  added.events.forEach((event, index) => {
    const entry = { ...event };
    files.events.push(entry);
    files.origins.set(entry, { file: ADDED_EVENTS, index });
  });
  return files;
}

/**
 * Versions of an added article: `<id>-v2`, `<id>-v3` … are later versions of `<id>` (an imported document that
 * changed). Only the latest version of each is answered from, so its facts supersede the earlier ones.
 */
export function latestVersions(articles: readonly { id: string }[]): Set<string> {
  const version = (id: string): [string, number] => {
    const m = /^(.+)-v(\d+)$/.exec(id);
    return m && articles.some((a) => a.id === m[1]) ? [m[1] as string, Number(m[2])] : [id, 1];
  };
  const best = new Map<string, { id: string; n: number }>();
  for (const a of articles) {
    const [base, n] = version(a.id);
    const seen = best.get(base);
    if (!seen || n > seen.n) best.set(base, { id: a.id, n });
  }
  return new Set([...best.values()].map((b) => b.id));
}

export function articleIdFromFile(file: string): string {
  return basename(file).replace(/\.md$/, "");
}
