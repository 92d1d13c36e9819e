-- Where each agreement revision came from: a shipped dataset file or an
-- imported file, who brought it in, and whose recommendation numbers it
-- carries. When is the revision's own created_at. Rows are only ever added.
CREATE TABLE agreement_provenance (
	agreement_id INTEGER PRIMARY KEY REFERENCES agreements (id) ON DELETE CASCADE,
	origin       TEXT NOT NULL CHECK (origin IN ('dataset', 'file')),
	file         TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	numbered_by  TEXT NOT NULL CHECK (numbered_by IN ('source', 'svbench')),
	created_by   TEXT NOT NULL DEFAULT ''
);

-- Databases made before this migration: the first seeding wrote the shipped
-- appendix (svbench then shipped one agreement file, datasets/agreements/
-- 2020-21.csv, whose numbers svbench assigned) before the shipped round,
-- and nothing else runs before seeding completes. So the revisions created
-- no later than the first round, or every revision when seeding stopped
-- before the round, are the seeded ones; later uploads stay unrecorded.
INSERT INTO agreement_provenance (agreement_id, origin, file, source, numbered_by, created_by)
	SELECT id, 'dataset', 'agreements/2020-21.csv', 'Bristol''s appendix', 'svbench', 'svbench'
	FROM agreements
	WHERE julianday(created_at) <= COALESCE((SELECT MIN(julianday(created_at)) FROM assessments), julianday(created_at));
