package export

import (
	"io"

	"github.com/svbench/svbench/ingest"
)

// WriteCSV writes the round's ratings in the appendix's shape (LA,
// Recommendation, Theme, Sub-Theme, RAG, Commentary, Owner, Evidence), one
// line per mapping, as Excel reads CSV best: UTF-8 with a byte order mark
// and CRLF line ends. `svbench import ratings` reads it back unchanged.
func WriteCSV(w io.Writer, r *Pack) error {
	var rows []*ingest.RatingRow
	for _, row := range r.Rows() {
		rows = append(rows, &ingest.RatingRow{LA: row.LA, Recommendation: row.Recommendation, Theme: row.Theme,
			SubTheme: row.SubTheme, RAG: ragText(row.RAG), Commentary: row.Commentary, Owner: row.Owner, Evidence: row.Evidence})
	}
	return ingest.WriteRatingsCSV(w, rows)
}
