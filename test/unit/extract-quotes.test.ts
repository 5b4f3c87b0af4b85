/**
 * No quote, no fact — for every output of every article at hand (the seeds read leave-one-out, the growth
 * articles, the fixtures): each evidence quote stands word for word in its article, each value a fact states
 * stands in one of its quotes (a date's year may instead be listed in `inferences`), and every record passes
 * the curated schema.
 */
import { describe, expect, it } from "vitest";
import { extendGazetteer, extractArticle } from "../../src/knowledge/extract/index.ts";
import type { ArticleInput, Extraction, Gazetteer } from "../../src/knowledge/extract/types.ts";
import {
  allianceSchema,
  type Evidence,
  eventSchema,
  figureSchema,
  networkSchema,
  officialSchema,
  zoneSchema,
} from "../../src/knowledge/schema.ts";
import { curated, fixtures, growth, seeds, zoneTable } from "./fixtures/extract/inputs.ts";

function runAll(list: ArticleInput[], start: Gazetteer): { article: ArticleInput; x: Extraction; known: Gazetteer }[] {
  let known = start;
  return list.map((article) => {
    const before = known;
    const x = extractArticle(article, known);
    known = extendGazetteer(known, x);
    return { article, x, known: before };
  });
}

const runs = [
  ...runAll(seeds, zoneTable),
  ...runAll(growth, curated),
  ...fixtures.map((article) => ({ article, x: extractArticle(article, curated), known: curated })),
];

const compact = (s: string) => s.replace(/\s+/g, "");

/** Every problem with one extraction: quotes not in the body, values not in their quotes, schema errors. */
function problems(article: ArticleInput, x: Extraction, known: Gazetteer): string[] {
  const out: string[] = [];
  const zones = [...known.zones, ...x.zones];
  const zoneForms = (id: string) => {
    const z = zones.find((q) => q.id === id);
    if (!z) return [];
    return [z.name, z.name.replace(/(高新区|示范区|工业园区)$/, ""), ...z.aliases];
  };
  const said = (evidence: Evidence[] | undefined, forms: string[], what: string) => {
    const quotes = (evidence ?? []).map((e) => compact(e.quote));
    if (!forms.some((f) => f && quotes.some((q) => q.includes(compact(f))))) out.push(`${what}: not in its quotes`);
  };
  const dateSaid = (evidence: Evidence[] | undefined, date: string | undefined, path: string) => {
    if (!date) return;
    const [y, m, d] = date.split("-").map(Number);
    const md = d ? `${m}月${d}日` : `${m}月`;
    const quotes = (evidence ?? []).map((e) => compact(e.quote));
    if (!quotes.some((q) => q.includes(md))) out.push(`${path}: ${md} not in its quotes`);
    const full = `${y}年${md}`;
    const inferred = x.inferences.some((i) => i.path === path);
    if (!quotes.some((q) => q.includes(full)) && !inferred) out.push(`${path}: year neither quoted nor inferred`);
  };

  // Quotes stand in the body.
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.article === "string" && typeof o.quote === "string") {
        if (o.article !== article.id) out.push(`quote cites ${o.article}`);
        if (!article.body.includes(o.quote)) out.push(`quote not in body: ${o.quote}`);
        if (o.quote.length < 4) out.push(`quote too short: ${o.quote}`);
      } else Object.values(o).forEach(walk);
    }
  };
  walk(x);

  for (const z of x.zones) {
    if (!zoneSchema.safeParse(z).success) out.push(`zone ${z.id}: schema`);
    said(z.evidence, [z.name, ...z.aliases], `zone ${z.id}`);
  }
  for (const n of x.networks) {
    if (!networkSchema.partial().safeParse(n).success) out.push(`network ${n.id}: schema`);
    const p = `networks.${n.id}`;
    dateSaid(n.launch?.evidence, n.launch?.date, `${p}.launch.date`);
    if (n.launch?.venue) said(n.launch.evidence, zoneForms(n.launch.venue), `${p}.launch.venue`);
    if (n.launch?.occasion) said(n.launch.evidence, [n.launch.occasion], `${p}.launch.occasion`);
    if (n.lead) said(n.lead.evidence, zoneForms(n.lead.zone), `${p}.lead`);
    for (const z of n.members?.zones ?? []) said(n.members?.evidence, zoneForms(z), `${p}.members ${z}`);
    if (n.members?.statedCount) said(n.members.evidence, [`${n.members.statedCount}家`], `${p}.members.statedCount`);
    if (n.secretariat) said(n.secretariat.evidence, zoneForms(n.secretariat.zone), `${p}.secretariat`);
    if (n.secretariat?.note) said(n.secretariat.evidence, n.secretariat.note.split("；"), `${p}.secretariat.note`);
    for (const person of n.leadPeople ?? []) said(person.evidence, [person.name], `${p}.leadPeople`);
  }
  for (const a of x.alliances) {
    if (!allianceSchema.partial().safeParse(a).success) out.push(`alliance ${a.id}: schema`);
    const p = `alliances.${a.id}`;
    dateSaid(a.founded?.evidence, a.founded?.date, `${p}.founded.date`);
    if (a.founded?.guidedBy) said(a.founded.evidence, [a.founded.guidedBy], `${p}.founded.guidedBy`);
    for (const z of a.members?.zones ?? []) said(a.members?.evidence, zoneForms(z), `${p}.members ${z}`);
    if (a.members?.statedCount) said(a.members.evidence, [`${a.members.statedCount}家`], `${p}.members.statedCount`);
    if (a.secretariat) said(a.secretariat.evidence, zoneForms(a.secretariat.zone), `${p}.secretariat`);
    if (a.chair) said(a.chair.evidence, zoneForms(a.chair.zone), `${p}.chair`);
  }
  for (const c of x.changes) {
    const p = `changes.${c.group.id}`;
    for (const z of c.added) said(c.evidence, zoneForms(z), `${p} added ${z}`);
    if (c.newCount) said(c.evidence, [`${c.newCount}家`], `${p}.newCount`);
    if (c.previousCount) said(c.evidence, [`${c.previousCount}家`], `${p}.previousCount`);
  }
  for (const o of x.officials) {
    if (!officialSchema.safeParse(o).success) out.push(`official ${o.name}: schema`);
    said(o.evidence, [o.name], `official ${o.name}`);
    said(o.evidence, [o.role], `official ${o.name} role`);
  }
  for (const f of x.figures) {
    if (!figureSchema.safeParse(f).success) out.push(`figure ${f.id}: schema`);
    said(f.evidence, [`${f.value.replace(/%$/, "")}${f.unit}`], `figure ${f.id} value`);
    if (f.period) said(f.evidence, [f.period], `figure ${f.id} period`);
  }
  for (const e of x.events) {
    if (!eventSchema.safeParse(e).success) out.push(`event ${e.id}: schema`);
    const [, m, d] = e.date.split("-").map(Number);
    if (d) said(e.evidence, [`${m}月${d}日`], `event ${e.id} date`);
    if (e.venue) said(e.evidence, zoneForms(e.venue), `event ${e.id} venue`);
  }
  return out;
}

describe("no quote, no fact", () => {
  it("reads every article at hand (5 seeds, 4 growth articles, 4 fixtures)", () => {
    // 5 seed pages (one holds a 本报讯 item: its own record), 4 growth articles, 4 fixtures.
    expect(runs.map((r) => r.article.id.slice(0, 3))).toHaveLength(14);
  });

  for (const { article, x, known } of runs) {
    it(`${article.id}: every quote stands in the article, every value in its quote, every record in the schema`, () => {
      expect(problems(article, x, known)).toEqual([]);
    });
  }

  it("catches a value that is not in its quote (the check itself can fail)", () => {
    const { article, x, known } = runs[0] as (typeof runs)[number];
    const net = x.networks.find((n) => n.members);
    if (!net?.members) throw new Error("the first seed has a member list");
    const tampered: Extraction = {
      ...x,
      networks: [{ ...net, members: { ...net.members, zones: [...net.members.zones, "kunshan"] } }],
    };
    expect(problems(article, tampered, known)).toContain(`networks.${net.id}.members kunshan: not in its quotes`);
  });
});
