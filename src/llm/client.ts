/**
 * A minimal OpenAI-compatible chat-completions client on plain `fetch` (Node 20): DeepSeek, Qwen compatible
 * mode, Doubao, Moonshot, vLLM, Ollama all speak POST {base}/chat/completions.
 *
 * Contract:
 *  - one call = at most `maxAttempts` HTTP attempts, each bounded by `timeoutMs` (connect + whole body);
 *  - 429 and 5xx and network errors are retried with exponential backoff (Retry-After honoured, capped),
 *    but never once streamed text has been handed to the caller (it cannot be taken back);
 *    timeouts are not retried (the time budget is spent), nor are 4xx or malformed responses;
 *  - a circuit breaker opens after consecutive failed calls: calls then fail at once with E_LLM_CIRCUIT_OPEN;
 *  - streaming: `stream: true` reads server-sent events (`data: {…}` lines, `data: [DONE]`), passing each
 *    content delta to `onDelta`; a server that answers with plain JSON instead is accepted too;
 *  - every failure is an LlmError with a code; messages never contain the API key or the prompt.
 */
import { AppError, type ErrorCode, ErrorCodes } from "../errors.ts";
import type { Logger } from "../log.ts";
import { type CircuitBreaker, createCircuitBreaker } from "./breaker.ts";

export type ChatMessage = { role: "system" | "user" | "assistant"; content: string };

export type LlmSettings = {
  /** Base URL up to the API version, e.g. https://api.deepseek.com/v1 (…/chat/completions is appended). */
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  /** Per attempt, connect to last byte. */
  timeoutMs: number;
  /** Ask for server-sent events. */
  stream: boolean;
};

export type ChatOptions = {
  /** Receives each piece of streamed text, in order. */
  onDelta?: (text: string) => void;
};

export interface ChatClient {
  readonly model: string;
  readonly breaker: CircuitBreaker;
  /** The assistant's text. Throws LlmError. */
  complete(messages: ChatMessage[], options?: ChatOptions): Promise<string>;
}

export class LlmError extends AppError {
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly httpStatus: number | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    options: { retryable?: boolean; retryAfterMs?: number; httpStatus?: number; cause?: unknown } = {},
  ) {
    super(code, message, { cause: options.cause });
    this.name = "LlmError";
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
    this.httpStatus = options.httpStatus;
  }
}

/** Longest answer text accepted; the rest of a runaway stream is not read. */
export const MAX_COMPLETION_CHARS = 12_000;
/** Largest non-streamed response body read (bytes). */
const MAX_BODY_BYTES = 1024 * 1024;

export type ChatClientOptions = {
  settings: LlmSettings;
  logger: Logger;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  clock?: { now(): number };
  maxAttempts?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  breaker?: CircuitBreaker;
  /** Completion length limit sent to the model. */
  maxTokens?: number;
};

export function createChatClient(options: ChatClientOptions): ChatClient {
  const { settings, logger } = options;
  logger.addSecret(settings.apiKey);
  const fetchFn = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const baseBackoffMs = options.baseBackoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 4000;
  const breaker = options.breaker ?? createCircuitBreaker({ clock: options.clock });
  const url = `${settings.baseUrl.replace(/\/+$/, "")}/chat/completions`;

  async function attempt(messages: ChatMessage[], onDelta: (text: string) => void): Promise<string> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
    const timeout = () => new LlmError(ErrorCodes.E_LLM_TIMEOUT, `no complete answer within ${settings.timeoutMs} ms`);
    try {
      const headers: Record<string, string> = {
        "content-type": "application/json",
        accept: settings.stream ? "text/event-stream" : "application/json",
      };
      if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;
      let res: Response;
      try {
        res = await fetchFn(url, {
          method: "POST",
          headers,
          body: JSON.stringify({
            model: settings.model,
            messages,
            temperature: 0,
            max_tokens: options.maxTokens ?? 800,
            stream: settings.stream,
          }),
          signal: controller.signal,
        });
      } catch (error) {
        if (controller.signal.aborted) throw timeout();
        throw new LlmError(ErrorCodes.E_LLM_NETWORK, "request failed", { retryable: true, cause: error });
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        const retryAfterMs = parseRetryAfter(res.headers.get("retry-after"));
        if (res.status === 429) {
          throw new LlmError(ErrorCodes.E_LLM_RATE_LIMIT, "rate limited (HTTP 429)", {
            retryable: true,
            retryAfterMs,
            httpStatus: 429,
          });
        }
        throw new LlmError(ErrorCodes.E_LLM_HTTP, `HTTP ${res.status}`, {
          retryable: res.status >= 500,
          retryAfterMs,
          httpStatus: res.status,
        });
      }
      try {
        const type = res.headers.get("content-type") ?? "";
        if (type.includes("text/event-stream")) return await readEventStream(res, onDelta);
        const text = contentOf(await readJson(res));
        onDelta(text);
        return text;
      } catch (error) {
        if (controller.signal.aborted) throw timeout();
        throw error;
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    model: settings.model,
    breaker,
    async complete(messages, callOptions = {}) {
      if (!breaker.allow()) throw new LlmError(ErrorCodes.E_LLM_CIRCUIT_OPEN, "circuit open: recent calls failed");
      let emitted = false;
      const onDelta = (text: string) => {
        if (!text) return;
        emitted = true;
        callOptions.onDelta?.(text);
      };
      for (let n = 1; ; n++) {
        try {
          const text = await attempt(messages, onDelta);
          breaker.success();
          return text;
        } catch (error) {
          const e =
            error instanceof LlmError
              ? error
              : new LlmError(ErrorCodes.E_LLM_BAD_RESPONSE, "unexpected failure", { cause: error });
          if (e.retryable && !emitted && n < maxAttempts) {
            const wait = Math.min(e.retryAfterMs ?? baseBackoffMs * 2 ** (n - 1), maxBackoffMs);
            logger.warn("llm call failed, retrying", { code: e.code, status: e.httpStatus, attempt: n, wait_ms: wait });
            await sleep(wait);
            continue;
          }
          breaker.failure();
          logger.warn("llm call failed", { code: e.code, status: e.httpStatus, attempts: n, breaker: breaker.state });
          throw e;
        }
      }
    },
  };
}

/** Retry-After in seconds (or an HTTP date) → ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

async function readJson(res: Response): Promise<unknown> {
  const body = await readLimited(res, MAX_BODY_BYTES);
  try {
    return JSON.parse(body);
  } catch {
    throw new LlmError(ErrorCodes.E_LLM_BAD_RESPONSE, "response is not JSON");
  }
}

async function readLimited(res: Response, max: number): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel().catch(() => {});
      throw new LlmError(ErrorCodes.E_LLM_BAD_RESPONSE, `response over ${max} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** choices[0].message.content of a chat completion; anything else is E_LLM_BAD_RESPONSE. */
function contentOf(body: unknown): string {
  const choice = (body as { choices?: Array<{ message?: { content?: unknown } }> })?.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== "string") {
    throw new LlmError(ErrorCodes.E_LLM_BAD_RESPONSE, "no choices[0].message.content in the response");
  }
  return content.slice(0, MAX_COMPLETION_CHARS);
}

/** Reads `data:` events until `[DONE]` (or the end of the body), passing content deltas on. */
async function readEventStream(res: Response, onDelta: (text: string) => void): Promise<string> {
  if (!res.body) throw new LlmError(ErrorCodes.E_LLM_BAD_RESPONSE, "empty event stream");
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let data: string[] = [];
  let text = "";
  let done = false;

  const dispatch = () => {
    if (data.length === 0) return;
    const payload = data.join("\n");
    data = [];
    if (payload.trim() === "[DONE]") {
      done = true;
      return;
    }
    let event: unknown;
    try {
      event = JSON.parse(payload);
    } catch {
      throw new LlmError(ErrorCodes.E_LLM_BAD_RESPONSE, "event stream chunk is not JSON");
    }
    if ((event as { error?: unknown })?.error) {
      throw new LlmError(ErrorCodes.E_LLM_HTTP, "error event in the stream");
    }
    const delta = (event as { choices?: Array<{ delta?: { content?: unknown } }> })?.choices?.[0]?.delta?.content;
    if (typeof delta === "string" && delta) {
      const room = MAX_COMPLETION_CHARS - text.length;
      const piece = delta.slice(0, Math.max(0, room));
      text += piece;
      if (piece) onDelta(piece);
      if (text.length >= MAX_COMPLETION_CHARS) done = true;
    }
  };

  while (!done) {
    const { done: end, value } = await reader.read();
    if (end) {
      buffer += decoder.decode();
      if (buffer) {
        lineInto(buffer);
        buffer = "";
      }
      dispatch();
      break;
    }
    buffer += decoder.decode(value, { stream: true });
    let nl = buffer.indexOf("\n");
    while (nl >= 0 && !done) {
      lineInto(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf("\n");
    }
  }
  await reader.cancel().catch(() => {});
  if (!done && !text) throw new LlmError(ErrorCodes.E_LLM_BAD_RESPONSE, "event stream ended without content");
  return text;

  function lineInto(raw: string) {
    const line = raw.replace(/\r$/, "");
    if (line === "") return dispatch(); // blank line ends an event
    if (line.startsWith(":")) return; // comment / keep-alive
    if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
  }
}
