/**
 * migrate() with two processes on one database file: the list of applied migrations is read inside the
 * transaction that applies them, so a second process that migrates in between cannot make the first run a
 * migration again. The "other process" is a second connection, started right after the first one has read
 * what is applied (a wrapper around the connection fires it then).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate } from "../../src/store/migrate.ts";

const dir = mkdtempSync(join(tmpdir(), "migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The connection, with `hook` run once, right after the first statement that reads _migrations. */
function withHookAfterFirstRead(db: Database.Database, hook: () => void): Database.Database {
  let fired = false;
  const fire = () => {
    if (fired) return;
    fired = true;
    hook();
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") {
        return (sql: string) => {
          const statement = target.prepare(sql);
          if (!/select/i.test(sql) || !/_migrations/.test(sql)) return statement;
          return new Proxy(statement, {
            get(s, p) {
              const value = Reflect.get(s, p, s);
              if (p !== "all" && p !== "get" && p !== "iterate")
                return typeof value === "function" ? value.bind(s) : value;
              return (...args: unknown[]) => {
                const result = (value as (...a: unknown[]) => unknown).apply(s, args);
                fire();
                return result;
              };
            },
          });
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("migrate", () => {
  it("applies every file once, and nothing on a second run", () => {
    const db = new Database(join(dir, "once.db"));
    const first = migrate(db);
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it("another process migrating the same file meanwhile: no migration runs twice, no error", () => {
    const file = join(dir, "race.db");
    const mine = new Database(file);
    const other = new Database(file, { timeout: 0 }); // a busy database fails at once instead of waiting
    const other_: { ran: string[] | "busy" } = { ran: [] };
    const wrapped = withHookAfterFirstRead(mine, () => {
      try {
        other_.ran = migrate(other, MIGRATIONS_DIR);
      } catch (error) {
        if (!/busy|locked/i.test(String(error))) throw error;
        other_.ran = "busy"; // it waited for our transaction, as a second process would
      }
    });
    const ran = migrate(wrapped);
    const rows = mine.prepare("SELECT name FROM _migrations ORDER BY name").all() as Array<{ name: string }>;
    // Every file is recorded exactly once, and each was applied by exactly one of the two.
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const byOther = other_.ran === "busy" ? [] : other_.ran;
    expect([...ran, ...byOther].sort()).toEqual(names);
    mine.close();
    other.close();
  });
});
