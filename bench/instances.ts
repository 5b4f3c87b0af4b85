/**
 * Part "instances" (child process): the real entry point (src/runtime/node.ts) as 1 or 2 processes, state in
 * SQLite (one instance, the default) or in one PostgreSQL (one and two instances), with the fake Feishu Open API
 * in this process. For each setup:
 *   - ack latency: `--paced` events at `--rate` per second, round-robin over the instances (open loop);
 *   - answer throughput: a burst of `--burst` events (64 in flight), round-robin; answers per second from the
 *     first POST until the fake has posted every reply;
 *   - lost and duplicated replies (must be 0), counted at the fake (one message per reply uuid, as Feishu).
 * Baseline: SQLite with one instance, in the same run. On 2 cores a second instance adds no throughput (the
 * cores are shared); the figure shows what it costs, and that a second machine would add capacity.
 *
 * Also the dedup step alone, in this process: firstSeen (with its inbox row) on PostgreSQL vs SQLite, one at a
 * time (latency per event) and 64 at once (events per second).
 * PostgreSQL comes from BENCH_DATABASE_URL or TEST_DATABASE_URL (default as in test/helpers/pg.ts); when no server
 * answers, the part reports itself unavailable.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openPgDatabase } from "../src/store/pg.ts";
import { openPgDedupStore } from "../src/store/pg-dedup.ts";
import { openSqliteDedupStore } from "../src/store/sqlite.ts";
import type { DedupStore } from "../src/store/types.ts";
import { FakeFeishu } from "../test/fakes/feishu-server.ts";
import { type RuntimeProcess, spawnRuntime, until } from "../test/helpers/runtime-process.ts";
import { ids, messageEvent, TOKEN } from "../test/integration/helpers.ts";
import { childMain } from "./lib/child.ts";
import { round, type Summary, summarize } from "./lib/stats.ts";

export type SetupResult = {
  name: string;
  instances: number;
  store: "sqlite" | "postgres";
  ack: Summary;
  burstAck: Summary;
  answersPerS: number;
  burstMs: number;
  lost: number;
  duplicated: number;
  failedAcks: number;
};
export type DedupCost = { store: string; sequentialUs: Summary; concurrentPerS: number };
export type InstancesResult =
  | { available: false; reason: string }
  | { available: true; setups: SetupResult[]; dedup: DedupCost[]; config: Record<string, number> };

const { values } = parseArgs({
  options: {
    paced: { type: "string", default: "300" },
    rate: { type: "string", default: "50" },
    burst: { type: "string", default: "400" },
    dedup: { type: "string", default: "2000" },
  },
});
const PACED = Number(values.paced);
const RATE = Number(values.rate);
const BURST = Number(values.burst);
const DEDUP_N = Number(values.dedup);
const URL_ =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://gxq:gxq@127.0.0.1:5432/gxq_test";
const dirs: string[] = [];
let chat = 0;
/** A message in a chat of its own: Feishu's per-chat limit (5/s, kept by each sender) would otherwise set the pace. */
const event = () => messageEvent("message_p2p_text", { chatId: `oc_bench_${++chat}` });

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: URL_, connectionTimeoutMillis: 2000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function withSchema(schema: string): string {
  const u = new URL(URL_);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

type Instance = { runtime: RuntimeProcess; url: string };

async function start(fake: FakeFeishu, env: Record<string, string>): Promise<Instance> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-inst-"));
  dirs.push(dataDir);
  const runtime = spawnRuntime({
    DATA_DIR: dataDir,
    FEISHU_APP_ID: fake.appId,
    FEISHU_APP_SECRET: fake.appSecret,
    FEISHU_VERIFICATION_TOKEN: TOKEN,
    FEISHU_DOMAIN: fake.url,
    LOG_LEVEL: "warn",
    ...env,
  });
  const base = await until(
    "listening",
    () => /Listening: POST (http:\/\/127\.0\.0\.1:\d+)\/feishu\/events/.exec(runtime.output())?.[1],
    90_000,
  );
  await until("ready", async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200, 120_000);
  return { runtime, url: `${base}/feishu/events` };
}

async function post(url: string, body: unknown): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t };
  } catch {
    return { status: 0, ms: performance.now() - t };
  }
}

async function setup(name: string, store: "sqlite" | "postgres", count: number): Promise<SetupResult> {
  const fake = await FakeFeishu.start();
  const schema = `bench_${process.pid}_${store}_${count}`;
  const env: Record<string, string> = {};
  if (store === "postgres") {
    await admin(async (c) => {
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.query(`CREATE SCHEMA ${schema}`);
    });
    env.DATABASE_URL = withSchema(schema);
  }
  const instances: Instance[] = [];
  try {
    for (let i = 0; i < count; i++) instances.push(await start(fake, env));
    const answered = (messageIds: string[]) => {
      const posted = new Set(fake.replies().map((r) => r.target));
      return messageIds.every((id) => posted.has(id));
    };
    let failedAcks = 0;
    // Warm-up: connections, token, JIT.
    const warm = Array.from({ length: 20 }, event);
    await Promise.all(warm.map((b, i) => post((instances[i % count] as Instance).url, b)));
    await until("warm-up answered", () => answered(warm.map((b) => ids(b).messageId)), 120_000);

    // Ack latency at a steady rate.
    const paced = Array.from({ length: PACED }, event);
    const t0 = performance.now();
    const pacedAcks = await Promise.all(
      paced.map(async (b, i) => {
        const due = t0 + (i * 1000) / RATE;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        return post((instances[i % count] as Instance).url, b);
      }),
    );
    failedAcks += pacedAcks.filter((a) => a.status !== 200).length;
    await until("paced answered", () => answered(paced.map((b) => ids(b).messageId)), 300_000);

    // Throughput: a burst, 64 in flight.
    const burst = Array.from({ length: BURST }, event);
    const burstIds = burst.map((b) => ids(b).messageId);
    const b0 = performance.now();
    let next = 0;
    const burstAcks: { status: number; ms: number }[] = [];
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < burst.length) {
          const i = next++;
          burstAcks.push(await post((instances[i % count] as Instance).url, burst[i]));
        }
      }),
    );
    failedAcks += burstAcks.filter((a) => a.status !== 200).length;
    await until("burst answered", () => answered(burstIds), 600_000);
    const burstMs = performance.now() - b0;
    await new Promise((r) => setTimeout(r, 500));

    const all = [...warm, ...paced, ...burst].map((b) => ids(b).messageId);
    const posted = new Map<string, number>();
    for (const r of fake.replies()) posted.set(r.target, (posted.get(r.target) ?? 0) + 1);
    return {
      name,
      instances: count,
      store,
      ack: summarize(pacedAcks.map((a) => a.ms)),
      burstAck: summarize(burstAcks.map((a) => a.ms)),
      answersPerS: round(BURST / (burstMs / 1000)),
      burstMs: round(burstMs),
      lost: all.filter((id) => !posted.has(id)).length,
      duplicated: all.reduce((n, id) => n + Math.max(0, (posted.get(id) ?? 0) - 1), 0),
      failedAcks,
    };
  } finally {
    await Promise.all(instances.map((i) => i.runtime.stop("SIGTERM")));
    await fake.close();
    if (store === "postgres") await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  }
}

async function dedupCost(name: string, store: DedupStore): Promise<DedupCost> {
  const samples: number[] = [];
  for (let i = 0; i < DEDUP_N; i++) {
    const t = performance.now();
    await store.firstSeen([`event:s${i}`, `message:s${i}`], 86_400_000, { id: `s${i}`, payload: '{"x":1}' });
    samples.push((performance.now() - t) * 1000);
  }
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < DEDUP_N) {
        const i = next++;
        await store.firstSeen([`event:c${i}`, `message:c${i}`], 86_400_000, { id: `c${i}`, payload: '{"x":1}' });
      }
    }),
  );
  const perS = DEDUP_N / ((performance.now() - t0) / 1000);
  await store.close();
  return { store: name, sequentialUs: summarize(samples), concurrentPerS: round(perS) };
}

childMain(async (): Promise<InstancesResult> => {
  try {
    await admin((c) => c.query("SELECT 1"));
  } catch (error) {
    return { available: false, reason: `no PostgreSQL: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const setups = [
      await setup("SQLite, 1 instance", "sqlite", 1),
      await setup("PostgreSQL, 1 instance", "postgres", 1),
      await setup("PostgreSQL, 2 instances", "postgres", 2),
    ];
    const dir = mkdtempSync(join(tmpdir(), "bench-dedup-"));
    dirs.push(dir);
    const schema = `bench_dedup_${process.pid}`;
    await admin((c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`));
    const db = openPgDatabase(withSchema(schema));
    const dedup = [
      await dedupCost("SQLite", openSqliteDedupStore(join(dir, "state.sqlite"))),
      await dedupCost("PostgreSQL", openPgDedupStore(db)),
    ];
    await db.close();
    await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    return { available: true, setups, dedup, config: { paced: PACED, rate: RATE, burst: BURST, dedup: DEDUP_N } };
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
});
