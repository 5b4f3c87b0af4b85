/**
 * Runs a query over the fact graph. Pure and deterministic: the same knowledge and query give the same result,
 * with the evidence (quotes) of every fact the result rests on.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Evidence, Figure } from "../../knowledge/schema.ts";
import type { Claim, Query, SetExpr } from "./algebra.ts";
import { applying } from "./applying.ts";
import { inPart } from "./cues.ts";
import { deniedMembership } from "./denied.ts";
import { eventOf, heldAt } from "./event-venue.ts";
import {
  dateOf,
  evidenceOf,
  group,
  groups,
  heldInZone,
  isNetwork,
  leadOf,
  leaving,
  ledBy,
  leftEvidence,
  memberCount,
  members,
  membershipsOf,
  provinceOf,
  provincesSaid,
  regionCount,
  secretariatPlace,
  venueOf,
} from "./graph.ts";

export type SetValue = {
  of: "zone" | "group";
  ids: string[];
  evidence: Evidence[];
  partial: boolean;
  /** The groups whose member list the set rests on and the articles do not give in full. */
  incomplete?: string[];
  /** Zones a province filter could not decide: the articles do not say where they are. */
  unplaced?: string[];
};

/** What sets combined leave undecided: lists the articles only sample, zones no province filter could place. */
const incompleteOf = (parts: SetValue[]) => {
  const ids = [...new Set(parts.flatMap((p) => p.incomplete ?? []))];
  const unplaced = [...new Set(parts.flatMap((p) => p.unplaced ?? []))];
  return { ...(ids.length ? { incomplete: ids } : {}), ...(unplaced.length ? { unplaced } : {}) };
};

export type ClaimResult = { claim: Claim; holds: boolean | undefined; evidence: Evidence[] };

export type Result =
  | { type: "list"; set: SetValue }
  | { type: "count"; set: SetValue }
  | {
      type: "extreme";
      set: SetValue;
      by: "members" | "memberships" | "date";
      dir: "max" | "min";
      ranking: { id: string; value: number | string }[];
      span?: boolean;
    }
  | { type: "any"; set: SetValue }
  | { type: "sizes"; parts: [{ label: string; set: SetValue }, { label: string; set: SetValue }] }
  | { type: "check"; results: ClaimResult[] }
  | {
      type: "history";
      group: string;
      newcomersOnly?: boolean;
      leavingAsked?: boolean;
      whetherLeft?: boolean;
      latestAsked?: boolean;
    }
  | { type: "memberships"; set: SetValue }
  | {
      type: "compare";
      a: string;
      b: string;
      by: "date" | "members" | "zones";
      claim?: "earlier" | "later" | "same";
      values: [number | string | undefined, number | string | undefined];
      /** A side whose members are not counted, measured by its region's count of zones ("长三角国家高新区数量"). */
      regions?: [string | undefined, string | undefined];
      evidence: Evidence[];
    };

const uniq = <T>(xs: T[]) => [...new Set(xs)];

export function evalSet(k: Knowledge, e: SetExpr): SetValue {
  switch (e.op) {
    case "members": {
      const g = group(k, e.group);
      const first = e.first ? g?.memberHistory[0] : undefined;
      if (first)
        return { of: "zone", ids: [...first.zones], evidence: first.evidence.slice(0, 1), partial: !!first.partial };
      return {
        of: "zone",
        ids: g ? members(g) : [],
        evidence: g ? evidenceOf(g, "members") : [],
        // No list at all is as unknown as a sampled one.
        partial: !g?.members || !!g.members.partial,
        ...(g && (!g.members || g.members.partial) ? { incomplete: [g.id] } : {}),
      };
    }
    case "groupsOf": {
      const gs = membershipsOf(k, e.zone).filter((g) => !e.kind || (e.kind === "network") === isNetwork(g));
      return {
        of: "group",
        ids: gs.map((g) => g.id),
        evidence: gs.flatMap((g) => evidenceOf(g, "members")),
        partial: false,
      };
    }
    case "ledBy": {
      const gs = ledBy(k, e.zone);
      return {
        of: "group",
        ids: gs.map((g) => g.id),
        evidence: gs.flatMap((g) => evidenceOf(g, "lead")),
        partial: false,
      };
    }
    case "all": {
      if (e.of === "zone") return { of: "zone", ids: [...k.memberships.keys()], evidence: [], partial: false };
      const gs = groups(k).filter((g) =>
        e.of === "network" ? isNetwork(g) : e.of === "alliance" ? !isNetwork(g) : isNetwork(g) && g.pilot,
      );
      return { of: "group", ids: gs.map((g) => g.id), evidence: [], partial: false };
    }
    case "ids":
      return { of: e.of, ids: [...e.ids], evidence: [], partial: false };
    case "and":
    case "or": {
      const parts = e.args.map((a) => evalSet(k, a));
      const first = parts[0] as SetValue;
      const ids =
        e.op === "or"
          ? uniq(parts.flatMap((p) => p.ids))
          : first.ids.filter((id) => parts.every((p) => p.ids.includes(id)));
      return {
        of: first.of,
        ids,
        evidence: parts.flatMap((p) => p.evidence),
        partial: parts.some((p) => p.partial),
        ...incompleteOf(parts),
      };
    }
    case "minus": {
      const a = evalSet(k, e.a);
      const b = evalSet(k, e.b);
      return {
        of: a.of,
        ids: a.ids.filter((id) => !b.ids.includes(id)),
        evidence: [...a.evidence, ...b.evidence],
        partial: a.partial || b.partial,
        ...incompleteOf([a, b]),
      };
    }
    case "where": {
      const s = evalSet(k, e.set);
      const unplaced = e.province && s.of === "zone" ? s.ids.filter((id) => !provinceOf(k, id)) : [];
      const counted = e.minMemberships ? countedAmong(k, e.among) : undefined;
      const ids = s.ids.filter((id) => {
        if (s.of === "zone") {
          if (e.province && provinceOf(k, id) !== e.province) return false;
          if (e.minMemberships && membershipsAmong(k, id, counted) < e.minMemberships) return false;
          if (e.level && k.zones.get(id)?.level !== e.level) return false;
          return true;
        }
        const g = group(k, id);
        const n = g ? memberCount(g) : undefined;
        if (e.membersAbove !== undefined && !(n !== undefined && n > e.membersAbove)) return false;
        if (e.membersBelow !== undefined && !(n !== undefined && n < e.membersBelow)) return false;
        return true;
      });
      return { ...s, ids, ...(unplaced.length ? { unplaced } : {}) };
    }
  }
}

/**
 * The groups whose memberships are counted ("参加了几个网络的", "参加网络最多的"): those of the scope (default:
 * networks and alliances) whose member list is complete. A list the article only samples ("A、B等10家") cannot say
 * who is not in it, so it would make every count below it a guess.
 */
export function countedAmong(k: Knowledge, of?: "network" | "alliance" | "pilot"): string[] {
  return scopeOf(k, of).filter((id) => !group(k, id)?.members?.partial);
}

/** The groups of a counting scope left out because their member list is incomplete. */
export function uncounted(k: Knowledge, of?: "network" | "alliance" | "pilot"): string[] {
  return scopeOf(k, of).filter((id) => group(k, id)?.members?.partial);
}

const scopeOf = (k: Knowledge, of?: "network" | "alliance" | "pilot") =>
  of ? evalSet(k, { op: "all", of }).ids : groups(k).map((g) => g.id);

/** Memberships counted inside a set of groups (e.g. only the pilot networks). */
export function membershipsAmong(k: Knowledge, zone: string, among: string[] | undefined): number {
  const gs = membershipsOf(k, zone);
  return among ? gs.filter((g) => among.includes(g.id)).length : gs.length;
}

/** A place claimed is the one given when either name holds the other ("北京" and "北京市"). */
export function samePlace(at: string, claimed: string): boolean {
  return at.includes(claimed) || claimed.includes(at);
}

/** Whether an event of `date` (YYYY-MM-DD) fell on the month and day a claim gives (none given: it holds). */
export function heldOn(date: string | undefined, c: { month?: number; day?: number }): boolean | undefined {
  if (c.month === undefined) return true;
  const [, m, d] = date?.split("-").map(Number) ?? [];
  if (m === undefined) return undefined;
  return m === c.month && (c.day === undefined || d === undefined || d === c.day);
}

export function checkClaim(k: Knowledge, c: Claim): ClaimResult {
  if (c.is === "held") {
    // The place asked is the event's when either name holds the other ("北京" and "北京市").
    const at = heldAt(k, c.event);
    const e = eventOf(k, c.event);
    const place = at === undefined ? undefined : samePlace(at, c.place);
    return {
      claim: c,
      holds: place === false ? false : place && heldOn(e?.date, c),
      evidence: e?.evidence.slice(0, 1) ?? [],
    };
  }
  if (c.is === "located") {
    // Known when the zone's province is; a city claimed is checked when the zone's city is known.
    const z = k.zones.get(c.zone);
    const province = z?.province;
    const holds =
      province === undefined ? undefined : province === c.province && (!c.city || !z?.city || z.city === c.city);
    return { claim: c, holds, evidence: z?.evidence.slice(0, 1) ?? [] };
  }
  if (c.is === "national") {
    const z = k.zones.get(c.zone);
    return { claim: c, holds: z ? z.level === "national" : undefined, evidence: z?.evidence.slice(0, 1) ?? [] };
  }
  const g = group(k, c.group);
  if (!g) return { claim: c, holds: undefined, evidence: [] };
  switch (c.is) {
    case "provinces": {
      // Known only when every member's province is.
      const places = members(g).map((z) => provinceOf(k, z));
      const known = places.length > 0 && !g.members?.partial && places.every((x) => x !== undefined);
      return {
        claim: c,
        holds: known ? new Set(places).size === c.n : undefined,
        // (…and the sentence that counts them, when an article does.)
        evidence: [
          ...evidenceOf(g, "members"),
          ...[provincesSaid(k, g)].flatMap((x) => (x ? [{ article: x.articleId, quote: x.quote }] : [])),
        ],
      };
    }
    case "member": {
      const listed = members(g).includes(c.zone);
      // A member once, no longer: the sentence that says how it left is evidence too.
      const was = !listed && g.memberHistory.some((h) => h.zones.includes(c.zone));
      const left = was ? leaving(k, g, k.zones.get(c.zone)?.name ?? c.zone) : undefined;
      // Never a member, with an application pending: the sentence that says so.
      const zone = k.zones.get(c.zone);
      const applied = listed || was || !zone ? undefined : applying(k, g, zone);
      // Not on a list that names only some, but said not to be a member: not one.
      const denied = listed || !g.members?.partial || !zone ? undefined : deniedMembership(k, g, zone);
      return {
        claim: c,
        holds: listed ? true : denied ? false : g.members?.partial ? undefined : g.members ? false : undefined,
        evidence: [
          ...evidenceOf(g, "members"),
          ...leftEvidence(left),
          ...(applied ? [applied] : []),
          ...(denied ? [denied] : []),
        ],
      };
    }
    case "left": {
      // Left when an earlier list has it and the list now does not; never a member, it did not leave.
      const listed = members(g).includes(c.zone);
      const was = !listed && g.memberHistory.some((h) => h.zones.includes(c.zone));
      const left = was ? leaving(k, g, k.zones.get(c.zone)?.name ?? c.zone) : undefined;
      return {
        claim: c,
        holds: listed ? false : was ? true : g.members && !g.members.partial ? false : undefined,
        evidence: [...evidenceOf(g, "members"), ...leftEvidence(left)],
      };
    }
    case "nonMember": {
      const listed = members(g).includes(c.zone);
      const zone = k.zones.get(c.zone);
      const denied = listed || !g.members?.partial || !zone ? undefined : deniedMembership(k, g, zone);
      return {
        claim: c,
        holds: listed ? false : denied ? true : g.members?.partial ? undefined : g.members ? true : undefined,
        evidence: [...evidenceOf(g, "members"), ...(denied ? [denied] : [])],
      };
    }
    case "only": {
      const same = membershipsOf(k, c.zone).filter((x) => isNetwork(x) === isNetwork(g));
      const listed = members(g).includes(c.zone);
      return {
        claim: c,
        holds: listed && same.length === 1,
        evidence: same.flatMap((x) => evidenceOf(x, "members").slice(0, 1)),
      };
    }
    case "lead": {
      const lead = leadOf(g);
      return { claim: c, holds: lead === undefined ? undefined : lead === c.zone, evidence: evidenceOf(g, "lead") };
    }
    case "venue": {
      const v = venueOf(g);
      // (No zone for the place: what the founding's sentence says of it, "在江苏泰州…举行" against 张江.)
      const holds = v === undefined ? heldInZone(k, g, c.zone) : v === c.zone;
      return { claim: c, holds, evidence: evidenceOf(g, "venue") };
    }
    case "secretariat": {
      const s = g.secretariat?.zone;
      // (A body of the zone asked holds only when the place the seat is set names it.)
      // (…and is not known when the seat's place is only its zone.)
      const place = secretariatPlace(g);
      const inBody = c.body === undefined ? true : place === undefined ? undefined : place.includes(c.body);
      return {
        claim: c,
        holds: s === undefined ? undefined : s !== c.zone ? false : inBody,
        evidence: evidenceOf(g, "secretariat"),
      };
    }
    case "year": {
      const d = dateOf(g);
      return {
        claim: c,
        holds: d === undefined ? undefined : d.startsWith(String(c.year)) && inPart(Number(d.slice(5, 7)), c.part),
        evidence: evidenceOf(g, "date"),
      };
    }
    case "monthDay": {
      const d = dateOf(g);
      const [, m, day] = d?.split("-").map(Number) ?? [];
      return {
        claim: c,
        holds:
          d === undefined || day === undefined ? undefined : m === c.month && (c.day === undefined || day === c.day),
        evidence: evidenceOf(g, "date"),
      };
    }
    case "count": {
      const n = memberCount(g);
      return { claim: c, holds: n === undefined ? undefined : n === c.n, evidence: evidenceOf(g, "members") };
    }
    case "order": {
      const other = group(k, c.other);
      const [a, b] = [dateOf(g), other ? dateOf(other) : undefined];
      return {
        claim: c,
        holds: a === undefined || b === undefined ? undefined : c.later ? a > b : a < b,
        evidence: [...evidenceOf(g, "date"), ...(other ? evidenceOf(other, "date") : [])],
      };
    }
  }
}

export function execute(k: Knowledge, q: Query): Result {
  switch (q.q) {
    case "list":
      return { type: "list", set: evalSet(k, q.set) };
    case "count":
      return { type: "count", set: evalSet(k, q.set) };
    case "any":
      return { type: "any", set: evalSet(k, q.set) };
    case "sizes":
      return {
        type: "sizes",
        parts: [
          { label: q.a.label, set: evalSet(k, q.a.set) },
          { label: q.b.label, set: evalSet(k, q.b.set) },
        ],
      };
    case "check":
      return { type: "check", results: q.claims.map((c) => checkClaim(k, c)) };
    case "history":
      return {
        type: "history",
        group: q.group,
        ...(q.newcomersOnly ? { newcomersOnly: true } : {}),
        ...(q.leavingAsked ? { leavingAsked: true } : {}),
        ...(q.whetherLeft ? { whetherLeft: true } : {}),
        ...(q.latestAsked ? { latestAsked: true } : {}),
      };
    case "memberships":
      return { type: "memberships", set: evalSet(k, q.set) };
    case "extreme": {
      const set = evalSet(k, q.set);
      const amongGroups = countedAmong(k, q.among);
      const ranking = set.ids
        .map((id) => {
          if (q.by === "memberships")
            return { id, value: membershipsAmong(k, id, amongGroups) as number | string | undefined };
          const g = group(k, id);
          return { id, value: g ? (q.by === "members" ? memberCount(g) : dateOf(g)) : undefined };
        })
        .filter(
          (r): r is { id: string; value: number | string } =>
            r.value !== undefined && (q.by !== "date" || /^\d{4}-\d{2}-\d{2}$/.test(String(r.value))),
        )
        .sort((x, y) => (x.value < y.value ? 1 : x.value > y.value ? -1 : 0));
      if (q.dir === "min") ranking.reverse();
      const evidence =
        q.by === "memberships"
          ? []
          : ranking.flatMap((r) => {
              const g = group(k, r.id);
              return g ? evidenceOf(g, q.by === "members" ? "members" : "date") : [];
            });
      return {
        type: "extreme",
        set: { ...set, evidence: [...set.evidence, ...evidence] },
        by: q.by,
        dir: q.dir,
        ranking,
        ...(q.span ? { span: true } : {}),
      };
    }
    case "compare": {
      const a = group(k, q.a);
      const b = group(k, q.b);
      // ("长三角的国家高新区数量和淮河联盟的成员数量哪个多": the zones of a region asked, an alliance is measured by its
      // region's zones when the articles count them, and said so; else by its members.)
      const region = (g: typeof a) => (q.by === "zones" && g ? regionCount(k, g) : undefined);
      const [ra, rb] = [region(a), region(b)];
      const value = (g: typeof a, r?: Figure) =>
        r ? Number(r.value) : g ? (q.by === "date" ? dateOf(g) : memberCount(g)) : undefined;
      const what = q.by === "date" ? "date" : "members";
      const evidence = (g: typeof a, r?: Figure) => (r ? r.evidence : g ? evidenceOf(g, what) : []);
      return {
        type: "compare",
        a: q.a,
        b: q.b,
        by: q.by,
        ...(q.claim ? { claim: q.claim } : {}),
        values: [value(a, ra), value(b, rb)],
        ...(ra || rb ? { regions: [ra?.scope, rb?.scope] } : {}),
        evidence: [...evidence(a, ra), ...evidence(b, rb)],
      };
    }
  }
}
