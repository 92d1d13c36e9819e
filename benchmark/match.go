package benchmark

import "unicode/utf8"

// SimilarEnough is the least text similarity (1 is identical) at which a
// revised recommendation counts as the same one with small edits.
const SimilarEnough = 0.8

// MatchRecommendations pairs each recommendation of an old revision with
// its counterpart in a new one: the same text first, then the same
// reference, then text with small edits (TextSimilarity at least
// SimilarEnough). It maps an index into old to an index into next; each
// recommendation of next is used once, and old ones without a counterpart
// are absent from the result.
func MatchRecommendations(old, next []*Recommendation) map[int]int {
	out := map[int]int{}
	used := make([]bool, len(next))
	oldText, nextText := normalized(old), normalized(next)
	pass := func(same func(i, j int) bool) {
		for i := range old {
			if _, done := out[i]; done {
				continue
			}
			for j := range next {
				if !used[j] && same(i, j) {
					out[i], used[j] = j, true
					break
				}
			}
		}
	}
	pass(func(i, j int) bool { return oldText[i] == nextText[j] })
	pass(func(i, j int) bool { return old[i].Reference == next[j].Reference })
	pass(func(i, j int) bool { return normalizedSimilarity(oldText[i], nextText[j]) >= SimilarEnough })
	return out
}

// normalized returns the normalised text of each recommendation.
func normalized(recs []*Recommendation) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = NormalizeText(r.Text)
	}
	return out
}

// TextSimilarity is 1 minus the edit distance between the normalised texts
// over the longer one's length, by rune: 1 for the same text, 0 for
// nothing in common.
func TextSimilarity(a, b string) float64 {
	return normalizedSimilarity(NormalizeText(a), NormalizeText(b))
}

// normalizedSimilarity is TextSimilarity of texts already normalised.
func normalizedSimilarity(na, nb string) float64 {
	longest := max(utf8.RuneCountInString(na), utf8.RuneCountInString(nb))
	if longest == 0 {
		return 1
	}
	return 1 - float64(EditDistance(na, nb))/float64(longest)
}

// newer reports whether a is a later revision than b.
func newer(a, b *Agreement) bool {
	if a.Revision != b.Revision {
		return a.Revision > b.Revision
	}
	return a.ID > b.ID
}

// coveredRevisions returns, for each agreement (by RevisionKey) among
// agreements that the round covers, the newest revision it covers, and
// the keys in the order of agreements.
func coveredRevisions(agreements []*Agreement, r *Assessment) (map[string]*Agreement, []string) {
	out := map[string]*Agreement{}
	var order []string
	for _, a := range agreements {
		if r == nil || !covers(r, a.ID) {
			continue
		}
		k := a.RevisionKey()
		if cur, ok := out[k]; !ok {
			order = append(order, k)
			out[k] = a
		} else if newer(a, cur) {
			out[k] = a
		}
	}
	return out, order
}

// alignedRec is one recommendation across the revisions some rounds
// cover.
type alignedRec struct {
	// shown is the recommendation as the newest revision holding it words it.
	shown *Recommendation
	// recs holds it as each round's revision words it, aligned with the
	// rounds; nil where that revision lacks it.
	recs []*Recommendation
	// revised is set when the revisions holding it word it differently.
	revised bool
}

// alignRevisions lines up the recommendations of revs, one revision of the
// same agreement per round (rounds may share a revision). Revisions are
// taken newest first; each older one's recommendations are paired with
// MatchRecommendations against the nearest newer wording of each row, and
// those left over become rows of their own, placed after their
// predecessor. It returns the newest revision and the rows, in its order.
func alignRevisions(revs []*Agreement) (*Agreement, []alignedRec) {
	var distinct []*Agreement
	seen := map[*Agreement]bool{}
	for _, a := range revs {
		if a != nil && !seen[a] { // nil: a round covering no revision
			seen[a] = true
			distinct = append(distinct, a)
		}
	}
	// Newest first; a handful of revisions, so insertion sort.
	for i := 1; i < len(distinct); i++ {
		for j := i; j > 0 && newer(distinct[j], distinct[j-1]); j-- {
			distinct[j], distinct[j-1] = distinct[j-1], distinct[j]
		}
	}
	type row struct {
		by   map[*Agreement]*Recommendation
		last *Recommendation
	}
	var rows []*row
	for _, rev := range distinct {
		reps := make([]*Recommendation, len(rows))
		for k, r := range rows {
			reps[k] = r.last
		}
		match := MatchRecommendations(rev.Recommendations, reps)
		for i, k := range match {
			rows[k].by[rev] = rev.Recommendations[i]
		}
		var prev *row
		for i, rec := range rev.Recommendations {
			if k, ok := match[i]; ok {
				prev = rows[k]
				continue
			}
			r := &row{by: map[*Agreement]*Recommendation{rev: rec}}
			at := 0
			for k, x := range rows {
				if x == prev {
					at = k + 1
					break
				}
			}
			rows = append(rows[:at], append([]*row{r}, rows[at:]...)...)
			prev = r
		}
		for _, r := range rows {
			if rec := r.by[rev]; rec != nil {
				r.last = rec
			}
		}
	}
	out := make([]alignedRec, len(rows))
	for k, r := range rows {
		ar := alignedRec{recs: make([]*Recommendation, len(revs))}
		for _, rev := range distinct {
			if rec := r.by[rev]; rec != nil {
				ar.shown = rec
				break
			}
		}
		for i, rev := range revs {
			rec := r.by[rev]
			ar.recs[i] = rec
			if rec != nil && rec.Text != ar.shown.Text {
				ar.revised = true
			}
		}
		out[k] = ar
	}
	var newest *Agreement
	if len(distinct) > 0 {
		newest = distinct[0]
	}
	return newest, out
}
