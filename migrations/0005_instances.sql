-- 0005_instances: what several instances sharing one database need (PostgreSQL; see docs/deploy.md).
-- Plain SQLite like the others (src/store/pg-migrate.ts translates it for PostgreSQL). A single SQLite process
-- leaves these columns NULL and the table empty.
--
-- An inbox row is claimed by the instance answering it: claimed_by is that instance's id, claimed_until the end
-- of its lease (milliseconds since the Unix epoch), renewed while the instance lives. A row whose lease ran out
-- (its instance died) may be claimed by another instance, one at a time.
ALTER TABLE inbox ADD COLUMN claimed_by TEXT;
ALTER TABLE inbox ADD COLUMN claimed_until INTEGER;

-- Sends toward Feishu granted by the app-wide limiter shared by all instances (src/subscriptions/pg-limiter.ts):
-- one row per grant, at = milliseconds since the Unix epoch; rows older than the longest window are deleted.
CREATE TABLE IF NOT EXISTS send_grants (
  name TEXT NOT NULL,
  at INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS send_grants_name_at ON send_grants (name, at);
