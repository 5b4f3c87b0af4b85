/**
 * GET /admin/gaps[?since=YYYY-MM-DD][&limit=N] (behind the admin token, src/admin/routes.ts): the most-asked
 * unanswered questions since the start of that day (Asia/Shanghai; default the last 7 days), grouped by normalised
 * form, with counts, distinct askers and the nearest known entity. 400 E_ADMIN_BAD_REQUEST names a bad parameter.
 */
import type { Context } from "hono";
import { ErrorCodes } from "../errors.ts";
import { gapReport, parseSince } from "../gaps/report.ts";
import { DAY_MS, type GapStore } from "../gaps/types.ts";
import type { Knowledge } from "../knowledge/load.ts";

export type GapsRouteDeps = {
  store: GapStore;
  /** The snapshot answering now (read-only: its alias index names the nearest entity). */
  knowledge: () => Promise<Knowledge | undefined>;
  clock?: { now(): number };
};

export function gapsHandler(deps: GapsRouteDeps) {
  return async (c: Context) => {
    const now = (deps.clock ?? Date).now();
    const sinceParam = c.req.query("since");
    const since = sinceParam === undefined ? now - 7 * DAY_MS : parseSince(sinceParam);
    if (since === undefined) {
      return c.json(
        { code: ErrorCodes.E_ADMIN_BAD_REQUEST, field: "since", message: "since: expected a date YYYY-MM-DD" },
        400,
      );
    }
    const limitParam = c.req.query("limit") ?? "50";
    const limit = /^\d{1,4}$/.test(limitParam) ? Number(limitParam) : 0;
    if (limit < 1 || limit > 1000) {
      return c.json(
        { code: ErrorCodes.E_ADMIN_BAD_REQUEST, field: "limit", message: "limit: expected a number 1–1000" },
        400,
      );
    }
    return c.json(await gapReport(deps.store, await deps.knowledge(), { since, now, limit }));
  };
}
