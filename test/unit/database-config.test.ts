import { describe, expect, it } from "vitest";
import { configSecrets, parseConfig } from "../../src/config.ts";

describe("DATABASE_URL and INBOX_LEASE_MS", () => {
  it("unset: SQLite in DATA_DIR, a 30 s lease", () => {
    expect(parseConfig({})).toMatchObject({ databaseUrl: undefined, inboxLeaseMs: 30_000 });
    expect(parseConfig({ DATABASE_URL: "  " }).databaseUrl).toBeUndefined();
  });

  it("a postgres URL selects PostgreSQL; its password is a logger secret", () => {
    const c = parseConfig({ DATABASE_URL: "postgresql://bot:pa55-w0rd@db.internal:5432/gxq", INBOX_LEASE_MS: "5000" });
    expect(c).toMatchObject({ databaseUrl: "postgresql://bot:pa55-w0rd@db.internal:5432/gxq", inboxLeaseMs: 5000 });
    expect(configSecrets(c)).toContain("pa55-w0rd");
  });

  it("anything else is refused, naming the variable but never printing it (it may hold a password)", () => {
    for (const bad of ["mysql://u:hunter22@h/db", "sqlite:./data/x.sqlite", "pg://u:s3cretpw@h/db"]) {
      let message = "";
      try {
        parseConfig({ DATABASE_URL: bad });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/DATABASE_URL: expected postgres:\/\//);
      expect(message).not.toContain(bad);
    }
    expect(() => parseConfig({ INBOX_LEASE_MS: "500" })).toThrow(/INBOX_LEASE_MS: expected milliseconds/);
  });
});
