-- The register of agreements: every agreement DfE published, as the public
-- record has it, whether or not svbench holds its recommendations. An entry
-- stands for the held agreement of the same authority and round (found by
-- its parties, so a combined agreement stands for each party's entry).
-- Seeding fills these tables from datasets/ in new and upgraded databases.
CREATE TABLE register_entries (
	ons_code       TEXT NOT NULL REFERENCES authorities (ons_code),
	round          TEXT NOT NULL,
	published      TEXT NOT NULL,
	published_note TEXT NOT NULL DEFAULT '',
	funding_gbp    REAL,
	-- status is the kind of the latest dated extension, review or
	-- withholding among the events ('' when none), kept for filtering.
	status         TEXT NOT NULL DEFAULT '',
	-- sources are the row's source pages, one a line.
	sources        TEXT NOT NULL CHECK (sources <> ''),
	PRIMARY KEY (ons_code, round)
);
CREATE INDEX register_entries_round ON register_entries (round);

CREATE TABLE register_events (
	ons_code TEXT NOT NULL,
	round    TEXT NOT NULL,
	position INTEGER NOT NULL,
	date     TEXT NOT NULL DEFAULT '',
	kind     TEXT NOT NULL,
	text     TEXT NOT NULL,
	PRIMARY KEY (ons_code, round, position),
	FOREIGN KEY (ons_code, round) REFERENCES register_entries (ons_code, round) ON DELETE CASCADE
);

-- How many agreements DfE published in each round, with the source.
CREATE TABLE register_rounds (
	round     TEXT PRIMARY KEY,
	published INTEGER NOT NULL CHECK (published >= 0),
	source    TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE programme_events (
	position   INTEGER PRIMARY KEY,
	date       TEXT NOT NULL DEFAULT '',
	when_text  TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL,
	source     TEXT NOT NULL CHECK (source <> ''),
	source_url TEXT NOT NULL DEFAULT ''
);

-- Finding the held agreement of an authority and round.
CREATE INDEX IF NOT EXISTS agreements_round ON agreements (round);
