/**
 * Facts come from the articles; the curated files are reviewed corrections on top.
 *
 *   articles (oldest first) ─▶ extract each, against what is known so far ─▶ merge into the curated facts
 *     curated value present  → it wins; a different extracted value is reported as a conflict, never merged
 *     curated value absent   → the extracted one is taken (a new network, alliance, zone or official; a field)
 *     membership change      → the member list moves on; the earlier list is kept in `memberHistory`
 *   ─▶ validate the result; an extracted proposal that does not validate is dropped and reported (the curated
 *      files themselves are validated first, and their errors stay fatal)
 *
 * No quote, no fact: everything taken here carries the evidence extraction found, and validation proves it.
 */

import { withModelFacts } from "./extract/llm-merge.ts";
import { PROVINCES } from "./extract/names.ts";
import type { ArticleInput, Extraction, Gazetteer, MembershipChange } from "./extract/types.ts";
import type { Article, KnowledgeFiles } from "./load.ts";
import { normalize } from "./normalize.ts";
import { provinceNicknames } from "./province-nickname.ts";
import {
  type Alliance,
  type Figure,
  type KnowledgeEvent,
  type Members,
  MOVED_INSIDE,
  type Network,
  type Official,
  type RoleSeat,
  type Zone,
} from "./schema.ts";
import { type ValidationIssue, validateKnowledge } from "./validate.ts";

export type Extractor = (article: ArticleInput, known: Gazetteer) => Extraction;

/** A curated value and an extracted one that disagree: the curated one is kept. */
export type Conflict = {
  entity: string;
  field: string;
  curated: string;
  extracted: string;
  article: string;
  quote: string;
};

/** An extracted proposal that did not validate, and why. */
export type Dropped = { entity: string; article: string; reason: string };

export type Learning = {
  files: KnowledgeFiles;
  /** What each article taught (after merging: conflicting values are not in it). */
  learned: Map<string, Extraction>;
  conflicts: Conflict[];
  dropped: Dropped[];
};

/** Seeds without a date first (they are the base), then by date, then by id. */
function byDate(a: Article, b: Article): number {
  if (a.date === b.date) return a.id.localeCompare(b.id);
  if (a.date === null) return -1;
  if (b.date === null) return 1;
  return a.date.localeCompare(b.date);
}

const EXTRACTED = "(extracted)/";

/**
 * `late`: events added at run time, which may name entities learned from articles (a new network): they join
 * after learning, and one that no longer validates is dropped and reported rather than failing the load.
 */
export function learnFromArticles(curated: KnowledgeFiles, extract: Extractor, late: KnowledgeEvent[] = []): Learning {
  const files: KnowledgeFiles = {
    ...curated,
    zones: [...curated.zones],
    networks: [...curated.networks],
    alliances: [...curated.alliances],
    figures: [...curated.figures],
    events: [...curated.events],
    officials: [...curated.officials],
    origins: new Map(curated.origins),
  };
  // Entries are replaced, never changed in place (the curated files stay as read). A merged entry keeps the origin
  // of its curated original; `fallback` says what to restore if a proposal fails validation (null: remove it).
  const fallback = new Map<object, object | null>();

  const conflicts: Conflict[] = [];
  const learned = new Map<string, Extraction>();
  const curatedIds = {
    network: new Set(curated.networks.map((n) => n.id)),
    alliance: new Set(curated.alliances.map((a) => a.id)),
  };
  const changes: MembershipChange[] = [];
  const modelDropped: Dropped[] = []; // model proposals left out before validation (extract/llm-merge.ts)

  for (const article of [...files.articles].sort(byDate)) {
    const known: Gazetteer = { zones: files.zones, networks: files.networks, alliances: files.alliances };
    let x: Extraction;
    try {
      x = extract(
        { id: article.id, title: article.title, date: article.date, body: article.body, source: article.source },
        known,
      );
    } catch {
      continue; // extraction is best effort: a failure teaches nothing, it never blocks the article
    }
    if (article.modelFacts) x = withModelFacts(x, article, known, modelDropped);
    learned.set(article.id, x);
    const origin = (index: number) => ({ file: `${EXTRACTED}${article.id}`, index });

    for (const [i, z] of x.zones.entries()) {
      if (files.zones.some((k) => k.id === z.id)) continue;
      const zone = { ...z } as Zone;
      files.zones.push(zone);
      files.origins.set(zone, origin(i));
      fallback.set(zone, null);
    }
    // A zone learned earlier without a place gets the province a later article gives it.
    // (And a known zone gets the other full names an article writes for it: "泰州医药高新区".)
    for (const place of x.places ?? []) {
      const at = files.zones.findIndex((k) => k.id === place.zone);
      const zone = files.zones[at];
      const names = (place.aliases ?? []).filter((a) => zone && a !== zone.name && !zone.aliases.includes(a));
      if (!zone || ((zone.province || !place.province) && names.length === 0)) continue;
      const placed = {
        ...zone,
        ...(names.length > 0 ? { aliases: [...zone.aliases, ...names] } : {}),
        ...(!zone.province && place.province
          ? { province: place.province, ...(place.city && !zone.city ? { city: place.city } : {}) }
          : {}),
      };
      files.zones[at] = placed;
      files.origins.set(placed, files.origins.get(zone) ?? origin(0));
      fallback.set(placed, fallback.has(zone) ? (fallback.get(zone) ?? null) : zone);
    }
    const mergeGroup = <T extends Network | Alliance>(
      list: T[],
      kind: "network" | "alliance",
      proposal: Partial<T> & { id: string; name: string },
      i: number,
    ) => {
      const at = list.findIndex((g) => g.id === proposal.id);
      if (at < 0) {
        const entry = withDefaults(kind, proposal) as T;
        list.push(entry);
        files.origins.set(entry, origin(i));
        fallback.set(entry, null);
        return;
      }
      const before = list[at] as T;
      const later = laterList(kind, before, proposal, article, files.articles);
      if (later) changes.push(later);
      const merged = mergeFields(
        before,
        movedSecretariat(before, later ? { ...proposal, members: undefined } : proposal, article, files.articles),
        curatedIds[kind].has(before.id),
        (field, curatedValue, extractedValue, quote) =>
          conflicts.push({
            entity: before.id,
            field,
            curated: curatedValue,
            extracted: extractedValue,
            article: article.id,
            quote,
          }),
      );
      if (merged === before) return;
      list[at] = merged;
      files.origins.set(merged, files.origins.get(before) ?? origin(i));
      if (!fallback.has(merged)) fallback.set(merged, fallback.has(before) ? (fallback.get(before) ?? null) : before);
    };
    for (const [i, n] of x.networks.entries())
      mergeGroup(files.networks, "network", n as Partial<Network> & { id: string; name: string }, i);
    for (const [i, a] of x.alliances.entries())
      mergeGroup(files.alliances, "alliance", a as Partial<Alliance> & { id: string; name: string }, i);

    for (const [i, o] of x.officials.entries()) {
      // The same person with the same title, quoted in another article, is a record of that article too (a
      // question about the group that article is about finds them there).
      const same = files.officials.some(
        (k) =>
          k.name === o.name &&
          k.role === o.role &&
          k.evidence.some((e) => o.evidence.some((x) => x.article === e.article)),
      );
      if (same) continue;
      const official: Official = { ...o };
      files.officials.push(official);
      files.origins.set(official, origin(i));
      fallback.set(official, null);
    }
    for (const [i, f] of x.figures.entries()) {
      if (!takesFigure(files.figures, f)) continue;
      const figure: Figure = { ...f };
      files.figures.push(figure);
      files.origins.set(figure, origin(i));
      fallback.set(figure, null);
    }
    for (const [i, e] of x.events.entries()) {
      // Launches and foundings are listed from the groups themselves (build.ts derivedEvents).
      if (/-(?:launch|founded)$/.test(e.id)) continue;
      if (files.events.some((k) => k.id === e.id)) continue;
      const event = { ...e };
      files.events.push(event);
      files.origins.set(event, origin(i));
      fallback.set(event, null);
    }
    changes.push(...x.changes);
  }

  for (const change of changes.filter((c) => !restates(c, changes)).sort((a, b) => a.date.localeCompare(b.date)))
    applyChange(files, change, fallback, changes);
  for (const [kind, list] of [
    ["network", files.networks],
    ["alliance", files.alliances],
  ] as const) {
    for (const [at, group] of (list as (Network | Alliance)[]).entries()) {
      const filled = countedBack(group, kind, changes);
      if (!filled) continue;
      list[at] = filled;
      files.origins.set(filled, files.origins.get(group) ?? { file: EXTRACTED, index: 0 });
      fallback.set(filled, fallback.has(group) ? (fallback.get(group) ?? null) : group);
    }
  }
  for (const event of late) {
    if (files.events.some((e) => e.id === event.id)) continue;
    files.events.push(event);
    fallback.set(event, null);
  }

  dropCorrected(files.figures, fallback);
  provinceNicknames(files);
  const dropped = [...modelDropped, ...dropInvalid(files, fallback)];
  return { files, learned, conflicts, dropped };
}

/**
 * An extracted figure is learned when a question can find it safely and nothing says it already:
 *   - it is about a zone, network or alliance (a bare "签约项目12个" would answer every question about 项目);
 *   - no figure of the same page states the same number in the same unit (a curated figure, which wins, or
 *     one learned from the same clause), in its value or its note.
 */
function takesFigure(known: readonly Figure[], f: Figure): boolean {
  // A figure is about a group or zone, or (a share of a province's zones) of a province.
  const provincial = f.scope !== undefined && PROVINCES.includes(f.scope);
  if ((f.about.length === 0 && !provincial) || f.match.length < 2) return false;
  const page = (id: string) => id.split("~")[0];
  const pages = new Set(f.evidence.map((e) => page(e.article)));
  const number = /\d+(?:\.\d+)?/.exec(f.value)?.[0];
  if (!number) return false;
  const same = known.find(
    (k) =>
      k.evidence.some((e) => pages.has(page(e.article))) &&
      ((/\d+(?:\.\d+)?/.exec(k.value)?.[0] === number && (k.unit ?? "") === (f.unit ?? "")) ||
        k.note?.includes(`${number}${f.unit}`)),
  );
  // (The same amount said again with its period — a table's "2026年上半年" column after the prose's "上半年，…586.7亿元" —
  // dates the one read first.)
  if (same && same.year === undefined && f.year !== undefined && same.label === f.label) {
    same.year = f.year;
    if (f.period) same.period = f.period;
  }
  return same === undefined;
}

/**
 * A learned figure that states a value a correction says was wrong ("此前报道称…5.6万亿元，有误，应为…4.6万亿元") is
 * dropped: the same group, the same unit, the number corrected. Curated figures stay (they win over extraction).
 */
function dropCorrected(figures: Figure[], learned: ReadonlyMap<object, unknown>): void {
  const number = (v: string) => /\d+(?:\.\d+)?/.exec(v)?.[0];
  const corrections = figures.filter((f) => f.corrects !== undefined);
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i] as Figure;
    if (f.corrects !== undefined || !learned.has(f)) continue;
    // (Of the same thing too: the labels end alike, "…共建联合实验室" and "联合实验室"; not "共享中试平台62个" beside a
    // corrected count of laboratories.)
    const sameThing = (a: string, b: string) => a.slice(-2) === b.slice(-2) || a.includes(b) || b.includes(a);
    const wrong = corrections.some(
      (c) =>
        number(c.corrects ?? "") === number(f.value) &&
        (c.unit ?? "") === (f.unit ?? "") &&
        c.about.some((id) => f.about.includes(id)) &&
        sameThing(c.label, f.label),
    );
    if (wrong) figures.splice(i, 1);
  }
}

/**
 * A later article that seats the secretariat elsewhere moves it (a rotation, a handover): the proposal's seat
 * becomes the current one as of that article, and the earlier seat goes to `secretariatHistory`. The same article
 * or an earlier one saying otherwise is a conflict (mergeFields reports it), not a move.
 */
function movedSecretariat<T extends Network | Alliance>(
  before: T,
  proposal: Partial<T>,
  article: Article,
  articles: Article[],
): Partial<T> {
  const now = before.secretariat;
  const next = proposal.secretariat;
  // (Inside one zone, a seat handed from one of its bodies to another is a move too: "由A科技局移交至…服务中心".)
  const inside = now?.zone === next?.zone && next?.note !== now?.note && MOVED_INSIDE.test(next?.note ?? "");
  if (!now || !next || (now.zone === next.zone && !inside) || !article.date) return proposal;
  const since = now.asOf ?? articles.find((a) => a.id === now.evidence[0]?.article)?.date ?? undefined;
  if (since && since >= article.date) return proposal;
  return {
    ...proposal,
    secretariat: { ...next, asOf: article.date },
    secretariatHistory: [...(before.secretariatHistory ?? []), { ...now, ...(since ? { asOf: since } : {}) }],
  } as Partial<T>;
}

/**
 * A later article that gives the whole member list, and a different one, moves the list on (the network grew or
 * shrank since): it becomes a membership change dated by the list, applied in date order with the others, and
 * the earlier list goes to `memberHistory`. A list of the same date or an earlier one is a conflict, as before.
 */
function laterList<T extends Network | Alliance>(
  kind: "network" | "alliance",
  before: T,
  proposal: Partial<T>,
  article: Article,
  articles: Article[],
): MembershipChange | undefined {
  const now = before.members;
  const next = proposal.members;
  const when = next?.asOf ?? article.date;
  // (An earlier count with no one named, "成员单位共计十二家", moves on too; who joined is then not known from it.)
  const countOnly =
    now?.partial === true &&
    now.zones.length === 0 &&
    now.statedCount !== undefined &&
    now.statedCount !== next?.zones.length;
  if (!now || !next || (now.partial && !countOnly) || next.partial || !when) return undefined;
  const same = sameZones(now.zones, next.zones);
  const since =
    now.asOf ?? launchDate(before) ?? articles.find((a) => a.id === now.evidence[0]?.article)?.date ?? undefined;
  if (same || !since || since >= when) return undefined;
  return {
    group: { kind, id: before.id },
    date: when,
    added: countOnly ? [] : next.zones.filter((z) => !now.zones.includes(z)),
    removed: countOnly ? [] : now.zones.filter((z) => !next.zones.includes(z)),
    newCount: next.zones.length,
    zones: next.zones,
    ...(next.parts ? { parts: next.parts } : {}),
    evidence: next.evidence,
  };
}

/** Two member lists that name the same zones, in any order. */
function sameZones(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((z) => b.includes(z));
}

function withDefaults(kind: "network" | "alliance", p: { id: string; name: string }): Network | Alliance {
  const base = { aliases: [], memberHistory: [], secretariatHistory: [], seats: [], ...p } as Record<string, unknown>;
  if (kind === "network")
    return { officialNames: [], leadPeople: [], aims: [], pilot: false, field: p.name, ...base } as unknown as Network;
  return { results: [], ...base } as unknown as Alliance;
}

type Report = (field: string, curated: string, extracted: string, quote: string) => void;

/** Fields a curated entry already has win; missing ones are taken from the proposal. Returns `before` if unchanged. */
function mergeFields<T extends Network | Alliance>(
  before: T,
  proposal: Partial<T>,
  curated: boolean,
  report: Report,
): T {
  let out: T = before;
  const take = (field: keyof T, value: unknown) => {
    if (out === before) out = { ...before };
    (out as Record<string, unknown>)[field as string] = value;
  };
  // A moved secretariat (movedSecretariat) replaces the seat, curated or not: time moved on, nothing disagrees.
  const moved = proposal.secretariatHistory !== undefined;
  if (moved) {
    take("secretariat" as keyof T, proposal.secretariat);
    take("secretariatHistory" as keyof T, proposal.secretariatHistory);
  }
  for (const [field, value] of Object.entries(proposal) as [keyof T & string, unknown][]) {
    if (field === "id" || field === "name" || value === undefined) continue;
    if (moved && (field === "secretariat" || field === "secretariatHistory")) continue;
    const current = (out as Record<string, unknown>)[field];
    if (Array.isArray(value)) {
      if (field === "aliases" || field === "officialNames") {
        const have = new Set((current as string[] | undefined) ?? []);
        const extra = (value as string[]).filter((v) => !have.has(v));
        if (extra.length > 0) take(field, [...have, ...extra]);
      } else if (field === "seats") {
        // A seat another article gave (a later term, another post) is added; the same one again is not.
        const have = (current as RoleSeat[] | undefined) ?? [];
        const same = (a: RoleSeat, b: RoleSeat) => a.role === b.role && a.zones.join() === b.zones.join();
        // ("我区当选副理事长单位", a zone's own page: one holder the seat's latest list already names adds nothing.)
        const latest = (role: string) => have.filter((h) => h.role === role).at(-1);
        const named = (v: RoleSeat) =>
          !v.added && !v.from && v.zones.every((z) => latest(v.role)?.zones.includes(z) === true);
        // ("A卸任副理事长单位，由B接任": one deputy replaced, the others kept.)
        const replaced = (v: RoleSeat): RoleSeat => {
          const before = v.role.startsWith("副") && v.from && v.zones.length === 1 ? latest(v.role) : undefined;
          return before?.zones.includes(v.from as string) && !before.zones.includes(v.zones[0] as string)
            ? {
                ...v,
                zones: before.zones.map((z) => (z === v.from ? (v.zones[0] as string) : z)),
                evidence: [...before.evidence, ...v.evidence],
              }
            : v;
        };
        const extra = (value as RoleSeat[]).map(replaced).filter((v) => !have.some((h) => same(h, v)) && !named(v));
        if (extra.length > 0) take(field, [...have, ...extra]);
      } else if (field === "leadPeople") {
        const have = (current as { name: string }[] | undefined) ?? [];
        const extra = (value as { name: string }[]).filter((v) => !have.some((h) => h.name === v.name));
        if (extra.length > 0) take(field, [...have, ...extra]);
      }
      continue; // results, aims, history: curated or nothing
    }
    if (current === undefined || completes(field, current, value)) {
      take(field, value);
      continue;
    }
    const joined = joinedWith(field, current, value);
    if (joined) {
      take(field, joined);
      continue;
    }
    if (!curated) continue; // an earlier article already said it: the first statement stands, later ones change via `changes`
    for (const [part, a, b] of comparable(field, current, value)) {
      if (a === b) continue;
      const quote = (value as { evidence?: { quote: string }[] }).evidence?.[0]?.quote ?? "";
      report(part, a, b, quote);
    }
  }
  return out;
}

/**
 * A full member list that names every member of a partial one (and the same count, when both give one) completes
 * it: nothing disagrees, the list is only longer. So does a longer partial one ("包括A、B、C等" after a zone's own
 * page says "我区是…成员单位").
 */
function completes(field: string, current: unknown, value: unknown): boolean {
  if (field !== "members") return false;
  const a = current as Members;
  const b = value as Members;
  return (
    a.partial &&
    (!b.partial || b.zones.length > a.zones.length) &&
    a.zones.every((z) => b.zones.includes(z)) &&
    (a.statedCount === undefined || b.statedCount === undefined || a.statedCount === b.statedCount)
  );
}

/**
 * What a later statement adds to one already taken, neither disagreeing: two partial member lists, each naming members
 * the other does not (two zones' own pages, "我区是…联盟成员单位"), name them all, still partial; the same secretariat
 * said again with its rule ("是常设机构，仍设在B，不随轮值主席调整") gains the rule.
 */
function joinedWith(field: string, current: unknown, value: unknown): Members | Network["secretariat"] | undefined {
  if (field === "members") {
    const [some, more] = [current as Members, value as Members];
    const added = more.zones.filter((z) => !some.zones.includes(z));
    const counts = [some.statedCount, more.statedCount].filter((n) => n !== undefined);
    if (!some.partial || !more.partial || added.length === 0 || new Set(counts).size > 1) return undefined;
    return { ...some, zones: [...some.zones, ...added], evidence: [...some.evidence, ...more.evidence] };
  }
  const [seat, again] = [current as Network["secretariat"], value as Network["secretariat"]];
  if (field !== "secretariat" || !seat || !again || seat.zone !== again.zone || seat.note || !again.note)
    return undefined;
  return { ...seat, note: again.note, evidence: [...seat.evidence, ...again.evidence] };
}

/** The parts of a field both sides state, as [field, curated, extracted]: a conflict is a disagreement on one. */
function comparable(field: string, current: unknown, value: unknown): [string, string, string][] {
  const c = current as Record<string, unknown>;
  const v = value as Record<string, unknown>;
  const both = (part: string, a: unknown, b: unknown): [string, string, string][] =>
    a === undefined || b === undefined ? [] : [[part, String(a), String(b)]];
  switch (field) {
    case "launch":
      return [...both("launch.date", c.date, v.date), ...both("launch.venue", c.venue, v.venue)];
    case "founded":
      return both("founded.date", c.date, v.date);
    case "lead":
    case "secretariat":
    case "chair":
      return both(`${field}.zone`, c.zone, v.zone);
    case "members": {
      const a = current as Members;
      const b = value as Members;
      const zones = (m: Members) => [...m.zones].sort().join(",");
      return [
        ...(a.partial || b.partial ? [] : both("members.zones", zones(a), zones(b))),
        ...both("members.statedCount", a.statedCount, b.statedCount),
      ];
    }
    case "field":
      return both("field", current, value);
    default:
      return [];
  }
}

/**
 * A count alone that another change of the group tells in full, on the same day or in the month it gives ("今年6月，网络
 * 正式成员扩容至14家" in a later article, after "6月3日…审议通过新成员入网申请…调整后，网络正式成员由12家增至14家，分别
 * 是：…"): the same step told again, not one of its own (dated by its month, it would sort before the day).
 */
function restates(change: MembershipChange, all: MembershipChange[]): boolean {
  if (change.added.length > 0 || change.removed.length > 0 || change.zones || change.newCount === undefined)
    return false;
  return all.some(
    (o) =>
      o !== change &&
      o.group.kind === change.group.kind &&
      o.group.id === change.group.id &&
      (o.added.length > 0 || o.removed.length > 0 || o.zones !== undefined) &&
      (o.date.startsWith(change.date) || change.date.startsWith(o.date)) &&
      (o.newCount ?? o.zones?.length) === change.newCount,
  );
}

/** A membership change moves the group's list on; the list before it goes to `memberHistory`. */
function applyChange(
  files: KnowledgeFiles,
  change: MembershipChange,
  fallback: Map<object, object | null>,
  all: MembershipChange[],
): void {
  const list: (Network | Alliance)[] = change.group.kind === "network" ? files.networks : files.alliances;
  const at = list.findIndex((g) => g.id === change.group.id);
  const group = list[at];
  if (!group) return;
  // (A group whose list no article gives: those who joined are members all the same, of a list known in part.)
  const before: Members = group.members ?? { zones: [], partial: true, others: [], evidence: change.evidence };
  const zones = change.zones ?? [
    ...before.zones.filter((z) => !change.removed.includes(z)),
    ...change.added.filter((z) => !before.zones.includes(z)),
  ];
  // The same list again (an article's full list after its own change sentence) changes nothing; nor does a leaving
  // from a list no article gives.
  // (A count alone that differs, "网络成员单位增至15家" with no one named, moves the list on: it is then known in part.)
  const countMoves = change.newCount !== undefined && change.newCount !== zones.length;
  if ((sameZones(zones, before.zones) && !before.partial && !countMoves) || zones.length === 0) {
    keepListBefore(list, at, change, all);
    return;
  }
  // (…and names given later that fill it to that count, "4家高新区加入，成员增至15家" after "成员增至15家": the same
  // step, told whole; the list before the count stays the one in the history.)
  const fills =
    before.partial &&
    before.statedCount !== undefined &&
    before.statedCount === change.newCount &&
    zones.length === change.newCount &&
    before.zones.every((z) => zones.includes(z)) &&
    group.memberHistory.length > 0;
  // (A whole list the change gives, "…名单如下：…", is complete whatever came before: a count alone, say.)
  const whole = change.zones !== undefined && (change.newCount === undefined || change.newCount === zones.length);
  const complete =
    fills || whole || (!before.partial && (change.newCount === undefined || change.newCount === zones.length));
  const members: Members = {
    zones,
    partial: !complete,
    statedCount: change.newCount,
    others: before.others,
    asOf: fills ? (before.asOf ?? change.date) : change.date,
    evidence: fills ? [...before.evidence, ...change.evidence] : change.evidence,
    ...(change.zones && change.parts ? { parts: change.parts } : {}),
    ...(change.newCount !== undefined && !complete && !before.partial
      ? { countNote: `文中称增至${change.newCount}家，已知名单${zones.length}家。` }
      : {}),
  };
  const moved = {
    ...group,
    members,
    memberHistory: [
      ...(group.memberHistory ?? []),
      ...(group.members && !fills ? [{ ...before, asOf: before.asOf ?? launchDate(group) }] : []),
    ],
  } as Network | Alliance;
  list[at] = moved;
  files.origins.set(moved, { file: `${EXTRACTED}${change.evidence[0]?.article ?? "?"}`, index: 0 });
  fallback.set(moved, fallback.has(group) ? (fallback.get(group) ?? null) : group);
}

/**
 * A list given after its own article's change ("本次年会审议通过了A、B的入盟申请，联盟成员单位由18家增至20家。…联盟成员名单
 * 如下：…", the 20): the list before the change is the list without those who joined, with those who left, kept in
 * `memberHistory` when it is exactly the count the article gives before (or none is given) and no earlier list is
 * kept there.
 */
function keepListBefore(
  list: (Network | Alliance)[],
  at: number,
  change: MembershipChange,
  all: MembershipChange[],
): void {
  const group = list[at] as Network | Alliance;
  const now = group.members;
  if (!now || now.partial || (group.memberHistory ?? []).length > 0) return;
  if (change.added.length === 0 && change.removed.length === 0) return;
  const article = change.evidence[0]?.article;
  if (now.evidence[0]?.article !== article) return;
  // (All of the article's changes of the group: joins and a leaving told apart, on two days.)
  const same = all.filter(
    (c) => c.group.kind === change.group.kind && c.group.id === change.group.id && c.evidence[0]?.article === article,
  );
  const added = same.flatMap((c) => c.added);
  const earlier = [...now.zones.filter((z) => !added.includes(z)), ...same.flatMap((c) => c.removed)];
  const previous = same.find((c) => c.previousCount !== undefined)?.previousCount;
  if (previous !== undefined && earlier.length !== previous) return;
  const since = launchDate(group);
  list[at] = {
    ...group,
    members: { ...now, asOf: now.asOf ?? change.date },
    memberHistory: [
      { zones: earlier, partial: false, others: [], evidence: change.evidence, ...(since ? { asOf: since } : {}) },
    ],
  } as Network | Alliance;
}

/**
 * An earlier list known only by its count ("成员单位共计十二家", no one named), followed by a whole list and the joins and
 * leavings between them ("审议通过了A、B加入网络的申请。至此，成员由12家增加到14家，名单如下：…"): the earlier list is
 * the later one without those who joined, with those who left, when that is exactly as many as its count.
 */
function countedBack(
  group: Network | Alliance,
  kind: "network" | "alliance",
  changes: MembershipChange[],
): Network | Alliance | undefined {
  const lists = [...group.memberHistory, ...(group.members ? [group.members] : [])];
  let history = group.memberHistory;
  for (const [i, earlier] of group.memberHistory.entries()) {
    const next = lists[i + 1];
    if (earlier.zones.length > 0 || earlier.statedCount === undefined || !earlier.asOf || !next || next.partial)
      continue;
    const between = changes.filter(
      (c) =>
        c.group.kind === kind &&
        c.group.id === group.id &&
        c.date > (earlier.asOf as string) &&
        (!next.asOf || c.date <= next.asOf),
    );
    const added = between.flatMap((c) => c.added);
    const removed = between.flatMap((c) => c.removed);
    if (added.length + removed.length === 0 || added.some((z) => !next.zones.includes(z))) continue;
    const zones = [...next.zones.filter((z) => !added.includes(z)), ...removed.filter((z) => !next.zones.includes(z))];
    if (zones.length !== earlier.statedCount) continue;
    const evidence = between.flatMap((c) => (c.added.length + c.removed.length > 0 ? c.evidence : []));
    history = history.map((h, k) =>
      k === i ? { ...h, zones, partial: false, evidence: [...h.evidence, ...evidence] } : h,
    );
  }
  return history === group.memberHistory ? undefined : ({ ...group, memberHistory: history } as Network | Alliance);
}

function launchDate(g: Network | Alliance): string | undefined {
  return "launch" in g ? g.launch?.date : "founded" in g ? g.founded?.date : undefined;
}

/**
 * Validates the merged set; every entry an issue points at that came from extraction is put back to what it was
 * before (or removed, if extraction created it), until nothing is left to drop.
 */
function dropInvalid(files: KnowledgeFiles, fallback: Map<object, object | null>): Dropped[] {
  const dropped: Dropped[] = [];
  const repaired = new Set<object>();
  for (let round = 0; round < 5; round++) {
    const issues = validateKnowledge(files);
    if (issues.length === 0) break;
    let changed = false;
    for (const list of [
      files.zones,
      files.networks,
      files.alliances,
      files.events,
      files.officials,
      files.figures,
    ] as object[][]) {
      for (let i = list.length - 1; i >= 0; i--) {
        const entry = list[i] as object & { id?: string; name?: string };
        if (!fallback.has(entry)) continue;
        const mine = issues.filter((issue) => matches(issue, entry, files));
        if (mine.length === 0) continue;
        const restore = fallback.get(entry) ?? null;
        // A list with nothing before it to go back to cannot be left out: the entry would lose a required field
        // (a figure's `about`), or match everything (its `match`); the entry goes instead.
        const fields = repairable(mine, repaired.has(entry));
        const before = (restore ?? {}) as Record<string, unknown>;
        const lost = fields?.some(
          (f) => Array.isArray((entry as Record<string, unknown>)[f]) && before[f] === undefined,
        );
        if (fields && !lost) {
          // Only the fields the issues point at go back to what they were (a network whose lead is not among
          // the members listed is still a network, with its launch and secretariat).
          const fixed = { ...entry } as Record<string, unknown>;
          for (const f of fields) {
            if (before[f] === undefined) delete fixed[f];
            else fixed[f] = before[f];
          }
          list[i] = fixed;
          repaired.add(fixed);
          fallback.set(fixed, restore);
          const origin = files.origins.get(entry);
          if (origin) files.origins.set(fixed, origin);
        } else if (restore) list[i] = restore;
        else list.splice(i, 1);
        changed = true;
        dropped.push({
          entity: entry.id ?? entry.name ?? "?",
          article: files.origins.get(entry)?.file.replace(EXTRACTED, "") ?? "?",
          reason: mine.map((m) => `${m.field}: ${m.message}`).join("; "),
        });
      }
    }
    if (!changed) break; // what is left is the curated files' own problem: validation reports it
  }
  return dropped;
}

/** Fields an entry's issues point at, when dropping just them may leave a valid entry: not its id or name, once. */
function repairable(issues: ValidationIssue[], tried: boolean): string[] | undefined {
  if (tried) return undefined;
  const fields = [...new Set(issues.map((issue) => /^[A-Za-z]+/.exec(issue.field)?.[0] ?? ""))];
  return fields.every((f) => f.length > 0 && f !== "id" && f !== "name") ? fields : undefined;
}

function matches(
  issue: ValidationIssue,
  entry: object & { id?: string; name?: string },
  files: KnowledgeFiles,
): boolean {
  const origin = files.origins.get(entry);
  if (!origin || origin.file !== issue.file) return false;
  return issue.entry === (entry.id ?? entry.name ?? `#${origin.index}`) || issue.entry === entry.name;
}

/** Names an article mentions that no zone, network or alliance record knows (normalised), for the open world. */
export function mentionedIn(files: Pick<KnowledgeFiles, "articles">, name: string): boolean {
  const n = normalize(name);
  return n.length >= 2 && files.articles.some((a) => normalize(a.body).includes(n));
}
