package export

import (
	"io"

	"github.com/svbench/svbench/ingest"
)

// CSVReferenceColumns follow the appendix's columns in the ratings CSV: they
// tie each line to its recommendation and agreement round; an import reads
// past them.
var CSVReferenceColumns = []string{"Reference", "Agreement round"}

// WriteCSV writes the round's ratings in the appendix's shape (LA,
// Recommendation, Theme, Sub-Theme, RAG, Commentary, Owner, Evidence), then
// each line's Reference (e.g. "Bury 3") and Agreement round, one line per
// mapping, as Excel reads CSV best: UTF-8 with a byte order mark and CRLF
// line ends, every cell neutralised. `svbench import ratings` reads it
// back unchanged.
func WriteCSV(w io.Writer, r *Pack) error {
	head := append(append([]string{}, ingest.RatingColumns...), CSVReferenceColumns...)
	records := [][]string{head}
	for _, row := range r.Rows() {
		records = append(records, []string{row.LA, row.Recommendation, row.Theme, row.SubTheme, ragText(row.RAG),
			row.Commentary, row.Owner, row.Evidence, row.Reference, row.Round})
	}
	return ingest.WriteExcelRecords(w, records)
}
