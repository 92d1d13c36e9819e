package deficit

// Forecast is a published cumulative-deficit profile by year.
type Forecast struct {
	// ID is stable (e.g. "revised-2021-12-16"); Caption is the table's
	// caption and Number the table number as printed (numbers can repeat).
	ID      string
	Caption string
	Number  string
	// Agreed marks the profile agreed with DfE, which gaps are measured
	// against.
	Agreed bool
	Points []Point
	// Inputs, when not nil, are engine inputs that reproduce the profile.
	Inputs *Inputs
}

// Point is a cumulative deficit at the end of one year; a negative deficit
// is a surplus.
type Point struct {
	Year    Year
	Deficit float64
	// Printed is the figure as the source printed it, e.g. "-3.586 surplus".
	Printed string
}

// At returns the deficit at the end of y.
func (p *Forecast) At(y Year) (float64, bool) {
	for _, pt := range p.Points {
		if pt.Year == y {
			return pt.Deficit, true
		}
	}
	return 0, false
}

// ClearedYear is the first year the deficit is zero or below, or 0.
func (p *Forecast) ClearedYear() Year {
	for _, pt := range p.Points {
		if pt.Deficit <= 0 {
			return pt.Year
		}
	}
	return 0
}

// AgreedForecast returns the profile marked Agreed, or nil.
func AgreedForecast(ps []Forecast) *Forecast {
	for i := range ps {
		if ps[i].Agreed {
			return &ps[i]
		}
	}
	return nil
}
