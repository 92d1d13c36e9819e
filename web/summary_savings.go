package web

import (
	"strings"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit/bury"
)

// themeWorth is one theme of a round beside the savings Bury's recovery
// plan attached to the same theme: "what closing this Red was worth
// elsewhere".
type themeWorth struct {
	Theme string
	Red   int
	// Savings is Bury's full-year saving by Year (£m), formatted; empty
	// when no Bury scheme maps to the theme.
	Savings, Transfers string
	Schemes            []string
}

// themeWorthTable is the round's themes with Bury's savings, and the year
// those savings are reached.
type themeWorthTable struct {
	Year string
	Rows []themeWorth
}

// newThemeWorth lines Bury's savings by theme up with the themes counted in
// sum, in the summary's order.
func newThemeWorth(sum benchmark.Summary) (themeWorthTable, error) {
	ts, err := bury.SavingsByTheme()
	if err != nil {
		return themeWorthTable{}, err
	}
	byTheme := map[string]bury.ThemeSavings{}
	var t themeWorthTable
	for _, s := range ts {
		byTheme[strings.ToLower(s.Theme)] = s
		t.Year = s.Year.String()
	}
	for _, c := range sum.Themes {
		w := themeWorth{Theme: c.Theme, Red: c.Red}
		if s, ok := byTheme[strings.ToLower(c.Theme)]; ok && len(s.Schemes) > 0 {
			w.Savings, w.Transfers = fmtMillions(s.Savings), fmtMillions(s.Transfers)
			for _, sc := range s.Schemes {
				n := sc.Scheme
				switch {
				case sc.Kind == "transfer":
					n += " (funding transfer, not a saving)"
				case sc.Kind == "not-assumed":
					n += " (no saving assumed)"
				}
				w.Schemes = append(w.Schemes, n)
			}
		}
		t.Rows = append(t.Rows, w)
	}
	return t, nil
}
