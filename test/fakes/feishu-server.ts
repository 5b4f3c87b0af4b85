/**
 * A local fake of the Feishu Open API, enough for the bot and the real @larksuiteoapi/node-sdk Client:
 *
 *   POST /open-apis/auth/v3/tenant_access_token/internal   {app_id, app_secret} → {tenant_access_token, expire}
 *   GET  /open-apis/bot/v3/info                             → {bot: {open_id, app_name, …}}
 *   POST /open-apis/im/v1/messages/:message_id/reply        {msg_type, content, uuid}
 *   POST /open-apis/im/v1/messages?receive_id_type=chat_id  {receive_id, msg_type, content, uuid}
 *   PATCH /open-apis/im/v1/messages/:message_id              {content}: replaces a card the bot posted (both cards
 *                                                            need config.update_multi = true, as Feishu requires)
 *
 * Like Feishu it checks the bearer token, validates content, refuses card requests whose body (the card inside
 * it as an escaped JSON string) is over 30 KB (230025), answers 230049 when told to, and deduplicates
 * sends by `uuid` (same uuid → the first message, nothing posted twice). It records every call, and can be
 * told to answer the next calls with an error (rate limits with x-ogw-ratelimit-reset, 232009, 5xx, delays),
 * to hang, or to post and then answer late (the answer lost in a crash).
 *
 * Documents and wiki (issue 19), with the scopes and sharing Feishu checks:
 *   GET /open-apis/wiki/v2/spaces/get_node?token=…            → data.node (131005 unknown, 131006 not shared)
 *   GET /open-apis/wiki/v2/spaces/:space_id/nodes              → data {items, page_token, has_more}, page_size ≤ 50,
 *                                                              one level (parent_node_token for children)
 *   GET /open-apis/docx/v1/documents/:document_id              → data.document {document_id, revision_id, title}
 *   GET /open-apis/docx/v1/documents/:document_id/raw_content  → data.content
 * `addDocument`, `editDocument`, `addWikiNode` set them up; `scopes` lists the permission scopes the app has
 * (missing → 99991672 naming the accepted ones, as Feishu words it); `unshared` lists documents and nodes the app
 * may not read (docx → 1770032 forBidden, wiki → 131006).
 *
 * Optional rate limits like Feishu's (`rateLimits`, off by default), on message sends (reply and create) that
 * passed the token and content checks; a refused send does not count:
 *   - perChat: Feishu allows 5 messages per second to one chat → HTTP 400, code 230020 (create only: a reply's
 *     chat is not on the wire);
 *   - app: Feishu allows 50 per second and 1,000 per minute per app for im/v1/messages → HTTP 429, code 99991400.
 * Both answer with `x-ogw-ratelimit-reset` (seconds until a send fits again: whole seconds, rounded up, as
 * Feishu sends them; `fractionalReset` gives milliseconds precision for fast tests) and `x-ogw-ratelimit-limit`.
 * `rateLimited` counts the refusals. Listens on 127.0.0.1 only.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route =
  | "token"
  | "bot"
  | "reply"
  | "create"
  | "update"
  | "wikiNode"
  | "wikiNodes"
  | "docxDocument"
  | "docxRaw";

export type FakeDocument = { title: string; content: string; revision: number };
export type FakeWikiNode = {
  spaceId: string;
  nodeToken: string;
  objToken: string;
  objType: string;
  title: string;
  parent: string;
  /** Seconds since the epoch, as a string (Feishu's obj_edit_time). */
  editTime: string;
};

/** Every docs scope a fully configured app has. */
export const DOC_SCOPES = ["docx:document:readonly", "wiki:wiki:readonly"];

export type FakeCall = {
  route: Route | "unknown";
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** What the fake answered: HTTP status and Feishu code. */
  status: number;
  code: number | undefined;
};

export type PostedMessage = {
  messageId: string;
  route: "reply" | "create";
  /** reply: the message replied to; create: the receive_id. */
  target: string;
  msgType: string;
  content: string;
  uuid: string | undefined;
};

export type Fault = {
  route: Route;
  /** How many calls this fault answers (default 1). */
  times?: number;
  status?: number;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Delay before answering (normally, unless status/body are set too). */
  delayMs?: number;
  /** Only for calls this predicate accepts. */
  when?: (call: { body: unknown; path: string }) => boolean;
  /** Never answer (and post nothing); the request stays open until the fake closes. */
  hang?: boolean;
  /** Post the message first, then wait `delayMs` before answering (a late answer the client may never see). */
  afterPost?: boolean;
};

/** At most `limit` sends in any `windowMs`. */
export type RateWindow = { limit: number; windowMs: number };

export type RateLimits = {
  /** Per chat (Feishu: { limit: 5, windowMs: 1000 }) → 230020. */
  perChat?: RateWindow;
  /** App-wide (Feishu: 50 / 1 s and 1,000 / 60 s) → 99991400. */
  app?: RateWindow[];
  /** x-ogw-ratelimit-reset with millisecond precision instead of whole seconds. */
  fractionalReset?: boolean;
};

/** Feishu's published limits for im/v1/messages. */
export const FEISHU_RATE_LIMITS: RateLimits = {
  perChat: { limit: 5, windowMs: 1000 },
  app: [
    { limit: 50, windowMs: 1000 },
    { limit: 1000, windowMs: 60_000 },
  ],
};

export type FakeOptions = {
  appId?: string;
  appSecret?: string;
  botOpenId?: string;
  appName?: string;
  /** Seconds; Feishu gives 7200. */
  tokenExpire?: number;
  cardLimitBytes?: number;
  /** Off by default; see the header comment. */
  rateLimits?: RateLimits;
};

export const FAKE_APP_ID = "cli_a1b2c3d4e5f60718";
export const FAKE_APP_SECRET = "fAkEsEcReT9aB8cD7eF6gH5iJ4kL3mN2";
export const FAKE_BOT_OPEN_ID = "ou_bot7f3e9a1c5d2b8e4f6a0c9d1e3b5a7c9";

const PATHS = {
  token: "/open-apis/auth/v3/tenant_access_token/internal",
  bot: "/open-apis/bot/v3/info",
  create: "/open-apis/im/v1/messages",
};
const REPLY = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/reply$/;
const WIKI_NODE = "/open-apis/wiki/v2/spaces/get_node";
const WIKI_NODES = /^\/open-apis\/wiki\/v2\/spaces\/([^/]+)\/nodes$/;
const DOCX = /^\/open-apis\/docx\/v1\/documents\/([^/]+)$/;
const DOCX_RAW = /^\/open-apis\/docx\/v1\/documents\/([^/]+)\/raw_content$/;
const MESSAGE = /^\/open-apis\/im\/v1\/messages\/([^/]+)$/;

export class FakeFeishu {
  readonly calls: FakeCall[] = [];
  readonly posted: PostedMessage[] = [];
  readonly tokensIssued: string[] = [];
  /** Every accepted card update, in order (the posted message's content is replaced too). */
  readonly updates: Array<{ messageId: string; content: string }> = [];
  /** docx documents by id, wiki nodes by node token (in insertion order). */
  readonly documents = new Map<string, FakeDocument>();
  readonly wikiNodes = new Map<string, FakeWikiNode>();
  /** The app's permission scopes for documents and wiki. */
  scopes = new Set(DOC_SCOPES);
  /** Document ids and node tokens not shared with the app. */
  readonly unshared = new Set<string>();
  /** Answer every interactive message with 230099 (card content refused). */
  refuseCards = false;
  /** Sends refused by `rateLimits`. */
  readonly rateLimited = { perChat: 0, app: 0 };
  /** Message sends admitted by `rateLimits`, by chat and app-wide (times in ms). */
  private readonly sendTimes = { app: [] as number[], perChat: new Map<string, number[]>() };
  private readonly hung = new Set<ServerResponse>();
  rateLimits: RateLimits | undefined;
  private readonly faults: Array<Required<Pick<Fault, "times">> & Fault> = [];
  private readonly byUuid = new Map<string, PostedMessage>();
  private readonly validTokens = new Set<string>();
  private seq = 0;
  private inFlight = 0;
  private callWaiters: Array<{ match: (call: FakeCall) => boolean; resolve: (call: FakeCall) => void }> = [];
  private settledWaiters: Array<() => void> = [];
  private server: Server | undefined;
  url = "";

  readonly appId: string;
  readonly appSecret: string;
  readonly botOpenId: string;
  readonly appName: string;
  private readonly tokenExpire: number;
  private readonly cardLimitBytes: number;

  constructor(options: FakeOptions = {}) {
    this.appId = options.appId ?? FAKE_APP_ID;
    this.appSecret = options.appSecret ?? FAKE_APP_SECRET;
    this.botOpenId = options.botOpenId ?? FAKE_BOT_OPEN_ID;
    this.appName = options.appName ?? "高新区协同助手";
    this.tokenExpire = options.tokenExpire ?? 7200;
    this.cardLimitBytes = options.cardLimitBytes ?? 30 * 1024;
    this.rateLimits = options.rateLimits;
  }

  static async start(options: FakeOptions = {}): Promise<FakeFeishu> {
    const fake = new FakeFeishu(options);
    await fake.listen();
    return fake;
  }

  private listen(): Promise<void> {
    const server = createServer((req, res) => {
      this.inFlight++;
      this.handle(req, res)
        .catch(() => {
          if (!res.headersSent) res.writeHead(500);
          res.end();
        })
        .finally(() => {
          if (--this.inFlight === 0) {
            const waiters = this.settledWaiters;
            this.settledWaiters = [];
            for (const w of waiters) w();
          }
        });
    });
    this.server = server;
    return new Promise((resolve) => {
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo;
        this.url = `http://127.0.0.1:${port}`;
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Queue a fault for the next matching calls. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  /** Resolves with the first recorded call (past or future) that matches. */
  waitForCall(match: (call: FakeCall) => boolean): Promise<FakeCall> {
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.callWaiters.push({ match, resolve }));
  }

  /** Resolves when no request is being handled (e.g. a delayed one has been answered). */
  settled(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** Drop all queued faults. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Messages actually posted by replies (deduplicated by uuid, as Feishu does). */
  replies(): PostedMessage[] {
    return this.posted.filter((p) => p.route === "reply");
  }

  callsTo(route: Route): FakeCall[] {
    return this.calls.filter((c) => c.route === route);
  }

  /** Messages actually posted by create (deduplicated by uuid, as Feishu does). */
  created(): PostedMessage[] {
    return this.posted.filter((p) => p.route === "create");
  }

  /** How many messages were posted to each chat by create. */
  createdPerChat(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const p of this.created()) counts.set(p.target, (counts.get(p.target) ?? 0) + 1);
    return counts;
  }

  /**
   * Admits one send under `rateLimits`, or says which limit refused it and when a send fits again (ms).
   * Sliding windows over the admitted sends.
   */
  private admit(chatId: string | undefined): { limit: "perChat" | "app"; waitMs: number; of: number } | undefined {
    const limits = this.rateLimits;
    if (!limits) return undefined;
    const now = Date.now();
    const waitIn = (times: number[], w: RateWindow): number => {
      const recent = times.filter((t) => t > now - w.windowMs);
      if (recent.length < w.limit) return 0;
      return (recent[recent.length - w.limit] ?? now) + w.windowMs - now;
    };
    const chatTimes = chatId !== undefined ? (this.sendTimes.perChat.get(chatId) ?? []) : [];
    if (limits.perChat && chatId !== undefined) {
      const wait = waitIn(chatTimes, limits.perChat);
      if (wait > 0) return { limit: "perChat", waitMs: wait, of: limits.perChat.limit };
    }
    for (const w of limits.app ?? []) {
      const wait = waitIn(this.sendTimes.app, w);
      if (wait > 0) return { limit: "app", waitMs: wait, of: w.limit };
    }
    const horizon = Math.max(limits.perChat?.windowMs ?? 0, ...(limits.app ?? []).map((w) => w.windowMs));
    this.sendTimes.app = [...this.sendTimes.app.filter((t) => t > now - horizon), now];
    if (chatId !== undefined) this.sendTimes.perChat.set(chatId, [...chatTimes.filter((t) => t > now - horizon), now]);
    return undefined;
  }

  addDocument(id: string, title: string, content: string): void {
    this.documents.set(id, { title, content, revision: 1 });
  }

  editDocument(id: string, change: { title?: string; content?: string }): void {
    const doc = this.documents.get(id);
    if (!doc) throw new Error(`no document ${id}`);
    this.documents.set(id, { ...doc, ...change, revision: doc.revision + 1 });
    for (const node of this.wikiNodes.values()) {
      if (node.objToken === id) node.editTime = String(Number(node.editTime) + 1);
    }
  }

  addWikiNode(node: Partial<FakeWikiNode> & Pick<FakeWikiNode, "nodeToken" | "objToken">): FakeWikiNode {
    const full: FakeWikiNode = {
      spaceId: "7000000000000000001",
      objType: "docx",
      title: this.documents.get(node.objToken)?.title ?? node.nodeToken,
      parent: "",
      editTime: "1700000000",
      ...node,
    };
    this.wikiNodes.set(full.nodeToken, full);
    return full;
  }

  /** Invalidate all issued tokens (the next API call gets 99991663). */
  revokeTokens(): void {
    this.validTokens.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readAll(req);
    let body: unknown;
    try {
      body = raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined;
    } catch {
      body = raw.toString("utf8");
    }
    const replyMatch = REPLY.exec(url.pathname);
    const messageMatch = MESSAGE.exec(url.pathname);
    const route: Route | "unknown" =
      req.method === "POST" && url.pathname === PATHS.token
        ? "token"
        : req.method === "GET" && url.pathname === PATHS.bot
          ? "bot"
          : req.method === "POST" && replyMatch
            ? "reply"
            : req.method === "POST" && url.pathname === PATHS.create
              ? "create"
              : req.method === "PATCH" && messageMatch
                ? "update"
                : req.method === "GET" && url.pathname === WIKI_NODE
                  ? "wikiNode"
                  : req.method === "GET" && WIKI_NODES.test(url.pathname)
                    ? "wikiNodes"
                    : req.method === "GET" && DOCX_RAW.test(url.pathname)
                      ? "docxRaw"
                      : req.method === "GET" && DOCX.test(url.pathname)
                        ? "docxDocument"
                        : "unknown";

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
    const call: FakeCall = {
      route,
      method: req.method ?? "",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      status: 0,
      code: undefined,
    };
    this.calls.push(call);
    this.callWaiters = this.callWaiters.filter((w) => {
      if (!w.match(call)) return true;
      w.resolve(call);
      return false;
    });

    const send = (status: number, payload: Record<string, unknown>, extra: Record<string, string> = {}) => {
      call.status = status;
      call.code = typeof payload.code === "number" ? payload.code : undefined;
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...extra });
      res.end(JSON.stringify(payload));
    };

    let lateMs = 0;
    if (route !== "unknown") {
      const index = this.faults.findIndex(
        (f) => f.route === route && (!f.when || f.when({ body, path: url.pathname })),
      );
      const fault = index >= 0 ? this.faults[index] : undefined;
      if (fault) {
        fault.times--;
        if (fault.times <= 0) this.faults.splice(index, 1);
        if (fault.hang) {
          this.hung.add(res);
          res.on("close", () => this.hung.delete(res));
          return;
        }
        if (fault.afterPost) lateMs = fault.delayMs ?? 0;
        else if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        if (fault.status !== undefined || fault.body !== undefined) {
          return send(fault.status ?? 400, fault.body ?? { code: 1, msg: "fault" }, fault.headers);
        }
      }
    }

    switch (route) {
      case "token": {
        const b = (body ?? {}) as { app_id?: unknown; app_secret?: unknown };
        if (b.app_id !== this.appId || b.app_secret !== this.appSecret) {
          return send(400, { code: 10014, msg: "app secret invalid" });
        }
        const token = `t-g1${randomBytes(18).toString("hex")}`;
        this.validTokens.add(token);
        this.tokensIssued.push(token);
        return send(200, { code: 0, msg: "ok", tenant_access_token: token, expire: this.tokenExpire });
      }
      case "unknown":
        return send(404, { code: 404, msg: "not found" });
      default:
        break;
    }

    // Everything else needs a valid tenant access token.
    const auth = headers.authorization ?? "";
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : "";
    if (!this.validTokens.has(token)) {
      return send(400, {
        code: 99991663,
        msg: "Invalid access token for authorization. Please make a request with token attached.",
      });
    }

    if (route === "bot") {
      return send(200, {
        code: 0,
        msg: "ok",
        bot: { activate_status: 2, app_name: this.appName, avatar_url: "", ip_white_list: [], open_id: this.botOpenId },
      });
    }

    if (route === "wikiNode" || route === "wikiNodes" || route === "docxDocument" || route === "docxRaw") {
      return this.handleDocs(route, url, send);
    }

    if (route === "update") {
      const id = decodeURIComponent(messageMatch?.[1] ?? "");
      const content = (body as { content?: unknown } | undefined)?.content;
      const target = this.posted.find((p) => p.messageId === id);
      if (!target) return send(400, { code: 230001, msg: "message not found" });
      if (typeof content !== "string") return send(400, { code: 230001, msg: "content is required" });
      // Like Feishu: the limit is on the request body, where the card is an escaped JSON string.
      if (raw.length > this.cardLimitBytes) {
        return send(400, { code: 230025, msg: "The message content length exceeds limit." });
      }
      const shared = (text: string) => {
        try {
          return (JSON.parse(text) as { config?: { update_multi?: unknown } }).config?.update_multi === true;
        } catch {
          return false;
        }
      };
      if (target.msgType !== "interactive") return send(400, { code: 230001, msg: "only cards can be updated" });
      if (!shared(target.content) || !shared(content)) {
        return send(400, { code: 230001, msg: "card must declare config.update_multi = true before and after" });
      }
      target.content = content;
      this.updates.push({ messageId: id, content });
      return send(200, { code: 0, msg: "success", data: {} });
    }

    // reply / create
    const b = (body ?? {}) as Record<string, unknown>;
    const msgType = b.msg_type;
    const content = b.content;
    const uuid = typeof b.uuid === "string" && b.uuid ? b.uuid : undefined;
    if (
      typeof msgType !== "string" ||
      !["text", "post", "interactive"].includes(msgType) ||
      typeof content !== "string"
    ) {
      return send(400, { code: 230001, msg: "Your request contains an invalid request parameter." });
    }
    if (uuid !== undefined && uuid.length > 50) {
      return send(400, { code: 230001, msg: "uuid too long" });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      return send(400, { code: 230001, msg: "content is not JSON" });
    }
    if (msgType === "text" && typeof (parsed as { text?: unknown })?.text !== "string") {
      return send(400, { code: 230001, msg: "text content needs a text field" });
    }
    if (msgType === "interactive") {
      // Like Feishu: the limit is on the request body as sent, not on the card (1.07–1.49× smaller).
      if (raw.length > this.cardLimitBytes) {
        return send(400, { code: 230025, msg: "The message content length exceeds limit." });
      }
      if (this.refuseCards) {
        return send(400, { code: 230099, msg: "Failed to create card content, ext=ErrCode: 11310; ErrMsg: refused" });
      }
    }
    if (route === "create" && call.query.receive_id_type !== "chat_id") {
      return send(400, { code: 230001, msg: "receive_id_type" });
    }

    const limited = this.admit(route === "create" ? String(b.receive_id ?? "") : undefined);
    if (limited) {
      this.rateLimited[limited.limit]++;
      const seconds = this.rateLimits?.fractionalReset
        ? (limited.waitMs / 1000).toFixed(3)
        : String(Math.ceil(limited.waitMs / 1000));
      const headers = { "x-ogw-ratelimit-reset": seconds, "x-ogw-ratelimit-limit": String(limited.of) };
      return limited.limit === "perChat"
        ? send(400, { code: 230020, msg: "This chat trigger rate limit." }, headers)
        : send(429, { code: 99991400, msg: "request trigger frequency limit" }, headers);
    }

    // Feishu: requests with the same uuid post at most one message (within an hour).
    const existing = uuid !== undefined ? this.byUuid.get(uuid) : undefined;
    const message =
      existing ??
      ({
        messageId: `om_fake${String(++this.seq).padStart(6, "0")}`,
        route,
        target: route === "reply" ? decodeURIComponent(replyMatch?.[1] ?? "") : String(b.receive_id ?? ""),
        msgType,
        content,
        uuid,
      } satisfies PostedMessage);
    if (!existing) {
      this.posted.push(message);
      if (uuid !== undefined) this.byUuid.set(uuid, message);
    }
    // unref: a late answer to a client that is gone must not keep the test process alive.
    if (lateMs > 0) await new Promise((r) => setTimeout(r, lateMs).unref());
    return send(200, {
      code: 0,
      msg: "success",
      data: { message_id: message.messageId, msg_type: message.msgType, chat_id: "oc_fake", create_time: "0" },
    });
  }
  private async handleDocs(
    route: DocsRoute,
    url: URL,
    send: (status: number, payload: Record<string, unknown>) => void,
  ): Promise<void> {
    const needs =
      route === "wikiNode"
        ? ["wiki:node:read", "wiki:wiki", "wiki:wiki:readonly"]
        : route === "wikiNodes"
          ? ["wiki:node:retrieve", "wiki:wiki", "wiki:wiki:readonly"]
          : ["docx:document", "docx:document:readonly"];
    if (!needs.some((s) => this.scopes.has(s))) {
      return send(400, {
        code: 99991672,
        msg: `Access denied. One of the following scopes is required: [${needs.join(", ")}].`,
      });
    }
    const wireNode = (n: FakeWikiNode) => ({
      space_id: n.spaceId,
      node_token: n.nodeToken,
      obj_token: n.objToken,
      obj_type: n.objType,
      parent_node_token: n.parent,
      node_type: "origin",
      title: n.title,
      has_child: [...this.wikiNodes.values()].some((c) => c.parent === n.nodeToken),
      obj_edit_time: n.editTime,
    });
    if (route === "wikiNode") {
      const token = url.searchParams.get("token") ?? "";
      const node = this.wikiNodes.get(token);
      if (!node) return send(400, { code: 131005, msg: "not found" });
      if (this.unshared.has(token))
        return send(400, { code: 131006, msg: "permission denied: node permission denied" });
      return send(200, { code: 0, msg: "success", data: { node: wireNode(node) } });
    }
    if (route === "wikiNodes") {
      const spaceId = decodeURIComponent(WIKI_NODES.exec(url.pathname)?.[1] ?? "");
      const pageSize = Number(url.searchParams.get("page_size") ?? "20");
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 50) {
        return send(400, { code: 131002, msg: "param err: page_size" });
      }
      const parent = url.searchParams.get("parent_node_token") ?? "";
      const level = [...this.wikiNodes.values()].filter((n) => n.spaceId === spaceId && n.parent === parent);
      if (level.length === 0 && parent === "" && ![...this.wikiNodes.values()].some((n) => n.spaceId === spaceId)) {
        return send(400, { code: 131005, msg: "space not found" });
      }
      const start = Number(url.searchParams.get("page_token") ?? "0");
      const slice = level.slice(start, start + pageSize);
      const next = start + pageSize < level.length ? String(start + pageSize) : "";
      // Like Feishu, nodes the app may not see are filtered out of a page (which may then be empty).
      const items = slice.filter((n) => !this.unshared.has(n.nodeToken)).map(wireNode);
      return send(200, { code: 0, msg: "success", data: { items, page_token: next, has_more: next !== "" } });
    }
    const id = decodeURIComponent((route === "docxRaw" ? DOCX_RAW : DOCX).exec(url.pathname)?.[1] ?? "");
    const doc = this.documents.get(id);
    if (!doc) return send(404, { code: 1770002, msg: "not found" });
    if (this.unshared.has(id)) return send(403, { code: 1770032, msg: "forBidden" });
    if (route === "docxRaw") return send(200, { code: 0, msg: "success", data: { content: doc.content } });
    return send(200, {
      code: 0,
      msg: "success",
      data: { document: { document_id: id, revision_id: doc.revision, title: doc.title } },
    });
  }
}

export type DocsRoute = "wikiNode" | "wikiNodes" | "docxDocument" | "docxRaw";

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
