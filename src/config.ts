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
      const shown = raw === undefined || /SECRET|TOKEN|KEY/.test(name) ? "" : ` (got ${JSON.stringify(raw)})`;
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
  return [appSecret, encryptKey, verificationToken, config.adminToken, config.llm?.apiKey].filter(
    (v): v is string => typeof v === "string",
  );
}
