/** D1 GapStore (Cloudflare Workers): the SQLite store's statements (src/gaps/sql.ts) over D1. */
import type { D1Database } from "@cloudflare/workers-types";
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

export function createD1GapStore(db: D1Database): GapStore {
  let salt: string | undefined;
  return {
    async record(g) {
      await db.prepare(INSERT_GAP_SQL).bind(g.text, g.reason, g.chatType, g.asker, g.at).run();
    },
    async groups(since, limit) {
      const { results } = await db.prepare(GROUP_GAPS_SQL).bind(since, limit).all<GroupRow>();
      return toGroups(results);
    },
    async prune(before) {
      const r = await db.prepare(PRUNE_GAPS_SQL).bind(before).run();
      return r.meta.changes ?? 0;
    },
    async salt() {
      if (salt === undefined) {
        const [, read] = await db.batch<{ salt: string }>([
          db.prepare(INSERT_SALT_SQL).bind(randomSalt()),
          db.prepare(SELECT_SALT_SQL),
        ]);
        salt = read?.results[0]?.salt;
        if (!salt) throw new Error("gap_salt: no salt after insert");
      }
      return salt;
    },
    async close() {},
  };
}
