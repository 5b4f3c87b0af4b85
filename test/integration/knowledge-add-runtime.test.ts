/**
 * Adding knowledge to a running server (`npm start` as a child process, ADMIN_TOKEN set, fresh DATA_DIR), issue 14.9
 * and 16.3: answering happens in the answer threads, so an add never stalls the main thread, and the vector index
 * saved under DATA_DIR/index is replaced, not accumulated.
 *   - after several adds, DATA_DIR/index holds exactly one index folder;
 *   - while a large article is being added, /healthz and the webhook are answered (their responses arrive before
 *     the add's own response, which waits until every thread has the article);
 *   - the added article answers afterwards.
 * No timing is asserted: only the order in which responses arrive.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { spawnRuntime, until } from "../helpers/runtime-process.ts";

const ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const indexFolders = (dataDir: string) => readdirSync(join(dataDir, "index")).filter((n) => !n.startsWith(".tmp-"));

async function postArticle(base: string, article: Record<string, unknown>) {
  const res = await fetch(`${base}/admin/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(article),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** About `chars` characters of distinct sentences, in paragraphs (a long report). */
function longBody(chars: number, topic: string): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const p = `${topic}第${i + 1}项工作稳步推进，园区企业研发投入同比增长${(i % 37) + 3}%，新建联合实验室${(i % 11) + 1}个。各方围绕第${i + 1}批重点项目开展对接，签约金额${(i % 90) + 10}亿元。`;
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join("\n\n");
}

describe("adding knowledge to a running server", () => {
  it("keeps one index folder and answers /healthz and webhooks while a large article is added", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "bot-add-"));
    dirs.push(dataDir);
    const runtime = spawnRuntime({ DATA_DIR: dataDir, ADMIN_TOKEN });
    try {
      const base = await until(
        "banner",
        () => /Health: {3}(http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(runtime.stdout())?.[1],
      );
      await until("healthz 200", async () => (await fetch(`${base}/healthz`)).status === 200 || undefined, 60_000);
      expect(indexFolders(dataDir)).toHaveLength(1);

      // Several adds: each replaces the saved index, none accumulates.
      for (const n of [1, 2, 3]) {
        const added = await postArticle(base, {
          id: `growth-${n}`,
          title: `协同创新简报第${n}期`,
          date: `2026-01-0${n}`,
          body: longBody(2000, `简报${n}`),
        });
        expect(added.status).toBe(201);
        expect(added.json.reloaded).toBe(true);
        expect(indexFolders(dataDir)).toHaveLength(1);
      }

      // A large add, and meanwhile the health check and the local ask API: all answered before the add returns.
      const order: string[] = [];
      const large = postArticle(base, {
        id: "growth-large",
        title: "国家高新区协同创新年度综述",
        date: "2026-02-01",
        body: longBody(150_000, "年度综述"),
      }).then((r) => {
        order.push("add");
        return r;
      });
      // Once the article is stored (the add is then reloading the threads), ask the main thread.
      const state = new Database(join(dataDir, "state.sqlite"), { readonly: true });
      try {
        await until(
          "article stored",
          () => (state.prepare("SELECT count(*) AS n FROM added_articles").get() as { n: number }).n === 4 || undefined,
          120_000,
        );
      } finally {
        state.close();
      }
      const health = await fetch(`${base}/healthz`).then((r) => {
        order.push("healthz");
        return r.status;
      });
      const added = await large;
      expect(health).toBe(200);
      expect(added.status).toBe(201);
      expect(added.json.reloaded).toBe(true);
      expect(order).toEqual(["healthz", "add"]);
      expect(indexFolders(dataDir)).toHaveLength(1);

      // The added knowledge answers (from every thread: ask several times).
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${base}/api/ask`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ question: "年度综述第7项工作签约金额是多少" }),
        });
        expect(res.status).toBe(200);
        expect(JSON.stringify(await res.json())).toContain("年度综述");
      }
      expect(await runtime.stop()).toBe(0);
    } finally {
      await runtime.stop();
    }
  }, 240_000);
});
