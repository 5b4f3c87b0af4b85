/**
 * "泉州高新区什么时候重新加入光电子网络？": a return asked of a zone that left the group and is not back. No article
 * says when it will rejoin, so the answer is honest about that, with how it left as written. So is "大连高新区退出物联网
 * 网络之后转去参加了哪个网络？" when no article has it join another group after it left.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { citationsFor, fact, formatDate, type Group, none } from "../facts/context.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { type Left, leaving, leftEvidence, leftText } from "./graph.ts";

/** Asks for a return: "重新加入", "再次加入", "回归", "重返", "什么时候回来". */
const REJOIN = /(?:重新|再次|再度|再)(?:加入|入网|入盟|回到|回来)|回归|重返|回来/;

/** Asks where it went after leaving: "退出物联网网络之后转去参加了哪个网络". */
const JOINED_AFTER_LEAVING =
  /退出[^，,。？?]{0,20}?(?:之后|以后|后)[^，,。？?]{0,4}?(?:转去|转而|转投|又|改|去)?(?:参加|加入|参与)了?(?:哪|什么)/;

export function answerRejoin(k: Knowledge, p: Parsed): Answer | undefined {
  const after = JOINED_AFTER_LEAVING.test(p.text);
  if (!after && !REJOIN.test(p.text)) return undefined;
  const asked = leaverAsked(k, p);
  if (!asked) return undefined;
  const { zone, g, name, left } = asked;
  if (after) return joinedAfterLeaving(k, zone, g, name, left);
  const since = g.members?.asOf ? `（截至${formatDate(g.members.asOf)}）` : "";
  return none(
    `文章没有写${name}是否、何时重新加入${g.name}。文章写到的是：${name}已退出${since}${left ? `，${leftText(left)}` : ""}。`,
    { citations: citationsFor(k, leftEvidence(left)) },
  );
}

/** The one zone and the one group asked, when the zone was a member and is not one now; how it left. */
function leaverAsked(k: Knowledge, p: Parsed) {
  const zones = p.entities.filter((e) => e.kind === "zone");
  const groups = p.entities.filter((e) => e.kind === "network" || e.kind === "alliance");
  if (zones.length !== 1 || groups.length !== 1) return undefined;
  const zone = zones[0]?.id ?? "";
  const g = k.networks.get(groups[0]?.id ?? "") ?? k.alliances.get(groups[0]?.id ?? "");
  if (!g || (g.members?.zones ?? []).includes(zone) || !g.memberHistory.some((h) => h.zones.includes(zone))) return;
  const name = k.zones.get(zone)?.name ?? zone;
  return { zone, g, name, left: leaving(k, g, name) };
}

/** The groups whose first list with the zone (at their founding or after a change) is dated after it left. */
function joinedAfterLeaving(k: Knowledge, zone: string, g: Group, name: string, left: Left | undefined): Answer {
  const since = g.members?.asOf ?? "";
  const firstWith = (o: Group) =>
    [...o.memberHistory, ...(o.members ? [o.members] : [])]
      .filter((list) => list.zones.includes(zone))
      .map((list) => list.asOf ?? "")
      .sort()[0];
  const joined = [...k.networks.values(), ...k.alliances.values()].filter(
    (o) => o !== g && o.members?.zones.includes(zone) && (firstWith(o) ?? "") > since,
  );
  const how = left ? `文章写：${leftText(left)}。` : "";
  if (joined.length > 0)
    return fact(
      k,
      `${name}退出${g.name}之后加入了：${joined.map((o) => o.name).join("、")}。${how}`,
      [...leftEvidence(left), ...joined.flatMap((o) => o.members?.evidence.slice(0, 1) ?? [])],
      { title: name },
    );
  return none(`文章没有提到${name}退出${g.name}之后加入了哪个网络或联盟。${how}`, {
    citations: citationsFor(k, leftEvidence(left)),
  });
}
