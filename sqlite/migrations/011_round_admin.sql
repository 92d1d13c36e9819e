-- Putting things right. What an admin does to a round (rename, reopen, an
-- uploaded agreement taken out of it) is kept in the round's history and
-- goes with the round. Deleted rounds and removed agreement uploads are
-- recorded in tables of their own, which outlive what they record, so
-- they hold copies rather than references. Rows are only ever added.

CREATE TABLE round_events (
	id            INTEGER PRIMARY KEY,
	assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	action        TEXT NOT NULL CHECK (action IN ('renamed', 'reopened', 'agreement_removed')),
	old_value     TEXT NOT NULL DEFAULT '',
	new_value     TEXT NOT NULL DEFAULT '',
	reason        TEXT NOT NULL DEFAULT '',
	ratings       INTEGER NOT NULL DEFAULT 0,
	changed_by    TEXT NOT NULL,
	changed_at    TEXT NOT NULL
);
CREATE INDEX round_events_round ON round_events (assessment_id, id);

CREATE TABLE round_deletions (
	id             INTEGER PRIMARY KEY,
	assessment_id  INTEGER NOT NULL,
	authority_code TEXT NOT NULL,
	title          TEXT NOT NULL,
	final          INTEGER NOT NULL,
	ratings        INTEGER NOT NULL,
	deleted_by     TEXT NOT NULL,
	deleted_at     TEXT NOT NULL
);

CREATE TABLE agreement_removals (
	id             INTEGER PRIMARY KEY,
	agreement_id   INTEGER NOT NULL,
	title          TEXT NOT NULL,
	financial_year TEXT NOT NULL,
	revision       INTEGER NOT NULL,
	file           TEXT NOT NULL,
	restored_id    INTEGER,
	ratings        INTEGER NOT NULL,
	removed_by     TEXT NOT NULL,
	removed_at     TEXT NOT NULL
);

-- A recommendation's mappings carry a version, so two reviewers saving
-- the same mapping cannot silently overwrite each other, and every review
-- names its account.
ALTER TABLE recommendations ADD COLUMN mapping_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE mapping_reviews (
	id                INTEGER PRIMARY KEY,
	recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
	version           INTEGER NOT NULL,
	mappings          TEXT NOT NULL,
	reviewed_by       TEXT NOT NULL,
	reviewed_at       TEXT NOT NULL
);
CREATE INDEX mapping_reviews_recommendation ON mapping_reviews (recommendation_id, version);
