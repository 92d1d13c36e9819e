package export_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
)

// TestScenarios_ReadBack writes two saved scenarios as CSV and XLSX and
// reads both back: every setting in its column, blanks left blank, the
// sheet printing at 70% or more of full size, the file dated when made.
func TestScenarios_ReadBack(t *testing.T) {
	made := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	list := []*benchmark.SavedScenario{
		{ID: 2, AuthorityCode: "E08000002", Authority: &benchmark.Authority{Name: "Bury"}, Model: "bury", Name: "Withheld",
			Query: "withhold=2023%2F24&withhold=2024%2F25", CreatedBy: "Bea", CreatedAt: made},
		{ID: 1, AuthorityCode: "E08000002", Authority: &benchmark.Authority{Name: "Bury"}, Model: "bury", Name: "Late",
			Query: "delivery_pct=80&slip_years=1", CreatedBy: "Ada", CreatedAt: made.Add(-time.Hour)},
	}
	var c bytes.Buffer
	if err := export.WriteScenariosCSV(&c, list); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("%d CSV rows, want a header and 2", len(recs))
	}
	col := func(row int, name string) string {
		for i, h := range recs[0] {
			if h == name {
				return recs[row][i]
			}
		}
		t.Fatalf("no column %q", name)
		return ""
	}
	if col(1, "DfE contributions withheld") != "2023/24, 2024/25" || col(1, "Savings late, years") != "" ||
		col(2, "Savings late, years") != "1" || col(2, "Savings delivered, %") != "80" || col(2, "Saved by") != "Ada" {
		t.Errorf("CSV = %q", recs)
	}
	if got := col(2, "Run again at"); got != "/model/bury?delivery_pct=80&slip_years=1#result" {
		t.Errorf("link = %q", got)
	}

	var x bytes.Buffer
	if err := export.WriteScenariosXLSX(&x, "bury", list, made); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&x)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(export.SheetScenarios)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, r := range rows {
		if len(r) > 3 && (r[3] == "Withheld" || r[3] == "Late") {
			found++
		}
	}
	if found != 2 {
		t.Errorf("%d scenario rows in the sheet, want 2: %q", found, rows)
	}
	px := 0.0
	for c := 1; c <= len(recs[0]); c++ {
		name, _ := excelize.ColumnNumberToName(c)
		w, err := f.GetColWidth(export.SheetScenarios, name)
		if err != nil {
			t.Fatal(err)
		}
		px += colPx(w)
	}
	if px > 1.4*a4LandscapePx {
		t.Errorf("print area %.0f px wide, over 1.4 × %.0f px", px, a4LandscapePx)
	}
	props, err := f.GetDocProps()
	if err != nil || !strings.HasPrefix(props.Created, "2026-12-03") {
		t.Errorf("created %q (%v), want 3 December 2026", props.Created, err)
	}
}
