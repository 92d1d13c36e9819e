package deficit

import "fmt"

// Projection is the engine's output for one set of inputs and a scenario.
type Projection struct {
	// Label names the projection (the inputs' label, or the scenario's).
	Label     string
	Authority string
	// OpeningYear and OpeningDeficit are the outturn the projection starts
	// from.
	OpeningYear    Year
	OpeningDeficit float64
	// Schemes name the columns of YearResult.Savings.
	Schemes []SchemeRef
	// SavingsInSpend repeats the inputs' flag: when true the savings shown
	// are already in Spend, not subtracted again.
	SavingsInSpend bool
	Years          []YearResult
	// FirstBalancedYear is the first year spend is within funding (in-year
	// variance zero or below); ClearedYear the first year the cumulative
	// deficit is zero or below. Zero means not within the projection.
	FirstBalancedYear Year
	ClearedYear       Year
	// Agreed names the profile the gaps are measured against, if any.
	Agreed string
}

// SchemeRef names a savings scheme and its theme.
type SchemeRef struct {
	ID, Name, Theme, SubTheme string
}

// YearResult is one projected year.
type YearResult struct {
	Year     Year
	Funding  float64
	Spend    float64
	Variance float64 // Spend − Funding: positive adds to the deficit
	// Savings is the saving each scheme delivers in the year (cumulative
	// level), aligned with Projection.Schemes; SavingsTotal their sum.
	Savings       []float64
	SavingsTotal  float64
	Contributions float64
	Transfers     float64
	// Deficit is the cumulative deficit at the year's end (negative is a
	// surplus); Share is Deficit as a share of Funding, for comparing
	// authorities of different sizes.
	Deficit float64
	Share   float64
	// Gap is Deficit minus the agreed profile's deficit, when HasGap.
	Gap    float64
	HasGap bool
	// Derived lists the year's figures the source did not print and the
	// model worked out, each with how; a surface showing a column whose
	// field is here must mark it "(derived)" (see IsDerived).
	Derived []Derivation
}

// IsDerived returns the derivation behind the year's figure in column
// field (a Field constant), if that figure was derived.
func (r YearResult) IsDerived(field string) (Derivation, bool) {
	for _, d := range r.Derived {
		if d.Field == field {
			return d, true
		}
	}
	return Derivation{}, false
}

// Project runs the engine over in with scenario sc (nil for none),
// measuring gaps against agreed (nil for none).
func Project(in *Inputs, sc *Scenario, agreed *Forecast) (*Projection, error) {
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if err := sc.Validate(in); err != nil {
		return nil, err
	}
	l := newLevers(in)
	l.apply(in, sc)
	p := &Projection{
		Label: in.Label, Authority: in.Authority,
		OpeningYear: in.OpeningYear, OpeningDeficit: in.OpeningDeficit,
		SavingsInSpend: in.SavingsInSpend,
		Years:          make([]YearResult, len(in.Years)),
	}
	if sc != nil && sc.Name != "" {
		p.Label = sc.Name
	}
	for _, s := range in.Schemes {
		p.Schemes = append(p.Schemes, SchemeRef{ID: s.ID, Name: s.Name, Theme: s.Theme, SubTheme: s.SubTheme})
	}
	if agreed != nil {
		p.Agreed = agreed.Caption
	}
	deficit := in.OpeningDeficit
	for i, y := range in.Years {
		r := &p.Years[i]
		r.Year = y.Year
		r.Savings = make([]float64, len(in.Schemes))
		for _, d := range in.Derivations {
			if d.Year == y.Year && d.Field != "" {
				r.Derived = append(r.Derived, d)
			}
		}
		f := step(in, &l, i, r.Savings)
		r.SavingsTotal, r.Funding, r.Spend = f.savings, f.funding, f.spend
		r.Variance = r.Spend - r.Funding
		r.Contributions, r.Transfers = f.contributions, f.transfers
		deficit += f.change()
		r.Deficit = deficit
		if r.Funding != 0 {
			r.Share = r.Deficit / r.Funding
		}
		if agreed != nil {
			if d, ok := agreed.At(y.Year); ok {
				r.Gap, r.HasGap = r.Deficit-d, true
			}
		}
		if p.FirstBalancedYear == 0 && r.Variance <= 0 {
			p.FirstBalancedYear = y.Year
		}
		if p.ClearedYear == 0 && r.Deficit <= 0 {
			p.ClearedYear = y.Year
		}
	}
	return p, nil
}

// delivered is scheme j's saving in year i under the levers.
func delivered(in *Inputs, l *levers, j, i int) float64 {
	k := i - l.slip[j]
	if k < 0 {
		return 0
	}
	return in.Schemes[j].Savings[k] * l.delivery[j]
}

// flows are one year's money under the levers.
type flows struct {
	funding, spend, savings, contributions, transfers float64
}

// change is what the year adds to the cumulative deficit.
func (f flows) change() float64 {
	return f.spend - f.funding - f.contributions - f.transfers
}

// step works out year i under the levers, the yearly step the engine and
// the sensitivity run share; when savings is not nil it receives each
// scheme's delivered saving. When spend is already net of the planned
// savings, only the shortfall against plan is added back; otherwise the
// delivered savings are subtracted once.
func step(in *Inputs, l *levers, i int, savings []float64) flows {
	y := in.Years[i]
	f := flows{
		funding: y.Funding * l.funding[i], spend: y.Spend * l.spend[i],
		contributions: y.Contributions * l.paid[i], transfers: y.Transfers * l.transfer,
	}
	for j := range in.Schemes {
		d := delivered(in, l, j, i)
		if savings != nil {
			savings[j] = d
		}
		f.savings += d
		if in.SavingsInSpend {
			f.spend += in.Schemes[j].Savings[i] - d
		} else {
			f.spend -= d
		}
	}
	return f
}

// Deficits returns the cumulative deficit per year, opening year first.
func (p *Projection) Deficits() []Point {
	pts := []Point{{Year: p.OpeningYear, Deficit: p.OpeningDeficit}}
	for _, r := range p.Years {
		pts = append(pts, Point{Year: r.Year, Deficit: r.Deficit})
	}
	return pts
}

// Final returns the last projected year.
func (p *Projection) Final() YearResult { return p.Years[len(p.Years)-1] }

// ClearedText describes ClearedYear for people, e.g. "2024/25" or "not by
// 2025/26".
func (p *Projection) ClearedText() string {
	if p.ClearedYear == 0 {
		return fmt.Sprintf("not by %s", p.Final().Year)
	}
	return p.ClearedYear.String()
}
