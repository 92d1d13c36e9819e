-- When the shipped datasets were last loaded in full. A database whose first
-- seeding was cut short has no row here, so the next start seeds it again
-- (seeding is idempotent). Databases seeded before this migration hold the
-- shipped round, the last thing seeding writes.
CREATE TABLE seeded (
	id          INTEGER PRIMARY KEY CHECK (id = 1),
	finished_at TEXT NOT NULL
);
INSERT INTO seeded (id, finished_at)
	SELECT 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE EXISTS (SELECT 1 FROM assessments);
