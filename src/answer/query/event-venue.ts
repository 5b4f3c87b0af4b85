/**
 * Where an event was held, as a question takes it for granted or asks it: "三原高新区在西安办的那场推介会叫什么",
 * "那场推进会是在无锡开的吗". The event is one of the knowledge's events whose title names the kind of meeting the
 * question names (推介会, 推进会, 年会 …) and every zone the question names; the place is what the question puts
 * after 在 and before a verb of holding. It is checked against the place the event's title gives ("…在北京举行")
 * or its venue.
 */
import { entityNames } from "../../knowledge/entity-names.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { normalizeTerm } from "../../knowledge/normalize.ts";
import type { Parsed } from "../parse.ts";
import type { Claim } from "./algebra.ts";

/** Kinds of meeting an event's title and a question share. */
const MEETING = /推介会|推进会|年会|周年会议?|大会|座谈会|论坛|对接会|发布会|签约会|峰会|博览会|交流会/g;
/** "在西安办的", "在无锡开的", "在北京举办的": the place a question gives an event. */
// (Not the 在 of 现在, 正在, 存在…: "现在有多少个了？比启动的时候多了几个".)
const HELD_AT = /(?<![现正实存所自])在([\u4e00-\u9fff]{2,6}?)(?:办|举办|举行|开|召开)(?:的|了)?/;
/** Another time a group's meeting is held than the one an article reports. */
// (A year said of the meeting reported, "2026年8月在赣州开的", is no other time; a year's own meeting, "2027年度…", is.)
const OTHER_TIME = /明年|下一?[届次]|第[二三四五六七八九十\d]+[届次]|(?:19|20)\d{2}年度/;
/** The year a meeting is asked of: "2027年年会", "2026年的大会", "2027年黄河几字弯联盟年会" (the group's name between). */
const YEAR_OF_MEETING =
  /((?:19|20)\d{2})年度?(?=(?:\d{1,2}月)?(?:的)?(?:[\u4e00-\u9fff]{0,20}?(?:网络|联盟))?(?:的)?(?:年会|年度大会|大会|会议|理事会))/;
/** The place an event's title gives: "…在北京举行". */
const TITLE_PLACE = /在([\u4e00-\u9fff]{2,10}?)(?:举行|举办|召开|开幕|启动|成立)/;

/** The place a sentence gives what it reports: "在合肥共同成立", "在武汉东湖高新区正式启动". */
const QUOTE_PLACE = /在([\u4e00-\u9fff]{2,10}?)(?:共同|正式|隆重)?(?:举行|举办|召开|开幕|启动|成立)/;
/** "在上海启动的", "在合肥成立那次": the place a question gives a group's launch or founding. */
const LAUNCHED_AT = /(?<![现正实存所自])在([\u4e00-\u9fff]{2,6}?)(?:启动|成立|揭牌)(?:的|了)?/;

export function heldClaim(
  k: Knowledge,
  p: Parsed,
): { claim: Extract<Claim, { is: "held" }>; span: [number, number] } | undefined {
  return meetingHeld(k, p) ?? launchHeld(k, p);
}

/**
 * "光电子网络在上海启动那次来了多少家": where the one group the question names was launched or founded, taken for
 * granted; the place is then no filter of its members.
 */
function launchHeld(
  k: Knowledge,
  p: Parsed,
): { claim: Extract<Claim, { is: "held" }>; span: [number, number] } | undefined {
  const at = LAUNCHED_AT.exec(p.text);
  const groups = p.entities.filter((e) => e.kind !== "zone");
  if (!at || groups.length !== 1) return undefined;
  // ("在具身智能网络启动的时候": the group itself, not a place.)
  const inside = p.mentions.some(
    (m) => m.type === "entity" && m.ref.kind !== "zone" && m.start < at.index + at[0].length && m.end > at.index,
  );
  // ("在哪里启动的": where is asked, no place given.)
  // ("在谁的指导下成立的": under whose guidance, no place.)
  if (inside || /网络|联盟|哪|什么|何处|何地|谁|指导|支持|带领|倡议|推动|下$/.test(at[1] as string)) return undefined;
  const id = (groups[0] as { id: string }).id;
  const founding = k.events.find(
    (e) => e.scopes.includes(id) && /^(?:launch|founding)-|-(?:launch|founded)$/.test(e.id),
  );
  if (!founding || !heldAt(k, founding.id)) return undefined;
  return {
    claim: { is: "held", event: founding.id, place: at[1] as string },
    span: [at.index, at.index + at[0].length],
  };
}

function meetingHeld(
  k: Knowledge,
  p: Parsed,
): { claim: Extract<Claim, { is: "held" }>; span: [number, number] } | undefined {
  const at = HELD_AT.exec(p.text);
  const kinds = [...p.text.matchAll(MEETING)].map((m) => m[0]);
  if (!at || kinds.length === 0) return undefined;
  const place = at[1] as string;
  // ("定在哪个高新区举办": where is asked, no place given.)
  if (/哪|什么|何|谁/.test(place)) return undefined;
  const zones = p.mentions.flatMap((m) =>
    m.type === "entity" && m.ref.kind === "zone" && !(m.start >= at.index && m.end <= at.index + at[0].length)
      ? [m.ref.id]
      : [],
  );
  // ("何年初在盐城开的淮河联盟周年会上说了啥": the meeting of a group the question names.)
  // (Not another time it meets: "第二届周年会议", "明年的年会", "2027年度成员大会".)
  const groups = OTHER_TIME.test(p.text) ? [] : p.entities.flatMap((e) => (e.kind === "zone" ? [] : [e.id]));
  if (zones.length === 0 && groups.length === 0) return undefined;
  // ("2027年年会是不是定在长春开" of the 2026 one: a meeting of the year said, or none.)
  const year = YEAR_OF_MEETING.exec(p.text)?.[1];
  const events = k.events.filter((e) => {
    const title = normalizeTerm(e.title);
    return (
      (!year || e.date.startsWith(year) || title.includes(`${year}年`)) &&
      kinds.some((kind) => title.includes(kind)) &&
      zones.every((z) => entityNames(k, z).some((n) => title.includes(n))) &&
      groups.every((g) => e.scopes.includes(g))
    );
  });
  if (events.length !== 1) return undefined;
  const e = events[0] as (typeof events)[number];
  // ("11月18日在随州开的…": the day said before the place is claimed too.)
  const dated = p.month !== null && /\d{1,2}月/.test(p.text.slice(0, at.index));
  const when = dated ? { month: p.month as number, ...(p.day !== null ? { day: p.day } : {}) } : {};
  return { claim: { is: "held", event: e.id, place, ...when }, span: [at.index, at.index + at[0].length] };
}

/** An event of the knowledge, by its id. */
export function eventOf(k: Knowledge, id: string): Knowledge["events"][number] | undefined {
  return k.events.find((e) => e.id === id);
}

/** The place the knowledge gives an event: its venue's name, else the place its title names. */
export function heldAt(k: Knowledge, eventId: string): string | undefined {
  const e = eventOf(k, eventId);
  if (!e) return undefined;
  // (Else the place its quoted sentence gives: "…，在合肥共同成立…".)
  return (
    (e.venue ? k.zones.get(e.venue)?.name : undefined) ??
    TITLE_PLACE.exec(e.title)?.[1] ??
    e.evidence.map((x) => QUOTE_PLACE.exec(x.quote)?.[1]).find(Boolean)
  );
}
