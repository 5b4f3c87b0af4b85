/**
 * Configuration: parsed once from the environment with zod. An error names the variable and what it expects.
 */
import { z } from "zod";
import { AppError, ErrorCodes } from "./errors.ts";

export const FEISHU_OPEN_PLATFORM = "https://open.feishu.cn";

export type FeishuMode = "http" | "ws";

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  logLevel: "debug" | "info" | "warn" | "error";
  /** "local": no Feishu credentials; the server runs, replies are printed instead of sent. */
  mode: "local" | FeishuMode;
  /** Serve the playground page at /: PLAYGROUND=1/0, default on in local mode only. */
  playground: boolean;
  /** Bearer token for the admin routes (/admin/articles, /admin/events); unset → the routes do not exist. */
  adminToken: string | undefined;
  /** open_ids allowed to run /导入 in chat (ADMIN_OPEN_IDS, comma-separated); empty → nobody. */
  adminOpenIds: string[];
  /** Days gap records (unanswered questions, feedback) are kept (GAPS_RETENTION_DAYS, default 90). */
  gapsRetentionDays: number;
  /** Wiki space synced on a schedule (FEISHU_WIKI_SPACE_ID), every `wikiSyncMinutes` (FEISHU_WIKI_SYNC_MINUTES). */
  wikiSpaceId: string | undefined;
  wikiSyncMinutes: number;
  /** Optional LLM-written passage answers (LLM_BASE_URL + LLM_MODEL [+ LLM_API_KEY]); undefined → off. */
  llm: LlmConfig | undefined;
  /** Node HTTP server: a client must send its headers within `headersTimeoutMs` and the whole request within
   *  `requestTimeoutMs`, else the connection is closed (408); slow-body clients cannot hold sockets open. */
  http: { headersTimeoutMs: number; requestTimeoutMs: number };
  /** POST /api/ask and GET /local/ask (the playground): questions per minute per client address, and for all
   *  clients together; past either → 429 E_RATE_LIMIT. ASK_RATE_PER_CLIENT / ASK_RATE_GLOBAL, 0 = no limit. */
  askRate: { perClientPerMinute: number; globalPerMinute: number };
  /** DATABASE_URL (postgres://…): state in PostgreSQL, shared by every instance; undefined → SQLite in DATA_DIR. */
  databaseUrl: string | undefined;
  /** With PostgreSQL: how long an instance's claim on an unanswered message lasts without renewal
   *  (INBOX_LEASE_MS, default 30 s); a dead instance's messages are resumed by another after it. */
  inboxLeaseMs: number;
  feishu: {
    appId: string | undefined;
    appSecret: string | undefined;
    verificationToken: string | undefined;
    encryptKey: string | undefined;
    /** Base URL of the Open API, without a trailing slash. */
    domain: string;
    /** How events arrive when credentials are present. */
    transport: FeishuMode;
  };
};

export type LlmConfig = {
  /** Up to the API version; /chat/completions is appended. */
  baseUrl: string;
  /** Sent as a bearer token; optional for local servers (Ollama, vLLM). */
  apiKey: string | undefined;
  model: string;
  /** Per attempt. */
  timeoutMs: number;
  /** Ask for server-sent events (LLM_STREAM, default on). */
  stream: boolean;
};

function isHttpBaseUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === "https:" || u.protocol === "http:") && u.search === "" && u.hash === "";
  } catch {
    return false;
  }
}

/** Empty strings count as "not set" (a `.env` line `FEISHU_ENCRYPT_KEY=` means no key). */
const optionalString = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .min(4, { message: `${what} looks too short (at least 4 characters)` })
      .optional(),
  );

/** A whole number from the environment, with a default and bounds; the message names the range. */
const intVar = (fallback: number, min: number, max: number, unit: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? String(fallback) : v),
    z
      .string()
      .trim()
      .regex(/^\d+$/, { message: `expected ${unit}, ${min}–${max}` })
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(min, { message: `expected ${unit}, ${min}–${max}` })
          .max(max, { message: `expected ${unit}, ${min}–${max}` }),
      ),
  );

const schema = z.object({
  PORT: z.preprocess(
    (v) => (v === undefined || v === "" ? "3000" : v),
    z
      .string()
      .regex(/^\d+$/, { message: "expected a port number 0–65535" })
      .transform(Number)
      .pipe(z.number().int().min(0).max(65535, { message: "expected a port number 0–65535" })),
  ),
  HOST: z.preprocess((v) => (v === undefined || v === "" ? "0.0.0.0" : v), z.string().trim().min(1)),
  FEISHU_APP_ID: optionalString("an app id (cli_…)"),
  FEISHU_APP_SECRET: optionalString("an app secret"),
  FEISHU_VERIFICATION_TOKEN: optionalString("a verification token"),
  FEISHU_ENCRYPT_KEY: optionalString("an encrypt key"),
  FEISHU_DOMAIN: z.preprocess(
    (v) => (v === undefined || v === "" ? FEISHU_OPEN_PLATFORM : v),
    z
      .string()
      .trim()
      .refine(
        (v) => {
          try {
            const u = new URL(v);
            return (u.protocol === "https:" || u.protocol === "http:") && u.search === "" && u.hash === "";
          } catch {
            return false;
          }
        },
        { message: "expected an http(s) base URL such as https://open.feishu.cn" },
      )
      .transform((v) => v.replace(/\/+$/, "")),
  ),
  FEISHU_MODE: z.preprocess(
    (v) => (v === undefined || v === "" ? "http" : typeof v === "string" ? v.trim().toLowerCase() : v),
    z.enum(["http", "ws"], { message: 'expected "http" (webhook) or "ws" (long connection)' }),
  ),
  DATABASE_URL: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .refine((v) => /^postgres(ql)?:\/\/[^/]/i.test(v), {
        message: "expected postgres://user:password@host:5432/database (unset: SQLite in DATA_DIR)",
      })
      .optional(),
  ),
  INBOX_LEASE_MS: z.preprocess(
    (v) => (v === undefined || v === "" ? "30000" : v),
    z
      .string()
      .regex(/^\d+$/, { message: "expected milliseconds, 1000–600000" })
      .transform(Number)
      .pipe(z.number().int().min(1000, { message: "expected milliseconds, 1000–600000" }).max(600_000)),
  ),
  DATA_DIR: z.preprocess((v) => (v === undefined || v === "" ? "./data" : v), z.string().trim().min(1)),
  PLAYGROUND: z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : typeof v === "string" ? v.trim().toLowerCase() : v),
    z
      .enum(["1", "0", "true", "false", "on", "off", "yes", "no"], { message: "expected 1 (on) or 0 (off)" })
      .transform((v) => v === "1" || v === "true" || v === "on" || v === "yes")
      .optional(),
  ),
  ADMIN_TOKEN: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .min(16, { message: "looks too short: use at least 16 random characters (e.g. openssl rand -hex 24)" })
      .optional(),
  ),
  ADMIN_OPEN_IDS: z.preprocess(
    (v) => (v === undefined ? "" : v),
    z
      .string()
      .transform((v) =>
        v
          .split(/[,\s]+/)
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.string().regex(/^ou_[A-Za-z0-9]{8,64}$/, { message: "expected open_ids (ou_…), separated by commas" }),
        ),
      ),
  ),
  GAPS_RETENTION_DAYS: z.preprocess(
    (v) => (v === undefined || v === "" ? "90" : v),
    z
      .string()
      .regex(/^\d+$/, { message: "expected a number of days, 1–3650" })
      .transform(Number)
      .pipe(z.number().int().min(1, { message: "expected a number of days, 1–3650" }).max(3650)),
  ),
  FEISHU_WIKI_SPACE_ID: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_]{1,64}$/, { message: "expected a wiki space id (digits, from the space's settings URL)" })
      .optional(),
  ),
  FEISHU_WIKI_SYNC_MINUTES: z.preprocess(
    (v) => (v === undefined || v === "" ? "60" : v),
    z
      .string()
      .regex(/^\d+$/, { message: "expected minutes, 5–1440" })
      .transform(Number)
      .pipe(z.number().int().min(5, { message: "expected minutes, 5–1440" }).max(1440)),
  ),
  LLM_BASE_URL: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .refine(isHttpBaseUrl, { message: "expected an http(s) base URL such as https://api.deepseek.com/v1" })
      .transform((v) => v.replace(/\/+$/, ""))
      .optional(),
  ),
  LLM_API_KEY: optionalString("an API key"),
  LLM_MODEL: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().min(1).max(200).optional(),
  ),
  LLM_TIMEOUT_MS: z.preprocess(
    (v) => (v === undefined || v === "" ? "20000" : v),
    z
      .string()
      .regex(/^\d+$/, { message: "expected milliseconds, 1000–120000" })
      .transform(Number)
      .pipe(z.number().int().min(1000, { message: "expected milliseconds, 1000–120000" }).max(120_000)),
  ),
  LLM_STREAM: z.preprocess(
    (v) => (v === undefined || v === "" ? "1" : typeof v === "string" ? v.trim().toLowerCase() : v),
    z
      .enum(["1", "0", "true", "false", "on", "off", "yes", "no"], { message: "expected 1 (on) or 0 (off)" })
      .transform((v) => v === "1" || v === "true" || v === "on" || v === "yes"),
  ),
  HTTP_HEADERS_TIMEOUT_MS: intVar(10_000, 100, 600_000, "milliseconds"),
  HTTP_REQUEST_TIMEOUT_MS: intVar(30_000, 100, 600_000, "milliseconds"),
  ASK_RATE_PER_CLIENT: intVar(30, 0, 100_000, "questions per minute (0 = no limit)"),
  ASK_RATE_GLOBAL: intVar(300, 0, 1_000_000, "questions per minute (0 = no limit)"),
  LOG_LEVEL: z.preprocess(
    (v) => (v === undefined || v === "" ? "info" : typeof v === "string" ? v.trim().toLowerCase() : v),
    z.enum(["debug", "info", "warn", "error"], { message: "expected debug, info, warn or error" }),
  ),
});

/** Parses the environment once. Throws AppError(E_CONFIG) whose message lists each bad variable. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const raw = env[name];
      // DATABASE_URL may carry a password: never echoed.
      const shown =
        raw === undefined || /SECRET|TOKEN|KEY|DATABASE_URL/.test(name) ? "" : ` (got ${JSON.stringify(raw)})`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new AppError(ErrorCodes.E_CONFIG, `Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = result.data;

  const problems: string[] = [];
  if (e.FEISHU_APP_ID && !e.FEISHU_APP_SECRET) problems.push("FEISHU_APP_SECRET: required when FEISHU_APP_ID is set");
  if (e.FEISHU_APP_SECRET && !e.FEISHU_APP_ID) problems.push("FEISHU_APP_ID: required when FEISHU_APP_SECRET is set");
  const hasCredentials = Boolean(e.FEISHU_APP_ID && e.FEISHU_APP_SECRET);
  if (hasCredentials && e.FEISHU_MODE === "http" && !e.FEISHU_VERIFICATION_TOKEN) {
    problems.push(
      "FEISHU_VERIFICATION_TOKEN: required in webhook mode (FEISHU_MODE=http); copy it from 事件与回调 > 加密策略",
    );
  }
  if (e.LLM_BASE_URL && !e.LLM_MODEL)
    problems.push("LLM_MODEL: required when LLM_BASE_URL is set (e.g. deepseek-chat)");
  if (e.LLM_MODEL && !e.LLM_BASE_URL) problems.push("LLM_BASE_URL: required when LLM_MODEL is set");
  if (e.LLM_API_KEY && !e.LLM_BASE_URL) problems.push("LLM_BASE_URL: required when LLM_API_KEY is set");
  if (problems.length > 0) {
    throw new AppError(ErrorCodes.E_CONFIG, `Invalid configuration:\n  ${problems.join("\n  ")}`);
  }

  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    mode: hasCredentials ? e.FEISHU_MODE : "local",
    playground: e.PLAYGROUND ?? !hasCredentials,
    adminToken: e.ADMIN_TOKEN,
    databaseUrl: e.DATABASE_URL,
    inboxLeaseMs: e.INBOX_LEASE_MS,
    adminOpenIds: e.ADMIN_OPEN_IDS,
    gapsRetentionDays: e.GAPS_RETENTION_DAYS,
    wikiSpaceId: e.FEISHU_WIKI_SPACE_ID,
    wikiSyncMinutes: e.FEISHU_WIKI_SYNC_MINUTES,
    llm:
      e.LLM_BASE_URL && e.LLM_MODEL
        ? {
            baseUrl: e.LLM_BASE_URL,
            apiKey: e.LLM_API_KEY,
            model: e.LLM_MODEL,
            timeoutMs: e.LLM_TIMEOUT_MS,
            stream: e.LLM_STREAM,
          }
        : undefined,
    http: {
      headersTimeoutMs: Math.min(e.HTTP_HEADERS_TIMEOUT_MS, e.HTTP_REQUEST_TIMEOUT_MS),
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    },
    askRate: { perClientPerMinute: e.ASK_RATE_PER_CLIENT, globalPerMinute: e.ASK_RATE_GLOBAL },
    feishu: {
      appId: e.FEISHU_APP_ID,
      appSecret: e.FEISHU_APP_SECRET,
      verificationToken: e.FEISHU_VERIFICATION_TOKEN,
      encryptKey: e.FEISHU_ENCRYPT_KEY,
      domain: e.FEISHU_DOMAIN,
      transport: e.FEISHU_MODE,
    },
  };
}

/** The values the logger must never print. */
export function configSecrets(config: Config): string[] {
  const { appSecret, encryptKey, verificationToken } = config.feishu;
  return [
    appSecret,
    encryptKey,
    verificationToken,
    config.adminToken,
    config.llm?.apiKey,
    databasePassword(config),
  ].filter((v): v is string => typeof v === "string");
}

/** The password in DATABASE_URL, if any (kept out of logs). */
function databasePassword(config: Config): string | undefined {
  if (!config.databaseUrl) return undefined;
  try {
    const password = decodeURIComponent(new URL(config.databaseUrl).password);
    return password.length >= 4 ? password : undefined;
  } catch {
    return undefined;
  }
}
