/**
 * "物联网网络是苏州工业园区牵头的吧，当时大会在哪开的": a lead the question takes for granted of the one group it names,
 * before asking something else, that is not the group's lead. The answer begins with the correction and the sentence
 * that names the lead; what is asked is answered after.
 */
import { entityNames } from "../knowledge/entity-names.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { corrected } from "./count-premise.ts";
import { PREMISE } from "./facts/cues.ts";
import { parseQuestion } from "./parse.ts";
import {
  evidenceOf,
  group as groupOf,
  leadOf,
  namesGroup,
  sentenceCited,
  zoneName,
  zoneNamesOf,
} from "./query/graph.ts";
import type { Answer } from "./types.ts";

/** A lead said as what the asker believes, then more asked: "是A牵头的吧，…", "由A牵头对吧，…" (read without marks). */
// ("是A牵头的那个对吧，…": the group pointed at before 吧; "既然是A牵头的，那…": taken for granted with 既然.)
const LEAD_STATED =
  /(?:是|由)?[\u4e00-\u9fff]{2,12}?(?:牵头|带头)(?:的|成立的|组建的|发起的)?(?:那个|这个|那张|这张)?(?:吧|对吧|是吧|没错吧|对不对)(?=[\u4e00-\u9fff])|既然(?:是|由)?[\u4e00-\u9fff]{2,12}?(?:牵头|带头)(?:的|成立的|组建的|发起的)?(?=[\u4e00-\u9fff])/;

export function leadCorrected(k: Knowledge, question: string, a: Answer): Answer {
  if (a.answer.startsWith(PREMISE) || !/牵头|带头/.test(question)) return a;
  const parsed = parseQuestion(question, k);
  const stated = LEAD_STATED.exec(parsed.text);
  if (!stated) return a;
  const end = stated.index + stated[0].length;
  // (The zone said to lead it, inside the claim; the group named before that zone.)
  const zones = parsed.mentions.filter(
    (m) => m.type === "entity" && m.ref.kind === "zone" && m.start >= stated.index && m.end <= end,
  );
  const [zone] = zones;
  const groups = parsed.mentions.filter(
    (m) => m.type === "entity" && m.ref.kind !== "zone" && m.end <= (zone?.start ?? 0),
  );
  const [named] = groups;
  // (Of the group itself, said right before: not of a body inside it, "…网络的标准工作组是A牵头的吧".)
  const between = named && zone ? parsed.text.slice(named.end, zone.start) : "";
  if (!/^(?:产业)?(?:协同创新)?(?:网络|联盟)?的?(?:既然)?(?:是|由)?$/.test(between)) return a;
  if (groups.length !== 1 || zones.length !== 1 || named?.type !== "entity" || zone?.type !== "entity") return a;
  const g = groupOf(k, named.ref.id);
  const lead = g ? leadOf(g) : undefined;
  const evidence = g ? evidenceOf(g, "lead")[0] : undefined;
  if (!g || !lead || lead === zone.ref.id || !evidence) return a;
  // (Any sentence of the group's articles that names the zone with 牵头 may make it a lead: a joint one, "A作为联合牵头
  // 单位", or a later one, "牵头单位由B调整为A".)
  const leads = zoneNamesOf(k, zone.ref.id).map(
    (n) => new RegExp(`(?:改由|调整为|变更为)${n}|${n}(?:作为|为|担任)?(?:联合|共同)?牵头`),
  );
  // (In a sentence about this group: "苏州工业园区牵头建设…纳米新材料…网络" in an article that names it too is another's.)
  const own = entityNames(k, g.id).filter((n) => n.length >= 3);
  const saysLead = (x: string) => own.some((n) => x.includes(n)) && leads.some((re) => re.test(x));
  if (sentenceCited(k, saysLead, namesGroup(k, g.id))) return a;
  const correction = `${PREMISE}${g.name}的牵头单位不是${zoneName(k, zone.ref.id)}，而是${zoneName(k, lead)}。`;
  return corrected(k, correction, evidence, a);
}
