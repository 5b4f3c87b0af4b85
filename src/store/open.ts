/**
 * Which database holds the bot's state: SQLite in DATA_DIR/state.sqlite (the default, one process), or
 * PostgreSQL when DATABASE_URL is set (any number of instances; docs/deploy.md). Both give the same stores;
 * PostgreSQL adds the app-wide send limiter shared by all instances and leases on unanswered messages.
 */
import { join } from "node:path";
import { ErrorCodes } from "../errors.ts";
import { openSqliteGapStore } from "../gaps/sqlite.ts";
import type { GapStore } from "../gaps/types.ts";
import type { Logger } from "../log.ts";
import { describeError } from "../log.ts";
import type { RateLimiter } from "../subscriptions/limiter.ts";
import { FEISHU_SEND_LIMITS } from "../subscriptions/limiter.ts";
import { createPgRateLimiter } from "../subscriptions/pg-limiter.ts";
import type { NoticeStores } from "../subscriptions/types.ts";
import type { ContextStore } from "./context.ts";
import { openSqliteContextStore } from "./context-sqlite.ts";
import { openPgDatabase } from "./pg.ts";
import { openPgContextStore } from "./pg-context.ts";
import { openPgDedupStore } from "./pg-dedup.ts";
import { openPgGapStore } from "./pg-gaps.ts";
import { openPgNoticeStores } from "./pg-subscriptions.ts";
import { openSqliteDedupStore } from "./sqlite.ts";
import { FALLBACK_AUTOCHECKPOINT_PAGES } from "./sqlite-checkpoint.ts";
import { openSqliteNoticeStores } from "./subscriptions-sqlite.ts";
import { DEDUP_TTL_MS, type DedupStore, type Inbox } from "./types.ts";

export type BotStores = {
  kind: "sqlite" | "postgres";
  dedup: DedupStore & Inbox;
  contexts: ContextStore;
  notices: NoticeStores;
  /** What the bot could not answer (src/gaps/). */
  gaps: GapStore;
  /** App-wide limiter for notices when it must be shared across instances; undefined → the in-process one. */
  limiter: RateLimiter | undefined;
  /** How often unanswered messages should be looked for (a dead instance's are resumable after its lease). */
  resumeEveryMs: number;
  /** Resolves when the database is usable (PostgreSQL: reachable and migrated). */
  ready: Promise<void>;
  close(): Promise<void>;
};

const RESUME_EVERY_MS = 60_000;

export function openBotStores(
  settings: {
    dataDir: string;
    databaseUrl: string | undefined;
    inboxLeaseMs: number;
    /** SQLite: WAL checkpoints run elsewhere (src/store/sqlite-checkpoint.ts), not in the per-message commits. */
    backgroundCheckpoints?: boolean;
  },
  logger: Logger,
): BotStores {
  if (!settings.databaseUrl) {
    const file = join(settings.dataDir, "state.sqlite");
    // The two stores written for every message leave checkpoints to the background checkpointer when there is one.
    const wal = settings.backgroundCheckpoints ? { walAutocheckpoint: FALLBACK_AUTOCHECKPOINT_PAGES } : {};
    const dedup = openSqliteDedupStore(file, { ttlMs: DEDUP_TTL_MS, ...wal });
    const notices = openSqliteNoticeStores(file);
    // Follow-up context (last entities and intent per conversation, 10 min) lives next to the dedup data.
    const contexts = openSqliteContextStore(file, wal);
    const gaps = openSqliteGapStore(file);
    return {
      kind: "sqlite",
      dedup,
      contexts,
      notices,
      gaps,
      limiter: undefined,
      resumeEveryMs: RESUME_EVERY_MS,
      ready: Promise.resolve(),
      async close() {
        await dedup.close();
        await notices.close();
        await contexts.close();
        await gaps.close();
      },
    };
  }
  const db = openPgDatabase(settings.databaseUrl, {
    onError: (error) =>
      logger.warn("database connection lost (reconnecting on next use)", {
        code: ErrorCodes.E_DATABASE,
        ...describeError(error),
      }),
  });
  const dedup = openPgDedupStore(db, {
    leaseMs: settings.inboxLeaseMs,
    onError: (error) =>
      logger.warn("inbox lease renewal failed", { code: ErrorCodes.E_DATABASE, ...describeError(error) }),
  });
  logger.info("state in PostgreSQL", { instance: dedup.instanceId, inbox_lease_ms: dedup.leaseMs });
  return {
    kind: "postgres",
    dedup,
    contexts: openPgContextStore(db),
    notices: openPgNoticeStores(db),
    gaps: openPgGapStore(db),
    limiter: createPgRateLimiter(db, FEISHU_SEND_LIMITS),
    resumeEveryMs: Math.min(RESUME_EVERY_MS, settings.inboxLeaseMs),
    ready: db.ready,
    async close() {
      await dedup.close();
      await db.close();
    },
  };
}
