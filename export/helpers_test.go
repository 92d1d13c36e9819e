package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/export"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/internal/shipped"
	"github.com/svbench/svbench/models/bury"
	"github.com/svbench/svbench/sqlite"
	"github.com/xuri/excelize/v2"
)

// seeded opens a real temporary database seeded from the shipped datasets.
func seeded(t testing.TB) *sqlite.Store {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "svbench.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store := sqlite.NewStore(db)
	if _, err := ingest.Seed(context.Background(), datasets.FS, store); err != nil {
		t.Fatal(err)
	}
	return store
}

// services are the exports' services over store, with the shipped models
// (Bury's the yardstick), as cmd/svbench wires them.
func services(tb testing.TB, store *sqlite.Store) export.Services {
	tb.Helper()
	reg, err := shipped.Models()
	if err != nil {
		tb.Fatal(err)
	}
	return export.Services{Services: store.Services(), Models: reg}
}

// buryModel returns Bury's model and fails the test if it cannot be built.
func buryModel(tb testing.TB) *bury.Model {
	tb.Helper()
	m, err := shipped.Bury()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// bristol returns the seeded round from the appendix.
func bristol(t testing.TB, store *sqlite.Store) *benchmark.Assessment {
	t.Helper()
	title := "Mitigation Validation Exercise" // datasets/assessments.csv
	list, err := store.FindAssessments(context.Background(), benchmark.AssessmentFilter{Title: &title})
	if err != nil || len(list) != 1 {
		t.Fatalf("find Bristol's round: %v (%d found)", err, len(list))
	}
	return list[0]
}

// load loads a round for export and fails the test on error.
func load(t *testing.T, store *sqlite.Store, id int) *export.Pack {
	t.Helper()
	r, err := export.Load(context.Background(), services(t, store), id)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// workbook writes r and opens the result with excelize.
func workbook(t *testing.T, r *export.Pack) (*excelize.File, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteWorkbook(&buf, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("read workbook back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f, buf.Bytes()
}

// zipParts lists the parts of an XLSX file.
func zipParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		out[f.Name] = b.String()
	}
	return out
}

// cell reads one cell's value and fails the test on error.
func cell(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// fill is the first fill colour of a cell's style.
func fill(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Fill.Color) == 0 {
		return ""
	}
	return st.Fill.Color[0]
}

// findRow returns the first row number whose column col equals v, or 0.
func findRow(t *testing.T, f *excelize.File, sheet string, col int, v string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) >= col && r[col-1] == v {
			return i + 1
		}
	}
	return 0
}
