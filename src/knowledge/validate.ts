/**
 * Proves a set of knowledge files: every evidence quote stands word for word in its article,
 * every stated count equals its list unless the list is marked partial, every reference
 * resolves, ids are unique, and no name means two entities (unless declared ambiguous).
 */
import { articleIdFromFile, collectAliases } from "./build.ts";
import type { KnowledgeFiles } from "./load.ts";
import { pieceFor } from "./pieces.ts";
import type { Alliance, Evidence, Network } from "./schema.ts";

export type ValidationIssue = { file: string; entry: string; field: string; message: string };

export function validateKnowledge(files: KnowledgeFiles): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const articles = new Map(files.articles.map((a) => [a.id, a]));

  const where = (entry: object & { id?: string; name?: string }) => {
    const origin = files.origins.get(entry);
    return {
      file: origin?.file ?? "(unknown file)",
      entry: entry.id ?? entry.name ?? `#${origin?.index ?? "?"}`,
    };
  };
  const report = (entry: object, field: string, message: string) => issues.push({ ...where(entry), field, message });

  for (const a of files.articles) {
    // A piece of a page (a 本报讯 item) is `${page id}~n`.
    if (articleIdFromFile(a.file) !== a.id.split("~")[0]) {
      issues.push({ file: a.file, entry: a.id, field: "id", message: "article id must equal the file name" });
    }
    if (a.body.trim().length === 0) issues.push({ file: a.file, entry: a.id, field: "body", message: "empty body" });
  }
  const articleIds = files.articles.map((a) => a.id);
  for (const dup of duplicates(articleIds)) {
    issues.push({ file: "(articles)", entry: dup, field: "id", message: "duplicate article id" });
  }

  const checkEvidence = (entry: object, field: string, evidence: Evidence[]) => {
    evidence.forEach((ev, i) => {
      const article = articles.get(ev.article);
      if (!article) report(entry, `${field}[${i}].article`, `unknown article "${ev.article}"`);
      else if (!pieceFor(articles, ev.article, ev.quote)) {
        report(
          entry,
          `${field}[${i}].quote`,
          `quote does not stand in article ${ev.article}: "${ev.quote.slice(0, 60)}"`,
        );
      }
    });
  };

  const zoneIds = new Set(files.zones.map((z) => z.id));
  const entityIds = [...files.zones, ...files.networks, ...files.alliances].map((e) => e.id);
  const allEntityIds = new Set(entityIds);
  for (const dup of duplicates(entityIds)) {
    issues.push({
      file: "(facts)",
      entry: dup,
      field: "id",
      message: "id used by more than one zone/network/alliance",
    });
  }
  const checkZone = (entry: object, field: string, id: string | undefined) => {
    if (id !== undefined && !zoneIds.has(id)) report(entry, field, `unknown zone "${id}"`);
  };
  const checkMembers = (
    entry: object,
    members: { zones: string[]; partial: boolean; statedCount?: number; evidence: Evidence[] } | undefined,
    at = "members",
  ) => {
    if (!members) return;
    members.zones.forEach((z, i) => {
      checkZone(entry, `${at}.zones[${i}]`, z);
    });
    for (const dup of duplicates(members.zones)) report(entry, `${at}.zones`, `zone "${dup}" listed twice`);
    if (!members.partial && members.statedCount !== undefined && members.statedCount !== members.zones.length) {
      report(
        entry,
        `${at}.statedCount`,
        `stated count ${members.statedCount} ≠ ${members.zones.length} members listed (mark the list partial if the article names only some)`,
      );
    }
    if (members.partial && members.statedCount !== undefined && members.zones.length > members.statedCount) {
      report(entry, `${at}.zones`, `partial list has more members than the stated count ${members.statedCount}`);
    }
    checkEvidence(entry, `${at}.evidence`, members.evidence);
  };
  const checkHistory = (entry: Network | Alliance) => {
    entry.memberHistory.forEach((m, i) => {
      checkMembers(entry, m, `memberHistory[${i}]`);
    });
  };
  const checkSeat = (entry: object, field: string, seat: { zone: string; evidence: Evidence[] } | undefined) => {
    if (!seat) return;
    checkZone(entry, `${field}.zone`, seat.zone);
    checkEvidence(entry, `${field}.evidence`, seat.evidence);
  };

  const checkRoleSeats = (entry: Network | Alliance) => {
    entry.seats.forEach((seat, i) => {
      seat.zones.forEach((zone, j) => {
        checkZone(entry, `seats[${i}].zones[${j}]`, zone);
      });
      if (seat.from) checkZone(entry, `seats[${i}].from`, seat.from);
      checkEvidence(entry, `seats[${i}].evidence`, seat.evidence);
    });
  };

  for (const z of files.zones) checkEvidence(z, "evidence", z.evidence);
  for (const n of files.networks) {
    if (n.launch) {
      checkZone(n, "launch.venue", n.launch.venue);
      checkEvidence(n, "launch.evidence", n.launch.evidence);
    }
    if (n.lead) {
      checkZone(n, "lead.zone", n.lead.zone);
      checkEvidence(n, "lead.evidence", n.lead.evidence);
      // (A partial list, "只写了共13家", may leave the lead out: nothing to check it against.)
      if (n.members && !n.members.partial && !n.members.zones.includes(n.lead.zone))
        report(n, "lead.zone", "lead zone is not among the members");
    }
    n.leadPeople.forEach((p, i) => {
      checkEvidence(n, `leadPeople[${i}].evidence`, p.evidence);
    });
    n.aims.forEach((a, i) => {
      checkEvidence(n, `aims[${i}].evidence`, a.evidence);
    });
    checkMembers(n, n.members);
    checkHistory(n);
    checkSeat(n, "secretariat", n.secretariat);
    for (const [i, seat] of (n.secretariatHistory ?? []).entries()) checkSeat(n, `secretariatHistory[${i}]`, seat);
    checkRoleSeats(n);
  }
  for (const a of files.alliances) {
    if (a.founded) {
      checkZone(a, "founded.venue", a.founded.venue);
      checkEvidence(a, "founded.evidence", a.founded.evidence);
    }
    if (a.initiator) checkEvidence(a, "initiator.evidence", a.initiator.evidence);
    checkSeat(a, "secretariat", a.secretariat);
    for (const [i, seat] of (a.secretariatHistory ?? []).entries()) checkSeat(a, `secretariatHistory[${i}]`, seat);
    checkSeat(a, "chair", a.chair);
    checkRoleSeats(a);
    a.results.forEach((r, i) => {
      checkEvidence(a, `results[${i}].evidence`, r.evidence);
    });
    checkMembers(a, a.members);
    checkHistory(a);
  }
  for (const o of files.officials) {
    checkEvidence(o, "evidence", o.evidence);
    if (o.org !== undefined && !allEntityIds.has(o.org)) report(o, "org", `unknown entity "${o.org}"`);
  }
  for (const f of files.figures) {
    checkEvidence(f, "evidence", f.evidence);
    f.about.forEach((id, i) => {
      if (!allEntityIds.has(id)) report(f, `about[${i}]`, `unknown entity "${id}"`);
    });
    f.match.forEach((group, g) => {
      group.forEach((term, t) => {
        if (term.startsWith("@") && !allEntityIds.has(term.slice(1))) {
          report(f, `match[${g}][${t}]`, `unknown entity "${term}"`);
        }
      });
    });
  }
  for (const dup of duplicates(files.figures.map((f) => f.id))) {
    issues.push({ file: "(figures)", entry: dup, field: "id", message: "duplicate figure id" });
  }
  for (const e of files.events) {
    checkEvidence(e, "evidence", e.evidence);
    checkZone(e, "venue", e.venue);
    e.scopes.forEach((s, i) => {
      if (!allEntityIds.has(s)) report(e, `scopes[${i}]`, `unknown network, alliance or zone "${s}"`);
    });
  }
  for (const dup of duplicates(files.events.map((e) => e.id))) {
    issues.push({ file: "(events)", entry: dup, field: "id", message: "duplicate event id" });
  }
  for (const amb of files.ambiguous) {
    amb.readings.forEach((r, i) => {
      if (!allEntityIds.has(r)) report(amb, `readings[${i}]`, `unknown entity "${r}"`);
    });
  }

  // One name, one meaning: an alias may not point at two entities; an ambiguous name may not
  // also be an entity's alias (it would silently pick one reading).
  const meaning = new Map<string, { key: string; source: string }>();
  for (const { alias, target, source } of collectAliases(files)) {
    const key = target.type === "entity" ? `${target.ref.kind}:${target.ref.id}` : `ambiguous:${target.name.name}`;
    const prev = meaning.get(alias);
    if (!alias) {
      issues.push({
        file: "(aliases)",
        entry: key,
        field: "aliases",
        message: `name "${source}" is empty once normalised`,
      });
    } else if (prev && prev.key !== key) {
      issues.push({
        file: "(aliases)",
        entry: alias,
        field: "aliases",
        message: `"${source}" names both ${prev.key} and ${key}; declare it in ambiguous.yaml or remove one`,
      });
    } else meaning.set(alias, { key, source });
  }
  return issues;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) (seen.has(v) ? dups : seen).add(v);
  return [...dups];
}

export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((i) => `${i.file}: ${i.entry}: ${i.field}: ${i.message}`).join("\n");
}
