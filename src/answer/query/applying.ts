/**
 * A zone's application to join a group that is not decided yet ("我区已向国家高新区人工智能产业协同创新网络提交入网
 * 申请，目前申请正在审核中，能否加入尚未确定"): what a "not a member" answer must add, for the question "已经加入了吗"
 * is then answered by the application, not only by the list.
 */
import { entityNames } from "../../knowledge/entity-names.ts";
import { TURNED_DOWN } from "../../knowledge/extract/membership-change.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { perSnapshot } from "../../knowledge/per-snapshot.ts";
import type { Evidence, Zone } from "../../knowledge/schema.ts";
import { homeZoneOf } from "../../knowledge/source-zone.ts";
import { articleSentences, type Group, namesGroup } from "./graph.ts";

/** An application made, or being examined ("我区尚未加入…，相关申请工作正在推进": said after). */
// ("已提交加入国家高新区纳米新材料产业协同创新网络的申请": the group's full name between; "持续推进加入物联网产业协同
// 创新网络的相关工作": the joining worked towards.)
export const APPLIED =
  /(?:提交|提出|递交)(?:了)?(?:入网|入盟|加入[^，,。；;]{0,30}?)?申请|申请加入|正在(?:审核|审批|办理|申请)|申请(?:工作|手续)?(?:正在|已在)(?:推进|进行|办理|审核|审批)|拟加入|待批|推进加入[^，,。；;]{0,30}?(?:的)?(?:相关)?(?:工作|事宜|程序)/;
/** An application granted: "审议通过了A的入盟申请", "同意A加入", "批准A加入". */
const GRANTED =
  /(?:审议)?通过了?[^。；;]{0,40}?(?:入网|入盟|加入[^。；;]{0,12}?)?申请|(?:同意|批准)[^。；;，,]{0,30}?加入/;
/** The group said by its kind alone ("加入网络的申请", "入盟申请"). */
const GROUP_SAID = /(?:加入|申请)(?:该|本)?(?:网络|联盟)|入网|入盟/;
/** The zone in its own words, on its own page. */
const OWN = /我区|本区|我们/;

/** Applications found, once per knowledge snapshot (a query's execution and its rendering both ask). */
const found = perSnapshot<Evidence | undefined>();

/** The newest sentence that says `zone` applied to join `g` (by the zone's name, or as 我区 on its own page). */
export function applying(k: Knowledge, g: Group, zone: Zone): Evidence | undefined {
  return found(k, `${g.id}|${zone.id}`, () => findApplying(k, g, zone));
}

/**
 * What a search for a zone's sentences about a group reads: the zone's names, the group's (four characters at least)
 * and the articles that name the group, newest first.
 */
export function zoneInGroupSearch(k: Knowledge, g: Group, zone: Zone) {
  return {
    names: [zone.name, ...zone.aliases].filter((n) => n.length >= 2),
    groupNames: entityNames(k, g.id).filter((n) => n.length >= 4),
    articles: [...k.articles.values()]
      .filter(namesGroup(k, g.id))
      .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "")),
  };
}

function findApplying(k: Knowledge, g: Group, zone: Zone): Evidence | undefined {
  const { names, groupNames, articles } = zoneInGroupSearch(k, g, zone);
  // (An application granted, "会议审议通过了菏泽高新区、淮北高新区的入盟申请", in an article about the group, is
  // no application still made: the newest such sentence ends the search.)
  const granted = (sentence: string) => GRANTED.test(sentence) && names.some((n) => sentence.includes(n));
  for (const a of articles) {
    if (articleSentences(a.body).some(granted)) return undefined;
    const home = homeZoneOf(k, a.id) === zone.id;
    // (In an article whose title names the group, "加入网络的申请" is an application to it.)
    const titled = groupNames.some((n) => a.title.includes(n));
    for (const sentence of articleSentences(a.body)) {
      const quote = sentence.trim();
      const named = groupNames.some((n) => quote.includes(n)) || (titled && GROUP_SAID.test(quote));
      if (!APPLIED.test(quote) || !named) continue;
      if (names.some((n) => quote.includes(n)) || (home && OWN.test(quote))) return { article: a.id, quote };
    }
  }
  return undefined;
}

/** Whether an application found (`applying`) is still undecided: its sentence does not turn it down. */
export function stillPending(application: Evidence | undefined): boolean {
  return application !== undefined && !TURNED_DOWN.test(application.quote);
}
