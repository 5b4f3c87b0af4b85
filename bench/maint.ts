/**
 * `npm run bench:maint`: the maintainers' loop (issue 19), measured in one process against the fake Open API
 * (test/fakes/feishu-server.ts) with the real engine, the real app over HTTP and SQLite stores in a temp DATA_DIR.
 *
 *   callback   ack time of card callbacks over HTTP — 👍/👎 (recorded, card rebuilt for the update), a suggestion
 *              (queued, toast), a redelivery — next to the ack of a message event measured in the same run
 *              (the baseline: the path Feishu's 3 s deadline was already met on);
 *   import     the round trip: a docx fetched from the fake, stored through the add-article path, the engine
 *              reloaded, a question answered from it with a verbatim citation (each step timed);
 *   gaps       a scripted day of questions (answerable and not, several askers, p2p and group, some 👎) through
 *              the engine and the recorder, then the gaps report (printed) and how long it took.
 * Writes bench/results/maint.json and prints a summary. Timing never fails the run; a wrong answer does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ImportDeps, importFeishuLink } from "../src/admin/import-feishu.ts";
import { addedKnowledgeSource, startKnowledgeReloader } from "../src/admin/reloader.ts";
import { createEngine } from "../src/answer/engine.ts";
import { createApp } from "../src/app.ts";
import { createFeishuDocs } from "../src/feishu/docs.ts";
import { createFeishuSender } from "../src/feishu/send.ts";
import { createGapRecorder } from "../src/gaps/recorder.ts";
import { formatGapReport, gapReport } from "../src/gaps/report.ts";
import { openSqliteGapStore } from "../src/gaps/sqlite.ts";
import { readKnowledgeFiles } from "../src/knowledge/load.ts";
import { createLogger } from "../src/log.ts";
import { createMemoryDedupStore } from "../src/store/memory.ts";
import { openSqliteNoticeStores } from "../src/store/subscriptions-sqlite.ts";
import { FakeFeishu } from "../test/fakes/feishu-server.ts";
import { listen, messageEvent, TOKEN } from "../test/integration/helpers.ts";
import { DOC_ID, DOC_TEXT, DOC_TITLE } from "../test/integration/maint-helpers.ts";
import { round, summarize } from "./lib/stats.ts";

const N = Number(process.env.BENCH_MAINT_N ?? 200);
const log = (line: string) => process.stderr.write(`${line}\n`);
const root = fileURLToPath(new URL("../", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "bench-maint-"));
const file = join(dataDir, "state.sqlite");
const logger = createLogger({ level: "error", sink: () => {} });
let failures = 0;
const check = (ok: boolean, what: string) => {
  if (!ok) {
    failures++;
    log(`FAILED: ${what}`);
  }
};

const fake = await FakeFeishu.start();
const stores = openSqliteNoticeStores(file);
const gapStore = openSqliteGapStore(file);
const source = addedKnowledgeSource(stores.added);
const t = performance.now();
const engine = await createEngine({ dataDir, added: source.load });
log(`engine ready in ${round(performance.now() - t)} ms`);
const reloader = startKnowledgeReloader({
  reload: () => engine.reload(),
  source,
  store: stores.added,
  logger,
  intervalMs: 0,
});
const sender = createFeishuSender({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url, logger });

// ----- import round trip ---------------------------------------------------------------------------------------
const importDeps: ImportDeps = {
  added: stores.added,
  outbox: stores.outbox,
  baseFiles: () => readKnowledgeFiles(),
  docs: createFeishuDocs({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url }),
};
fake.addDocument(DOC_ID, DOC_TITLE, DOC_TEXT);
const QUESTION = "生物医药网络的牵头单位是谁"; // answered from the fact the import taught
const OPEN_QUESTION = "哪个单位负责日常联络和年度工作计划"; // answered from the document's passages
const trips: Array<{ import_ms: number; reload_ms: number; answer_ms: number; total_ms: number }> = [];
const citedVersions: Array<{ version: number; question: string; latest: string; cited: string | null }> = [];
const quotes: Array<{ question: string; kind: string; answer: string; quote: string }> = [];
for (let v = 1; v <= 5; v++) {
  if (v > 1) fake.editDocument(DOC_ID, { content: `${DOC_TEXT}第${v}次修订：补充说明${v}。\n` });
  const t0 = performance.now();
  const result = await importFeishuLink(importDeps, `https://example.feishu.cn/docx/${DOC_ID}`);
  const t1 = performance.now();
  check(result.ok && result.status === (v === 1 ? "created" : "updated"), `import version ${v}`);
  await reloader.reload("bench import");
  const t2 = performance.now();
  const answer = await engine.answer(QUESTION);
  const t3 = performance.now();
  const expected = result.ok ? result.articleId : "";
  const text = fake.documents.get(DOC_ID)?.content ?? "";
  for (const [q, a] of [
    [QUESTION, answer],
    [OPEN_QUESTION, await engine.answer(OPEN_QUESTION)],
  ] as const) {
    // Any version of the document may be cited (earlier versions are kept as history): the quote must stand word
    // for word in the document as it is now. Which version was cited is recorded.
    const cited = a.citations.find((c) => c.articleId.startsWith(`feishu-${DOC_ID}`));
    check(cited !== undefined && text.includes(cited.quote), `version ${v}: "${q}" cites the document verbatim`);
    if (v === 1) quotes.push({ question: q, kind: a.kind, answer: a.answer, quote: cited?.quote ?? "" });
    citedVersions.push({ version: v, question: q, latest: expected, cited: cited?.articleId ?? null });
  }
  trips.push({
    import_ms: round(t1 - t0),
    reload_ms: round(t2 - t1),
    answer_ms: round(t3 - t2),
    total_ms: round(t3 - t0),
  });
}
const unchangedStart = performance.now();
const unchanged = await importFeishuLink(importDeps, `https://example.feishu.cn/docx/${DOC_ID}`);
const unchangedMs = round(performance.now() - unchangedStart);
check(unchanged.ok && unchanged.status === "unchanged", "re-import is a no-op");
log(`import round trip: ${JSON.stringify(trips[0])}; later versions ${JSON.stringify(trips.slice(1))}`);

// ----- callback latency ----------------------------------------------------------------------------------------
const recorder = createGapRecorder({ store: gapStore, retentionDays: 90, logger });
const bot = createApp({
  config: { verificationToken: TOKEN },
  engine,
  dedup: createMemoryDedupStore(),
  sender,
  logger,
  gaps: recorder,
  maxPending: 20_000,
});
const server = await listen(bot.fetch);
const eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feishu/events`;

let seq = 0;
const cardEvent = (value: unknown, eventId = `evbench${String(++seq).padStart(10, "0")}`) => ({
  schema: "2.0",
  header: { event_id: eventId, token: TOKEN, event_type: "card.action.trigger", create_time: "0" },
  event: {
    operator: { open_id: `ou_benchuser${String(seq % 17).padStart(4, "0")}` },
    action: { value, tag: "button" },
    context: { open_message_id: `om_benchcard${String(seq).padStart(8, "0")}`, open_chat_id: "oc_benchchat0001" },
  },
});
async function timedPost(body: unknown): Promise<{ ms: number; status: number; json: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(eventsUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  return { ms: performance.now() - started, status: res.status, json };
}

const golden = JSON.parse(readFileSync(join(root, "test/golden/fact-questions.json"), "utf8")) as Array<{ q: string }>;
const questions = golden.map((g) => g.q);
const samples: Record<string, number[]> = { message: [], feedback: [], suggestion: [], redelivery: [] };
for (let i = 0; i < 20; i++) await timedPost(cardEvent({ a: "fb", v: "up", q: questions[i % questions.length] })); // warm-up
for (let i = 0; i < N; i++) {
  const q = questions[i % questions.length] as string;
  const m = await timedPost(messageEvent("message_p2p_text", { text: q }));
  check(m.status === 200, "message ack");
  samples.message?.push(m.ms);
  const body = cardEvent({ a: "fb", v: i % 3 === 0 ? "down" : "up", q });
  const fb = await timedPost(body);
  check(fb.status === 200 && typeof fb.json.toast === "object", "feedback toast");
  samples.feedback?.push(fb.ms);
  const again = await timedPost(body);
  check(again.status === 200, "redelivery ack");
  samples.redelivery?.push(again.ms);
  const ask = await timedPost(cardEvent({ a: "ask", q }));
  check(ask.status === 200, "suggestion ack");
  samples.suggestion?.push(ask.ms);
  if (i % 20 === 19) await bot.idle(); // let the background answers finish between batches
}
await bot.idle();
const callback = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
const base = callback.message?.p50 ?? Number.NaN;
const ratios = Object.fromEntries(
  Object.entries(callback).map(([k, s]) => [k, { p50_vs_message: round(s.p50 / base), p95_ms: s.p95 }]),
);
const cardUpdates = samples.feedback?.length ?? 0;
log(`callback acks (ms): ${JSON.stringify(callback)}`);

// ----- a scripted day of questions → gaps report ----------------------------------------------------------------
const dayStart = Date.parse("2026-03-02T00:00:00Z"); // 08:00 Asia/Shanghai
let now = dayStart;
const dayGaps = openSqliteGapStore(join(dataDir, "day.sqlite"));
const dayRecorder = createGapRecorder({ store: dayGaps, retentionDays: 90, logger, clock: { now: () => now } });
const unanswerable = [
  "物联网网络的年度预算是多少？",
  "物联网网络的年度预算是多少",
  "物联网网络年度预算多少",
  "无锡高新区管委会的电话是多少",
  "明年的人工智能网络大会在哪里开",
  "淮河联盟的会费标准是什么",
  "生物医药产业协同创新网络有哪些成员",
  "集成电路网络今年的经费有多少",
  "高新区协同助手是谁开发的",
  "张江高新区的管委会主任今年多大",
];
const askers = Array.from({ length: 15 }, (_, i) => `ou_dayasker${String(i).padStart(6, "0")}`);
const dayQuestions: Array<{ q: string; asker: string; chat: string }> = [];
for (let i = 0; i < 160; i++) {
  const asker = askers[(i * 7) % askers.length] as string;
  const chat = i % 3 === 0 ? "group" : "p2p";
  // About a third are questions the articles do not cover, the popular ones asked more often.
  const q =
    i % 3 === 1
      ? (unanswerable[Math.min(unanswerable.length - 1, Math.floor((i * 13) % 37) % unanswerable.length)] as string)
      : (questions[(i * 5) % questions.length] as string);
  dayQuestions.push({ q, asker, chat });
}
const kinds = { fact: 0, passage: 0, none: 0 };
const dayStarted = performance.now();
for (const [i, item] of dayQuestions.entries()) {
  now = dayStart + Math.floor((i / dayQuestions.length) * 12 * 3600_000);
  const answer = await engine.answer(item.q);
  kinds[answer.kind]++;
  await dayRecorder.answered(item.q, answer.kind, { chatType: item.chat, openId: item.asker });
  // Every 9th answered question gets a 👎 (unhelpful), every 4th a 👍.
  if (answer.kind !== "none" && i % 9 === 0) {
    await dayRecorder.feedback(item.q, "down", { chatType: undefined, openId: item.asker });
  } else if (answer.kind !== "none" && i % 4 === 0) {
    await dayRecorder.feedback(item.q, "up", { chatType: undefined, openId: item.asker });
  }
}
const dayMs = performance.now() - dayStarted;
const reportStarted = performance.now();
const report = await gapReport(dayGaps, engine.knowledge, { since: dayStart - 3600_000, now, limit: 15 });
const reportMs = round(performance.now() - reportStarted);
const table = formatGapReport(report);
log(table);

// ----- results ---------------------------------------------------------------------------------------------------
const results = {
  at: new Date().toISOString(),
  node: process.version,
  import: {
    answers: quotes,
    cited_versions: citedVersions,
    first: trips[0],
    versions: trips,
    reimport_unchanged_ms: unchangedMs,
  },
  callback: { n: N, acks_ms: callback, ratios, card_updates: cardUpdates },
  gaps: {
    questions: dayQuestions.length,
    kinds,
    record_and_answer_ms_per_question: round(dayMs / dayQuestions.length),
    report_ms: reportMs,
    report,
  },
  failures,
};
mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(join(root, "bench/results/maint.json"), `${JSON.stringify(results, null, 1)}\n`);
writeFileSync(join(root, "bench/results/maint-gaps.txt"), `${table}\n`);
log(`written bench/results/maint.json (${failures} failure(s))`);

server.closeAllConnections();
server.close();
reloader.stop();
await stores.close();
await gapStore.close();
await dayGaps.close();
await fake.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(failures > 0 ? 1 : 0);
