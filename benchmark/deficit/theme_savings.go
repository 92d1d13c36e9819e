package deficit

// ThemeSaver is a model whose savings schemes are mapped to the taxonomy's
// themes: "what closing this Red was worth elsewhere".
type ThemeSaver interface {
	// SavingsByTheme lists every theme of the taxonomy in its order, a
	// theme with no scheme with zero savings; each call returns its own
	// copy.
	SavingsByTheme() ([]ThemeSavings, error)
}

// ThemeSavings is what a model's savings schemes attached to one theme.
type ThemeSavings struct {
	Theme string
	// Year is the last year of the model's savings; Savings the full-year
	// saving the theme's schemes reach by then (£m), Transfers the funding
	// transfers mapped to the theme (kept apart: they are not savings).
	Year      Year
	Savings   float64
	Transfers float64
	Schemes   []SchemeSaving
}

// SchemeSaving is one savings scheme under a theme.
type SchemeSaving struct {
	ID       string
	Scheme   string
	SubTheme string
	// Kind is saving, transfer or not-assumed.
	Kind string
	// Amount is the cumulative level reached by ThemeSavings.Year (£m);
	// Derived is true when the row had to be re-read to get it (a row
	// published year-on-year).
	Amount  float64
	Derived bool
}
