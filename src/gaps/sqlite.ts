/**
 * SQLite GapStore (better-sqlite3, WAL) in DATA_DIR/state.sqlite beside the other stores; migrations applied on
 * open. The statements are shared with the D1 store (src/gaps/sql.ts).
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "../store/migrate.ts";
import { randomSalt } from "./memory.ts";
import {
  GROUP_GAPS_SQL,
  type GroupRow,
  INSERT_GAP_SQL,
  INSERT_SALT_SQL,
  PRUNE_GAPS_SQL,
  SELECT_SALT_SQL,
  toGroups,
} from "./sql.ts";
import type { GapStore } from "./types.ts";

export function openSqliteGapStore(file: string): GapStore {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  try {
    migrate(db);
  } catch {
    migrate(db); // another process applied the same migration in between
  }
  const q = {
    insert: db.prepare(INSERT_GAP_SQL),
    groups: db.prepare(GROUP_GAPS_SQL),
    prune: db.prepare(PRUNE_GAPS_SQL),
    insertSalt: db.prepare(INSERT_SALT_SQL),
    salt: db.prepare(SELECT_SALT_SQL),
  };
  let salt: string | undefined;
  let closed = false;
  return {
    async record(g) {
      q.insert.run(g.text, g.reason, g.chatType, g.asker, g.at);
    },
    async groups(since, limit) {
      return toGroups(q.groups.all(since, limit) as GroupRow[]);
    },
    async prune(before) {
      return q.prune.run(before).changes;
    },
    async salt() {
      if (salt === undefined) {
        q.insertSalt.run(randomSalt());
        salt = (q.salt.get() as { salt: string }).salt;
      }
      return salt;
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
