/**
 * Ack latency of POST /feishu/events under bursts of 200 concurrent events.
 *
 *   npx tsx test/bench/ack.ts [--rounds 5] [--concurrency 200]
 *
 * The bot runs here as in production (real Hono app on @hono/node-server, SQLite dedup with WAL in a temp
 * DATA_DIR, JSON logging at info, the real SDK sending replies in the background); a child process plays
 * Feishu (event sender + fake Open API) on its own event loop. Each round sends 200 distinct message events
 * at once over fresh connections, plain and then encrypted + signed, and measures request → 200 per event.
 * After each round it waits until every event was answered and checks: one reply per event.
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../../src/app.ts";
import { createFeishuSender } from "../../src/feishu/send.ts";
import { createLogger } from "../../src/log.ts";
import { openSqliteDedupStore } from "../../src/store/sqlite.ts";
import { FAKE_APP_ID, FAKE_APP_SECRET } from "../fakes/feishu-server.ts";
import { buildRequest, ENCRYPT_KEY, fakeEngine, listen, messageEvent, TOKEN } from "../integration/helpers.ts";

const { values } = parseArgs({
  options: { rounds: { type: "string", default: "5" }, concurrency: { type: "string", default: "200" } },
});
const rounds = Number(values.rounds);
const concurrency = Number(values.concurrency);

// The client is TypeScript too: run it through tsx, in its own process.
const worker = fork(new URL("./ack-client.ts", import.meta.url), { execArgv: ["--import", "tsx"] });
const next = <T>(type: string) =>
  new Promise<T>((resolve) => {
    const on = (msg: { type: string }) => {
      if (msg.type === type) {
        worker.off("message", on);
        resolve(msg as T);
      }
    };
    worker.on("message", on);
  });
const { url: feishuUrl } = await next<{ url: string }>("ready");

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function bench(label: string, encryptKey: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), "bench-ack-"));
  let lines = 0;
  const logger = createLogger({ level: "info", sink: () => void lines++ });
  const sender = createFeishuSender({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: feishuUrl, logger });
  const dedup = openSqliteDedupStore(join(dir, "state.sqlite"));
  const bot = createApp({
    config: { verificationToken: TOKEN, encryptKey },
    engine: fakeEngine().engine,
    dedup,
    sender,
    logger,
  });
  // Server-side time per webhook request (handler entry → Response), next to the client-observed latency.
  const handler: number[] = [];
  const timed = async (request: Request) => {
    const started = performance.now();
    const response = await bot.fetch(request);
    handler.push(performance.now() - started);
    return response;
  };
  const server: Server = await listen(timed);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feishu/events`;

  const all: number[] = [];
  const perRound: string[] = [];
  let expected = 0;
  for (let round = 0; round < rounds; round++) {
    const requests = Array.from({ length: concurrency }, (_, i) =>
      buildRequest(
        messageEvent(i % 2 ? "message_p2p_text" : "message_group_mention", { chatId: `oc_bench_${i % 25}` }),
        { encryptKey },
      ),
    );
    worker.send({ type: "burst", url, requests });
    const { latencies, statuses } = await next<{ latencies: number[]; statuses: number[] }>("burst");
    if (statuses.some((s) => s !== 200)) throw new Error(`non-200 acks: ${statuses.filter((s) => s !== 200).length}`);
    latencies.sort((a, b) => a - b);
    perRound.push(`${pct(latencies, 50).toFixed(1)}/${pct(latencies, 99).toFixed(1)}`);
    all.push(...latencies);
    expected += concurrency;
    await bot.idle();
  }
  worker.send({ type: "count" });
  const count = await next<{ replies: number; calls: number }>("count");
  all.sort((a, b) => a - b);
  handler.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(20)} p50 ${pct(all, 50).toFixed(1).padStart(6)} ms   p99 ${pct(all, 99).toFixed(1).padStart(6)} ms   max ${all.at(-1)?.toFixed(1).padStart(6)} ms   rounds p50/p99: ${perRound.join("  ")}`,
  );
  console.log(
    `${"".padEnd(20)} server handler p50 ${pct(handler, 50).toFixed(2)} ms, p99 ${pct(handler, 99).toFixed(2)} ms; events ${expected}, replies posted ${count.replies - replied}, reply calls ${count.calls - calls}`,
  );
  replied = count.replies;
  calls = count.calls;
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await dedup.close();
  rmSync(dir, { recursive: true, force: true });
}

let replied = 0;
let calls = 0;
console.log(`node ${process.version}, ${rounds} rounds × ${concurrency} concurrent events`);
await bench("plain", undefined);
await bench("encrypted + signed", ENCRYPT_KEY);
worker.send({ type: "stop" });
