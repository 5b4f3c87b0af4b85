/**
 * extractArticle: one article → proposed facts in the curated schema, each with its exact quote.
 *
 *   sentences ─▶ names (gazetteer + new) ─▶ pattern families push claims ─▶ claims merged per group here
 *
 * Merging is strict: two claims about one value that disagree (two dates, two leads) leave the value out.
 */
import type { Alliance, Evidence, KnowledgeEvent, ListPart, Network, Zone } from "../schema.ts";
import { type Claim, Doc } from "./context.ts";
import { leadingDate, leadingDateIn, type ResolvedDate, shiftDay } from "./dates.ts";
import { changeEvent, launchEvent, meetingEvent } from "./events.ts";
import { figures } from "./figures.ts";
import { closedLists, harvestLists } from "./harvest.ts";
import { launches } from "./launch.ts";
import { leads } from "./lead.ts";
import { splitItems } from "./lists.ts";
import { memberBlocks } from "./member-blocks.ts";
import { members } from "./members.ts";
import { partLeadsByLabel } from "./members-by-part.ts";
import { type GroupRef, groupKey as key, PROVINCES } from "./names.ts";
import { officials } from "./officials.ts";
import { partSections } from "./part-sections.ts";
import { provinceSections } from "./province-sections.ts";
import { seats } from "./seats.ts";
import { secretariats } from "./secretariat.ts";
import { sectionLists } from "./section-list.ts";
import type { Sentence } from "./sentences.ts";
import { tableLists } from "./table-list.ts";
import type {
  ArticleInput,
  ExtractedAlliance,
  ExtractedNetwork,
  Extraction,
  Gazetteer,
  Inference,
  MembershipChange,
  Official,
} from "./types.ts";

export type { ArticleInput, Extraction, Gazetteer } from "./types.ts";

const BARE_VERB = /^(启动|成立|揭牌)$/;

type ClaimOf<T extends Claim["type"]> = Extract<Claim, { type: T }>;

export function extractArticle(article: ArticleInput, known: Gazetteer): Extraction {
  const doc = new Doc(article, known);
  members(doc);
  launches(doc);
  leads(doc);
  memberBlocks(doc);
  harvestLists(doc);
  closedLists(doc);
  tableLists(doc);
  sectionLists(doc);
  partSections(doc);
  provinceSections(doc);
  partLeadsByLabel(doc);
  secretariats(doc);
  seats(doc);
  places(doc);
  const people = officials(doc);
  const figs = figures(doc, (s, from, to) => {
    const ms = (doc.mentions[s.index] ?? []).filter((m) => m.start >= from && m.end <= to);
    return ms.map((m) => ({ kind: m.kind, id: m.id }));
  });
  return assemble(doc, people, figs);
}

const PROVINCE_ZONE = new RegExp(`(${PROVINCES.join("|")})([\\u3400-\\u9fff]{2,3}?)高新区`, "g");

/** "位于陕西省咸阳市的三原高新区": where a new zone is. */
const PROVINCIAL = new RegExp(
  `((?:[\\u3400-\\u9fff]{2,12}?(?:高新区|示范区|工业园区)[、和与及]?)+)(?:均|都|也|同为)?(?:为|是)(${PROVINCES.join("|")})?省级高新区`,
);

function places(doc: Doc) {
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(
      /位于([\u3400-\u9fff]{2,3}?)(?:省|自治区|市)([\u3400-\u9fff]{2,4}?)市的([\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))/g,
    )) {
      const id = doc.names.zone(m[3] ?? "", { evidence: doc.ev(s) });
      if (id) doc.names.place(id, m[1], m[2]);
    }
    // "淮北高新区、宿州高新区均位于安徽省", "A高新区位于江西省": zones named in full, then their province.
    const located = new RegExp(
      `(?:^|[，,。；;])((?:[\\u3400-\\u9fff]{2,12}?(?:高新区|示范区|工业园区)[、和与及]?)+)(?:均|都|同样|也)?位于(${PROVINCES.join("|")})(?:省|自治区|市)?(?![\\u3400-\\u9fff]{0,4}市的)`,
    ).exec(s.text);
    for (const name of located ? splitItems(located[1] ?? "") : []) {
      const id = doc.names.knownZone(name);
      if (id) doc.names.place(id, located?.[2], undefined);
    }
    // "商丘高新区、宿州高新区均为省级高新区", "亳州高新区为安徽省级高新区": new zones of the province's level.
    const provincial = PROVINCIAL.exec(s.text);
    for (const name of provincial ? splitItems(provincial[1] ?? "") : []) {
      const z = doc.names.newZones.get(doc.names.knownZone(name.replace(/^.*的/, "")) ?? "");
      if (z) z.level = "provincial";
      // ("为浙江省级高新区": its province too, when nothing else gave it.)
      if (z && provincial?.[2] && !z.province) z.province = provincial[2];
    }
    // "河南安阳高新区" after 安阳高新区 was proposed: the province (and city) of that new zone.
    for (const m of s.text.matchAll(PROVINCE_ZONE)) {
      const id = doc.names.knownZone(`${m[2]}高新区`);
      if (id) doc.names.place(id, m[1], m[2]);
    }
  }
}

// ("联盟于2024年5月16日在郑州成立，…": the group named before its founding day.)
const RECALLS_FOUNDING =
  /(?:发起)?(?:成立|启动|组建)(?:了)?[\u3400-\u9fff]{0,30}?(?:网络|联盟)|首批成员|^(?:该|本)?(?:网络|联盟)于[^，,。；;]{4,16}?(?:在[\u3400-\u9fff]{1,10})?(?:成立|启动|组建)/;

/** A day that opens a clause of the sentence before its handover words. */
function dayBeforeHandover(text: string) {
  const at = text.search(/移交|交接|接棒|交棒/);
  for (const comma of text.slice(0, Math.max(0, at)).matchAll(/[，,]/g)) {
    const d = leadingDate(text, (comma.index ?? 0) + 1);
    if (d?.day !== undefined && d.start < at) return d;
  }
  return undefined;
}

/**
 * The day a secretariat was handed over, when the seat's sentence or the one before it tells a handover
 * ("…当天将秘书处工作档案移交B。B由此成为…秘书处单位"): the date that leads the news item, up to that sentence.
 */
function handoverDay(doc: Doc, quote: string | undefined): { date: string; evidence: Evidence } | undefined {
  const s = quote ? doc.sentences[doc.sentenceOf(quote)] : undefined;
  const before = s ? doc.sentences[s.index - 1] : undefined;
  const context = `${before?.item === s?.item ? (before?.text ?? "") : ""}${s?.text ?? ""}`;
  if (!s || !/移交|交接|接棒|交棒/.test(context)) return undefined;
  // ("3月26日，…。次日，…秘书处正式由A移交至B": a day after the date before, for each 次日 on the way.)
  let later = 0;
  for (let i = s.index; i >= 0; i--) {
    const b = doc.sentences[i] as Sentence;
    if (b.item !== s.item) break;
    // A sentence that recalls the founding ("2025年5月16日，…共同发起成立…联盟") dates the founding, not the handover.
    if (i < s.index && RECALLS_FOUNDING.test(b.text)) continue;
    // ("根据该制度，1月9日，联盟秘书处交接仪式在…举行": a day that opens a clause before the handover.)
    const m = leadingDateIn(b.text) ?? (i === s.index ? dayBeforeHandover(b.text) : undefined);
    const date = m ? doc.resolve(b, m) : null;
    if (date) return { date: later > 0 ? shiftDay(date.value, later) : date.value, evidence: doc.ev(b) };
    if (/^(?:次日|第二天|翌日)[，,]/.test(b.text)) later += 1;
  }
  return undefined;
}

/**
 * A whole list of `n` zones is the group's only if it is as many as a count the article gives, when the article
 * changes the group and says how many it has after: its own count, or the change's before it, after it, or after
 * less the zones it added. A list read for the wrong group, or a wrong list, is worse than none.
 */
function countsAllow(n: number, changes: ClaimOf<"change">[], counts: ClaimOf<"count">[]): boolean {
  if (!changes.some((c) => c.newCount !== undefined)) return true;
  const net = new Set(changes.flatMap((c) => c.added)).size - new Set(changes.flatMap((c) => c.removed)).size;
  return [
    ...changes.flatMap((c) => [c.newCount, c.previousCount, c.newCount === undefined ? undefined : c.newCount - net]),
    ...counts.map((c) => c.count),
  ].includes(n);
}

/**
 * An article's changes of one group, split by date when every change that adds or removes zones is dated and the
 * dates differ, in date order (changes that only give a count go with the last); else all together.
 */
function changesByDate(ch: ClaimOf<"change">[]): ClaimOf<"change">[][] {
  const moving = ch.filter((c) => c.added.length > 0 || c.removed.length > 0);
  const dates = [...new Set(moving.map((c) => c.date?.value))];
  if (dates.length < 2 || dates.some((d) => d === undefined)) return [ch];
  const sorted = (dates as string[]).sort();
  return sorted.map((d, i) =>
    ch.filter((c) => (c.added.length > 0 || c.removed.length > 0 ? c.date?.value === d : i === sorted.length - 1)),
  );
}

/** The date every dated claim agrees on: the coarsest, when the others only refine it ("2025-11", "2025-11-12"). */
function commonDate(claims: ClaimOf<"change">[]): ResolvedDate | undefined {
  const dates = claims.flatMap((c) => (c.date ? [c.date] : [])).sort((a, b) => a.value.length - b.value.length);
  const first = dates[0];
  return first && dates.every((d) => d.value.startsWith(first.value)) ? first : undefined;
}

/**
 * The count after a group's changes taken in the article's order, each count it states after its own step (the
 * count before the first, when stated, where they start); undefined when a count disagrees, none is stated before,
 * or a zone is moved twice.
 */
function countedStepwise(changes: ClaimOf<"change">[]): number | undefined {
  const moved = changes.flatMap((c) => [...c.added, ...c.removed]);
  let n = changes.find((c) => c.previousCount !== undefined)?.previousCount;
  if (n === undefined || new Set(moved).size !== moved.length) return undefined;
  for (const c of changes) {
    if (c.previousCount !== undefined && c.previousCount !== n) return undefined;
    n += c.added.length - c.removed.length;
    if (c.newCount !== undefined && c.newCount !== n) return undefined;
  }
  return n;
}

/** One value from claims that must agree: undefined when they do not. */
function agreed<T>(values: T[], same: (a: T, b: T) => boolean): T | undefined {
  const first = values[0];
  if (first === undefined) return undefined;
  return values.every((v) => same(first, v)) ? first : undefined;
}

function uniqueEvidence(list: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of list) {
    if (e.quote.length < 4) continue;
    if (!out.some((o) => o.article === e.article && o.quote === e.quote)) out.push(e);
  }
  // (A quote another of the same article holds whole is said once: "A、B正式加入联盟。" inside "A、B正式加入联盟。至此…".)
  return out.filter((e) => !out.some((o) => o !== e && o.article === e.article && o.quote.includes(e.quote)));
}

function assemble(doc: Doc, people: Official[], figs: Extraction["figures"]): Extraction {
  const names = doc.names;
  const inferences: Inference[] = [];
  const byGroup = new Map<string, { ref: GroupRef; claims: Claim[] }>();
  const add = (ref: GroupRef, c: Claim) => {
    const k = key(ref);
    const entry = byGroup.get(k) ?? { ref: { kind: ref.kind, id: ref.id }, claims: [] };
    entry.claims.push(c);
    byGroup.set(k, entry);
  };
  for (const c of doc.claims) {
    if (c.type === "meeting") for (const g of c.groups) add(g, c);
    else add(c.group, c);
  }
  // Every group the article names is reported, even with nothing more than its name.
  for (const ms of doc.mentions)
    for (const m of ms) if (!byGroup.has(key(m))) byGroup.set(key(m), { ref: m, claims: [] });

  const zoneName = (id: string) =>
    names.newZones.get(id)?.name ?? doc.names.known.zones.find((z) => z.id === id)?.name ?? id;
  const groupName = (g: GroupRef) =>
    (g.kind === "network"
      ? (names.newNetworks.get(g.id)?.name ?? doc.names.known.networks.find((n) => n.id === g.id)?.name)
      : (names.newAlliances.get(g.id)?.name ?? doc.names.known.alliances.find((a) => a.id === g.id)?.name)) ?? g.id;

  const networks: ExtractedNetwork[] = [];
  const alliances: ExtractedAlliance[] = [];
  const changes: MembershipChange[] = [];
  const events: KnowledgeEvent[] = [];
  const used = new Set<string>();
  const useZone = (id: string | undefined) => {
    if (id) used.add(id);
  };

  for (const { ref, claims } of byGroup.values()) {
    const path = `${ref.kind === "network" ? "networks" : "alliances"}.${ref.id}`;
    const of = <T extends Claim["type"]>(t: T) => claims.filter((c): c is ClaimOf<T> => c.type === t);
    const base =
      ref.kind === "network"
        ? (names.newNetworks.get(ref.id) ?? { id: ref.id, name: groupName(ref) })
        : (names.newAlliances.get(ref.id) ?? { id: ref.id, name: groupName(ref) });
    const out: Record<string, unknown> = { ...base };

    // Launch / founding.
    const launchClaims = of("launch");
    const date = agreed(
      launchClaims.flatMap((c) => (c.date ? [c.date] : [])),
      (a, b) => a.value === b.value,
    );
    const venue = agreed(
      launchClaims.flatMap((c) => (c.venue ? [c.venue] : [])),
      (a, b) => a === b,
    );
    // A named occasion (启动大会, 启动仪式) over a bare verb (成立, 启动); a bare 成立 is no occasion.
    const named = launchClaims.flatMap((c) => (c.occasion && !BARE_VERB.test(c.occasion) ? [c.occasion] : []));
    const verbs = launchClaims.flatMap((c) => (c.occasion && /^(启动|揭牌)$/.test(c.occasion) ? [c.occasion] : []));
    const occasion = agreed(named.length > 0 ? named : verbs, (a, b) => a === b);
    const guidedBy = agreed(
      launchClaims.flatMap((c) => (c.guidedBy ? [c.guidedBy] : [])),
      (a, b) => a === b,
    );
    const launchEvidence = uniqueEvidence(
      launchClaims
        .filter(
          (c) =>
            (c.date && c.date.value === date?.value) ||
            (c.venue && c.venue === venue) ||
            (c.guidedBy && c.guidedBy === guidedBy),
        )
        .map((c) => c.evidence),
    );
    if (ref.kind === "network") {
      const fullDate = date && /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? date : undefined;
      if ((fullDate || venue) && launchEvidence.length > 0) {
        out.launch = {
          ...(fullDate ? { date: fullDate.value } : {}),
          ...(venue ? { venue } : {}),
          ...(occasion ? { occasion } : {}),
          ...(guidedBy ? { guidedBy } : {}),
          evidence: launchEvidence,
        };
        useZone(venue);
        if (fullDate?.inferred) inferences.push({ path: `${path}.launch.date`, note: fullDate.inferred });
      }
    } else if (date && launchEvidence.length > 0) {
      out.founded = {
        date: date.value,
        ...(venue ? { venue } : {}),
        ...(guidedBy ? { guidedBy } : {}),
        evidence: launchEvidence,
      };
      useZone(venue);
      if (date.inferred) inferences.push({ path: `${path}.founded.date`, note: date.inferred });
    }
    for (const c of launchClaims) {
      if (!c.date || c.date.value !== date?.value) continue;
      const e = launchEvent({ ...c, venue: venue ?? c.venue }, groupName, zoneName);
      if (e && !events.some((x) => x.id === e.id)) {
        events.push(e);
        useZone(e.venue);
      }
    }

    // Lead.
    const leadClaims = of("lead");
    const lead = agreed(
      leadClaims.map((c) => c.zone),
      (a, b) => a === b,
    );
    if (lead) {
      const evidence = uniqueEvidence(leadClaims.map((c) => c.evidence));
      if (ref.kind === "network") out.lead = { zone: lead, evidence };
      else out.initiator = { text: zoneName(lead), evidence };
      useZone(lead);
    }
    // Several initiators of an alliance, when no one zone leads it.
    const initiators = agreed(
      of("initiators").map((c) => c.zones),
      (a, b) => a.join() === b.join(),
    );
    if (initiators && ref.kind === "alliance" && !lead) {
      out.initiator = {
        text: initiators.map(zoneName).join("、"),
        evidence: uniqueEvidence(of("initiators").map((c) => c.evidence)),
      };
      for (const z of initiators) useZone(z);
    }

    // Chair (alliances).
    const chair = agreed(
      of("chair").map((c) => c.zone),
      (a, b) => a === b,
    );
    if (chair && ref.kind === "alliance") {
      out.chair = { zone: chair, evidence: uniqueEvidence(of("chair").map((c) => c.evidence)) };
      useZone(chair);
    }

    // Secretariat.
    // A handover in the article ("由盐城移交蚌埠") makes its seat the current one; the article's other seat
    // ("首届秘书处设在盐城", "秘书处一直设在无锡") is the history.
    const allSec = of("secretariat");
    const moved = allSec.filter((c) => c.moved);
    const secClaims = moved.length > 0 ? moved : allSec.filter((c) => !c.former);
    const sec = agreed(
      secClaims.map((c) => c.zone),
      (a, b) => a === b,
    );
    if (sec) {
      const notes = [...new Set(secClaims.flatMap((c) => (c.note ? c.note.split("；") : [])))];
      const note = notes.length > 0 ? notes.join("；") : undefined;
      // "自2026年1月1日起，秘书处由A迁至B": the day the note gives is the move's ("自2026年3月起": or its month).
      const fromDay = /(?:自|从|于)((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?起/.exec(note ?? "");
      const handover = fromDay ? undefined : handoverDay(doc, secClaims[0]?.evidence.quote);
      const movedOn = fromDay
        ? [fromDay[1], fromDay[2], fromDay[3]]
            .filter((x) => x !== undefined)
            .map((x) => (x as string).padStart(2, "0"))
            .join("-")
        : handover?.date;
      out.secretariat = {
        zone: sec,
        ...(note ? { note } : {}),
        ...(movedOn ? { movedOn } : {}),
        evidence: uniqueEvidence([...secClaims.map((c) => c.evidence), ...(handover ? [handover.evidence] : [])]),
      };
      useZone(sec);
      const before = agreed(
        allSec.filter((c) => !c.moved && c.zone !== sec).map((c) => c.zone),
        (a, b) => a === b,
      );
      if (moved.length > 0 && before) {
        const earlier = allSec.filter((c) => c.zone === before);
        const earlierNote = earlier.find((c) => c.note)?.note;
        out.secretariatHistory = [
          {
            zone: before,
            ...(earlierNote ? { note: earlierNote } : {}),
            evidence: uniqueEvidence(earlier.map((c) => c.evidence)),
          },
        ];
        useZone(before);
      }
    }

    // Other seats (副理事长单位, 2026年轮值主席单位, 观察员 …): one per role, the zones of its sentences.
    const roleSeats = new Map<
      string,
      {
        zones: string[];
        evidence: Evidence[];
        added?: boolean;
        whole?: boolean;
        count?: number;
        from?: string;
        /** Every claim of it told of months before the article: the earliest such month. */
        told?: string;
      }
    >();
    // ("深圳接任2027年度轮值主席" in a heading and "…担任2027年度轮值主席单位" in the text: one seat, the unit's, its
    // sentence first.)
    const seatClaims = of("seat");
    const roles = new Set(seatClaims.map((c) => c.role));
    const roleOf = (role: string) => (!role.endsWith("单位") && roles.has(`${role}单位`) ? `${role}单位` : role);
    const unitFirst = [...seatClaims].sort(
      (a, b) => Number(roleOf(a.role) !== a.role) - Number(roleOf(b.role) !== b.role),
    );
    for (const claim of unitFirst) {
      const c = { ...claim, role: roleOf(claim.role) };
      const known = roleSeats.get(c.role);
      const seat = known ?? { zones: [], evidence: [], ...(c.told ? { told: c.told } : {}) };
      // (Said of now by any claim: the article's date; else the earliest month told.)
      if (known && (!c.told || !seat.told)) delete seat.told;
      else if (known && c.told && seat.told && c.told < seat.told) seat.told = c.told;
      // (Holders said before that the whole list after a change no longer names are not cited for it.)
      const dropped = c.whole === true && seat.zones.some((z) => !c.zones.includes(z));
      for (const z of c.zones) if (!seat.zones.includes(z)) seat.zones.push(z);
      seat.evidence = uniqueEvidence([...(dropped ? [] : seat.evidence), c.evidence]);
      if (c.added && !seat.whole) seat.added = true;
      // (A list of every holder makes the seat whole, whatever was added to it: "增补A…。至此…增至3家，分别为…"; the
      // holders after a change replace those before: "副理事长单位由此调整为A、B和C".)
      if (c.whole) {
        seat.zones = [...c.zones];
        seat.whole = true;
        delete seat.added;
      }
      if (c.count) seat.count = c.count;
      if (c.from && !seat.zones.includes(c.from)) seat.from = c.from;
      roleSeats.set(c.role, seat);
    }
    if (roleSeats.size > 0) {
      const asOf = doc.article.date ?? undefined;
      out.seats = [...roleSeats].map(([role, { whole: _, told, ...seat }]) => {
        const when = told ?? asOf;
        return { role, ...seat, ...(when ? { asOf: when } : {}) };
      });
      for (const seat of roleSeats.values())
        for (const z of [...seat.zones, ...(seat.from ? [seat.from] : [])]) useZone(z);
    }

    // Members and counts.
    const ch = of("change");
    const listed = membersOf(
      of("members"),
      of("count"),
      lead,
      ch.flatMap((c) => c.added),
    );
    const m = listed && (listed.partial || countsAllow(listed.zones.length, ch, of("count"))) ? listed : undefined;
    if (m) {
      // A list that holds the zones a change in the same article added ("调整后的14家成员单位为：…") is as of the
      // change, not of the founding the article recalls.
      const changed = ch.find((c) => c.date && c.added.length > 0 && c.added.every((z) => m.zones.includes(z)));
      const asOf = changed?.date?.value ?? date?.value;
      out.members = { ...m, ...(asOf ? { asOf } : {}) };
      for (const z of m.zones) useZone(z);
    }

    // Membership changes: one a date, when each is dated and the dates differ ("11月13日…正式加入" and "自12月1日起
    // 不再作为网络成员单位"); the counts, the totals after all of them, go with the last.
    if (ch.length > 0) {
      const added = [...new Set(ch.flatMap((c) => c.added))];
      const removed = [...new Set(ch.flatMap((c) => c.removed))];
      const newCount = agreed(
        ch.flatMap((c) => (c.newCount !== undefined ? [c.newCount] : [])),
        (a, b) => a === b,
      );
      const previousCount = agreed(
        ch.flatMap((c) => (c.previousCount !== undefined ? [c.previousCount] : [])),
        (a, b) => a === b,
      );
      const together =
        previousCount === undefined ||
        newCount === undefined ||
        (added.length === 0 && removed.length === 0) ||
        previousCount + added.length - removed.length === newCount;
      // ("审议通过A加入网络，网络成员由12家增至13家。…同意B不再作为网络成员单位。": each count after the step it follows,
      // the total after them all the last.)
      // (One date only: changes of several dates may be told out of their order.)
      const stepped = together || changesByDate(ch).length > 1 ? undefined : countedStepwise(ch);
      const consistent = together || stepped !== undefined;
      const total = together ? newCount : stepped;
      const byDate = changesByDate(ch);
      for (const [i, part] of byDate.entries()) {
        const last = i === byDate.length - 1;
        const partAdded = [...new Set(part.flatMap((c) => c.added))];
        const partRemoved = [...new Set(part.flatMap((c) => c.removed))];
        // The date the sentences of who joined or left give, else any; a month and a day in it ("自2025年11月起…不再作为
        // 成员" and the meeting of 11月12日 that reported it) agree on the month.
        const moving = part.filter((c) => c.added.length > 0 || c.removed.length > 0);
        const dated = commonDate(moving.some((c) => c.date) ? moving : part);
        const when = dated?.value ?? doc.article.date ?? undefined;
        const counts = last ? total : undefined;
        if (!when || !consistent || (partAdded.length === 0 && partRemoved.length === 0 && counts === undefined))
          continue;
        const note = dated?.inferred ?? (dated ? undefined : "文中未写变更日期，取文章日期");
        const evidence = uniqueEvidence(
          part.flatMap((c) =>
            c.dateEvidence && c.date?.value === dated?.value ? [c.dateEvidence, c.evidence] : [c.evidence],
          ),
        );
        const change: MembershipChange = {
          group: ref,
          date: when,
          added: partAdded,
          removed: partRemoved,
          evidence,
        };
        if (counts !== undefined) change.newCount = counts;
        // (The result told in parts, "扩容以后，按区域分，珠三角地区有A、B；…": the list after the change, with them.)
        const told = last ? listsAfterChange(of("members"), added).find((l) => l.parts) : undefined;
        if (told?.parts) Object.assign(change, { zones: told.zones, parts: told.parts });
        if (byDate.length === 1 && previousCount !== undefined) change.previousCount = previousCount;
        changes.push(change);
        if (note) inferences.push({ path: `changes.${ref.id}.date`, note });
        for (const z of partAdded) useZone(z);
        events.push(
          changeEvent(
            ref,
            when,
            note,
            { added: partAdded, removed: partRemoved, newCount: counts },
            evidence,
            groupName,
            zoneName,
          ),
        );
      }
    }

    // Meetings.
    for (const c of of("meeting")) {
      if (c.groups[0] && key(c.groups[0]) !== key(ref)) continue;
      const e = meetingEvent(c, groupName, zoneName);
      if (!events.some((x) => x.id === e.id)) {
        events.push(e);
        useZone(e.venue);
      }
    }

    // A group is reported when the article states something about it; a bare mention ("建议成立…网络") is not a fact.
    const stated = ["launch", "founded", "lead", "initiator", "chair", "secretariat", "seats", "members"].some(
      (f) => f in out,
    );
    const happened = events.some((e) => e.scopes.includes(ref.id)) || changes.some((c) => key(c.group) === key(ref));
    if (!stated && !happened) continue;
    if (ref.kind === "network") networks.push(out as ExtractedNetwork);
    else alliances.push(out as ExtractedAlliance);
  }

  // People who speak for a group's lead: an official of the lead zone in a sentence about the group, or one quoted
  // where (or right after) the text says who leads it.
  for (const n of networks) {
    const leadZone = n.lead?.zone;
    const leadQuotes = (n.lead?.evidence ?? []).map((e) => e.quote);
    for (const p of people) {
      const q = p.evidence[0]?.quote ?? "";
      const s = doc.sentences.find((x) => doc.body.slice(x.map[0], (x.map[x.map.length - 1] ?? 0) + 1).includes(q));
      if (!s) continue;
      const near = [s, doc.sentences[s.index - 1]].filter((x): x is NonNullable<typeof x> =>
        Boolean(x && x.paragraph === s.paragraph),
      );
      const sentenceText = (x: typeof s) => doc.body.slice(x.map[0], (x.map[x.map.length - 1] ?? 0) + 1);
      const namesGroup = (doc.mentions[s.index] ?? []).some((m) => m.kind === "network" && m.id === n.id);
      const byLeadSentence = near.some((x) => leadQuotes.some((lq) => sentenceText(x).includes(lq)));
      const byOrg = leadZone !== undefined && p.org === leadZone;
      if (
        (namesGroup && (byLeadSentence || byOrg)) ||
        (byLeadSentence && near[0] === s && leadQuotes.some((lq) => sentenceText(s).includes(lq)))
      ) {
        n.leadPeople = [...(n.leadPeople ?? []), { name: p.name, role: p.role, evidence: p.evidence }];
      }
    }
  }
  for (const p of people) useZone(p.org);
  for (const f of figs) for (const id of f.about) useZone(id);

  const zones = [...names.newZones.values()].filter((z) => used.has(z.id) || z.city || z.province);
  return {
    articleId: doc.article.id,
    zones,
    networks,
    alliances,
    changes,
    officials: people,
    figures: figs,
    events,
    inferences,
    places: [...names.places].map(([zone, p]) => ({ zone, ...p })),
  };
}

type MemberClaim = ClaimOf<"members">;
type CountClaim = ClaimOf<"count">;

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((z) => b.includes(z));

/**
 * The lists after the article's own membership change ("至此，联盟12家成员单位为：…"): the change's result. The founding
 * list is the group's, and the change moves it on (learn.ts keeps the founding list as history).
 * (The founding list holds none of the added zones: the same list read twice is not a founding list and its result.)
 */
function listsAfterChange(lists: MemberClaim[], added: string[]): MemberClaim[] {
  if (added.length === 0) return [];
  return lists.filter(
    (l) =>
      !l.partial &&
      lists.some(
        (f) =>
          f !== l && !f.partial && !added.some((z) => f.zones.includes(z)) && sameSet(l.zones, [...f.zones, ...added]),
      ),
  );
}

/**
 * The member list from the list claims, and the stated count when one agrees with it. Two complete lists that
 * differ leave the members out; a partial list is taken only when no complete one contradicts it.
 */
function membersOf(lists: MemberClaim[], counts: CountClaim[], lead: string | undefined, added: string[] = []) {
  const results = listsAfterChange(lists, added);
  lists = lists.filter((l) => !results.includes(l));
  // (The lists as read, before the lines of a longer one are dropped: a list by parts may be one of them.)
  const read = lists;
  // A line of a block another list was read from ("成员单位：A、B…" under "附：…（共12家）") is part of that list.
  // (Within a partial list's sentence, a whole list gathered from its count is no line of it.)
  const within = (l: MemberClaim) =>
    lists.some(
      (f) =>
        f !== l &&
        !(f.partial && !l.partial) &&
        f.evidence.quote.length > l.evidence.quote.length &&
        f.evidence.quote.includes(l.evidence.quote),
    );
  lists = lists.filter((l) => !within(l));
  // Lists the article gives in parts ("X联合A、B等…成立该网络。…成员还包括C、D，成员共9家"): together they are the
  // whole list when they name as many zones as the one count stated.
  const partials = lists.filter((l) => l.partial);
  const union = [...new Set(partials.flatMap((l) => l.zones))];
  const counted = agreed(
    counts.map((c) => c.count),
    (a, b) => a === b,
  );
  // (…the counts may be the whole and the others than the lead: "由A牵头，联合B、C等13家…" and "14家成员单位各有所长：…".)
  const given = [...counts.map((c) => c.count), ...partials.flatMap((l) => (l.count !== undefined ? [l.count] : []))];
  const wholeAndOthers =
    lead !== undefined &&
    union.includes(lead) &&
    given.some((n) => n === union.length) &&
    given.every((n) => n === union.length || n === union.length - 1);
  if (partials.length >= 2 && !lists.some((l) => !l.partial) && (counted === union.length || wholeAndOthers))
    lists = [
      {
        ...(partials[0] as MemberClaim),
        zones: union,
        count: union.length,
        partial: false,
        evidence: uniqueEvidence(partials.map((l) => l.evidence))[0] as Evidence,
      },
    ];
  const complete = lists.filter((l) => !l.partial);
  let chosen: MemberClaim | undefined;
  if (complete.length > 0) {
    chosen = agreed(complete, (a, b) => sameSet(a.zones, b.zones));
    if (!chosen) return undefined;
  } else if (lists.length > 0) {
    chosen = agreed(lists, (a, b) => sameSet(a.zones, b.zones));
    if (!chosen) return undefined;
  }
  const stated: { n: number; evidence: Evidence }[] = [];
  for (const l of lists) {
    if (l.count !== undefined && l.countIncludesLead !== false && (l.lead === undefined || l.countIncludesLead)) {
      stated.push({ n: l.count, evidence: l.evidence });
    }
  }
  for (const c of counts) stated.push({ n: c.count, evidence: c.evidence });
  const evidence = uniqueEvidence(lists.filter((l) => chosen && sameSet(l.zones, chosen.zones)).map((l) => l.evidence));
  if (!chosen) {
    // Only a count ("N家高新区在V成立Y"): the members are not named.
    const n = agreed(stated, (a, b) => a.n === b.n);
    if (!n) return undefined;
    return {
      zones: [] as string[],
      partial: true,
      statedCount: n.n,
      others: [] as string[],
      evidence: uniqueEvidence(stated.map((s) => s.evidence)),
    };
  }
  // "由X牵头，联合…，首批成员单位共14家" with the 13 others listed by region: the lead completes the list.
  // (The list's own sum of its parts counts the others only.)
  const others = chosen.zones.length;
  // (A list of all but the lead, "在X环节，A、B…；在Y环节，C…" with 14 counted, is completed by it too.)
  const leadAdded =
    lead !== undefined &&
    !chosen.zones.includes(lead) &&
    (!chosen.partial || chosen.count === others + 1) &&
    stated.some((s) => s.n === others + 1) &&
    stated.every((s) => s.n === others + 1 || s.n === others);
  if (leadAdded) stated.splice(0, stated.length, ...stated.filter((s) => s.n === others + 1));
  const zones =
    lead && (leadAdded || chosen.zones.includes(lead))
      ? [lead, ...chosen.zones.filter((z) => z !== lead)]
      : chosen.zones;
  // "联合A…H等优势高新区" with "9家高新区" elsewhere: the count closes the list.
  // (A list read whole that a larger count of the same article contradicts, "A、B、C、D4家…共同签署协议。首批成员共5家",
  // with no change of the list in the article, is some of the members only.)
  const contradicted =
    !chosen.partial && added.length === 0 && stated.some((s) => s.n > zones.length && !s.evidence.quote.includes("增"));
  const partial = contradicted || (chosen.partial && !(stated.length > 0 && stated.every((s) => s.n === zones.length)));
  if (contradicted) stated.splice(0, stated.length, ...stated.filter((s) => s.n > zones.length));
  const fits = stated.filter((s) => (partial ? s.n > zones.length : s.n === zones.length));
  const n = agreed(stated, (a, b) => a.n === b.n);
  const out: {
    zones: string[];
    partial: boolean;
    statedCount?: number;
    countNote?: string;
    others: string[];
    parts?: ListPart[];
    evidence: Evidence[];
  } = { zones, partial, others: [], evidence };
  // (The parts of the list, "华东地区5家…" or "在卫星研制环节，…", from whichever list read the same zones gave them.)
  // (…or from a list of the others than the lead, the lead named apart: "整机研发环节，有A、B；…。加上牵头的C，…".)
  const parts = [chosen, ...read].find(
    (l) => l.parts && (sameSet(l.zones, zones) || (lead !== undefined && sameSet([lead, ...l.zones], zones))),
  )?.parts;
  if (parts) out.parts = parts;
  // The count is stated only when every count the article gives agrees with the list.
  if (n && fits.length === stated.length) {
    out.statedCount = n.n;
    out.evidence = uniqueEvidence([...evidence, ...stated.map((s) => s.evidence)]);
    const exclusive = lists.find((l) => chosen && sameSet(l.zones, chosen.zones) && l.countIncludesLead === false);
    if (exclusive?.count !== undefined) {
      out.countNote = `文中写牵头单位联合“${exclusive.count}家”，连同牵头单位共${n.n}家。`;
    }
  } else if (partial && stated.length === 0 && chosen.lead !== undefined && chosen.count !== undefined) {
    // "A牵头，联合B、C等12家国家高新区" and no other count: 12 may or may not count A, so no total is stated;
    // the count the article gives is said as it is written.
    out.countNote = `文中写牵头单位联合“等${chosen.count}家”，这${chosen.count}家是否含牵头单位，文中未明言。`;
  }
  return out;
}

/** The gazetteer after an extraction: what the next article is read against (the extraction as schema records). */
export function extendGazetteer(known: Gazetteer, x: Extraction): Gazetteer {
  const zones: Zone[] = [...known.zones, ...x.zones.map((z) => ({ ...z }) as Zone)];
  const networks: Network[] = [...known.networks];
  for (const n of x.networks) {
    if (networks.some((k) => k.id === n.id)) continue;
    networks.push({
      pilot: false,
      officialNames: [],
      aliases: [],
      leadPeople: [],
      aims: [],
      memberHistory: [],
      secretariatHistory: [],
      field: n.field ?? n.name,
      ...n,
    } as Network);
  }
  const alliances: Alliance[] = [...known.alliances];
  for (const a of x.alliances) {
    if (alliances.some((k) => k.id === a.id)) continue;
    alliances.push({ aliases: [], results: [], memberHistory: [], secretariatHistory: [], ...a } as Alliance);
  }
  return { zones, networks, alliances };
}
