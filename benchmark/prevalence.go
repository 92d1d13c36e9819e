package benchmark

// Prevalence counts, for one theme or sub-theme, how many recommendations of
// each agreement fall under it. A recommendation counts once per theme and
// once per sub-theme, however many of its mappings fall there.
type Prevalence struct {
	Theme    string `json:"theme"`
	SubTheme string `json:"sub_theme,omitempty"`
	// ByAgreement maps agreement ID to a count.
	ByAgreement map[int]int `json:"by_agreement"`
	Total       int         `json:"total"`
}

// ThemePrevalence returns one row per theme, each followed by its
// sub-themes, in taxonomy order, counting the given agreements'
// recommendations. Rows with no recommendations are kept so the matrix
// shows the whole taxonomy.
func ThemePrevalence(tax Taxonomy, agreements []*Agreement) []Prevalence {
	type key struct{ theme, sub string }
	counts := map[key]map[int]int{}
	for _, a := range agreements {
		for _, rec := range a.Recommendations {
			seen := map[key]bool{}
			for _, m := range rec.Mappings {
				keys := []key{{m.Theme, ""}}
				if m.SubTheme != "" {
					keys = append(keys, key{m.Theme, m.SubTheme})
				}
				for _, k := range keys {
					if seen[k] {
						continue
					}
					seen[k] = true
					if counts[k] == nil {
						counts[k] = map[int]int{}
					}
					counts[k][a.ID]++
				}
			}
		}
	}
	var out []Prevalence
	row := func(k key) {
		p := Prevalence{Theme: k.theme, SubTheme: k.sub, ByAgreement: counts[k]}
		if p.ByAgreement == nil {
			p.ByAgreement = map[int]int{}
		}
		for _, n := range p.ByAgreement {
			p.Total += n
		}
		out = append(out, p)
	}
	for _, th := range tax {
		row(key{th.Name, ""})
		for _, st := range th.SubThemes {
			row(key{th.Name, st.Name})
		}
	}
	return out
}
