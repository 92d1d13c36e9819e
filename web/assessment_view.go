package web

import (
	"github.com/svbench/svbench/benchmark"
)

// ratedRow is one line of an assessment table: a recommendation, the
// mapping shown on this line (nil when it has none) and its rating.
type ratedRow struct {
	Agreement      *benchmark.Agreement
	Recommendation *benchmark.Recommendation
	Mapping        *benchmark.Mapping
	// SubThemes are the sub-themes shown when grouped by theme.
	SubThemes []string
	Rating    *benchmark.Rating
	RAG       benchmark.RAG
}

// rowGroup is a headed block of rows.
type rowGroup struct {
	Heading string
	Rows    []ratedRow
}

// Grouping modes of an assessment table.
const (
	groupByAgreement = "agreement"
	groupByTheme     = "theme"
)

// groupRows lays out a round's recommendations. By agreement, each mapping
// is a line, as the appendix does (Bury's first recommendation appears
// twice); by theme, each recommendation appears once under each theme.
func groupRows(tax benchmark.Taxonomy, agreements []*benchmark.Agreement, ratings map[int]*benchmark.Rating, mode string) []rowGroup {
	base := func(a *benchmark.Agreement, rec *benchmark.Recommendation) ratedRow {
		r := ratedRow{Agreement: a, Recommendation: rec, Rating: ratings[rec.ID]}
		if r.Rating != nil {
			r.RAG = r.Rating.RAG
		}
		return r
	}
	if mode != groupByTheme {
		var out []rowGroup
		for _, a := range agreements {
			g := rowGroup{Heading: partyNames(a.Parties)}
			for _, rec := range a.Recommendations {
				if len(rec.Mappings) == 0 {
					g.Rows = append(g.Rows, base(a, rec))
				}
				for _, m := range rec.Mappings {
					row := base(a, rec)
					row.Mapping = m
					g.Rows = append(g.Rows, row)
				}
			}
			out = append(out, g)
		}
		return out
	}
	byTheme := map[string]*rowGroup{}
	unmapped := &rowGroup{Heading: "No theme yet"}
	for _, a := range agreements {
		for _, rec := range a.Recommendations {
			if len(rec.Mappings) == 0 {
				unmapped.Rows = append(unmapped.Rows, base(a, rec))
			}
			for _, th := range rec.Themes() {
				g := byTheme[th]
				if g == nil {
					g = &rowGroup{Heading: th}
					byTheme[th] = g
				}
				row := base(a, rec)
				for _, m := range rec.Mappings {
					if m.Theme == th && m.SubTheme != "" {
						row.SubThemes = append(row.SubThemes, m.SubTheme)
					}
				}
				g.Rows = append(g.Rows, row)
			}
		}
	}
	var out []rowGroup
	for _, th := range tax {
		if g := byTheme[th.Name]; g != nil {
			out = append(out, *g)
		}
	}
	if len(unmapped.Rows) > 0 {
		out = append(out, *unmapped)
	}
	return out
}
