/**
 * `npm run eval:extract`: leave-one-out for extraction. The seed articles are read raw, with the curated facts
 * set aside: the gazetteer starts as the zone table only (zones.yaml names and aliases; no networks, no
 * alliances), and each article is read against what the earlier ones taught (as articles are added in
 * production). The result is compared with the curated facts, per fact kind:
 *
 *   members       one item per (group, zone) pair
 *   counts        one item per group and distinct stated count
 *   dates         one item per group (network launch date, alliance founding date)
 *   venues        one item per network launch venue
 *   leads         one item per network lead zone
 *   secretariats  one item per group
 *   officials     one item per (article, name, title): the name must be one the article's metadata lists, and
 *                 the title the curated one where a network's leadPeople give it
 *   figures       one item per extracted figure: right when a curated figure of that article has the same
 *                 number, unit and year; extracted figures the curated files do not list count as wrong
 *
 * A group the curated files do not know makes all its facts wrong. Flags: --isolated (each article read against
 * the zone table alone), --verbose (list every wrong and missed item), --strict (exit 1 when a target is missed).
 */
import { extendGazetteer, extractArticle } from "../src/knowledge/extract/index.ts";
import type { Extraction, Gazetteer } from "../src/knowledge/extract/types.ts";
import { readKnowledgeFiles } from "../src/knowledge/load.ts";
import { normalize } from "../src/knowledge/normalize.ts";
import type { Alliance, Figure, Network } from "../src/knowledge/schema.ts";

const args = new Set(process.argv.slice(2));
const files = readKnowledgeFiles();
const articles = [...files.articles].sort((a, b) => a.id.localeCompare(b.id));

// ── extract ──────────────────────────────────────────────────────────────────────────────────────────────────
const zoneTable: Gazetteer = { zones: files.zones, networks: [], alliances: [] };
let known = zoneTable;
const extractions: Extraction[] = [];
for (const a of articles) {
  const x = extractArticle(
    { id: a.id, title: a.title, date: a.date, body: a.body },
    args.has("--isolated") ? zoneTable : known,
  );
  extractions.push(x);
  known = extendGazetteer(known, x);
}

// ── no quote, no fact: every quote stands in its article ────────────────────────────────────────────────────
const bodies = new Map(articles.map((a) => [a.id, a.body]));
let quotes = 0;
const badQuotes: string[] = [];
const walk = (v: unknown) => {
  if (Array.isArray(v)) v.forEach(walk);
  else if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.article === "string" && typeof o.quote === "string") {
      quotes++;
      if (!bodies.get(o.article)?.includes(o.quote)) badQuotes.push(`${o.article}: ${o.quote}`);
    } else Object.values(o).forEach(walk);
  }
};
walk(extractions);

// ── map extracted groups to curated ones by name ───────────────────────────────────────────────────────────
const curatedByName = new Map<string, { kind: "network" | "alliance"; id: string }>();
for (const n of files.networks)
  for (const s of [n.name, ...n.officialNames, ...n.aliases])
    curatedByName.set(normalize(s), { kind: "network", id: n.id });
for (const a of files.alliances)
  for (const s of [a.name, ...a.aliases]) curatedByName.set(normalize(s), { kind: "alliance", id: a.id });
const curatedOf = (kind: string, name: string, officialNames: string[] = []) => {
  for (const s of [name, ...officialNames]) {
    const hit = curatedByName.get(normalize(s));
    if (hit && hit.kind === kind) return hit.id;
  }
  return undefined;
};

type Score = { extracted: number; right: number; truth: number; found: number; wrong: string[]; missed: string[] };
const score = (): Score => ({ extracted: 0, right: 0, truth: 0, found: 0, wrong: [], missed: [] });
const kinds = ["members", "counts", "dates", "venues", "leads", "secretariats", "officials", "figures"] as const;
const scores = Object.fromEntries(kinds.map((k) => [k, score()])) as Record<(typeof kinds)[number], Score>;

/** Extracted values per (curated group id or "?name", field), over all articles. */
const got = new Map<string, Set<string>>();
const note = (group: string, field: string, value: string | number | undefined) => {
  if (value === undefined) return;
  const k = `${group}|${field}`;
  const set = got.get(k) ?? new Set<string>();
  set.add(String(value));
  got.set(k, set);
};
for (const x of extractions) {
  for (const n of x.networks) {
    const id = curatedOf("network", n.name, n.officialNames) ?? `?${n.name}`;
    for (const z of n.members?.zones ?? []) note(id, "members", z);
    note(id, "counts", n.members?.statedCount);
    note(id, "dates", n.launch?.date);
    note(id, "venues", n.launch?.venue);
    note(id, "leads", n.lead?.zone);
    note(id, "secretariats", (n as { secretariat?: { zone: string } }).secretariat?.zone);
  }
  for (const a of x.alliances) {
    const id = curatedOf("alliance", a.name) ?? `?${a.name}`;
    for (const z of a.members?.zones ?? []) note(id, "members", z);
    note(id, "counts", a.members?.statedCount);
    note(id, "dates", a.founded?.date);
    note(id, "secretariats", a.secretariat?.zone);
  }
}

const truth = new Map<string, Set<string>>();
const want = (group: string, field: string, value: string | number | undefined) => {
  if (value === undefined) return;
  const k = `${group}|${field}`;
  const set = truth.get(k) ?? new Set<string>();
  set.add(String(value));
  truth.set(k, set);
};
for (const n of files.networks as Network[]) {
  for (const z of n.members?.zones ?? []) want(n.id, "members", z);
  want(n.id, "counts", n.members?.statedCount);
  want(n.id, "dates", n.launch?.date);
  want(n.id, "venues", n.launch?.venue);
  want(n.id, "leads", n.lead?.zone);
}
for (const a of files.alliances as Alliance[]) {
  for (const z of a.members?.zones ?? []) want(a.id, "members", z);
  want(a.id, "counts", a.members?.statedCount);
  want(a.id, "dates", a.founded?.date);
  want(a.id, "secretariats", a.secretariat?.zone);
}

for (const kind of ["members", "counts", "dates", "venues", "leads", "secretariats"] as const) {
  const sc = scores[kind];
  for (const [k, values] of got) {
    const [group, field] = k.split("|") as [string, string];
    if (field !== kind) continue;
    const right = truth.get(k) ?? new Set<string>();
    for (const v of values) {
      sc.extracted++;
      if (right.has(v)) sc.right++;
      else sc.wrong.push(`${group}: ${v}`);
    }
  }
  for (const [k, values] of truth) {
    const [group, field] = k.split("|") as [string, string];
    if (field !== kind) continue;
    const have = got.get(k) ?? new Set<string>();
    for (const v of values) {
      sc.truth++;
      if (have.has(v)) sc.found++;
      else sc.missed.push(`${group}: ${v}`);
    }
  }
}

// Officials: names from the articles' metadata, titles from the curated leadPeople.
{
  const sc = scores.officials;
  const titles = new Map<string, string>();
  for (const n of files.networks) for (const p of n.leadPeople) titles.set(p.name, p.role);
  const seen = new Set<string>();
  for (const [i, x] of extractions.entries()) {
    const meta = articles[i];
    const names = new Set((meta?.people ?? []).filter((p) => !/负责人/.test(p)));
    for (const o of x.officials) {
      sc.extracted++;
      const title = titles.get(o.name);
      if (names.has(o.name) && (title === undefined || title === o.role)) {
        sc.right++;
        seen.add(`${page(x.articleId)}|${o.name}`);
      } else sc.wrong.push(`${x.articleId}: ${o.name} (${o.role})`);
    }
  }
  // The people a page's metadata lists, each once per page (its 本报讯 pieces share the page's metadata).
  for (const [i, x] of extractions.entries()) {
    if (x.articleId.includes("~")) continue;
    const names = new Set((articles[i]?.people ?? []).filter((p) => !/负责人/.test(p)));
    for (const p of names) {
      sc.truth++;
      if (seen.has(`${x.articleId}|${p}`)) sc.found++;
      else sc.missed.push(`${x.articleId}: ${p}`);
    }
  }
}

// Figures: same article, same number, same unit, same year.
{
  const sc = scores.figures;
  const number = (v: string) => /\d+(?:\.\d+)?/.exec(v)?.[0];
  const same = (a: Figure, b: Figure) =>
    number(a.value) !== undefined &&
    number(a.value) === number(b.value) &&
    (a.unit ?? "") === (b.unit ?? "") &&
    (a.year === undefined || b.year === undefined || a.year === b.year);
  const curated = files.figures.filter((f) => /\d/.test(f.value));
  const found = new Set<Figure>();
  for (const x of extractions) {
    for (const f of x.figures) {
      sc.extracted++;
      // A curated figure with the same value, or one that states it in its note for the same clause
      // ("80个重点项目签约" with note "总投资412亿元").
      const inNote = (c: Figure) =>
        c.note?.includes(`${number(f.value)}${f.unit}`) &&
        c.evidence.some(
          (e) =>
            e.article === page(x.articleId) &&
            f.evidence.some((q) => e.quote.includes(q.quote) || q.quote.includes(e.quote)),
        );
      const ofArticle = curated.filter((c) => c.evidence.some((e) => e.article === page(x.articleId)));
      const hit = ofArticle.find((c) => same(f, c)) ?? ofArticle.find((c) => inNote(c));
      if (hit) {
        sc.right++;
        found.add(hit);
      } else sc.wrong.push(`${x.articleId}: ${f.label} = ${f.value}${f.unit}`);
    }
  }
  for (const c of curated) {
    sc.truth++;
    if (found.has(c)) sc.found++;
    else sc.missed.push(`${c.id}: ${c.label} = ${c.value}${c.unit}`);
  }
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────────────────
const pct = (a: number, b: number) => (b === 0 ? "   —" : (a / b).toFixed(2).padStart(4));
const targets: Record<string, { p: number; r?: number }> = {
  members: { p: 0.98, r: 0.9 },
  counts: { p: 0.98, r: 0.9 },
  dates: { p: 0.98, r: 0.9 },
  venues: { p: 0.98, r: 0.9 },
  leads: { p: 0.98, r: 0.9 },
  secretariats: { p: 0.98 },
  officials: { p: 0.98 },
  figures: { p: 0.98 },
};
console.log(
  `leave-one-out over ${articles.length} seed articles; gazetteer: ${args.has("--isolated") ? "the zone table only, per article" : "the zone table, then what earlier articles taught"}`,
);
console.log(`quotes checked: ${quotes}, not in their article: ${badQuotes.length}`);
for (const q of badQuotes) console.log(`  ✗ ${q}`);
console.log("");
console.log("kind          extracted right precision | truth found recall | target");
let missedTarget = false;
for (const k of kinds) {
  const s = scores[k];
  const t = targets[k] as { p: number; r?: number };
  const p = s.extracted === 0 ? 1 : s.right / s.extracted;
  const r = s.truth === 0 ? 1 : s.found / s.truth;
  const ok = p >= t.p && (t.r === undefined || r >= t.r);
  if (!ok) missedTarget = true;
  console.log(
    `${k.padEnd(13)} ${String(s.extracted).padStart(9)} ${String(s.right).padStart(5)} ${pct(s.right, s.extracted).padStart(9)} | ${String(s.truth).padStart(5)} ${String(s.found).padStart(5)} ${pct(s.found, s.truth).padStart(6)} | P≥${t.p}${t.r ? ` R≥${t.r}` : ""} ${ok ? "ok" : "MISSED"}`,
  );
}
for (const k of kinds) {
  const s = scores[k];
  if (s.wrong.length > 0) console.log(`\n${k}: wrong (${s.wrong.length})\n  ${s.wrong.join("\n  ")}`);
  if (args.has("--verbose") && s.missed.length > 0)
    console.log(`\n${k}: missed (${s.missed.length})\n  ${s.missed.join("\n  ")}`);
}
if (args.has("--strict") && (missedTarget || badQuotes.length > 0)) process.exit(1);

/** The page an article record belongs to: a 本报讯 piece `${id}~n` is part of page `id` (curated facts name pages). */
function page(articleId: string): string {
  return articleId.split("~")[0] as string;
}
