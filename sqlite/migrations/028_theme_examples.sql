-- Labelled examples of the taxonomy: recommendations written for a theme
-- (sub_theme_id NULL) or one of its sub-themes, which theme suggestion
-- learns from beside the agreements' own mappings. Seeding replaces them
-- whole; a change moves catalog_version, as the taxonomy's own rows do.
CREATE TABLE theme_examples (
	id           INTEGER PRIMARY KEY,
	theme_id     INTEGER NOT NULL REFERENCES themes (id),
	sub_theme_id INTEGER REFERENCES sub_themes (id),
	text         TEXT NOT NULL,
	written_from TEXT NOT NULL DEFAULT '',
	source_url   TEXT NOT NULL DEFAULT '',
	position     INTEGER NOT NULL
);

CREATE TRIGGER theme_examples_insert_catalog AFTER INSERT ON theme_examples BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER theme_examples_delete_catalog AFTER DELETE ON theme_examples BEGIN UPDATE catalog_version SET n = n + 1; END;
