/**
 * A zone's roles in the groups a question names ("Z在X和Y里分别是什么身份"): for each group, every seat the zone
 * holds (牵头单位, 理事长单位, 秘书处, 副牵头单位, 2026年度轮值主席单位 …) and its membership, each with the sentence
 * that gives it. A group where it holds nothing is the membership check's (router.ts).
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Evidence, Zone } from "../../knowledge/schema.ts";
import { workRoles } from "../query/work-roles.ts";
import type { Answer } from "../types.ts";
import { type FactContext, fact, type Group } from "./context.ts";
import { seatsHeld } from "./seat-history.ts";
import { ASKS_TENURE, TENURE } from "./seats.ts";

/**
 * Asks a zone's role ("是什么身份", "担任什么角色", "分别是啥地位"), or which group it holds a seat in, for two
 * seats at once ("在哪个网络里牵头，又在哪个网络当轮值主席").
 */
export const ROLE_ASKED =
  /(?:什么|啥|哪种|何种|怎样的?|哪些)(?:角色|身份|地位|职位)|(?:角色|身份|地位)(?:分别)?(?:是|为)(?:什么|啥)|担任(?:了)?(?:什么|啥|哪些)(?:角色|职务|位置)/;
/** A role the zone says it will play ("说自己…要当什么角色", "打算扮演什么角色"): its words, which the passages quote. */
export const ROLE_SAID = /说自己|自己说|表示(?:要|将)|要当|要做|要扮演|打算|想当|定位为/;
const SEAT_WORD = /牵头|理事长|轮值主席|秘书处|副理事长|主席单位|常务理事/g;

/** Two different seats asked of one zone, each with "哪个网络/联盟". */
export function asksTwoSeats(text: string): boolean {
  const seats = new Set(text.match(SEAT_WORD) ?? []);
  return seats.size >= 2 && (text.match(/哪(?:个|一个|些)(?:网络|联盟)/g) ?? []).length >= 1;
}

/** The seats a zone holds in one group, each with its evidence (membership not included). */
function seatsIn(k: Knowledge, g: Group, zone: Zone): { role: string; evidence: Evidence[] }[] {
  const out: { role: string; evidence: Evidence[] }[] = [];
  if ("field" in g && g.lead?.zone === zone.id) out.push({ role: "牵头单位", evidence: g.lead.evidence });
  if (!("field" in g) && g.chair?.zone === zone.id) out.push({ role: "理事长单位", evidence: g.chair.evidence });
  const before = g.secretariatHistory.find((s) => s.zone === zone.id);
  if (g.secretariat?.zone === zone.id) out.push({ role: "秘书处所在单位", evidence: g.secretariat.evidence });
  else if (before) out.push({ role: "此前的秘书处所在单位", evidence: before.evidence });
  // (Not a seat a later report elected anew without it: "原副理事长单位A改任常务理事单位".)
  for (const s of seatsHeld(g, zone.id)) {
    // (One seat said by two articles, once with its term: "第二任轮值主席单位" and "轮值主席单位" are one.)
    const same = (a: string, b: string) => a === b || (a.endsWith(b) && TERM_PREFIX.test(a.slice(0, -b.length)));
    const said = out.findIndex((o) => same(o.role, s.role) || same(s.role, o.role));
    if (said >= 0) {
      if (s.role.length > (out[said] as (typeof out)[number]).role.length)
        out[said] = { role: s.role, evidence: s.evidence };
      continue;
    }
    // "2027年4月起由B接任": a seat taken over later says from when.
    const from = s.evidence.map((e) => takesOverFrom(e.quote, zone)).find(Boolean);
    out.push({ role: from ? `${s.role}（${from}起）` : s.role, evidence: s.evidence });
  }
  // (A post in a body inside the group: "承担联盟轨道交通与航空动力产业专业委员会召集单位工作".)
  for (const w of workRoles(k, g, zone)) out.push({ role: w.role, evidence: [w.evidence] });
  return out;
}

/** What names a term before a post: "第二任", "首届", "2026年度". */
const TERM_PREFIX = /^(?:第[一二三四五六七八九十\d]{1,3}|首)(?:任|届)$|^(?:19|20)\d{2}年度?$/;

/** A seat with the term of office its sentence gives after the zone's name ("…第二任轮值主席单位，任期为…至12月31日"). */
function withTerm(role: string, evidence: Evidence[], zone: Zone): string {
  if (/任期/.test(role)) return role;
  const names = [zone.name, ...zone.aliases].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  for (const e of evidence) {
    const name = names.find((n) => e.quote.includes(n));
    if (!name) continue;
    // (Its own clause, up to the next zone named: "A担任首任…，B担任第二任…，任期为…" gives B's term, not A's.)
    const after = e.quote.slice(e.quote.lastIndexOf(name) + name.length);
    const next = after.search(/[\u4e00-\u9fff]{2,6}(?:高新区|示范区|园区)/);
    const term = TENURE.exec(next >= 0 ? after.slice(0, next) : after)?.[0];
    if (term?.startsWith("任期")) return `${role}（${term}）`;
  }
  return role;
}

/** "2027年4月起由B接任…": the time the sentence says the zone takes the seat over. */
function takesOverFrom(quote: string, zone: Zone): string | undefined {
  for (const name of [zone.name, ...zone.aliases].filter((n) => n.length >= 2)) {
    const at = quote.indexOf(`由${name}`);
    if (at < 0 || !/^[\u4e00-\u9fff（）()]{0,12}?接任/.test(quote.slice(at + 1 + name.length))) continue;
    const when = /((?:19|20)\d{2}年(?:\d{1,2}月)?)(?:起|开始)?$/.exec(quote.slice(0, at))?.[1];
    if (when) return when;
  }
  return undefined;
}

/**
 * The zone's roles in each group named; null when it holds nothing in one of them (no seat, not in its list now):
 * what it is after leaving, or a seat the extractor missed, is then for the membership check or the passages.
 */
export function zoneRoles(c: FactContext, z: Zone, groups: Group[], question = ""): Answer | null {
  const evidence: Evidence[] = [];
  // ("现在是啥角色，任期到什么时候": each seat with the term its sentence gives.)
  const tenure = ASKS_TENURE.test(question);
  const rows = groups.map((g) => {
    const seats = seatsIn(c.k, g, z).map((s) => (tenure ? { ...s, role: withTerm(s.role, s.evidence, z) } : s));
    const member = g.members?.zones.includes(z.id) ?? false;
    for (const s of seats) evidence.push(...s.evidence.slice(0, 1));
    if (seats.length === 0) evidence.push(...(g.members?.evidence.slice(0, 1) ?? []));
    const roles = seats.map((s) => s.role).join("、");
    // (The part of the chain its list puts it in, "卫星研制环节": what it is in the group for.)
    const parts = g.members?.parts ?? g.memberHistory[0]?.parts ?? [];
    const part = parts.find((x) => x.zones.includes(z.id));
    if (part)
      evidence.push(...(g.members?.parts ? g.members.evidence : (g.memberHistory[0]?.evidence ?? [])).slice(0, 1));
    const where = part ? `，属${part.label}` : "";
    if (roles) return { g, role: roles, line: `在${g.name}是${roles}${member ? "（也是成员）" : ""}${where}` };
    return member ? { g, role: "成员", line: `在${g.name}是成员单位${where}` } : null;
  });
  if (rows.some((r) => r === null)) return null;
  const held = rows as NonNullable<(typeof rows)[number]>[];
  return fact(c.k, `${c.zoneName(z.id)}：${held.map((r) => r.line).join("；")}。`, evidence, {
    items: held.map((r) => ({ name: r.g.name, note: r.role })),
  });
}

/** One seat asked of a zone across the groups ("西安在哪些网络里当副理事长单位"): the seat, and how its role is said. */
const ONE_SEAT_ASKED: { asked: RegExp; role: RegExp }[] = [
  { asked: /副理事长/, role: /副理事长/ },
  { asked: /(?<!副|轮值)理事长(?!会)/, role: /(?<!副|轮值)理事长/ },
  { asked: /轮值主席|轮值理事长/, role: /轮值主席|轮值理事长/ },
  { asked: /常务理事/, role: /常务理事/ },
  { asked: /副主席/, role: /副主席/ },
  { asked: /监事/, role: /监事/ },
];
/** Which groups, asked: "在哪些网络", "是哪几个联盟的" (the kind asked: 网络, 联盟, or both). */
const WHICH_GROUPS = /哪(?:些|几个|个|一个)(?:产业协同创新)?(网络|联盟)(?:[和或及、](网络|联盟))?/;

/**
 * "西安高新区在哪些网络里当副理事长单位": the groups where the zone holds the one seat asked (as recorded now), each
 * with the sentence that gives it; null when another seat is asked too, or none matches.
 */
export function groupsWithSeat(c: FactContext, z: Zone, groups: Group[], text: string): Answer | null {
  const asked = ONE_SEAT_ASKED.filter((s) => s.asked.test(text));
  const which = WHICH_GROUPS.exec(text);
  if (asked.length !== 1 || !which || asksTwoSeats(text)) return null;
  const role = (asked[0] as (typeof ONE_SEAT_ASKED)[number]).role;
  // (Of the kind asked; an alliance's chair is its own, not one of its seats; a group the zone has left is no longer
  // one it holds a seat in.)
  const kinds = which.slice(1).filter(Boolean);
  const ofKind = (g: Group) => kinds.includes("field" in g ? "网络" : "联盟");
  const left = (g: Group) => g.members !== undefined && !g.members.partial && !g.members.zones.includes(z.id);
  const held = groups.filter(ofKind).flatMap((g) => {
    if (left(g)) return [];
    const seat =
      seatsHeld(g, z.id).find((s) => role.test(s.role)) ??
      ("chair" in g && g.chair?.zone === z.id && role.test("理事长单位")
        ? { role: "理事长单位", zones: [z.id], evidence: g.chair.evidence }
        : undefined);
    return seat ? [{ g, seat }] : [];
  });
  if (held.length === 0) return null;
  const kind = held.every((h) => "field" in h.g)
    ? "网络"
    : held.every((h) => !("field" in h.g))
      ? "联盟"
      : "网络和联盟";
  const roles = new Set(held.map((h) => h.seat.role));
  const said =
    roles.size === 1
      ? `${[...roles][0]}：${held.map((h) => h.g.name).join("、")}`
      : held.map((h) => `${h.g.name}（${h.seat.role}）`).join("、");
  return fact(
    c.k,
    `${c.zoneName(z.id)}在${held.length}个${kind}里担任${said}。`,
    held.flatMap((h) => h.seat.evidence.slice(0, 1)),
    { items: held.map((h) => ({ name: h.g.name, note: h.seat.role })) },
  );
}
