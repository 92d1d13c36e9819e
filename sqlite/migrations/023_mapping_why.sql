-- A suggested mapping keeps why it was suggested: the words of the
-- recommendation that matched, separated by "; ", shown on the review page.
ALTER TABLE mappings ADD COLUMN why TEXT NOT NULL DEFAULT '';
