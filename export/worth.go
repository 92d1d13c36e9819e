package export

import (
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
)

// Savings is a model's savings by theme (deficit.ThemeSaver) with the
// model's description, which labels them.
type Savings struct {
	Info   deficit.Info
	Themes []deficit.ThemeSavings
}

// YardstickSavings returns the savings by theme of the yardstick of
// models, the model every authority is measured against. It returns nil
// when there is no yardstick or it maps no savings to themes.
func YardstickSavings(models *deficit.Registry) (*Savings, error) {
	if models == nil {
		return nil, nil
	}
	m, ok, err := models.OpenYardstick()
	if err != nil {
		return nil, fmt.Errorf("load savings by theme: %w", err)
	}
	saver, isSaver := m.(deficit.ThemeSaver)
	if !ok || !isSaver {
		return nil, nil
	}
	ts, err := saver.SavingsByTheme()
	if err != nil {
		return nil, fmt.Errorf("load savings by theme: %w", err)
	}
	return &Savings{Info: m.Info(), Themes: ts}, nil
}

// ThemeWorth is one theme of a round beside the savings another
// authority's recovery plan attached to the same theme: "what closing a
// Red was worth elsewhere".
type ThemeWorth struct {
	Theme string
	// Reds counts the round's recommendations under the theme rated Red.
	Reds int
	// Savings is the full-year saving the plan's schemes under the theme
	// reach by Worth.Year, Transfers the funding transfers mapped to it
	// (kept apart: they are not savings); both £m, zero without schemes.
	Savings, Transfers float64
	// Schemes names the plan's schemes under the theme, a transfer or a
	// scheme with no saving assumed saying so.
	Schemes []string
	// HasSchemes is false when no scheme of the plan maps to the theme.
	HasSchemes bool
}

// Worth is a round's themes, in the summary's order, beside a model's
// savings by theme.
type Worth struct {
	// Authority, Plan and Model are the model's authority, plan and
	// registry name (deficit.Info), which label the savings.
	Authority, Plan, Model string
	// Year is the year the savings are reached by (the last year of the
	// model's savings).
	Year deficit.Year
	Rows []ThemeWorth
}

// Worth lines the yardstick's savings by theme up with the round's theme
// counts; ok is false when Load found no savings by theme.
func (r *Pack) Worth() (w Worth, ok bool) {
	if r.Savings == nil {
		return Worth{}, false
	}
	return WorthByTheme(r.Summary(), r.Savings), true
}

// WorthByTheme lines s up with the themes counted in sum, one row per
// theme of sum in its order. Theme names match whatever their case.
func WorthByTheme(sum benchmark.Summary, s *Savings) Worth {
	w := Worth{Authority: s.Info.Authority, Plan: s.Info.Plan, Model: s.Info.Name}
	byTheme := map[string]deficit.ThemeSavings{}
	for _, t := range s.Themes {
		byTheme[strings.ToLower(t.Theme)] = t
		w.Year = t.Year
	}
	for _, c := range sum.Themes {
		row := ThemeWorth{Theme: c.Theme, Reds: c.Red}
		if t, ok := byTheme[strings.ToLower(c.Theme)]; ok && len(t.Schemes) > 0 {
			row.HasSchemes = true
			row.Savings, row.Transfers = t.Savings, t.Transfers
			for _, sc := range t.Schemes {
				row.Schemes = append(row.Schemes, schemeLabel(sc))
			}
		}
		w.Rows = append(w.Rows, row)
	}
	return w
}

// schemeLabel names a scheme, saying when it is a funding transfer or
// carries no saving.
func schemeLabel(sc deficit.SchemeSaving) string {
	switch sc.Kind {
	case "transfer":
		return sc.Scheme + " (funding transfer, not a saving)"
	case "not-assumed":
		return sc.Scheme + " (no saving assumed)"
	}
	return sc.Scheme
}
