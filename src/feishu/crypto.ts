/**
 * Feishu event encryption (事件与回调 > 加密策略 > Encrypt Key), as the Open Platform documents it:
 *   key        = SHA-256(encrypt key)                      (32 bytes → AES-256)
 *   payload    = base64( IV (16 random bytes) ‖ AES-256-CBC(key, IV, PKCS#7(plaintext)) )
 *   body       = {"encrypt": payload}
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { AppError, ErrorCodes } from "../errors.ts";

const IV_BYTES = 16;
const BLOCK = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function deriveKey(encryptKey: string): Buffer {
  return createHash("sha256").update(encryptKey, "utf8").digest();
}

/** Decrypts an `encrypt` payload to its UTF-8 plaintext. Throws AppError(E_DECRYPT) on any malformation. */
export function decryptEvent(payload: string, encryptKey: string): string {
  const compact = payload.replace(/\s+/g, "");
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new AppError(ErrorCodes.E_DECRYPT, "encrypt is not base64", { status: 400 });
  }
  const data = Buffer.from(compact, "base64");
  // At least the IV and one block, and whole blocks after the IV.
  if (data.length < IV_BYTES + BLOCK || (data.length - IV_BYTES) % BLOCK !== 0) {
    throw new AppError(ErrorCodes.E_DECRYPT, "encrypt has the wrong length", { status: 400 });
  }
  try {
    const decipher = createDecipheriv("aes-256-cbc", deriveKey(encryptKey), data.subarray(0, IV_BYTES));
    const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES)), decipher.final()]);
    return utf8.decode(plain);
  } catch (cause) {
    // Wrong key or tampered data: the PKCS#7 padding or the UTF-8 does not check out.
    throw new AppError(ErrorCodes.E_DECRYPT, "encrypt does not decrypt with the configured key", {
      status: 400,
      cause,
    });
  }
}

/** The inverse of decryptEvent (used by tests and the fake Feishu server). */
export function encryptEvent(plaintext: string, encryptKey: string, iv: Uint8Array = randomBytes(IV_BYTES)): string {
  if (iv.length !== IV_BYTES) throw new RangeError("IV must be 16 bytes");
  const cipher = createCipheriv("aes-256-cbc", deriveKey(encryptKey), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from(iv), body]).toString("base64");
}
