/**
 * Admin HTTP routes, mounted at /admin only when ADMIN_TOKEN is set (otherwise they do not exist: 404).
 *
 *   POST /admin/articles  {"id", "title", "date": "YYYY-MM-DD", "source"?, "body"}           → 201 {"id"}
 *   POST /admin/events    {"id", "date", "title", "summary", "scopes": [names], "articleId", "quote"}
 *                                                            → 201 {"event", "queued"}; the same id again → 200
 *   GET  /admin/status    knowledge revision, subscriptions, outbox counts
 *   GET  /admin/gaps      most-asked unanswered questions (?since=YYYY-MM-DD, ?limit=N; src/admin/gaps-route.ts)
 * Validation and outcomes: src/admin/add.ts (shared with `npm run knowledge`). After a successful add the engine
 * reloads before the response, so a 201 means the new knowledge already answers; queued notices are handed to the
 * delivery loop at once.
 *
 * Authentication, rule by rule (every failure → 401 E_ADMIN_AUTH, nothing else runs):
 *   1. credentials never travel in the URL: a query parameter named like a credential (token, auth, key,
 *      secret, password) or carrying the token is refused, even when the token is right — URLs end up in
 *      proxy logs and browser history;
 *   2. the token comes only as `Authorization: Bearer <token>`;
 *   3. it is compared in constant time: both sides are hashed (SHA-256) and the digests compared without an early
 *      exit, so neither the content nor the length of the token leaks through timing.
 * Bodies are read with a hard byte limit (413 E_BODY_TOO_LARGE) and must be UTF-8 JSON objects (400).
 */
import { Hono } from "hono";
import { readBody } from "../app.ts";
import { ErrorCodes } from "../errors.ts";
import type { KnowledgeFiles } from "../knowledge/load.ts";
import type { Logger } from "../log.ts";
import type { NoticeStores } from "../subscriptions/types.ts";
import { type AddKnowledgeDeps, type AddOutcome, type AddPlanner, addArticle, addEvent } from "./add.ts";
import { type GapsRouteDeps, gapsHandler } from "./gaps-route.ts";

export const ADMIN_MAX_BODY_BYTES = 2 * 1024 * 1024;

export type AdminDeps = {
  token: string;
  stores: NoticeStores;
  /** The knowledge folder's files, freshly read. */
  baseFiles: () => KnowledgeFiles;
  /** Rebuilds the engine's snapshot with everything stored; resolves false if that failed. */
  reload: (reason: string) => Promise<boolean>;
  /** Where an add's checks run (Node: an answer thread); absent: in this thread, with `baseFiles`. */
  planner?: AddPlanner;
  /** Notices were queued: deliver now. */
  onQueued?: () => void;
  clock?: { now(): number };
  maxBodyBytes?: number;
  /** GET /admin/gaps; absent → 404. */
  gaps?: GapsRouteDeps;
  /** Optional model extraction when an article is added (LLM_* set). */
  modelFacts?: AddKnowledgeDeps["modelFacts"];
};

const CREDENTIAL_PARAM = /token|auth|key|secret|passw/i;

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/** Rule 3: constant-time equality of two strings of any length. */
export async function tokensEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function createAdminRoutes(deps: AdminDeps, logger: Logger): Hono {
  const log = logger.child({ route: "admin" });
  log.addSecret(deps.token);
  const maxBodyBytes = deps.maxBodyBytes ?? ADMIN_MAX_BODY_BYTES;
  const admin = new Hono();

  admin.use("*", async (c, next) => {
    const url = new URL(c.req.url);
    const deny = (reason: string) => {
      log.warn("admin request refused", {
        code: ErrorCodes.E_ADMIN_AUTH,
        reason,
        method: c.req.method,
        path: url.pathname,
      });
      return c.json({ code: ErrorCodes.E_ADMIN_AUTH, message: reason }, 401, { "WWW-Authenticate": "Bearer" });
    };
    // Rule 1: nothing credential-like in the query string.
    for (const [name, value] of url.searchParams) {
      if (CREDENTIAL_PARAM.test(name) || (value.length > 0 && (await tokensEqual(value, deps.token)))) {
        return deny("credentials in the query string are refused; send Authorization: Bearer <token>");
      }
    }
    // Rule 2: Authorization: Bearer <token>.
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match?.[1]) return deny(header ? "malformed Authorization header" : "missing Authorization: Bearer <token>");
    // Rule 3: constant-time comparison.
    if (!(await tokensEqual(match[1], deps.token))) return deny("wrong token");
    await next();
  });

  /** Reads a JSON object body, or answers the error. */
  async function jsonBody(request: Request): Promise<{ value: unknown } | { status: 400 | 413; body: object }> {
    const raw = await readBody(request, maxBodyBytes);
    if (raw === "too_large") {
      return { status: 413, body: { code: ErrorCodes.E_BODY_TOO_LARGE, message: `body over ${maxBodyBytes} bytes` } };
    }
    let value: unknown;
    try {
      value = JSON.parse(utf8.decode(raw));
    } catch {
      return {
        status: 400,
        body: { code: ErrorCodes.E_ADMIN_BAD_REQUEST, field: "body", message: "body: not UTF-8 JSON" },
      };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return {
        status: 400,
        body: { code: ErrorCodes.E_ADMIN_BAD_REQUEST, field: "body", message: "body: expected a JSON object" },
      };
    }
    return { value };
  }

  async function respond(kind: "article" | "event", outcome: AddOutcome) {
    if (!outcome.ok) {
      log.warn(`${kind} refused`, { code: outcome.code, status: outcome.status, field: outcome.field });
      const { ok: _ok, status: _status, ...body } = outcome;
      return { status: outcome.status, body };
    }
    const created = outcome.status === 201;
    let reloaded = true;
    if (created) {
      const queued = typeof outcome.body.queued === "number" ? outcome.body.queued : 0;
      if (queued > 0) deps.onQueued?.();
      reloaded = await deps.reload(`admin: ${kind} added`);
    }
    log.info(`${kind} ${created ? "added" : "already stored"}`, {
      id: outcome.body.id,
      queued: outcome.body.queued,
      reloaded,
    });
    return { status: outcome.status, body: { ...outcome.body, reloaded } };
  }

  const addDeps = () => ({
    added: deps.stores.added,
    outbox: deps.stores.outbox,
    baseFiles: deps.baseFiles,
    clock: deps.clock,
    modelFacts: deps.modelFacts,
    ...(deps.planner ? { planner: deps.planner } : {}),
  });

  admin.post("/articles", async (c) => {
    const body = await jsonBody(c.req.raw);
    if (!("value" in body)) return c.json(body.body, body.status);
    const r = await respond("article", await addArticle(addDeps(), body.value));
    return c.json(r.body, r.status);
  });

  admin.post("/events", async (c) => {
    const body = await jsonBody(c.req.raw);
    if (!("value" in body)) return c.json(body.body, body.status);
    const r = await respond("event", await addEvent(addDeps(), body.value));
    return c.json(r.body, r.status);
  });

  admin.get("/status", async (c) => {
    const [revision, subscriptions, outbox] = await Promise.all([
      deps.stores.added.revision(),
      deps.stores.subscriptions.count(),
      deps.stores.outbox.counts(),
    ]);
    return c.json({ knowledgeRevision: revision, subscriptions, outbox });
  });

  if (deps.gaps) admin.get("/gaps", gapsHandler(deps.gaps));

  return admin;
}
