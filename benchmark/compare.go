package benchmark

// Side is one round taking part in a comparison: the round and its saved
// ratings, keyed by recommendation ID.
type Side struct {
	Assessment *Assessment
	Ratings    map[int]*Rating
}

// Comparison sets any number of rounds side by side on the agreements they
// all cover: the same authority's rounds, or different authorities' rounds
// on the agreements they share.
type Comparison struct {
	Rounds []*Assessment
	// Agreements are those every round covers, in the order given.
	Agreements []*Agreement
	// Rows is one per recommendation of the shared agreements.
	Rows []ComparedRow
	// Themes holds each theme's counts per round, in taxonomy order; All
	// the counts over every theme.
	Themes []ComparedTheme
	All    ComparedTheme
}

// ComparedRow is one recommendation's rating in each round, aligned with
// Comparison.Rounds. A rating is nil where the round never rated it.
type ComparedRow struct {
	Agreement      *Agreement
	Recommendation *Recommendation
	RAGs           []RAG
	Ratings        []*Rating
}

// Differs reports whether the rounds rate the recommendation differently.
func (r ComparedRow) Differs() bool { return differs(r.RAGs) }

// ComparedTheme is one theme's counts in each round, aligned with
// Comparison.Rounds.
type ComparedTheme struct {
	Theme  string
	Counts []ThemeCount
}

// Differs reports whether any rating count differs between the rounds.
func (t ComparedTheme) Differs() bool {
	for _, c := range t.Counts[min(1, len(t.Counts)):] {
		if c != t.Counts[0] {
			return true
		}
	}
	return false
}

// Differing returns only the rows whose ratings differ between rounds.
func (c Comparison) Differing() []ComparedRow {
	var out []ComparedRow
	for _, r := range c.Rows {
		if r.Differs() {
			out = append(out, r)
		}
	}
	return out
}

func differs(rags []RAG) bool {
	for _, r := range rags {
		if r != rags[0] {
			return true
		}
	}
	return false
}

// SharedAgreements returns those of agreements that every round covers, in
// the order of agreements.
func SharedAgreements(agreements []*Agreement, rounds []*Assessment) []*Agreement {
	var out []*Agreement
	for _, a := range agreements {
		shared := len(rounds) > 0
		for _, r := range rounds {
			if !covers(r, a.ID) {
				shared = false
				break
			}
		}
		if shared {
			out = append(out, a)
		}
	}
	return out
}

func covers(r *Assessment, agreementID int) bool {
	for _, id := range r.AgreementIDs {
		if id == agreementID {
			return true
		}
	}
	return false
}

// CompareAssessments sets the given rounds side by side over the agreements
// they all cover (taken from agreements, which may hold more). Counts per
// theme follow Summarize, so a recommendation counts once per theme and not
// rated stays apart from Red.
func CompareAssessments(tax Taxonomy, agreements []*Agreement, sides []Side) Comparison {
	c := Comparison{}
	for _, s := range sides {
		c.Rounds = append(c.Rounds, s.Assessment)
	}
	c.Agreements = SharedAgreements(agreements, c.Rounds)
	for _, a := range c.Agreements {
		for _, rec := range a.Recommendations {
			row := ComparedRow{Agreement: a, Recommendation: rec}
			for _, s := range sides {
				rt := s.Ratings[rec.ID]
				rag := NotRated
				if rt != nil {
					rag = rt.RAG
				}
				row.RAGs = append(row.RAGs, rag)
				row.Ratings = append(row.Ratings, rt)
			}
			c.Rows = append(c.Rows, row)
		}
	}
	byTheme := map[string]*ComparedTheme{}
	var order []string
	c.All = ComparedTheme{Theme: "All themes"}
	for i, s := range sides {
		sum := Summarize(tax, c.Agreements, s.Ratings)
		c.All.Counts = append(c.All.Counts, sum.All)
		for _, tc := range sum.Themes {
			t := byTheme[tc.Theme]
			if t == nil {
				t = &ComparedTheme{Theme: tc.Theme, Counts: make([]ThemeCount, len(sides))}
				byTheme[tc.Theme] = t
				order = append(order, tc.Theme)
			}
			t.Counts[i] = tc
		}
	}
	for _, th := range tax {
		if t := byTheme[th.Name]; t != nil {
			c.Themes = append(c.Themes, *t)
			delete(byTheme, th.Name)
		}
	}
	for _, name := range order {
		if t := byTheme[name]; t != nil {
			c.Themes = append(c.Themes, *t)
		}
	}
	for i := range c.Themes {
		for j := range c.Themes[i].Counts {
			c.Themes[i].Counts[j].Theme = c.Themes[i].Theme
		}
	}
	return c
}
