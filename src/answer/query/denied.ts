/**
 * A zone said not to be a member of a group ("…与我区并非同一园区，我区目前不是新型显示产业协同创新网络成员单位",
 * "A高新区并非X网络成员"): when the group's list names only some of its members, that sentence still answers "不是".
 */
import { entityNames } from "../../knowledge/entity-names.ts";
import { escaped } from "../../knowledge/lexicon.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Evidence, Zone } from "../../knowledge/schema.ts";
import { homeZoneOf } from "../../knowledge/source-zone.ts";
import { articleSentences, type Group, namesGroup } from "./graph.ts";

/** What says it is not one, right after the zone: "目前不是", "并非", "尚未加入". */
const NOT_ONE = "(?:目前|现在|暂时?|仍|还|并)?(?:不是|并非|不属于|尚未加入|没有加入|未加入)";

/** Found once per knowledge snapshot and question (a query's execution and its rendering both ask). */
const found = new WeakMap<Knowledge, Map<string, Evidence | undefined>>();

/** The newest sentence that says `zone` (by its name, or as 我区 on its own page) is not a member of `g`. */
export function deniedMembership(k: Knowledge, g: Group, zone: Zone): Evidence | undefined {
  let known = found.get(k);
  if (!known) {
    known = new Map();
    found.set(k, known);
  }
  const key = `${g.id}|${zone.id}`;
  if (!known.has(key)) known.set(key, findDenied(k, g, zone));
  return known.get(key);
}

function findDenied(k: Knowledge, g: Group, zone: Zone): Evidence | undefined {
  const names = [zone.name, ...zone.aliases].filter((n) => n.length >= 2);
  const groupNames = entityNames(k, g.id).filter((n) => n.length >= 4);
  const articles = [...k.articles.values()]
    .filter(namesGroup(k, g.id))
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  for (const a of articles) {
    const own = homeZoneOf(k, a.id) === zone.id;
    // (The zone is the subject of the clause that says it: "…合肥新站高新区为安徽省级高新区，…，我区目前不是…".)
    const subjects = [...names, ...(own ? ["我区", "本区"] : [])].map(escaped).join("|");
    const said = new RegExp(`(?:^|[，,；;])(?:${subjects})${NOT_ONE}([^。；;，,]{0,40}?)(?:的)?成员`);
    for (const sentence of articleSentences(a.body)) {
      const quote = sentence.trim();
      const of = said.exec(quote)?.[1] ?? "";
      if (groupNames.some((n) => of.includes(n))) return { article: a.id, quote };
    }
  }
  return undefined;
}
