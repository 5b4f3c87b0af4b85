/**
 * Part 1 — the webhook. Four servers in their own processes (bench/webhook/server.ts), one load generator
 * (bench/webhook/load.ts) and the fake Feishu Open API (bench/webhook/feishu.ts), each in its own process.
 * Each target gets a warm-up burst, then `rounds` measured bursts of `events` events over `concurrency`
 * keep-alive connections; the targets take turns round by round (in a rotating order), so drift in the
 * machine's speed hits all of them alike. After each burst to the app, the bench waits until every answer
 * was sent (not timed as ack) and checks the fake received one reply per event.
 */
import type { ChildProcess } from "node:child_process";
import { nextMessage, request, startChild } from "../lib/child.ts";
import { compiledScript } from "../lib/compile.ts";
import { median, round, type Summary, summarize } from "../lib/stats.ts";
import { syntheticArticle } from "./article.ts";

export type WebhookOptions = {
  events: number;
  rounds: number;
  warmup: number;
  concurrency: number;
  /** The app's background queue limit (default: the app's own default). */
  maxPending?: number;
  /** Write CPU profiles of the servers here (node --cpu-prof). */
  profileDir?: string;
  /** Open-loop phase after the rounds: `pacedEvents` events at `pacedRate` events/s per target (0: none). */
  pacedRate: number;
  pacedEvents: number;
  /** Targets to run (default: all, diagnostics included). */
  only?: TargetName[];
  /** Burst phase: `burstEvents` events sent at once (one per connection), `burstRounds` times, per target. */
  burstEvents: number;
  burstRounds: number;
  /** Add phase: an article of about `addBytes` (UTF-8) posted to /admin/articles while events arrive at
   *  `addRate` per second (0 bytes: no add phase). */
  addBytes: number;
  addRate: number;
};

export const MAIN_TARGETS: TargetName[] = ["hello", "verify", "appPlain", "appEncrypted"];

export type TargetName =
  | "hello"
  | "verify"
  | "appPlain"
  | "appEncrypted"
  | "helloBody"
  | "appAckOnly"
  | "ackFloor"
  | "appInProcess"
  | "appSenderHere"
  | "appMessagesHere";

/** App targets that answer for real (replies counted). */
const ANSWERING = ["appPlain", "appEncrypted", "appInProcess", "appSenderHere", "appMessagesHere"] as const;
type AnsweringTarget = (typeof ANSWERING)[number];
const answering = (name: TargetName): name is AnsweringTarget => (ANSWERING as readonly string[]).includes(name);
const ADMIN_TOKEN = "bench-admin-token-0123456789";

const TARGETS: Record<TargetName, { label: string; args: string[]; encrypted: boolean }> = {
  hello: { label: "bare Hono hello route (plain events)", args: ["--target", "hello"], encrypted: false },
  verify: {
    label: "minimal route: raw body + signature + decrypt + parse (encrypted events)",
    args: ["--target", "verify"],
    encrypted: true,
  },
  appPlain: { label: "POST /feishu/events, plain events", args: ["--target", "app"], encrypted: false },
  appEncrypted: {
    label: "POST /feishu/events, encrypted + signed events",
    args: ["--target", "app", "--encrypt"],
    encrypted: true,
  },
  helloBody: {
    label: "diagnostic: hello route that reads the body (c.req.arrayBuffer())",
    args: ["--target", "hello-body"],
    encrypted: false,
  },
  appAckOnly: {
    label: "diagnostic: POST /feishu/events, plain, background answering stubbed",
    args: ["--target", "app-ack-only"],
    encrypted: false,
  },
  ackFloor: {
    label: "diagnostic: what an ack must do — raw body + parse + SQLite dedup and inbox commit, nothing after",
    args: ["--target", "ack-floor"],
    encrypted: false,
  },
  appMessagesHere: {
    label:
      "diagnostic: POST /feishu/events, plain, each message's turn in a thread but the rest of it on the server's own thread",
    args: ["--target", "app", "--messages-here"],
    encrypted: false,
  },
  appSenderHere: {
    label: "diagnostic: POST /feishu/events, plain, the SDK sender on the server's own thread (no sender thread)",
    args: ["--target", "app", "--sender-here"],
    encrypted: false,
  },
  appInProcess: {
    label: "diagnostic: POST /feishu/events, encrypted + signed, answers in the server's own thread (no pool)",
    args: ["--target", "app-in-process", "--encrypt"],
    encrypted: true,
  },
};

/** Events sent all at once to an app that answers them (ack latency while 200 answers start). */
export type BurstResult = {
  label: string;
  events: number;
  rounds: number;
  /** Requests not acked (connection failed): only tolerated for the in-process diagnostic. */
  failed: number;
  latency: Summary;
  drainMsPerRound: number[];
};

/** A large article added while webhook events arrive (paced); acks during the add. */
export type AddResult = {
  label: string;
  articleBytes: number;
  articleChars: number;
  /** POST /admin/articles → its response (stored, and every answer thread reloaded). */
  addMs: number;
  status: number;
  reloaded: boolean;
  rate: number;
  /** Events due while the add ran, and their acks. */
  eventsDuringAdd: number;
  latencyDuringAdd: Summary;
  /** The events due in the 2 s before the add, for comparison. */
  latencyBefore: Summary;
};

/** Open loop: events due at a fixed rate; latency from when each was due until its response ended. */
export type PacedResult = {
  rate: number;
  achievedRate: number;
  latency: Summary;
  /** CPU of the server's main thread (the one that acks) per event, from the first request until the answers
   *  were drained: the ack and whatever post-ack work stays on that thread (Linux only). */
  mainCpuUsPerEvent?: number;
  /** What held the acking thread while the events arrived. */
  stalls?: Stalls;
};

/** The acking thread during one load phase (bench/webhook/server.ts `stallsSinceLast`): its GC pauses, its event
 *  loop's delay, and how long it was ready to run but waited for a core (Linux schedstat). */
export type Stalls = {
  gcCount: number;
  gcTotalMs: number;
  gcMaxMs: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  runQueueWaitMs?: number;
};

export type TargetResult = {
  label: string;
  /** Events per second, median over rounds (wall time of a burst: first request sent → last response). */
  throughput: number;
  throughputPerRound: number[];
  /** Request → response, all measured rounds pooled (ms). */
  latency: Summary;
  /** Server process CPU time per event during the burst (µs), median over rounds; the app's includes the
   *  background answering that ran during the burst. */
  serverCpuUsPerEvent: number;
  clientCpuUsPerEvent: number;
  bytesPerRequest: number;
  /** The same target at a fixed offered rate (open loop), when measured. */
  paced?: PacedResult;
};

export type Background = {
  /** Events the app acknowledged (warm-up and measured), and replies the fake Feishu received for them. */
  events: number;
  replies: number;
  messagesRepliedTwice: number;
  /** Messages acknowledged but dropped because the background queue was full (E_QUEUE_FULL). */
  queueFull: number;
  errorLines: number;
  /** The first error lines logged (at most three), to tell a lost answer's cause. */
  firstErrors: string[];
  /** Time from the end of a burst until every answer was sent (ms), per measured round. */
  drainMsPerRound: number[];
};

export type WebhookResult = {
  options: WebhookOptions;
  setup: string;
  targets: Record<TargetName, TargetResult>;
  ratios: {
    /** appPlain throughput / hello throughput (medians), and the same ratio per round. */
    plainVsHello: number;
    plainVsHelloPerRound: number[];
    encryptedVsVerify: number;
    encryptedVsVerifyPerRound: number[];
  };
  background: Partial<Record<AnsweringTarget, Background>>;
  burst: Partial<Record<TargetName, BurstResult>>;
  add: Partial<Record<TargetName, AddResult>>;
  /** Diagnostics measured paced only (not in the rounds): appSenderHere, the "before" of the sender thread. */
  pacedOnly?: Partial<Record<TargetName, { label: string } & PacedResult>>;
};

const SERVER = new URL("./server.ts", import.meta.url);

export async function benchWebhook(options: WebhookOptions, log: (line: string) => void): Promise<WebhookResult> {
  const children: ChildProcess[] = [];
  const spawn = (script: URL, args: string[] = [], nodeFlags: string[] = []) => {
    const child = startChild(script, { args, nodeFlags });
    children.push(child);
    return child;
  };
  try {
    // The servers run compiled, as `npm start` runs the bot (no tsx in the process or its threads).
    const server = await compiledScript(SERVER);
    const feishu = spawn(new URL("./feishu.ts", import.meta.url));
    const { url: feishuUrl } = await nextMessage<{ url: string }>(feishu, "ready");
    const load = spawn(new URL("./load.ts", import.meta.url));
    const servers = {} as Record<TargetName, { child: ChildProcess; url: string }>;
    await Promise.all([
      nextMessage(load, "ready"),
      ...(options.only ?? (Object.keys(TARGETS) as TargetName[])).map(async (name) => {
        const child = spawn(
          server,
          [
            ...TARGETS[name].args,
            "--feishu",
            feishuUrl,
            ...(options.maxPending ? ["--max-pending", String(options.maxPending)] : []),
            "--admin-token",
            ADMIN_TOKEN,
          ],
          options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", `${options.profileDir}/${name}`] : [],
        );
        const { port } = await nextMessage<{ port: number }>(child, "ready");
        servers[name] = { child, url: `http://127.0.0.1:${port}/feishu/events` };
      }),
    ]);

    const names = options.only ?? (Object.keys(TARGETS) as TargetName[]);
    const samples = Object.fromEntries(
      names.map((n) => [
        n,
        {
          throughput: [] as number[],
          latencies: [] as number[],
          serverCpu: [] as number[],
          clientCpu: [] as number[],
          bytes: 0,
        },
      ]),
    ) as Record<
      TargetName,
      { throughput: number[]; latencies: number[]; serverCpu: number[]; clientCpu: number[]; bytes: number }
    >;
    const background: Partial<Record<AnsweringTarget, Background>> = {};
    for (const name of names) {
      if (answering(name)) {
        background[name] = {
          events: 0,
          replies: 0,
          messagesRepliedTwice: 0,
          queueFull: 0,
          errorLines: 0,
          firstErrors: [],
          drainMsPerRound: [],
        };
      }
    }
    let repliesSoFar = 0;
    let twiceSoFar = 0;

    const paced = {} as Partial<Record<TargetName, PacedResult>>;
    type LoadResult = {
      wallMs: number;
      latencies: number[];
      statuses: Record<string, number>;
      clientCpuMs: number;
      bytesPerRequest: number;
      startedAt: number;
    };
    /** Sends events through the load generator and checks every one was acked; then (answering apps) waits
     *  until all were answered and counts the replies the fake Open API received. */
    const send = async (
      name: TargetName,
      events: number,
      rate: number,
      concurrency = options.concurrency,
      tolerateFailures = false,
    ) => {
      const server = servers[name];
      const cpu0 = await request<{ cpuMs: number; mainCpuMs?: number }>(server.child, "cpu");
      const res = await request<LoadResult>(load, "run", {
        url: server.url,
        events,
        concurrency,
        encrypted: TARGETS[name].encrypted,
        rate,
      });
      const cpu1 = await request<{ cpuMs: number; mainCpuMs?: number } & Partial<Stalls>>(server.child, "cpu");
      const sent = res.latencies.length;
      const ok = res.statuses["200"] ?? 0;
      if (ok !== sent && !tolerateFailures)
        throw new Error(`${name}: ${sent - ok} of ${sent} requests failed: ${JSON.stringify(res.statuses)}`);
      if (name === "appAckOnly") await request(server.child, "drain");
      let drainMs = 0;
      if (answering(name)) {
        const drained = await request<{ drainMs: number; queueFull: number; errors: number; firstErrors: string[] }>(
          server.child,
          "drain",
        );
        const count = await request<{ replies: number; messagesRepliedTwice: number }>(feishu, "count");
        const b = background[name] as Background;
        b.events += ok;
        b.replies += count.replies - repliesSoFar;
        repliesSoFar = count.replies;
        b.messagesRepliedTwice += count.messagesRepliedTwice - twiceSoFar;
        twiceSoFar = count.messagesRepliedTwice;
        b.queueFull = drained.queueFull;
        b.errorLines = drained.errors;
        b.firstErrors = drained.firstErrors;
        drainMs = round(drained.drainMs);
      }
      // The acking thread's CPU for these events, their background work on that thread included (after the drain).
      const cpu2 = answering(name) ? await request<{ mainCpuMs?: number }>(server.child, "cpu") : cpu1;
      const mainCpuMs =
        cpu0.mainCpuMs !== undefined && cpu2.mainCpuMs !== undefined ? cpu2.mainCpuMs - cpu0.mainCpuMs : undefined;
      const { cpuMs: _c, mainCpuMs: _m, at: _a, ...stalls } = cpu1 as typeof cpu1 & { at?: number };
      return {
        res,
        cpuMs: cpu1.cpuMs - cpu0.cpuMs,
        mainCpuMs,
        drainMs,
        failed: sent - ok,
        stalls: stalls.gcCount === undefined ? undefined : (stalls as Stalls),
      };
    };

    /** One burst: closed loop (`rate` 0, measured as a round) or open loop at `rate` events/s. */
    const burst = async (name: TargetName, events: number, measured: boolean, rate = 0) => {
      const { res, cpuMs, mainCpuMs, drainMs, stalls } = await send(name, events, rate);
      if (measured && rate === 0 && answering(name)) background[name]?.drainMsPerRound.push(drainMs);
      if (measured && rate > 0) {
        const latency = summarize(res.latencies);
        const mainCpuUsPerEvent = mainCpuMs === undefined ? undefined : round((mainCpuMs * 1000) / events);
        paced[name] = {
          rate,
          achievedRate: round(events / (res.wallMs / 1000)),
          latency,
          ...(mainCpuUsPerEvent !== undefined ? { mainCpuUsPerEvent } : {}),
          ...(stalls ? { stalls } : {}),
        };
        const held = stalls
          ? `  GC ${stalls.gcCount}× ${stalls.gcTotalMs} ms (max ${stalls.gcMaxMs})  loop delay p99 ${stalls.loopDelayP99Ms} max ${stalls.loopDelayMaxMs} ms  waited for a core ${stalls.runQueueWaitMs ?? "?"} ms`
          : "";
        log(
          `  ${name.padEnd(13)} paced at ${rate} ev/s: p50 ${latency.p50} ms  p99 ${latency.p99} ms  acking thread ${mainCpuUsPerEvent ?? "?"} µs/event${held}`,
        );
      }
      if (!measured || rate > 0) return;
      const s = samples[name];
      const throughput = events / (res.wallMs / 1000);
      s.throughput.push(round(throughput));
      s.latencies.push(...res.latencies);
      s.serverCpu.push((cpuMs * 1000) / events);
      s.clientCpu.push((res.clientCpuMs * 1000) / events);
      s.bytes = res.bytesPerRequest;
      log(
        `  ${name.padEnd(13)} ${String(Math.round(throughput)).padStart(6)} ev/s  p50 ${summarize(res.latencies).p50} ms  p99 ${summarize(res.latencies).p99} ms`,
      );
    };

    // The in-process app (the wiring before the answer pool) only takes part in the bursts and the add.
    // appSenderHere (the wiring before the sender thread) takes part in the paced phase and the bursts.
    const roundNames: TargetName[] = names.filter((n) => n !== "appInProcess" && n !== "appSenderHere");
    const pacedNames = names.filter((n) => n !== "appInProcess");
    for (const name of names) await burst(name, options.warmup, false);
    for (let r = 0; r < options.rounds; r++) {
      log(`  round ${r + 1}/${options.rounds}`);
      for (let i = 0; i < roundNames.length; i++)
        await burst(roundNames[(i + r) % roundNames.length] as TargetName, options.events, true);
    }
    if (options.pacedRate > 0) {
      log(`  paced: ${options.pacedEvents} events at ${options.pacedRate} ev/s`);
      for (const name of pacedNames) await burst(name, options.pacedEvents, true, options.pacedRate);
    }

    // Bursts: every event sent at once (one per connection) to an idle app that then answers all of them.
    const bursts: Partial<Record<TargetName, BurstResult>> = {};
    if (options.burstEvents > 0) {
      log(`  bursts: ${options.burstEvents} events at once × ${options.burstRounds}`);
      const pooled = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<TargetName, number[]>;
      const drains = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<TargetName, number[]>;
      const failures = Object.fromEntries(names.map((n) => [n, 0])) as Record<TargetName, number>;
      // Every target bursts: the baselines (bare Hono, the verify route, the stubbed app) give the floor a burst
      // of new connections sets on this machine in this run; the answering apps then answer all of them.
      const burstNames = names;
      for (let r = 0; r < options.burstRounds; r++) {
        // The targets take turns in a rotating order, as in the rounds: going first (right after the paced phase
        // or the last target's drain) is not the same place every time.
        for (let i = 0; i < burstNames.length; i++) {
          const name = burstNames[(i + r) % burstNames.length] as TargetName;
          // The in-process diagnostic (the wiring before the pool) may fail requests under a burst: counted.
          const { res, drainMs, failed } = await send(
            name,
            options.burstEvents,
            0,
            options.burstEvents,
            name === "appInProcess",
          );
          pooled[name].push(...res.latencies);
          drains[name].push(drainMs);
          failures[name] += failed;
        }
      }
      for (const name of names) {
        const latency = summarize(pooled[name]);
        bursts[name] = {
          label: TARGETS[name].label,
          events: options.burstEvents,
          rounds: options.burstRounds,
          failed: failures[name],
          latency,
          drainMsPerRound: drains[name],
        };
        log(`  ${name.padEnd(13)} burst of ${options.burstEvents}: p50 ${latency.p50} ms  p99 ${latency.p99} ms`);
      }
    }

    // A large article added while events keep arriving (last: it changes the app's knowledge).
    const adds: Partial<Record<TargetName, AddResult>> = {};
    if (options.addBytes > 0) {
      const article = syntheticArticle(options.addBytes);
      // appPlain adds with the checks (validation, learning) on its own thread, as before the planner: the
      // "before" of appEncrypted's add in the same run.
      for (const name of names.filter((n) => n === "appEncrypted" || n === "appPlain" || n === "appInProcess")) {
        if (name === "appPlain") await request(servers[name].child, "plan-here");
        adds[name] = await addDuringTraffic(name, article);
        const a = adds[name] as AddResult;
        log(
          `  ${name.padEnd(13)} add ${Math.round(a.articleBytes / 1024)} KB: ${a.addMs} ms; acks during it p50 ${a.latencyDuringAdd.p50} ms  p99 ${a.latencyDuringAdd.p99} ms  max ${a.latencyDuringAdd.max} ms`,
        );
      }
    }

    async function addDuringTraffic(
      name: TargetName,
      article: { id: string; title: string; date: string; body: string },
    ): Promise<AddResult> {
      const server = servers[name];
      const rate = options.addRate;
      // Enough events for a long add; the generator is halted once the add is over.
      const started = nextMessage(load, "started");
      const running = send(name, rate * 300, rate, 50, name === "appInProcess");
      await started;
      await new Promise((r) => setTimeout(r, 2000));
      const payload = JSON.stringify({ ...article, id: `${article.id}-${name.toLowerCase()}` });
      const t0 = performance.timeOrigin + performance.now();
      const response = await fetch(server.url.replace("/feishu/events", "/admin/articles"), {
        method: "POST",
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
        body: payload,
      });
      const body = (await response.json()) as { reloaded?: boolean };
      const t1 = performance.timeOrigin + performance.now();
      await new Promise((r) => setTimeout(r, 1000));
      await request(load, "halt");
      const { res } = await running;
      const dueAt = (i: number) => res.startedAt + (i * 1000) / rate;
      const during: number[] = [];
      const before: number[] = [];
      res.latencies.forEach((ms, i) => {
        const due = dueAt(i);
        if (due >= t0 && due <= t1) during.push(ms);
        else if (due >= t0 - 2000 && due < t0) before.push(ms);
      });
      return {
        label:
          name === "appPlain"
            ? "diagnostic: POST /feishu/events, plain events, the add's checks on the server's own thread (no planner)"
            : TARGETS[name].label,
        articleBytes: Buffer.byteLength(article.body),
        articleChars: article.body.length,
        addMs: round(t1 - t0),
        status: response.status,
        reloaded: body.reloaded === true,
        rate,
        eventsDuringAdd: during.length,
        latencyDuringAdd: summarize(during),
        latencyBefore: summarize(before),
      };
    }

    for (const name of names.filter(answering)) {
      const b = background[name] as Background;
      if (b.messagesRepliedTwice > 0)
        throw new Error(`${name}: ${b.messagesRepliedTwice} messages were answered twice`);
      if (b.replies + b.queueFull !== b.events) {
        throw new Error(
          // (With the error lines its log holds, which tell a lost answer from a reply still on its way.)
          `${name}: ${b.events} events acknowledged, ${b.replies} replies, ${b.queueFull} dropped (queue full), ${b.errorLines} error lines logged${b.firstErrors.length ? `, the first: ${b.firstErrors.join(" | ")}` : ""}`,
        );
      }
    }

    const targets = Object.fromEntries(
      roundNames.map((n) => {
        const s = samples[n];
        return [
          n,
          {
            label: TARGETS[n].label,
            throughput: round(median(s.throughput)),
            throughputPerRound: s.throughput,
            latency: summarize(s.latencies),
            serverCpuUsPerEvent: round(median(s.serverCpu)),
            clientCpuUsPerEvent: round(median(s.clientCpu)),
            bytesPerRequest: s.bytes,
            paced: paced[n],
          } satisfies TargetResult,
        ];
      }),
    ) as Record<TargetName, TargetResult>;
    const perRound = (a: TargetName, b: TargetName) =>
      (samples[a]?.throughput ?? []).map((x, i) => round(x / (samples[b]?.throughput[i] ?? Number.NaN)));
    return {
      options,
      setup: `app: createApp + SQLite dedup (WAL, temp dir) + real engine (facts + hybrid retrieval) + real SDK sender → fake Open API (own process); logs at info to a file; queue concurrency 4 (default), ${options.maxPending ? `at most ${options.maxPending} waiting (app default 1,000)` : "at most 1,000 waiting (default)"}`,
      targets,
      ratios: {
        plainVsHello: round((targets.appPlain?.throughput ?? Number.NaN) / (targets.hello?.throughput ?? Number.NaN)),
        plainVsHelloPerRound: perRound("appPlain", "hello"),
        encryptedVsVerify: round(
          (targets.appEncrypted?.throughput ?? Number.NaN) / (targets.verify?.throughput ?? Number.NaN),
        ),
        encryptedVsVerifyPerRound: perRound("appEncrypted", "verify"),
      },
      background,
      burst: bursts,
      add: adds,
      pacedOnly: Object.fromEntries(
        pacedNames
          .filter((n) => !roundNames.includes(n) && paced[n])
          .map((n) => [n, { label: TARGETS[n].label, ...(paced[n] as PacedResult) }]),
      ),
    };
  } finally {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        await request(child, "stop").catch(() => {});
        await new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          const timer = setTimeout(() => {
            child.kill("SIGKILL");
            resolve();
          }, 5000);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }),
    );
  }
}
