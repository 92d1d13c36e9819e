-- Lists of rounds are newest first and paged: this index lets a page of
-- them be read in order, stopping at the page's end, instead of sorting
-- every round held.
CREATE INDEX assessments_newest ON assessments (created_at DESC, id DESC);
