package deficit

import "fmt"

// Comparison sets a scenario's projection against the base.
type Comparison struct {
	Base, Scenario Year // cleared years; zero if not cleared
	// Shift is how many years later (positive) or earlier (negative) the
	// scenario clears. When either side does not clear, Shift is a lower
	// bound counted from the year after the projection ends, and Bounded
	// is true.
	Shift   int
	Bounded bool
	// Change is the scenario's cumulative deficit minus the base's, per
	// year, aligned with the projections' Years.
	Change []float64
	// Summary says it in a sentence.
	Summary string
}

// Compare sets scen against base; both must cover the same years.
func Compare(base, scen *Projection) Comparison {
	c := Comparison{Base: base.ClearedYear, Scenario: scen.ClearedYear}
	for i := range base.Years {
		if i < len(scen.Years) {
			c.Change = append(c.Change, scen.Years[i].Deficit-base.Years[i].Deficit)
		}
	}
	beyond := base.Final().Year + 1
	by, sy := c.Base, c.Scenario
	if by == 0 {
		by, c.Bounded = beyond, true
	}
	if sy == 0 {
		sy, c.Bounded = beyond, true
	}
	c.Shift = int(sy - by)
	final := scen.Final()
	switch {
	case c.Base == 0 && c.Scenario == 0:
		c.Summary = fmt.Sprintf("Neither the base nor %q clears the deficit by %s; %q leaves %s (%s against the base).",
			scen.Label, final.Year, scen.Label, FormatMillions(final.Deficit), change(c.Change[len(c.Change)-1]))
	case c.Scenario == 0:
		c.Summary = fmt.Sprintf("Under %q the deficit does not clear by %s, at least %s later than the base (%s); %s is left in %s.",
			scen.Label, final.Year, years(c.Shift), c.Base, FormatMillions(final.Deficit), final.Year)
	case c.Base == 0:
		c.Summary = fmt.Sprintf("Under %q the deficit clears in %s, at least %s earlier than the base, which does not clear by %s.",
			scen.Label, c.Scenario, years(-c.Shift), final.Year)
	case c.Shift == 0:
		c.Summary = fmt.Sprintf("Under %q the deficit still clears in %s, as in the base.", scen.Label, c.Scenario)
	case c.Shift > 0:
		c.Summary = fmt.Sprintf("Under %q the deficit clears in %s, %s later than the base (%s).", scen.Label, c.Scenario, years(c.Shift), c.Base)
	default:
		c.Summary = fmt.Sprintf("Under %q the deficit clears in %s, %s earlier than the base (%s).", scen.Label, c.Scenario, years(-c.Shift), c.Base)
	}
	return c
}

// change formats a difference in £m with its sign: "+£1.500m", "−£0.250m",
// or "£0.000m" for none.
func change(v float64) string {
	s := FormatMillions(v)
	if v > 0 && s != FormatMillions(0) {
		return "+" + s
	}
	return s
}

func years(n int) string {
	if n == 1 {
		return "1 year"
	}
	return fmt.Sprintf("%d years", n)
}
