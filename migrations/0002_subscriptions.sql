-- 0002_subscriptions: chat subscriptions, knowledge added at run time, and the notice outbox.
-- Shared by the Node store (better-sqlite3) and the D1 store: plain SQLite (JSON functions included), no PRAGMAs.
-- Times are milliseconds since the Unix epoch.

-- One row per (chat, scope). scope is '*' (everything) or a network, alliance or zone id from the knowledge.
-- label is how replies and notices name the scope ("物联网", "西安高新区", "全部").
-- disabled_at is set when Feishu says the chat is gone (bot removed, chat disbanded); subscribing again clears it.
CREATE TABLE IF NOT EXISTS subscriptions (
  chat_id TEXT NOT NULL,
  scope TEXT NOT NULL,
  label TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('instant', 'daily')),
  created_at INTEGER NOT NULL,
  disabled_at INTEGER,
  disabled_reason TEXT,
  PRIMARY KEY (chat_id, scope)
);

CREATE INDEX IF NOT EXISTS subscriptions_scope ON subscriptions (scope, chat_id);

-- Articles added at run time (admin route or `npm run knowledge`); merged with knowledge/articles at load.
-- payload: JSON {id, title, date, source, body}.
CREATE TABLE IF NOT EXISTS added_articles (
  id TEXT PRIMARY KEY NOT NULL,
  payload TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

-- Events added at run time; merged with knowledge/events at load.
-- payload: the knowledge event (JSON, src/knowledge/schema.ts eventSchema);
-- notice: what notice cards show (title, date, summary, quote, article title and date), fixed when stored.
CREATE TABLE IF NOT EXISTS added_events (
  id TEXT PRIMARY KEY NOT NULL,
  payload TEXT NOT NULL,
  notice TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

-- One notice per (event, chat), written in the same transaction as its event.
-- reasons: JSON array of the labels of the chat's subscriptions that matched.
-- digest_at: NULL for instant delivery, else the 09:00 Asia/Shanghai digest the notice belongs to.
-- next_attempt_at: when the notice is due; claiming an attempt moves it to the retry time, so a notice whose
-- sender died mid-attempt becomes due again by itself.
-- first_attempt_at: start of Feishu's one-hour uuid window; past it the notice is given up (status 'failed').
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT NOT NULL REFERENCES added_events (id),
  chat_id TEXT NOT NULL,
  reasons TEXT NOT NULL,
  digest_at INTEGER,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  first_attempt_at INTEGER,
  created_at INTEGER NOT NULL,
  done_at INTEGER,
  message_id TEXT,
  last_error TEXT,
  UNIQUE (event_id, chat_id)
);

CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_chat ON outbox (chat_id, status);
