-- Accounts, the authorities each works for, signed-in sessions and the
-- one-time token that creates the first admin. Sessions and setup tokens
-- are kept by their token's SHA-256, never the token.

CREATE TABLE users (
	id            INTEGER PRIMARY KEY,
	email         TEXT NOT NULL COLLATE NOCASE UNIQUE,
	display_name  TEXT NOT NULL DEFAULT '',
	role          TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
	national      INTEGER NOT NULL DEFAULT 0,
	password_hash TEXT NOT NULL,
	disabled      INTEGER NOT NULL DEFAULT 0,
	created_at    TEXT NOT NULL,
	created_by    TEXT NOT NULL DEFAULT '',
	updated_at    TEXT NOT NULL
);

CREATE TABLE user_authorities (
	user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	authority_code TEXT NOT NULL REFERENCES authorities (ons_code),
	PRIMARY KEY (user_id, authority_code)
);
CREATE INDEX user_authorities_authority ON user_authorities (authority_code);

CREATE TABLE sessions (
	token_hash   TEXT PRIMARY KEY,
	user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	csrf_token   TEXT NOT NULL,
	created_at   TEXT NOT NULL,
	last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE setup_tokens (
	token_hash TEXT PRIMARY KEY,
	created_at TEXT NOT NULL,
	used_at    TEXT,
	user_id    INTEGER REFERENCES users (id)
);
