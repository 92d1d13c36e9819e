package benchmark

// Movement is one recommendation's rating in two rounds.
type Movement struct {
	Agreement      *Agreement
	Recommendation *Recommendation
	From, To       RAG
}

// Changed reports whether the rating differs between the rounds.
func (m Movement) Changed() bool { return m.From != m.To }

// Direction is +1 when the rating improved (towards Green), -1 when it
// worsened and 0 otherwise. Not rated ranks below Red: rating something at
// all is progress in the record, but it is shown apart, never as Red.
func (m Movement) Direction() int {
	rank := map[RAG]int{NotRated: 0, Red: 1, Amber: 2, Green: 3}
	switch d := rank[m.To] - rank[m.From]; {
	case d > 0:
		return 1
	case d < 0:
		return -1
	}
	return 0
}

// ThemeMovement compares a theme's counts in two rounds.
type ThemeMovement struct {
	Theme    string
	From, To ThemeCount
}

// RoundComparison is what moved between an earlier and a later round.
type RoundComparison struct {
	Movements []Movement // every recommendation in the later round, in order
	Themes    []ThemeMovement
	From, To  Summary
}

// Moved returns only the movements whose rating changed.
func (c RoundComparison) Moved() []Movement {
	var out []Movement
	for _, m := range c.Movements {
		if m.Changed() {
			out = append(out, m)
		}
	}
	return out
}

// CompareRounds compares two rounds over the same agreements. Ratings are
// keyed by recommendation ID; a recommendation absent from a round is not
// rated there.
func CompareRounds(tax Taxonomy, agreements []*Agreement, from, to map[int]*Rating) RoundComparison {
	rag := func(m map[int]*Rating, id int) RAG {
		if r := m[id]; r != nil {
			return r.RAG
		}
		return NotRated
	}
	c := RoundComparison{From: Summarize(tax, agreements, from), To: Summarize(tax, agreements, to)}
	for _, a := range agreements {
		for _, rec := range a.Recommendations {
			c.Movements = append(c.Movements, Movement{Agreement: a, Recommendation: rec, From: rag(from, rec.ID), To: rag(to, rec.ID)})
		}
	}
	fromBy := map[string]ThemeCount{}
	for _, tc := range c.From.Themes {
		fromBy[tc.Theme] = tc
	}
	for _, tc := range c.To.Themes {
		c.Themes = append(c.Themes, ThemeMovement{Theme: tc.Theme, From: fromBy[tc.Theme], To: tc})
	}
	return c
}
