/** The benchmark's results: the JSON shape, the targets the issue sets, and the markdown tables. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AnswersResult } from "./answers.ts";
import type { CliResult } from "./cli.ts";
import type { FanoutResult } from "./fanout.ts";
import type { Machine } from "./lib/machine.ts";
import { median } from "./lib/stats.ts";
import type { SizeResult } from "./retrieval/size.ts";
import type { WebhookResult } from "./webhook/run.ts";

export type Target = {
  part: string;
  name: string;
  goal: string;
  measured: string;
  /** null: not measured in this run. */
  met: boolean | null;
};

export type Results = {
  kind: "full" | "quick";
  startedAt: string;
  durationS: number;
  command: string;
  git: { commit: string; dirtyFiles: number };
  machine: Machine;
  loadAverageAtEnd: Machine["loadAverage"];
  /** The same fixed CPU workload at the start and the end of the run (ms): how much the machine's speed moved. */
  calibrationMs: { start: number; end: number };
  webhook?: WebhookResult;
  answers?: AnswersResult;
  cli?: CliResult;
  retrieval?: { sizes: SizeResult[] };
  fanout?: FanoutResult;
  targets: Target[];
  errors: string[];
};

const f = (x: number | undefined, digits = 1) =>
  x === undefined || !Number.isFinite(x) ? "–" : x.toLocaleString("en-US", { maximumFractionDigits: digits });

export function targets(r: Omit<Results, "targets">): Target[] {
  const out: Target[] = [];
  const add = (
    part: string,
    name: string,
    goal: string,
    measured: number | undefined,
    ok: (x: number) => boolean,
    unit = "",
  ) =>
    out.push({
      part,
      name,
      goal,
      measured: measured === undefined || !Number.isFinite(measured) ? "not measured" : `${f(measured, 3)}${unit}`,
      met: measured === undefined || !Number.isFinite(measured) ? null : ok(measured),
    });
  const w = r.webhook;
  const rate = w?.options.pacedRate;
  const helloPaced = w?.targets.hello?.paced?.latency.p99;
  const pacedRatio = (p99: number | undefined) =>
    p99 === undefined || helloPaced === undefined ? undefined : p99 / helloPaced;
  add(
    "webhook",
    `ack p99 / bare Hono's, plain events, ${rate} ev/s offered`,
    "≤ 2×",
    pacedRatio(w?.targets.appPlain?.paced?.latency.p99),
    (x) => x <= 2,
    "×",
  );
  add(
    "webhook",
    `ack p99 / bare Hono's, encrypted events, ${rate} ev/s offered`,
    "≤ 2×",
    pacedRatio(w?.targets.appEncrypted?.paced?.latency.p99),
    (x) => x <= 2,
    "×",
  );
  for (const [name, label] of [
    ["appPlain", "plain"],
    ["appEncrypted", "encrypted"],
  ] as const) {
    const b = w?.burst?.[name];
    add(
      "webhook",
      `ack p99, burst of ${b?.events ?? 200} ${label} events at once, real answering`,
      "< 100 ms",
      b?.latency.p99,
      (x) => x < 100,
      " ms",
    );
  }
  const added = w?.add?.appEncrypted;
  add(
    "webhook",
    `ack p99 while a ${added ? Math.round(added.articleBytes / 1024) : 1024} KB article is added (${added?.rate ?? 100} ev/s)`,
    "< 100 ms",
    added?.latencyDuringAdd.p99,
    (x) => x < 100,
    " ms",
  );
  add(
    "webhook",
    "ack p99, plain events, saturated (200 connections, closed loop)",
    "< 50 ms",
    w?.targets.appPlain?.latency.p99,
    (x) => x < 50,
    " ms",
  );
  add(
    "webhook",
    "ack p99, encrypted events, saturated",
    "< 50 ms",
    w?.targets.appEncrypted?.latency.p99,
    (x) => x < 50,
    " ms",
  );
  // Rounds pair the targets in time (they take turns), so the median of the per-round ratios is the figure; the
  // ratio of the median throughputs is shown next to it in the webhook section.
  const paired = (xs: number[] | undefined) => (xs && xs.length > 0 ? median(xs) : undefined);
  add(
    "webhook",
    "plain throughput / bare Hono (median per round)",
    "≥ 0.5",
    paired(w?.ratios.plainVsHelloPerRound),
    (x) => x >= 0.5,
  );
  add(
    "webhook",
    "encrypted throughput / verify+decrypt route (median per round)",
    "≥ 0.8",
    paired(w?.ratios.encryptedVsVerifyPerRound),
    (x) => x >= 0.8,
  );
  add("answers", "fact questions p95", "< 2 ms", r.answers?.fact.latency.p95, (x) => x < 2, " ms");
  add("answers", "passage questions p95", "< 15 ms", r.answers?.passage.latency.p95, (x) => x < 15, " ms");
  const big = r.retrieval?.sizes.find((s) => s.size === 100_000);
  add("retrieval 100k", "hybrid query p95", "< 10 ms", big?.latency.hybrid.p95, (x) => x < 10, " ms");
  add(
    "retrieval 100k",
    "MemoryVectorStore p50 / hybrid p50",
    "≥ 20×",
    big ? big.latency.memoryVectorStore.p50 / big.latency.hybrid.p50 : undefined,
    (x) => x >= 20,
    "×",
  );
  add(
    "retrieval 100k",
    "HNSW recall@10 vs exact scan (remote-model vectors' path)",
    "≥ 0.95",
    big?.hnswRecallAt10,
    (x) => x >= 0.95,
  );
  add("retrieval 100k", "index build", "< 20 s", big ? big.build.totalMs / 1000 : undefined, (x) => x < 20, " s");
  add(
    "retrieval 100k",
    "RSS after build (settled)",
    "< 400 MB",
    big?.memory.hybridSettled?.rssMB,
    (x) => x < 400,
    " MB",
  );
  const fan = r.fanout?.available ? r.fanout : undefined;
  add("fan-out", "chats notified twice", "0", fan?.duplicates, (x) => x === 0);
  add(
    "fan-out",
    "delivery time / fastest Feishu allows",
    "(report)",
    fan ? fan.deliveredMs / Math.max(1, fan.limitFloorMs) : undefined,
    () => true,
    "×",
  );
  return out;
}

export function markdown(r: Results): string {
  const lines: string[] = [];
  const table = (head: string[], rows: (string | number)[][]) => {
    lines.push(`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`);
    for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
    lines.push("");
  };
  const m = r.machine;
  lines.push(
    `Run: ${r.kind}, ${r.startedAt}, ${f(r.durationS, 0)} s, commit ${r.git.commit}${r.git.dirtyFiles ? ` (+${r.git.dirtyFiles} uncommitted files in the tree)` : ""}.`,
    "",
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${f(m.memoryGB)} GB RAM, Node ${m.node} (V8 ${m.v8}), ${m.platform}. ` +
      `Load average at start ${m.loadAverage.at1m} / ${m.loadAverage.at5m} / ${m.loadAverage.at15m} (1/5/15 min), at end ${r.loadAverageAtEnd.at1m} / ${r.loadAverageAtEnd.at5m} / ${r.loadAverageAtEnd.at15m}. ` +
      `Calibration (fixed SHA-256 loop): ${f(r.calibrationMs.start, 0)} ms at start, ${f(r.calibrationMs.end, 0)} ms at end.`,
    "",
  );
  if (m.busiest.length) {
    lines.push("Other busy processes at the start:", "", ...m.busiest.map((b) => `- ${b}`), "");
  }

  lines.push("### Targets", "");
  table(
    ["part", "target", "goal", "measured", "met"],
    r.targets.map((t) => [t.part, t.name, t.goal, t.measured, t.met === null ? "–" : t.met ? "yes" : "**no**"]),
  );

  if (r.webhook) {
    const w = r.webhook;
    lines.push(
      "### 1. Webhook",
      "",
      `${w.options.rounds} measured round(s) × ${f(w.options.events, 0)} events per target, ${w.options.concurrency} keep-alive connections, warm-up ${f(w.options.warmup, 0)} events; targets take turns each round. ${w.setup}.`,
      "",
    );
    lines.push(
      `Saturated: ${w.options.concurrency} connections each sending its next event as soon as the last was acked (throughput; latency there is queueing: connections ÷ throughput). ` +
        `Paced: ${f(w.options.pacedEvents, 0)} events due at ${w.options.pacedRate} events/s (open loop), latency counted from when each event was due.`,
      "",
    );
    table(
      [
        "target",
        "events/s (median)",
        "per round",
        "saturated p50 / p99 ms",
        "paced p50 / p95 / p99 / max ms",
        "server CPU µs/event",
        "acking thread CPU µs/event (paced)",
        "bytes/req",
      ],
      Object.values(w.targets).map((t) => [
        t.label,
        f(t.throughput, 0),
        t.throughputPerRound.map((x) => f(x, 0)).join(", "),
        `${f(t.latency.p50, 1)} / ${f(t.latency.p99, 1)}`,
        t.paced
          ? `${f(t.paced.latency.p50, 1)} / ${f(t.paced.latency.p95, 1)} / ${f(t.paced.latency.p99, 1)} / ${f(t.paced.latency.max, 1)}`
          : "–",
        f(t.serverCpuUsPerEvent, 0),
        t.paced?.mainCpuUsPerEvent !== undefined ? f(t.paced.mainCpuUsPerEvent, 0) : "–",
        t.bytesPerRequest,
      ]),
    );
    for (const [, p] of Object.entries(w.pacedOnly ?? {})) {
      if (!p) continue;
      lines.push(
        `Paced only, ${p.label}: p50 / p95 / p99 / max ${f(p.latency.p50, 1)} / ${f(p.latency.p95, 1)} / ${f(p.latency.p99, 1)} / ${f(p.latency.max, 1)} ms` +
          (p.mainCpuUsPerEvent !== undefined ? `; acking thread CPU ${f(p.mainCpuUsPerEvent, 0)} µs/event.` : "."),
        "",
      );
    }
    lines.push(
      `Throughput ratios — plain / bare Hono: per round ${w.ratios.plainVsHelloPerRound.map((x) => f(x, 2)).join(", ")} (median **${f(median(w.ratios.plainVsHelloPerRound), 2)}**; ratio of the median throughputs ${f(w.ratios.plainVsHello, 2)}); ` +
        `encrypted / verify+decrypt: per round ${w.ratios.encryptedVsVerifyPerRound.map((x) => f(x, 2)).join(", ")} (median **${f(median(w.ratios.encryptedVsVerifyPerRound), 2)}**; ratio of the medians ${f(w.ratios.encryptedVsVerify, 2)}).`,
      "",
    );
    table(
      [
        "background answering",
        "events acked",
        "replies received by fake Feishu",
        "dropped (queue full)",
        "answered twice",
        "error log lines",
        "drain after burst, ms",
      ],
      (Object.keys(w.background) as (keyof typeof w.background)[]).map((k) => {
        const b = w.background[k] as NonNullable<(typeof w.background)[typeof k]>;
        return [
          k,
          b.events,
          b.replies,
          b.queueFull,
          b.messagesRepliedTwice,
          b.errorLines,
          b.drainMsPerRound.map((x) => f(x, 0)).join(", "),
        ];
      }),
    );
    const bursts = Object.entries(w.burst ?? {});
    if (bursts.length > 0) {
      lines.push(
        `Bursts: ${bursts[0]?.[1]?.events} events sent at once (one connection each) to an idle server (the answering apps then answer all of them; the baselines give the floor); ${bursts[0]?.[1]?.rounds} rounds pooled.`,
        "",
      );
      table(
        ["target", "ack p50 / p95 / p99 / max ms", "not acked (connection failed)", "answers drained after, ms"],
        bursts.map(([name, b]) => [
          b?.label ?? name,
          b ? `${f(b.latency.p50, 1)} / ${f(b.latency.p95, 1)} / ${f(b.latency.p99, 1)} / ${f(b.latency.max, 1)}` : "–",
          b ? `${b.failed ?? 0} of ${b.events * b.rounds}` : "–",
          b?.drainMsPerRound.some((x) => x > 0) ? b.drainMsPerRound.map((x) => f(x, 0)).join(", ") : "–",
        ]),
      );
    }
    const adds = Object.entries(w.add ?? {});
    if (adds.length > 0) {
      lines.push(
        "Adding knowledge while serving: events paced at the rate shown; 2 s in, a synthetic article is posted to `POST /admin/articles`, which answers once the article is stored and every answer thread has it; acks of the events due meanwhile.",
        "",
      );
      table(
        [
          "target",
          "article",
          "add (POST → 201) ms",
          "rate ev/s",
          "events during add",
          "ack p50 / p99 / max ms during add",
          "ack p99 in the 2 s before",
        ],
        adds.map(([name, a]) =>
          a
            ? [
                a.label,
                `${f(a.articleBytes / 1024, 0)} KB, ${f(a.articleChars, 0)} chars`,
                `${f(a.addMs, 0)}${a.status === 201 && a.reloaded ? "" : ` (HTTP ${a.status}, reloaded ${a.reloaded})`}`,
                a.rate,
                a.eventsDuringAdd,
                `${f(a.latencyDuringAdd.p50, 1)} / ${f(a.latencyDuringAdd.p99, 1)} / ${f(a.latencyDuringAdd.max, 1)}`,
                f(a.latencyBefore.p99, 1),
              ]
            : [name, "–", "–", "–", "–", "–", "–"],
        ),
      );
    }
  }

  if (r.answers) {
    const a = r.answers;
    lines.push(
      "### 2. Answers in process",
      "",
      `createEngine (load + validate knowledge, build the index): ${f(a.engineStartMs, 0)} ms; RSS after ${f(a.memoryAfterStart.rssMB, 0)} MB. ` +
        `Every golden question ${a.reps} times after one warm-up pass.`,
      "",
    );
    const rows: (string | number)[][] = [];
    for (const [name, set] of [
      ["fact questions", a.fact],
      ["passage questions", a.passage],
    ] as const) {
      rows.push([
        `**${name}** (${set.questions})`,
        set.latency.n,
        f(set.latency.p50, 2),
        f(set.latency.p95, 2),
        f(set.latency.p99, 2),
        f(set.latency.max, 1),
      ]);
      for (const [kind, s] of Object.entries(set.byKind)) {
        rows.push([`  answered as ${kind}`, s.n, f(s.p50, 2), f(s.p95, 2), f(s.p99, 2), f(s.max, 1)]);
      }
    }
    table(["set", "answers", "p50 ms", "p95 ms", "p99 ms", "max ms"], rows);
  }

  if (r.cli) {
    lines.push(
      "### 2b. CLI cold start",
      "",
      `\`${r.cli.question}\`, ${r.cli.runs} run(s) each, wall time to exit.`,
      "",
    );
    table(
      ["command", "median ms", "runs ms"],
      r.cli.rows.map((row) => [row.label, f(row.medianMs, 0), row.runsMs.map((x) => f(x, 0)).join(", ")]),
    );
  }

  if (r.retrieval) {
    const sizes = r.retrieval.sizes;
    lines.push(
      "### 3. Retrieval at scale",
      "",
      "Synthetic corpora (seeded word chain over the articles' vocabulary, plus the five real articles); each size in a fresh process. Queries: the 99 golden passage questions.",
      "",
    );
    table(
      [
        "passages",
        "build s",
        "tokens+BM25 s",
        "embed s",
        "int8 store s",
        "save s",
        "warm start (saved index) s",
        "add 1 article (in place) ms",
        "RSS base → corpus → built → settled MB",
        "peak RSS MB",
        "V8 heap used / reserved MB",
        "outside the heap MB",
        "+brute-force vectors RSS MB",
        "+MemoryVectorStore RSS MB",
      ],
      sizes.map((s) => [
        f(s.passages, 0),
        f(s.build.totalMs / 1000, 2),
        f(s.build.passagesTokensBm25Ms / 1000, 2),
        f(s.build.embedMs / 1000, 2),
        // (Runs before the int8 store timed HNSW here.)
        f((s.build.indexMs ?? (s.build as { hnswMs?: number }).hnswMs ?? 0) / 1000, 2),
        s.build.saveMs === undefined ? "–" : f(s.build.saveMs / 1000, 2),
        s.warmStartMs === undefined ? "–" : f(s.warmStartMs / 1000, 2),
        s.incrementalAdd ? `${f(s.incrementalAdd.ms, 0)} (${s.incrementalAdd.addedPassages} passages)` : "–",
        `${f(s.memory.base.rssMB, 0)} → ${f(s.memory.corpus.rssMB, 0)} → ${f(s.memory.hybrid.rssMB, 0)} → ${f(s.memory.hybridSettled?.rssMB, 0)}`,
        f(s.memory.peakRssMBAfterBuild, 0),
        `${f(s.memory.hybridSettled?.heapUsedMB, 0)} / ${f(s.memory.hybridSettled?.heapTotalMB, 0)}`,
        f(s.memory.hybridSettled?.externalMB, 0),
        f(s.memory.bruteForce.rssMB, 0),
        f(s.memory.memoryVectorStore.rssMB, 0),
      ]),
    );
    table(
      [
        "passages",
        "BM25 p50/p95 ms",
        "hybrid p50/p95 ms",
        "HNSW (remote path) build s, p50/p95 ms",
        "brute force p50/p95 ms",
        "MemoryVectorStore p50/p95 ms",
        "MVS / hybrid (p50)",
        "HNSW recall@10",
        "golden found @10",
      ],
      sizes.map((s) => [
        f(s.passages, 0),
        `${f(s.latency.bm25.p50, 2)} / ${f(s.latency.bm25.p95, 2)}`,
        `${f(s.latency.hybrid.p50, 2)} / ${f(s.latency.hybrid.p95, 2)}`,
        `${s.baselineBuildMs?.hnsw === undefined ? "" : `${f(s.baselineBuildMs.hnsw / 1000, 1)} s, `}${f(s.latency.hnsw.p50, 2)} / ${f(s.latency.hnsw.p95, 2)}`,
        `${f(s.latency.bruteForce.p50, 2)} / ${f(s.latency.bruteForce.p95, 2)}`,
        `${f(s.latency.memoryVectorStore.p50, 2)} / ${f(s.latency.memoryVectorStore.p95, 2)} (${s.memoryVectorStoreQueries} q)`,
        `${f(s.latency.memoryVectorStore.p50 / s.latency.hybrid.p50, 1)}×`,
        f(s.hnswRecallAt10, 3),
        `${s.goldenFoundAt10.found}/${s.goldenFoundAt10.answerable}`,
      ]),
    );
  }

  if (r.fanout) {
    lines.push("### 4. Notice fan-out", "");
    if (!r.fanout.available) lines.push(`Not available: ${r.fanout.reason}.`, "");
    else {
      const o = r.fanout;
      table(
        [
          "chats",
          "all delivered after",
          "fastest Feishu's limits allow",
          "notices posted",
          "chats answered twice",
          "requests",
          "refused (per chat / app)",
          "outbox",
        ],
        [
          [
            o.chats,
            `${f(o.deliveredMs / 1000, 2)} s`,
            `${f(o.limitFloorMs / 1000, 2)} s`,
            o.notices,
            o.duplicates,
            o.requests,
            `${o.refused.perChat} / ${o.refused.app}`,
            Object.entries(o.outbox)
              .map(([k, v]) => `${k} ${v}`)
              .join(", "),
          ],
        ],
      );
      lines.push(`Limits: ${o.limits}.`, "");
    }
  }

  if (r.errors.length) lines.push("### Errors", "", ...r.errors.map((e) => `- ${e}`), "");
  return lines.join("\n");
}

/** Replaces the text between the results markers in docs/benchmarks.md with `md`. */
export function updateDocs(md: string): void {
  const file = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));
  const start = "<!-- bench:results:start -->";
  const end = "<!-- bench:results:end -->";
  const doc = existsSync(file) ? readFileSync(file, "utf8") : `${start}\n${end}\n`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/benchmarks.md: markers ${start} … ${end} not found`);
  writeFileSync(file, `${doc.slice(0, a + start.length)}\n\n${md}\n${doc.slice(b)}`);
}
