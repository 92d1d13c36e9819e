-- A round started and a round marked final are recorded in its history
-- with who did it, as renaming and reopening are. SQLite cannot widen a CHECK in place, so the
-- table is rebuilt with its rows.

CREATE TABLE round_events_new (
	id            INTEGER PRIMARY KEY,
	assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	action        TEXT NOT NULL CHECK (action IN ('renamed', 'reopened', 'agreement_removed', 'created', 'finalised')),
	old_value     TEXT NOT NULL DEFAULT '',
	new_value     TEXT NOT NULL DEFAULT '',
	reason        TEXT NOT NULL DEFAULT '',
	ratings       INTEGER NOT NULL DEFAULT 0,
	changed_by    TEXT NOT NULL,
	changed_at    TEXT NOT NULL
);
INSERT INTO round_events_new SELECT id, assessment_id, action, old_value, new_value, reason, ratings, changed_by, changed_at FROM round_events;
DROP TABLE round_events;
ALTER TABLE round_events_new RENAME TO round_events;
CREATE INDEX round_events_round ON round_events (assessment_id, id);
