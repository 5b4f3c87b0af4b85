/**
 * The answer pool (src/runtime/answer-pool.ts): worker threads with the engine, a real SQLite store for knowledge
 * added at run time, a real DATA_DIR.
 *   - answers equal the in-process engine's;
 *   - a reload reaches every thread: after an article is stored and reload() resolves, questions answered by
 *     either thread (several at once, so both take some) quote it, and the main thread's knowledge copy has it;
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.ts";
import { createAnswerPool } from "../../src/runtime/answer-pool.ts";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("answer pool", () => {
  it("answers as the engine does, and reloads reach every thread", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "answer-pool-"));
    dirs.push(dataDir);
    const statePath = join(dataDir, "state.sqlite");
    const stores = openSqliteNoticeStores(statePath);
    const pool = createAnswerPool({ dataDir, statePath, threads: 2 });
    try {
      const engine = await pool.engine;
      expect(pool.threads()).toBe(2);
      const local = await createEngine();
      for (const q of ["物联网网络有哪些成员", "集成电路网络三年目标是什么", "腾讯股价多少"]) {
        expect(await engine.answer(q)).toEqual(await local.answer(q));
      }
      expect(engine.briefing().answer).toBe(local.briefing().answer);

      await stores.added.addArticle(
        {
          id: "pool-added",
          title: "海洋装备产业协同发展座谈会召开",
          date: "2026-01-20",
          source: null,
          body: "海洋装备产业协同发展座谈会在舟山召开，与会单位共同签署了深海探测装备联合攻关协议。",
        },
        Date.now(),
      );
      await engine.reload();
      expect(engine.knowledge.articles.has("pool-added")).toBe(true);
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => engine.answer("深海探测装备联合攻关协议是在哪里签署的")),
      );
      for (const a of answers) expect(JSON.stringify(a)).toContain("舟山");
    } finally {
      await pool.close();
      await stores.close();
    }
  }, 120_000);
});
