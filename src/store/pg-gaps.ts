/**
 * PostgreSQL GapStore (migrations/0006_gaps.sql, translated): the questions the bot could not answer, shared by
 * every instance, so GET /admin/gaps on any instance reports them all. Same contract as src/gaps/sqlite.ts; the
 * grouping uses PostgreSQL's aggregate FILTER instead of SQLite's sum(boolean), and text orders as SQLite's
 * (COLLATE "C"). One salt per database: the first instance to need it stores it, the others read it.
 */
import { randomSalt } from "../gaps/memory.ts";
import { type GroupRow, toGroups } from "../gaps/sql.ts";
import type { GapStore } from "../gaps/types.ts";
import { type PgDatabase, pgQuery } from "./pg.ts";

const GROUP_GAPS_PG = `SELECT text,
  count(*) FILTER (WHERE reason <> 'helpful') AS count,
  count(*) FILTER (WHERE reason = 'none') AS none,
  count(*) FILTER (WHERE reason = 'unhelpful') AS unhelpful,
  count(*) FILTER (WHERE reason = 'helpful') AS helpful,
  count(DISTINCT asker) FILTER (WHERE reason <> 'helpful') AS askers,
  string_agg(DISTINCT chat_type, ',') FILTER (WHERE reason <> 'helpful') AS chat_types,
  min(at) FILTER (WHERE reason <> 'helpful') AS first_at,
  max(at) FILTER (WHERE reason <> 'helpful') AS last_at
FROM gaps WHERE at >= $1
GROUP BY text HAVING count(*) FILTER (WHERE reason <> 'helpful') > 0
ORDER BY count DESC, last_at DESC, text COLLATE "C"
LIMIT $2`;

export function openPgGapStore(db: PgDatabase): GapStore {
  let salt: string | undefined;
  return {
    async record(g) {
      await pgQuery(db, "INSERT INTO gaps (text, reason, chat_type, asker, at) VALUES ($1, $2, $3, $4, $5)", [
        g.text,
        g.reason,
        g.chatType,
        g.asker,
        g.at,
      ]);
    },
    async groups(since, limit) {
      return toGroups((await pgQuery<GroupRow>(db, GROUP_GAPS_PG, [since, limit])).rows);
    },
    async prune(before) {
      return (await pgQuery(db, "DELETE FROM gaps WHERE at < $1", [before])).rowCount ?? 0;
    },
    async salt() {
      if (salt === undefined) {
        await pgQuery(db, "INSERT INTO gap_salt (id, salt) VALUES (1, $1) ON CONFLICT (id) DO NOTHING", [randomSalt()]);
        salt = (await pgQuery<{ salt: string }>(db, "SELECT salt FROM gap_salt WHERE id = 1")).rows[0]?.salt;
        if (salt === undefined) throw new Error("gap salt missing");
      }
      return salt;
    },
    async close() {},
  };
}
