/**
 * "泉州高新区什么时候重新加入光电子网络？": a return asked of a zone that left the group and is not back. No article
 * says when it will rejoin, so the answer is honest about that, with how it left as written.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { citationsFor, formatDate, none } from "../facts/context.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { leaving, leftEvidence, leftText } from "./graph.ts";

/** Asks for a return: "重新加入", "再次加入", "回归", "重返", "什么时候回来". */
const REJOIN = /(?:重新|再次|再度|再)(?:加入|入网|入盟|回到|回来)|回归|重返|回来/;

export function answerRejoin(k: Knowledge, p: Parsed): Answer | undefined {
  if (!REJOIN.test(p.text)) return undefined;
  const zones = p.entities.filter((e) => e.kind === "zone");
  const groups = p.entities.filter((e) => e.kind === "network" || e.kind === "alliance");
  if (zones.length !== 1 || groups.length !== 1) return undefined;
  const zone = zones[0]?.id ?? "";
  const g = k.networks.get(groups[0]?.id ?? "") ?? k.alliances.get(groups[0]?.id ?? "");
  // Only a zone that was a member and is not one now.
  if (!g || (g.members?.zones ?? []).includes(zone) || !g.memberHistory.some((h) => h.zones.includes(zone))) return;
  const name = k.zones.get(zone)?.name ?? zone;
  const left = leaving(k, g, name);
  const since = g.members?.asOf ? `（截至${formatDate(g.members.asOf)}）` : "";
  return none(
    `文章没有写${name}是否、何时重新加入${g.name}。文章写到的是：${name}已退出${since}${left ? `，${leftText(left)}` : ""}。`,
    { citations: citationsFor(k, leftEvidence(left)) },
  );
}
