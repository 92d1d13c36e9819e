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

// SavingsByTheme maps m's savings schemes to the themes of
// datasets/themes.csv, listing every theme in taxonomy order (a theme with
// no scheme has zero savings). The mapping is worked out once; each call
// returns its own copy.
func (m *Model) SavingsByTheme() ([]deficit.ThemeSavings, error) {
	ts, err := m.themes()
	if err != nil {
		return nil, err
	}
	out := make([]deficit.ThemeSavings, len(ts))
	for i, t := range ts {
		t.Schemes = append([]deficit.SchemeSaving(nil), t.Schemes...)
		out[i] = t
	}
	return out, nil
}

// savingsByTheme does the work of SavingsByTheme.
func (m *Model) savingsByTheme() ([]deficit.ThemeSavings, error) {
	d := m.data
	var out []deficit.ThemeSavings
	index := map[string]int{}
	subs := map[[2]string]bool{}
	years := d.SavingYears()
	last := years[len(years)-1]
	for _, t := range d.Themes {
		subs[[2]string{t.Theme, t.SubTheme}] = true
		if _, ok := index[t.Theme]; !ok {
			index[t.Theme] = len(out)
			out = append(out, deficit.ThemeSavings{Theme: t.Theme, Year: last})
		}
	}
	k := m.base.Index(last)
	for _, s := range d.Schemes {
		i, ok := index[s.Theme]
		if !ok || !subs[[2]string{s.Theme, s.SubTheme}] {
			return nil, fmt.Errorf("bury savings by theme: %q maps to %q / %q, which is not in themes.csv", s.Scheme, s.Theme, s.SubTheme)
		}
		ss := deficit.SchemeSaving{ID: s.ID, Scheme: s.Scheme, SubTheme: s.SubTheme, Kind: s.Kind}
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
