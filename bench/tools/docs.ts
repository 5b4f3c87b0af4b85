/**
 * Puts a saved run's tables into docs/benchmarks.md (between its results markers), without running anything:
 *
 *   npx tsx bench/tools/docs.ts [bench/results/latest.json]
 */
import { readFileSync } from "node:fs";
import { markdown, type Results, updateDocs } from "../report.ts";

const file = process.argv[2] ?? new URL("../results/latest.json", import.meta.url).pathname;
const results = JSON.parse(readFileSync(file, "utf8")) as Results;
updateDocs(markdown(results));
console.log(`docs/benchmarks.md ← ${file} (${results.kind} run of ${results.startedAt})`);
