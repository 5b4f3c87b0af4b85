/**
 * `npm run knowledge` — adds knowledge at run time, through the same validation as the admin routes
 * (src/admin/add.ts), into DATA_DIR/state.sqlite (DATA_DIR defaults to ./data, as for `npm start`), or into
 * PostgreSQL when DATABASE_URL is set (the database several instances share; docs/deploy.md).
 *
 *   npm run knowledge -- add-article <file> --title <title> --date <YYYY-MM-DD> [--id <id>] [--source <source>]
 *       the file's text is the article body, word for word; the id defaults to the file name without extension;
 *       a .json file is instead the body POST /admin/articles takes ({title, date, body, id?, source?})
 *   npm run knowledge -- add-event <file.json|file.yaml>
 *       {"id", "date", "title", "summary", "scopes": ["物联网", "西安"], "articleId", "quote"}
 *   npm run knowledge -- extract <file> --title <title> --date <YYYY-MM-DD> [--id <id>]
 *       a dry run of add-article: prints the facts, conflicts and events it would learn; stores nothing
 *   With LLM_BASE_URL and LLM_MODEL set, add-article and extract also ask the model once for facts the patterns
 *   miss (src/knowledge/extract/llm.ts): the checked ones are learned (and stored with the article), the rest listed
 *   under "dropped"; "model" says how many were kept, or the error code when the call failed.
 *   npm run knowledge -- list
 *   npm run knowledge -- import-feishu <URL>     a Feishu docx or wiki link (scripts/knowledge-feishu.ts)
 *   npm run knowledge -- gaps [--since YYYY-MM-DD]   most-asked unanswered questions (scripts/knowledge-gaps.ts)
 *
 * A running server picks the addition up within about two seconds (it polls the store's revision) and its
 * delivery loop sends the notices an event queued. Exit codes: 0 stored (or already stored), 1 refused
 * (the message names the field and the error code), 2 usage.
 */
import { readFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import YAML from "yaml";
import { type AddOutcome, addArticle, addEvent, previewArticle } from "../src/admin/add.ts";
import { parseConfig } from "../src/config.ts";
import { modelExtractorFor } from "../src/knowledge/extract/llm.ts";
import { readKnowledgeFiles } from "../src/knowledge/load.ts";
import { createLogger } from "../src/log.ts";
import { openPgDatabase } from "../src/store/pg.ts";
import { openPgNoticeStores } from "../src/store/pg-subscriptions.ts";
import { openSqliteNoticeStores } from "../src/store/subscriptions-sqlite.ts";
import { importFeishuCommand } from "./knowledge-feishu.ts";
import { gapsCommand } from "./knowledge-gaps.ts";

const USAGE = `usage:
  npm run knowledge -- add-article <file> --title <title> --date <YYYY-MM-DD> [--id <id>] [--source <source>]
  npm run knowledge -- add-event <file.json|file.yaml>
  npm run knowledge -- extract <file> --title <title> --date <YYYY-MM-DD> [--id <id>]   (dry run: prints what it would learn)
    (a .json <file> holds {title, date, body, id?, source?}, as POST /admin/articles takes; options override it)
  npm run knowledge -- list
  npm run knowledge -- import-feishu <URL>   (FEISHU_APP_ID, FEISHU_APP_SECRET, FEISHU_DOMAIN)
  npm run knowledge -- gaps [--since YYYY-MM-DD]
DATA_DIR (default ./data) is where the server keeps its state.`;

function usage(message?: string): never {
  if (message) process.stderr.write(`knowledge: ${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

/** Positional arguments and --name value options. */
function parseArgs(argv: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined) usage(`--${name} needs a value`);
      options.set(name, value);
    } else positional.push(arg);
  }
  return { positional, options };
}

function llmConfig() {
  try {
    return parseConfig(process.env).llm;
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    usage(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** A JSON article file: the object POST /admin/articles takes (validated later, like the route's body). */
function parseJsonPayload(file: string, text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch (error) {
    usage(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  usage(`${file} must hold one JSON object {title, date, body, id?, source?}`);
}

/** An article's warnings, one line each on stderr (the JSON on stdout carries them too). */
function warn(body: Record<string, unknown>): void {
  const warnings = Array.isArray(body.warnings) ? (body.warnings as { code: string; message: string }[]) : [];
  for (const w of warnings) process.stderr.write(`knowledge: warning ${w.code}: ${w.message}\n`);
}

/** Prints the outcome; returns the exit code. */
function report(outcome: AddOutcome): number {
  if (outcome.ok) {
    process.stdout.write(`${JSON.stringify(outcome.body)}\n`);
    warn(outcome.body);
    const what = outcome.body.event ? "event" : "article";
    const queued = typeof outcome.body.queued === "number" ? `, ${outcome.body.queued} notice(s) queued` : "";
    process.stderr.write(
      outcome.status === 201
        ? `knowledge: ${what} ${String(outcome.body.id)} added${queued}\n`
        : `knowledge: ${what} ${String(outcome.body.id)} was already stored; nothing changed\n`,
    );
    return 0;
  }
  process.stderr.write(`knowledge: ${outcome.code}: ${outcome.message}\n`);
  if (outcome.details?.valid) process.stderr.write(`valid scopes:\n${String(outcome.details.valid)}\n`);
  return 1;
}

const [command, ...rest] = process.argv.slice(2);
if (!command || command === "help" || command === "--help") usage();
const { positional, options } = parseArgs(rest);
const dataDir = resolve(process.env.DATA_DIR?.trim() || "./data");
// With DATABASE_URL (several instances on PostgreSQL), into the database the instances share.
const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
const pgDb = databaseUrl ? openPgDatabase(databaseUrl) : undefined;
const stores = pgDb ? openPgNoticeStores(pgDb) : openSqliteNoticeStores(join(dataDir, "state.sqlite"));
// With LLM_* set, a model proposes facts the patterns miss (checked, then stored with the article).
// Only then is the whole configuration read (the other commands never needed it to be valid).
const llm = process.env.LLM_BASE_URL || process.env.LLM_MODEL ? llmConfig() : undefined;
const deps = {
  added: stores.added,
  outbox: stores.outbox,
  baseFiles: () => readKnowledgeFiles(),
  modelFacts: modelExtractorFor(
    llm,
    createLogger({ level: "warn", sink: (line) => process.stderr.write(`${line}\n`) }),
  ),
};

let exitCode = 0;
try {
  if (command === "add-article" || command === "extract") {
    const file = positional[0];
    if (!file || positional.length > 1) usage(`${command} takes one file`);
    for (const name of options.keys()) {
      if (!["title", "date", "id", "source"].includes(name)) usage(`unknown option --${name}`);
    }
    const id = options.get("id") ?? basename(file, extname(file)).replace(/[^A-Za-z0-9_-]/g, "-");
    // A .json file is the body of POST /admin/articles ({id?, title, date, source?, body}); options override it.
    const fromJson = /\.json$/i.test(file) ? parseJsonPayload(file, readText(file)) : undefined;
    const payload = fromJson
      ? { id, ...fromJson, ...Object.fromEntries(options) }
      : {
          id,
          title: options.get("title"),
          date: options.get("date"),
          ...(options.has("source") ? { source: options.get("source") } : {}),
          body: readText(file),
        };
    if (command === "extract") {
      const outcome = await previewArticle(deps, payload);
      if (outcome.ok) {
        process.stdout.write(`${JSON.stringify(outcome.body, null, 2)}\n`);
        warn(outcome.body);
      }
      exitCode = outcome.ok ? 0 : report(outcome);
    } else exitCode = report(await addArticle(deps, payload));
  } else if (command === "add-event") {
    const file = positional[0];
    if (!file || positional.length > 1 || options.size > 0) usage("add-event takes one JSON or YAML file");
    const text = readText(file);
    let payload: unknown;
    try {
      payload = /\.ya?ml$/i.test(file) ? YAML.parse(text) : JSON.parse(text);
    } catch (error) {
      process.stderr.write(
        `knowledge: E_ADMIN_BAD_REQUEST: ${file} is not valid JSON/YAML: ${(error as Error).message}\n`,
      );
      payload = undefined;
      exitCode = 1;
    }
    if (exitCode === 0) exitCode = report(await addEvent(deps, payload));
  } else if (command === "list") {
    const [articles, events] = await Promise.all([stores.added.articles(), stores.added.events()]);
    for (const a of articles) process.stdout.write(`article ${a.id}  ${a.date}  ${a.title}\n`);
    for (const e of events) {
      process.stdout.write(
        `event   ${e.event.id}  ${e.event.date}  ${e.event.title}  [${e.event.scopes.join(", ")}]\n`,
      );
    }
    process.stderr.write(
      `knowledge: ${articles.length} article(s), ${events.length} event(s) added in ${databaseUrl ? "PostgreSQL (DATABASE_URL)" : dataDir}\n`,
    );
  } else if (command === "import-feishu") {
    if (positional.length !== 1 || options.size > 0) usage("import-feishu takes one link");
    exitCode = await importFeishuCommand(positional[0] as string, stores);
    if (exitCode === 2) usage();
  } else if (command === "gaps") {
    for (const name of options.keys()) if (name !== "since") usage(`unknown option --${name}`);
    if (positional.length > 0) usage("gaps takes no file");
    exitCode = await gapsCommand(dataDir, options.get("since"), stores.added);
    if (exitCode === 2) usage();
  } else {
    usage(`unknown command ${command}`);
  }
} finally {
  await stores.close();
  await pgDb?.close();
}
process.exit(exitCode);
