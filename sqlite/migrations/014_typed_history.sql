-- Before accounts, history named whoever made a change by the name they
-- typed into a cookie. Those names are kept, marked typed, so that history
-- pages tell them from the accounts that name every change since. Changes
-- from the command line ("cli:" and the OS user) were recorded by svbench
-- itself and are not marked.

ALTER TABLE rating_changes ADD COLUMN typed INTEGER NOT NULL DEFAULT 0;

UPDATE rating_changes SET typed = 1 WHERE changed_by <> '' AND changed_by NOT LIKE 'cli:%';
