/**
 * The slice of @larksuiteoapi/node-sdk that src/feishu/send.ts uses, over `fetch`, for Cloudflare Workers.
 *
 * The SDK itself cannot load in workerd (at import it reads its package.json through `__dirname`, and it talks
 * HTTP through axios), so wrangler.toml aliases `@larksuiteoapi/node-sdk` to this module: the Worker then runs the
 * very same sender (per-chat limit, uuid idempotency, backoff on 230020/99991400, card → text fallback) with this
 * transport underneath. Protocol only:
 *  - tenant access token: POST /open-apis/auth/v3/tenant_access_token/internal {app_id, app_secret}, cached in the
 *    `DefaultCache` under the app id until 3 minutes before `expire` (as the SDK does); `cache.values.clear()`
 *    forces a new one;
 *  - `im.message.reply` / `create` / `patch` (card updates) and `request` send JSON with
 *    `Authorization: Bearer <token>`;
 *  - results as the SDK gives them: a 2xx resolves to the JSON body (Feishu's `code` inside), anything else rejects
 *    with an error carrying `response: {status, data, headers}` like an axios error, which send.ts classifies.
 */

export const AppType = { SelfBuild: 0, ISV: 1 } as const;
export const LoggerLevel = { fatal: 0, error: 1, warn: 2, info: 3, debug: 4, trace: 5 } as const;

export type Logger = {
  error(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  trace(...args: unknown[]): void;
};

type CacheEntry = { value: unknown; expiredTime: number | undefined };

/** The SDK's token cache: entries keyed "<namespace>/<key>", each with an optional expiry (ms since epoch). */
export class DefaultCache {
  readonly values = new Map<string, CacheEntry>();

  private key(key: string, namespace?: string): string {
    return namespace ? `${namespace}/${key}` : key;
  }

  async get(key: string, options?: { namespace?: string }): Promise<unknown> {
    const entry = this.values.get(this.key(key, options?.namespace));
    if (!entry) return undefined;
    return entry.expiredTime === undefined || entry.expiredTime > Date.now() ? entry.value : undefined;
  }

  async set(key: string, value: unknown, expiredTime?: number, options?: { namespace?: string }): Promise<boolean> {
    this.values.set(this.key(key, options?.namespace), { value, expiredTime });
    return true;
  }
}

/** A non-2xx answer, shaped like the axios error the SDK would throw. */
export class HttpError extends Error {
  constructor(
    readonly response: { status: number; data: unknown; headers: Headers },
    method: string,
    path: string,
  ) {
    super(`${method} ${path} answered HTTP ${response.status}`);
    this.name = "HttpError";
  }
}

export type ClientOptions = {
  appId: string;
  appSecret: string;
  domain?: string;
  appType?: number;
  cache?: DefaultCache;
  loggerLevel?: number;
  logger?: Logger;
};

type RequestPayload = {
  method: string;
  url: string;
  params?: Record<string, string>;
  data?: unknown;
};

const TOKEN_KEY = "tenant_access_token";
const TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
/** Refresh this long before Feishu's expiry (the SDK's margin). */
const TOKEN_MARGIN_MS = 3 * 60 * 1000;

export class Client {
  private readonly domain: string;
  private readonly cache: DefaultCache;
  /** One token request at a time; concurrent sends wait for it. */
  private pendingToken: Promise<string> | undefined;

  readonly im = {
    message: {
      reply: (payload: { path: { message_id: string }; data: Record<string, unknown> }) =>
        this.authorized({
          method: "POST",
          url: `/open-apis/im/v1/messages/${encodeURIComponent(payload.path.message_id)}/reply`,
          data: payload.data,
        }),
      create: (payload: { params: Record<string, string>; data: Record<string, unknown> }) =>
        this.authorized({
          method: "POST",
          url: "/open-apis/im/v1/messages",
          params: payload.params,
          data: payload.data,
        }),
      patch: (payload: { path: { message_id: string }; data: Record<string, unknown> }) =>
        this.authorized({
          method: "PATCH",
          url: `/open-apis/im/v1/messages/${encodeURIComponent(payload.path.message_id)}`,
          data: payload.data,
        }),
    },
  };

  constructor(private readonly options: ClientOptions) {
    this.domain = (options.domain ?? "https://open.feishu.cn").replace(/\/+$/, "");
    this.cache = options.cache ?? new DefaultCache();
  }

  /** Any Open API call with the tenant token (`url` relative to the domain). */
  request(payload: RequestPayload): Promise<unknown> {
    return this.authorized(payload);
  }

  private async authorized(payload: RequestPayload): Promise<unknown> {
    const token = await this.tenantToken();
    return this.send(payload, { authorization: `Bearer ${token}` });
  }

  private async tenantToken(): Promise<string> {
    const cached = await this.cache.get(TOKEN_KEY, { namespace: this.options.appId });
    if (typeof cached === "string" && cached) return cached;
    if (!this.pendingToken) {
      this.pendingToken = (async () => {
        const body = (await this.send({
          method: "POST",
          url: TOKEN_PATH,
          data: { app_id: this.options.appId, app_secret: this.options.appSecret },
        })) as { code?: unknown; tenant_access_token?: unknown; expire?: unknown };
        const token = body?.tenant_access_token;
        if (typeof token !== "string" || !token) {
          throw new Error(`tenant_access_token missing from the token response (code ${String(body?.code)})`);
        }
        const expireSeconds = typeof body.expire === "number" ? body.expire : 0;
        await this.cache.set(TOKEN_KEY, token, Date.now() + expireSeconds * 1000 - TOKEN_MARGIN_MS, {
          namespace: this.options.appId,
        });
        return token;
      })().finally(() => {
        this.pendingToken = undefined;
      });
    }
    return this.pendingToken;
  }

  private async send(payload: RequestPayload, headers: Record<string, string> = {}): Promise<unknown> {
    const query = payload.params ? `?${new URLSearchParams(payload.params).toString()}` : "";
    const path = payload.url.startsWith("/") ? payload.url : `/${payload.url}`;
    const hasBody = payload.data !== undefined && payload.method.toUpperCase() !== "GET";
    const res = await fetch(`${this.domain}${path}${query}`, {
      method: payload.method,
      headers: { ...(hasBody ? { "content-type": "application/json; charset=utf-8" } : {}), ...headers },
      body: hasBody ? JSON.stringify(payload.data) : undefined,
    });
    const text = await res.text();
    let data: unknown = text;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text (classified by status)
    }
    if (!res.ok) throw new HttpError({ status: res.status, data, headers: res.headers }, payload.method, path);
    return data;
  }
}
