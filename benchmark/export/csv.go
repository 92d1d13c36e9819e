package export

import (
	"io"

	"github.com/svbench/svbench/ingest"
)

// csvRow is one CSV line in the appendix's shape, the columns
// ingest.ParseRatings reads.
type csvRow struct {
	LA             string `csv:"LA"`
	Recommendation string `csv:"Recommendation"`
	Theme          string `csv:"Theme"`
	SubTheme       string `csv:"Sub-Theme"`
	RAG            string `csv:"RAG"`
	Commentary     string `csv:"Commentary"`
	Owner          string `csv:"Owner"`
	Evidence       string `csv:"Evidence"`
}

// WriteCSV writes the round's ratings in the appendix's shape (LA,
// Recommendation, Theme, Sub-Theme, RAG, Commentary, Owner, Evidence), one
// line per mapping, as Excel reads CSV best: UTF-8 with a byte order mark
// and CRLF line ends. `svbench import ratings` reads it back unchanged.
func WriteCSV(w io.Writer, r *Round) error {
	var rows []*csvRow
	for _, row := range r.Rows() {
		rows = append(rows, &csvRow{LA: row.LA, Recommendation: row.Recommendation, Theme: row.Theme,
			SubTheme: row.SubTheme, RAG: ragText(row.RAG), Commentary: row.Commentary, Owner: row.Owner, Evidence: row.Evidence})
	}
	return writeCSV(w, rows, func(v *csvRow) {
		for _, p := range []*string{&v.LA, &v.Recommendation, &v.Theme, &v.SubTheme, &v.RAG, &v.Commentary, &v.Owner, &v.Evidence} {
			*p = ingest.NeutraliseCell(*p)
		}
	})
}

// writeCSV neutralises each row with safe and writes them as Excel reads
// CSV best.
func writeCSV[T any](w io.Writer, rows []*T, safe func(*T)) error {
	for _, row := range rows {
		safe(row)
	}
	return ingest.WriteExcelCSV(w, rows)
}
