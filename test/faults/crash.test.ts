/**
 * Crash safety of new-event notices, with the real entry point (`npm start` = src/runtime/node.ts) as a child
 * process against the fake Open API and a temp DATA_DIR. An event is added over the admin route, the child is
 * killed with SIGKILL at one step of delivery, then started again on the same DATA_DIR; every subscriber must
 * end up with the notice exactly once, counted at the fake (which deduplicates by uuid, as Feishu does).
 *
 * The steps, and how the test gets the child to stop exactly there (no test hooks in the product code):
 *   1. after the event is stored, before any notice reaches Feishu: the fake hangs every send (posts nothing);
 *      the child is killed as the first send arrives (the event and its notices are committed by then);
 *   2. mid-send: the fake posts each message but holds the answer; the child is killed while waiting for it;
 *   3. after the send, before marking it sent: the test takes SQLite's write lock on the child's database as the
 *      first send arrives, so the child, answered by the fake, blocks on marking; then it is killed.
 * The child is killed without waiting for the admin route's answer (it answers after the engine reloaded);
 * the subscribers and the article are written to the DATA_DIR before the first start.
 */
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { spawnRuntime } from "../helpers/runtime-process.ts";
import { TOKEN } from "../integration/helpers.ts";
import {
  ADMIN_TOKEN,
  NEW_ARTICLE,
  NEW_EVENT,
  removeTempDirs,
  tempDataDir,
  until,
} from "../integration/subscriptions-helpers.ts";

const CHATS = ["oc_crash_1", "oc_crash_2", "oc_crash_3", "oc_crash_4", "oc_crash_5"];
const outputs: string[] = [];
afterAll(removeTempDirs);

type Child = { child: ChildProcess; base: string; exited: Promise<number | null>; output: () => string };

async function startChild(dataDir: string, fake: FakeFeishu): Promise<Child> {
  const runtime = spawnRuntime({
    DATA_DIR: dataDir,
    FEISHU_APP_ID: fake.appId,
    FEISHU_APP_SECRET: fake.appSecret,
    FEISHU_VERIFICATION_TOKEN: TOKEN,
    FEISHU_DOMAIN: fake.url,
    ADMIN_TOKEN,
    LOG_LEVEL: "info",
  });
  const base = await until(
    "banner",
    () => /Admin: {4}POST (http:\/\/127\.0\.0\.1:\d+)\/admin\/articles/.exec(runtime.output())?.[1],
  );
  return {
    child: runtime.child,
    base,
    exited: runtime.exited,
    output: () => {
      outputs.push(runtime.output());
      return runtime.output();
    },
  };
}

/** POSTs the event; the child may be killed before it answers. */
function postEvent(base: string): Promise<number | "no answer"> {
  return fetch(`${base}/admin/events`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(NEW_EVENT),
  }).then(
    (res) => res.status,
    () => "no answer" as const,
  );
}

/** Outbox rows by status, read from the child's database file. */
function outboxStatus(dataDir: string): Record<string, number> {
  const db = new Database(join(dataDir, "state.sqlite"), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT status, count(*) AS n FROM outbox GROUP BY status").all() as Array<{
      status: string;
      n: number;
    }>;
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  } finally {
    db.close();
  }
}

async function kill(c: Child): Promise<void> {
  c.child.kill("SIGKILL");
  await c.exited;
}

/** Subscribers and the event's article, written to the DATA_DIR before the first start. */
async function seed(dataDir: string): Promise<void> {
  const stores = openSqliteNoticeStores(join(dataDir, "state.sqlite"));
  for (const chatId of CHATS) {
    await stores.subscriptions.add({ chatId, scope: "iot", label: "物联网", mode: "instant", createdAt: Date.now() });
  }
  await stores.added.addArticle(NEW_ARTICLE, Date.now());
  await stores.close();
}

/** Restarts on the same DATA_DIR and checks every subscriber got the notice exactly once. */
async function restartAndCheck(dataDir: string, fake: FakeFeishu): Promise<void> {
  fake.clearFaults();
  const again = await startChild(dataDir, fake);
  try {
    await until("all notices sent after the restart", () => outboxStatus(dataDir).sent === CHATS.length, 15_000);
    await new Promise((r) => setTimeout(r, 300)); // nothing further may arrive
    const perChat = fake.createdPerChat();
    expect([...perChat.keys()].sort()).toEqual(CHATS);
    expect([...perChat.values()]).toEqual(CHATS.map(() => 1));
    expect(outboxStatus(dataDir)).toEqual({ sent: CHATS.length });
    const out = again.output();
    for (const secret of [ADMIN_TOKEN, fake.appSecret, TOKEN, ...fake.tokensIssued]) expect(out).not.toContain(secret);
  } finally {
    await kill(again);
  }
}

// Each step starts the child twice, and each start loads the engine; with two test files sharing CI's two cores a
// step can take over 30 s. The time is not what is tested here.
describe("notices survive SIGKILL at each step of delivery", { timeout: 90_000 }, () => {
  it("1. after the event is stored, before any notice reached Feishu", async () => {
    const fake = await FakeFeishu.start();
    const dataDir = tempDataDir();
    try {
      await seed(dataDir);
      fake.fail({ route: "create", hang: true, times: 1000 });
      const c = await startChild(dataDir, fake);
      const answered = postEvent(c.base);
      await fake.waitForCall((call) => call.route === "create");
      await kill(c);
      expect(await answered).toBe("no answer");
      expect(fake.created()).toHaveLength(0);
      expect(outboxStatus(dataDir)).toEqual({ pending: CHATS.length });
      await restartAndCheck(dataDir, fake);
    } finally {
      await fake.close();
    }
  });

  it("2. mid-send: Feishu posted the messages, the answers never reached the process", async () => {
    const fake = await FakeFeishu.start();
    const dataDir = tempDataDir();
    try {
      await seed(dataDir);
      fake.fail({ route: "create", afterPost: true, delayMs: 60_000, times: 1000 });
      const c = await startChild(dataDir, fake);
      void postEvent(c.base);
      await until("all posted, none answered", () => fake.created().length === CHATS.length);
      await kill(c);
      expect(outboxStatus(dataDir)).toEqual({ pending: CHATS.length });
      await restartAndCheck(dataDir, fake);
      // The restart resent each notice with its uuid; Feishu (the fake) answered with the message it had.
      expect(fake.callsTo("create").length).toBeGreaterThanOrEqual(2 * CHATS.length);
    } finally {
      await fake.close();
    }
  });

  it("3. after the send, before the notice was marked sent", async () => {
    const fake = await FakeFeishu.start();
    const dataDir = tempDataDir();
    let lock: Database.Database | undefined;
    try {
      await seed(dataDir);
      fake.fail({ route: "create", delayMs: 300, times: 1000 }); // time for the test to take the lock
      const c = await startChild(dataDir, fake);
      void postEvent(c.base);
      await fake.waitForCall((call) => call.route === "create");
      lock = new Database(join(dataDir, "state.sqlite"), { timeout: 5000 });
      lock.exec("BEGIN IMMEDIATE"); // the child can no longer write: marking blocks
      await until("a notice posted and answered", () => fake.created().length > 0);
      await fake.settled();
      await new Promise((r) => setTimeout(r, 150)); // the answer reaches the child, which blocks on marking
      await kill(c);
      lock.exec("ROLLBACK");
      lock.close();
      lock = undefined;
      const status = outboxStatus(dataDir);
      expect(status.sent ?? 0).toBe(0);
      expect(status.pending).toBe(CHATS.length);
      expect(fake.created().length).toBeGreaterThan(0); // posted, but not marked: the case under test
      await restartAndCheck(dataDir, fake);
    } finally {
      lock?.close();
      await fake.close();
    }
  });
});
