package generic

import "github.com/svbench/svbench/benchmark/deficit"

// inputs turns a supplied profile's years into engine inputs.
func inputs(years []deficit.ProfileYear, authority string) *deficit.Inputs {
	in := &deficit.Inputs{
		Authority: authority, Label: authority + " profile",
		OpeningYear: years[0].Year - 1, OpeningDeficit: opening(years), SavingsInSpend: true,
	}
	has := false
	sch := deficit.Scheme{ID: "savings", Name: "Planned savings", Theme: "Financial Efficiencies"}
	for _, y := range years {
		in.Years = append(in.Years, deficit.YearInput{
			Year: y.Year, Funding: y.Funding, Spend: y.Spend,
			Contributions: y.Contributions, Transfers: y.Transfers,
		})
		saving := 0.0
		if y.Savings != nil {
			saving, has = *y.Savings, true
		}
		sch.Savings = append(sch.Savings, saving)
	}
	if has {
		in.Schemes = []deficit.Scheme{sch}
	}
	return in
}

// opening is the deficit brought forward, given on the first year, or 0.
func opening(years []deficit.ProfileYear) float64 {
	if years[0].Opening == nil {
		return 0
	}
	return *years[0].Opening
}

// published returns the deficits the profile states, opening first when
// the profile states any.
func published(years []deficit.ProfileYear) []deficit.Point {
	var pts []deficit.Point
	for _, y := range years {
		if y.Deficit != nil {
			pts = append(pts, deficit.Point{Year: y.Year, Deficit: *y.Deficit, Printed: y.Printed})
		}
	}
	if len(pts) > 0 {
		pts = append([]deficit.Point{{Year: years[0].Year - 1, Deficit: opening(years)}}, pts...)
	}
	return pts
}
