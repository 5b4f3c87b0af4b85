/**
 * PostgreSQL for tests. TEST_DATABASE_URL (default postgres://gxq:gxq@127.0.0.1:5432/gxq_test, what .ci/run
 * creates) is probed once; when no server answers the PostgreSQL cases are skipped with a loud warning, or —
 * with REQUIRE_POSTGRES=1 (CI) — the test file fails. Each store opened here works in a schema of its own,
 * dropped when the file's tests end, so tests never see each other's rows.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { openPgDatabase, type PgDatabase, type PgOptions } from "../../src/store/pg.ts";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://gxq:gxq@127.0.0.1:5432/gxq_test";

async function probe(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return url;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (process.env.REQUIRE_POSTGRES === "1") {
      throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL does not answer at TEST_DATABASE_URL: ${why}`);
    }
    process.stderr.write(
      `\n!!! PostgreSQL tests SKIPPED: no server at ${url.replace(/:[^:@/]*@/, ":***@")} (${why}).\n` +
        "!!! Start one (sudo pg_ctlcluster 15 main start) and create the role and database as .ci/run does.\n\n",
    );
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL when a server answers, else undefined (the PostgreSQL cases skip). */
export const pgUrl: string | undefined = await probe(TEST_DATABASE_URL);

const opened: PgDatabase[] = [];
const schemas = new Set<string>();

/** A fresh schema name (plain identifier). */
export function freshSchema(): string {
  const name = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
  schemas.add(name);
  return name;
}

/** Opens a database handle in `schema` (default: a fresh one); closed and dropped after the file's tests. */
export function testPgDatabase(schema: string = freshSchema(), options: PgOptions = {}): PgDatabase {
  if (!pgUrl) throw new Error("PostgreSQL is not available");
  schemas.add(schema);
  const db = openPgDatabase(pgUrl, { ...options, schema, max: options.max ?? 4 });
  opened.push(db);
  return db;
}

afterAll(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close().catch(() => {})));
  if (!pgUrl || schemas.size === 0) return;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    schemas.clear();
    await client.end();
  }
});
