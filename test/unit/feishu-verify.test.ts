import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSignature, verifySignature, verifyToken } from "../../src/feishu/verify.ts";

describe("feishu signature (X-Lark-Signature)", () => {
  it("is hex SHA-256 of timestamp + nonce + encrypt key + raw body bytes", () => {
    const body = Buffer.from('{"encrypt":"abc"}');
    const expected = createHash("sha256").update(`1700000000nonce1key1`).update(body).digest("hex");
    expect(computeSignature("1700000000", "nonce1", "key1", body)).toBe(expected);
  });

  it("sign/verify round trip over arbitrary bytes; any change fails (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 16 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.uint8Array({ maxLength: 512 }),
        (timestamp, nonce, key, body) => {
          const signature = computeSignature(timestamp, nonce, key, body);
          expect(verifySignature({ timestamp, nonce, signature }, key, body)).toBe(true);
          expect(verifySignature({ timestamp, nonce, signature: signature.toUpperCase() }, key, body)).toBe(true);
          expect(verifySignature({ timestamp, nonce, signature }, `${key}x`, body)).toBe(false);
          expect(verifySignature({ timestamp: `${timestamp}1`, nonce, signature }, key, body)).toBe(false);
          const tampered = Uint8Array.from([...body, 32]);
          expect(verifySignature({ timestamp, nonce, signature }, key, tampered)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is computed over the raw bytes, not a re-serialised JSON", () => {
    const raw = Buffer.from('{ "encrypt" : "abc" }');
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString())));
    const signature = computeSignature("1", "n", "k", reserialised);
    expect(verifySignature({ timestamp: "1", nonce: "n", signature }, "k", raw)).toBe(false);
  });

  it("fails on missing headers and malformed signatures without throwing", () => {
    const body = Buffer.from("{}");
    const good = computeSignature("1", "n", "k", body);
    expect(verifySignature({ timestamp: undefined, nonce: "n", signature: good }, "k", body)).toBe(false);
    expect(verifySignature({ timestamp: "1", nonce: undefined, signature: good }, "k", body)).toBe(false);
    expect(verifySignature({ timestamp: "1", nonce: "n", signature: undefined }, "k", body)).toBe(false);
    for (const bad of ["", "zz", good.slice(0, 63), `${good}00`, `${good.slice(0, 62)}xy`, " ".repeat(64)]) {
      expect(verifySignature({ timestamp: "1", nonce: "n", signature: bad }, "k", body)).toBe(false);
    }
  });
});

describe("verification token", () => {
  it("matches only the exact token, whatever the lengths", () => {
    expect(verifyToken("abc123456", "abc123456")).toBe(true);
    expect(verifyToken("abc123456", "abc12345")).toBe(false);
    expect(verifyToken("abc123456", "abc1234567")).toBe(false);
    expect(verifyToken("abc123456", "")).toBe(false);
    expect(verifyToken("abc123456", undefined)).toBe(false);
    expect(verifyToken("abc123456", 123456)).toBe(false);
  });
});
