-- The catalog (agreements with their parties, recommendations, mappings
-- and provenance; the taxonomy; the authorities) changes rarely and is read
-- on nearly every page. catalog_version counts its changes so a reader can
-- keep it in memory and reload it only when the count moves, whichever
-- process wrote. Triggers keep the count, so no write path can forget it.
-- Provenance needs none: its rows are only added, each in the transaction
-- that inserts its agreement revision, which counts.
CREATE TABLE catalog_version (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	n  INTEGER NOT NULL
);
INSERT INTO catalog_version (id, n) VALUES (1, 0);

CREATE TRIGGER agreements_insert_catalog AFTER INSERT ON agreements BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER agreements_update_catalog AFTER UPDATE ON agreements BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER agreements_delete_catalog AFTER DELETE ON agreements BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER agreement_parties_insert_catalog AFTER INSERT ON agreement_parties BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER agreement_parties_update_catalog AFTER UPDATE ON agreement_parties BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER agreement_parties_delete_catalog AFTER DELETE ON agreement_parties BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER recommendations_insert_catalog AFTER INSERT ON recommendations BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER recommendations_update_catalog AFTER UPDATE ON recommendations BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER recommendations_delete_catalog AFTER DELETE ON recommendations BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER mappings_insert_catalog AFTER INSERT ON mappings BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER mappings_update_catalog AFTER UPDATE ON mappings BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER mappings_delete_catalog AFTER DELETE ON mappings BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER themes_insert_catalog AFTER INSERT ON themes BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER themes_update_catalog AFTER UPDATE ON themes BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER themes_delete_catalog AFTER DELETE ON themes BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER sub_themes_insert_catalog AFTER INSERT ON sub_themes BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER sub_themes_update_catalog AFTER UPDATE ON sub_themes BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER sub_themes_delete_catalog AFTER DELETE ON sub_themes BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER authorities_insert_catalog AFTER INSERT ON authorities BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER authorities_update_catalog AFTER UPDATE ON authorities BEGIN UPDATE catalog_version SET n = n + 1; END;
CREATE TRIGGER authorities_delete_catalog AFTER DELETE ON authorities BEGIN UPDATE catalog_version SET n = n + 1; END;
