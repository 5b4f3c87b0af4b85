-- 0004_inbox: messages accepted (acked to Feishu) but not yet answered.
-- A row is written in the same transaction that marks the message as seen, and deleted once its reply has been
-- handled (sent, refused by Feishu, or ignored by the bot rules). Rows left by a crash are answered on restart.
-- payload is the parsed message as JSON; received_at is milliseconds since the Unix epoch.
CREATE TABLE IF NOT EXISTS inbox (
  message_id TEXT PRIMARY KEY NOT NULL,
  payload TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0
);
