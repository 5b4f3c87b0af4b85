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
  E_REPLAY: "E_REPLAY",
  E_TOKEN: "E_TOKEN",
  E_BAD_EVENT: "E_BAD_EVENT",
  E_DISABLED: "E_DISABLED",
  // Webhook: accepted but not processed
  E_QUEUE_FULL: "E_QUEUE_FULL",
  E_DEDUP_STORE: "E_DEDUP_STORE",
  // PostgreSQL (DATABASE_URL): a migration that cannot be translated, the database unreachable at start
  E_MIGRATION: "E_MIGRATION",
  E_DATABASE: "E_DATABASE",
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
  E_FEISHU_BAD_ID: "E_FEISHU_BAD_ID",
  E_SEND_FAILED: "E_SEND_FAILED",
  E_WS: "E_WS",
  // Subscriptions and notices
  E_NOTICE_EXPIRED: "E_NOTICE_EXPIRED",
  E_NOTICE_STORE: "E_NOTICE_STORE",
  E_SUBSCRIPTION_STORE: "E_SUBSCRIPTION_STORE",
  // Admin routes and `npm run knowledge` (adding articles and events)
  E_ADMIN_AUTH: "E_ADMIN_AUTH",
  E_ADMIN_BAD_REQUEST: "E_ADMIN_BAD_REQUEST",
  E_ADMIN_CONFLICT: "E_ADMIN_CONFLICT",
  E_UNKNOWN_SCOPE: "E_UNKNOWN_SCOPE",
  E_AMBIGUOUS_SCOPE: "E_AMBIGUOUS_SCOPE",
  E_UNKNOWN_ARTICLE: "E_UNKNOWN_ARTICLE",
  E_QUOTE_NOT_FOUND: "E_QUOTE_NOT_FOUND",
  E_KNOWLEDGE_INVALID: "E_KNOWLEDGE_INVALID",
  E_RELOAD: "E_RELOAD",
  // Optional remote embeddings (a failed question embedding falls back to BM25 alone)
  E_EMBEDDINGS: "E_EMBEDDINGS",
  // Follow-up context (a failure never costs the message: answered as asked)
  E_CONTEXT_STORE: "E_CONTEXT_STORE",
  // Optional LLM answers (every failure falls back to the extractive answer)
  E_LLM_TIMEOUT: "E_LLM_TIMEOUT",
  E_LLM_RATE_LIMIT: "E_LLM_RATE_LIMIT",
  E_LLM_HTTP: "E_LLM_HTTP",
  E_LLM_NETWORK: "E_LLM_NETWORK",
  E_LLM_BAD_RESPONSE: "E_LLM_BAD_RESPONSE",
  E_LLM_CIRCUIT_OPEN: "E_LLM_CIRCUIT_OPEN",
  E_LLM_GUARD: "E_LLM_GUARD",
  // The playground's ask routes: too many questions from one client or from everyone
  E_RATE_LIMIT: "E_RATE_LIMIT",
  // Import from Feishu documents, gaps, card callbacks (issue 19)
  E_FEISHU_SCOPE: "E_FEISHU_SCOPE",
  E_FEISHU_DOC_FORBIDDEN: "E_FEISHU_DOC_FORBIDDEN",
  E_FEISHU_DOC_NOT_FOUND: "E_FEISHU_DOC_NOT_FOUND",
  E_IMPORT_BAD_LINK: "E_IMPORT_BAD_LINK",
  E_IMPORT_NOT_DOCX: "E_IMPORT_NOT_DOCX",
  E_IMPORT_EMPTY: "E_IMPORT_EMPTY",
  E_GAP_STORE: "E_GAP_STORE",
  E_CARD_ACTION: "E_CARD_ACTION",
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
