/**
 * Dated events: the one a question describes, events by date, groups founded on the same day.
 */

import { namesOccasion } from "../../knowledge/lexicon.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { normalize } from "../../knowledge/normalize.ts";
import { presentYear } from "../../knowledge/present-year.ts";
import type { KnowledgeEvent } from "../../knowledge/schema.ts";
import { ORDINAL, sameOrdinal } from "../ordinals.ts";
import { findMentions, type Parsed, parseQuestion } from "../parse.ts";
import { daysBetween } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { citationsFor, type FactContext, fact, formatDate, none } from "./context.ts";
import { ASKING_WORDS, ownBigrams } from "./cues.ts";

/** Each event's groups and own words (eventWords), per knowledge snapshot (its aliases name the groups). */
const EVENT_WORDS = new WeakMap<Knowledge, Map<KnowledgeEvent, { groups: string[]; title: Set<string> }>>();

/** A dated event the question describes (its title's words), when it asks when/where or nothing specific. */
export function event(c: FactContext, p: Parsed): Answer | null {
  const e = describedEvent(c, p);
  if (!e) return null;
  // "今年第一场对接会": an occasion counted must be counted so by its article (首场 = 第一场); every count said
  // ("第一届理事会第三次会议" is not the council's second meeting).
  const said = `${e.title}${e.evidence.map((x) => x.quote).join("")}`;
  const ordinals = [...p.text.matchAll(new RegExp(ORDINAL.source, "g"))].map((m) => m[0]);
  if (ordinals.some((o) => !sameOrdinal(o).some((x) => said.includes(x)))) return null;
  // "谁主持的", "哪位领导出席": an event's date and venue do not say who.
  if (/谁|哪位/.test(p.text) && !/什么时候|何时|哪天|哪年|哪一年|日期|在哪|哪里|地点/.test(p.text)) return null;
  // "是在X开的吗": the place the question says, checked against the event's venue and title.
  const place = /在([\u4e00-\u9fff]{2,8}?)(?:开|举行|举办|召开|办)(?:的)?(?:吗|么)/.exec(p.text)?.[1];
  if (
    p.attribute === null &&
    !place &&
    !/什么时候|何时|哪天|哪年|哪一年|日期|时间|在哪|哪里|地点|when|where/.test(p.text)
  )
    return null;
  const venue = e.venue ? `，地点：${c.zoneName(e.venue)}` : "";
  // ("2027年年会是不是定在长春开" of the 2026 one: an occasion of another year is not this one.)
  const year = OCCASION_YEAR.exec(p.text)?.[1];
  if (year && !e.date.startsWith(year) && !e.title.includes(`${year}年`))
    return none(`文章没有提到${year}年的这次会议。文章记载的是：${e.title}，${formatDate(e.date)}${venue}。`, {
      citations: citationsFor(c.k, e.evidence),
    });
  // ("具体是哪一天开的" of a meeting the article dates to a year or a month only: the day is not written.)
  if (/哪一?天|几号|几月几[日号]|具体日期/.test(p.text) && !/^\d{4}-\d{2}-\d{2}$/.test(e.date))
    return none(`文章没有写${e.title}具体是哪一天，只写了：${formatDate(e.date)}${venue}。`, {
      citations: citationsFor(c.k, e.evidence),
    });
  const isAt = (where: string) =>
    e.title.includes(where) ||
    (e.venue ? c.zoneName(e.venue).includes(where) : false) ||
    e.summary.includes(`在${where}`);
  const there = place && isAt(place);
  // ("在西安开的那场推介会，具体在西安哪儿": a place taken for granted, said wrong.)
  // ("是在西安哪个酒店": the city taken for granted before the spot asked, too.)
  const claimed = place
    ? undefined
    : (
        /在([一-鿿]{2,8}?)(?:开|举行|举办|召开|办)的(?![吗么])/.exec(p.text)?.[1] ??
        /在([一-鿿]{2,6}?)哪(?:个|家|座|里|儿)/.exec(p.text)?.[1]
      )?.replace(/哪.*$/, "");
  // ("在北京哪个酒店或者会场办的" of a meeting its article places in a city only: the spot is not written.)
  // (…unless the place taken for granted is wrong: that is said first.)
  if (
    SPOT_ASKED.test(p.text) &&
    !(claimed && !isAt(claimed)) &&
    !SPOT_SAID.test(`${e.summary}${e.evidence.map((x) => x.quote).join("")}`)
  )
    return none(`文章没有写具体在哪个会场或场馆，只写了：${e.title}，${formatDate(e.date)}${venue}。${e.summary}`, {
      citations: citationsFor(c.k, e.evidence),
    });
  const verdict = place
    ? there
      ? "是。"
      : `不是，不在${place}。`
    : claimed && !isAt(claimed)
      ? `问题的前提有误：不是在${claimed}举行的。`
      : "";
  return fact(c.k, `${verdict}${e.title}：${formatDate(e.date)}${venue}。${e.summary}`, e.evidence, {
    title: e.title,
    notes: e.dateNote ? [e.dateNote] : undefined,
  });
}

/** The year an occasion is asked of: "2027年年会", "2027年度理事会议", "2027年黄河几字弯联盟年会". */
const OCCASION_YEAR =
  /((?:19|20)\d{2})年度?(?:的)?(?:[\u4e00-\u9fff]{0,20}?(?:网络|联盟))?(?:的)?(?:年会|年度大会|全体成员大会|大会|理事会|会议)/;

/** A spot inside a place asked: "哪个酒店", "哪个会场", "具体在哪儿". */
// ("具体在北京哪里办的": the city said, the spot in it asked.)
const SPOT_ASKED =
  /哪(?:个|家|座)(?:酒店|宾馆|饭店|会场|场馆|会议中心|展馆|礼堂|大厦|厅)|具体(?!时间)(?:在)?[\u4e00-\u9fff]{0,4}?(?:哪儿|哪里|什么地方|地点|会场|场地)|(?:酒店|宾馆|会场|场馆)(?:是)?哪/;
/** …and one an article writes. */
const SPOT_SAID =
  /酒店|宾馆|饭店|会场|会议中心|展览中心|博览中心|展馆|礼堂|大厦|大楼|厅|生态园|科技园|产业园|中心|基地/;

/** Asks which of two occasions came first, or how far apart they were. */
const ORDER_ASKED =
  /哪个先|哪个早|谁先|谁早|先开|先办|先举行|先召开|隔了?几天|相隔|差几天|间隔|相差几天|which (?:came )?first/;

/**
 * "淮河联盟周年会议跟三原高新区推介会，哪个先开？隔了几天": two occasions the question names on either side of
 * 跟/和/与/还是, each found as one event is; the earlier, and the days between them (both dated to the day).
 */
export function eventOrder(c: FactContext, p: Parsed): Answer | null {
  if (!ORDER_ASKED.test(p.text)) return null;
  const joint = /跟|和|与|还是|以及|\band\b|\bor\b/.exec(p.text);
  if (!joint) return null;
  const sides = [p.text.slice(0, joint.index), p.text.slice(joint.index + joint[0].length)].map((t) =>
    t.replace(/[，,？?].*$/, ""),
  );
  const [a, b] = sides.map((t) => describedEvent(c, parseQuestion(t, c.k)));
  if (!a || !b || a === b || !/^\d{4}-\d{2}-\d{2}$/.test(a.date) || !/^\d{4}-\d{2}-\d{2}$/.test(b.date)) return null;
  if (a.date === b.date)
    return fact(c.k, `同一天：${a.title}和${b.title}都在${formatDate(a.date)}。`, [...a.evidence, ...b.evidence]);
  const [first, then] = a.date < b.date ? [a, b] : [b, a];
  const days = daysBetween(first.date, then.date);
  return fact(
    c.k,
    `${first.title}在先（${formatDate(first.date)}），${then.title}在后（${formatDate(then.date)}），相隔${days}天。`,
    [...first.evidence, ...then.evidence],
    { notes: [first.dateNote, then.dateNote].filter((x): x is string => Boolean(x)) },
  );
}

/** The word of an occasion that tells its kind from another meeting of the same group. */
const OCCASION_KIND = /周年|年会|理事|推介|签约|交接|对接|座谈|论坛|大赛|比赛|峰会|发布|观摩/;

/** An anniversary counted ("两周年会议"): "周年会议" alone is the first. */
const ANNIVERSARY = /([一二两三四五六七八九十\d]{1,2})周年/;
/** Numerals written two ways ("2", "两") read as one. */
const SAME_NUMERAL: Record<string, string> = { "1": "一", "2": "二", 两: "二", "3": "三" };
const anniversary = (text: string): string | undefined => {
  const n = ANNIVERSARY.exec(text)?.[1];
  if (n === undefined) return /周年/.test(text) ? "一" : undefined;
  return SAME_NUMERAL[n] ?? n;
};

/** The event a question describes best by its title's words (and its groups, zones and year), if any. */
function describedEvent(c: FactContext, p: Parsed): KnowledgeEvent | null {
  // A zone the question names must be one the event is about (and a zone no fact knows, none is).
  if (p.unknownName?.kind === "zone") return null;
  // ("光电子网络今年的年会": this year is the year of the newest article, the knowledge's present, written as that year;
  // only after every name the question says, so their places hold.)
  const now = p.text.indexOf("今年");
  const thisYear =
    now >= 0 && !/(?:19|20)\d{2}年/.test(p.text) && p.mentions.every((m) => m.end <= now)
      ? presentYear(c.k)?.toString()
      : undefined;
  const text = thisYear ? p.text.replace(/今年/g, `${thisYear}年`) : p.text;
  // The question's own words, less the groups it names: what tells one of a group's events from another.
  const q = ownBigrams(text, p.mentions, ASKING_WORDS);
  const zonesAsked = p.entities.flatMap((x) => (x.kind === "zone" ? [x.id] : []));
  // (A zone typed by its name that no entity reads, "江门高新区…推介会": an event must name it.)
  const typedZones =
    zonesAsked.length === 0
      ? [...p.text.matchAll(/([\u4e00-\u9fff]{2,4}?)高新区/g)]
          .map((m) => m[1] as string)
          .filter((z) => !/国家|省级|各|这些|那些|全国|成员|哪/.test(z))
      : [];
  // "2027年年会" is not the 2026 one: a year the question names must be the one the event's title names.
  const yearsAsked = thisYear ? [thisYear] : [...p.text.matchAll(/((?:19|20)\d{2})年/g)].map((m) => m[1]);
  const kindAsked = p.occasion ? OCCASION_KIND.exec(p.occasion)?.[0] : undefined;
  let best: { e: KnowledgeEvent; score: number } | null = null;
  for (const e of c.k.events) {
    if (e.id.startsWith("launch-") || e.id.startsWith("founding-")) continue;
    // "2025国家高新区…年会" writes its year without 年.
    const titleYear = /((?:19|20)\d{2})(?:年|(?=[\u4e00-\u9fff]))/.exec(e.title)?.[1];
    if (titleYear && yearsAsked.length > 0 && !yearsAsked.includes(titleYear)) continue;
    // A title without a year: the occasion's own date tells its year ("2026年的年会" is not one held in 2025).
    if (!titleYear && yearsAsked.length > 0 && !yearsAsked.includes(e.date.slice(0, 4))) continue;
    if (zonesAsked.length > 0 && !zonesAsked.some((z) => e.scopes.includes(z))) continue;
    if (typedZones.length > 0 && !typedZones.some((z) => `${e.title}${e.summary}`.includes(z))) continue;
    // A kind of occasion the question names ("周年会议", "推介会") must be the title's: a council meeting is not it.
    if (kindAsked && !namesOccasion(e.title, kindAsked)) continue;
    // "两周年会议" is not the first anniversary's ("周年会议").
    const yearsOn = anniversary(p.text);
    if (yearsOn && anniversary(e.title) !== undefined && anniversary(e.title) !== yearsOn) continue;
    const { groups, title } = eventWords(c, e);
    if (groups.length > 0 && !p.entities.some((x) => groups.includes(x.id))) continue;
    // (An ordinal or an occasion the question says, "第一次年会", read as each title writes it, "首届年度大会".)
    const words = asTitleWrites(p, e.title) ?? q;
    let hit = 0;
    for (const g of title) if (words.has(g)) hit++;
    // Most of the title's own words are asked, or (for an event of a group the question names) most of the
    // question's own words are the title's.
    const byTitle = hit / Math.max(title.size, 1);
    const score = groups.length > 0 ? Math.max(byTitle, hit / Math.max(q.size, 1)) : byTitle;
    const enough = Math.min(groups.length > 0 ? 3 : 4, title.size);
    if (hit >= enough && title.size > 0 && score >= 0.45 && (!best || score > best.score)) best = { e, score };
  }
  return best?.e ?? null;
}

/** An occasion's words as articles also write them: 年会 is a 年度大会 or a 年度会议, 全会 a 全体会议. */
const OCCASION_FORMS: [string, string][] = [
  ["年会", "年度大会"],
  ["年会", "年度会议"],
  ["全会", "全体会议"],
];

/**
 * The question's own words with its occasion and its ordinal written as the title writes them ("第一次年会" of
 * "首届年度大会"); undefined when the title writes both as the question does.
 */
function asTitleWrites(p: Parsed, title: string): Set<string> | undefined {
  let text = p.text;
  let mentions = p.mentions;
  // (One span of the text written otherwise, the mentions after it moved along.)
  const respell = (at: number, from: string, to: string) => {
    const shift = to.length - from.length;
    text = `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
    mentions = mentions.map((x) => (x.start >= at ? { ...x, start: x.start + shift, end: x.end + shift } : x));
  };
  const form = OCCASION_FORMS.find(
    ([said, written]) => text.includes(said) && !title.includes(said) && title.includes(written),
  );
  if (form) respell(text.indexOf(form[0]), form[0], form[1]);
  const ordinal = ORDINAL.exec(text);
  const same = ordinal ? sameOrdinal(ordinal[0]).find((o) => o !== ordinal[0] && title.includes(o)) : undefined;
  if (ordinal && same && !title.includes(ordinal[0])) respell(ordinal.index, ordinal[0], same);
  return text === p.text ? undefined : ownBigrams(text, mentions, ASKING_WORDS);
}

/**
 * An event's groups and its own words ("淮河联盟周年会议在随州高新区举行": what comes before its venue, less the
 * group's name: "周年会议"), read once per snapshot.
 */
function eventWords(c: FactContext, e: KnowledgeEvent): { groups: string[]; title: Set<string> } {
  let known = EVENT_WORDS.get(c.k);
  if (!known) {
    known = new Map();
    EVENT_WORDS.set(c.k, known);
  }
  let words = known.get(e);
  if (!words) {
    const named = normalize(e.title.replace(/在[^在]+?(?:举行|召开|举办)$/, ""));
    const names = findMentions(named, c.k.aliases);
    const groups = names.flatMap((m) => (m.type === "entity" && m.ref.kind !== "zone" ? [m.ref.id] : []));
    words = { groups, title: ownBigrams(named, names) };
    known.set(e, words);
  }
  return words;
}

/** A span of months: "10到11月", "10月至12月", "9—11月". */
const MONTH_SPAN = /(?<!\d)(1[0-2]|0?[1-9])月?(?:到|至|—|-|～|~)(1[0-2]|0?[1-9])月/;

/** The launches, foundings or events of a date (or a span of months), or before or after it. */
export function eventsOfDate(c: FactContext, p: Parsed): { events: KnowledgeEvent[]; when: string; what: string } {
  const wantNetworks = p.asksNetworks && !p.asksAlliances;
  const wantAlliances = p.asksAlliances && !p.asksNetworks;
  const direction = /以后|之后|后成立|后启动|after|since/.test(p.text)
    ? 1
    : /以前|之前|前成立|前启动|before/.test(p.text)
      ? -1
      : 0;
  const span = MONTH_SPAN.exec(p.text);
  const [from, to] = span ? [Number(span[1]), Number(span[2])] : [0, 0];
  const events = c.k.events.filter((e) => {
    const [y, m, d] = e.date.split("-").map(Number);
    if (span && from < to) {
      if ((p.year !== null && y !== p.year) || m === undefined || m < from || m > to) return false;
    } else if (direction !== 0 && p.month !== null) {
      // "11月15日以后": compare (month, day) within the stated or implied year.
      if (p.year !== null && y !== p.year) return false;
      const key = (m ?? 0) * 100 + (d ?? 0);
      const ref = p.month * 100 + (p.day ?? (direction > 0 ? 0 : 99));
      return direction > 0 ? key > ref || (key === ref && p.day === null) : key < ref;
    } else {
      if (p.year !== null && y !== p.year) return false;
      if (p.month !== null && m !== p.month) return false;
      if (p.day !== null && d !== p.day) return false;
    }
    if (wantNetworks) return e.id.startsWith("launch-");
    if (wantAlliances) return e.id.startsWith("founding-");
    return true;
  });
  const months = span && from < to ? `${from}月至${to}月` : p.month ? `${p.month}月` : "";
  const when = `${p.year ? `${p.year}年` : ""}${months}${p.day && !span ? `${p.day}日` : ""}${
    direction > 0 ? "以后" : direction < 0 ? "以前" : ""
  }`;
  const what = wantNetworks ? "成立的网络" : wantAlliances ? "成立的联盟" : "的事件";
  return { events, when, what };
}

/** The launches, foundings or events of a date, or before or after it. */
export function byDate(c: FactContext, p: Parsed): Answer {
  const { events, when, what } = eventsOfDate(c, p);
  if (events.length === 0) return none(`文章中没有${when}${what}的记载。`);
  const items = events.map((e) => ({ name: e.title.replace(/成立$/, ""), note: formatDate(e.date) }));
  const answer = `${when}${what}有${events.length}个：${events.map((e) => `${e.title.replace(/成立$/, "")}（${formatDate(e.date)}）`).join("；")}。`;
  return fact(
    c.k,
    answer,
    events.flatMap((e) => e.evidence.slice(0, 1)),
    {
      title: `${when}${what}`,
      items,
      notes: events.some((e) => e.dateNote) ? events.flatMap((e) => (e.dateNote ? [e.dateNote] : [])) : undefined,
    },
  );
}

/** "哪些联盟在同一天成立": launches or foundings sharing a date. */
export function sameDay(c: FactContext, p: Parsed): Answer {
  const prefix = p.asksAlliances && !p.asksNetworks ? "founding-" : p.asksNetworks && !p.asksAlliances ? "launch-" : "";
  const byDate = new Map<string, KnowledgeEvent[]>();
  for (const e of c.k.events) {
    if (!(e.id.startsWith("launch-") || e.id.startsWith("founding-")) || !e.id.startsWith(prefix)) continue;
    byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  }
  const shared = [...byDate.entries()].filter(([, events]) => events.length >= 2);
  const what = prefix === "founding-" ? "联盟" : prefix === "launch-" ? "网络" : "网络和联盟";
  if (shared.length === 0) return none(`文章记载的${what}中，没有同一天成立的。`);
  const name = (e: KnowledgeEvent) => e.title.replace(/成立$/, "");
  const answer = shared
    .map(([date, events]) => `${formatDate(date)}同一天成立的有：${events.map(name).join("、")}。`)
    .join("");
  return fact(
    c.k,
    answer,
    shared.flatMap(([, events]) => events.flatMap((e) => e.evidence.slice(0, 1))),
    {
      title: `同一天成立的${what}`,
      items: shared.flatMap(([date, events]) => events.map((e) => ({ name: name(e), note: formatDate(date) }))),
    },
  );
}
