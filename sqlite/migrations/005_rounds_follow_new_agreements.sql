-- A round that covers every agreement follows new ones: an agreement
-- imported later is added to it (and only to such rounds). Rounds made
-- before this migration keep the agreements they were given.
ALTER TABLE assessments ADD COLUMN follows_new INTEGER NOT NULL DEFAULT 0;
