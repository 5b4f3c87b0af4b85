/**
 * Error codes shared by logs, HTTP responses and tests.
 * A code names *what* went wrong; the message may say more but never carries secrets.
 */
export const ErrorCodes = {
  // Configuration
  E_CONFIG: "E_CONFIG",
  // Webhook: request shape and security (all answered with 4xx; the handler never runs)
  E_METHOD: "E_METHOD",
  E_BODY_TOO_LARGE: "E_BODY_TOO_LARGE",
  E_BAD_ENCODING: "E_BAD_ENCODING",
  E_BAD_JSON: "E_BAD_JSON",
  E_NOT_ENCRYPTED: "E_NOT_ENCRYPTED",
  E_DECRYPT: "E_DECRYPT",
  E_SIGNATURE: "E_SIGNATURE",
  E_TOKEN: "E_TOKEN",
  E_BAD_EVENT: "E_BAD_EVENT",
  E_DISABLED: "E_DISABLED",
  // Webhook: accepted but not processed
  E_QUEUE_FULL: "E_QUEUE_FULL",
  E_DEDUP_STORE: "E_DEDUP_STORE",
  // Background work
  E_HANDLER: "E_HANDLER",
  E_ENGINE: "E_ENGINE",
  E_BOT_INFO: "E_BOT_INFO",
  // Sending to Feishu
  E_FEISHU_RATE_LIMIT: "E_FEISHU_RATE_LIMIT",
  E_FEISHU_CHAT_GONE: "E_FEISHU_CHAT_GONE",
  E_FEISHU_MESSAGE_GONE: "E_FEISHU_MESSAGE_GONE",
  E_FEISHU_CARD_REFUSED: "E_FEISHU_CARD_REFUSED",
  E_FEISHU_AUTH: "E_FEISHU_AUTH",
  E_FEISHU_API: "E_FEISHU_API",
  E_FEISHU_NETWORK: "E_FEISHU_NETWORK",
  E_FEISHU_TIMEOUT: "E_FEISHU_TIMEOUT",
  E_SEND_FAILED: "E_SEND_FAILED",
  E_WS: "E_WS",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** An error with a stable code (and, for request errors, the HTTP status to answer with). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number | undefined;

  constructor(code: ErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = options.status;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
