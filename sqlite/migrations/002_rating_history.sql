-- Every saved change to a rating, one row per changed field: who, when, and
-- the value before and after. Rows are only ever added.

CREATE TABLE rating_changes (
	id                INTEGER PRIMARY KEY,
	assessment_id     INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	recommendation_id INTEGER NOT NULL REFERENCES recommendations (id),
	version           INTEGER NOT NULL,
	field             TEXT NOT NULL CHECK (field IN ('rag', 'commentary', 'evidence', 'owner', 'target_date')),
	old_value         TEXT NOT NULL DEFAULT '',
	new_value         TEXT NOT NULL DEFAULT '',
	changed_by        TEXT NOT NULL,
	changed_at        TEXT NOT NULL
);
CREATE INDEX rating_changes_rating ON rating_changes (assessment_id, recommendation_id, id);
