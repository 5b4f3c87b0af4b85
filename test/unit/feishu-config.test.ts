import { describe, expect, it } from "vitest";
import { configSecrets, parseConfig } from "../../src/config.ts";
import type { AppError } from "../../src/errors.ts";

const creds = {
  FEISHU_APP_ID: "cli_a1b2c3",
  FEISHU_APP_SECRET: "s3cr3t-value",
  FEISHU_VERIFICATION_TOKEN: "tok-12345",
};

describe("config", () => {
  it("defaults to local mode on port 3000 with ./data and the Feishu open platform", () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      port: 3000,
      dataDir: "./data",
      mode: "local",
      feishu: { domain: "https://open.feishu.cn", transport: "http" },
    });
  });

  it("reads credentials, domain (trailing slash dropped) and mode", () => {
    const c = parseConfig({
      ...creds,
      FEISHU_DOMAIN: "http://127.0.0.1:9999/",
      FEISHU_ENCRYPT_KEY: "enc-key-1",
      PORT: "8080",
    });
    expect(c.mode).toBe("http");
    expect(c.port).toBe(8080);
    expect(c.feishu.domain).toBe("http://127.0.0.1:9999");
    expect(configSecrets(c).sort()).toEqual(["enc-key-1", "s3cr3t-value", "tok-12345"]);
    expect(
      parseConfig({ FEISHU_APP_ID: "cli_a1b2c3", FEISHU_APP_SECRET: "s3cr3t-value", FEISHU_MODE: "ws" }).mode,
    ).toBe("ws");
    expect(parseConfig({ ...creds, FEISHU_ENCRYPT_KEY: "" }).feishu.encryptKey).toBeUndefined();
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "65536" }, "PORT"],
    [{ FEISHU_DOMAIN: "open.feishu.cn" }, "FEISHU_DOMAIN"],
    [{ FEISHU_MODE: "socket" }, "FEISHU_MODE"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ FEISHU_APP_ID: "cli_a1b2c3" }, "FEISHU_APP_SECRET"],
    [{ FEISHU_APP_SECRET: "s3cr3t-value" }, "FEISHU_APP_ID"],
    [{ FEISHU_APP_ID: "cli_a1b2c3", FEISHU_APP_SECRET: "s3cr3t-value" }, "FEISHU_VERIFICATION_TOKEN"],
    [{ FEISHU_ENCRYPT_KEY: "abc" }, "FEISHU_ENCRYPT_KEY"],
  ])("%o names %s", (env, variable) => {
    try {
      parseConfig(env);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe("E_CONFIG");
      expect((error as AppError).message).toContain(variable);
    }
  });

  it("never echoes secret values in errors", () => {
    try {
      parseConfig({ FEISHU_APP_SECRET: "abc" });
    } catch (error) {
      expect((error as Error).message).not.toContain('"abc"');
    }
  });
});
