/**
 * `npm run knowledge -- gaps [--since YYYY-MM-DD]`: the most-asked unanswered questions in DATA_DIR/state.sqlite,
 * grouped by normalised form, with counts and the nearest known entity. Default: the last 7 days.
 * Prints a table on stderr and the report as JSON on stdout. Exit codes: 0, 2 usage.
 */
import { join } from "node:path";
import { loadAdded } from "../src/admin/add.ts";
import { formatGapReport, gapReport, parseSince } from "../src/gaps/report.ts";
import { openSqliteGapStore } from "../src/gaps/sqlite.ts";
import { DAY_MS } from "../src/gaps/types.ts";
import { buildKnowledge, mergeAddedKnowledge, readKnowledgeFiles } from "../src/knowledge/load.ts";
import { openPgDatabase } from "../src/store/pg.ts";
import { openPgGapStore } from "../src/store/pg-gaps.ts";
import type { AddedKnowledgeStore } from "../src/subscriptions/types.ts";

export async function gapsCommand(
  dataDir: string,
  sinceOption: string | undefined,
  added: AddedKnowledgeStore,
): Promise<number> {
  const now = Date.now();
  const since = sinceOption === undefined ? now - 7 * DAY_MS : parseSince(sinceOption);
  if (since === undefined) {
    process.stderr.write(`knowledge: --since expects a date YYYY-MM-DD (got ${JSON.stringify(sinceOption)})\n`);
    return 2;
  }
  // With DATABASE_URL, the gaps every instance recorded in PostgreSQL.
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const pgDb = databaseUrl ? openPgDatabase(databaseUrl) : undefined;
  const store = pgDb ? openPgGapStore(pgDb) : openSqliteGapStore(join(dataDir, "state.sqlite"));
  try {
    const knowledge = buildKnowledge(mergeAddedKnowledge(readKnowledgeFiles(), await loadAdded(added)));
    const report = await gapReport(store, knowledge, { since, now });
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.stderr.write(`${formatGapReport(report)}\n`);
    return 0;
  } finally {
    await store.close();
    await pgDb?.close();
  }
}
