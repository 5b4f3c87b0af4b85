/**
 * The HTTP app: POST /feishu/events (the Feishu webhook) and GET /healthz. Everything it uses is injected.
 *
 * Webhook pipeline — each step either rejects (4xx, nothing runs, nothing is sent) or passes on:
 *   1. method must be POST                                                  → 405 E_METHOD
 *   2. body read with a hard limit on the bytes actually received
 *      (Content-Length is checked first, then every streamed chunk)         → 413 E_BODY_TOO_LARGE
 *   3. body must be UTF-8 JSON, an object                                   → 400 E_BAD_ENCODING / E_BAD_JSON
 *   4. with an encrypt key:
 *      a. the body must be {"encrypt": …}                                   → 400 E_NOT_ENCRYPTED
 *      b. if any X-Lark-* signature header is present, all must be and the
 *         signature must match the raw bytes (src/feishu/verify.ts, rule 1) → 401 E_SIGNATURE
 *         and its timestamp must be within the dedup window, at most 5 min
 *         ahead (rule 1b: a replay cannot outlive its dedup record)         → 401 E_REPLAY
 *      c. decrypt (src/feishu/crypto.ts) and parse                          → 400 E_DECRYPT / E_BAD_JSON
 *      d. unsigned requests are accepted only for url_verification, which
 *         Feishu does not sign; events must be signed                       → 401 E_SIGNATURE
 *      without an encrypt key, an encrypted body cannot be read            → 400 E_DECRYPT
 *   5. envelope shape (src/feishu/parse.ts)                                 → 400 E_BAD_EVENT
 *   6. verification token (rule 2; header.token or token)                   → 403 E_TOKEN
 *   7. url_verification → 200 {"challenge"} at once
 *   8. events: deduplicate by event_id and message_id (DedupStore), then queue the work and answer 200 at once.
 *      Feishu retries anything not acked within 3 s, so nothing slow happens before the ack.
 *      Queue full → still 200, logged as E_QUEUE_FULL, the message is dropped (not marked as seen).
 *      Dedup store failure → 500 E_DEDUP_STORE (Feishu will retry; nothing was queued).
 */
import { Hono } from "hono";
import { type AdminDeps, createAdminRoutes } from "./admin/routes.ts";
import {
  answerMessage as answerHere,
  answerOrThrow,
  inInbox,
  type MessageDeps,
  renderReply,
  unavailableEngine,
} from "./bot/answer-message.ts";
import { type CardActions, createCardActions } from "./bot/card-wiring.ts";
import type { FollowUps } from "./bot/context.ts";
import type { BotEngine, BotReply, ImportCommand } from "./bot/handle.ts";
import type { ProgressSettings } from "./bot/progress.ts";
import { AppError, type ErrorCode, ErrorCodes, isAppError } from "./errors.ts";
import { CARD_ACTION_TRIGGER } from "./feishu/card-callback.ts";
import { decryptEvent } from "./feishu/crypto.ts";
import { type IncomingMessage, MESSAGE_RECEIVE, parseEnvelope, parseMessageEvent } from "./feishu/parse.ts";
import { type Card, cardObject } from "./feishu/render.ts";
import type { Sender } from "./feishu/send.ts";
import {
  checkTimestamp,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
  verifyToken,
} from "./feishu/verify.ts";
import type { GapRecorder } from "./gaps/recorder.ts";
import { describeError, type LogFields, type Logger } from "./log.ts";
import { createPlaygroundRoutes } from "./playground/routes.tsx";
import { createWorkQueue } from "./runtime/queue.ts";
import { DEDUP_TTL_MS, type DedupStore, type Inbox } from "./store/types.ts";
import type { SubscriptionCommands } from "./subscriptions/commands.ts";

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export type AppDeps = {
  config: { verificationToken?: string | undefined; encryptKey?: string | undefined };
  /** The answer engine, or a promise of it while knowledge and index load (/healthz is 503 until then). */
  engine: BotEngine | Promise<BotEngine>;
  dedup: DedupStore;
  /** Messages acked but not yet answered: the same store as `dedup` (a message is recorded in the transaction
   *  that marks it seen). With it, a crash or a full queue loses nothing: `resume()` answers what is left. */
  inbox?: Inbox;
  sender: Sender;
  logger: Logger;
  clock?: { now(): number };
  /** No Feishu credentials: the token check is skipped when no token is configured. */
  localMode?: boolean;
  /** Serve the playground page at / with GET /local/ask and POST /api/ask (default: on in local mode only).
   *  Beside a Feishu bot it is public to whoever reaches the port. */
  playground?: boolean;
  /** Playground questions per minute, per client and in all (config ASK_RATE_*). */
  askRate?: { perClientPerMinute: number; globalPerMinute: number };
  /** Serve POST /feishu/events (default true; the long-connection mode turns it off). */
  webhook?: boolean;
  maxBodyBytes?: number;
  dedupTtlMs?: number;
  /** Per-conversation follow-up context (src/bot/context.ts); absent → every question stands alone. */
  followUps?: FollowUps;
  /** Show slow answers at once and update them in place (src/bot/progress.ts); absent → one reply when ready. */
  progress?: Partial<ProgressSettings>;
  /** Background answering: jobs at once, and jobs allowed to wait. */
  concurrency?: number;
  maxPending?: number;
  /** Acks first: while webhook requests are in flight, queued answers wait — at most this long (ms; default
   *  200, 0: never). A burst is acked before its answering competes for the cores (src/runtime/queue.ts). */
  ackFirstMs?: number;
  /** Where background answers run: "queue" (default) is the bounded in-process queue above; "waitUntil" starts
   *  each answer at once and hands it to the request's `executionCtx.waitUntil` (Cloudflare Workers keep it
   *  running after the ack; src/runtime/worker.ts). */
  background?: "queue" | "waitUntil";
  /** /订阅, /退订, /订阅列表 (absent: the bot says subscriptions are not available). */
  subscriptions?: SubscriptionCommands;
  /** The admin routes under /admin (src/admin/routes.ts); absent (ADMIN_TOKEN unset): they do not exist. */
  admin?: AdminDeps;
  /** Records unanswered questions and card feedback (src/gaps/); absent → nothing is recorded. */
  gaps?: GapRecorder;
  /** /导入 <链接> in chat (src/admin/chat-import.ts); absent → the bot says importing is not available here. */
  importer?: ImportCommand;
  /** Answers a message somewhere else (Node: an answer thread, src/runtime/message-elsewhere.ts), between the
   *  inbox's started and finished here: resolves true once it was handled there, false when it must be answered
   *  here. A rejection leaves the message in the inbox for the next resume. */
  answerElsewhere?: (msg: IncomingMessage, ids: LogFields, resumed: boolean) => Promise<boolean>;
};

export type DispatchResult = { status: number; body: Record<string, unknown>; code?: ErrorCode };

export type BotApp = {
  app: Hono;
  /** `env` is passed on to Hono (on @hono/node-server: `{ incoming, outgoing }`, which the webhook reads from). */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  /** Feeds an envelope that is already authenticated (long-connection mode): steps 5 and 7–8 only. */
  dispatch(envelope: unknown, source: "ws"): Promise<DispatchResult>;
  /** Resolves when no background work runs or waits. */
  idle(): Promise<void>;
  /** Queues the inbox's unanswered messages (after a restart, or left by a full queue); returns how many. */
  resume(): Promise<number>;
  /** True once the engine has loaded. */
  ready(): boolean;
};

export function createApp(deps: AppDeps): BotApp {
  const logger = deps.logger;
  const clock = deps.clock ?? { now: Date.now };
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const dedupTtlMs = deps.dedupTtlMs ?? DEDUP_TTL_MS;
  const maxPending = deps.maxPending ?? 1000;
  // Empty strings mean "not configured".
  const verificationToken = deps.config.verificationToken || undefined;
  const encryptKey = deps.config.encryptKey || undefined;
  logger.addSecret(verificationToken);
  logger.addSecret(encryptKey);

  // Engine state for /healthz; jobs await the same promise.
  let engineState: "loading" | "ready" | "failed" = "loading";
  const enginePromise = Promise.resolve(deps.engine).then(
    (engine) => {
      engineState = "ready";
      return engine;
    },
    (error: unknown) => {
      engineState = "failed";
      logger.error("engine failed to load", { code: ErrorCodes.E_ENGINE, ...describeError(error) });
      throw error;
    },
  );
  enginePromise.catch(() => {}); // observed above; jobs handle it themselves

  /** Webhook requests being read, checked or acked right now. */
  let acking = 0;
  const queue = createWorkQueue({
    concurrency: deps.concurrency ?? 4,
    maxPending,
    hold: () => acking > 0,
    maxHoldMs: deps.ackFirstMs ?? 200,
    onError: (error) => logger.error("background job failed", { code: ErrorCodes.E_HANDLER, ...describeError(error) }),
  });

  const cardActions: CardActions = createCardActions({
    engine: () => enginePromise.catch(unavailableEngine),
    render: renderShown,
    sender: deps.sender,
    dedup: deps.dedup,
    dedupTtlMs,
    gaps: deps.gaps,
    logger,
  });

  /** Message ids being answered (or queued) by this process: `resume` leaves them alone. */
  const active = new Set<string>();

  const messageDeps: MessageDeps = {
    engine: () => enginePromise.catch(unavailableEngine),
    inbox: deps.inbox,
    sender: deps.sender,
    logger,
    clock,
    followUps: deps.followUps,
    progress: deps.progress,
    subscriptions: deps.subscriptions,
    gaps: deps.gaps,
    importer: deps.importer,
  };

  /** The background answer to one message (src/bot/answer-message.ts), elsewhere when it can be. Never throws. */
  async function answerMessage(msg: IncomingMessage, ids: LogFields, resumed = false): Promise<void> {
    active.add(msg.messageId);
    try {
      const elsewhere = deps.answerElsewhere;
      if (!elsewhere) {
        await answerHere(messageDeps, msg, ids, resumed);
        return;
      }
      // (The inbox stays here: started and finished join this thread's commits.)
      await inInbox(deps.inbox, logger, msg, ids, async () => {
        let there: boolean;
        try {
          there = await elsewhere(msg, ids, resumed);
        } catch (error) {
          // (The thread died with it: the message stays in the inbox, and the next resume answers it.)
          logger.error("answer thread failed, message kept for later", {
            ...ids,
            code: ErrorCodes.E_HANDLER,
            ...describeError(error),
          });
          return "keep";
        }
        if (!there) await answerOrThrow(messageDeps, msg, ids, resumed);
        return "done";
      });
    } finally {
      active.delete(msg.messageId);
    }
  }

  /** Feishu keeps a reply uuid for about an hour: an older leftover could be posted twice, so it is dropped. */
  const RESUME_MAX_AGE_MS = 55 * 60 * 1000;
  const RESUME_MAX_ATTEMPTS = 3;

  async function resume(): Promise<number> {
    if (!deps.inbox) return 0;
    let queued = 0;
    for (const row of await deps.inbox.unfinished()) {
      if (active.has(row.id)) continue;
      const ids: LogFields = { message_id: row.id, source: "inbox", attempts: row.attempts };
      let msg: IncomingMessage | undefined;
      try {
        msg = JSON.parse(row.payload) as IncomingMessage;
      } catch {
        msg = undefined;
      }
      const tooOld = clock.now() - row.receivedAt > RESUME_MAX_AGE_MS;
      // Gives up a message whose answer was started RESUME_MAX_ATTEMPTS times and never finished (each start
      // was ended by a crash): it would most likely bring the next process down too.
      if (!msg || tooOld || row.attempts >= RESUME_MAX_ATTEMPTS) {
        logger.error("unanswered message given up", {
          ...ids,
          code: ErrorCodes.E_HANDLER,
          reason: !msg ? "unreadable" : tooOld ? "older than the reply idempotency window" : "too many attempts",
        });
        await deps.inbox.finished(row.id);
        continue;
      }
      const message = msg;
      active.add(message.messageId);
      if (!queue.push(() => answerMessage(message, { ...ids, chat_id: message.chatId }, true))) {
        active.delete(message.messageId); // stays in the inbox for the next resume
        break;
      }
      queued++;
    }
    if (queued > 0) logger.info("unanswered messages resumed", { count: queued });
    return queued;
  }

  /** Steps 5–8, shared by the webhook and the long connection. */
  async function dispatch(
    body: unknown,
    ctx: { checkToken: boolean; source: "http" | "ws"; defer?: (work: Promise<void>) => void },
  ): Promise<DispatchResult> {
    const envelope = parseEnvelope(body);
    if (envelope.kind === "invalid") {
      return reject(ErrorCodes.E_BAD_EVENT, 400, { reason: envelope.reason, source: ctx.source });
    }

    // Rule 2: the verification token.
    if (ctx.checkToken) {
      if (verificationToken !== undefined) {
        if (!verifyToken(verificationToken, envelope.token)) {
          return reject(ErrorCodes.E_TOKEN, 403, { source: ctx.source });
        }
      } else if (!deps.localMode) {
        return reject(ErrorCodes.E_TOKEN, 403, { reason: "no verification token configured" });
      }
    }

    if (envelope.kind === "challenge") {
      logger.info("url_verification answered", { source: ctx.source });
      return { status: 200, body: { challenge: envelope.challenge } };
    }

    if (envelope.kind === "event_v1") {
      const first = await deps.dedup.firstSeen([`v1:${envelope.uuid}`], dedupTtlMs).catch(() => true);
      logger.info("v1 event ignored", { uuid: envelope.uuid, event_type: envelope.eventType, duplicate: !first });
      return ack();
    }

    const ids: LogFields = { event_id: envelope.eventId, event_type: envelope.eventType, source: ctx.source };
    // Card buttons (feedback, suggestions): verified above like every event; answered within Feishu's 3 s.
    if (envelope.eventType === CARD_ACTION_TRIGGER) {
      const result = await cardActions.handle(envelope, ids, (work) => {
        if (ctx.defer) ctx.defer(work());
        else if (!queue.push(work))
          logger.error("queue full, suggestion dropped", { ...ids, code: ErrorCodes.E_QUEUE_FULL });
      });
      return { status: result.status, body: result.body as Record<string, unknown> };
    }
    if (envelope.eventType !== MESSAGE_RECEIVE) {
      logger.info("event type not handled", ids);
      return ack();
    }

    const msg = parseMessageEvent(envelope.event);
    if (!msg) return reject(ErrorCodes.E_BAD_EVENT, 400, { ...ids, reason: "message event without message fields" });
    Object.assign(ids, { message_id: msg.messageId, chat_id: msg.chatId, chat_type: msg.chatType });

    if (queue.pending >= maxPending && !deps.inbox) {
      logger.error("queue full, message dropped", { ...ids, code: ErrorCodes.E_QUEUE_FULL });
      return ack();
    }

    // A redelivery may carry a new event_id for the same message: both keys count. With an inbox, the message
    // is kept in the same step, until it has been answered.
    const pending = deps.inbox ? { id: msg.messageId, payload: JSON.stringify(msg) } : undefined;
    let first: boolean;
    try {
      first = await deps.dedup.firstSeen(
        [`event:${envelope.eventId}`, `message:${msg.messageId}`],
        dedupTtlMs,
        pending,
      );
    } catch (error) {
      return reject(ErrorCodes.E_DEDUP_STORE, 500, { ...ids, ...describeError(error) });
    }
    if (!first) {
      logger.info("duplicate delivery ignored", ids);
      return ack();
    }

    if (ctx.defer) {
      ctx.defer(answerMessage(msg, ids));
      return ack();
    }
    active.add(msg.messageId);
    if (!queue.push(() => answerMessage(msg, ids))) {
      active.delete(msg.messageId);
      logger.error(deps.inbox ? "queue full, message kept for later" : "queue full, message dropped", {
        ...ids,
        code: ErrorCodes.E_QUEUE_FULL,
      });
    }
    return ack();
  }

  function reject(code: ErrorCode, status: number, fields: LogFields = {}): DispatchResult {
    logger.warn("request rejected", { code, status, ...fields });
    return { status, body: { code }, code };
  }

  const app = new Hono();

  app.get("/healthz", (c) => {
    const status = engineState === "ready" ? 200 : 503;
    return c.json({ status: engineState === "ready" ? "ok" : engineState }, status);
  });

  app.all("/feishu/events", async (c) => {
    const started = clock.now();
    if (deps.webhook === false) {
      const r = reject(ErrorCodes.E_DISABLED, 404, { reason: "webhook disabled (long-connection mode)" });
      return c.json(r.body, 404);
    }
    // Step 1: method.
    if (c.req.method !== "POST") {
      const r = reject(ErrorCodes.E_METHOD, 405, { method: c.req.method });
      return c.json(r.body, 405, { Allow: "POST" });
    }
    acking++;
    try {
      const defer =
        deps.background === "waitUntil" ? (work: Promise<void>) => c.executionCtx.waitUntil(work) : undefined;
      const result = await webhook(c.req.raw, defer, nodeIncoming(c.env));
      if (result.status === 200) {
        logger.debug("webhook answered", { ack_ms: clock.now() - started });
      }
      return c.json(result.body, result.status as 200);
    } catch (error) {
      const code = isAppError(error) ? error.code : ErrorCodes.E_HANDLER;
      const status = isAppError(error) && error.status ? error.status : 500;
      const r = reject(code, status, describeError(error));
      return c.json(r.body, status as 400);
    } finally {
      // The last request in flight is answered: answers held for the acks may start.
      if (--acking === 0) queue.release();
    }
  });

  /** Steps 2–8 for one HTTP request. Throws AppError for rejections that carry their own status. */
  async function webhook(
    request: Request,
    defer?: (work: Promise<void>) => void,
    incoming?: NodeRequestBody,
  ): Promise<DispatchResult> {
    // Step 2: size, on the bytes actually received.
    const raw = incoming ? await readNodeBody(request, incoming, maxBodyBytes) : await readBody(request, maxBodyBytes);
    if (raw === "too_large") return reject(ErrorCodes.E_BODY_TOO_LARGE, 413, { limit: maxBodyBytes });

    // Step 3: UTF-8 JSON object.
    let outer: unknown;
    try {
      outer = parseJsonObject(raw);
    } catch (error) {
      const code = isAppError(error) ? error.code : ErrorCodes.E_BAD_JSON;
      return reject(code, 400);
    }
    const outerObj = outer as Record<string, unknown>;

    let plain: unknown = outer;
    if (encryptKey !== undefined) {
      // Step 4a: with an encrypt key, Feishu always encrypts.
      if (typeof outerObj.encrypt !== "string") return reject(ErrorCodes.E_NOT_ENCRYPTED, 400);

      // Step 4b: the signature, over the raw bytes, when Feishu sent one.
      const headers = {
        timestamp: request.headers.get(TIMESTAMP_HEADER) ?? undefined,
        nonce: request.headers.get(NONCE_HEADER) ?? undefined,
        signature: request.headers.get(SIGNATURE_HEADER) ?? undefined,
      };
      const signed = headers.timestamp !== undefined || headers.nonce !== undefined || headers.signature !== undefined;
      if (signed && !verifySignature(headers, encryptKey, raw)) {
        return reject(ErrorCodes.E_SIGNATURE, 401, { reason: "signature mismatch" });
      }
      // Step 4b': a signed request must be younger than the dedup window (no replay outlives its dedup record).
      const freshness = signed ? checkTimestamp(headers.timestamp ?? "", clock.now(), dedupTtlMs) : "fresh";
      if (freshness !== "fresh") return reject(ErrorCodes.E_REPLAY, 401, { reason: `timestamp ${freshness}` });

      // Step 4c: decrypt.
      let decrypted: string;
      try {
        decrypted = decryptEvent(outerObj.encrypt, encryptKey);
      } catch {
        return reject(ErrorCodes.E_DECRYPT, 400);
      }
      try {
        plain = JSON.parse(decrypted);
      } catch {
        return reject(ErrorCodes.E_BAD_JSON, 400, { reason: "decrypted payload is not JSON" });
      }

      // Step 4d: only the URL check may come unsigned.
      const isChallenge =
        typeof plain === "object" && plain !== null && (plain as { type?: unknown }).type === "url_verification";
      if (!signed && !isChallenge) return reject(ErrorCodes.E_SIGNATURE, 401, { reason: "event without signature" });
    } else if (typeof outerObj.encrypt === "string") {
      return reject(ErrorCodes.E_DECRYPT, 400, { reason: "encrypted body but FEISHU_ENCRYPT_KEY is not set" });
    }

    return dispatch(plain, { checkToken: true, source: "http", defer });
  }

  // The playground page, GET /local/ask and POST /api/ask (src/playground/routes.tsx).
  if (deps.playground ?? deps.localMode) {
    app.route(
      "/",
      createPlaygroundRoutes({
        engine: () => enginePromise.catch(unavailableEngine),
        render: renderShown,
        logger,
        maxBodyBytes,
        publicNotice: !deps.localMode,
        askRate: deps.askRate,
        clock,
      }),
    );
  }

  if (deps.admin) app.route("/admin", createAdminRoutes(deps.admin, logger));

  app.notFound((c) => c.json({ code: "E_NOT_FOUND" }, 404));
  app.onError((error, c) => {
    logger.error("unhandled error", { code: ErrorCodes.E_HANDLER, ...describeError(error) });
    return c.json({ code: ErrorCodes.E_HANDLER }, 500);
  });

  return {
    app,
    fetch: (request, env) => app.fetch(request, env),
    dispatch: (envelope) => dispatch(envelope, { checkToken: false, source: "ws" }),
    idle: () => queue.idle(),
    resume,
    ready: () => engineState === "ready",
  };
}

function ack(): DispatchResult {
  return { status: 200, body: {} };
}

/** renderReply with the card as an object: the playground shows it, a card action returns it in its answer. */
function renderShown(reply: BotReply): { card: Card | undefined; text: string } {
  const out = renderReply(reply);
  return { card: out.card === undefined ? undefined : cardObject(out.card), text: out.text };
}

/** Reads the body, stopping as soon as more than `max` bytes have arrived. */
export async function readBody(request: Request, max: number): Promise<Uint8Array | "too_large"> {
  if (declaredTooLarge(request, max)) return "too_large";
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  return collect(
    () => reader.read(),
    () => reader.cancel(),
    max,
  );
}

/** Content-Length, when present and numeric, already says the body is over the limit. */
function declaredTooLarge(request: Request, max: number): boolean {
  const declared = request.headers.get("content-length");
  return declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > max;
}

/** Reads chunks until done, stopping (and calling `stop`) as soon as more than `max` bytes have arrived. */
async function collect(
  next: () => Promise<{ done: boolean; value?: Uint8Array | undefined }>,
  stop: () => Promise<unknown>,
  max: number,
): Promise<Uint8Array | "too_large"> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await next();
    if (done || !value) break;
    total += value.byteLength;
    if (total > max) {
      await stop().catch(() => {});
      return "too_large";
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The Node request stream under @hono/node-server (what `c.env.incoming` holds there). */
type NodeRequestBody = AsyncIterable<Uint8Array | string> & { on: (...args: never[]) => unknown };

/** `c.env.incoming` when the app runs on @hono/node-server; undefined elsewhere (Workers, tests calling fetch). */
function nodeIncoming(env: unknown): NodeRequestBody | undefined {
  const incoming = (env as { incoming?: unknown } | null | undefined)?.incoming;
  if (typeof incoming !== "object" || incoming === null) return undefined;
  const candidate = incoming as Partial<NodeRequestBody>;
  return typeof candidate.on === "function" && typeof candidate[Symbol.asyncIterator] === "function"
    ? (incoming as NodeRequestBody)
    : undefined;
}

/**
 * readBody for Node, straight from the request stream: the same limit rules (Content-Length first, then every
 * chunk), without @hono/node-server building a web Request and body stream, which costs more CPU than the rest
 * of the webhook path (measured in docs/benchmarks.md). Past the limit, the stream is destroyed, as cancelling
 * the web body stream does.
 */
async function readNodeBody(
  request: Request,
  incoming: NodeRequestBody,
  max: number,
): Promise<Uint8Array | "too_large"> {
  if (declaredTooLarge(request, max)) return "too_large";
  const iterator = incoming[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return collect(
    async () => {
      const { done, value } = await iterator.next();
      if (done) return { done: true };
      return { done: false, value: typeof value === "string" ? encoder.encode(value) : value };
    },
    async () => iterator.return?.(),
    max,
  );
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 → JSON → must be a plain object. */
function parseJsonObject(raw: Uint8Array): Record<string, unknown> {
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new AppError(ErrorCodes.E_BAD_ENCODING, "body is not UTF-8", { status: 400 });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError(ErrorCodes.E_BAD_JSON, "body is not JSON", { status: 400 });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError(ErrorCodes.E_BAD_JSON, "body is not a JSON object", { status: 400 });
  }
  return value as Record<string, unknown>;
}
