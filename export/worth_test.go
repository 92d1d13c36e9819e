package export_test

import (
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/export"
)

func TestWorthByTheme(t *testing.T) {
	m := buryModel(t)
	ts, err := m.SavingsByTheme()
	if err != nil {
		t.Fatal(err)
	}
	var fin deficit.ThemeSavings
	for _, s := range ts {
		if s.Theme == "Financial Efficiencies" { // datasets/themes.csv
			fin = s
		}
	}
	if fin.Transfers == 0 {
		t.Fatal("Financial Efficiencies carries no transfer; Bury's Schools Block transfer maps there (savings_schemes.csv)")
	}
	sum := benchmark.Summary{Themes: []benchmark.ThemeCount{
		{Theme: "Not one of Bury's themes", Red: 2},
		{Theme: strings.ToUpper(fin.Theme), Red: 1},
	}}
	w := export.WorthByTheme(sum, &export.Savings{Info: m.Info(), Themes: ts})
	if w.Year != fin.Year || len(w.Rows) != 2 {
		t.Fatalf("worth = %+v, want two rows by %s", w, fin.Year)
	}
	if r := w.Rows[0]; r.Theme != "Not one of Bury's themes" || r.Reds != 2 || r.HasSchemes || r.Savings != 0 || len(r.Schemes) != 0 {
		t.Errorf("unmatched theme row = %+v", r)
	}
	r := w.Rows[1]
	if r.Reds != 1 || !r.HasSchemes || r.Savings != fin.Savings || r.Transfers != fin.Transfers || len(r.Schemes) != len(fin.Schemes) {
		t.Errorf("%s row = %+v, want %+v", fin.Theme, r, fin)
	}
	transfers := 0
	for _, s := range r.Schemes {
		if strings.HasSuffix(s, " (funding transfer, not a saving)") {
			transfers++
		}
	}
	if transfers == 0 {
		t.Errorf("schemes %q do not mark the funding transfer", r.Schemes)
	}
}
