/**
 * Model facts (stored with an added article, src/knowledge/extract/llm.ts) joined to what the patterns extracted
 * from the same article, at learn time, without calling the model.
 *
 *   - The quote and value rules are checked again against this record's body (a page split into pieces gives each
 *     piece the proposals it quotes; stored data is never trusted blindly).
 *   - Names resolve through the gazetteer (the known entities plus what the patterns found in this article), as the
 *     pattern extractors resolve them; an unknown network, alliance or zone drops the proposal. The model creates
 *     no entity.
 *   - The patterns win: a field they state for the group in this article is kept, and a different model value is
 *     dropped and reported; so do the curated files and earlier articles (a model never moves a seat or a list).
 *   - Every kept value is noted as an inference ("由模型…提议"), so `learned` says where it came from.
 */
import type { Dropped } from "../learn.ts";
import type { Article } from "../load.ts";
import type { Evidence, Members } from "../schema.ts";
import { extendGazetteer } from "./index.ts";
import { dateIn, type ModelFacts, type ModelProposal, proposalProblem } from "./llm.ts";
import { type GroupRef, Names } from "./names.ts";
import type { ExtractedAlliance, ExtractedNetwork, Extraction, Gazetteer } from "./types.ts";

type Group = ExtractedNetwork | ExtractedAlliance;

/** `x` with the model facts of `article` it lacks; drops are appended to `dropped`. */
export function withModelFacts(
  x: Extraction,
  article: Pick<Article, "id" | "body" | "date"> & { modelFacts?: ModelFacts | undefined },
  known: Gazetteer,
  dropped: Dropped[],
): Extraction {
  const facts = article.modelFacts;
  if (!facts) return x;
  const drop = (entity: string, reason: string) => dropped.push({ entity, article: article.id, reason });
  // What the model stage dropped before storing is reported with the article's first record (its own id).
  if (!article.id.includes("~")) for (const d of facts.dropped) drop(d.entity, d.reason);

  const out: Extraction = {
    ...x,
    networks: [...x.networks],
    alliances: [...x.alliances],
    officials: [...x.officials],
    inferences: [...x.inferences],
  };
  const names = new Names(extendGazetteer(known, x));
  const note = `由模型 ${facts.model} 提议，引文与数值已核对`;

  for (const p of facts.proposals) {
    if (!article.body.includes(p.quote)) continue; // another piece of the same page quotes it
    const problem = proposalProblem(p, article);
    if (problem) {
      drop(p.fact === "official" ? p.name : p.group, problem);
      continue;
    }
    const evidence: Evidence[] = [{ article: article.id, quote: p.quote }];
    if (p.fact === "official") {
      if (out.officials.some((o) => o.name === p.name)) continue; // the patterns named this person
      out.officials.push({ name: p.name, role: p.role, evidence });
      out.inferences.push({ path: `officials.${p.name}`, note });
      continue;
    }
    const ref = names.group(p.group);
    if (!ref) {
      drop(p.group, `model proposal: no network or alliance is named "${p.group}"`);
      continue;
    }
    const zoneNames =
      p.fact === "members" ? p.zones : p.fact === "launch" ? (p.venue ? [p.venue] : []) : "zone" in p ? [p.zone] : [];
    const zones = zoneNames.map((n) => names.knownZone(n));
    const unknown = zoneNames.filter((_, i) => !zones[i]);
    if (unknown.length > 0) {
      drop(p.group, `model proposal: unknown zone(s): ${unknown.join("、")}`);
      continue;
    }
    const fields = fieldsOf(p, ref, zones as string[], evidence, article.date);
    const inferred = p.fact === "launch" && p.date && dateIn(p.date, p.quote, article.date) === "inferred";
    if (!fields) {
      drop(
        p.group,
        `model proposal: ${p.fact} does not apply to ${ref.kind === "network" ? "a network" : "an alliance"}`,
      );
      continue;
    }
    // Curated files and earlier articles win too: a model proposal never moves or replaces what they state.
    const before = ((ref.kind === "network" ? known.networks : known.alliances) as Group[]).find(
      (g) => g.id === ref.id,
    );
    for (const field of Object.keys(fields)) {
      const stated = (before as Record<string, unknown> | undefined)?.[field];
      if (stated === undefined) continue;
      if (!sameValue(stated, fields[field]))
        drop(p.group, `model proposal: the knowledge already states ${field} differently; it is kept`);
      delete fields[field];
    }
    const list = (ref.kind === "network" ? out.networks : out.alliances) as Group[];
    const at = list.findIndex((g) => g.id === ref.id);
    const current: Group = at >= 0 ? (list[at] as Group) : { id: ref.id, name: groupName(names, ref, p.group) };
    const next: Record<string, unknown> = { ...current };
    let changed = false;
    for (const [field, value] of Object.entries(fields)) {
      const have = (current as Record<string, unknown>)[field];
      if (have === undefined) {
        next[field] = value;
        changed = true;
        const path = `${ref.kind === "network" ? "networks" : "alliances"}.${ref.id}.${field}`;
        out.inferences.push({ path, note });
        if (inferred)
          out.inferences.push({ path: `${path}.date`, note: `文中只写月日，年份取自文章日期${article.date}` });
      } else if (!sameValue(have, value)) {
        drop(p.group, `model proposal: the patterns state ${field} differently in this article; theirs is kept`);
      }
    }
    if (!changed) continue;
    if (at >= 0) list[at] = next as Group;
    else list.push(next as Group);
  }
  return out;
}

function groupName(names: Names, ref: GroupRef, fallback: string): string {
  const list = ref.kind === "network" ? names.known.networks : names.known.alliances;
  return list.find((g) => g.id === ref.id)?.name ?? fallback;
}

/** The schema fields a proposal states, for a group of this kind; undefined when it does not apply. */
function fieldsOf(
  p: Exclude<ModelProposal, { fact: "official" }>,
  ref: GroupRef,
  zones: string[],
  evidence: Evidence[],
  articleDate: string | null,
): Record<string, unknown> | undefined {
  const network = ref.kind === "network";
  switch (p.fact) {
    case "members": {
      const complete = p.count !== undefined && p.count === zones.length;
      const members: Members = {
        zones,
        partial: !complete,
        others: [],
        ...(p.count !== undefined ? { statedCount: p.count } : {}),
        evidence,
      };
      return { members };
    }
    case "count":
      return { members: { zones: [], partial: true, others: [], statedCount: p.count, evidence } satisfies Members };
    case "launch": {
      const date = p.date && dateIn(p.date, p.quote, articleDate) ? p.date : undefined;
      if (network) return { launch: { ...(date ? { date } : {}), ...(zones[0] ? { venue: zones[0] } : {}), evidence } };
      if (!date) return undefined; // a founding needs its date
      return { founded: { date, ...(zones[0] ? { venue: zones[0] } : {}), evidence } };
    }
    case "lead":
      return network ? { lead: { zone: zones[0], evidence } } : undefined;
    case "secretariat":
      return { secretariat: { zone: zones[0], evidence } };
    case "chair":
      return network ? undefined : { chair: { zone: zones[0], evidence } };
  }
}

/** Nothing the proposal states contradicts the current value (a model confirming a pattern is no conflict). */
function sameValue(current: unknown, proposed: unknown): boolean {
  const have = current as Record<string, unknown>;
  for (const [k, v] of Object.entries(proposed as Record<string, unknown>)) {
    if (k === "evidence" || k === "partial" || k === "others" || v === undefined || have[k] === undefined) continue;
    if (k === "zones") {
      const a = [...(have[k] as string[])].sort().join(",");
      const b = [...(v as string[])].sort().join(",");
      if (a && b && a !== b) return false;
      continue;
    }
    if (JSON.stringify(have[k]) !== JSON.stringify(v)) return false;
  }
  return true;
}
