-- Named scenarios of the deficit models, kept per authority: the scenario
-- form as run (a URL query string), who saved it and when.

CREATE TABLE saved_scenarios (
	id             INTEGER PRIMARY KEY,
	authority_code TEXT NOT NULL REFERENCES authorities (ons_code),
	model          TEXT NOT NULL,
	name           TEXT NOT NULL,
	query          TEXT NOT NULL,
	created_at     TEXT NOT NULL,
	created_by     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX saved_scenarios_model ON saved_scenarios (model, authority_code, created_at, id);
