import { describe, expect, it } from "vitest";
import { createLogger, describeError, REDACTED, redactLine } from "../../src/log.ts";

describe("logger", () => {
  it("writes JSON lines with fields and child fields", () => {
    const lines: string[] = [];
    const log = createLogger({ sink: (l) => lines.push(l), level: "info", now: () => 0 });
    log.debug("hidden");
    log.child({ event_id: "e1" }).info("hello", { message_id: "m1" });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toEqual({
      time: "1970-01-01T00:00:00.000Z",
      level: "info",
      msg: "hello",
      event_id: "e1",
      message_id: "m1",
    });
  });

  it("redacts by key, by value (raw and JSON-escaped) and by shape", () => {
    const lines: string[] = [];
    const log = createLogger({ sink: (l) => lines.push(l), secrets: ['s3cr"et-value', "short", undefined, "ab"] });
    log.addSecret("enc-key-123");
    log.info("x", {
      app_secret: "anything",
      headers: { Authorization: "Bearer t-abc", authorization: "x" },
      tenant_access_token: "t-g1234567890abcdefghij",
      detail: 'prefix s3cr"et-value suffix and enc-key-123',
      text: "token t-g104abcdefghijklmnopqrstu and Bearer xyz.abc",
      ab: "ab is below the length floor",
    });
    const line = lines[0] ?? "";
    for (const leaked of [
      "anything",
      "t-abc",
      's3cr\\"et-value',
      "enc-key-123",
      "t-g104abcdefghijklmnopqrstu",
      "xyz.abc",
      "t-g1234567890",
    ]) {
      expect(line).not.toContain(leaked);
    }
    expect(line).toContain(REDACTED);
    expect(line).toContain("ab is below the length floor");
    expect(redactLine("Bearer abc", [])).toBe(REDACTED);
  });

  it("summarises axios-like errors without their request config", () => {
    const error = Object.assign(new Error("Request failed with status code 400"), {
      code: "ERR_BAD_REQUEST",
      config: { data: '{"app_secret":"SECRET"}', headers: { Authorization: "Bearer t-x" } },
      response: { status: 400, data: { code: 230020, msg: "rate limited" }, headers: {} },
    });
    const summary = describeError(error);
    expect(summary).toEqual({
      name: "Error",
      error: "Request failed with status code 400",
      code: "ERR_BAD_REQUEST",
      status: 400,
      feishu_code: 230020,
      feishu_msg: "rate limited",
    });
    expect(JSON.stringify(summary)).not.toContain("SECRET");
  });
});
