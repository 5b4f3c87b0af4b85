/**
 * Measures the Worker as it would be deployed, offline: `npx tsx scripts/measure-worker.ts [--out <file.json>]`
 *
 *  1. bundle: `wrangler deploy --dry-run --outdir <tmp>` (which runs build:worker first); raw and gzip bytes of
 *     the bundle — what Cloudflare's size limits apply to (3 MB gzip on the free plan, 10 MB on paid);
 *  2. runs that bundle in workerd (Miniflare), local mode, D1 migrated, LOG_LEVEL=debug, reads the startup work
 *     (bundled knowledge and retrieval, built in the global scope) from the Worker's log, and asks every golden
 *     question through POST /api/ask. Time per answer is the Worker's own "answered" log: performance.now()
 *     around answerWith inside the isolate, which has no I/O — locally that is CPU time plus whatever the
 *     machine's load steals (deployed, workerd freezes timers while code runs; there the dashboard's CPU time is
 *     the number to watch);
 *  3. heap of the isolate from the V8 inspector (Runtime.getHeapUsage after a full GC): after the script loads,
 *     after the first fact answer, after the first passage answer (retrieval built), and after all questions.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { Miniflare } from "miniflare";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

type Cdp = { call(method: string, params?: object): Promise<Record<string, unknown>>; close(): void };

function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function connectInspector(port: number): Promise<Cdp> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
    title?: string;
    webSocketDebuggerUrl: string;
  }>;
  // The user worker ("core:user:<name>"), not Miniflare's helper workers.
  const target = targets.find((t) => String(t.title).includes("core:user:"));
  if (!target) throw new Error("no inspector target");
  const WS = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
  if (!WS) throw new Error("run with node --experimental-websocket (Node 20), e.g. npx tsx --experimental-websocket …");
  const ws = new WS(target.webSocketDebuggerUrl);
  await new Promise((ok, fail) => {
    ws.addEventListener("open", ok, { once: true });
    ws.addEventListener("error", fail, { once: true });
  });
  let id = 0;
  const waiting = new Map<number, (result: Record<string, unknown>) => void>();
  ws.addEventListener("message", (e) => {
    const msg = JSON.parse(String(e.data)) as { id?: number; result?: Record<string, unknown> };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result ?? {});
  });
  return {
    call(method, params = {}) {
      const n = ++id;
      ws.send(JSON.stringify({ id: n, method, params }));
      return new Promise((ok) => waiting.set(n, ok));
    },
    close: () => ws.close(),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function summary(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, median: r(percentile(s, 50)), p95: r(percentile(s, 95)), max: r(s.at(-1) ?? Number.NaN) };
}

async function main() {
  const outFlag = process.argv.indexOf("--out");
  const outFile = outFlag >= 0 ? process.argv[outFlag + 1] : undefined;

  // 1. The bundle.
  const outdir = mkdtempSync(join(tmpdir(), "worker-bundle-"));
  const dry = execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const bundleFile = readdirSync(outdir).find((f) => f.endsWith(".js"));
  if (!bundleFile) throw new Error(`no bundle in ${outdir}`);
  // The script and the Text modules it imports (dictionary, snapshot): everything that is uploaded.
  const uploaded = readdirSync(outdir).filter((f) => f.endsWith(".js") || f.endsWith(".txt"));
  const bundle = Buffer.concat(uploaded.map((f) => readFileSync(join(outdir, f))));
  const wranglerLine = /Total Upload: ([^\n]+)/.exec(dry)?.[1]?.trim();
  const dictBytes = Buffer.concat(
    ["jieba-words.txt", "jieba-freqs.txt"].map((f) => readFileSync(join(ROOT, "data", "worker", f))),
  );
  const snapshotBytes = readFileSync(join(ROOT, "data", "worker", "snapshot.txt"));
  const scriptBytes = readFileSync(join(outdir, bundleFile));

  // 2. Run it in workerd.
  const toml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
  const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(toml)?.[1] ?? "2026-04-01";
  // Startup (parse + global scope, where the bundled knowledge and retrieval are built): workerd stops timers
  // while the global scope runs, so it is timed from outside — how long until workerd is ready with this bundle,
  // minus the same for a bundle that does nothing.
  const readyMs = async (options: ConstructorParameters<typeof Miniflare>[0]) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const probe = new Miniflare(options);
      await probe.ready;
      times.push(performance.now() - started);
      await probe.dispose();
    }
    return Math.min(...times);
  };
  const common = { modules: true, compatibilityDate, compatibilityFlags: ["nodejs_compat"], d1Databases: ["DB"] };
  const modulesRules = [{ type: "Text" as const, include: ["**/*.txt"] }];
  const emptyReady = await readyMs({ ...common, script: "export default { fetch() { return new Response('') } }" });
  const bundleReady = await readyMs({
    ...common,
    modulesRoot: outdir,
    modulesRules,
    scriptPath: join(outdir, bundleFile),
  });

  const inspectorPort = await freePort();
  const logs: string[] = [];
  const mf = new Miniflare({
    modules: true,
    modulesRoot: outdir,
    modulesRules,
    scriptPath: join(outdir, bundleFile),
    compatibilityDate,
    compatibilityFlags: ["nodejs_compat"],
    d1Databases: { DB: "measure" },
    bindings: { LOG_LEVEL: "debug", ASK_RATE_PER_CLIENT: "0", ASK_RATE_GLOBAL: "0" }, // every golden question, back to back
    inspectorPort,
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      for (const stream of [stdout, stderr]) {
        let buffer = "";
        stream.on("data", (chunk: Buffer) => {
          buffer += chunk.toString("utf8");
          const lines = buffer.split("\n");
          buffer = lines.pop() ?? "";
          logs.push(...lines);
        });
      }
    },
  });
  try {
    const db = await mf.getD1Database("DB");
    for (const file of readdirSync(join(ROOT, "migrations"))
      .filter((f) => /^\d{4}_.+\.sql$/.test(f))
      .sort()) {
      const sql = readFileSync(join(ROOT, "migrations", file), "utf8").replace(/--.*$/gm, "");
      for (const statement of sql
        .split(";")
        .map((q) => q.trim())
        .filter(Boolean))
        await db.prepare(statement).run();
    }
    const step = (what: string) => process.stderr.write(`measure: ${what}\n`);
    step("migrated");
    const cdp = await connectInspector(inspectorPort);
    step("inspector connected");
    await cdp.call("Runtime.enable");
    await cdp.call("HeapProfiler.enable");
    const heap = async () => {
      // workerd runs the requested GC the next time it enters the isolate: a cheap request lets it.
      const gc = cdp.call("HeapProfiler.collectGarbage");
      await mf.dispatchFetch("http://localhost/healthz");
      await gc;
      const r = await cdp.call("Runtime.getHeapUsage");
      return Math.round(((r.usedSize as number) / 1024 / 1024) * 10) / 10;
    };
    const ask = async (question: string) => {
      const res = await mf.dispatchFetch("http://localhost/api/ask", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question }),
      });
      if (res.status !== 200) throw new Error(`/api/ask answered ${res.status}`);
      return (await res.json()) as { kind: string };
    };
    const answered = () =>
      logs
        .map((l) => {
          try {
            return JSON.parse(l) as Record<string, unknown>;
          } catch {
            return undefined;
          }
        })
        .filter((r): r is Record<string, unknown> => r?.msg === "answered");

    const firstStarted = performance.now();
    await mf.dispatchFetch("http://localhost/healthz");
    const firstRequestMs = performance.now() - firstStarted;
    step("healthz");
    const heapLoaded = await heap();
    step("heap");
    await ask("物联网网络有哪些成员");
    step("fact asked");
    const heapAfterFact = await heap();
    await ask("协同创新网络面临哪些挑战");
    step("passage asked");
    const heapAfterPassage = await heap();
    step("heap after passage");
    const [coldFact, coldPassage] = answered();
    const startupLine = logs.find((l) => l.includes("built at startup"));
    const startup = startupLine ? (JSON.parse(startupLine) as { knowledge_ms?: number; retrieval_ms?: number }) : {};

    const questions: string[] = [];
    for (const file of readdirSync(join(ROOT, "test", "golden")).filter((f) => f.endsWith("-questions.json"))) {
      const list = JSON.parse(readFileSync(join(ROOT, "test", "golden", file), "utf8")) as Array<{ q?: string }>;
      for (const item of list) if (typeof item.q === "string") questions.push(item.q);
    }
    const before = answered().length;
    for (const q of questions) await ask(q);
    const warm = answered().slice(before);
    const heapAfterAll = await heap();
    cdp.close();

    const byKind = (kind: string) => summary(warm.filter((r) => r.kind === kind).map((r) => Number(r.answer_ms)));
    const result = {
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
      bundle: {
        files: uploaded.length,
        rawBytes: bundle.length,
        gzipBytes: uploaded.reduce((sum, f) => sum + gzipSync(readFileSync(join(outdir, f)), { level: 9 }).length, 0),
        script: { rawBytes: scriptBytes.length, gzipBytes: gzipSync(scriptBytes, { level: 9 }).length },
        wrangler: wranglerLine,
        jiebaDictionary: { rawBytes: dictBytes.length, gzipBytes: gzipSync(dictBytes, { level: 9 }).length },
        knowledgeSnapshot: { rawBytes: snapshotBytes.length, gzipBytes: gzipSync(snapshotBytes, { level: 9 }).length },
      },
      coldStart: {
        // Built in the global scope while the isolate starts (Workers' 1 s startup limit, not request CPU).
        startupMs: Math.round(bundleReady - emptyReady),
        startupWithinIsolateMs: { knowledge: startup.knowledge_ms ?? null, retrieval: startup.retrieval_ms ?? null },
        firstRequestWallMs: Math.round(firstRequestMs),
        firstFactAnswerMs: coldFact?.answer_ms ?? null,
        firstPassageAnswerMs: coldPassage?.answer_ms ?? null,
      },
      warmAnswerMs: { fact: byKind("fact"), passage: byKind("passage"), none: byKind("none") },
      heapMiB: {
        afterLoad: heapLoaded,
        afterFirstFact: heapAfterFact,
        afterFirstPassage: heapAfterPassage,
        afterAll: heapAfterAll,
      },
      questions: questions.length,
    };
    const text = JSON.stringify(result, null, 2);
    process.stdout.write(`${text}\n`);
    if (outFile) writeFileSync(outFile, `${text}\n`);
  } catch (error) {
    process.stderr.write(`${logs.slice(-40).join("\n")}\n`);
    throw error;
  } finally {
    await mf.dispose();
  }
}

await main();
