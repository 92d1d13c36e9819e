package bury

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
)

// ThemeRow is one line of datasets/themes.csv (the taxonomy).
type ThemeRow struct {
	Theme    string `csv:"theme"`
	SubTheme string `csv:"sub_theme"`
}

// ThemeSavings is what Bury's savings schemes attached to one theme: "what
// closing this Red was worth elsewhere".
type ThemeSavings struct {
	Theme string
	// Year is the last year of Table 4; Savings the full-year saving the
	// theme's schemes reach by then (£m), Transfers the funding transfers
	// mapped to the theme (kept apart: they are not savings).
	Year      deficit.Year
	Savings   float64
	Transfers float64
	Schemes   []SchemeSaving
}

// SchemeSaving is one Table 4 row under a theme.
type SchemeSaving struct {
	ID       string
	Scheme   string
	SubTheme string
	// Kind is saving, transfer or not-assumed.
	Kind string
	// Amount is the cumulative level reached by ThemeSavings.Year (£m);
	// Derived is true when the row had to be re-read to get it (the
	// year-on-year out-of-borough row).
	Amount  float64
	Derived bool
}

// SavingsByTheme maps Bury's savings schemes to the themes of
// datasets/themes.csv, listing every theme in taxonomy order (a theme with
// no scheme has zero savings).
func SavingsByTheme() ([]ThemeSavings, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return m.SavingsByTheme()
}

// SavingsByTheme maps m's savings schemes to the taxonomy's themes. The
// mapping is worked out once; each call returns its own copy.
func (m *Model) SavingsByTheme() ([]ThemeSavings, error) {
	ts, err := m.themes()
	if err != nil {
		return nil, err
	}
	out := make([]ThemeSavings, len(ts))
	for i, t := range ts {
		t.Schemes = append([]SchemeSaving(nil), t.Schemes...)
		out[i] = t
	}
	return out, nil
}

// savingsByTheme does the work of SavingsByTheme.
func (m *Model) savingsByTheme() ([]ThemeSavings, error) {
	d := m.data
	var out []ThemeSavings
	index := map[string]int{}
	subs := map[[2]string]bool{}
	years := d.SavingYears()
	last := years[len(years)-1]
	for _, t := range d.Themes {
		subs[[2]string{t.Theme, t.SubTheme}] = true
		if _, ok := index[t.Theme]; !ok {
			index[t.Theme] = len(out)
			out = append(out, ThemeSavings{Theme: t.Theme, Year: last})
		}
	}
	k := m.base.Index(last)
	for _, s := range d.Schemes {
		i, ok := index[s.Theme]
		if !ok || !subs[[2]string{s.Theme, s.SubTheme}] {
			return nil, fmt.Errorf("bury savings by theme: %q maps to %q / %q, which is not in themes.csv", s.Scheme, s.Theme, s.SubTheme)
		}
		ss := SchemeSaving{ID: s.ID, Scheme: s.Scheme, SubTheme: s.SubTheme, Kind: s.Kind}
		switch s.Kind {
		case "saving":
			if sch := m.base.Scheme(s.ID); sch != nil && k >= 0 {
				ss.Amount = sch.Savings[k]
			}
			ss.Derived = s.Basis == "year-on-year"
			out[i].Savings += ss.Amount
		case "transfer":
			ss.Amount = d.Saving(s.ID, last).Or(0)
			out[i].Transfers += ss.Amount
		}
		out[i].Schemes = append(out[i].Schemes, ss)
	}
	return out, nil
}
