/** The statements the SQLite and D1 gap stores share (migrations/0006_gaps.sql). */
import { sortGroups } from "./group.ts";
import type { GapGroup } from "./types.ts";

export const INSERT_GAP_SQL = "INSERT INTO gaps (text, reason, chat_type, asker, at) VALUES (?, ?, ?, ?, ?)";

export const GROUP_GAPS_SQL = `SELECT text,
  sum(reason <> 'helpful') AS count,
  sum(reason = 'none') AS none,
  sum(reason = 'unhelpful') AS unhelpful,
  sum(reason = 'helpful') AS helpful,
  count(DISTINCT CASE WHEN reason <> 'helpful' THEN asker END) AS askers,
  group_concat(DISTINCT CASE WHEN reason <> 'helpful' THEN chat_type END) AS chat_types,
  min(CASE WHEN reason <> 'helpful' THEN at END) AS first_at,
  max(CASE WHEN reason <> 'helpful' THEN at END) AS last_at
FROM gaps WHERE at >= ?
GROUP BY text HAVING sum(reason <> 'helpful') > 0
ORDER BY count DESC, last_at DESC, text
LIMIT ?`;

export const PRUNE_GAPS_SQL = "DELETE FROM gaps WHERE at < ?";
export const INSERT_SALT_SQL = "INSERT OR IGNORE INTO gap_salt (id, salt) VALUES (1, ?)";
export const SELECT_SALT_SQL = "SELECT salt FROM gap_salt WHERE id = 1";

export type GroupRow = {
  text: string;
  count: number;
  none: number;
  unhelpful: number;
  helpful: number;
  askers: number;
  chat_types: string | null;
  first_at: number;
  last_at: number;
};

export function toGroup(r: GroupRow): GapGroup {
  return {
    text: r.text,
    count: Number(r.count),
    none: Number(r.none),
    unhelpful: Number(r.unhelpful),
    helpful: Number(r.helpful),
    askers: Number(r.askers),
    chatTypes: (r.chat_types ?? "").split(",").filter(Boolean).sort(),
    firstAt: Number(r.first_at),
    lastAt: Number(r.last_at),
  };
}

/** Rows → groups in the one order (the SQL orders too; ties on text compare as JS does). */
export const toGroups = (rows: GroupRow[]) => sortGroups(rows.map(toGroup));
