-- An agreement file that passed the preview waits here, under the SHA-256
-- of a random token, for the account that uploaded it to confirm the
-- import; the confirm form posts only the token. Rows expire an hour after
-- the check and are deleted when the next upload is saved.
CREATE TABLE pending_uploads (
	token_hash TEXT PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	file_name  TEXT NOT NULL DEFAULT '',
	data       BLOB NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
);
CREATE INDEX pending_uploads_expires ON pending_uploads (expires_at);
