/**
 * How a seat's lists follow one another over the reports: a later report that elects a post anew supersedes the earlier
 * list of it; one that only plans a change ("届时A、B将接任…") does not; and the seats a zone holds now.
 */
import type { RoleSeat } from "../../knowledge/schema.ts";
import type { Group } from "./context.ts";

/** A report that elects a seat anew ("新当选为", "换届", "改任", "继续担任"), not one that names a holder in passing. */
export const ELECTED_ANEW = /换届|当选|改任|转任|调整|继续担任|接任|卸任|不再担任|增补|增选|变更/;

/**
 * A seat a later report of the same post elects anew: "通化高新区、杭州高新区为副理事长单位" (May), then "广州、亳州新当选
 * 为副理事长单位，通化继续担任…；原副理事长单位杭州改任常务理事单位" (November): the May list is no longer the seat.
 */
export function superseded(seats: Group["seats"], s: RoleSeat): boolean {
  return seats.some(
    (t) =>
      t !== s &&
      t.role === s.role &&
      !t.added &&
      (t.asOf ?? "") > (s.asOf ?? "") &&
      // (A list of its own, with a holder the earlier lacks: "我区当选副理事长单位" names one holder, maybe one added.)
      t.zones.length >= 2 &&
      t.zones.some((z) => !s.zones.includes(z)) &&
      t.evidence.some((e) => ELECTED_ANEW.test(e.quote)) &&
      !t.evidence.some((e) => plannedSeat(e.quote, t.asOf)),
  );
}

/**
 * A seat a report plans rather than makes: "将于2027年3月进行理事会换届，届时A、B将接任…", "自2027年1月1日起，A…担任"
 * in a report of 2026 (not "自2026年3月起" told after it began).
 */
export function plannedSeat(quote: string, asOf: string | undefined): boolean {
  if (/将于|将在|届时|拟|计划于|将接任|将担任|将出任/.test(quote)) return true;
  const from = /(?:自|从)((?:19|20)\d{2})年(?:(\d{1,2})月)?[^，,。；;]{0,8}?起/.exec(quote);
  if (!from || !asOf) return false;
  const when = `${from[1]}-${(from[2] ?? "01").padStart(2, "0")}`;
  return when > asOf.slice(0, 7);
}

/** The seats a zone holds in a group now: none a later report elected anew without it, and each seat once (the
 *  latest report of it: "副理事长单位" said at the founding and again after one was added). */
export function seatsHeld(g: Group, zone: string): Group["seats"] {
  const held = g.seats.filter((s) => s.zones.includes(zone) && !superseded(g.seats, s));
  return held.filter((s) => !held.some((t) => t !== s && t.role === s.role && (t.asOf ?? "") > (s.asOf ?? "")));
}
