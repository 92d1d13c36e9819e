package web

import (
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
)

// themeWorth is one row of export.Worth formatted for a page: a theme of
// the round beside the savings Bury's recovery plan attached to it.
type themeWorth struct {
	Theme string
	Red   int
	// Savings and Transfers are £m, formatted; empty when no Bury scheme
	// maps to the theme.
	Savings, Transfers string
	Schemes            []string
}

// themeWorthTable is the round's themes with Bury's savings, and the year
// those savings are reached.
type themeWorthTable struct {
	// ID is the table's id on its page.
	ID   string
	Year string
	Rows []themeWorth
}

// newThemeWorth lines Bury's savings by theme up with the themes counted in
// sum (export.WorthByTheme), in the summary's order, formatted for a page.
func newThemeWorth(id string, sum benchmark.Summary) (themeWorthTable, error) {
	w, err := export.WorthByTheme(sum)
	if err != nil {
		return themeWorthTable{}, err
	}
	t := themeWorthTable{ID: id, Year: w.Year.String()}
	for _, r := range w.Rows {
		row := themeWorth{Theme: r.Theme, Red: r.Reds}
		if r.HasSchemes {
			row.Savings, row.Transfers, row.Schemes = fmtMillions(r.Savings), fmtMillions(r.Transfers), r.Schemes
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}
