/**
 * The seats of a network or an alliance asked by name ("副理事长单位有哪些", "首届轮值主席单位是谁", "2026年的轮值主席
 * 是哪家", "第二任…是谁", "当到什么时候"): who holds the post asked, of the term asked, with its term of office and the
 * day a later term begins when a sentence gives them.
 */

import { entityNames } from "../../knowledge/entity-names.ts";
import { PROVINCES } from "../../knowledge/extract/names.ts";
import type { Evidence, RoleSeat, Zone } from "../../knowledge/schema.ts";
import { sameOrdinal } from "../ordinals.ts";
import { afterPremise, type Parsed } from "../parse.ts";
import { articleSentences, namesGroup, sentenceCited } from "../query/graph.ts";
import { numberFrom } from "../query/read.ts";
import type { Answer } from "../types.ts";
import { citationsFor, type FactContext, fact, formatDate, type Group, leftOpen, none } from "./context.ts";
import { AT_FOUNDING, NUMBERED_TERM, PROVINCE_ASKED, PROVINCE_SAID, UNDECIDED } from "./cues.ts";
import { secretariatSaid } from "./overview.ts";
import { postUnrecorded } from "./post-unrecorded.ts";
import { plannedSeat, superseded } from "./seat-history.ts";

/**
 * Posts a group gives members besides its lead and secretariat: how a question names each, and which seats hold it
 * (副理事长 is not 理事长, 常务理事会 is a meeting, 理事 alone is neither 理事长 nor 常务理事).
 */
const POSTS: { asked: RegExp; seat: RegExp }[] = [
  { asked: /副理事长/, seat: /副理事长/ },
  { asked: /(?<!副)理事长(?!会)/, seat: /(?<!副)理事长/ },
  { asked: /轮值主席/, seat: /轮值主席/ },
  // ("主席单位是谁": any chair's seat, rotating or not, not a deputy's.)
  { asked: /(?<![副值行])主席/, seat: /(?<!副)主席/ },
  { asked: /副主席/, seat: /副主席/ },
  { asked: /常务理事(?!会)/, seat: /常务理事/ },
  { asked: /副秘书长/, seat: /副秘书长/ },
  { asked: /观察员/, seat: /观察员/ },
  { asked: /协调单位/, seat: /协调单位/ },
  { asked: /执行主席/, seat: /执行主席/ },
  { asked: /副牵头/, seat: /副牵头/ },
  { asked: /联系成员/, seat: /联系成员/ },
  { asked: /副召集/, seat: /副召集/ },
  { asked: /(?<!副)召集(?:单位|人)/, seat: /(?<!副)召集/ },
  { asked: /监事/, seat: /监事/ },
  { asked: /(?<![副务])理事(?![长会])/, seat: /^[^副务]*理事单位$/ },
];
/** A group's rotating head is called 轮值主席 or 轮值理事长: asked by one name, the other when the group has none. */
const ROTATING: { asked: RegExp; seat: RegExp }[] = [
  { asked: /轮值主席/, seat: /轮值理事长/ },
  { asked: /轮值理事长/, seat: /轮值主席/ },
];
/**
 * The seats of one post the question asks for. "首届…下一任是谁": the first term, then who took it over; "现在的…":
 * who holds it now (not the first term, when an article says it was handed on). A term asked of a post whose seats
 * name none (副主席单位) does not narrow it.
 */
function holders(question: string, g: Group, post: RegExp) {
  const ofPost = g.seats.filter((s) => post.test(s.role));
  const later = laterTerm(ofPost);
  const upcoming = ofPost.filter(later);
  const held = ofPost.filter((s) => !later(s));
  // ("当完第一届轮值主席以后": the term after the one named is asked.)
  const afterTerm = new RegExp(`(?:首届|首任|第一[届任]|${NUMBERED_TERM.source})[^，,。？?]{0,8}?(?:以后|之后)`).test(
    question,
  );
  const asked = afterTerm ? "next" : termOf(question);
  // ("6月会议之后…是哪家": after a meeting or a hand-over is now, not the next term.)
  // ("第二任…是谁" of a second term that begins later: that term; "第三任…" of none such is no later seat.)
  const number = afterTerm ? undefined : NUMBERED_TERM.exec(question)?.[0];
  if (number && upcoming.some((s) => s.role.startsWith(number)))
    return upcoming.filter((s) => s.role.startsWith(number));
  // ("合肥从哪天开始当轮值主席": when a later term begins is asked of it.)
  if (/(?:哪天|哪一天|什么时候|何时|哪年)(?:开始|起)/.test(question) && upcoming.length > 0)
    return [...heldNow(held, undefined, false, false), ...upcoming];
  const next =
    !number &&
    (asked === "next" ||
      /下一任|下一届|接任|接棒|接班|(?<!会议|会|月|交接|交棒|调整|换届)(?:之后|以后)|此后|后来/.test(question));
  const now = /现在|目前|当前|现任|如今/.test(question);
  // "下一任是谁": the seat an article names for the next term; "现在是谁，下一年度轮到谁", "首任…下一任": both.
  if (next && upcoming.length > 0) {
    if (!now && asked !== "first") return upcoming;
    return [...heldNow(held, asked === "first" ? "first" : undefined, false, now), ...upcoming];
  }
  // ("下一任是谁" after a hand-over a report tells, "由B担任新一任轮值主席单位": B holds it now, and the term after
  // B's is not written; the passages say whether it is left open.)
  if (next && !afterTerm && asked !== "first" && !now && takenOverLast(held)) return [];
  // ("副理事长单位有变化吗": every list of the post, a superseded one too.)
  if (CHANGE_ASKED.test(question) && !now) return held;
  return heldNow(held, asked === "next" ? undefined : asked, next, now, AT_FOUNDING.test(question));
}

/** The last report of the post is of a new holder that took it over ("新一任轮值主席单位"), not of one to come. */
function takenOverLast(held: Group["seats"]): boolean {
  const last = held.reduce<RoleSeat | undefined>(
    (a, s) => (!a || (s.asOf ?? "") > (a.asOf ?? "") || (s.asOf === a.asOf && /^新一?任/.test(s.role)) ? s : a),
    undefined,
  );
  return last !== undefined && /^新一?任/.test(last.role);
}

/** Before a post's name, no word that makes it another post: 理事长 inside 副理事长, 常务理事长, 执行理事长. */
export const NOT_DEPUTY = "(?<!副|常务|执行)";

/** Asks whether the holder changed: "换人了没", "换没换", "变了吗". */
const HOLDER_CHANGE_ASKED = /换人|换没换|换了没|换了吗|有没有换|变了没|变没变|变了吗/;
/** The seat's report says its holder kept it: "苏州工业园区继续担任理事长单位", "A连任理事长单位". */
function keeps(quote: string, seat: RoleSeat): boolean {
  return new RegExp(`(?:继续担任|连任|留任|仍(?:然)?(?:担任|是|为))(?:该|本)?(?:网络|联盟)?${seat.role}`).test(quote);
}

/** A seat's change as its report says it: "副理事长单位由3家增至4家", "…由首届的A、B调整为A、C和D". */
function changeSaid(held: Group["seats"]): { said: string; evidence: Evidence } | undefined {
  for (const seat of held) {
    const post = postOf(seat);
    const changed = new RegExp(
      `${NOT_DEPUTY}(?:网络|联盟)?${post}(?:单位)?由[^。；;]{1,60}?(?:增至|增加到|增加至|调整为|调整成|变为|变更为|改为|减至|减少到|减少至)[^。；;，,]+`,
    );
    for (const e of seat.evidence) {
      const said = changed.exec(e.quote)?.[0];
      if (said) return { said: said.replace(/^(?:网络|联盟)/, ""), evidence: e };
    }
  }
  return undefined;
}

/** Asks whether a seat changed: "有变化吗", "换了吗", "调整过没有". */
// (Not the seat after the change: "调整后是哪几家", "换届后".)
const CHANGE_ASKED = /(?:变化|变动|变了|调整|换了|换过|换届|改选|有没有换)(?!后|之后|以后)/;

/** A seat of `ofPost` (one post's seats) that is for a term to come, not held now. */
function laterTerm(ofPost: Group["seats"]) {
  // (A numbered later term its sentence says begins later, "第二任…，任期为2028年至2029年，届时将从A手中接棒", is not
  // held now.)
  // (…nor is the same term said again without it, "第二任轮值主席：A" as a heading.)
  const begins = (s: RoleSeat) =>
    NUMBERED_LATER.test(s.role) && /届时|将于|将从|将由|将在/.test(s.evidence[0]?.quote ?? "");
  return (s: RoleSeat) =>
    termOf(s.role) === "next" ||
    begins(s) ||
    (NUMBERED_LATER.test(s.role) &&
      ofPost.some((t) => begins(t) && t.role.slice(0, 3) === s.role.slice(0, 3) && t.zones.join() === s.zones.join()));
}

/** The seats of the term asked, or (asked "现在") the last holder when an article says the seat was handed on. */
function heldNow(held: Group["seats"], term: string | undefined, next: boolean, now: boolean, founding = false) {
  // A year no seat states, after the report of a seat without one ("2027年轮到谁" of a seat reported in 2025): not
  // known.
  if (term && /^\d{4}$/.test(term) && !held.some((s) => holdsTerm(s, term)))
    held = held.filter((s) => termOf(s.role) !== undefined || !s.asOf || s.asOf.slice(0, 4) >= term);
  // (Holders after this term, in turn, are not the seat now.)
  const later = held.filter((s) => termOf(s.role) === undefined && !s.role.startsWith("此后"));
  // ("2026年度的…副主席单位": a seat without a term whose sentence names that year, "2026年度轮值主席单位由A担任，
  // B、C为副主席单位".)
  const saidOfYear = (s: RoleSeat) =>
    termOf(s.role) === undefined &&
    /^\d{4}$/.test(term ?? "") &&
    (s.asOf ?? "").startsWith(term ?? "-") &&
    [...(s.evidence[0]?.quote ?? "").matchAll(/((?:19|20)\d{2})年/g)].every((m) => m[1] === term) &&
    (s.evidence[0]?.quote ?? "").includes(`${term}年`);
  if (term !== undefined && held.some((s) => termOf(s.role) !== undefined))
    return held.filter((s) => holdsTerm(s, term) || saidOfYear(s) || (next && termOf(s.role) === undefined));
  // (Not a seat a report only plans, "将于2028年3月换届，届时A、B将接任…".)
  const made = later.filter((s) => !s.evidence.some((e) => plannedSeat(e.quote, s.asOf)));
  // (In the order they were so: a seat a later page tells of an earlier month, "今年3月，我区作为副理事长单位…", is not
  // the last.)
  const byDate = made
    .map((seat, i) => ({ seat, i }))
    .sort((a, b) => (a.seat.asOf && b.seat.asOf ? a.seat.asOf.localeCompare(b.seat.asOf) : 0) || a.i - b.i)
    .map((x) => x.seat);
  if (now && made.length > 0) return lastHolders(byDate);
  // (A seat's list that a later list of it holds whole, "增至4家，分别为…", is that list now, unless a term is asked;
  // so is one a later report re-elects, superseded.)
  const grown = (s: RoleSeat, i: number) =>
    held.some((t, j) => j > i && t.role === s.role && !t.added && s.zones.every((z) => t.zones.includes(z))) ||
    superseded(held, s);
  // ("成立时的副理事长单位", "首届副理事长单位": the first list of each.)
  if (founding || term === "first") return held.filter((s, i) => !held.some((t, j) => j < i && t.role === s.role));
  return term === undefined ? held.filter((s, i) => !grown(s, i)) : held;
}

/**
 * The seat as it stands after the last report: its last list, and the zones added to it since ("会议增补B为副理事长
 *单位": B joins those listed before, not replaces them).
 */
function lastHolders(seats: Group["seats"]): Group["seats"] {
  const last = seats.at(-1) as RoleSeat;
  // (A later report that names some of the holders only, "我区当选网络副理事长单位" on a zone's page, leaves the list.)
  const fuller = seats.findLast(
    (s) =>
      s !== last &&
      s.role === last.role &&
      s.zones.length > last.zones.length &&
      last.zones.every((z) => s.zones.includes(z)),
  );
  if (fuller && !last.added) return [fuller];
  const base = seats.findLastIndex((s) => !s.added && s.role === last.role);
  if (!last.added || base < 0) return [last];
  return seats.slice(base).filter((s) => s.role === last.role);
}

/**
 * A seat holds the term asked: the same term, or a year within the years it names ("第二届（2027—2028年）" holds
 * 2027 and 2028; "首届（2025—2026年）" is the first term and holds 2025 and 2026; "首任即2025年度" holds 2025; the
 * holder "2027年起由B接任" holds 2027).
 */
function holdsTerm(seat: Group["seats"][number], term: string): boolean {
  const role = seat.role;
  if (termOf(role) === term) return true;
  // (A numbered term that names its year: "首任即2025年度", "首任（2026年度）".)
  if (/^\d{4}$/.test(term) && new RegExp(`(?:即|[（(])${term}年`).test(role)) return true;
  // (The one holder after the first, from the year asked: "…任期至2026年底；2027年起由B接任".)
  const since = new RegExp(`${term}年度?起由[^，,。；;]{2,20}?接任`);
  if (
    /^\d{4}$/.test(term) &&
    termOf(role) === undefined &&
    seat.evidence.some((e) => since.test(e.quote) && e.quote.split("接任").length === 2)
  )
    return true;
  const range = /((?:19|20)\d{2})年?(?:—|–|-|至|到)((?:19|20)\d{2})年/.exec(role);
  return /^\d{4}$/.test(term) && range !== null && Number(range[1]) <= Number(term) && Number(term) <= Number(range[2]);
}

/**
 * "2027年度轮值理事长单位是哪家" when the articles give every holder of the post by year, but not that year's: not
 * known, with the years they give.
 */
function unknownYear(c: FactContext, p: Parsed, g: Group, posts: { seat: RegExp }[]): Answer | null {
  const year = termOf(p.text);
  if (!year || !/^\d{4}$/.test(year)) return null;
  const ofPosts = g.seats.filter((s) => posts.some((post) => post.seat.test(s.role)));
  const dated = ofPosts.filter((s) => /^\d{4}$/.test(termOf(s.role) ?? ""));
  // (A holder without a year may hold it that year: "…后者成为2026年度轮值主席单位" read without its year.)
  if (dated.length === 0 || dated.length < ofPosts.length) return null;
  // (…nor when a sentence of the group names that year with one who takes it on: "南阳高新区将于2027年接任轮值主席
  // 单位", which the passages quote.)
  const takesThatYear = (x: string) =>
    new RegExp(
      `(?:高新区|示范区|园区)[^，,。；;]{0,6}?(?:将)?于${year}年[^，,。；;]{0,6}?(?:接任|担任|接棒)|${year}年度?起?(?:将)?由[\\u4e00-\\u9fff]{2,12}?(?:高新区|示范区|园区)(?:接任|担任)`,
    ).test(x) && x.includes(POST_ASKED.exec(p.text)?.[0] ?? "\u0000");
  if (sentenceCited(c.k, takesThatYear, namesGroup(c.k, g.id))) return null;
  const known = dated.map((s) => `${s.role}是${s.zones.map((z) => c.zoneName(z)).join("、")}`).join("；");
  return none(`文章没有写${g.name}${year}年的这一职务由谁担任。文章写到的是：${known}。`, {
    citations: citationsFor(
      c.k,
      dated.flatMap((s) => s.evidence.slice(0, 1)),
    ),
  });
}

/**
 * "2028年的轮值主席是哪家" when an article of the group says that year's holder is not decided ("2028年度轮值主席将由湖北
 * 省成员单位担任，具体由哪一家担任尚未确定"): a refusal that quotes it.
 */
function yearLeftOpen(c: FactContext, p: Parsed, g: Group): Answer | null {
  const year = termOf(p.text);
  const post = POST_ASKED.exec(p.text)?.[0];
  if (!year || !/^\d{4}$/.test(year) || !post) return null;
  // (The year's term itself, in a clause that leaves it open: not "2026年度由B担任，2027年度…将在2026年年会上确定".)
  const term = new RegExp(`${year}年度?(?:的)?(?:联盟|网络)?(?:轮值)?${post}`);
  const open = (x: string) => x.split(/[；;]/).some((clause) => term.test(clause) && UNDECIDED.test(clause));
  const said = sentenceCited(c.k, open, namesGroup(c.k, g.id));
  if (!said) return null;
  return leftOpen(said);
}

/**
 * "理事会一届任期几年": the council's own term, as its article states it ("理事会每届任期三年"); a numbered council's
 * ("首届理事会任期三年") only when that council is asked ("首届理事会任期几年"), and said with its number.
 */
const COUNCIL_TERM =
  /((?:首届|第[一二三四五六七八九十\d]{1,2}届)?)理事会(?:每届|一届)?(?:的)?任期(?:为)?[一两二三四五六\d]年/;
/** A council after the first, named in a sentence. */
const LATER_COUNCIL = /第[二三四五六七八九十\d]{1,2}届|新一届|下一届|换届/;
function councilTerm(c: FactContext, p: Parsed, g: Group): Answer | null {
  if (!/理事会/.test(p.text) || !(LENGTH_ASKED.test(p.text) || ASKS_TENURE.test(p.text))) return null;
  const asked = /(首届|第[一二三四五六七八九十\d]{1,2}届)理事会/.exec(p.text)?.[1];
  const fits = (x: string) => {
    const term = COUNCIL_TERM.exec(x)?.[1];
    if (term === undefined) return false;
    return asked ? term !== "" && sameOrdinal(asked).includes(term) : term === "";
  };
  // (The first council asked, "首届理事会任期多长", and the articles give the term without a number, "理事会任期三年":
  // the term they give, as written.)
  // (Not a sentence of a later council: "第二届理事会，理事会任期三年", "新一届理事会…".)
  const plain = (x: string) => COUNCIL_TERM.exec(x)?.[1] === "" && !LATER_COUNCIL.test(x);
  const said =
    sentenceCited(c.k, fits, namesGroup(c.k, g.id)) ??
    (asked && sameOrdinal(asked).includes("首届") ? sentenceCited(c.k, plain, namesGroup(c.k, g.id)) : undefined);
  const term = said ? COUNCIL_TERM.exec(said.quote)?.[0] : undefined;
  if (!said || !term) return null;
  return {
    kind: "fact",
    answer: `${g.name}的${term}。据《${said.title}》：${said.quote}`,
    citations: [said],
    title: g.name,
  };
}

/** A post asked ("轮值主席是哪家"), which an article may say the group does not have ("该网络暂不设轮值主席"). */
export const POST_ASKED = /轮值主席|轮值理事长|副理事长|理事长|秘书长|副主席|主席/;

/** "该网络暂不设轮值主席，重大事项由理事会集体决策": the group has no such post, as its article says. */
function postNotSet(c: FactContext, p: Parsed, g: Group): Answer | null {
  const post = POST_ASKED.exec(p.text)?.[0];
  if (!post) return null;
  const notSet = new RegExp(`(?:不设|未设|没有设立?|不设立)${post}`);
  const said = sentenceCited(c.k, (s) => notSet.test(s), namesGroup(c.k, g.id));
  if (!said) return null;
  return {
    kind: "fact",
    answer: `${g.name}不设${post}。据《${said.title}》：${said.quote}`,
    citations: [said],
    title: g.name,
  };
}

const NTH = /第([二三四五六七八九])(?:任|届)/;

/** A zone named as the holder before the one asked: "深圳之后", "长沙的下一任". */
// ("长沙当完第一届轮值主席以后": its term done, said between.)
export const AFTER_HOLDER =
  /^(?:高新区)?(?:(?:当完|任满|卸任|干完|做完|完成)[^，,。？?]{0,12}?)?(?:之后|以后|后面|后边|的下一任|下一个)/;
/** A zone named as the holder after the one asked: "长春之前", "交给长春的是谁". */
const BEFORE_HOLDER = /^(?:高新区)?(?:之前|以前|前面|的上一任|的前任)/;
const HANDED_TO = /(?:交给|交到|交棒给|移交给|交接给|交予)$/;
/** Whether the question names a zone as a holder before or after the one asked, not as the one it is about. */
export function namesOtherHolder(p: Parsed, m: Parsed["mentions"][number]): boolean {
  return (
    AFTER_HOLDER.test(p.text.slice(m.end)) ||
    BEFORE_HOLDER.test(p.text.slice(m.end)) ||
    HANDED_TO.test(p.text.slice(0, m.start))
  );
}
const AFTER_ASKED = /之后|以后|下一任|下一届|接任|后来/;
/** Asks who held a seat before ("之前是谁当的", "上一任是谁", "是谁交给长春的"). */
const BEFORE_ASKED = /之前|以前|此前|先前|原先|原来|上一任|上一届|前一任|前任|交出/;

/**
 * "轮值主席之前是谁当的", "是谁把主席交给长春的": the zone the article says handed the seat on, else the holder
 * before in the order the article gives (the first term's, then those who took it over).
 */
function previousHolder(c: FactContext, p: Parsed, g: Group, held: Group["seats"]): Answer | null {
  // (Handed to a zone named: "是谁把主席交给长春的"; "东营之后交给了哪家" asks who took it.)
  const handedTo = p.mentions.some(
    (m) => m.type === "entity" && m.ref.kind === "zone" && HANDED_TO.test(p.text.slice(0, m.start)),
  );
  if (!(BEFORE_ASKED.test(p.text) || handedTo) || AFTER_ASKED.test(p.text) || !/谁|哪/.test(p.text)) return null;
  // (The handover to the zone the question names, "交给常州的", "在常州之前"; else the latest.)
  const named = p.mentions.find((m) => m.type === "entity" && m.ref.kind === "zone" && namesOtherHolder(p, m));
  const handovers = held.filter((seat) => seat.from !== undefined && !seat.role.startsWith("副"));
  const handed =
    named?.type === "entity"
      ? handovers.find((seat) => seat.zones.includes(named.ref.id))
      : handovers.sort((a, b) => (a.asOf ?? "").localeCompare(b.asOf ?? "")).at(-1);
  if (handed?.from)
    return fact(
      c.k,
      `${g.name}的${postOf(handed)}单位此前由${c.zoneName(handed.from)}担任，${c.zoneName(handed.from)}已将其交给${handed.zones.map((z) => c.zoneName(z)).join("、")}（${handed.role}）。`,
      handed.evidence.slice(0, 1),
      { title: g.name },
    );
  // (…else the one before in the order of terms: "在张江之前…是哪个" of "A担任首届…，B接任第二届".)
  const ordinal = (seat: RoleSeat) => {
    const term = termOf(seat.role);
    return term === "first" ? 1 : numberFrom(NTH.exec(seat.role)?.[1] ?? "") || undefined;
  };
  const terms = held.filter((seat) => ordinal(seat) !== undefined && seat.zones.length === 1);
  terms.sort((a, b) => (ordinal(a) ?? 0) - (ordinal(b) ?? 0));
  const at = named?.type === "entity" ? terms.findIndex((seat) => seat.zones[0] === named.ref.id) : terms.length - 1;
  const before = at > 0 ? terms[at - 1] : undefined;
  if (!before) return null;
  const after = terms[at] as RoleSeat;
  return fact(
    c.k,
    `${g.name}的${after.role}是${c.zoneName(after.zones[0] as string)}，在它之前，${before.role}是${c.zoneName(before.zones[0] as string)}。`,
    [...before.evidence.slice(0, 1), ...after.evidence.slice(0, 1)],
    { title: g.name },
  );
}

/**
 * "第三任轮值主席会是哪家": the holders in the order the article gives them (the first term's, then those who take
 * it over), and the one asked; past the end of that order, a refusal that says how far it goes.
 */
function nthHolder(c: FactContext, p: Parsed, g: Group, held: Group["seats"], nextTerm = false): Answer | null {
  const first = held.find((seat) => termOf(seat.role) === "first");
  if (!first) return null;
  // (Those who take it over, in their order: a later year's holder too, "2027年轮值主席".)
  const later = held.filter((seat) => {
    const term = termOf(seat.role);
    return (term === undefined || /^\d{4}$/.test(term)) && !seat.role.startsWith("副");
  });
  const order = [...new Set([...first.zones, ...later.flatMap((seat) => seat.zones)])];
  // ("深圳之后轮到谁", "深圳任期结束以后由哪家担任": the term after the one that zone holds.)
  const from = p.mentions.find(
    (m) => m.type === "entity" && m.ref.kind === "zone" && AFTER_HOLDER.test(p.text.slice(m.end)),
  );
  const after = from?.type === "entity" ? order.indexOf(from.ref.id) : -1;
  // (Only past the end of the order: the one after a zone that is not the last is said by the seats below.)
  // ("下一届…是哪家" after a hand-over: the term after the last holder's.)
  const ordinal =
    NTH.exec(p.text)?.[1] ??
    (after >= 0 && after === order.length - 1
      ? String(after + 2)
      : nextTerm && order.length >= 2
        ? String(order.length + 1)
        : "");
  const n = numberFrom(ordinal);
  if (!n) return null;
  const evidence = [first, ...later].flatMap((seat) => seat.evidence.slice(0, 1));
  const post = first.role.replace(/^(?:首届|首任|第一届)/, "");
  const sequence = order.map((z) => c.zoneName(z)).join("、");
  // (…with when it takes over, when asked and its sentence says: "将于2027年1月接任".)
  const holder = order[n - 1] as string;
  const when =
    n > 1 && n <= order.length
      ? takesOverWhen(
          p.text,
          later
            .filter((seat) => seat.zones.includes(holder))
            .flatMap((seat) => seat.evidence.map((e) => e.quote))
            .join("。"),
        )
      : "";
  if (n <= order.length)
    return fact(
      c.k,
      `${g.name}的第${ordinal}任${post}是${c.zoneName(holder)}${when}（文章所写的顺序：${sequence}）。`,
      evidence,
      { title: g.name },
    );
  // (The term as written, in words or digits, 任 or 届: "第三届" of the third.)
  const word = "一二三四五六七八九十"[n - 1] ?? "";
  const termForms = ["任", "届"].flatMap((kind) => sameOrdinal(`第${word}${kind}`));
  // "第二任轮值主席单位将由成员单位…协商产生，目前尚未确定": the term asked is left open, as an article says.
  const open = [...new Set(evidence.map((e) => e.article))]
    .flatMap((id) => {
      const a = c.k.articles.get(id);
      return a ? articleSentences(a.body).map((s) => ({ a, quote: s.trim() })) : [];
    })
    // (…or the next term, said so when the one before it is the last written: "下一届轮值主席单位将在…选举产生…尚未确定".)
    .find(
      (x) =>
        (termForms.some((f) => x.quote.includes(f)) || (n === order.length + 1 && /下一[届任]/.test(x.quote))) &&
        x.quote.includes(post) &&
        UNDECIDED.test(x.quote),
    );
  if (open) {
    const said = { articleId: open.a.id, title: open.a.title, date: open.a.date ?? null, quote: open.quote };
    // (A province asked, which the quote decides before the zone it leaves open: the quote answers that much.)
    if (PROVINCE_ASKED.test(p.text) && PROVINCE_SAID.test(open.quote))
      return { kind: "passage", answer: `据《${said.title}》：${said.quote}`, citations: [said] };
    return leftOpen(said);
  }
  // "按湖南、江西、湖北的省份顺序轮换": the province whose turn it is, after the last holder's, as the rule says.
  const last = order[n - 2];
  const turn = last ? provinceInTurn(c, g, last) : undefined;
  // (Asked which province, that is the answer; asked which zone, the articles do not say, beyond the province.)
  if (turn) {
    const text = `按文章所写的轮换顺序，${c.zoneName(last as string)}（${turn.after}）之后轮到${turn.next}的成员高新区；具体由哪一家担任，文章没有写。`;
    return PROVINCE_ASKED.test(p.text)
      ? fact(c.k, text, [...evidence, turn.evidence], { title: g.name })
      : none(text, { citations: citationsFor(c.k, [...evidence, turn.evidence]) });
  }
  return none(`文章只写到${g.name}${post}的前${order.length}任（依次为${sequence}），没有写第${ordinal}任。`, {
    citations: citationsFor(c.k, evidence),
  });
}

/** A rotation by provinces, "按湖南、江西、湖北的省份顺序轮换": the province after `zone`'s, in turn. */
const ORDER_OF_PROVINCES = new RegExp(
  `按(?:照)?((?:${PROVINCES.join("|")})(?:省)?(?:、(?:${PROVINCES.join("|")})(?:省)?)+)的?(?:省份)?(?:顺序|次序)(?:轮换|轮流|轮值|依次)`,
);
function provinceInTurn(
  c: FactContext,
  g: Group,
  zone: string,
): { after: string; next: string; evidence: Evidence } | undefined {
  const province = c.k.zones.get(zone)?.province;
  const said = province ? sentenceCited(c.k, (x) => ORDER_OF_PROVINCES.test(x), namesGroup(c.k, g.id)) : undefined;
  const order = said
    ? (ORDER_OF_PROVINCES.exec(said.quote)?.[1] ?? "").split("、").map((x) => x.replace(/省$/, ""))
    : [];
  const at = order.indexOf(province ?? "");
  if (!said || at < 0) return undefined;
  return {
    after: province as string,
    next: order[(at + 1) % order.length] as string,
    evidence: { article: said.articleId, quote: said.quote },
  };
}

/** A seat and the secretariat asked together: "副牵头单位和秘书处分别是", "秘书处和副理事长单位各是哪家". */
const SEAT_AND_SECRETARIAT =
  /单位(?:和|与|及|、)秘书处(?:分别|各|[？?]?$)|秘书处(?:和|与|及|、)[\u4e00-\u9fff]{2,8}单位(?:分别|各|[？?]?$)/;

/** Asks who holds a seat: "谁", "有几家", or the seat named last, bare ("低空网络的副牵头单位？", "副理事长单位是？"). */
const HOLDER =
  /谁|哪|分别|有几|几家|几个|多少家|多少个|是什么单位|变化|变了|换了|换人|换没换|有没有换|变没变|任期|多久|多长|(?:是|单位)[？?。]?$/;
/** A term of office asked, and as a sentence gives it ("任期两年", "每年一换"). */
// ("管的是哪一年", "当的是哪一年": the year a term covers.)
export const ASKS_TENURE = /任期|多久|多长|几年|一换|(?:管|当|负责|轮)(?:的)?(?:是)?哪一?年|哪个年度/;
// ("任期三年，自2026年至2028年": the years the clause after gives are the term's too.)
// ("任期两年，至2028年9月": until when, said after.)
export const TENURE =
  /(?:任期|轮值期)(?!届满|已满|期满)[^，,。；;]{1,24}(?:[，,](?:(?:自|从)[^，,。；;]{2,20}?(?:至|到)[^，,。；;]{2,12}|(?:至|到)(?:19|20)\d{2}年[^，,。；;]{0,8}|在[^，,。；;]{2,12}?交接))?|每[^，,。；;]{0,4}一换|[一两二三]年一换|每[^，,。；;]{1,4}轮换一次|每届(?:任期)?[一两二三]年(?:[，,]在[^，,。；;]{2,12}?交接)?/;
/** Asks who handed a seat over. */
const HANDOVER_ASKED = /交给|交接|交棒|接棒|换成|换人|从谁|谁交|接替|接过|谁手|手里接|手中接/;
/** Asks when, and a later term's start as a sentence gives it ("将于2028年接任", "2027年起接任"). */
const WHEN_ASKED = /哪一?年|哪一?天|几号|什么时候|啥时候|何时|几时|几月|哪个月/;
/** …the day asked, not only the year or month. */
const DAY_ASKED = /哪一?天|几号|几月几[日号]|具体日期|具体哪天/;
// ("将于2028年年会接任": at that year's meeting.)
export const TAKES_OVER_IN =
  /(?:将)?于(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?|年会|年度大会|大会)?(?:起|上|时)?(?:接任|接替)|(?:19|20)\d{2}年(?:\d{1,2}月)?起(?:接任|接替)|自(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?起(?:担任|接任|接替)|任期自(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?起/;
/** The quote says one of `zones` takes the seat over on a day: its name right before "自…起担任", "将于…接任". */
function holderTakes(c: FactContext, quote: string, zones: string[]): boolean {
  const at = TAKES_OVER_IN.exec(quote)?.index ?? -1;
  const before = at >= 0 ? quote.slice(0, at).replace(/(?:正式|已|将)$/, "") : "";
  return at >= 0 && zones.some((z) => entityNames(c.k, z).some((n) => n.length >= 2 && before.endsWith(n)));
}

/** "哪年接任": the year a later term's holder takes it over, as the seat's sentence says ("（于2028年接任）"). */
export function takesOverWhen(question: string, quote: string): string {
  const from = WHEN_ASKED.test(question) ? TAKES_OVER_IN.exec(quote)?.[0] : undefined;
  return from ? `（${from.replace(/^将/, "")}）` : "";
}
/** The dated meeting of the group the seat's article reports (where a seat was handed over), if one. */
function meetingOf(c: FactContext, g: Group, seat: RoleSeat) {
  const article = seat.evidence[0]?.article;
  return c.k.events.find(
    (e) =>
      e.scopes[0] === g.id &&
      e.evidence[0]?.article === article &&
      /^\d{4}-\d{2}-\d{2}$/.test(e.date) &&
      /会|仪式/.test(e.title) &&
      !/加入|退出|成员/.test(e.title),
  );
}

/** Asks until when. */
const UNTIL_ASKED = /到什么时候|到哪(?:年|一年|天|月)|到何时|截至|截止|为止|何时结束|什么时候结束/;
/** The first sentence of the seat's article that `wanted` accepts, as evidence. */
function seatArticleSentence(
  c: FactContext,
  seat: Pick<RoleSeat, "evidence">,
  wanted: (x: string) => boolean,
): Evidence | undefined {
  const article = seat.evidence[0]?.article;
  const body = article ? c.k.articles.get(article)?.body : undefined;
  const quote = body ? articleSentences(body).find(wanted) : undefined;
  return article && quote ? { article, quote: quote.trim() } : undefined;
}

/** A seat's post without its term ("首届轮值主席单位" → "轮值主席"). */
const postOf = (seat: Pick<RoleSeat, "role">) =>
  seat.role
    .replace(/（[^）]*）$/, "")
    .replace(
      new RegExp(`^(?:首届|首任|第一[任届]|本届|新一届|新一任|${NUMBERED_TERM.source}|(?:19|20)\\d{2}年度?)`),
      "",
    )
    .replace(/单位$/, "");

/** The sentence of a seat's article that states the post's term as a rule ("实行轮值理事长制度，每届任期一年"). */
function tenureRule(c: FactContext, seat: Pick<RoleSeat, "role" | "evidence">): Evidence | undefined {
  const post = postOf(seat);
  return seatArticleSentence(c, seat, (x) => x.includes(post) && TENURE.test(x));
}

/** Where a sentence names the seat (its post, else its holder), or −1. */
function seatAt(quote: string, seat: RoleSeat): number {
  const post = seat.role.replace(/（[^）]*）$/, "").replace(/单位$/, "");
  const at = quote.indexOf(post);
  return at >= 0 ? at : quote.indexOf(seat.role.slice(-4));
}

/** A span of months ("2026年6月至2027年5月"). */
const MONTHS = /(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:至|到)(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?/;

/** "B的任期为2026年7月至2028年7月", "B任期至2027年6月": a sentence of the seat's article giving its holder's term. */
function holderTerm(c: FactContext, seat: RoleSeat): Evidence | undefined {
  if (seat.zones.length !== 1) return undefined;
  // ("B担任2026年6月至2027年5月的轮值主席单位": the months of its term, said with the post.)
  const said = entityNames(c.k, seat.zones[0] as string)
    .filter((n) => n.length >= 2)
    .flatMap((n) => [
      new RegExp(`${n}(?:（[^）]*）)?(?:的)?任期(?:为|是|自)?[^，,。；;]{0,12}(?:至|到)`),
      new RegExp(`${n}(?:（[^）]*）)?担任${MONTHS.source}的`),
    ]);
  return seatArticleSentence(c, seat, (x) => said.some((r) => r.test(x)));
}

/** Asks how long a term runs, and a length said ("一年", "两年"; not a year's number). */
const LENGTH_ASKED = /多长|多久|几年|(?<![下第上])一届/;
// ("每届任期半年", "任期6个月": less than a year too.)
const LENGTH = /(?<![\d年])(?:[一两二三四五六\d]年|半年|[一二三四五六七八九十\d]{1,2}个月)(?![\d度])/;
/** "轮值主席单位任期一年，首任…": the length of the seat's post, as its sentence says it before the seat. */
function postLength(quote: string, seat: RoleSeat): string {
  const post = postOf(seat);
  const at = seatAt(quote, seat);
  const said = new RegExp(`${post}(?:单位)?(?:的)?(?:每届)?任期(?:为)?([一两二三四五六]年)`).exec(quote.slice(0, at));
  return said ? `任期${said[1]}` : "";
}

/** Asks the order a rotating post goes in, and a sentence that states one ("按湖北、湖南、江西的顺序…轮流担任"). */
const ORDER_ASKED = /顺序|按啥|按什么|怎么轮|如何轮|轮流规则|轮换规则/;
const ORDER_SAID = /(?:按|按照)[^，,。；;]{2,30}?的?顺序|依次由|轮流担任/;

/** Every term of office a sentence gives, in order. */
const tenures = (quote: string) => [...quote.matchAll(new RegExp(TENURE.source, "g"))].map((m) => m[0]);
/** Asks what each holder of a seat does. */
const EACH_DOES = /各管|各自负责|分别负责|分别管|分别牵头|各负责|各牵头/;
const HOW = /怎么|如何|为什么|为何|为啥|职责|负责什么|干什么|分工|作用/;
/** A term a question or a seat names: 首届 = 首任 = 第一届, or a year. */
/** A seat of a later term by its number ("第二任轮值主席单位", "第三届理事长单位"). */
const NUMBERED_LATER = new RegExp(`^${NUMBERED_TERM.source}`);
const termOf = (text: string) =>
  /首届|首任|第一届|第一任|第1届/.test(text)
    ? "first"
    : /下一任|下一届|下届|下一年度?|下一个?轮值(?:年度|期)|明年/.test(text)
      ? "next"
      : (/((?:19|20)\d{2})年/.exec(text)?.[1] ?? undefined);

/**
 * "X联盟的副理事长单位有哪些", "首届轮值主席单位是谁", "2026年的轮值主席是哪家": the seat the question names, of
 * the term it names (a seat that states another term is not it), with the term of office when the sentence gives it.
 */
/** A seat's holder asked beside the council's term ("第二届理事会理事长单位是谁，任期几年"). */
// ("谁是理事长单位，任期几年": asked before the seat, too.)
const HOLDER_TOO =
  /(?:理事长|主席|秘书长)单位[^，,。？?]{0,4}(?:谁|哪)|(?:谁|哪家|哪个)(?:是|当|担任)(?:[^，,。？?]{0,4})(?:理事长|主席|秘书长)单位/;

/**
 * "下一届轮值主席是哪个" when the first term's holder has handed the seat on ("南昌高新区将轮值主席单位交接给武汉东湖
 * 高新区，东湖高新区正式成为联盟第二届轮值主席单位") and no article names the term to come: the term after the last
 * holder's (left open as an article says, or by the rotation's rule), not the one held now.
 */
export function termAfterLast(c: FactContext, p: Parsed, g: Group): Answer | null {
  if (termOf(p.text) !== "next" || /现在|目前|当前|如今|首届|首任/.test(p.text)) return null;
  const posts = POSTS.filter((post) => post.asked.test(afterPremise(p.text)));
  const ofPosts = g.seats.filter((s) => posts.some((post) => post.seat.test(s.role)));
  const last = ofPosts.filter((s) => termOf(s.role) !== "first").at(-1)?.evidence[0]?.quote ?? "";
  if (ofPosts.some(laterTerm(ofPosts)) || !HANDED_ON.test(last) || /将(?:于|由|在|从)|拟|届时/.test(last)) return null;
  return nthHolder(c, p, g, ofPosts, true);
}
/** A seat handed on, done: "交接给…", "正式成为…第二届…". */
const HANDED_ON = /交接给|移交给|交棒给|正式成为|正式接任|接过/;

/**
 * The one group a zone held the post the question names in, when the question names no group ("长沙当完轮值主席以后，
 * 接棒的是哪个"): none when it held it in two.
 */
export function groupOfHeldPost(c: FactContext, p: Parsed, readings: { zones: Zone[] }[]): Group | undefined {
  const zone = readings[0]?.zones.length === 1 ? readings[0].zones[0]?.id : undefined;
  const posts = POSTS.filter((post) => post.asked.test(p.text));
  if (!zone || posts.length !== 1) return undefined;
  const post = posts[0] as (typeof POSTS)[number];
  const held = [...c.k.networks.values(), ...c.k.alliances.values()].filter((g: Group) =>
    g.seats.some((s) => post.seat.test(s.role) && s.zones.includes(zone)),
  );
  return held.length === 1 ? held[0] : undefined;
}

export function seatAsked(c: FactContext, p: Parsed, g: Group): Answer | null {
  const council = councilTerm(c, p, g);
  if (!council) return seatHolder(c, p, g);
  // (Both asked: the holder, then the council's term.)
  const holder = HOLDER_TOO.test(p.text) ? seatHolder(c, p, g) : null;
  return holder?.kind === "fact"
    ? {
        ...holder,
        answer: `${holder.answer}\n${council.answer}`,
        citations: [...holder.citations, ...council.citations],
      }
    : council;
}

/** The post asked as a person's, without 单位 ("理事长换人了吗"), and a sentence of the group's articles that says who
 *  took it over from whom ("顾国栋因工作调整不再担任网络理事会理事长，由…陈立群接任"). */
function personReplaced(c: FactContext, g: Group, text: string) {
  const post = /(?:常务副|副)?(?:理事长|秘书长|主席)(?!单位)/.exec(text)?.[0];
  if (!post) return undefined;
  const replaced = new RegExp(`不再担任[^。；;]{0,16}?${post}[^。；;单]{0,4}?[，,]由[^。；;]{2,40}?接任`);
  return sentenceCited(c.k, (s) => replaced.test(s), namesGroup(c.k, g.id));
}

/** A later term of a council asked ("第二届", "下一届", "新一届", "2027年"). */
const TERM_ASKED = /第[二三四五六七八九十]+[届任]|[上下]一?[届任]|新一[届任]|换届|本届|(?:19|20)\d{2}/;

/**
 * The chair (理事长单位) asked beside another seat: an alliance's own, else the zone the seat's sentence elects to it
 * ("会议选举无锡高新区为第一届理事会理事长单位，A、B、C为副理事长单位").
 */
function chairBeside(c: FactContext, g: Group, seats: RoleSeat[]): RoleSeat | undefined {
  if ("chair" in g && g.chair) return { role: "理事长单位", zones: [g.chair.zone], evidence: g.chair.evidence };
  const elected = /^(?:为|担任|当选为?)[^，,。；;]{0,12}?(?<!副)理事长单位/;
  for (const evidence of seats.flatMap((seat) => seat.evidence)) {
    const zone = [...c.k.zones.values()].find((z) =>
      [z.name, ...z.aliases].some((name) => {
        const at = evidence.quote.indexOf(name);
        return at >= 0 && elected.test(evidence.quote.slice(at + name.length));
      }),
    );
    if (zone) return { role: "理事长单位", zones: [zone.id], evidence: [evidence] };
  }
  return undefined;
}

function seatHolder(c: FactContext, p: Parsed, g: Group): Answer | null {
  // Who holds it (谁, 哪家, 分别是, 有变化吗, 任期多久), not what it does or why ("怎么分工", "负责什么"), nor the
  // secretariat asked beside it ("秘书处会不会跟着轮值主席换").
  // ("副牵头单位和秘书处分别是": the secretariat asked as a second seat is said after the seat.)
  const alsoSecretariat = SEAT_AND_SECRETARIAT.test(p.text) && g.secretariat !== undefined;
  // ("主席单位和秘书处？": the two named, asked by naming them.)
  // ("杭州高新区当轮值主席当到什么时候": until when a holder holds it is asked of the seat too.)
  const until = UNTIL_ASKED.test(p.text);
  // ("商业航天网络的理事长单位一届干几年": a network's seat and its term; an alliance's chair is lead.ts's and the
  // router's, with its rule.)
  const termOfNetworkSeat = "field" in g && /(?<![下第上])一届(?:干|做|当)?(?:几年|多久|多长)/.test(p.text);
  if (
    !(HOLDER.test(p.text) || alsoSecretariat || until || termOfNetworkSeat) ||
    HOW.test(p.text) ||
    (/秘书处/.test(p.text) && !alsoSecretariat)
  )
    return null;
  // "换了轮值主席以后牵头单位变了吗": a seat in the clause of what happened before is not the one asked.
  // ("长沙当完轮值主席以后，接棒的是哪个": who takes over the post the clause before names.)
  const asking = afterPremise(p.text);
  const inAsking = POSTS.filter((post) => post.asked.test(asking));
  const posts =
    inAsking.length === 0 && /接棒|接任|接班|接手|轮到/.test(asking)
      ? POSTS.filter((post) => post.asked.test(p.text))
      : inAsking;
  // "2025年和2026年轮值主席分别是谁": each year asked, in turn; a year no article gives is said so after them.
  const years = [...new Set([...p.text.matchAll(/((?:19|20)\d{2})年/g)].map((m) => m[1] as string))];
  // ("首任轮值主席是谁，2026年起谁接": the first term and that year's, each.)
  const FIRST = /首届|首任|第一届|第一任/;
  const asks =
    years.length > 1
      ? years.map((y) => `${p.text.replace(/(?:19|20)\d{2}年/g, "")}${y}年`)
      : years.length === 1 && FIRST.test(p.text)
        ? [p.text.replace(/(?:19|20)\d{2}年/g, ""), p.text.replace(new RegExp(FIRST.source, "g"), "")]
        : [p.text];
  const holdersOf = (list: typeof posts) =>
    asks.map((text) => [...new Set(list.flatMap((post) => holders(text, g, post.seat)))]);
  // ("光电子网络2026年轮值主席是谁" of a group whose rotating head is its 轮值理事长: the rotating post it has.)
  const asked = holdersOf(posts);
  const sibling = asked.every((x) => x.length === 0) ? holdersOf(ROTATING.filter((r) => r.asked.test(p.text))) : [];
  const perYear = sibling.some((x) => x.length > 0) ? sibling : asked;
  // (A post said bare, "轮值理事长单位", held by the zones its term's seat names, "2026年度轮值理事长单位", is said once.)
  const all = [...new Set(perYear.flat())];
  // ("理事长和副理事长单位都是谁": the chair, which the group keeps as its own, beside the other post asked, when no seat
  // of its name is recorded.)
  // (Not of a term asked, "第二届理事会的理事长和副理事长": the chair the group keeps is the first term's.)
  const chairToo =
    posts.length > 1 &&
    /(?<!副)理事长(?!会)/.test(asking) &&
    !TERM_ASKED.test(asking) &&
    !all.some((s) => /(?<!副)理事长/.test(s.role))
      ? chairBeside(c, g, all)
      : undefined;
  if (chairToo) all.unshift(chairToo);
  const sameZones = (a: RoleSeat, b: RoleSeat) => a.zones.join() === b.zones.join();
  const held = all.filter((s) => !all.some((t) => t !== s && t.role.endsWith(s.role) && sameZones(s, t)));
  // (The first term's holder is said first.)
  // (…and the years in their order: "2026年…；2027年…".)
  const order = (seat: RoleSeat) => {
    const term = termOf(seat.role);
    return term === "first" ? 0 : term && term !== "next" ? Number(term) : 9999;
  };
  held.sort((a, b) => order(a) - order(b));
  const missing = years.length > 1 ? years.filter((_, i) => perYear[i]?.length === 0) : [];
  if (held.length === 0)
    return yearLeftOpen(c, p, g) ?? unknownYear(c, p, g, posts) ?? postNotSet(c, p, g) ?? postUnrecorded(c, asking, g);
  const nth = nthHolder(c, p, g, held) ?? previousHolder(c, p, g, held);
  if (nth) return nth;
  const asksTenure = ASKS_TENURE.test(p.text) || until;
  const first = held.some((seat) => termOf(seat.role) === "first");
  // "确定了几家常务理事单位": how many, then which.
  const counted = /几家|多少家|几个|多少个/.test(p.text);
  const ruled: Evidence[] = [];
  const lines = held.map((seat) => {
    const zones = `${counted ? `${seat.zones.length}家：` : ""}${seat.zones.map((z) => c.zoneName(z)).join("、")}`;
    // (A seat whose name gives its term, "…（任期2026年至2027年）", says it once.)
    // ("任期到什么时候": the term that says until when, "任期自2025年9月至2026年9月", before "任期一年".)
    // (The term said after the seat, not another post's before it: "A担任首届理事长单位，任期两年；…首任轮值主席单位
    // 为B，任期一年".)
    const quoted = seat.evidence[0]?.quote ?? "";
    const own =
      asksTenure && !seat.role.includes("任期") ? tenures(quoted.slice(Math.max(0, seatAt(quoted, seat)))) : [];
    // (…else the holder's own term in a sentence of its article, "B的任期为2026年7月至2028年7月", when until when is
    // asked; else the rule its article states for the post: "联盟实行轮值理事长制度，每届任期一年".)
    const ownUntil = own.some((t) => /至|到/.test(t));
    const rule =
      asksTenure && (own.length === 0 || (until && !ownUntil))
        ? ((until && !ownUntil ? holderTerm(c, seat) : undefined) ??
          (own.length === 0 ? tenureRule(c, seat) : undefined))
        : undefined;
    if (rule) ruled.push(rule);
    const terms = rule ? tenures(rule.quote) : own;
    const span =
      (UNTIL_ASKED.test(p.text) ? terms.find((t) => /至|到/.test(t)) : undefined) ??
      terms[0] ??
      (rule ? MONTHS.exec(rule.quote)?.[0] : undefined);
    // ("任期多长" of "轮值主席单位任期一年，首任轮值主席单位由A担任，任期自…至…": the post's length, said before the
    // seat, with the holder's months.)
    const length = span && LENGTH_ASKED.test(p.text) && !until && !LENGTH.test(span) ? postLength(quoted, seat) : "";
    const tenure = length && span ? `${length}，${span.replace(/^任期/, "")}` : span;
    // "各管什么": what the sentence gives each holder after the seat ("，分别牵头A和B两个工作组").
    const quote = seat.evidence[0]?.quote ?? "";
    const duty = EACH_DOES.test(p.text)
      ? /^[，,]((?:分别|各自)?(?:牵头|负责|承担|主抓|分管)[^。；;]{2,40})/.exec(
          quote.slice(quote.indexOf(seat.role) + seat.role.length),
        )?.[1]
      : undefined;
    // Zones added to the seat are not all who hold it ("增选A、B…由7家增至9家").
    // (…unless the seat's earlier list and those added make the count it gives.)
    const listed = held.filter((t) => t.role === seat.role && t !== seat).flatMap((t) => t.zones);
    const whole = seat.count !== undefined && new Set([...listed, ...seat.zones]).size === seat.count;
    const more = seat.added
      ? `（此次增选${seat.count ? `，${seat.role}增至${seat.count}家` : ""}${whole ? "" : `；文章没有列出全部${seat.role}`}）`
      : "";
    // "是谁交给谁的", "从谁换成谁": the zone that handed the seat over, when the article says.
    const handed = seat.from && HANDOVER_ASKED.test(p.text) ? `（从${c.zoneName(seat.from)}手中接任）` : "";
    // (The day may be said in another sentence of the same holder's seat: "…自2027年1月1日起担任轮值主席单位".)
    // (…or in another sentence of the same seat where the holder is the one that takes it: "确定合肥为2027年度轮值主席
    // 单位。…合肥高新区自2027年1月1日起担任…", not "…天津滨海高新区将于2027年5月接任下一任…" of 广州's seat.)
    const sameHolder = all
      .filter((t) => sameZones(t, seat))
      .flatMap((t) => t.evidence.filter((e, i) => i === 0 || holderTakes(c, e.quote, t.zones)).map((e) => e.quote));
    // (The first term's holder takes nothing over, though its sentence tells the next one's day.)
    const takes = termOf(seat.role) === "first" ? "" : takesOverWhen(p.text, sameHolder.join("。"));
    // ("交接是哪天": no day in the seat's sentence; the meeting its article reports, where it was handed over.)
    // (…or a day asked where the seat's sentence gives only a month: "交接是哪一天" of "自2026年7月起担任".)
    const dayMissing = !takes || (DAY_ASKED.test(p.text) && !/日/.test(takes));
    // (With no holder before it recorded, only when the seat's article tells the handover to its holder: "南昌高新区
    // 将联盟旗帜交予长沙高新区"; not a rule of where it is handed over, nor a meeting that only set up the seat.)
    const toHolder = (x: string) =>
      seat.zones.some((z) =>
        new RegExp(
          `(?:交予|交给|交接给|移交给?|移交至|交棒给?)${c.zoneName(z)}|${c.zoneName(z)}(?:正式)?(?:接过|接棒|从[^，,。；;]{2,16}?手中接)`,
        ).test(x),
      );
    const handedOver =
      seat.from !== undefined ||
      (DAY_ASKED.test(p.text) && termOf(seat.role) !== "first" && seatArticleSentence(c, seat, toHolder) !== undefined);
    const met = dayMissing && handedOver && WHEN_ASKED.test(p.text) ? meetingOf(c, g, seat) : undefined;
    if (met) ruled.push(...met.evidence.slice(0, 1));
    const at = met ? `（${formatDate(met.date)}在${met.title.replace(/在[^在]+?(?:举行|召开|举办)$/, "")}上接任）` : "";
    const said = `${more}${handed}${takes}${at}${tenure ? `（${tenure}）` : duty ? `，${duty}` : ""}`;
    // (A list a later report elected anew, said with its change: when it was so.)
    const replaced = held.some((t) => t !== seat && superseded([seat, t], seat));
    const replaces = held.some((t) => t !== seat && superseded([seat, t], t));
    const when = replaced ? `（${formatDate(seat.asOf ?? "")}时）` : replaces ? "（现在）" : "";
    // A post without a term after the first term's holder: who took it over.
    // (A deputy's post, "常务副理事长单位", is a post of its own, not a later term; nor is a numbered term.)
    return first && termOf(seat.role) === undefined && !/副|^第[二三四五六七八九十\d]+[任届]/.test(seat.role)
      ? `此后由${zones}${seat.role.startsWith("此后依次") ? "依次" : ""}接任${seat.role.replace(/^此后依次担任的/, "")}${said}`
      : `${seat.role}${when}${seat.added ? "新增" : "是"}${zones}${said}`;
  });
  // "理事长单位和副理事长单位分别是": the chair first, when asked too.
  const chair = !("field" in g) && g.chair && POSTS[1]?.asked.test(p.text) ? g.chair : undefined;
  if (chair) lines.unshift(`理事长单位是${c.zoneName(chair.zone)}`);
  // "牵头单位和副牵头单位分别是谁": the lead first, when asked too.
  const lead = "field" in g && g.lead && /(?<!副)牵头单位/.test(p.text) && /副牵头/.test(p.text) ? g.lead : undefined;
  if (lead) lines.unshift(`牵头单位是${c.zoneName(lead.zone)}`);
  // "一届干多久" when no holder's sentence says a length: the rule the post's article states in a sentence of its own
  // ("网络实行轮值主席制，每届任期一年"; "…任期至2027年年会" says until when, not how long).
  if (LENGTH_ASKED.test(p.text) && !until && !lines.some((line) => LENGTH.test(line))) {
    const seats = chair ? [{ role: "理事长单位", zones: [chair.zone], evidence: chair.evidence }, ...held] : held;
    // (The first seat whose article states one; the others' articles are not read, unless none of the seats' does:
    // then any article of the group that states the post's length, "…轮值主席单位由…轮流担任，每届任期半年".)
    const ofGroup = (seat: Pick<RoleSeat, "role" | "evidence">): Evidence | undefined => {
      // ("理事长单位实行轮值制，每届任期一年": the post said without 轮值, in a sentence that says it rotates.)
      const plain = new RegExp(`${NOT_DEPUTY}${postOf(seat).replace(/^轮值/, "")}`);
      const named = (x: string) => x.includes(postOf(seat)) || (/轮值/.test(x) && plain.test(x));
      const states = (x: string) => named(x) && tenures(x).some((t) => LENGTH.test(t));
      const cited = sentenceCited(c.k, states, namesGroup(c.k, g.id));
      return cited && { article: cited.articleId, quote: cited.quote };
    };
    const own = seats.map((seat) => ({ seat, rule: tenureRule(c, seat) }));
    const rules = own.some((x) => x.rule) ? own : seats.map((seat) => ({ seat, rule: ofGroup(seat) }));
    for (const { seat, rule } of rules) {
      const term = rule ? tenures(rule.quote).find((t) => LENGTH.test(t)) : undefined;
      if (!rule || !term) continue;
      // ("轮值主席单位由三省成员高新区轮流担任，任期一年": who takes turns at it, said with it.)
      const turns = /由[^，,。；;]{2,16}?轮流担任/.exec(rule.quote)?.[0];
      lines.push(`${postOf(seat)}${turns ? `${turns}，` : ""}每届${term.replace(/^每届/, "")}`);
      ruled.push(rule);
      break;
    }
  }
  // "按啥顺序轮的": the order its article states for the post ("轮值主席单位按湖北、湖南、江西的顺序…轮流担任").
  if (ORDER_ASKED.test(p.text)) {
    const rule = held
      .map((seat) => seatArticleSentence(c, seat, (x) => x.includes(postOf(seat)) && ORDER_SAID.test(x)))
      .find(Boolean);
    const clause = rule?.quote.split(/[；;]/).find((x) => ORDER_SAID.test(x));
    if (rule && clause) {
      lines.push(`轮值顺序：${clause.replace(/^[^，,]*?(?:章程|规定|办法)[，,]/, "")}`);
      ruled.push(rule);
    }
  }
  const office = alsoSecretariat ? g.secretariat : undefined;
  if (office) lines.push(secretariatSaid(c, office));
  if (missing.length > 0) lines.push(`文章没有写${missing.map((y) => `${y}年`).join("、")}的这一职务由谁担任`);
  // ("副理事长单位任期是几年": only the term asked, and no article gives one: not stated, with who holds it.)
  const termOnly = ASKS_TENURE.test(p.text) && !/谁|哪|是什么单位|分别|有几/.test(p.text);
  if (termOnly && !lines.some((line) => /任期|每届|[一两二三四五]年|至|到/.test(line)))
    return none(`文章没有写${g.name}${postOf(held[0] as RoleSeat)}的任期。${g.name}的${lines.join("；")}。`, {
      citations: citationsFor(
        c.k,
        held.flatMap((seat) => seat.evidence.slice(0, 1)),
      ),
    });
  // ("理事长换人了吗": the person of the post asked, not the seat; a sentence that says one took over from another.)
  const personChange = HOLDER_CHANGE_ASKED.test(p.text) ? personReplaced(c, g, p.text) : undefined;
  if (personChange)
    return fact(c.k, `换了：${personChange.quote}`, [{ article: personChange.articleId, quote: personChange.quote }], {
      title: g.name,
    });
  // ("扩容以后理事长单位换人了没": not changed, when the one holder's report says it kept the seat.)
  const only = held.length === 1 ? held[0] : undefined;
  // (The report may be a later article's, of the same holder: "…，青岛高新区继续担任理事长单位".)
  // (Only when no other holder of the post is recorded: "A继续担任" after B held it is no answer that it never changed.)
  const others = only ? g.seats.filter((s) => postOf(s) === postOf(only) && s.zones.join() !== only.zones.join()) : [];
  const keptBy = (x: string) =>
    only !== undefined && others.length === 0 && keeps(x, only) && only.zones.every((z) => x.includes(c.zoneName(z)));
  const keptCited = () => {
    const cited = sentenceCited(c.k, keptBy, namesGroup(c.k, g.id));
    return cited && { article: cited.articleId, quote: cited.quote };
  };
  const keptSeat =
    only && HOLDER_CHANGE_ASKED.test(p.text) ? (only.evidence.find((e) => keptBy(e.quote)) ?? keptCited()) : undefined;
  // ("副理事长单位这次有啥变化": the change as its report says it, "副理事长单位由首届的A、B调整为A、C和D".)
  const change = CHANGE_ASKED.test(p.text) || HOLDER_CHANGE_ASKED.test(p.text) ? changeSaid(held) : undefined;
  return fact(
    c.k,
    `${keptSeat ? "没有换，" : change ? `有变化：${change.said}。` : ""}${g.name}的${lines.join("；")}。`,
    [
      ...(keptSeat ? [keptSeat] : change ? [change.evidence] : []),
      ...(chair?.evidence.slice(0, 1) ?? []),
      ...(lead?.evidence.slice(0, 1) ?? []),
      ...held.flatMap((seat) => seat.evidence.slice(0, 1)),
      ...ruled,
      ...(office?.evidence.slice(0, 1) ?? []),
    ],
    { title: g.name },
  );
}
