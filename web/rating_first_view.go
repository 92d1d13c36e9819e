package web

import "net/url"

// gridAllUpTo is the most recommendations a round's grid shows at once
// when no filter is asked for; the seeds' round (27) shows every card. A
// larger round (the national set has 361) opens on its first
// gridFirstCards cards in grid order, with the filter to reach a whole
// theme or agreement and a link to show them all.
const (
	gridAllUpTo    = 100
	gridFirstCards = 25
)

// firstView marks f, read from query, as the grid's first view when the
// round is large and nothing was asked for: no theme, agreement or rating
// in the query (the filter form always sends them, so "All themes" chosen
// there shows all). With failed, the view opens on failed's theme (or
// agreement) whole, so its card and problems are on the page.
func firstView(f gridFilter, query url.Values, d *roundData, total int, failed *gridItem) gridFilter {
	if total <= gridAllUpTo || query.Has("theme") || query.Has("agreement") || query.Has("rag") {
		return f
	}
	switch {
	case failed == nil:
		f.FirstView = true
	case f.Group == groupByAgreement:
		f.Agreement, f.FirstView = failed.Agreement.ID, true
	case len(failed.Recommendation.Mappings) > 0:
		f.Theme, f.FirstView = failed.Recommendation.Mappings[0].ThemeID, true
	}
	return f
}

// firstCards cuts groups to their first n cards, in order, dropping the
// sections and groups left empty.
func firstCards(groups []*gridGroup, n int) []*gridGroup {
	var out []*gridGroup
	for _, g := range groups {
		kept := &gridGroup{Heading: g.Heading}
		for _, sec := range g.Sections {
			if n == 0 {
				break
			}
			items := sec.Items[:min(n, len(sec.Items))]
			n -= len(items)
			kept.Sections = append(kept.Sections, &gridSection{Heading: sec.Heading, Items: items})
		}
		if len(kept.Sections) > 0 {
			out = append(out, kept)
		}
	}
	return out
}
