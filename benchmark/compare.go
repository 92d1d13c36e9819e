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
//
// Rounds may cover different revisions of an agreement: then Agreement is
// the newest of them and Recommendation the newest wording. Where a
// round's revision lacks the recommendation, its Recommendations entry is
// nil (its RAG there is only a placeholder, never to be shown as Not
// rated).
type ComparedRow struct {
	Agreement      *Agreement
	Recommendation *Recommendation
	RAGs           []RAG
	Ratings        []*Rating
	// Recommendations holds the recommendation as each round's revision
	// words it; nil where that revision lacks it.
	Recommendations []*Recommendation
	// Uncovered marks the rounds that cover no revision of the agreement.
	Uncovered []bool
	// Revised is set when the rounds' revisions word it differently.
	Revised bool
}

// ComparedCell is one round's cell of a ComparedRow.
type ComparedCell struct {
	RAG    RAG
	Rating *Rating
	// Missing is set when the round's revision lacks the recommendation:
	// shown as "not in this revision", never as a rating.
	Missing bool
	// Uncovered is set when the round covers no revision of the
	// agreement at all: shown as NotInRound, and left out of its counts.
	Uncovered bool
}

// NotInRound is how a cell is shown whose round does not cover the
// recommendation's agreement.
const NotInRound = "Not in that round"

// NotInRevision is how a cell whose round's revision lacks the
// recommendation is shown.
const NotInRevision = "Not in this revision"

// Label is the cell's word: the rating's label, or NotInRevision.
func (c ComparedCell) Label() string {
	if c.Uncovered {
		return NotInRound
	}
	if c.Missing {
		return NotInRevision
	}
	return c.RAG.Label()
}

// IsMissing reports whether round i's revision lacks the recommendation.
func (r ComparedRow) IsMissing(i int) bool {
	return i < len(r.Recommendations) && r.Recommendations[i] == nil
}

// Cells returns the row's cell in each round.
func (r ComparedRow) Cells() []ComparedCell {
	out := make([]ComparedCell, len(r.RAGs))
	for i, rag := range r.RAGs {
		out[i] = ComparedCell{RAG: rag, Missing: r.IsMissing(i), Uncovered: i < len(r.Uncovered) && r.Uncovered[i]}
		if i < len(r.Ratings) {
			out[i].Rating = r.Ratings[i]
		}
	}
	return out
}

// InEvery reports whether every round's revision holds the recommendation.
func (r ComparedRow) InEvery() bool {
	for i := range r.RAGs {
		if r.IsMissing(i) {
			return false
		}
	}
	return true
}

// Differs reports whether the rounds rate the recommendation differently.
// A recommendation some rounds' revisions lack differs: those rounds
// cannot agree with the others.
func (r ComparedRow) Differs() bool {
	if !r.InEvery() {
		return true
	}
	return differs(r.RAGs)
}

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

// coveredKeys returns the revision keys (see Agreement.RevisionKey) some
// round covers a revision of, in the order of agreements.
func coveredKeys(agreements []*Agreement, covered []map[string]*Agreement) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range agreements {
		k := a.RevisionKey()
		if seen[k] {
			continue
		}
		seen[k] = true
		some := false
		for _, m := range covered {
			if m[k] != nil {
				some = true
				break
			}
		}
		if some {
			out = append(out, k)
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
// any of them covers (taken from agreements, which may hold more, older
// revisions included). Revisions of one agreement (the same parties and
// round) count as the same agreement: their recommendations are paired
// with MatchRecommendations, each row shows the newest wording, and a
// recommendation a round's revision lacks is marked missing there. A
// round that covers no revision of an agreement is marked Uncovered on its
// rows ("not in that round") and the agreement is left out of its counts.
//
// Counts per theme follow Summarize over each round's own revisions, so a
// recommendation counts once per theme, not rated stays apart from Red,
// and one missing from a round's revision is not counted for that round.
func CompareAssessments(tax Taxonomy, agreements []*Agreement, sides []Side) Comparison {
	c := Comparison{}
	for _, s := range sides {
		c.Rounds = append(c.Rounds, s.Assessment)
	}
	covered := make([]map[string]*Agreement, len(sides))
	for i, s := range sides {
		covered[i], _ = coveredRevisions(agreements, s.Assessment)
	}
	own := make([][]*Agreement, len(sides))
	for _, k := range coveredKeys(agreements, covered) {
		revs := make([]*Agreement, len(sides))
		uncovered := make([]bool, len(sides))
		for i := range sides {
			revs[i] = covered[i][k]
			uncovered[i] = revs[i] == nil
			if revs[i] != nil {
				own[i] = append(own[i], revs[i])
			}
		}
		newest, recs := alignRevisions(revs)
		c.Agreements = append(c.Agreements, newest)
		for _, ar := range recs {
			row := ComparedRow{Agreement: newest, Recommendation: ar.shown, Recommendations: ar.recs, Revised: ar.revised, Uncovered: uncovered}
			for i, s := range sides {
				var rt *Rating
				rag := NotRated
				if rec := ar.recs[i]; rec != nil {
					if rt = s.Ratings[rec.ID]; rt != nil {
						rag = rt.RAG
					}
				}
				row.RAGs = append(row.RAGs, rag)
				row.Ratings = append(row.Ratings, rt)
			}
			c.Rows = append(c.Rows, row)
		}
	}
	c.All = ComparedTheme{Theme: "All themes"}
	sums := make([]Summary, len(sides))
	for i, s := range sides {
		sums[i] = Summarize(tax, own[i], s.Ratings)
		c.All.Counts = append(c.All.Counts, sums[i].All)
	}
	merged := mergeSummaries(sums)
	byTheme := map[string]ComparedTheme{}
	for _, t := range merged {
		byTheme[t.Theme] = t
	}
	for _, th := range tax {
		if t, ok := byTheme[th.Name]; ok {
			c.Themes = append(c.Themes, t)
			delete(byTheme, th.Name)
		}
	}
	for _, t := range merged {
		if _, ok := byTheme[t.Theme]; ok {
			c.Themes = append(c.Themes, t)
		}
	}
	return c
}

// mergeSummaries lines up the per-theme counts of several summaries: one
// ComparedTheme per theme any of them holds, with each summary's count
// (empty where it lacks the theme), themes in order of first appearance
// taking the summaries in turn.
func mergeSummaries(sums []Summary) []ComparedTheme {
	var out []ComparedTheme
	at := map[string]int{}
	for i, sum := range sums {
		for _, tc := range sum.Themes {
			k, ok := at[tc.Theme]
			if !ok {
				k = len(out)
				at[tc.Theme] = k
				t := ComparedTheme{Theme: tc.Theme, Counts: make([]ThemeCount, len(sums))}
				for j := range t.Counts {
					t.Counts[j].Theme = tc.Theme
				}
				out = append(out, t)
			}
			out[k].Counts[i] = tc
		}
	}
	return out
}
