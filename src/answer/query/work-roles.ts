/**
 * A zone's post in a body inside a group ("并承担联盟轨道交通与航空动力产业专业委员会召集单位工作", "担任网络整机制造
 * 工作组组长单位"): part of what the zone is in the group, which a question of its role ("在长江中游联盟里担任啥角色")
 * must say besides its seat or membership. Read from the sentences of the group's articles that name the zone (or say
 * 我区 on its own page), the group named before the post in the same sentence.
 */
import { entityNames } from "../../knowledge/entity-names.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { perSnapshot } from "../../knowledge/per-snapshot.ts";
import type { Evidence, Zone } from "../../knowledge/schema.ts";
import { homeZoneOf } from "../../knowledge/source-zone.ts";
import { zoneInGroupSearch } from "./applying.ts";
import { articleSentences, type Group } from "./graph.ts";

/** "承担联盟X专业委员会召集单位工作", "担任网络X工作组组长单位", "作为X专委会牵头单位", "担任网络“X”环节召集单位": the
 *  body or the part of the chain, and the post in it. */
const POST =
  /(?:承担|担任|作为|出任)(?:该|本)?(?:联盟|网络)?([“"]?[\u4e00-\u9fff、与和]{2,30}?[”"]?(?:专业委员会|专委会|工作组|专题组|专业组|工作委员会|环节|板块))的?((?:副)?(?:召集|牵头|组长|主任委员|主任)单位)/;

/** A zone named in a sentence: "…高新区", "…示范区", "…园区", or 我区. */
const ZONE_NAMED = /[\u4e00-\u9fff]{2,10}?(?:高新区|示范区|工业园区|园区)(?:（[^）]{1,8}）)?|我区|本区/g;

export type WorkRole = { role: string; evidence: Evidence };

const found = perSnapshot<WorkRole[]>();

/** The posts `zone` holds in bodies inside `g`, once each, newest article first. */
export function workRoles(k: Knowledge, g: Group, zone: Zone): WorkRole[] {
  return found(k, `${g.id}|${zone.id}`, () => findWorkRoles(k, g, zone));
}

function findWorkRoles(k: Knowledge, g: Group, zone: Zone): WorkRole[] {
  const { names, groupNames, articles } = zoneInGroupSearch(k, g, zone);
  const allGroupNames = [...k.networks.keys(), ...k.alliances.keys()]
    .flatMap((id) => entityNames(k, id))
    .filter((n) => n.length >= 4)
    .sort((a, b) => b.length - a.length);
  const otherKind = "field" in g ? "联盟" : "网络";
  const out: WorkRole[] = [];
  for (const a of articles) {
    const home = homeZoneOf(k, a.id) === zone.id;
    for (const sentence of articleSentences(a.body)) {
      const quote = sentence.trim();
      const m = POST.exec(quote);
      if (!m) continue;
      const before = quote.slice(0, m.index);
      // The group is the last one named before the post, with no other group named between ("3月，…加入…低空经济…
      // 网络；4月，…加入长江中游…联盟，并承担联盟…" is the alliance's); a bare word of the other kind is another group.
      let end = -1;
      for (const n of groupNames) {
        const i = before.lastIndexOf(n);
        if (i >= 0) end = Math.max(end, i + n.length);
      }
      if (end < 0 || /网络|联盟/.test(before.slice(end)) || m[0].includes(otherKind)) continue;
      // The zone is who takes the post: the last zone the sentence names before it (or 我区 on its own page), not one
      // named before another, "在无锡高新区的统筹协调下，常州高新区担任…组长单位".
      // (A group's name holds 高新区 too: "黄河几字弯城市群国家高新区协同创新联盟" names no zone.)
      // (Nor does a group's lead said of it, "加入由东莞松山湖高新区牵头的…网络".)
      let plain = before.replace(/由[^，,。；;]{2,20}?牵头的/g, "＿");
      for (const n of allGroupNames) plain = plain.split(n).join("＿");
      const zonesBefore = [...plain.matchAll(ZONE_NAMED)];
      const last = zonesBefore.at(-1)?.[0];
      const ours =
        last !== undefined &&
        (names.some((n) => last.endsWith(n) || n.endsWith(last)) || (home && /^(?:我区|本区)$/.test(last)));
      if (!ours) continue;
      const role = `${m[1]}${m[2]}`;
      if (!out.some((o) => o.role === role)) out.push({ role, evidence: { article: a.id, quote } });
    }
  }
  return out;
}
