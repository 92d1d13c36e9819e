-- Sharing with the other authorities. Each authority's editors decide
-- whether its final rounds count in the national view: not shared (no
-- row, or 'none'), shared named or shared in totals only. The current
-- choice is one row; every choice made is kept in sharing_changes with who
-- made it and when. Rows of sharing_changes are only ever added.
CREATE TABLE authority_sharing (
	authority_code TEXT PRIMARY KEY REFERENCES authorities (ons_code),
	sharing        TEXT NOT NULL CHECK (sharing IN ('none', 'named', 'totals')),
	changed_by     TEXT NOT NULL,
	changed_at     TEXT NOT NULL
);

CREATE TABLE sharing_changes (
	id             INTEGER PRIMARY KEY,
	authority_code TEXT NOT NULL REFERENCES authorities (ons_code),
	old_sharing    TEXT NOT NULL,
	new_sharing    TEXT NOT NULL,
	changed_by     TEXT NOT NULL,
	changed_at     TEXT NOT NULL
);
CREATE INDEX sharing_changes_authority ON sharing_changes (authority_code, id);

-- The national view reads each authority's latest final round: this index
-- finds it without reading the authority's other rounds.
CREATE INDEX assessments_latest_final ON assessments (authority_code, final, id);
