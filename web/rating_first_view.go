package web

import (
	"net/url"

	"github.com/svbench/svbench/benchmark"
)

// gridAllUpTo is the most recommendations a round's grid shows at once
// when no filter is asked for. A larger round (the national set has 361)
// opens on one theme, or by agreement on one agreement, with the filter
// to reach the others and a link to show them all; the seeds' round (27)
// still shows every card.
const gridAllUpTo = 100

// firstView narrows f, read from query, to the grid's first view when the
// round is large and nothing was asked for: no theme, agreement or rating
// in the query (the filter form always sends them, so "All themes" chosen
// there shows all). With failed, the view opens where failed's card is.
func firstView(f gridFilter, query url.Values, d *roundData, total int, failed *gridItem) gridFilter {
	if total <= gridAllUpTo || query.Has("theme") || query.Has("agreement") || query.Has("rag") {
		return f
	}
	if f.Group == groupByAgreement {
		for _, a := range d.Agreements {
			if len(a.Recommendations) > 0 && (failed == nil || failed.Agreement == nil || failed.Agreement.ID == a.ID) {
				f.Agreement, f.FirstView = a.ID, true
				return f
			}
		}
		return f
	}
	if failed != nil {
		if ms := failed.Recommendation.Mappings; len(ms) > 0 {
			f.Theme, f.FirstView = ms[0].ThemeID, true
		}
		return f
	}
	if id := firstTheme(d.Taxonomy, d.Agreements); id != 0 {
		f.Theme, f.FirstView = id, true
	}
	return f
}

// firstTheme is the ID of the first theme, in taxonomy order, that any of
// the agreements' recommendations is mapped to; 0 when none is.
func firstTheme(tax benchmark.Taxonomy, agreements []*benchmark.Agreement) int {
	used := map[int]bool{}
	for _, a := range agreements {
		for _, r := range a.Recommendations {
			for _, m := range r.Mappings {
				used[m.ThemeID] = true
			}
		}
	}
	for _, th := range tax {
		if used[th.ID] {
			return th.ID
		}
	}
	return 0
}
