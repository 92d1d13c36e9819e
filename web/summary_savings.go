package web

import (
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/export"
)

// themeWorth is one row of export.Worth formatted for a page: a theme of
// the round beside the savings the yardstick's plan attached to it.
type themeWorth struct {
	Theme string
	Red   int
	// Savings and Transfers are £m, formatted; empty when no scheme of
	// the plan maps to the theme.
	Savings, Transfers string
	Schemes            []string
}

// themeWorthTable is the round's themes with the yardstick's savings, and
// the year those savings are reached.
type themeWorthTable struct {
	// ID is the table's id on its page.
	ID   string
	Year string
	// Authority, Plan and Model are the model's authority, plan and
	// registry name, which label the table and link to the model's page.
	Authority, Plan, Model string
	Rows                   []themeWorth
}

// themeWorth lines the yardstick's savings by theme up with the themes
// counted in sum, for a page; nil when the yardstick maps no savings to
// themes.
func (s *Server) themeWorth(id string, sum benchmark.Summary) (*themeWorthTable, error) {
	sv, err := export.YardstickSavings(s.Models)
	if err != nil || sv == nil {
		return nil, err
	}
	return newThemeWorth(id, export.WorthByTheme(sum, sv)), nil
}

// newThemeWorth formats w for a page, in the summary's order.
func newThemeWorth(id string, w export.Worth) *themeWorthTable {
	t := &themeWorthTable{ID: id, Year: w.Year.String(), Authority: w.Authority, Plan: w.Plan, Model: w.Model}
	for _, r := range w.Rows {
		row := themeWorth{Theme: r.Theme, Red: r.Reds}
		if r.HasSchemes {
			row.Savings, row.Transfers, row.Schemes = summaryMillions(r.Savings), summaryMillions(r.Transfers), r.Schemes
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// summaryMillions formats £m for a summary's table, whose heading names
// the unit: two decimals, as the house style writes £2.03m in summaries.
// Tables that reproduce a published table keep its three (fmtMillions).
func summaryMillions(v float64) string { return deficit.FormatNumber(v, 2) }
