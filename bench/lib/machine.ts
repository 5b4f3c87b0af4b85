/** What the numbers were measured on: CPU, cores, memory, Node, load average and what else was running. */
import { execFileSync } from "node:child_process";
import { cpus, freemem, hostname, loadavg, platform, release, totalmem } from "node:os";
import { round } from "./stats.ts";

export type Machine = {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  freeMemoryGB: number;
  node: string;
  v8: string;
  platform: string;
  host: string;
  loadAverage: { at1m: number; at5m: number; at15m: number };
  /** Busiest other processes at the start (share of one core over their lifetime is not useful: this is %CPU now). */
  busiest: string[];
};

export function machine(): Machine {
  const [at1m = 0, at5m = 0, at15m = 0] = loadavg();
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGB: round(totalmem() / 1024 ** 3),
    freeMemoryGB: round(freemem() / 1024 ** 3),
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${release()}`,
    host: hostname(),
    loadAverage: { at1m: round(at1m), at5m: round(at5m), at15m: round(at15m) },
    busiest: busiest(),
  };
}

/** The top processes by current CPU use (ps), excluding this benchmark; empty when ps is unavailable. */
function busiest(): string[] {
  try {
    const out = execFileSync("ps", ["-eo", "pid,pcpu,rss,args", "--sort=-pcpu", "--no-headers"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return (
      out
        .split("\n")
        .map((l) => l.trim())
        // Not this benchmark itself (its npm/tsx parents and children all run bench/ scripts).
        .filter((l) => l && !l.includes(" ps -eo ") && !/bench\/|run bench/.test(l))
        .filter((l) => Number(l.split(/\s+/)[1]) >= 5)
        .slice(0, 8)
        .map((l) => {
          const [pid, cpu, rss, ...args] = l.split(/\s+/);
          return `${cpu}% cpu, ${Math.round(Number(rss) / 1024)} MB: ${args.join(" ").slice(0, 110)} (pid ${pid})`;
        })
    );
  } catch {
    return [];
  }
}

/**
 * A fixed CPU workload (SHA-256 of 1 KB, 20,000 times), timed: the same work at the start and the end of a run
 * shows how much the machine's speed moved while we measured.
 */
export async function calibrate(): Promise<number> {
  const { createHash } = await import("node:crypto");
  const block = Buffer.alloc(1024, 7);
  const started = performance.now();
  let h = block;
  for (let i = 0; i < 20_000; i++) h = createHash("sha256").update(h).update(block).digest();
  return round(performance.now() - started);
}
