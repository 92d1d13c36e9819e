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

-- Databases made before this migration: seeding runs before anything else
-- can write, and it imported the one agreement file svbench then shipped
-- (datasets/agreements/2020-21.csv, Bristol's appendix, numbered by
-- svbench) in one transaction, so its revisions are the first agreement
-- and every one sharing its created_at. Later uploads stay unrecorded.
INSERT INTO agreement_provenance (agreement_id, origin, file, source, numbered_by, created_by)
	SELECT id, 'dataset', 'agreements/2020-21.csv', 'Bristol''s appendix', 'svbench', 'svbench'
	FROM agreements
	WHERE created_at = (SELECT created_at FROM agreements ORDER BY id LIMIT 1);
