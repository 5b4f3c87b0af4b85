/**
 * Logs: JSON lines with event and message ids, and never a secret — not the app secret, encrypt key or
 * verification token, not a tenant access token, not an Authorization header — even when the SDK logs whole
 * request errors and when Feishu echoes a secret back.
 */
import { describe, expect, it } from "vitest";
import { ENCRYPT_KEY, fixture, messageEvent, parsedLogs, postJson, startBot, TOKEN } from "./helpers.ts";

describe("logs", () => {
  it("carry ids and never contain secrets, across success and every failure path", async () => {
    const t = await startBot({ encryptKey: ENCRYPT_KEY, logLevel: "debug" });
    const { fake } = t;
    try {
      const enc = { encryptKey: ENCRYPT_KEY };
      await postJson(t.eventsUrl, fixture("url_verification"), enc);
      // Token endpoint down, then a token error that echoes the secret, then OK.
      fake.fail({ route: "token", times: 2, status: 500, body: { code: 1, msg: "down" } });
      fake.fail({ route: "token", status: 400, body: { code: 10014, msg: `app secret invalid: ${fake.appSecret}` } });
      await postJson(t.eventsUrl, messageEvent("message_p2p_text"), enc);
      await t.bot.idle();
      fake.clearFaults();
      await postJson(t.eventsUrl, messageEvent("message_group_mention"), enc);
      await t.bot.idle();
      // Rate limit, server error, revoked token, refused card, chat gone.
      fake.fail({
        route: "reply",
        status: 429,
        body: { code: 99991400, msg: "limit" },
        headers: { "x-ogw-ratelimit-reset": "1" },
      });
      fake.fail({ route: "reply", status: 500, body: { code: 1, msg: "internal" } });
      await postJson(t.eventsUrl, messageEvent("message_p2p_text"), enc);
      await t.bot.idle();
      fake.revokeTokens();
      fake.refuseCards = true;
      await postJson(t.eventsUrl, messageEvent("message_p2p_text"), enc);
      await t.bot.idle();
      fake.refuseCards = false;
      fake.fail({ route: "reply", status: 400, body: { code: 232009, msg: "chat gone" } });
      await postJson(t.eventsUrl, messageEvent("message_p2p_text"), enc);
      await t.bot.idle();
      // Rejected requests: wrong token inside, bad signature, plain body; a request with an Authorization header.
      const wrong = messageEvent("message_p2p_text");
      (wrong.header as Record<string, unknown>).token = "x-wrong-token";
      await postJson(t.eventsUrl, wrong, enc);
      await postJson(t.eventsUrl, messageEvent("message_p2p_text"), { ...enc, sign: "0".repeat(64) });
      await postJson(t.eventsUrl, messageEvent("message_p2p_text"), { headers: { authorization: `Bearer ${TOKEN}` } });
      await t.bot.idle();

      expect(fake.tokensIssued.length).toBeGreaterThanOrEqual(2);
      const forbidden = [fake.appSecret, ENCRYPT_KEY, TOKEN, ...fake.tokensIssued, "Bearer "];
      const all = t.logs.join("\n");
      for (const secret of forbidden) expect(all, `log leaks ${secret.slice(0, 6)}…`).not.toContain(secret);

      const lines = parsedLogs(t.logs);
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) {
        expect(typeof line.time).toBe("string");
        expect(["debug", "info", "warn", "error"]).toContain(line.level);
        expect(typeof line.msg).toBe("string");
      }
      // SDK log lines were routed through our logger (and redacted), not printed by the SDK.
      expect(lines.some((l) => l.msg === "feishu sdk")).toBe(true);
      // Lines about a message carry its ids.
      for (const line of lines.filter((l) =>
        ["sent", "reply finished", "message handled", "duplicate delivery ignored"].includes(l.msg as string),
      )) {
        expect(typeof line.event_id).toBe("string");
        expect(typeof line.message_id).toBe("string");
      }
      // Failures are logged with their codes.
      const codes = new Set(lines.map((l) => l.code));
      for (const code of [
        "E_FEISHU_RATE_LIMIT",
        "E_FEISHU_NETWORK",
        "E_FEISHU_AUTH",
        "E_FEISHU_CARD_REFUSED",
        "E_FEISHU_CHAT_GONE",
        "E_TOKEN",
        "E_SIGNATURE",
        "E_NOT_ENCRYPTED",
      ]) {
        expect(codes, code).toContain(code);
      }
    } finally {
      await t.close();
    }
  });
});
