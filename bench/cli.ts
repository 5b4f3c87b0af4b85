/**
 * Part 2b — CLI cold start: `npm run ask -- "…"` as a fresh process, several runs, wall time to exit, next to
 * baselines measured in the same run: `node -e 0`, tsx loading an empty module, and the CLI without npm
 * (`node --import tsx src/cli/ask.ts`). Every run must exit 0 and print an answer.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median, round } from "./lib/stats.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const QUESTION = "物联网网络有哪些成员";

export type ColdStart = { label: string; command: string; runsMs: number[]; medianMs: number };
export type CliResult = { question: string; runs: number; rows: ColdStart[] };

function time(label: string, command: string, args: string[], check: (stdout: string) => boolean, runs: number) {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const ms = performance.now() - started;
    if (r.status !== 0 || !check(r.stdout)) {
      throw new Error(`${label}: exit ${r.status ?? r.signal}; stderr: ${r.stderr.slice(0, 500)}`);
    }
    runsMs.push(round(ms));
  }
  return { label, command: [command, ...args].join(" "), runsMs, medianMs: round(median(runsMs)) };
}

/** `brief`: only `node -e 0` and `npm run ask` (the quick run). */
export function benchCli(runs: number, brief = false): CliResult {
  const answered = (out: string) => out.includes("无锡");
  const rows = [
    time("node -e 0", process.execPath, ["-e", "0"], () => true, runs),
    ...(brief
      ? []
      : [
          time("tsx, empty module", process.execPath, ["--import", "tsx", "-e", "0"], () => true, runs),
          time(
            "ask CLI without npm",
            process.execPath,
            ["--import", "tsx", "src/cli/ask.ts", QUESTION],
            answered,
            runs,
          ),
        ]),
    time("npm run ask", "npm", ["run", "-s", "ask", "--", QUESTION], answered, runs),
  ];
  return { question: QUESTION, runs, rows };
}
