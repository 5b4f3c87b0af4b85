/** The fact graph as the executor reads it: groups (networks, alliances), their members, leads, dates, evidence. */

import { entityNames } from "../../knowledge/entity-names.ts";
import { lexicon } from "../../knowledge/lexicon.ts";
import type { Article, Knowledge } from "../../knowledge/load.ts";
import { perSnapshot } from "../../knowledge/per-snapshot.ts";
import {
  type Alliance,
  type Evidence,
  type Figure,
  type Members,
  type Network,
  SEAT_PLACE,
  type Zone,
} from "../../knowledge/schema.ts";
import type { Citation } from "../types.ts";

export { formatDate } from "../facts.ts";

export type Group = Network | Alliance;

export const isNetwork = (g: Group): g is Network => "field" in g;

export function group(k: Knowledge, id: string): Group | undefined {
  return k.networks.get(id) ?? k.alliances.get(id);
}

export function groups(k: Knowledge): Group[] {
  return [...k.networks.values(), ...k.alliances.values()];
}

export function members(g: Group): string[] {
  return g.members?.zones ?? [];
}

/** The member count the articles give: the stated count, else the length of a complete list. */
export function memberCount(g: Group): number | undefined {
  return g.members ? listCount(g.members) : undefined;
}

/** The count of national zones in an alliance's region, as a figure states it ("长三角36家国家高新区"). */
export function regionCount(k: Knowledge, g: Group): Figure | undefined {
  const region = isNetwork(g) ? undefined : g.region;
  return region
    ? k.figures.find(
        (f) => f.scope === region && f.unit === "家" && /^\d+$/.test(f.value) && /国家高新区数量$/.test(f.label),
      )
    : undefined;
}

/** How many members a list counts: the count it states, else its zones when it names them all. */
export function listCount(m: Members): number | undefined {
  return m.statedCount ?? (m.partial ? undefined : m.zones.length);
}

export function membershipsOf(k: Knowledge, zone: string): Group[] {
  const m = k.memberships.get(zone);
  return m ? [...m.networks, ...m.alliances] : [];
}

export function leadOf(g: Group): string | undefined {
  return isNetwork(g) ? g.lead?.zone : undefined;
}

export function ledBy(k: Knowledge, zone: string): Network[] {
  return [...k.networks.values()].filter((n) => n.lead?.zone === zone);
}

export function venueOf(g: Group): string | undefined {
  return isNetwork(g) ? g.launch?.venue : g.founded?.venue;
}

/** Where its founding's sentence says it was held: "…启动大会在江苏泰州中国医药城会展交易中心举行". */
const HELD_AT = /在([\u4e00-\u9fff（）()]{2,30}?)(?:隆重|正式)?(?:举行|召开|举办|启动|成立)/;

/**
 * Whether a zone is where a group was founded, read from its founding's sentence when no venue was resolved to a
 * zone: no, when the sentence holds the place in another city than the zone's and names no name of the zone;
 * undefined when it cannot tell.
 */
export function heldInZone(k: Knowledge, g: Group, zoneId: string): boolean | undefined {
  const zone = k.zones.get(zoneId);
  if (!zone?.city) return undefined;
  const own = zone.city.replace(/市$/, "");
  // (A name that is only the city, "长沙", tells no place in the zone: "长沙梅溪湖国际文化艺术中心".)
  const names = [zone.name, ...zone.aliases]
    .map((n) => n.replace(/(?:国家)?高新区$/, ""))
    .filter((n) => n.length >= 2 && n !== own);
  const cities = new Set([...k.zones.values()].flatMap((z) => (z.city ? [z.city.replace(/市$/, "")] : [])));
  const place = foundingPlace(g);
  if (!place) return undefined;
  if (names.some((n) => place.includes(n))) return true;
  if (!place.includes(own) && [...cities].some((c) => c.length >= 2 && place.includes(c))) return false;
  return undefined;
}

/** The place its founding's sentence says it was held in, as written ("江苏泰州中国医药城会展交易中心"). */
export function foundingPlace(g: Group): string | undefined {
  return evidenceOf(g, "venue")
    .map((e) => HELD_AT.exec(e.quote)?.[1])
    .find((x) => x !== undefined);
}

/** Where a group's secretariat is set, as its note says it ("设在无锡物联网创新促进中心"), when it names a place. */
export function secretariatPlace(g: Group): string | undefined {
  const place = g.secretariat?.note?.split("；")[0];
  // ("调整至无锡物联网创新促进中心": where it was moved to is where it is set.)
  return place && SEAT_PLACE.test(place) ? place.replace(SEAT_PLACE, "") : undefined;
}

export function dateOf(g: Group): string | undefined {
  return isNetwork(g) ? g.launch?.date : g.founded?.date;
}

/** Evidence for one attribute of a group (the first quote that states it). */
export function evidenceOf(g: Group, what: "members" | "lead" | "date" | "venue" | "secretariat"): Evidence[] {
  const pick = (ev: Evidence[] | undefined) => (ev ? ev.slice(0, 1) : []);
  switch (what) {
    case "members":
      return pick(g.members?.evidence);
    case "lead":
      return pick(isNetwork(g) ? g.lead?.evidence : g.chair?.evidence);
    case "date":
    case "venue":
      return pick(isNetwork(g) ? g.launch?.evidence : g.founded?.evidence);
    case "secretariat":
      return pick(g.secretariat?.evidence);
  }
}

export function zoneName(k: Knowledge, id: string): string {
  return k.zones.get(id)?.name ?? id;
}

/** The names a zone is written by, of two characters or more ("常州高新区", "常州"). */
export function zoneNamesOf(k: Knowledge, id: string): string[] {
  const z = k.zones.get(id);
  return z ? [z.name, ...z.aliases].filter((n) => n.length >= 2) : [];
}

export function shortName(g: Group): string {
  if (isNetwork(g)) return `${g.field}网络`;
  return g.aliases.find((a) => /联盟$/.test(a) && a.length <= 8) ?? g.name;
}

export function provinceOf(k: Knowledge, zone: string): string | undefined {
  const z: Zone | undefined = k.zones.get(zone);
  return z?.province;
}

export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/**
 * "（5个试点网络全部参加，另有新型显示网络）", "（5个试点网络中参加了4个，另有新型显示网络）": said when a zone's
 * networks include a network besides the pilots, since "几个网络" is often asked of the five pilots, and a count
 * that includes another network reads as a mistake.
 */
export function allPilotsNote(k: Knowledge, networkIds: readonly string[]): string {
  const pilots = [...k.networks.values()].filter((n) => n.pilot);
  if (pilots.length < 2) return "";
  const joined = pilots.filter((n) => networkIds.includes(n.id)).length;
  const others = networkIds.filter((id) => !pilots.some((n) => n.id === id)).map((id) => k.networks.get(id));
  const rest = others.flatMap((n) => (n ? [shortName(n)] : []));
  if (joined === pilots.length)
    return `（${pilots.length}个试点网络全部参加${rest.length ? `，另有${rest.join("、")}` : ""}）`;
  // Some pilots and another network: how many of the pilots, since "几个网络" is often meant of them.
  return rest.length && joined > 0 ? `（${pilots.length}个试点网络中参加了${joined}个，另有${rest.join("、")}）` : "";
}

/** Sentences of an article's body (a line or a 。/！/？-ended run), verbatim. */
export function articleSentences(body: string): string[] {
  return body.split(/(?<=[。！？!?])|\n+/).filter((s) => s.trim().length > 0);
}

/** The sentence of its article a citation's clause stands in (the clause itself when not found). */
export function citedSentence(k: Knowledge, c: Pick<Citation, "articleId" | "quote">): string {
  const body = k.articles.get(c.articleId)?.body;
  return (body && articleSentences(body).find((s) => s.includes(c.quote))) || c.quote;
}

/** The articles `of` accepts, newest first. */
function newestFirst(k: Knowledge, of: (a: Article) => boolean): Article[] {
  return [...k.articles.values()].filter(of).sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
}

/**
 * The first sentence, newest article first, that `wanted` accepts, as a citation (trimmed, so still the article's);
 * only of the articles `of` accepts, when given.
 */
export function sentenceCited(
  k: Knowledge,
  wanted: (sentence: string) => boolean,
  of: (a: Article) => boolean = () => true,
): Citation | undefined {
  for (const a of newestFirst(k, of)) {
    const quote = articleSentences(a.body).find(wanted);
    if (quote) return { articleId: a.id, title: a.title, date: a.date ?? null, quote: quote.trim() };
  }
  return undefined;
}

/**
 * As sentenceCited, for a thing a sentence may name by a pointer to the sentence before ("备受关注的网络协同基金也已
 * 落地。…该基金由A、B等成员单位联合发起"): each sentence is also read with "该基金", "此基金", "这一基金" as the thing when
 * the sentence before names it. The citation quotes the sentence as written; `read` is how it was read.
 */
export function sentenceCitedOf(
  k: Knowledge,
  thing: string,
  wanted: (sentence: string) => boolean,
  of: (a: Article) => boolean = () => true,
): { cited: Citation; read: string } | undefined {
  const kind = thing.slice(-2);
  const pointer = new RegExp(`(?:该|此|这一|这个)${kind}`);
  // (The thing is the last of its kind the sentence before names: "…协同发展基金也已落地，此外A还设立了天使基金。该基金…"
  // points to the 天使基金.)
  const pointsTo = (before: string | undefined) =>
    before !== undefined &&
    before.includes(thing) &&
    before.lastIndexOf(kind) === before.lastIndexOf(thing) + thing.length - kind.length;
  for (const a of newestFirst(k, of)) {
    const sentences = articleSentences(a.body);
    for (const [i, sentence] of sentences.entries()) {
      const read = pointer.test(sentence) && pointsTo(sentences[i - 1]) ? sentence.replace(pointer, thing) : sentence;
      if (wanted(read))
        return {
          cited: { articleId: a.id, title: a.title, date: a.date ?? null, quote: sentence.trim() },
          read: read.trim(),
        };
    }
  }
  return undefined;
}

/**
 * A title about what one of `names` names: the name opens it, after a year ("2025年长江中游联盟工作回顾"), and it is no
 * column's title ("长三角联盟观察｜…：…" is about what follows the mark).
 */
export function titleAbout(title: string, names: readonly string[]): boolean {
  const opening = title.replace(/^(?:19|20)\d{2}年度?/, "");
  return !/[｜|：:]/.test(title) && names.some((n) => n.length >= 2 && opening.startsWith(n));
}

/** An article that names the group (by a name of four characters or more) in its title or body. */
export function namesGroup(k: Knowledge, id: string, inTitle = false): (a: Article) => boolean {
  const names = entityNames(k, id).filter((n) => n.length >= 4);
  return (a) => names.some((n) => a.title.includes(n) || (!inTitle && a.body.includes(n)));
}

/**
 * How a member left, as written, and what it still is after, when the article says so in a sentence of its own
 * ("紫竹今后将以观察员身份继续参加网络的交流活动").
 */
export type Left = { clause: string; evidence: Evidence; status?: { text: string; evidence: Evidence } };

/** A text names a status a member that left may keep (knowledge/lexicon/names.yaml statusAfterLeaving). */
export function statusWord(text: string): boolean {
  return lexicon.statusAfterLeaving.some((w) => text.includes(w));
}

/** The leaving and the status after it, as one text to quote. */
export function leftText(left: Left): string {
  const clause = left.clause.replace(/[。；;]$/, "");
  return left.status ? `${clause}。${left.status.text.replace(/[。；;]$/, "")}` : clause;
}

/** The sentences that say how a member left (and what it is after). */
export function leftEvidence(left: Left | undefined): Evidence[] {
  return left ? [left.evidence, ...(left.status ? [left.status.evidence] : [])] : [];
}
/** How each member left, once per knowledge snapshot (the check and the answer of one question both ask). */
const leftBy = perSnapshot<Left | undefined>();

/**
 * How the article says a member left, from its name to the end of the clause group ("鹰潭高新区因…调整，申请退出
 * 网络正式成员，转为观察员单位"): the reason and what it became, as written, with the sentence that says it. Looked
 * for in the group's events, then in the sentences of the articles that moved its list ("对于A的退出，会议通报称，
 * A根据…调整，…不再作为网络成员单位"): the clause that gives a reason comes first.
 */
export function leaving(k: Knowledge, g: Group, zone: string): Left | undefined {
  return leftBy(k, `${g.id}|${zone}`, () => {
    const left = findLeaving(k, g, zone);
    return left && { ...left, ...statusAfter(k, left, zone) };
  });
}

function findLeaving(k: Knowledge, g: Group, zone: string): Left | undefined {
  // Each mention of the zone whose clause group says it left (from the last mention back).
  const said = (quote: string, article: string) => {
    const out: Left[] = [];
    for (let at = quote.lastIndexOf(zone); at >= 0; at = at > 0 ? quote.lastIndexOf(zone, at - 1) : -1) {
      // ("因园区主导产业调整，今后将集中资源发展…，A主动申请退出网络": a reason may open the clause group before it.)
      // ("与此同时，因产业布局调整，A申请转为…": after a connective that opens the sentence.)
      const reason =
        /(?:^|[。；;：:])(?:(?:与此同时|同时|此外|另外|另|会上)[，,])?((?:因|由于|鉴于)[^。；;：:]*)$/.exec(
          quote.slice(0, at),
        )?.[1] ?? "";
      const clause = reason + (/^[^。；;]*/.exec(quote.slice(at))?.[0] ?? "");
      if (LEFT.test(clause) || statusWord(clause)) out.push({ clause, evidence: { article, quote } });
    }
    return out;
  };
  const found: Left[] = [];
  for (const e of k.events) {
    if (!e.scopes.includes(g.id)) continue;
    for (const ev of e.evidence) found.push(...said(ev.quote, ev.article));
  }
  const pages = new Set(
    [...(g.members?.evidence ?? []), ...g.memberHistory.flatMap((h) => h.evidence)].map((e) => e.article),
  );
  for (const id of pages) {
    for (const sentence of articleSentences(k.articles.get(id)?.body ?? "")) {
      if (!sentence.includes(zone)) continue;
      const text = sentence.trim();
      found.push(...said(text, id));
      // A sentence given to its change of status ("对于A身份的变化，…解释说，…") explains it without the word.
      if (EXPLAINS.test(text) && text.indexOf(zone) < 16 && !found.some((f) => f.evidence.quote === text))
        found.push({ clause: text, evidence: { article: id, quote: text } });
    }
  }
  // A sentence given to the leaving ("对于A的调整，负责人介绍，近年来A将主导产业聚焦…，A不再作为…") explains it
  // more than the clause that reports it ("A因主导产业布局调整，申请不再作为…"): it comes first, whole.
  // (Not one that only thanks it: "对于A的退出，顾国栋表示，会议对A…所作的贡献表示感谢".)
  const explained = found.find(
    (f) =>
      EXPLAINS.test(f.evidence.quote) &&
      f.evidence.quote.indexOf(zone) < 16 &&
      !(/感谢|致谢/.test(f.evidence.quote) && !REASON.test(f.evidence.quote) && !FOCUS.test(f.evidence.quote)),
  );
  // (A reason: 因, 由于 …, or a clause of purpose, "，为集中资源聚焦…，该区提出退出申请".)
  const reason = found.find((f) => f !== explained && /因|根据|由于|鉴于|为了|[，,]为[\u4e00-\u9fff]/.test(f.clause));
  // (A sentence that tells what the member stays as ("今后仍将以联络单位身份参与") follows the reason reported
  // with the leaving, as its status after it.)
  if (explained && !(reason && statusWord(explained.evidence.quote)))
    return { clause: explained.evidence.quote, evidence: explained.evidence };
  return reason ?? found[0];
}

/**
 * Why a member left, asked: another sentence of the leaving's article that names the zone, says it left and gives
 * its reason at more length ("A相关负责人介绍，根据新一轮产业规划，A将资源集中投向…，申请不再参与…网络") than the
 * clause that reports it.
 */
export function leavingReason(k: Knowledge, left: Left, zone: string): Evidence | undefined {
  const article = left.evidence.article;
  const body = k.articles.get(article)?.body ?? "";
  const sentences = articleSentences(body).map((x) => x.trim());
  for (const [i, text] of sentences.entries()) {
    if (!text.includes(zone) || left.evidence.quote.includes(text) || text.includes(left.clause)) continue;
    // ("A因主导产业方向调整，不再作为网络成员单位": 因 with its cause gives one too.)
    if (!(LEFT.test(text) || NO_LONGER_TAKING_PART.test(text)) || !(REASON.test(text) || CAUSE.test(text))) continue;
    // "A的退出则源于其产业布局的变化。据了解，A今年已成为Y的成员，今后将…集中投向…": the next sentence says how.
    const next = sentences[i + 1] ?? "";
    // (Both quoted as one span only where the article writes them together.)
    const both = `${text}${next}`;
    const quote =
      /源于|原因/.test(text) && next.includes(zone) && FOCUS.test(next) && body.includes(both) ? both : text;
    // (Any length, when the clause reported gives no reason itself: "对于A的调整，…A虽不再作为成员单位，但…".)
    const reasoned = REASON.test(left.clause) || CAUSE.test(left.clause);
    // (…or a cause said with 因 where the clause says only what the zone turns to: "对于退出网络，A有关负责人表示，A将把资源
    // …聚焦到…上" beside "A因产业布局调整，主动申请不再作为网络成员单位".)
    if (quote.length > left.clause.length || !reasoned || (CAUSE.test(quote) && !CAUSE.test(left.clause)))
      return { article, quote };
  }
  return undefined;
}

/** Words that say a member left ("退出", "退网", "不再列为…成员"), and that it no longer takes part. */
const LEFT = /退出|退网|退盟|不再(?:是|作为|担任|列为|列入|属于|保留)/;
const NO_LONGER_TAKING_PART = /不再(?:参与|参加)/;

/** Words that give a reason. */
const REASON = /根据|聚焦|集中|转向|规划|为了|由于|鉴于|源于|因为|原因/;
/** 因 with its cause ("因主导产业方向调整"), not 因此 or 因而. */
// (Not 因地制宜 nor 因应: "因地制宜推进产业调整" gives no reason to leave.)
const CAUSE = /因(?!此|而|素|地制宜|应|为)[\u4e00-\u9fff]{2,16}?(?:调整|变化|变动|需要|考虑|原因)/;
/** Words that say where a zone turns its effort. */
const FOCUS = /集中|聚焦|转向|投向|重点发展|主攻/;

const EXPLAINS = /^(?:对于|关于|谈及|谈到|说起|提及|就)[^，,。]{0,16}?(?:退出|调整|离开|变动|变化|变更|转变)/;

/**
 * A sentence of the leaving's article that says what the zone (by any of its names) is after it left, when the
 * leaving's own clause does not say it.
 */
function statusAfter(k: Knowledge, left: Left, zone: string): Pick<Left, "status"> {
  if (statusWord(left.clause)) return {};
  const z = [...k.zones.values()].find((x) => x.name === zone);
  const names = [zone, ...(z?.aliases ?? [])].filter((n) => n.length >= 2);
  const article = left.evidence.article;
  for (const sentence of articleSentences(k.articles.get(article)?.body ?? "")) {
    const text = sentence.trim();
    if (text === left.evidence.quote || !statusWord(text)) continue;
    // From the zone's name to the end of its clause group, when that says it ("…；A因…，申请退出网络，转为网络
    // “合作伙伴单位”，…。"), else the whole sentence.
    const at = Math.min(...names.map((n) => text.indexOf(n)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    const clause = /^[^。；;]*/.exec(text.slice(at))?.[0] ?? "";
    // (A sentence given to the leaving, "对于A的退出，…", is quoted whole.)
    const quote = statusWord(clause) && !EXPLAINS.test(text) ? clause : text;
    return { status: { text: quote, evidence: { article, quote } } };
  }
  return {};
}

/** The provinces a group's members are in, each once (a zone of no known province counts as one unknown). */
export function memberProvinces(k: Knowledge, g: Group): (string | undefined)[] {
  return [...new Set(members(g).map((z) => provinceOf(k, z)))];
}

/**
 * The sentence of a group's articles that counts its members' provinces as they are ("淮河流域5省17家国家高新区…",
 * "覆盖江苏、安徽…5省29个市(县)"); not provinces of something else ("与豫湘赣3省的28家企业签署合作协议").
 */
export function provincesSaid(k: Knowledge, g: Group): Citation | undefined {
  const n = memberProvinces(k, g).length;
  const said = new RegExp(
    `(?:覆盖|分布在?|来自|横跨|跨越?|涵盖)[^。；;]{0,30}?(?<![\\d.])${n}(?:个)?省|(?<![\\d.])${n}(?:个)?省(?:（[^）]{1,6}）)?(?:的)?\\d*家?(?:国家)?高新区`,
  );
  return sentenceCited(k, (x) => said.test(x), namesGroup(k, g.id));
}

/** The words a part's label is named by: "整机研制" of "整机研制环节". */
const partCore = (label: string) => label.replace(/(?:环节|板块|领域|方向)$/, "");

/**
 * The part of a group's list by parts (now, else at its founding) that a text names by a word of three characters of
 * its label that no other part's label has ("是做整机研制的吧" names 整机研制环节, "零部件环节" 动力与核心零部件环节; not
 * "核心成员"); undefined unless exactly one is named.
 */
export function partNamedIn(g: Group, question: string): { label: string; zones: string[] } | undefined {
  const parts = [g.members, g.memberHistory[0]].find((l) => l?.parts && l.parts.length > 1)?.parts ?? [];
  // (Not by the group's own name: "海洋装备网络" names no part "海洋信息板块".)
  let text = question;
  for (const n of [g.name, ...g.aliases].sort((a, b) => b.length - a.length)) text = text.split(n).join(" ");
  const named = parts.filter((p) => {
    const own = partCore(p.label);
    return [...own].some((_, i) => {
      const w = own.slice(i, i + 3);
      return w.length === 3 && text.includes(w) && !parts.some((o) => o !== p && partCore(o.label).includes(w));
    });
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * A part a question names of a zone's group ("是做整机研制的吧"), with the part the zone is in and the list that parts it
 * (now, else at the founding); undefined when a part's lead is asked ("是整机研制环节的牵头单位吗"), no one part is
 * named, or no list parts the zone.
 */
export function partAskedOf(g: Group, zone: string, question: string) {
  if (/牵头|负责|组长|召集/.test(question)) return undefined;
  const asked = partNamedIn(g, question);
  const list = [g.members, g.memberHistory[0]].find((l) => l?.parts?.some((x) => x.zones.includes(zone)));
  const own = list?.parts?.find((x) => x.zones.includes(zone));
  return asked && list && own ? { asked, own, list } : undefined;
}
