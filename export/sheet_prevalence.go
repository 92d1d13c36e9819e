package export

import (
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// writePrevalence is sheet 3: how many recommendations of every held
// agreement fall under each theme and sub-theme, and the share of all
// recommendations that is.
func writePrevalence(s *sheet, r *Pack) {
	s.heading("Theme prevalence across all held agreements", roundInfo(r))
	held := r.Held
	titles := []string{"Theme", "Sub-theme"}
	widths := []float64{40, 36}
	for _, a := range held {
		titles = append(titles, fmt.Sprintf("%s (%s)", LA(a), a.FinancialYear))
		widths = append(widths, 16)
	}
	titles = append(titles, "All agreements", "Share of recommendations")
	widths = append(widths, 14, 16)
	s.columns(titles, widths)
	total := 0
	for _, a := range held {
		total += len(a.Recommendations)
	}
	for _, p := range benchmark.ThemePrevalence(r.Taxonomy, held) {
		n := s.row
		label := s.st.bold
		if p.SubTheme != "" {
			label = s.st.wrap
		}
		s.str(1, n, p.Theme, label)
		s.str(2, n, p.SubTheme, label)
		for i, a := range held {
			s.count(3+i, n, p.ByAgreement[a.ID], s.st.count)
		}
		s.count(3+len(held), n, p.Total, s.st.count)
		share := 0.0
		if total > 0 {
			share = float64(p.Total) / float64(total)
		}
		s.num(4+len(held), n, share, s.st.share)
		s.row++
	}
	s.table()
	s.row++
	s.note(fmt.Sprintf("%d agreements held, %d recommendations. A recommendation counts once under each theme and sub-theme it maps to.", len(held), total))
	s.print("Theme prevalence")
}
