/**
 * Rate limits for the routes that answer questions (POST /api/ask, GET /local/ask, the page's questions): each
 * question may cost a model call upstream, so a flood from one client — or from many — must not turn into a flood
 * of model calls. Two token buckets, checked in this order:
 *
 *   1. per client: `perClientPerMinute` questions per minute from one address, bursts up to that many;
 *   2. global: `globalPerMinute` for all clients together (a spread-out flood is capped too).
 *
 * Past either: 429 {"code": "E_RATE_LIMIT", "scope": "client" | "global", "message", "retryAfterSeconds"} with a
 * Retry-After header; the question is not answered, nothing reaches the engine. 0 turns a limit off.
 *
 * The client is the TCP peer address (Node: the socket's remoteAddress; Workers: CF-Connecting-IP, which
 * Cloudflare sets). X-Forwarded-For is not trusted: anyone could send a new one with every request.
 * Buckets of idle clients are dropped (a full bucket carries no state), so memory stays bounded.
 */
import type { Context, MiddlewareHandler } from "hono";
import { ErrorCodes } from "../errors.ts";
import type { Logger } from "../log.ts";

export type AskRateSettings = { perClientPerMinute: number; globalPerMinute: number };

export const DEFAULT_ASK_RATE: AskRateSettings = { perClientPerMinute: 30, globalPerMinute: 300 };

type Bucket = { tokens: number; at: number };

export type RateLimiter = {
  /** Takes one token for `key`: undefined when allowed, else which limit refused it and when to retry (ms). */
  take(key: string): { scope: "client" | "global"; retryAfterMs: number } | undefined;
  /** Clients with state (for tests and the memory bound). */
  size(): number;
};

/** Keys kept at most; past it, idle (full) buckets are swept, and if that is not enough the oldest go. */
const MAX_CLIENTS = 10_000;

export function createRateLimiter(settings: AskRateSettings, clock: { now(): number } = Date): RateLimiter {
  const clients = new Map<string, Bucket>();
  let global: Bucket | undefined;

  /** Refills `bucket` to now at `perMinute` and says whether one token is there (taking it) or when it will be. */
  const draw = (bucket: Bucket, perMinute: number, now: number): number => {
    const perMs = perMinute / 60_000;
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    if (bucket.tokens >= 1) return 0;
    return Math.ceil((1 - bucket.tokens) / perMs);
  };

  const sweep = (now: number) => {
    const perMs = settings.perClientPerMinute / 60_000;
    for (const [key, b] of clients) {
      if (b.tokens + (now - b.at) * perMs >= settings.perClientPerMinute) clients.delete(key);
    }
    for (const key of clients.keys()) {
      if (clients.size < MAX_CLIENTS) break;
      clients.delete(key);
    }
  };

  return {
    size: () => clients.size,
    take(key) {
      const now = clock.now();
      let client: Bucket | undefined;
      if (settings.perClientPerMinute > 0) {
        client = clients.get(key);
        if (!client) {
          if (clients.size >= MAX_CLIENTS) sweep(now);
          client = { tokens: settings.perClientPerMinute, at: now };
          clients.set(key, client);
        }
        const wait = draw(client, settings.perClientPerMinute, now);
        if (wait > 0) return { scope: "client", retryAfterMs: wait };
      }
      if (settings.globalPerMinute > 0) {
        global ??= { tokens: settings.globalPerMinute, at: now };
        const wait = draw(global, settings.globalPerMinute, now);
        if (wait > 0) return { scope: "global", retryAfterMs: wait };
        global.tokens -= 1;
      }
      if (client) client.tokens -= 1;
      return undefined;
    },
  };
}

/** The peer address: Node's socket (via @hono/node-server's env), else Cloudflare's header, else one shared key. */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: unknown } } } | undefined)?.incoming;
  const remote = incoming?.socket?.remoteAddress;
  if (typeof remote === "string" && remote) return remote;
  return c.req.header("cf-connecting-ip") ?? "unknown";
}

/**
 * Middleware for the question routes: `asks(c)` says whether this request asks a question (only those count).
 */
export function askRateLimit(options: {
  limiter: RateLimiter;
  logger: Logger;
  asks: (c: Context) => boolean;
}): MiddlewareHandler {
  return async (c, next) => {
    if (!options.asks(c)) return next();
    const refused = options.limiter.take(clientAddress(c));
    if (!refused) return next();
    const retryAfterSeconds = Math.max(1, Math.ceil(refused.retryAfterMs / 1000));
    options.logger.warn("question refused: rate limit", {
      code: ErrorCodes.E_RATE_LIMIT,
      scope: refused.scope,
      path: c.req.path,
      retry_after_s: retryAfterSeconds,
    });
    return c.json(
      {
        code: ErrorCodes.E_RATE_LIMIT,
        scope: refused.scope,
        message:
          refused.scope === "client"
            ? "Too many questions from this client; try again later."
            : "Too many questions right now; try again later.",
        retryAfterSeconds,
      },
      429,
      { "Retry-After": String(retryAfterSeconds) },
    );
  };
}
