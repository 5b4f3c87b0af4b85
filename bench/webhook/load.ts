/**
 * The load generator, in its own process: over a keep-alive agent with `concurrency` connections, sends `events`
 * distinct Feishu message events to POST /feishu/events and times each until its response has ended — either
 * closed loop (each connection sends the next event as soon as the last was answered: throughput) or open loop
 * at a fixed `rate` (events due on a schedule: latency at a load the server can carry).
 * Requests (fresh event and message ids, a golden fact question as text, p2p and group @bot alternating, spread
 * over 2,000 chats; encrypted and signed exactly as Feishu does for `encrypted`) are built before the clock starts.
 */
import { readFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { buildRequest, ENCRYPT_KEY, messageEvent } from "../../test/integration/helpers.ts";
import { send, serve } from "../lib/child.ts";

const QUESTIONS = (
  JSON.parse(readFileSync(new URL("../../test/golden/fact-questions.json", import.meta.url), "utf8")) as {
    q: string;
  }[]
).map((q) => q.q);
const CHATS = 2000;

const agents = new Map<string, Agent>();

type Prepared = { body: Buffer; headers: Record<string, string | number> };

function prepare(events: number, encrypted: boolean, offset: number): Prepared[] {
  return Array.from({ length: events }, (_, i) => {
    const n = offset + i;
    const event = messageEvent(n % 2 ? "message_p2p_text" : "message_group_mention", {
      chatId: `oc_bench${String(n % CHATS).padStart(5, "0")}`,
      text: QUESTIONS[n % QUESTIONS.length],
    });
    const { body, headers } = buildRequest(event, { encryptKey: encrypted ? ENCRYPT_KEY : undefined });
    const bytes = Buffer.from(body, "utf8");
    return { body: bytes, headers: { ...headers, "content-length": bytes.byteLength } };
  });
}

function post(url: URL, agent: Agent, req: Prepared): Promise<{ status: number; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const r = httpRequest(url, { method: "POST", agent, headers: req.headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      res.on("error", () => resolve({ status: 0, ms: performance.now() - started }));
    });
    r.on("error", () => resolve({ status: 0, ms: performance.now() - started }));
    r.end(req.body);
  });
}

let offset = 0;
/** Set by `halt`: a paced run stops sending (the events not sent are left out of its result). */
let halted = false;

serve({
  run: async (msg) => {
    const url = new URL(String(msg.url));
    const events = Number(msg.events);
    const concurrency = Number(msg.concurrency);
    const encrypted = msg.encrypted === true;
    const requests = prepare(events, encrypted, offset);
    offset += events;
    let agent = agents.get(url.host);
    if (!agent) {
      agent = new Agent({ keepAlive: true, maxSockets: concurrency, keepAliveMsecs: 60_000 });
      agents.set(url.host, agent);
    }
    const latencies = new Float64Array(events);
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const cpuBefore = process.cpuUsage();
    halted = false;
    // Requests are built (and encrypted) before the clock starts; the parent may wait for this to time its own steps.
    await send({ type: "started" });
    const started = performance.now();
    let sent = events;
    const rate = Number(msg.rate ?? 0);
    if (rate > 0) {
      // Open loop: event i is due at start + i / rate, whatever the server's pace; its latency counts from when
      // it was due, so a send delayed by a slow server counts against the server (no coordinated omission).
      // At most `concurrency` requests are in flight (the connections).
      const interval = 1000 / rate;
      const inFlight = new Set<Promise<void>>();
      for (let i = 0; i < events; i++) {
        if (halted) {
          sent = i;
          break;
        }
        const due = started + i * interval;
        const wait = due - performance.now();
        if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
        while (inFlight.size >= concurrency) await Promise.race(inFlight);
        // Sent late: counted from when it was due; sent up to 1 ms early (timer granularity): from when sent.
        const start = Math.min(due, performance.now());
        const p = post(url, agent, requests[i] as Prepared).then(({ status }) => {
          latencies[i] = performance.now() - start;
          count(status);
        });
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
      }
      await Promise.all(inFlight);
    } else {
      // Closed loop: `concurrency` connections, each sending its next event as soon as the last was answered.
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < events; i = next++) {
          const { status, ms } = await post(url, agent, requests[i] as Prepared);
          latencies[i] = ms;
          count(status);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, events) }, worker));
    }
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      wallMs,
      latencies: Array.from(latencies.subarray(0, sent)),
      /** When the run started (epoch ms): event i of a paced run was due at startedAt + i × 1000 / rate. */
      startedAt: performance.timeOrigin + started,
      statuses: Object.fromEntries(statuses),
      clientCpuMs: (cpu.user + cpu.system) / 1000,
      bytesPerRequest: Math.round(requests.reduce((a, r) => a + r.body.byteLength, 0) / Math.max(1, events)),
    };
  },
  halt: async () => {
    halted = true;
    return {};
  },
  stop: async () => {
    for (const agent of agents.values()) agent.destroy();
    setImmediate(() => process.exit(0));
    return {};
  },
});
await send({ type: "ready" });
