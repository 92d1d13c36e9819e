package ingest

import (
	"encoding/csv"
	"fmt"
	"io"

	"github.com/gocarina/gocsv"
)

// newExcelCSV starts a CSV the way Excel reads it best: UTF-8 behind a byte
// order mark, with CRLF line ends.
func newExcelCSV(w io.Writer) (*csv.Writer, error) {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw, nil
}

// WriteExcelCSV writes rows (a slice of pointers to structs with csv tags)
// with gocsv as Excel reads CSV best. Cells are written as given: neutralise
// them first (NeutraliseCell).
func WriteExcelCSV(w io.Writer, rows any) error {
	cw, err := newExcelCSV(w)
	if err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := gocsv.MarshalCSV(rows, gocsv.NewSafeCSVWriter(cw)); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// WriteExcelRecords writes records (the first is the header) as Excel reads
// CSV best, neutralising every cell against spreadsheet formulas.
func WriteExcelRecords(w io.Writer, records [][]string) error {
	cw, err := newExcelCSV(w)
	if err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, rec := range records {
		for i := range rec {
			rec[i] = NeutraliseCell(rec[i])
		}
	}
	if err := cw.WriteAll(records); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}
