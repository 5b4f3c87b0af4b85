/**
 * Gaps: the memory and SQLite stores answer alike; the recorder keeps normalised text, time and chat type and at
 * most a salted hash of the asker, and deletes records past the retention; the report groups by normalised form
 * with counts and the nearest known entity; a `none` answer to a typed question is recorded; GET /admin/gaps
 * (admin token) and `npm run knowledge -- gaps` list them.
 */
import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import { createApp } from "../../src/app.ts";
import { createMemoryGapStore } from "../../src/gaps/memory.ts";
import { askerHash, createGapRecorder, normalizeQuestion } from "../../src/gaps/recorder.ts";
import { nearestEntity, parseSince } from "../../src/gaps/report.ts";
import { openSqliteGapStore } from "../../src/gaps/sqlite.ts";
import { DAY_MS, type GapRecord, type GapStore } from "../../src/gaps/types.ts";
import { buildKnowledge, readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { createLogger } from "../../src/log.ts";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { openPgGapStore } from "../../src/store/pg-gaps.ts";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";
import { freshSchema, pgUrl, testPgDatabase } from "../helpers/pg.ts";
import { fakeEngine, listen, messageEvent, postJson, startBot, TOKEN } from "./helpers.ts";
import { ADMIN_TOKEN, removeTempDirs, tempDataDir } from "./subscriptions-helpers.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
afterAll(removeTempDirs);
const knowledge = buildKnowledge(readKnowledgeFiles());
const silent = createLogger({ sink: () => {} });
const T0 = Date.parse("2026-03-02T01:00:00Z");

const records: GapRecord[] = [
  { text: "物联网网络的年度预算是多少", reason: "none", chatType: "p2p", asker: "a1", at: T0 },
  { text: "物联网网络的年度预算是多少", reason: "none", chatType: "group", asker: "a2", at: T0 + 1000 },
  { text: "物联网网络的年度预算是多少", reason: "unhelpful", chatType: "unknown", asker: "a1", at: T0 + 2000 },
  { text: "物联网网络的年度预算是多少", reason: "helpful", chatType: "unknown", asker: "a3", at: T0 + 3000 },
  { text: "无锡高新区的电话", reason: "none", chatType: "p2p", asker: null, at: T0 + 4000 },
  { text: "只有赞", reason: "helpful", chatType: "p2p", asker: "a1", at: T0 + 5000 },
  { text: "很早以前的问题", reason: "none", chatType: "p2p", asker: "a4", at: T0 - 40 * DAY_MS },
];

describe("gap stores", () => {
  it("memory and SQLite group, count and prune alike; the SQLite salt survives a reopen", async () => {
    const file = join(tempDataDir(), "state.sqlite");
    const stores: GapStore[] = [createMemoryGapStore(), openSqliteGapStore(file)];
    const results = [];
    for (const store of stores) {
      for (const r of records) await store.record(r);
      const groups = await store.groups(T0 - DAY_MS, 10);
      const pruned = await store.prune(T0 - 30 * DAY_MS);
      results.push({ groups, pruned, after: await store.groups(0, 10) });
    }
    expect(results[1]).toEqual(results[0]);
    if (pgUrl) {
      // PostgreSQL, the same records: the same groups and pruning; two instances share one salt.
      const schema = freshSchema();
      const pg = openPgGapStore(testPgDatabase(schema));
      for (const r of records) await pg.record(r);
      const groups = await pg.groups(T0 - DAY_MS, 10);
      const pruned = await pg.prune(T0 - 30 * DAY_MS);
      expect({ groups, pruned, after: await pg.groups(0, 10) }).toEqual(results[0]);
      const [a, b] = await Promise.all([pg.salt(), openPgGapStore(testPgDatabase(schema)).salt()]);
      expect(a).toBe(b);
    }
    expect(results[0]?.groups).toEqual([
      {
        text: "物联网网络的年度预算是多少",
        count: 3,
        none: 2,
        unhelpful: 1,
        helpful: 1,
        askers: 2,
        chatTypes: ["group", "p2p", "unknown"],
        firstAt: T0,
        lastAt: T0 + 2000,
      },
      {
        text: "无锡高新区的电话",
        count: 1,
        none: 1,
        unhelpful: 0,
        helpful: 0,
        askers: 0,
        chatTypes: ["p2p"],
        firstAt: T0 + 4000,
        lastAt: T0 + 4000,
      },
    ]);
    expect(results[0]?.pruned).toBe(1);
    const salt = await (stores[1] as GapStore).salt();
    await (stores[1] as GapStore).close();
    const reopened = openSqliteGapStore(file);
    expect(await reopened.salt()).toBe(salt);
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    await reopened.close();
  });
});

describe("recorder", () => {
  it("records none answers and feedback, normalised, with a salted asker hash; deletes past the retention", async () => {
    const store = createMemoryGapStore();
    let now = T0;
    const recorder = createGapRecorder({ store, retentionDays: 7, logger: silent, clock: { now: () => now } });
    await recorder.answered("物联网网络的年度预算是多少？", "none", { chatType: "p2p", openId: "ou_aaaaaaaaaaaa" });
    await recorder.answered("物联网网络有哪些成员", "fact", { chatType: "p2p", openId: "ou_aaaaaaaaaaaa" });
    await recorder.answered("  物联网网络的年度预算是多少 ", "passage", { chatType: "group", openId: undefined });
    await recorder.feedback("物联网网络的年度预算是多少", "down", { chatType: undefined, openId: "ou_bbbbbbbbbbbb" });
    expect(store.rows.map((r) => [r.text, r.reason, r.chatType])).toEqual([
      ["物联网网络的年度预算是多少", "none", "p2p"],
      ["物联网网络的年度预算是多少", "unhelpful", "unknown"],
    ]);
    const salt = await store.salt();
    expect(store.rows[0]?.asker).toBe(await askerHash(salt, "ou_aaaaaaaaaaaa"));
    expect(store.rows[0]?.asker).not.toBe(await askerHash("another salt", "ou_aaaaaaaaaaaa"));
    expect(JSON.stringify(store.rows)).not.toContain("ou_");

    now = T0 + 8 * DAY_MS; // past the 7-day retention, more than an hour after the last prune
    await recorder.answered("新问题", "none", { chatType: "p2p", openId: undefined });
    expect(store.rows.map((r) => r.text)).toEqual(["新问题"]);
  });

  it("normalises widths, case and punctuation", () => {
    expect(normalizeQuestion("ＩｏＴ网络的 预算？！")).toBe(normalizeQuestion("iot网络的预算"));
  });
});

describe("report", () => {
  it("names the nearest known entity: a name in the question, else the most similar alias", () => {
    expect(nearestEntity(knowledge, "物联网网络的年度预算是多少")).toMatchObject({ kind: "network", match: "named" });
    expect(nearestEntity(knowledge, "无锡高新区的电话")).toMatchObject({ kind: "zone", name: "无锡高新区" });
    expect(nearestEntity(knowledge, "今天天气怎么样")).toBeNull();
    // Words every name shares (高新区, 网络) do not make a match.
    expect(nearestEntity(knowledge, "高新区协同助手是谁开发的")).toBeNull();
    expect(nearestEntity(knowledge, "淮河生态联盟的会费")).toMatchObject({ kind: "alliance" });
  });

  it("--since is the start of that day in Asia/Shanghai; malformed dates are refused", () => {
    expect(parseSince("2026-03-02")).toBe(Date.parse("2026-03-01T16:00:00Z"));
    expect(parseSince("2026-02-30")).toBeUndefined();
    expect(parseSince("yesterday")).toBeUndefined();
  });
});

describe("recorded from chat, listed by GET /admin/gaps and npm run knowledge -- gaps", () => {
  it("a none answer to a typed question is recorded; the route and the CLI list it with its entity", async () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, "state.sqlite");
    const store = openSqliteGapStore(file);
    const gaps = createGapRecorder({ store, retentionDays: 90, logger: silent });
    const { engine } = fakeEngine();
    const none: Answer = { kind: "none", answer: "文章没有记录物联网网络的预算。", citations: [] };
    const noneEngine = { ...engine, answer: async (q: string) => (q.includes("预算") ? none : engine.answer(q)) };
    const t = await startBot({ engine: noneEngine, gaps });
    const notices = openSqliteNoticeStores(file);
    const admin = createApp({
      config: { verificationToken: TOKEN },
      engine: noneEngine,
      dedup: createMemoryDedupStore(),
      sender: t.sender,
      logger: silent,
      admin: {
        token: ADMIN_TOKEN,
        stores: notices,
        baseFiles: () => readKnowledgeFiles(),
        reload: async () => true,
        gaps: { store, knowledge: async () => knowledge },
      },
    });
    const server = await listen(admin.fetch);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const text of ["物联网网络的年度预算是多少？", "物联网网络的年度预算是多少", "物联网网络有哪些成员"]) {
        expect((await postJson(t.eventsUrl, messageEvent("message_p2p_text", { text }))).status).toBe(200);
      }
      await t.bot.idle();

      const denied = await fetch(`${url}/admin/gaps`);
      expect(denied.status).toBe(401);
      const res = await fetch(`${url}/admin/gaps?since=2020-01-01`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      const report = (await res.json()) as { total: number; groups: Array<Record<string, unknown>> };
      expect(res.status).toBe(200);
      expect(report.total).toBe(2);
      expect(report.groups).toEqual([
        expect.objectContaining({
          text: "物联网网络的年度预算是多少",
          count: 2,
          none: 2,
          askers: 1,
          chatTypes: ["p2p"],
          nearest: expect.objectContaining({ kind: "network", match: "named" }),
        }),
      ]);
      const bad = await fetch(`${url}/admin/gaps?since=03-02`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect([bad.status, ((await bad.json()) as { field: string }).field]).toEqual([400, "since"]);

      const cli = (args: string[]) =>
        new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
          execFile(
            process.execPath,
            ["--import", "tsx", "scripts/knowledge.ts", "gaps", ...args],
            { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir } },
            (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
          );
        });
      const listed = await cli(["--since", "2020-01-01"]);
      expect(listed.status).toBe(0);
      expect(JSON.parse(listed.stdout).groups[0]).toMatchObject({ text: "物联网网络的年度预算是多少", count: 2 });
      expect(listed.stderr).toContain("物联网网络的年度预算是多少");
      expect((await cli(["--since", "tomorrow"])).status).toBe(2);
    } finally {
      server.closeAllConnections();
      server.close();
      await t.close();
      await store.close();
      await notices.close();
    }
  });
});
