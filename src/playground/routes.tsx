/**
 * The playground: try the bot in a browser, with the replies rendered from the same card JSON the bot sends to
 * Feishu. Mounted by createApp in local mode, and beside a Feishu bot only when PLAYGROUND=1.
 *
 *   GET  /                   the page; ?q=… shows that question answered (shareable links)
 *   POST /                   form post (page without JavaScript): fields `ask` (a button) or `q` (the text box)
 *   POST /playground/reply   the same form fields → one rendered exchange (HTML fragment) for the page script
 *   GET  /playground/app.css, /playground/app.js
 *   GET  /local/ask?q=…      {reply, text, card} as JSON
 *   POST /api/ask            {"question": "…"} → the CLI's --json object
 *
 * Every message goes through the bot's own path (handleMessage in src/bot/handle.ts), as a private chat from a
 * user: commands such as /简报 and /帮助, length limits, engine failures and follow-up questions behave as in
 * Feishu. Each browser tab is its own conversation: the page carries a conversation id (a hidden form field,
 * kept in sessionStorage by the page script), and follow-ups are completed from that conversation's context in
 * an in-memory, bounded context store, for the same 10 minutes as in a chat. Nothing is sent anywhere.
 *
 * Security, rule by rule:
 *   1. All text is escaped by hono/jsx when rendered; the card renderer builds no HTML from strings.
 *   2. Content-Security-Policy forbids inline script and style, plugins, framing and foreign origins, so even
 *      an escaping mistake could not run script.
 *   3. Request bodies are capped (maxBodyBytes) before they are read.
 *   4. The only state is follow-up context, per conversation id: a random id, checked against a strict pattern,
 *      never shared between tabs; a cross-site post could only start a conversation of its own.
 *   5. Questions are rate-limited per client and globally (./rate-limit.ts): past a limit, 429 E_RATE_LIMIT.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { toJson } from "../answer/render-text.ts";
import { MAX_QUESTION_CHARS } from "../answer/types.ts";
import { createFollowUps, type FollowUps } from "../bot/context.ts";
import { BOT_NAME, type BotEngine, type BotReply, exampleQuestions, handleMessage, helpText } from "../bot/handle.ts";
import { ErrorCodes } from "../errors.ts";
import type { IncomingMessage } from "../feishu/parse.ts";
import { CARD_MAX_BYTES, type Card, cardBytes } from "../feishu/render.ts";
import { describeError, type Logger } from "../log.ts";
import { createMemoryContextStore } from "../store/context.ts";
import { PLAYGROUND_CSS, PLAYGROUND_JS } from "./assets.ts";
import { ErrorNote, Exchange, type ExchangeData, Page, type PlaygroundReply } from "./page.tsx";
import { type AskRateSettings, askRateLimit, createRateLimiter, DEFAULT_ASK_RATE } from "./rate-limit.ts";

export type PlaygroundDeps = {
  /** The engine once loaded; when loading failed, a stand-in whose calls throw (the bot then apologises). */
  engine: () => Promise<BotEngine>;
  /** The bot's own reply rendering (card + text fallback), so the page shows exactly what Feishu would get. */
  render: (reply: BotReply) => { card: Card | undefined; text: string };
  logger: Logger;
  maxBodyBytes: number;
  /** The page is reachable beside a real Feishu bot (PLAYGROUND=1 with credentials): say so on the page. */
  publicNotice?: boolean;
  /** Questions per minute per client and in all (config ASK_RATE_*); default DEFAULT_ASK_RATE. */
  askRate?: AskRateSettings;
  clock?: { now(): number };
  /** Follow-up context per conversation; default: its own in-memory store (bounded, 10-minute TTL). */
  followUps?: FollowUps;
};

/** A conversation id as the page makes them; anything else gets no context. */
const CONVERSATION_ID = /^[A-Za-z0-9_-]{8,64}$/;

function newConversationId(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const BAD_REQUEST = "E_BAD_REQUEST";

/** A message as Feishu would deliver it from a person in a private chat with the bot (one chat per tab). */
function playgroundMessage(text: string, conversationId: string | undefined): IncomingMessage {
  return {
    messageId: "playground",
    chatId: conversationId ? `playground-${conversationId}` : "playground",
    chatType: "p2p",
    messageType: "text",
    senderType: "user",
    senderOpenId: undefined,
    mentions: [],
    mentionsAll: false,
    text,
    rootId: undefined,
    parentId: undefined,
    threadId: undefined,
    createTime: undefined,
  };
}

export function createPlaygroundRoutes(deps: PlaygroundDeps): Hono {
  const { logger } = deps;
  const app = new Hono();
  app.use(
    askRateLimit({
      limiter: createRateLimiter(deps.askRate ?? DEFAULT_ASK_RATE, deps.clock),
      logger,
      // Every request that asks a question: the JSON routes, the page script's POST, and the page with ?q=.
      asks: (c) =>
        ["/api/ask", "/local/ask", "/playground/reply"].includes(c.req.path) ||
        (c.req.path === "/" && (c.req.method === "POST" || Boolean(c.req.query("q")?.trim()))),
    }),
  );
  const followUps = deps.followUps ?? createFollowUps({ store: createMemoryContextStore(), logger });

  type Outgoing = ReturnType<PlaygroundDeps["render"]>;

  async function reply(
    question: string,
    conversationId?: string,
  ): Promise<{ bot: BotReply | null; outgoing: Outgoing | null }> {
    const engine = await deps.engine();
    const cid = conversationId && CONVERSATION_ID.test(conversationId) ? conversationId : undefined;
    const { reply: bot } = await handleMessage(playgroundMessage(question, cid), {
      engine,
      botOpenId: async () => undefined,
      onEngineError: (error) =>
        logger.error("engine failed", { code: ErrorCodes.E_ENGINE, source: "playground", ...describeError(error) }),
      // Without a conversation id (GET /local/ask, shared ?q= links) every question stands on its own.
      ...(cid ? { followUps } : {}),
    });
    return { bot, outgoing: bot ? deps.render(bot) : null };
  }

  async function exchange(question: string, conversationId?: string): Promise<ExchangeData> {
    const { outgoing } = await reply(question, conversationId);
    let shown: PlaygroundReply;
    if (!outgoing) shown = { kind: "ignored" };
    else if (outgoing.card) {
      const oversize = cardBytes(outgoing.card) > CARD_MAX_BYTES;
      shown = { kind: "card", card: outgoing.card, text: outgoing.text, oversize };
    } else shown = { kind: "text", text: outgoing.text };
    return { question, reply: shown };
  }

  /** The question from the form (a pressed button's `ask` wins over the text box `q`) and the conversation id. */
  async function formQuestion(request: Request): Promise<{ question: string | undefined; cid: string | undefined }> {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return { question: undefined, cid: undefined };
    }
    const c = form.get("cid");
    const cid = typeof c === "string" && CONVERSATION_ID.test(c) ? c : undefined;
    const ask = form.get("ask");
    if (typeof ask === "string" && ask.trim()) return { question: ask, cid };
    const q = form.get("q");
    return { question: typeof q === "string" && q.trim() ? q : undefined, cid };
  }

  const pageHeaders = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
  };

  async function page(question: string | undefined, conversationId?: string): Promise<Response> {
    const cid = conversationId ?? newConversationId();
    const data = question?.trim() ? await exchange(question, cid) : undefined;
    const engine = await deps.engine();
    const html = (
      <Page
        examples={exampleQuestions(engine.knowledge)}
        intro={helpText(BOT_NAME, engine.knowledge).split("\n")[0] ?? ""}
        conversationId={cid}
        exchange={data}
        maxChars={MAX_QUESTION_CHARS}
        publicNotice={deps.publicNotice === true}
      />
    );
    return new Response(`<!doctype html>${html}`, {
      headers: { "Content-Type": "text/html; charset=utf-8", ...pageHeaders },
    });
  }

  app.get("/", (c) => page(c.req.query("q")));

  app.post("/", bodyLimit({ maxSize: deps.maxBodyBytes, onError: (c) => c.text("请求太大。", 413) }), async (c) => {
    const { question, cid } = await formQuestion(c.req.raw);
    return page(question, cid);
  });

  app.post(
    "/playground/reply",
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) => c.html(`${<ErrorNote message="问题太长，请求被拒绝。" />}`, 413, pageHeaders),
    }),
    async (c) => {
      const { question, cid } = await formQuestion(c.req.raw);
      if (question === undefined) {
        return c.html(`${<ErrorNote message="请输入一个问题。" />}`, 400, pageHeaders);
      }
      return c.html(`${<Exchange data={await exchange(question, cid)} />}`, 200, pageHeaders);
    },
  );

  app.get("/playground/app.css", (c) =>
    c.body(PLAYGROUND_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "X-Content-Type-Options": "nosniff" }),
  );
  app.get("/playground/app.js", (c) =>
    c.body(PLAYGROUND_JS, 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
    }),
  );

  // The bot's reply as JSON. GET /local/ask?q=物联网网络有哪些成员
  app.get("/local/ask", async (c) => {
    const { bot, outgoing } = await reply(c.req.query("q") ?? "");
    if (!bot || !outgoing) return c.json({ reply: null });
    return c.json({ reply: bot, text: outgoing.text, card: outgoing.card ?? null });
  });

  // The CLI's JSON for one question. POST /api/ask {"question": "…"}
  app.post(
    "/api/ask",
    bodyLimit({ maxSize: deps.maxBodyBytes, onError: (c) => c.json({ code: ErrorCodes.E_BODY_TOO_LARGE }, 413) }),
    async (c) => {
      let question: unknown;
      try {
        const body: unknown = await c.req.json();
        question = typeof body === "object" && body !== null ? (body as { question?: unknown }).question : undefined;
      } catch {
        question = undefined;
      }
      if (typeof question !== "string" || !question.trim()) {
        return c.json({ code: BAD_REQUEST, message: 'expected {"question": string}' }, 400);
      }
      const engine = await deps.engine();
      try {
        const answer = await engine.answer(question.slice(0, 10_000));
        // `generated` marks model-written text (model, sentences kept and dropped), so it is never taken for
        // extractive text; absent for extractive answers.
        return c.json({ ...toJson(answer), ...(answer.generated ? { generated: answer.generated } : {}) });
      } catch (error) {
        logger.error("engine failed", { code: ErrorCodes.E_ENGINE, source: "api", ...describeError(error) });
        return c.json({ code: ErrorCodes.E_ENGINE }, 503);
      }
    },
  );

  return app;
}
