/**
 * Request authentication for the Feishu webhook. Each rule is explicit:
 *
 * Rule 1 — signature (only when an encrypt key is configured).
 *   Feishu sends X-Lark-Request-Timestamp, X-Lark-Request-Nonce and X-Lark-Signature, where
 *     signature = hex( SHA-256( utf8(timestamp + nonce + encryptKey) ‖ raw body bytes ) ).
 *   We hash the raw bytes exactly as received — never a re-serialised JSON, which would differ in
 *   whitespace, key order and escaping — and compare the 32-byte digests with crypto.timingSafeEqual.
 *   The header is decoded from hex first; anything that is not exactly 64 hex digits fails before comparing.
 *
 * Rule 1b — freshness (signed requests only). X-Lark-Request-Timestamp (Unix seconds) is covered by the signature,
 *   so a replayed request carries its original time. A request older than the deduplication window is refused:
 *   its event and message ids may already be forgotten, so without this rule it would be answered again. A request
 *   more than 5 minutes in the future is refused too (it would outlive its dedup record by that much). Feishu's own
 *   retries (up to about 6 h after the first push) stay well inside the 24 h window and pass.
 *
 * Rule 2 — verification token (always, when one is configured).
 *   v2 events carry it in header.token, v1 events and url_verification in token. The SDK's EventDispatcher
 *   does not check it, so we do. Both sides are hashed to SHA-256 first so the constant-time comparison runs
 *   on equal-length buffers and leaks nothing about the expected token's length.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-lark-signature";
export const TIMESTAMP_HEADER = "x-lark-request-timestamp";
export const NONCE_HEADER = "x-lark-request-nonce";

const HEX64 = /^[0-9a-fA-F]{64}$/;

/** The SHA-256 digest Feishu signs: utf8(timestamp + nonce + encryptKey) followed by the raw body bytes. */
export function signatureDigest(timestamp: string, nonce: string, encryptKey: string, rawBody: Uint8Array): Buffer {
  return createHash("sha256")
    .update(Buffer.from(timestamp + nonce + encryptKey, "utf8"))
    .update(rawBody)
    .digest();
}

/** Lower-case hex signature, as Feishu puts it in X-Lark-Signature. */
export function computeSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: Uint8Array): string {
  return signatureDigest(timestamp, nonce, encryptKey, rawBody).toString("hex");
}

export type SignatureHeaders = {
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
};

/** Rule 1. True only if all three headers are present and the signature matches the raw bytes. */
export function verifySignature(headers: SignatureHeaders, encryptKey: string, rawBody: Uint8Array): boolean {
  const { timestamp, nonce, signature } = headers;
  if (timestamp === undefined || nonce === undefined || signature === undefined) return false;
  if (!HEX64.test(signature)) return false;
  const expected = signatureDigest(timestamp, nonce, encryptKey, rawBody); // 32 bytes
  const given = Buffer.from(signature, "hex"); // 32 bytes, guaranteed by HEX64
  return timingSafeEqual(expected, given);
}

/** How far a signed request's timestamp may be ahead of our clock (clock skew). */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;

export type Freshness = "fresh" | "stale" | "future" | "malformed";

/** Rule 1b. `timestamp` as sent (Unix seconds), judged against `nowMs` and the dedup window `maxAgeMs`. */
export function checkTimestamp(timestamp: string, nowMs: number, maxAgeMs: number): Freshness {
  if (!/^\d{1,12}$/.test(timestamp.trim())) return "malformed";
  const sentMs = Number(timestamp.trim()) * 1000;
  if (nowMs - sentMs > maxAgeMs) return "stale";
  if (sentMs - nowMs > MAX_FUTURE_SKEW_MS) return "future";
  return "fresh";
}

/** Rule 2. Constant-time comparison of the verification token over SHA-256 digests (equal lengths). */
export function verifyToken(expected: string, given: unknown): boolean {
  if (typeof given !== "string") return false;
  const a = createHash("sha256").update(expected, "utf8").digest();
  const b = createHash("sha256").update(given, "utf8").digest();
  return timingSafeEqual(a, b);
}
