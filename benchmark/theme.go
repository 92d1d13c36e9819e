package benchmark

import "context"

// Theme is a top-level heading of the taxonomy, e.g. "Financial Efficiencies".
type Theme struct {
	ID          int      `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Vocabulary  []string `json:"vocabulary"`
	// Examples are labelled recommendations of the theme alone, which
	// theme suggestion learns from beside the agreements' own mappings.
	Examples  []Example   `json:"examples,omitempty"`
	SubThemes []*SubTheme `json:"sub_themes"`
}

// Example is a recommendation written for the taxonomy and labelled by
// hand: what a theme or sub-theme holds, in a council's words.
type Example struct {
	Text string `json:"text"`
	// WrittenFrom names the council whose reforms the example follows, so
	// that an evaluation can leave out a council's examples together.
	WrittenFrom string `json:"written_from"`
	SourceURL   string `json:"source_url"`
}

// SubTheme belongs to exactly one theme; names repeat across themes
// ("Commissioning" sits under two), so a sub-theme is always scoped.
type SubTheme struct {
	ID          int      `json:"id"`
	ThemeID     int      `json:"theme_id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Vocabulary  []string `json:"vocabulary"`
	// Examples are labelled recommendations of the sub-theme.
	Examples []Example `json:"examples,omitempty"`
}

// Taxonomy is the full list of themes with their sub-themes.
type Taxonomy []*Theme

// Theme returns the theme with the given name (compared with NormalizeText),
// or nil. The name as written is tried first: a file names its themes as
// the taxonomy does on almost every row.
func (t Taxonomy) Theme(name string) *Theme {
	for _, th := range t {
		if th.Name == name {
			return th
		}
	}
	n := NormalizeText(name)
	for _, th := range t {
		if NormalizeText(th.Name) == n {
			return th
		}
	}
	return nil
}

// SubTheme returns the named sub-theme of th (compared with
// NormalizeText, the name as written tried first), or nil.
func (th *Theme) SubTheme(name string) *SubTheme {
	for _, st := range th.SubThemes {
		if st.Name == name {
			return st
		}
	}
	n := NormalizeText(name)
	for _, st := range th.SubThemes {
		if NormalizeText(st.Name) == n {
			return st
		}
	}
	return nil
}

// ThemeService reads the taxonomy.
type ThemeService interface {
	// Taxonomy returns every theme with its sub-themes, in dataset order.
	Taxonomy(ctx context.Context) (Taxonomy, error)
}
