/**
 * Applies the SQL files in migrations/ (repository top level) in name order, each once, each in a transaction.
 * The same files are meant for a D1 store later, so they contain plain SQLite statements only.
 *
 * Whether a file was applied is read inside the same IMMEDIATE transaction that applies it: two processes
 * starting on one database file cannot both see a migration as missing and run it twice (the second waits for
 * the first's write lock, then finds the file recorded).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../migrations/", import.meta.url));

export function migrate(db: Database.Database, dir: string = MIGRATIONS_DIR): string[] {
  db.exec("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY NOT NULL, applied_at INTEGER NOT NULL)");
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
  const ran: string[] = [];
  for (const file of files) {
    const sql = readFileSync(join(dir, file), "utf8");
    const applied = db
      .transaction(() => {
        if (db.prepare("SELECT 1 FROM _migrations WHERE name = ?").get(file) !== undefined) return false;
        db.exec(sql);
        db.prepare("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)").run(file, Date.now());
        return true;
      })
      .immediate();
    if (applied) ran.push(file);
  }
  return ran;
}
