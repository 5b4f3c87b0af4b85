/**
 * A zone said not to be a member of a group ("…与我区并非同一园区，我区目前不是新型显示产业协同创新网络成员单位",
 * "A高新区并非X网络成员"): when the group's list names only some of its members, that sentence still answers "不是".
 */
import { escaped } from "../../knowledge/lexicon.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { perSnapshot } from "../../knowledge/per-snapshot.ts";
import type { Evidence, Zone } from "../../knowledge/schema.ts";
import { homeZoneOf } from "../../knowledge/source-zone.ts";
import { zoneInGroupSearch } from "./applying.ts";
import { articleSentences, type Group } from "./graph.ts";

/** What says it is not one, right after the zone: "目前不是", "并非", "尚未加入". */
const NOT_ONE = "(?:目前|现在|暂时?|仍|还|并)?(?:不是|并非|不属于|尚未加入|没有加入|未加入)";

/** Found once per knowledge snapshot (a query's execution and its rendering both ask). */
const found = perSnapshot<Evidence | undefined>();

/** The newest sentence that says `zone` (by its name, or as 我区 on its own page) is not a member of `g`. */
export function deniedMembership(k: Knowledge, g: Group, zone: Zone): Evidence | undefined {
  return found(k, `${g.id}|${zone.id}`, () => findDenied(k, g, zone));
}

function findDenied(k: Knowledge, g: Group, zone: Zone): Evidence | undefined {
  const { names, groupNames, articles } = zoneInGroupSearch(k, g, zone);
  for (const a of articles) {
    const own = homeZoneOf(k, a.id) === zone.id;
    // (The zone is the subject of the clause that says it: "…合肥新站高新区为安徽省级高新区，…，我区目前不是…".)
    const subjects = [...names, ...(own ? ["我区", "本区"] : [])].map(escaped).join("|");
    const said = new RegExp(`(?:^|[，,；;])(?:${subjects})${NOT_ONE}([^。；;，,]{0,40}?)(?:的)?成员`);
    for (const sentence of articleSentences(a.body)) {
      const quote = sentence.trim();
      // (The group's own members, its name right before: not "…网络理事会成员单位", "…网络首批成员".)
      const of = said.exec(quote)?.[1] ?? "";
      if (groupNames.some((n) => of.endsWith(n))) return { article: a.id, quote };
    }
  }
  return undefined;
}
