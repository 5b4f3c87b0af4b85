/**
 * Combines parts of saved runs into one results file (when a part had to be run again, e.g. after a failure on a
 * busy machine): the first file is the base, each `part=file` replaces that part with the same part of another
 * run; the targets are computed again, and the merged run names where each part came from.
 *
 *   npx tsx bench/tools/merge.ts base.json webhook=rerun.json [--out bench/results/latest] [--docs]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { markdown, type Results, targets, updateDocs } from "../report.ts";

const args = process.argv.slice(2);
const [baseFile, ...rest] = args.filter((a) => !a.startsWith("--"));
if (!baseFile) throw new Error("usage: merge.ts base.json part=file … [--out prefix] [--docs]");
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Results & Record<string, unknown>;
const merged = read(baseFile);
const sources: string[] = [];
for (const spec of rest) {
  if (spec === out) continue;
  const [part, file] = spec.split("=");
  if (!part || !file) throw new Error(`expected part=file, got ${spec}`);
  const other = read(file);
  (merged as Record<string, unknown>)[part] = other[part];
  // The base run's failure of this part is superseded by the run it now comes from.
  const errors = (merged as { errors?: string[] }).errors;
  if (errors) (merged as { errors?: string[] }).errors = errors.filter((e) => !e.startsWith(`${part}:`));
  sources.push(`${part} from the run of ${other.startedAt} (commit ${other.git.commit})`);
}
merged.targets = targets(merged);
const md = `${markdown(merged)}\n${sources.length ? `Merged: base run ${merged.startedAt}; ${sources.join("; ")}.\n` : ""}`;
if (out) {
  writeFileSync(`${out}.json`, `${JSON.stringify(merged, null, 2)}\n`);
  writeFileSync(`${out}.md`, md);
}
if (args.includes("--docs")) updateDocs(md);
console.log(md);
