-- As 025 did for recommendations and mappings: a party is only ever added
-- with the agreement revision that names it, whose own insert already moves
-- catalog_version (agreements_insert_catalog), so the parties' insert
-- trigger only doubled that write. Updates and deletes keep theirs.
DROP TRIGGER agreement_parties_insert_catalog;
