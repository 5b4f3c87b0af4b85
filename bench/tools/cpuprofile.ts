/**
 * Summarises a V8 CPU profile (node --cpu-prof): the functions with the most self time and the most inclusive
 * time, as shares of the sampled time.
 *
 *   npx tsx bench/tools/cpuprofile.ts file.cpuprofile [--top 25] [--filter substring] [--from S] [--to S]
 *
 * --from / --to: only the samples taken between these seconds after the profile started (one phase of a bench
 * run); `--timeline 10` prints busy time per 10 s instead, to find the phases.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: "string", default: "25" },
    filter: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    timeline: { type: "string" },
  },
});
const file = positionals[0];
if (!file) throw new Error("usage: bench/tools/cpuprofile.ts file.cpuprofile [--top N] [--filter text]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const top = Number(values.top);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
const from = Number(values.from ?? 0) * 1e6;
const to = values.to === undefined ? Number.POSITIVE_INFINITY : Number(values.to) * 1e6;
const bucket = values.timeline === undefined ? 0 : Number(values.timeline) * 1e6;
const busy = new Map<number, number>();
let at = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  if (bucket > 0 && byId.get(id)?.callFrame.functionName !== "(idle)") {
    const b = Math.floor(at / bucket);
    busy.set(b, (busy.get(b) ?? 0) + delta);
  }
  if (at < from || at >= to) return;
  self.set(id, (self.get(id) ?? 0) + delta);
});
if (bucket > 0) {
  console.log(`busy time per ${bucket / 1e6} s`);
  const last = Math.floor(at / bucket);
  for (let b = 0; b <= last; b++) {
    console.log(
      `${String((b * bucket) / 1e6).padStart(6)} s  ${((busy.get(b) ?? 0) / 1000).toFixed(0).padStart(7)} ms`,
    );
  }
  process.exit(0);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, "").replace(/.*\/node_modules\//, "~/");
  const short = url.replace(process.cwd(), ".");
  return `${n.callFrame.functionName || "(anonymous)"} ${short}:${n.callFrame.lineNumber + 1}`;
};

const selfBy = new Map<string, number>();
const inclusiveBy = new Map<string, number>();
for (const [id, us] of self) {
  const node = byId.get(id);
  if (!node) continue;
  selfBy.set(label(node), (selfBy.get(label(node)) ?? 0) + us);
  // Inclusive: count each distinct function once per sample stack.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (!n) break;
    const l = label(n);
    if (seen.has(l)) continue;
    seen.add(l);
    inclusiveBy.set(l, (inclusiveBy.get(l) ?? 0) + us);
  }
}

const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
  const rows = [...map.entries()]
    .filter(([l]) => !values.filter || l.includes(values.filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [l, us] of rows) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${l}`);
};
show("self time", selfBy);
show("inclusive time", inclusiveBy);
