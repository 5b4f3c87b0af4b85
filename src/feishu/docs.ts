/**
 * Feishu documents and wiki over `fetch` (Node and Workers alike): protocol only, no knowledge here.
 *
 * Endpoints (Feishu Open Platform, checked against the published docs):
 *   POST /open-apis/auth/v3/tenant_access_token/internal   {app_id, app_secret} → {tenant_access_token, expire}
 *   GET  /open-apis/wiki/v2/spaces/get_node?token=…        → data.node {node_token, obj_token, obj_type, title, …}
 *        scopes (any one): wiki:node:read, wiki:wiki, wiki:wiki:readonly
 *   GET  /open-apis/wiki/v2/spaces/:space_id/nodes?page_size=50[&page_token][&parent_node_token]
 *        → data {items: node[], page_token, has_more}; one level per call (children by parent_node_token);
 *        a page may be empty with has_more true (permission filtering). scopes: wiki:node:retrieve, wiki:wiki,
 *        wiki:wiki:readonly
 *   GET  /open-apis/docx/v1/documents/:document_id          → data.document {document_id, revision_id, title}
 *   GET  /open-apis/docx/v1/documents/:document_id/raw_content → data.content (the plain text)
 *        scopes: docx:document, docx:document:readonly
 *
 * Errors become DocsError with a code that says what to fix:
 *   99991672 (a permission scope is missing; Feishu's message lists the scopes) → E_FEISHU_SCOPE, scopes named;
 *   1770032 (docx forBidden), 131006 (wiki permission denied), HTTP 403      → E_FEISHU_DOC_FORBIDDEN (share the
 *     document or the wiki space with the app);
 *   1770002 (docx not found), 131005 (wiki node not found), HTTP 404         → E_FEISHU_DOC_NOT_FOUND;
 *   HTTP 429, 99991400                                                       → E_FEISHU_RATE_LIMIT (retryAfterMs
 *     from x-ogw-ratelimit-reset);
 *   99991663/99991661/99991668 (token) once more after a fresh token, 10014 (app secret) → E_FEISHU_AUTH;
 *   anything else → E_FEISHU_API; no answer → E_FEISHU_NETWORK / E_FEISHU_TIMEOUT.
 */
import { AppError, type ErrorCode, ErrorCodes } from "../errors.ts";

export type WikiNode = {
  spaceId: string;
  nodeToken: string;
  objToken: string;
  /** docx, doc, sheet, mindnote, bitable, file, slides, … */
  objType: string;
  title: string;
  hasChild: boolean;
  /** Seconds since the epoch as Feishu sends it (a string), when given. */
  objEditTime: string | undefined;
};

export type DocxDocument = { documentId: string; revisionId: number | undefined; title: string };

export interface FeishuDocs {
  getNode(token: string): Promise<WikiNode>;
  /** One page of a space's nodes (one level: the space's top, or `parentNodeToken`'s children). */
  listNodes(
    spaceId: string,
    options?: { parentNodeToken?: string; pageToken?: string; pageSize?: number },
  ): Promise<{ items: WikiNode[]; pageToken: string | undefined; hasMore: boolean }>;
  getDocument(documentId: string): Promise<DocxDocument>;
  rawContent(documentId: string): Promise<string>;
}

export type FeishuDocsOptions = {
  appId: string;
  appSecret: string;
  /** Base URL of the Open API, e.g. https://open.feishu.cn. */
  domain: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  clock?: { now(): number };
};

export class DocsError extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly details: { feishuCode?: number; httpStatus?: number; scopes?: string[]; retryAfterMs?: number } = {},
  ) {
    super(code, message);
    this.name = "DocsError";
  }
}

const SCOPES = {
  getNode: ["wiki:node:read", "wiki:wiki", "wiki:wiki:readonly"],
  listNodes: ["wiki:node:retrieve", "wiki:wiki", "wiki:wiki:readonly"],
  docx: ["docx:document", "docx:document:readonly"],
} as const;

const TOKEN_INVALID = new Set([99991663, 99991661, 99991668]);
const FORBIDDEN = new Set([1770032, 131006]);
const NOT_FOUND = new Set([1770002, 131005]);
const RATE_LIMITED = new Set([99991400]);
const SCOPE_MISSING = 99991672;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === "string" ? v : "");

function toNode(raw: unknown): WikiNode {
  const n = obj(raw);
  return {
    spaceId: str(n.space_id),
    nodeToken: str(n.node_token),
    objToken: str(n.obj_token),
    objType: str(n.obj_type),
    title: str(n.title),
    hasChild: n.has_child === true,
    objEditTime: typeof n.obj_edit_time === "string" ? n.obj_edit_time : undefined,
  };
}

/** The scopes Feishu names in a 99991672 message ("… required: [docx:document, docx:document:readonly]"). */
export function scopesFromMessage(msg: string): string[] {
  const list = /\[([^\]]*)\]/.exec(msg)?.[1];
  if (!list) return [];
  return list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => /^[a-z][\w.:-]*$/i.test(s));
}

export function createFeishuDocs(options: FeishuDocsOptions): FeishuDocs {
  const doFetch = options.fetch ?? fetch;
  const clock = options.clock ?? { now: Date.now };
  const timeoutMs = options.timeoutMs ?? 15_000;
  const base = options.domain.replace(/\/+$/, "");
  let token: { value: string; expiresAt: number } | undefined;
  /** One token request at a time: concurrent calls share it. */
  let pending: Promise<string> | undefined;

  async function send(method: string, path: string, body?: unknown, bearer?: string): Promise<Response> {
    const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    try {
      return await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === "TimeoutError" || name === "AbortError") {
        throw new DocsError(ErrorCodes.E_FEISHU_TIMEOUT, `${method} ${path}: no answer within ${timeoutMs} ms`);
      }
      throw new DocsError(ErrorCodes.E_FEISHU_NETWORK, `${method} ${path}: ${(error as Error).message}`);
    }
  }

  async function readJson(res: Response): Promise<Json> {
    try {
      return obj(await res.json());
    } catch {
      return {};
    }
  }

  function tenantToken(fresh: boolean): Promise<string> {
    if (!fresh && token && token.expiresAt > clock.now()) return Promise.resolve(token.value);
    pending ??= requestToken().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function requestToken(): Promise<string> {
    const path = "/open-apis/auth/v3/tenant_access_token/internal";
    const res = await send("POST", path, { app_id: options.appId, app_secret: options.appSecret });
    const json = await readJson(res);
    const value = str(json.tenant_access_token);
    if (json.code !== 0 || !value) {
      throw new DocsError(
        ErrorCodes.E_FEISHU_AUTH,
        `tenant access token refused (code ${String(json.code)}): check FEISHU_APP_ID and FEISHU_APP_SECRET`,
        { feishuCode: typeof json.code === "number" ? json.code : undefined, httpStatus: res.status },
      );
    }
    const expire = typeof json.expire === "number" ? json.expire : 7200;
    // Renewed 3 minutes before Feishu's expiry, as the SDK does.
    token = { value, expiresAt: clock.now() + Math.max(0, expire - 180) * 1000 };
    return value;
  }

  /** GET with the tenant token; one retry with a fresh token when Feishu says the token is invalid. */
  async function get(path: string, what: string, scopes: readonly string[]): Promise<Json> {
    for (let attempt = 0; ; attempt++) {
      const bearer = await tenantToken(false);
      const res = await send("GET", path, undefined, bearer);
      const json = await readJson(res);
      const code = typeof json.code === "number" ? json.code : undefined;
      if (res.ok && code === 0) return obj(json.data);
      if (code !== undefined && TOKEN_INVALID.has(code) && attempt === 0) {
        if (token?.value === bearer) token = undefined;
        continue;
      }
      throw classify(res, code, str(json.msg), what, scopes);
    }
  }

  function classify(
    res: Response,
    code: number | undefined,
    msg: string,
    what: string,
    scopes: readonly string[],
  ): DocsError {
    const details = { feishuCode: code, httpStatus: res.status };
    if (code === SCOPE_MISSING) {
      const named = scopesFromMessage(msg);
      const list = named.length > 0 ? named : [...scopes];
      return new DocsError(
        ErrorCodes.E_FEISHU_SCOPE,
        `${what}: the app lacks a permission scope. Enable one of ${list.join(", ")} in the developer console ` +
          "(权限管理), then publish a new app version",
        { ...details, scopes: list },
      );
    }
    if (res.status === 429 || (code !== undefined && RATE_LIMITED.has(code))) {
      const reset = Number(res.headers.get("x-ogw-ratelimit-reset"));
      const retryAfterMs = Number.isFinite(reset) && reset > 0 ? Math.ceil(reset * 1000) : undefined;
      return new DocsError(
        ErrorCodes.E_FEISHU_RATE_LIMIT,
        `${what}: rate limited by Feishu${retryAfterMs ? `; try again in ${Math.ceil(retryAfterMs / 1000)} s` : "; try again in a minute"}`,
        { ...details, retryAfterMs },
      );
    }
    if ((code !== undefined && FORBIDDEN.has(code)) || res.status === 403) {
      return new DocsError(
        ErrorCodes.E_FEISHU_DOC_FORBIDDEN,
        `${what}: the app may not read it. Share the document with the app (文档 → 分享 → 添加应用, or add the app ` +
          "to the wiki space as a member) and try again",
        details,
      );
    }
    if ((code !== undefined && NOT_FOUND.has(code)) || res.status === 404) {
      return new DocsError(
        ErrorCodes.E_FEISHU_DOC_NOT_FOUND,
        `${what}: not found; check the link (it may have been deleted or moved)`,
        details,
      );
    }
    if (code !== undefined && TOKEN_INVALID.has(code)) {
      return new DocsError(ErrorCodes.E_FEISHU_AUTH, `${what}: the access token was refused twice`, details);
    }
    return new DocsError(
      ErrorCodes.E_FEISHU_API,
      `${what}: Feishu answered HTTP ${res.status}, code ${String(code)}${msg ? ` (${msg})` : ""}`,
      details,
    );
  }

  const enc = encodeURIComponent;
  return {
    async getNode(nodeToken) {
      const data = await get(
        `/open-apis/wiki/v2/spaces/get_node?token=${enc(nodeToken)}`,
        `wiki node ${nodeToken}`,
        SCOPES.getNode,
      );
      return toNode(data.node);
    },
    async listNodes(spaceId, opts = {}) {
      const q = new URLSearchParams({ page_size: String(opts.pageSize ?? 50) });
      if (opts.pageToken) q.set("page_token", opts.pageToken);
      if (opts.parentNodeToken) q.set("parent_node_token", opts.parentNodeToken);
      const data = await get(
        `/open-apis/wiki/v2/spaces/${enc(spaceId)}/nodes?${q}`,
        `wiki space ${spaceId}`,
        SCOPES.listNodes,
      );
      const items = Array.isArray(data.items) ? data.items.map(toNode) : [];
      const pageToken = str(data.page_token) || undefined;
      return { items, pageToken, hasMore: data.has_more === true && pageToken !== undefined };
    },
    async getDocument(documentId) {
      const data = await get(`/open-apis/docx/v1/documents/${enc(documentId)}`, `document ${documentId}`, SCOPES.docx);
      const d = obj(data.document);
      return {
        documentId: str(d.document_id) || documentId,
        revisionId: typeof d.revision_id === "number" ? d.revision_id : undefined,
        title: str(d.title),
      };
    },
    async rawContent(documentId) {
      const data = await get(
        `/open-apis/docx/v1/documents/${enc(documentId)}/raw_content`,
        `document ${documentId}`,
        SCOPES.docx,
      );
      return str(data.content);
    },
  };
}

/** What a Feishu link points at. */
export type DocLink = { kind: "docx" | "wiki"; token: string } | { kind: "other"; type: string; token: string };

/**
 * Reads a Feishu document link: https://<tenant>.feishu.cn/docx/<document_id> or …/wiki/<node_token> (also
 * larksuite.com and query strings or fragments). Other document types (/doc/, /sheets/, /base/, /mindnotes/, …)
 * come back as `other`; anything that is not a Feishu document link is undefined.
 */
export function parseDocLink(input: string): DocLink | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  const match = /^\/(?:[a-z]{2}-[a-z]{2}\/)?([a-z]+)\/([A-Za-z0-9]{8,64})\/?$/.exec(url.pathname);
  if (!match) return undefined;
  const [, type = "", token = ""] = match;
  if (type === "docx" || type === "wiki") return { kind: type, token };
  return { kind: "other", type, token };
}
