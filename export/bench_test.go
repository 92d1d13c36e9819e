package export_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/svbench/svbench/export"
)

// BenchmarkWriteWorkbook builds the seeded round's five-sheet workbook.
func BenchmarkWriteWorkbook(b *testing.B) {
	store := seeded(b)
	r, err := export.Load(b.Context(), services(b, store), bristol(b, store).ID)
	if err != nil {
		b.Fatal(err)
	}
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := export.WriteWorkbook(&buf, r); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/workbook")
}

// BenchmarkWriteCSV writes the seeded round's ratings as CSV.
func BenchmarkWriteCSV(b *testing.B) {
	store := seeded(b)
	r, err := export.Load(b.Context(), services(b, store), bristol(b, store).ID)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := export.WriteCSV(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}
