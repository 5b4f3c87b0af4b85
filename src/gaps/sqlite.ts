import { openSqliteFile } from "../store/sqlite-open.ts";
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
  const db = openSqliteFile(file);
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
