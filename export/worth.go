package export

import (
	"strings"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/models/bury"
)

// ThemeWorth is one theme of a round beside the savings Bury's recovery
// plan attached to the same theme: "what closing a Red was worth
// elsewhere".
type ThemeWorth struct {
	Theme string
	// Reds counts the round's recommendations under the theme rated Red.
	Reds int
	// Savings is the full-year saving Bury's schemes under the theme reach
	// by Worth.Year, Transfers the funding transfers mapped to it (kept
	// apart: they are not savings); both £m, zero without schemes.
	Savings, Transfers float64
	// Schemes names Bury's schemes under the theme, a transfer or a
	// scheme with no saving assumed saying so.
	Schemes []string
	// HasSchemes is false when no Bury scheme maps to the theme.
	HasSchemes bool
}

// Worth is a round's themes, in the summary's order, beside Bury's
// savings by theme.
type Worth struct {
	// Year is the year Bury's savings are reached by (the last year of
	// its Table 4).
	Year deficit.Year
	Rows []ThemeWorth
}

// Worth lines Bury's savings by theme up with the round's theme counts.
func (r *Pack) Worth() (Worth, error) { return WorthByTheme(r.Summary()) }

// WorthByTheme lines Bury's savings by theme (bury.SavingsByTheme) up with
// the themes counted in sum, one row per theme of sum in its order. Theme
// names match whatever their case.
func WorthByTheme(sum benchmark.Summary) (Worth, error) {
	ts, err := bury.SavingsByTheme()
	if err != nil {
		return Worth{}, err
	}
	byTheme := map[string]bury.ThemeSavings{}
	var w Worth
	for _, s := range ts {
		byTheme[strings.ToLower(s.Theme)] = s
		w.Year = s.Year
	}
	for _, c := range sum.Themes {
		row := ThemeWorth{Theme: c.Theme, Reds: c.Red}
		if s, ok := byTheme[strings.ToLower(c.Theme)]; ok && len(s.Schemes) > 0 {
			row.HasSchemes = true
			row.Savings, row.Transfers = s.Savings, s.Transfers
			for _, sc := range s.Schemes {
				row.Schemes = append(row.Schemes, schemeLabel(sc))
			}
		}
		w.Rows = append(w.Rows, row)
	}
	return w, nil
}

// schemeLabel names a scheme, saying when it is a funding transfer or
// carries no saving.
func schemeLabel(sc bury.SchemeSaving) string {
	switch sc.Kind {
	case "transfer":
		return sc.Scheme + " (funding transfer, not a saving)"
	case "not-assumed":
		return sc.Scheme + " (no saving assumed)"
	}
	return sc.Scheme
}
