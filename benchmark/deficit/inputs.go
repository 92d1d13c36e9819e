package deficit

import (
	"fmt"
	"math"
)

// Inputs are everything the projection engine needs for one authority.
type Inputs struct {
	// Authority names the authority; Label names this set of inputs, e.g.
	// the published profile it reproduces.
	Authority string
	Label     string
	// OpeningYear is the last year before the projection (an outturn), and
	// OpeningDeficit the cumulative deficit at its end.
	OpeningYear    Year
	OpeningDeficit float64
	// Years are the projected years, consecutive, oldest first.
	Years []YearInput
	// Schemes are the savings schemes; each Savings slice is aligned with
	// Years and holds the cumulative level of saving reached in that year
	// (the saving against the pre-programme baseline, not the increment).
	Schemes []Scheme
	// SavingsInSpend is true when Spend is already net of the schemes'
	// planned savings, so the engine must not subtract them again; a
	// scenario then changes spend only by the savings it takes away.
	SavingsInSpend bool
	// Derivations explain every input the source did not state.
	Derivations []Derivation
}

// YearInput is one projected year's inputs.
type YearInput struct {
	Year Year
	// Funding is the High Needs Block allocation; Spend the estimated spend.
	Funding float64
	Spend   float64
	// Contributions are DfE Safety Valve payments that reduce the deficit.
	Contributions float64
	// Transfers are other funding into the High Needs Block, such as the
	// schools block transfer.
	Transfers float64
}

// Scheme is one savings scheme.
type Scheme struct {
	ID       string
	Name     string
	Theme    string
	SubTheme string
	// Savings holds the cumulative saving level per year, aligned with
	// Inputs.Years.
	Savings []float64
}

// Derivation explains one figure the model worked out because its source
// did not state it.
type Derivation struct {
	// Name is the figure, e.g. "DfE contribution"; Year its year.
	Name  string
	Year  Year
	Value float64
	// How shows the arithmetic, with the figures used.
	How string
	// Field names the projection column the figure feeds (one of the
	// Field constants), or is empty when it feeds none directly.
	Field string
}

// Columns of a projection a derived figure can feed (Derivation.Field).
const (
	FieldContributions = "contributions"
	FieldTransfers     = "transfers"
	FieldFunding       = "funding"
	FieldSavings       = "savings"
)

// Clone returns a deep copy of in.
func (in *Inputs) Clone() *Inputs {
	out := *in
	out.Years = append([]YearInput(nil), in.Years...)
	out.Schemes = make([]Scheme, len(in.Schemes))
	for i, s := range in.Schemes {
		s.Savings = append([]float64(nil), s.Savings...)
		out.Schemes[i] = s
	}
	out.Derivations = append([]Derivation(nil), in.Derivations...)
	return &out
}

// Validate reports the first structural problem in in.
func (in *Inputs) Validate() error {
	if len(in.Years) == 0 {
		return fmt.Errorf("inputs %q: no projected years", in.Label)
	}
	for i, y := range in.Years {
		if y.Year == 0 {
			return fmt.Errorf("inputs %q: row %d has no year", in.Label, i+1)
		}
		if i > 0 && y.Year != in.Years[i-1].Year+1 {
			return fmt.Errorf("inputs %q: %s follows %s; years must be consecutive", in.Label, y.Year, in.Years[i-1].Year)
		}
		for _, v := range []float64{y.Funding, y.Spend, y.Contributions, y.Transfers} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("inputs %q: %s has a figure that is not a number", in.Label, y.Year)
			}
		}
	}
	if in.OpeningYear != 0 && in.OpeningYear != in.Years[0].Year-1 {
		return fmt.Errorf("inputs %q: opening year %s does not precede %s", in.Label, in.OpeningYear, in.Years[0].Year)
	}
	seen := map[string]bool{}
	for _, s := range in.Schemes {
		if s.ID == "" || seen[s.ID] {
			return fmt.Errorf("inputs %q: scheme id %q is empty or repeated", in.Label, s.ID)
		}
		seen[s.ID] = true
		if len(s.Savings) != len(in.Years) {
			return fmt.Errorf("inputs %q: scheme %q has %d years of savings, want %d", in.Label, s.ID, len(s.Savings), len(in.Years))
		}
	}
	return nil
}

// Index returns the position of y in Years, or -1.
func (in *Inputs) Index(y Year) int {
	if len(in.Years) == 0 {
		return -1
	}
	i := int(y - in.Years[0].Year)
	if i < 0 || i >= len(in.Years) {
		return -1
	}
	return i
}

// Scheme returns the scheme with the given id, or nil.
func (in *Inputs) Scheme(id string) *Scheme {
	for i := range in.Schemes {
		if in.Schemes[i].ID == id {
			return &in.Schemes[i]
		}
	}
	return nil
}
