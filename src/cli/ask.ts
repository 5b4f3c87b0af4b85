/**
 * `npm run ask -- "问题"`: prints a readable answer with its sources.
 *   --json   one JSON object {"answer","kind","citations":[{"articleId","title","quote"}]}
 *   --jsonl  one question per stdin line → one JSON object per line
 */

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { loadAdded } from "../admin/add.ts";
import { createEngine, type Engine, type EngineOptions } from "../answer/engine.ts";
import { llmReaderFor } from "../answer/query/llm-read.ts";
import { renderText, toJson } from "../answer/render-text.ts";
import { configSecrets, parseConfig } from "../config.ts";
import { createLogger } from "../log.ts";
import { openPgDatabase } from "../store/pg.ts";
import { openPgNoticeStores } from "../store/pg-subscriptions.ts";
import { openSqliteNoticeStores } from "../store/subscriptions-sqlite.ts";

const USAGE = `用法:
  npm run ask -- "物联网网络有哪些成员"         可读的回答和来源
  npm run ask -- --json "物联网网络有哪些成员"  一个 JSON 对象
  npm run ask -- --jsonl < questions.txt        每行一个问题 → 每行一个 JSON 对象`;

type Mode = "text" | "json" | "jsonl";

function parseArgs(argv: string[]): { mode: Mode; question: string } | { error: string } {
  let mode: Mode = "text";
  const words: string[] = [];
  for (const arg of argv) {
    if (arg === "--json") mode = "json";
    else if (arg === "--jsonl") mode = "jsonl";
    else if (arg === "--help" || arg === "-h") return { error: "" };
    else if (arg.startsWith("--")) return { error: `未知参数 ${arg}` };
    else words.push(arg);
  }
  const question = words.join(" ").trim();
  if (mode === "jsonl" && question) return { error: "--jsonl 从标准输入读取问题，不接受命令行问题" };
  if (mode !== "jsonl" && !question) return { error: "请给出一个问题" };
  return { mode, question };
}

async function runJsonl(engine: Engine): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    // Every input line gets exactly one output line, blank ones included, so answers stay aligned.
    const answer = await engine.answer(line);
    process.stdout.write(`${JSON.stringify(toJson(answer))}\n`);
  }
}

/**
 * The CLI answers from the same knowledge as the server: the folder plus what was added at run time in
 * DATA_DIR (state.sqlite), when that exists, or in PostgreSQL when DATABASE_URL is set; DATA_DIR's saved
 * retrieval index is reused too.
 */
async function sameKnowledgeAsTheServer(): Promise<EngineOptions> {
  const { dataDir, databaseUrl } = parseConfig();
  const dir = resolve(dataDir);
  if (databaseUrl) {
    const db = openPgDatabase(databaseUrl);
    try {
      const added = await loadAdded(openPgNoticeStores(db).added);
      return { ...(existsSync(dir) ? { dataDir: dir } : {}), added: () => added };
    } finally {
      await db.close();
    }
  }
  const file = join(dir, "state.sqlite");
  if (!existsSync(file)) return existsSync(dir) ? { dataDir: dir } : {};
  const stores = openSqliteNoticeStores(file);
  try {
    const added = await loadAdded(stores.added);
    return { dataDir: dir, added: () => added };
  } finally {
    await stores.close();
  }
}

/** With LLM_* set, questions the parser cannot read may get a model-proposed query (logs go to stderr). */
function modelReading(): Pick<EngineOptions, "reader"> {
  const config = parseConfig();
  if (!config.llm) return {};
  const logger = createLogger({
    level: "warn",
    secrets: configSecrets(config),
    sink: (line) => process.stderr.write(`${line}\n`),
  });
  return { reader: llmReaderFor(config.llm, logger) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ("error" in args) {
    if (args.error) console.error(`ask: ${args.error}`);
    console.error(USAGE);
    return args.error ? 2 : 0;
  }
  const engine = await createEngine({ ...(await sameKnowledgeAsTheServer()), ...modelReading() });
  if (args.mode === "jsonl") {
    await runJsonl(engine);
    return 0;
  }
  const answer = await engine.answer(args.question);
  if (args.mode === "json") process.stdout.write(`${JSON.stringify(toJson(answer))}\n`);
  else process.stdout.write(`${renderText(answer)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error & { code?: string }) => {
    console.error(`ask: ${err.code ?? "E_INTERNAL"}: ${err.message}`);
    process.exitCode = 1;
  },
);
