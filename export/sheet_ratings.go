package export

import (
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// Sheet names, in workbook order.
const (
	SheetRatings    = "Ratings"
	SheetSummary    = "Summary"
	SheetPrevalence = "Theme prevalence"
	SheetMovement   = "Movement"
	SheetModel      = "Deficit model"
	SheetFindings   = "Reconciliation"
)

// roundInfo is the heading block of a round's sheets.
func roundInfo(r *Pack) []info {
	return []info{
		{"Authority", r.AuthorityName()},
		{"Round", r.Assessment.Title + " (agreements of " + r.AgreementYears() + ")"},
		{"Date", r.DateText() + "; exported " + benchmark.DayOf(r.Exported)},
		{"Source documents", sourcesLine(r.Documents())},
	}
}

// writeRatings is sheet 1: the appendix table with filled RAG cells and a
// key.
func writeRatings(s *sheet, r *Pack) {
	s.heading(r.Assessment.Title+": ratings", roundInfo(r))
	s.columns(ingest.RatingColumns, []float64{16, 48, 20, 20, 10, 36, 14, 24})
	rows := r.Rows()
	for _, row := range rows {
		n := s.row
		s.str(1, n, row.LA, s.st.wrap)
		s.str(2, n, row.Recommendation, s.st.wrap)
		s.str(3, n, row.Theme, s.st.wrap)
		s.str(4, n, row.SubTheme, s.st.wrap)
		s.str(5, n, row.RAG.Label(), s.st.rag[row.RAG])
		s.str(6, n, row.Commentary, s.st.wrap)
		s.str(7, n, row.Owner, s.st.wrap)
		s.str(8, n, row.Evidence, s.st.wrap)
		s.row++
	}
	s.table()
	s.row++
	writeKey(s)
	s.print(r.Assessment.Title)
}

// writeKey writes the RAG key: each rating's word, filled, and meaning.
func writeKey(s *sheet) {
	s.str(1, s.row, "RAG key", s.st.label)
	s.row++
	for _, rag := range benchmark.RAGs {
		s.str(1, s.row, rag.Label(), s.st.rag[rag])
		s.str(2, s.row, rag.Definition(), s.st.wrap)
		s.row++
	}
}
