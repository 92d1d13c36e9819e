package export

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// WriteWorkbook writes the round as an XLSX workbook: the appendix table
// (Ratings), the theme x RAG Summary with a chart, Theme prevalence across
// held agreements, Movement since the earlier round, and, when r.Model is
// set, the Deficit model's projection with a chart, the round's Reds beside
// Bury's savings by theme, and its Reconciliation findings.
func WriteWorkbook(w io.Writer, r *Round) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sheets := []struct {
		name  string
		write func(*sheet, *Round)
	}{
		{SheetRatings, writeRatings},
		{SheetSummary, writeSummary},
		{SheetPrevalence, writePrevalence},
		{SheetMovement, writeMovement},
	}
	if r.Model != nil {
		sheets = append(sheets, []struct {
			name  string
			write func(*sheet, *Round)
		}{{SheetModel, writeModel}, {SheetFindings, writeFindings}}...)
	}
	for i, sh := range sheets {
		s := newSheet(f, st, sh.name, i == 0)
		sh.write(s, r)
		if s.err != nil {
			return fmt.Errorf("write workbook: %w", s.err)
		}
	}
	if err := setProps(f, r.Assessment.Title+" – "+r.AuthorityName(), "Safety Valve self-assessment: ratings, summary, theme prevalence, movement and deficit model"); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// setProps names the document for file browsers and screen readers.
func setProps(f *excelize.File, title, subject string) error {
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{Title: title, Subject: subject, Creator: "svbench", Language: "en-GB"}); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}
