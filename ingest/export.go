package ingest

import (
	"io"
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// ExportRows renders agreements as rows: one per mapping of each
// recommendation (one with blank theme when it has none), every cell
// neutralised against spreadsheet formulas.
func ExportRows(agreements []*benchmark.Agreement) []*AgreementRow {
	var rows []*AgreementRow
	for _, a := range agreements {
		names := make([]string, len(a.Parties))
		for i, p := range a.Parties {
			names[i] = p.Place()
		}
		for _, r := range a.Recommendations {
			base := AgreementRow{Authority: strings.Join(names, ";"), Agreement: a.Title, FinancialYear: a.FinancialYear, Published: a.Published,
				Status: a.Status, Reference: r.Reference, Recommendation: r.Text, Due: r.Due, SourceURL: a.SourceURL}
			if len(r.Mappings) == 0 {
				row := base
				rows = append(rows, neutraliseRow(&row))
			}
			for _, m := range r.Mappings {
				row := base
				row.Theme, row.SubTheme, row.MappingSource = m.Theme, m.SubTheme, m.Source
				if m.Source == benchmark.SourceSuggested {
					row.Confidence = strconv.FormatFloat(m.Confidence, 'f', -1, 64)
				}
				rows = append(rows, neutraliseRow(&row))
			}
		}
	}
	return rows
}

func neutraliseRow(r *AgreementRow) *AgreementRow {
	for _, p := range r.fields() {
		*p = NeutraliseCell(*p)
	}
	return r
}

// WriteAgreementsCSV writes agreements in the export format as Excel reads
// CSV best: UTF-8 with a byte order mark and CRLF line ends.
func WriteAgreementsCSV(w io.Writer, agreements []*benchmark.Agreement) error {
	return WriteExcelCSV(w, ExportRows(agreements))
}
