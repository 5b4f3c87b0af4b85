/**
 * JSON-lines logger with redaction.
 *
 * Redaction works on two levels, so a secret cannot leak by a path nobody thought of:
 *  1. by key: any field whose name looks like a credential (secret, token, authorization, encrypt key,
 *     password, cookie) is replaced before serialisation;
 *  2. by value: after serialisation every registered secret value (app secret, encrypt key, verification
 *     token, any tenant access token seen) and anything shaped like a bearer / tenant token is replaced
 *     in the final line.
 */

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
  /** Registers one more value that must never appear in a log line. */
  addSecret(value: string | undefined): void;
}

export type LoggerOptions = {
  level?: LogLevel;
  /** Receives one JSON line (no trailing newline). Default: process.stdout. */
  sink?: (line: string) => void;
  /** Values that must never be logged. Empty / undefined entries are ignored. */
  secrets?: Array<string | undefined>;
  now?: () => number;
};

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
export const REDACTED = "[REDACTED]";

/** Field names that carry credentials. `token_count`-style names are not a concern in this app. */
const SECRET_KEY = /secret|token|authorization|encrypt_?key|password|cookie|^signature$|x-lark-signature/i;
/** Values shaped like credentials: bearer headers and Feishu tenant/app/user access tokens. */
const SECRET_SHAPES: RegExp[] = [/Bearer\s+[^\s"'\\,]+/gi, /\b[tau]-[A-Za-z0-9_-]{16,}/g];

type Shared = {
  /** Each registered secret with its JSON-escaped form (computed once, when registered). */
  secrets: Map<string, string>;
  level: number;
  sink: (line: string) => void;
  now: () => number;
};

export function createLogger(options: LoggerOptions = {}): Logger {
  const shared: Shared = {
    secrets: new Map(),
    level: LEVELS[options.level ?? "info"],
    sink: options.sink ?? batchedSink((chunk) => process.stdout.write(chunk)),
    now: options.now ?? Date.now,
  };
  for (const s of options.secrets ?? []) addSecretTo(shared, s);
  return new JsonLogger(shared, {});
}

/**
 * A sink that writes the lines of one event-loop turn together, one write instead of one a line: stdout to a
 * file or a pipe is written synchronously, so under load the acking thread spent a system call on every line
 * (bench: about 100 µs an event). The lines are written on the next turn, and at exit those still waiting.
 */
export function batchedSink(write: (chunk: string) => void): (line: string) => void {
  let waiting: string[] = [];
  const flush = () => {
    if (waiting.length === 0) return;
    const chunk = `${waiting.join("\n")}\n`;
    waiting = [];
    unflushed.delete(flush);
    write(chunk);
  };
  return (line) => {
    waiting.push(line);
    if (waiting.length > 1) return;
    unflushed.add(flush);
    if (!exitHooked) {
      exitHooked = true;
      process.on("exit", () => {
        for (const f of [...unflushed]) f();
      });
    }
    setImmediate(flush);
  };
}
/** The batched sinks with lines waiting (written at exit); one exit hook for all of them. */
const unflushed = new Set<() => void>();
let exitHooked = false;

/** A logger that drops everything (for tests that do not look at logs). */
export function silentLogger(): Logger {
  return createLogger({ sink: () => {}, level: "error" });
}

function addSecretTo(shared: Shared, value: string | undefined): void {
  // Very short values would shred unrelated text; config validation requires real secrets to be longer.
  if (typeof value === "string" && value.length >= 4) shared.secrets.set(value, JSON.stringify(value).slice(1, -1));
}

/** Methods on the prototype: a child logger (one or more per message on the hot path) is one small object. */
class JsonLogger implements Logger {
  constructor(
    private readonly shared: Shared,
    private readonly base: LogFields,
  ) {}

  private write(level: LogLevel, msg: string, fields?: LogFields): void {
    const shared = this.shared;
    if (LEVELS[level] < shared.level) return;
    const record: LogFields = { time: new Date(shared.now()).toISOString(), level, msg, ...this.base, ...fields };
    let line: string;
    try {
      line = JSON.stringify(sanitize(record, 0));
    } catch {
      line = JSON.stringify({ time: record.time, level, msg, note: "unserialisable log fields" });
    }
    shared.sink(redactWith(line, shared.secrets));
  }

  debug(msg: string, fields?: LogFields): void {
    this.write("debug", msg, fields);
  }
  info(msg: string, fields?: LogFields): void {
    this.write("info", msg, fields);
  }
  warn(msg: string, fields?: LogFields): void {
    this.write("warn", msg, fields);
  }
  error(msg: string, fields?: LogFields): void {
    this.write("error", msg, fields);
  }
  child(fields: LogFields): Logger {
    return new JsonLogger(this.shared, { ...this.base, ...fields });
  }
  addSecret(value: string | undefined): void {
    addSecretTo(this.shared, value);
  }
}

/** Replaces every registered secret (raw and JSON-escaped) and every credential-shaped value. */
export function redactLine(line: string, secrets: Iterable<string>): string {
  const escaped = new Map<string, string>();
  for (const secret of secrets) escaped.set(secret, JSON.stringify(secret).slice(1, -1));
  return redactWith(line, escaped);
}

/** redactLine with each secret's escaped form given; a secret absent from the line costs one search, no copy. */
function redactWith(line: string, secrets: Map<string, string>): string {
  let out = line;
  for (const [secret, escaped] of secrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    if (escaped !== secret && out.includes(escaped)) out = out.split(escaped).join(REDACTED);
  }
  for (const shape of SECRET_SHAPES) out = out.replace(shape, REDACTED);
  return out;
}

/** Copies a value for logging: drops credential-named keys, flattens errors, bounds depth and size. */
function sanitize(value: unknown, depth: number): unknown {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value.length > 4000 ? `${value.slice(0, 4000)}…` : value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "undefined" || typeof value === "function" || typeof value === "symbol") return undefined;
  if (value instanceof Error) return describeError(value);
  if (depth > 6) return "[depth]";
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => sanitize(v, depth + 1));
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : sanitize(v, depth + 1);
  }
  return out;
}

/**
 * A loggable summary of an error. Axios errors (as thrown by the Feishu SDK) carry the request config,
 * including the app secret and Authorization header: only status, Feishu code and message are kept.
 */
export function describeError(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error === "string" ? error : String(error) };
  const e = error as Error & {
    code?: unknown;
    response?: { status?: unknown; data?: unknown };
    isAxiosError?: boolean;
  };
  const out: LogFields = { name: e.name, error: e.message };
  if (typeof e.code === "string" || typeof e.code === "number") out.code = e.code;
  if (e.response && typeof e.response === "object") {
    out.status = e.response.status;
    const data = e.response.data;
    if (data && typeof data === "object") {
      const d = data as { code?: unknown; msg?: unknown };
      if (typeof d.code === "number") out.feishu_code = d.code;
      if (typeof d.msg === "string") out.feishu_msg = d.msg.slice(0, 300);
    }
  }
  return out;
}
