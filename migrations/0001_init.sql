-- 0001_init: deduplication of Feishu deliveries.
-- Shared by the Node store (better-sqlite3) and a future D1 store: plain SQLite, no PRAGMAs here.
--
-- One row per delivery key ("event:<event_id>", "message:<message_id>", "v1:<uuid>").
-- seen_at is milliseconds since the Unix epoch. Rows older than the TTL (at least 24 h) are pruned.
CREATE TABLE IF NOT EXISTS dedup (
  key TEXT PRIMARY KEY NOT NULL,
  seen_at INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS dedup_seen_at ON dedup (seen_at);
