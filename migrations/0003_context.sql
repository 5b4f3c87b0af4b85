-- 0003_context: per-conversation follow-up context (last entities and intent), kept next to the dedup data.
-- Plain SQLite (shared with a future D1 store), no PRAGMAs here.
--
-- key: one conversation as the bot scopes it — "p2p:<chat_id>[:thread:<id>]" or
--      "group:<chat_id>:user:<open_id>[:thread:<id>]" (never shared across chats or, in groups, across users).
-- value: the context as JSON (src/answer/followup.ts, FollowUpContext).
-- updated_at: milliseconds since the Unix epoch; rows older than the TTL are ignored on read and pruned.
CREATE TABLE IF NOT EXISTS conversation_context (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS conversation_context_updated_at ON conversation_context (updated_at);
