import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.ts";
import { decryptEvent, encryptEvent } from "../../src/feishu/crypto.ts";

describe("feishu crypto", () => {
  it("decrypts the example from the Feishu documentation", () => {
    expect(decryptEvent("P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=", "test key")).toBe("hello world");
  });

  it("round-trips any text under any key (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.string({ minLength: 1, maxLength: 64 }),
        (text, key) => {
          expect(decryptEvent(encryptEvent(text, key), key)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("uses the first 16 decoded bytes as IV (a fixed IV gives a fixed ciphertext)", () => {
    const iv = new Uint8Array(16).fill(7);
    const a = encryptEvent('{"a":1}', "k3y!", iv);
    expect(a).toBe(encryptEvent('{"a":1}', "k3y!", iv));
    expect(Buffer.from(a, "base64").subarray(0, 16)).toEqual(Buffer.from(iv));
  });

  it("rejects a wrong key, tampering, bad base64 and short payloads with E_DECRYPT", () => {
    const good = encryptEvent('{"challenge":"x"}', "right key");
    const cases = [
      () => decryptEvent(good, "wrong key"),
      () => decryptEvent("not base64 at all!", "right key"),
      () => decryptEvent("", "right key"),
      () => decryptEvent(Buffer.alloc(16).toString("base64"), "right key"),
      () => decryptEvent(Buffer.alloc(40).toString("base64"), "right key"),
    ];
    for (const run of cases) {
      try {
        run();
        expect.unreachable("should have thrown");
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe("E_DECRYPT");
      }
    }
  });

  it("never throws anything but E_DECRYPT on arbitrary input (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String()), (payload) => {
        try {
          decryptEvent(payload, "some key");
        } catch (error) {
          expect((error as AppError).code).toBe("E_DECRYPT");
        }
      }),
      { numRuns: 500 },
    );
  });
});
