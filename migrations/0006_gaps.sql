-- 0006_gaps: what the bot could not answer, and feedback on its answers (src/gaps/).
-- No user ids: `asker` is a salted SHA-256 of the asker's open_id (first 16 hex digits), used only to count
-- distinct askers; the salt is random per database (gap_salt) and never leaves it. Rows older than the
-- retention (GAPS_RETENTION_DAYS) are deleted.
-- text: the question, normalised (src/knowledge/normalize.ts); reason: 'none' (answered with kind none),
-- 'unhelpful' (👎 on an answer), 'helpful' (👍; not a gap, kept for the counts);
-- chat_type: 'p2p', 'group', or 'unknown' (a card button does not say where the card was);
-- at: milliseconds since the Unix epoch.
CREATE TABLE IF NOT EXISTS gaps (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  text TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('none', 'unhelpful', 'helpful')),
  chat_type TEXT NOT NULL,
  asker TEXT,
  at INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS gaps_at ON gaps (at);
CREATE INDEX IF NOT EXISTS gaps_text ON gaps (text, at);

CREATE TABLE IF NOT EXISTS gap_salt (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  salt TEXT NOT NULL
);
