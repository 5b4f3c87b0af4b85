/**
 * One PostgreSQL connection pool per process (node-postgres), shared by every PostgreSQL store: dedup and inbox
 * (pg-dedup.ts), follow-up contexts (pg-context.ts), subscriptions, outbox and added knowledge
 * (pg-subscriptions.ts) and the app-wide send limiter (src/subscriptions/pg-limiter.ts).
 *
 * `ready` resolves once the migrations are applied; every store awaits it before its first query, so opening
 * is synchronous like the SQLite stores. BIGINT (milliseconds since the epoch, counts, ids) is read as a
 * JavaScript number: every value stored is far below 2^53.
 *
 * A connection that breaks while idle (PostgreSQL restarted) is dropped from the pool and reported through
 * `onError`, never thrown: queries made while the server is away fail (the webhook answers 500, Feishu retries),
 * and the pool reconnects once it is back.
 */
import pg from "pg";
import { migratePostgres, quoteIdent } from "./pg-migrate.ts";

export type PgDatabase = {
  pool: pg.Pool;
  /** Migrations applied (rejects if the server cannot be reached or a migration fails). */
  ready: Promise<void>;
  /** The schema every connection works in (default: the server's search_path). */
  schema: string | undefined;
  close(): Promise<void>;
};

export type PgOptions = {
  /** Work in this schema (created if missing): tests give each store its own. Plain lower-case identifier. */
  schema?: string;
  /** Pool size (default 10). */
  max?: number;
  /** Connection errors that happen outside a query (the server went away). */
  onError?: (error: Error) => void;
  /** Migrations directory (default: the repository's migrations/). */
  migrationsDir?: string;
};

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Reads BIGINT (and count(*)) as numbers instead of strings; everything else as node-postgres does. */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    // biome-ignore lint/suspicious/noExplicitAny: pg's overloads do not accept a union format
    return pg.types.getTypeParser(oid, format as any);
  },
} as pg.CustomTypesConfig;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function openPgDatabase(url: string, options: PgOptions = {}): PgDatabase {
  const schema = options.schema;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    // Fail fast while the server is away: the webhook must answer (500) well within Feishu's 3 s.
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
    application_name: "gaoxinqu-bot",
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  pool.on("error", (error) => options.onError?.(error));

  const ready = (async () => {
    const client = await pool.connect();
    try {
      await migratePostgres(client, { schema, dir: options.migrationsDir });
    } finally {
      client.release();
    }
  })();
  ready.catch(() => {}); // observed by every store's first query

  let closed = false;
  return {
    pool,
    ready,
    schema,
    async close() {
      if (closed) return;
      closed = true;
      await ready.catch(() => {});
      await pool.end();
    },
  };
}

/** Runs `fn` in one transaction on one connection; rolls back and rethrows on error. */
export async function inTransaction<T>(db: PgDatabase, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  await db.ready;
  const client = await db.pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    // A connection that cannot even roll back is broken (server restarted): it leaves the pool.
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** One statement on any pooled connection, after the migrations. */
export async function pgQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  db: PgDatabase,
  text: string,
  values?: unknown[],
): Promise<pg.QueryResult<R>> {
  await db.ready;
  return db.pool.query<R>(text, values);
}
