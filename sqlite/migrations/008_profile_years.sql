-- A deficit profile is stored as its years, read from the uploaded file by
-- ingest: storage keeps values, not files. Profiles stored before this
-- migration keep their CSV, as uploaded, in deficit_profile_csv until
-- svbench reads them into years when it opens the database (cmd/svbench,
-- through ingest); each row there goes once its years are stored.

CREATE TABLE deficit_profile_years (
	profile_id      INTEGER NOT NULL REFERENCES deficit_profiles (id),
	year            INTEGER NOT NULL, -- the calendar year the financial year starts in: 2024 is 2024/25
	funding         REAL NOT NULL,    -- £m, as are the other figures
	spend           REAL NOT NULL,
	contributions   REAL NOT NULL DEFAULT 0,
	transfers       REAL NOT NULL DEFAULT 0,
	savings         REAL,             -- NULL when the file left it blank
	deficit         REAL,             -- the published deficit, NULL when not given
	printed         TEXT NOT NULL DEFAULT '', -- the deficit's cell as written
	opening_deficit REAL,             -- first year only
	PRIMARY KEY (profile_id, year)
);

CREATE TABLE deficit_profile_csv (
	profile_id INTEGER PRIMARY KEY REFERENCES deficit_profiles (id),
	csv        BLOB NOT NULL
);
INSERT INTO deficit_profile_csv (profile_id, csv) SELECT id, csv FROM deficit_profiles;
ALTER TABLE deficit_profiles DROP COLUMN csv;
