-- The published record: authorities, the theme taxonomy, agreements with
-- their parties, recommendations and theme mappings; assessment rounds and
-- their ratings.

CREATE TABLE authorities (
	ons_code TEXT PRIMARY KEY,
	dfe_code TEXT NOT NULL UNIQUE,
	name     TEXT NOT NULL,
	kind     TEXT NOT NULL
);

CREATE TABLE themes (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL UNIQUE,
	description TEXT NOT NULL DEFAULT '',
	vocabulary  TEXT NOT NULL DEFAULT '',
	position    INTEGER NOT NULL
);

CREATE TABLE sub_themes (
	id          INTEGER PRIMARY KEY,
	theme_id    INTEGER NOT NULL REFERENCES themes (id),
	name        TEXT NOT NULL,
	description TEXT NOT NULL DEFAULT '',
	vocabulary  TEXT NOT NULL DEFAULT '',
	position    INTEGER NOT NULL,
	UNIQUE (theme_id, name)
);

CREATE TABLE agreements (
	id            INTEGER PRIMARY KEY,
	title         TEXT NOT NULL,
	round         TEXT NOT NULL,
	published     TEXT NOT NULL DEFAULT '',
	status        TEXT NOT NULL DEFAULT '',
	source_url    TEXT NOT NULL DEFAULT '',
	party_key     TEXT NOT NULL,
	revision      INTEGER NOT NULL DEFAULT 1,
	superseded_by INTEGER REFERENCES agreements (id),
	created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX agreements_revision ON agreements (party_key, round, revision);

CREATE TABLE agreement_parties (
	agreement_id   INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	authority_code TEXT NOT NULL REFERENCES authorities (ons_code),
	position       INTEGER NOT NULL,
	PRIMARY KEY (agreement_id, authority_code)
);
CREATE INDEX agreement_parties_authority ON agreement_parties (authority_code);

CREATE TABLE recommendations (
	id           INTEGER PRIMARY KEY,
	agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	reference    TEXT NOT NULL,
	position     INTEGER NOT NULL,
	text         TEXT NOT NULL,
	due          TEXT NOT NULL DEFAULT '',
	UNIQUE (agreement_id, reference)
);

CREATE TABLE mappings (
	id                INTEGER PRIMARY KEY,
	recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
	theme_id          INTEGER NOT NULL REFERENCES themes (id),
	sub_theme_id      INTEGER REFERENCES sub_themes (id),
	source            TEXT NOT NULL CHECK (source IN ('published', 'suggested', 'reviewed')),
	confidence        REAL,
	position          INTEGER NOT NULL
);
CREATE INDEX mappings_recommendation ON mappings (recommendation_id);

CREATE TABLE assessments (
	id             INTEGER PRIMARY KEY,
	authority_code TEXT NOT NULL REFERENCES authorities (ons_code),
	title          TEXT NOT NULL,
	assessed_on    TEXT NOT NULL DEFAULT '',
	final          INTEGER NOT NULL DEFAULT 0,
	source         TEXT NOT NULL DEFAULT '',
	copied_from    INTEGER REFERENCES assessments (id),
	created_at     TEXT NOT NULL,
	UNIQUE (authority_code, title)
);

CREATE TABLE assessment_agreements (
	assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
	PRIMARY KEY (assessment_id, agreement_id)
);

CREATE TABLE ratings (
	assessment_id     INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	recommendation_id INTEGER NOT NULL REFERENCES recommendations (id),
	rag               TEXT NOT NULL DEFAULT '' CHECK (rag IN ('', 'green', 'amber', 'red')),
	commentary        TEXT NOT NULL DEFAULT '',
	evidence          TEXT NOT NULL DEFAULT '',
	owner             TEXT NOT NULL DEFAULT '',
	target_date       TEXT NOT NULL DEFAULT '',
	version           INTEGER NOT NULL DEFAULT 1,
	updated_at        TEXT NOT NULL,
	updated_by        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (assessment_id, recommendation_id)
);
