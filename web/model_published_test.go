package web_test

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/datasets"
)

// TestModelPageShowsEveryPublishedFigure walks the shipped recovery
// forecasts and High Needs Block forecast (Tables 1, 2 and both Tables 3,
// 2020/21 column included) and looks for each printed figure in a cell of
// the model page's published tables.
func TestModelPageShowsEveryPublishedFigure(t *testing.T) {
	app := newTestServer(t)
	resp := app.get(t, "/model/bury")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	doc := pageDoc(t, resp)
	cells := map[string]bool{}
	for i := 0; ; i++ {
		tb := byID(doc, "published-"+strconv.Itoa(i))
		if tb == nil {
			break
		}
		for _, r := range modelRowCells(tb) {
			for _, c := range r {
				cells[strings.TrimSpace(c)] = true
			}
		}
	}
	for file, cols := range map[string][]int{"bury/recovery_forecasts.csv": {3}, "bury/hnb_forecast.csv": {0, 1, 2, 3}} {
		f, err := datasets.FS.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs[1:] {
			for _, c := range cols {
				if !cells[r[c]] {
					t.Errorf("%s %v: %q not in a published table cell", file, r, r[c])
				}
			}
		}
	}
}

// TestModelPageMarksDerivedCells: the report prints no DfE contribution
// (seed section 5), so each contribution cell of the base projection says
// "(derived)"; Table 4 states the 2022/23 schools block transfer (0.700),
// so that cell does not.
func TestModelPageMarksDerivedCells(t *testing.T) {
	app := newTestServer(t)
	doc := pageDoc(t, app.get(t, "/model/bury"))
	tb := byID(doc, "base-table")
	if tb == nil {
		t.Fatal("no base-table")
	}
	found := false
	for _, r := range modelRowCells(tb)[1:] {
		if r[0] == "2022/23" {
			found = true
			if !strings.HasSuffix(r[5], "(derived)") || strings.Contains(r[6], "derived") {
				t.Errorf("2022/23 row = %q", r)
			}
		}
	}
	if !found {
		t.Error("no 2022/23 row")
	}
}
