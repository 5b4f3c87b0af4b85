/**
 * Sending replies through the Feishu Open API (@larksuiteoapi/node-sdk Client, its token cache).
 *
 * Guarantees:
 *  - at most 5 sends per second per chat (Feishu's per-chat limit), sliding window, with an injected clock;
 *  - every request for one reply carries the same `uuid` (Feishu deduplicates replies by uuid for 1 h), so a
 *    retry after a timeout or a rate limit cannot post twice;
 *  - 230020 / 99991400 / 11232 / HTTP 429: back off for `x-ogw-ratelimit-reset` seconds (or exponentially) and
 *    retry with the same uuid, within a retry budget;
 *  - 232009 (chat disbanded) and 230011 / 230110 (message recalled or deleted) drop the reply;
 *  - 230049 ("the message is being sent"): an earlier request with this uuid is still in flight at Feishu; wait
 *    briefly and ask again with the same uuid (a new uuid could post the reply twice);
 *  - 99991663 / 99991664 / 99991671 (and 99991661 / 99991668): the tenant access token was refused; the cached
 *    token is dropped, a fresh one fetched and the send retried once, as the official SDKs do;
 *  - a refused card (230025 too large, 230099 card content) falls back to a plain-text reply; the size limit is
 *    checked on the request body as sent (the card travels in it as an escaped JSON string);
 *  - every id placed in a URL path is checked against Feishu's character set (isFeishuId) and percent-encoded:
 *    a forged message id cannot steer the request (with the tenant token) to another endpoint;
 *  - never throws: every outcome is a value, and every failure is logged with its code.
 */
import { createHash } from "node:crypto";
import * as lark from "@larksuiteoapi/node-sdk";
import { type ErrorCode, ErrorCodes } from "../errors.ts";
import { describeError, type LogFields, type Logger } from "../log.ts";
import { isFeishuId } from "./parse.ts";
import { type CardContent, cardJson, REQUEST_MAX_BYTES, textContent } from "./render.ts";

export type SendOutcome =
  | { ok: true; msgType: "interactive" | "text"; messageId: string | undefined; attempts: number }
  | { ok: false; code: ErrorCode; feishuCode: number | undefined; attempts: number; dropped: boolean };

export type ReplyRequest = {
  /** The message being answered. */
  messageId: string;
  /** Its chat (per-chat rate limit). */
  chatId: string;
  /** Preferred content (an object, or its JSON); omitted → text only. */
  card?: CardContent;
  /** Text content, and the fallback when the card is refused. */
  text: string;
  /** Idempotency key; derive it with replyUuid(messageId) so retries and restarts reuse it. */
  uuid: string;
  /** Extra fields for every log line about this send (event id, …). */
  log?: LogFields;
};

export type CreateRequest = Omit<ReplyRequest, "messageId">;

/** Replaces the card of a message the bot sent (the card must have config.update_multi = true, before and after). */
export type UpdateRequest = {
  /** The bot's own card message. */
  messageId: string;
  chatId: string;
  card: CardContent;
  log?: LogFields;
};

export interface Sender {
  /** POST /open-apis/im/v1/messages/:message_id/reply. Never throws. */
  reply(request: ReplyRequest): Promise<SendOutcome>;
  /** POST /open-apis/im/v1/messages?receive_id_type=chat_id. Never throws. */
  create(request: CreateRequest): Promise<SendOutcome>;
  /** PATCH /open-apis/im/v1/messages/:message_id (cards only; no text fallback). Never throws. Optional: a sender
   *  without it gets no in-place updates (slow answers are then sent once, when ready). */
  update?(request: UpdateRequest): Promise<SendOutcome>;
  /** The bot's open_id from GET /open-apis/bot/v3/info, fetched once and cached; undefined if unavailable. */
  botOpenId(): Promise<string | undefined>;
}

export type Clock = { now(): number };
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Deterministic reply uuid (UUID-formatted SHA-256 of the message id); `variant` separates the text fallback. */
export function replyUuid(messageId: string, variant = "reply"): string {
  const h = createHash("sha256").update(`${variant}:${messageId}`, "utf8").digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-chat rate limit

export type ChatRateLimiter = { acquire(chatId: string): Promise<void>; size(): number };

/** Sliding window: at most `limit` acquisitions per `windowMs` per chat; waiters are served in order. */
export function createChatRateLimiter(options: {
  limit?: number;
  windowMs?: number;
  clock: Clock;
  sleep: Sleep;
}): ChatRateLimiter {
  const limit = options.limit ?? 5;
  const windowMs = options.windowMs ?? 1000;
  const { clock, sleep } = options;
  type State = { times: number[]; tail: Promise<void>; pending: number };
  const chats = new Map<string, State>();
  let calls = 0;

  const sweep = () => {
    const horizon = clock.now() - windowMs;
    for (const [id, s] of chats) {
      if (s.pending === 0 && s.times.every((t) => t <= horizon)) chats.delete(id);
    }
  };

  return {
    size: () => chats.size,
    async acquire(chatId) {
      if (++calls % 256 === 0) sweep();
      let state = chats.get(chatId);
      if (!state) {
        state = { times: [], tail: Promise.resolve(), pending: 0 };
        chats.set(chatId, state);
      }
      const s = state;
      s.pending++;
      const previous = s.tail;
      let release: () => void = () => {};
      s.tail = new Promise<void>((resolve) => {
        release = resolve;
      });
      await previous;
      try {
        for (;;) {
          const now = clock.now();
          s.times = s.times.filter((t) => t > now - windowMs);
          if (s.times.length < limit) {
            s.times.push(now);
            return;
          }
          await sleep((s.times[0] ?? now) + windowMs - now);
        }
      } finally {
        s.pending--;
        release();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Classifying Open API results

/** Feishu codes that mean "slow down": per-chat (230020), gateway (99991400), tenant message service (11232). */
export const RATE_LIMIT_CODES = new Set([230020, 99991400, 11232]);
/** The chat is gone: disbanded (232009). */
export const CHAT_GONE_CODES = new Set([232009]);
/** The message to reply to is gone: recalled (230011) or deleted (230110). */
export const MESSAGE_GONE_CODES = new Set([230011, 230110]);
/** The card was refused: body too long (230025), card content failed (230099), card-level errors. */
export const CARD_REFUSED_CODES = new Set([230025, 230099, 200621, 200860, 11310, 300305]);
/** The tenant access token was rejected (invalid 99991663, expired/invalid 99991664, 99991671, missing 99991661,
 *  invalid 99991668): drop the cached token and try once more, as the official SDKs do. */
export const TOKEN_INVALID_CODES = new Set([99991663, 99991664, 99991671, 99991661, 99991668]);
/** "The message is being sent" (230049): a request with this uuid is still in progress; ask again, same uuid. */
export const IN_FLIGHT_CODES = new Set([230049]);
/** First wait after 230049; doubled on each repeat (ms). */
export const IN_FLIGHT_WAIT_MS = 1000;

type Classified =
  | { kind: "ok"; messageId: string | undefined }
  | { kind: "rate_limit"; feishuCode: number | undefined; resetMs: number | undefined }
  | { kind: "chat_gone"; feishuCode: number }
  | { kind: "message_gone"; feishuCode: number }
  | { kind: "card_refused"; feishuCode: number }
  | { kind: "token_invalid"; feishuCode: number }
  | { kind: "in_flight"; feishuCode: number }
  | { kind: "transient"; feishuCode: number | undefined; status: number | undefined; timeout: boolean }
  | { kind: "fatal"; feishuCode: number | undefined; status: number | undefined };

type ApiBody = { code?: unknown; msg?: unknown; data?: { message_id?: unknown } };

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const h = headers as Record<string, unknown> & { get?: (n: string) => unknown };
  const v = typeof h.get === "function" ? h.get(name) : h[name];
  return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : undefined;
}

/** Seconds → ms from `x-ogw-ratelimit-reset`; undefined if absent or nonsense. */
export function parseResetHeader(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value.trim());
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.round(seconds * 1000);
}

function classifyCode(code: number, status: number | undefined, resetMs: number | undefined): Classified {
  if (RATE_LIMIT_CODES.has(code) || status === 429) return { kind: "rate_limit", feishuCode: code, resetMs };
  if (CHAT_GONE_CODES.has(code)) return { kind: "chat_gone", feishuCode: code };
  if (MESSAGE_GONE_CODES.has(code)) return { kind: "message_gone", feishuCode: code };
  if (CARD_REFUSED_CODES.has(code)) return { kind: "card_refused", feishuCode: code };
  if (TOKEN_INVALID_CODES.has(code)) return { kind: "token_invalid", feishuCode: code };
  if (IN_FLIGHT_CODES.has(code)) return { kind: "in_flight", feishuCode: code };
  if (status !== undefined && status >= 500) return { kind: "transient", feishuCode: code, status, timeout: false };
  return { kind: "fatal", feishuCode: code, status };
}

function classifyResult(body: unknown): Classified {
  const b = (body ?? {}) as ApiBody;
  const code = typeof b.code === "number" ? b.code : 0;
  if (code === 0) {
    const id = b.data?.message_id;
    return { kind: "ok", messageId: typeof id === "string" ? id : undefined };
  }
  return classifyCode(code, undefined, undefined);
}

function classifyError(error: unknown): Classified {
  if (error instanceof TimeoutError) {
    return { kind: "transient", feishuCode: undefined, status: undefined, timeout: true };
  }
  const e = error as { response?: { status?: unknown; data?: unknown; headers?: unknown } };
  const response = e?.response;
  if (!response || typeof response !== "object") {
    // No HTTP response: connection refused/reset, DNS, or the token request failed before the call.
    return { kind: "transient", feishuCode: undefined, status: undefined, timeout: false };
  }
  const status = typeof response.status === "number" ? response.status : undefined;
  const resetMs = parseResetHeader(header(response.headers, "x-ogw-ratelimit-reset"));
  const data = (response.data ?? {}) as ApiBody;
  const code = typeof data.code === "number" ? data.code : undefined;
  if (code !== undefined) return classifyCode(code, status, resetMs);
  if (status === 429) return { kind: "rate_limit", feishuCode: undefined, resetMs };
  if (status !== undefined && status >= 500)
    return { kind: "transient", feishuCode: undefined, status, timeout: false };
  return { kind: "fatal", feishuCode: undefined, status };
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------------------------
// The sender

export type FeishuSenderOptions = {
  appId: string;
  appSecret: string;
  /** Open API base URL (FEISHU_DOMAIN). */
  domain: string;
  logger: Logger;
  clock?: Clock;
  sleep?: Sleep;
  /** Per-chat sends per second (Feishu: 5). */
  perChatPerSecond?: number;
  /** Attempts per reply, all kinds of retry together. */
  maxAttempts?: number;
  /** Longest single backoff; a longer x-ogw-ratelimit-reset is capped to this. */
  maxBackoffMs?: number;
  /** Total backoff budget per reply; past it the reply is given up. */
  backoffBudgetMs?: number;
  /** Per-request timeout. */
  requestTimeoutMs?: number;
  /** Largest request body for a card (Feishu: 30 KB); a larger card is sent as text (an update fails). */
  cardMaxBytes?: number;
};

type Transport = {
  send(msgType: "interactive" | "text", content: string, uuid: string): Promise<unknown>;
  /** The JSON body `send` puts on the wire for these arguments (the SDK serialises it with JSON.stringify). */
  body(msgType: "interactive" | "text", content: string, uuid: string): Record<string, unknown>;
};

/** Bytes of a request body as sent: JSON, the content inside it as an escaped string. */
export function requestBytes(body: Record<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify(body), "utf8");
}

export function createFeishuSender(options: FeishuSenderOptions): Sender {
  const logger = options.logger;
  logger.addSecret(options.appSecret);
  const clock = options.clock ?? { now: Date.now };
  const sleep = options.sleep ?? realSleep;
  const maxAttempts = options.maxAttempts ?? 6;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  const backoffBudgetMs = options.backoffBudgetMs ?? 180_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const cardMaxBytes = options.cardMaxBytes ?? REQUEST_MAX_BYTES;
  const limiter = createChatRateLimiter({ limit: options.perChatPerSecond ?? 5, clock, sleep });

  // The SDK keeps the tenant access token in this cache (namespaced by app id) and refreshes it 3 min before
  // expiry. One cache per sender: tests and multiple senders never share tokens.
  const cache = new lark.DefaultCache();
  const client = new lark.Client({
    appId: options.appId,
    appSecret: options.appSecret,
    domain: options.domain,
    appType: lark.AppType.SelfBuild,
    cache,
    loggerLevel: lark.LoggerLevel.warn,
    logger: sdkLogger(logger),
  });

  async function deliver(
    kind: "reply" | "create" | "update",
    request: ReplyRequest | CreateRequest,
    transport: Transport,
  ): Promise<SendOutcome> {
    // An update can only replace a card with a card: a refused or oversized card fails instead of becoming text.
    const cardOnly = kind === "update";
    const log = logger.child({ chat_id: request.chatId, ...request.log, send: kind });
    let msgType: "interactive" | "text" = "text";
    let content = textContent(request.text);
    let uuid = request.uuid;
    if (request.card) {
      const cardContent = cardJson(request.card);
      // Feishu's limit is on the request body, where the card is an escaped string: measure exactly that.
      const bytes = requestBytes(transport.body("interactive", cardContent, uuid));
      if (bytes <= cardMaxBytes) {
        msgType = "interactive";
        content = cardContent;
      } else if (cardOnly) {
        log.warn("card too large to update", { code: ErrorCodes.E_FEISHU_CARD_REFUSED, bytes });
        return fail(ErrorCodes.E_FEISHU_CARD_REFUSED, undefined, 0, false);
      } else {
        log.warn("card too large, sending text", { code: ErrorCodes.E_FEISHU_CARD_REFUSED, bytes });
        uuid = fallbackUuid(request.uuid);
      }
    }

    let attempts = 0;
    let backoffSpent = 0;
    let tokenRetried = false;
    let transientFailures = 0;
    let inFlightWaits = 0;
    while (attempts < maxAttempts) {
      attempts++;
      await limiter.acquire(request.chatId);
      let result: Classified;
      try {
        result = classifyResult(await withTimeout(transport.send(msgType, content, uuid), requestTimeoutMs));
      } catch (error) {
        result = classifyError(error);
        if (result.kind === "transient") log.debug("send error", { attempt: attempts, ...describeError(error) });
      }

      switch (result.kind) {
        case "ok":
          // Debug: the caller logs the outcome (app.ts "reply finished", the delivery loop's "notice sent").
          log.debug("sent", { msg_type: msgType, attempts, reply_message_id: result.messageId });
          return { ok: true, msgType, messageId: result.messageId, attempts };

        case "rate_limit": {
          // Honour x-ogw-ratelimit-reset when Feishu gives it; otherwise exponential from 500 ms.
          const wait = Math.min(result.resetMs ?? 500 * 2 ** (attempts - 1), maxBackoffMs);
          if (backoffSpent + wait > backoffBudgetMs || attempts >= maxAttempts) {
            log.error("send failed: rate limited past the retry budget", {
              code: ErrorCodes.E_FEISHU_RATE_LIMIT,
              feishu_code: result.feishuCode,
              attempts,
            });
            return fail(ErrorCodes.E_FEISHU_RATE_LIMIT, result.feishuCode, attempts, false);
          }
          log.warn("rate limited, backing off", {
            code: ErrorCodes.E_FEISHU_RATE_LIMIT,
            feishu_code: result.feishuCode,
            wait_ms: wait,
            attempt: attempts,
          });
          backoffSpent += wait;
          await sleep(wait);
          continue; // same uuid
        }

        case "chat_gone":
          log.warn("chat is gone, reply dropped", {
            code: ErrorCodes.E_FEISHU_CHAT_GONE,
            feishu_code: result.feishuCode,
          });
          return fail(ErrorCodes.E_FEISHU_CHAT_GONE, result.feishuCode, attempts, true);

        case "message_gone":
          log.warn("message was recalled or deleted, reply dropped", {
            code: ErrorCodes.E_FEISHU_MESSAGE_GONE,
            feishu_code: result.feishuCode,
          });
          return fail(ErrorCodes.E_FEISHU_MESSAGE_GONE, result.feishuCode, attempts, true);

        case "card_refused":
          if (cardOnly) {
            log.warn("card update refused", { code: ErrorCodes.E_FEISHU_CARD_REFUSED, feishu_code: result.feishuCode });
            return fail(ErrorCodes.E_FEISHU_CARD_REFUSED, result.feishuCode, attempts, false);
          }
          if (msgType === "interactive") {
            log.warn("card refused, sending text", {
              code: ErrorCodes.E_FEISHU_CARD_REFUSED,
              feishu_code: result.feishuCode,
            });
            // The card was not posted, so a distinct uuid for the text is safe (and stays stable on retries).
            msgType = "text";
            content = textContent(request.text);
            uuid = fallbackUuid(request.uuid);
            attempts--; // the fallback is a new message, not a retry
            continue;
          }
          log.error("send failed: text refused", { code: ErrorCodes.E_FEISHU_API, feishu_code: result.feishuCode });
          return fail(ErrorCodes.E_FEISHU_API, result.feishuCode, attempts, false);

        case "token_invalid":
          if (!tokenRetried) {
            tokenRetried = true;
            cache.values.clear(); // fetch a fresh tenant access token
            log.warn("tenant access token rejected, refreshing", {
              code: ErrorCodes.E_FEISHU_AUTH,
              feishu_code: result.feishuCode,
            });
            continue;
          }
          log.error("send failed: token rejected", { code: ErrorCodes.E_FEISHU_AUTH, feishu_code: result.feishuCode });
          return fail(ErrorCodes.E_FEISHU_AUTH, result.feishuCode, attempts, false);

        case "in_flight": {
          // Feishu is still sending the message of an earlier request with this uuid: asking again with the same
          // uuid returns that message once it is out. Never a new uuid here: that could post the reply twice.
          const wait = Math.min(IN_FLIGHT_WAIT_MS * 2 ** inFlightWaits++, maxBackoffMs);
          if (attempts >= maxAttempts || backoffSpent + wait > backoffBudgetMs) {
            log.error("send failed: message still being sent", {
              code: ErrorCodes.E_SEND_FAILED,
              feishu_code: result.feishuCode,
              attempts,
            });
            return fail(ErrorCodes.E_SEND_FAILED, result.feishuCode, attempts, false);
          }
          log.warn("message is being sent, asking again with the same uuid", {
            feishu_code: result.feishuCode,
            wait_ms: wait,
            attempt: attempts,
          });
          backoffSpent += wait;
          await sleep(wait);
          continue; // same uuid
        }

        case "transient": {
          transientFailures++;
          const code = result.timeout ? ErrorCodes.E_FEISHU_TIMEOUT : ErrorCodes.E_FEISHU_NETWORK;
          const wait = Math.min(500 * 2 ** (transientFailures - 1), maxBackoffMs);
          if (attempts >= maxAttempts || backoffSpent + wait > backoffBudgetMs) {
            log.error("send failed", { code, status: result.status, feishu_code: result.feishuCode, attempts });
            return fail(code, result.feishuCode, attempts, false);
          }
          log.warn("send failed, retrying", { code, status: result.status, wait_ms: wait, attempt: attempts });
          backoffSpent += wait;
          await sleep(wait);
          continue; // same uuid: if the first request did post, Feishu answers with that message
        }

        case "fatal":
          log.error("send failed", {
            code: ErrorCodes.E_FEISHU_API,
            status: result.status,
            feishu_code: result.feishuCode,
            attempts,
          });
          return fail(ErrorCodes.E_FEISHU_API, result.feishuCode, attempts, false);
      }
    }
    log.error("send failed: out of attempts", { code: ErrorCodes.E_SEND_FAILED, attempts });
    return fail(ErrorCodes.E_SEND_FAILED, undefined, attempts, false);
  }

  let botInfo: Promise<string | undefined> | undefined;

  /** Rule: an id that goes into a URL path (or a receive_id) must be one Feishu could have issued. */
  const badId = (what: string, id: string, request: { chatId: string; log?: LogFields }): SendOutcome => {
    logger.error("send refused: id outside Feishu's character set", {
      code: ErrorCodes.E_FEISHU_BAD_ID,
      chat_id: isFeishuId(request.chatId) ? request.chatId : undefined,
      ...request.log,
      field: what,
      id_chars: id.length,
    });
    return fail(ErrorCodes.E_FEISHU_BAD_ID, undefined, 0, true);
  };

  return {
    async reply(request) {
      if (!isFeishuId(request.messageId)) return badId("message_id", request.messageId, request);
      // Encoded as well: the check above already rules out "/", "?", "%" and "..", this keeps it so if it changes.
      const messageId = encodeURIComponent(request.messageId);
      try {
        const body = (msg_type: string, content: string, uuid: string) => ({ msg_type, content, uuid });
        return await deliver("reply", request, {
          body,
          send: (msg_type, content, uuid) =>
            client.im.message.reply({ path: { message_id: messageId }, data: body(msg_type, content, uuid) }),
        });
      } catch (error) {
        logger.error("send crashed", { code: ErrorCodes.E_SEND_FAILED, ...request.log, ...describeError(error) });
        return fail(ErrorCodes.E_SEND_FAILED, undefined, 0, false);
      }
    },

    async create(request) {
      if (!isFeishuId(request.chatId)) return badId("receive_id", request.chatId, request);
      try {
        const body = (msg_type: string, content: string, uuid: string) => ({
          receive_id: request.chatId,
          msg_type,
          content,
          uuid,
        });
        return await deliver("create", request, {
          body,
          send: (msg_type, content, uuid) =>
            client.im.message.create({ params: { receive_id_type: "chat_id" }, data: body(msg_type, content, uuid) }),
        });
      } catch (error) {
        logger.error("send crashed", { code: ErrorCodes.E_SEND_FAILED, ...request.log, ...describeError(error) });
        return fail(ErrorCodes.E_SEND_FAILED, undefined, 0, false);
      }
    },

    async update(request) {
      if (!isFeishuId(request.messageId)) return badId("message_id", request.messageId, request);
      const messageId = encodeURIComponent(request.messageId);
      try {
        return await deliver(
          "update",
          { chatId: request.chatId, card: request.card, text: "", uuid: "", log: request.log },
          {
            body: (_msgType, content) => ({ content }),
            send: (_msgType, content) =>
              client.im.message.patch({ path: { message_id: messageId }, data: { content } }),
          },
        );
      } catch (error) {
        logger.error("send crashed", { code: ErrorCodes.E_SEND_FAILED, ...request.log, ...describeError(error) });
        return fail(ErrorCodes.E_SEND_FAILED, undefined, 0, false);
      }
    },

    botOpenId() {
      // One request in flight at a time; cached on success, retried on the next call after a failure.
      if (!botInfo) {
        botInfo = (async () => {
          try {
            const res = (await withTimeout(
              client.request({ method: "GET", url: "/open-apis/bot/v3/info" }),
              requestTimeoutMs,
            )) as { code?: unknown; bot?: { open_id?: unknown } };
            const openId = res?.bot?.open_id;
            if (res?.code === 0 && typeof openId === "string" && openId) {
              logger.info("bot identity", { bot_open_id: openId });
              return openId;
            }
            logger.error("bot info unavailable", {
              code: ErrorCodes.E_BOT_INFO,
              feishu_code: typeof res?.code === "number" ? res.code : undefined,
            });
          } catch (error) {
            logger.error("bot info unavailable", { code: ErrorCodes.E_BOT_INFO, ...describeError(error) });
          }
          botInfo = undefined;
          return undefined;
        })();
      }
      return botInfo;
    },
  };
}

/** From an object the SDK logs, only message, Feishu code/msg and HTTP status. */
function pickSafe(o: object): LogFields {
  const r = o as { message?: unknown; msg?: unknown; code?: unknown; response?: { status?: unknown } };
  const out: LogFields = {};
  if (typeof r.message === "string") out.message = r.message;
  if (typeof r.msg === "string") out.msg = r.msg;
  if (typeof r.code === "number" || typeof r.code === "string") out.code = r.code;
  if (r.response && typeof r.response === "object" && typeof r.response.status === "number") {
    out.status = r.response.status;
  }
  return out;
}

function fallbackUuid(uuid: string): string {
  return replyUuid(uuid, "text");
}

function fail(code: ErrorCode, feishuCode: number | undefined, attempts: number, dropped: boolean): SendOutcome {
  return { ok: false, code, feishuCode, attempts, dropped };
}

/**
 * Routes the SDK's own log calls into ours at debug level. The SDK logs whole axios errors (request config
 * included, which holds the app secret on token requests), so arguments are reduced to safe summaries here and
 * the logger's value redaction is the second line of defence.
 */
export function sdkLogger(logger: Logger): lark.Logger {
  const summarize = (args: unknown[]): unknown[] =>
    args.flat(2).map((a) => (a instanceof Error ? describeError(a) : a && typeof a === "object" ? pickSafe(a) : a));
  const at =
    (level: "debug" | "warn") =>
    (...args: unknown[]) => {
      logger[level]("feishu sdk", { sdk: summarize(args) });
    };
  return { error: at("warn"), warn: at("debug"), info: at("debug"), debug: at("debug"), trace: at("debug") };
}

// ---------------------------------------------------------------------------------------------------------------
// Local mode

/** A sender for local mode (no credentials): prints what would be sent. */
export function createLocalSender(logger: Logger, print: (text: string) => void = () => {}): Sender {
  const show = (request: CreateRequest, messageId?: string): SendOutcome => {
    logger.info("local mode: reply not sent", { chat_id: request.chatId, reply_to: messageId, ...request.log });
    print(request.text);
    return { ok: true, msgType: request.card ? "interactive" : "text", messageId: undefined, attempts: 1 };
  };
  return {
    reply: async (request) => show(request, request.messageId),
    create: async (request) => show(request),
    botOpenId: async () => undefined,
  };
}
