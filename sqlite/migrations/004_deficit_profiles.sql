-- Deficit profiles authorities supply for the generic model, kept byte for
-- byte as uploaded, newest last. Rows are only ever added.

CREATE TABLE deficit_profiles (
	id             INTEGER PRIMARY KEY,
	authority_code TEXT NOT NULL REFERENCES authorities (ons_code),
	name           TEXT NOT NULL,
	csv            BLOB NOT NULL,
	created_at     TEXT NOT NULL,
	created_by     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deficit_profiles_authority ON deficit_profiles (authority_code, created_at, id);
