/**
 * `npm run growth [-- questions.json] [--articles DIR]`: the "knowledge that grows" check, end to end over HTTP.
 * Starts the real server (src/runtime/node.ts) on a fresh DATA_DIR with an admin token, posts every article in
 * the folder through `POST /admin/articles`, then asks each question through `POST /api/ask` and checks the
 * answers like the golden sets (quotes verbatim in the articles, knowledge folder plus the added ones).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkGrowth, type GrowthArticle, type GrowthQuestion } from "../test/growth/check.ts";
import { spawnRuntime, until } from "../test/helpers/runtime-process.ts";

const args = process.argv.slice(2);
const articlesAt = args.indexOf("--articles");
const articlesDir = articlesAt >= 0 ? (args[articlesAt + 1] as string) : "test/growth/articles";
const file =
  args.find((a, i) => !a.startsWith("--") && (articlesAt < 0 || i !== articlesAt + 1)) ??
  "test/growth/growth-questions.json";
const verbose = args.includes("--verbose");

const articles = readdirSync(articlesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(articlesDir, f), "utf8")) as GrowthArticle);
const questions = JSON.parse(readFileSync(file, "utf8")) as GrowthQuestion[];

const dataDir = mkdtempSync(join(tmpdir(), "growth-"));
const token = "growth-admin-token-0123456789";
// ASK_RATE_*=0: the whole question set goes through /api/ask back to back.
const server = spawnRuntime({
  DATA_DIR: dataDir,
  ADMIN_TOKEN: token,
  LOG_LEVEL: "warn",
  ASK_RATE_PER_CLIENT: "0",
  ASK_RATE_GLOBAL: "0",
});
try {
  const base = await until(
    "the server's address",
    () => server.stdout().match(/http:\/\/127\.0\.0\.1:\d+/)?.[0],
    60_000,
  );
  for (const article of articles) {
    const res = await fetch(`${base}/admin/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(article),
    });
    const body = await res.text();
    console.log(
      `POST /admin/articles ${article.id}: ${res.status}${verbose || res.status >= 400 ? ` ${body.slice(0, 1500)}` : ""}`,
    );
  }
  const byTopic = new Map<string, [number, number]>();
  let passed = 0;
  for (const q of questions) {
    const res = await fetch(`${base}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: q.q }),
    });
    const a = (await res.json()) as Parameters<typeof checkGrowth>[1];
    const why = checkGrowth(q, a, articles);
    const t = byTopic.get(q.topic ?? "-") ?? [0, 0];
    t[1]++;
    if (why.length === 0) {
      passed++;
      t[0]++;
    } else {
      console.log(
        `FAIL ${q.id} [${q.topic ?? ""}] ${q.q}\n     ${why.join("; ")}\n     answer(${a.kind}): ${a.answer.replace(/\n/g, " / ").slice(0, verbose ? 2000 : 220)}`,
      );
    }
    byTopic.set(q.topic ?? "-", t);
  }
  for (const [topic, [ok, n]] of byTopic) console.log(`  ${topic}: ${ok}/${n}`);
  console.log(`growth: ${passed} passed, ${questions.length - passed} failed`);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
