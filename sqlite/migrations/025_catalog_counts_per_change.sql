-- catalog_version moved once for every row an import wrote: each
-- recommendation and each mapping fired its own UPDATE, which doubled the
-- writes of a large import. The count only has to move once per change, and
-- both inserts always come with a write that already counts: a
-- recommendation is only inserted with the agreement revision that holds it
-- (agreements_insert_catalog), and mappings are inserted either with that
-- revision or by a review, which also updates the recommendation's
-- mapping_version (recommendations_update_catalog). Updates and deletes
-- keep their triggers. TestCatalog_SeesAnotherProcessWrite checks both paths.
DROP TRIGGER recommendations_insert_catalog;
DROP TRIGGER mappings_insert_catalog;
