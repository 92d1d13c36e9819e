package export

import (
	"strings"
)

// worthTitle heads the block of the yardstick's savings by theme, as on the
// round's summary page and in the printable report.
const worthTitle = "What closing a Red was worth elsewhere"

// worthSchemeCols is how many model-sheet columns (E to J) the schemes
// cell spans, and worthThemeWidth the theme column's width.
const (
	worthSchemeCols = 6
	worthThemeWidth = 30
)

// writeWorth writes the round's Reds per theme beside the savings the
// yardstick model's plan attached to each theme (Pack.Worth) as a titled
// block: counts and £m as numbers, theme and schemes as text. Without
// savings by theme it writes nothing.
func writeWorth(s *sheet, r *Pack) {
	w, ok := r.Worth()
	if !ok {
		return
	}
	year, who := w.Year.String(), w.Authority+"'s"
	s.str(1, s.row, worthTitle, s.st.title)
	s.row++
	s.note("svbench, not " + w.Authority + ", assigned the savings schemes of " + who + " " + w.Plan + " to these themes.")
	s.note("The figure is the full-year saving " + w.Authority + " planned to reach by " + year + ", in £ million; funding transfers are listed but are not savings.")
	s.note("It shows what work in a theme was worth to one authority, not what it would be worth here.")
	header := s.columns([]string{"Theme", "Red here", who + " savings by " + year + " (£m)", who + " transfers (£m)", who + " schemes"},
		[]float64{worthThemeWidth})
	s.merge(5, header, 4+worthSchemeCols)
	for _, row := range w.Rows {
		n := s.row
		s.str(1, n, row.Theme, s.st.wrap)
		s.count(2, n, row.Reds, s.st.count)
		schemes := "No " + w.Authority + " scheme maps to this theme"
		if row.HasSchemes {
			s.num(3, n, row.Savings, s.st.millions)
			s.num(4, n, row.Transfers, s.st.millions)
			schemes = strings.Join(row.Schemes, "; ")
		} else {
			s.str(3, n, "–", s.st.text)
			s.str(4, n, "–", s.st.text)
		}
		s.str(5, n, schemes, s.st.wrap)
		s.merge(5, n, 4+worthSchemeCols)
		s.row++
	}
}
