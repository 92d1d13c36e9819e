package benchmark

// Movement is one recommendation's rating in two rounds. When the rounds
// cover different revisions of its agreement, Agreement is the newer
// revision and Recommendation the newer wording; NotInFrom or NotInTo is
// set when one round's revision lacks the recommendation (its RAG there is
// only a placeholder, never to be shown as Not rated).
type Movement struct {
	Agreement      *Agreement
	Recommendation *Recommendation
	From, To       RAG
	// FromRecommendation and ToRecommendation are the recommendation as
	// each round's revision words it; nil where that revision lacks it.
	FromRecommendation, ToRecommendation *Recommendation
	// NotInFrom and NotInTo mark the round whose revision lacks the
	// recommendation.
	NotInFrom, NotInTo bool
	// FromUncovered is set when the earlier round covers no revision of
	// the agreement (it joined the later round): NotInFrom is set too, and
	// the earlier round's word is NotInRound.
	FromUncovered bool
	// Revised is set when the two revisions word it differently.
	Revised bool
}

// Changed reports whether the rating differs between the rounds, or the
// recommendation is in one round's revision only.
func (m Movement) Changed() bool { return m.From != m.To || m.NotInFrom != m.NotInTo }

// FromLabel is the earlier round's word: the rating, or NotInRevision.
func (m Movement) FromLabel() string { return m.FromCell().Label() }

// ToLabel is the later round's word: the rating, or NotInRevision.
func (m Movement) ToLabel() string { return m.ToCell().Label() }

// FromCell is the earlier round's cell.
func (m Movement) FromCell() ComparedCell {
	return ComparedCell{RAG: m.From, Missing: m.NotInFrom, Uncovered: m.FromUncovered}
}

// ToCell is the later round's cell.
func (m Movement) ToCell() ComparedCell { return ComparedCell{RAG: m.To, Missing: m.NotInTo} }

// Direction is +1 when the rating improved (towards Green), -1 when it
// worsened and 0 otherwise, including when one round's revision lacks the
// recommendation. Not rated ranks below Red: rating something at all is
// progress in the record, but it is shown apart, never as Red.
func (m Movement) Direction() int {
	if m.NotInFrom || m.NotInTo {
		return 0
	}
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
	// Movements holds every recommendation of the later round, in order,
	// with those only the earlier round's revision holds placed after
	// their predecessor.
	Movements []Movement
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

// CompareRoundSides compares an earlier round with a later one over the
// agreements the later one covers (taken from agreements, which may hold
// more, older revisions included). Where the earlier round covers another
// revision of an agreement (the same parties and round), recommendations
// are paired with MatchRecommendations and those one revision lacks are
// marked so; where it covers none (the agreement joined the later round),
// every recommendation is "not in that round" (FromUncovered) and left out
// of its counts. Each round's counts per theme are over its
// own revisions, so a recommendation its revision lacks is not counted.
func CompareRoundSides(tax Taxonomy, agreements []*Agreement, from, to Side) RoundComparison {
	later, order := coveredRevisions(agreements, to.Assessment)
	earlier, _ := coveredRevisions(agreements, from.Assessment)
	pairs := make([][2]*Agreement, 0, len(order))
	for _, k := range order {
		pairs = append(pairs, [2]*Agreement{earlier[k], later[k]})
	}
	return compareRevisions(tax, pairs, from.Ratings, to.Ratings)
}

// compareRevisions compares two rounds over pairs of revisions, the
// earlier round's first; the earlier is nil where that round covers no
// revision.
func compareRevisions(tax Taxonomy, pairs [][2]*Agreement, from, to map[int]*Rating) RoundComparison {
	rag := func(m map[int]*Rating, rec *Recommendation) RAG {
		if rec == nil {
			return NotRated
		}
		if r := m[rec.ID]; r != nil {
			return r.RAG
		}
		return NotRated
	}
	var fromAgreements, toAgreements []*Agreement
	var c RoundComparison
	for _, p := range pairs {
		if p[0] != nil {
			fromAgreements = append(fromAgreements, p[0])
		}
		toAgreements = append(toAgreements, p[1])
		newest, rows := alignRevisions(p[:])
		for _, ar := range rows {
			f, t := ar.recs[0], ar.recs[1]
			c.Movements = append(c.Movements, Movement{
				Agreement: newest, Recommendation: ar.shown, From: rag(from, f), To: rag(to, t),
				FromRecommendation: f, ToRecommendation: t, NotInFrom: f == nil, NotInTo: t == nil, Revised: ar.revised,
				FromUncovered: p[0] == nil,
			})
		}
	}
	c.From, c.To = Summarize(tax, fromAgreements, from), Summarize(tax, toAgreements, to)
	// The later round's themes first, then those only the earlier
	// revisions hold.
	for _, t := range mergeSummaries([]Summary{c.To, c.From}) {
		c.Themes = append(c.Themes, ThemeMovement{Theme: t.Theme, From: t.Counts[1], To: t.Counts[0]})
	}
	return c
}
