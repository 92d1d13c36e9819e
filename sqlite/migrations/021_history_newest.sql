-- A round's history is read newest first a page at a time: this index
-- gives the rows in the page's order, so a page reads only its own rows
-- however long the history grows.
CREATE INDEX rating_changes_newest ON rating_changes (assessment_id, changed_at DESC, recommendation_id, version DESC, id);
