package export

import "github.com/svbench/svbench/benchmark"

// Row is one line of the appendix table: a recommendation under one of its
// mappings (a recommendation with two mappings has two lines, as Bury's
// first does in the appendix) and the round's rating of it.
type Row struct {
	LA             string
	Recommendation string
	Theme          string
	SubTheme       string
	RAG            benchmark.RAG
	Commentary     string
	Owner          string
	Evidence       string
	// Reference ties the line to the agreement's numbering, e.g. "Bury 3",
	// and Round is the agreement's financial year, e.g. "2020-21".
	Reference, Round string
}

// Rows lays out the round's recommendations in the appendix's shape,
// agreement by agreement in recommendation order.
func (r *Pack) Rows() []Row {
	var out []Row
	for _, a := range r.Agreements {
		for _, rec := range a.Recommendations {
			base := Row{LA: LA(a), Recommendation: rec.Text, Reference: Reference(a, rec), Round: a.FinancialYear}
			if rt := r.Ratings[rec.ID]; rt != nil {
				base.RAG, base.Commentary, base.Owner, base.Evidence = rt.RAG, rt.Commentary, rt.Owner, rt.Evidence
			}
			if len(rec.Mappings) == 0 {
				out = append(out, base)
			}
			for _, m := range rec.Mappings {
				row := base
				row.Theme, row.SubTheme = m.Theme, m.SubTheme
				out = append(out, row)
			}
		}
	}
	return out
}

// Reference names a recommendation as a reader cites it: the agreement's
// parties and the recommendation's number in it, e.g. "Bury 3" (blank
// when the agreement numbers none).
func Reference(a *benchmark.Agreement, rec *benchmark.Recommendation) string {
	if rec.Reference == "" {
		return ""
	}
	return LA(a) + " " + rec.Reference
}

// ragText is the rating as written in a file: its word, or blank for not
// rated, as the appendix leaves it.
func ragText(r benchmark.RAG) string {
	if r == benchmark.NotRated {
		return ""
	}
	return r.Label()
}
