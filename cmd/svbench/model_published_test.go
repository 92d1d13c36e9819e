package main

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/svbench/svbench/datasets"
)

// TestModelShowsEveryPublishedFigure walks the shipped recovery forecasts
// and High Needs Block forecast (Tables 1, 2 and both Tables 3) and looks
// for each printed figure, as a whole word, in `svbench model bury`.
func TestModelShowsEveryPublishedFigure(t *testing.T) {
	t.Setenv("SVBENCH_DB", filepath.Join(t.TempDir(), "svbench.db"))
	code, out, errs := runModelCmd(t, "model", "bury")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	words := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		for _, w := range strings.Fields(line) {
			words[w] = true
		}
	}
	for file, cols := range map[string][]int{"bury/recovery_forecasts.csv": {2}, "bury/hnb_forecast.csv": {1, 2, 3}} {
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
				if !words[r[c]] {
					t.Errorf("%s %v: %q not in the output", file, r, r[c])
				}
			}
		}
	}
	if !strings.Contains(out, "(d)") || !strings.Contains(out, "DfE Safety Valve contribution") {
		t.Error("derived figures are not marked with how")
	}
}
