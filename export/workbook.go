package export

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"
)

// WriteWorkbook writes the round as an XLSX workbook: the appendix table
// (Ratings), the theme x RAG Summary with a chart, Theme prevalence across
// held agreements, Movement since the earlier round, the Actions (owners
// and target dates, overdue ones marked) and, when r.Model is
// set, the Deficit model's projection with a chart, the round's Reds beside
// the yardstick model's savings by theme, and its Reconciliation findings;
// last, the Sources with their addresses.
func WriteWorkbook(w io.Writer, r *Pack) error {
	writers := []func(*sheet, *Pack){writeRatings, writeSummary, writePrevalence, writeMovement, writeActions}
	names := []string{SheetRatings, SheetSummary, SheetPrevalence, SheetMovement, SheetActions}
	if r.Model != nil {
		writers = append(writers, writeModel, writeFindings)
		names = append(names, SheetModel, SheetFindings)
	}
	pages := make([]page, len(writers))
	for i, write := range writers {
		pages[i] = page{names[i], func(s *sheet) { write(s, r) }}
	}
	pages = append(pages, page{SheetSources, func(s *sheet) { writeSources(s, r.Assessment.Title, roundInfo(r), r.Documents()) }})
	return writeBook(w, "write workbook", r.Assessment.Title+" – "+r.AuthorityName(),
		"Safety Valve self-assessment: ratings, summary, theme prevalence, movement, actions, deficit model and sources", r.Exported, pages)
}

// page is one sheet of a workbook: its name and what writes it.
type page struct {
	name  string
	write func(*sheet)
}

// writeBook writes pages into a new workbook, the first active, names the
// document with title and subject, and writes it to w. Errors start with
// what, e.g. "write workbook".
func writeBook(w io.Writer, what, title, subject string, made time.Time, pages []page) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	for i, p := range pages {
		s := newSheet(f, st, p.name, i == 0)
		p.write(s)
		if s.err != nil {
			return fmt.Errorf("%s: %w", what, s.err)
		}
	}
	if err := setProps(f, title, subject, made); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// setProps names the document for file browsers and screen readers, and
// dates it: created and last modified when it was made, by svbench.
func setProps(f *excelize.File, title, subject string, made time.Time) error {
	f.SetActiveSheet(0)
	if made.IsZero() {
		made = time.Now()
	}
	when := made.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Title: title, Subject: subject, Creator: "svbench", LastModifiedBy: "svbench",
		Created: when, Modified: when, Language: "en-GB"}); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}
