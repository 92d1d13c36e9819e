package web

import (
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// modelProjection is one projection laid out for a table; every figure is
// formatted here so templates print text only.
type modelProjection struct {
	// ID starts the ids of the cleared year ("base-cleared"); TableID is
	// the table's, ID-table unless a page names it otherwise.
	ID, TableID, Label    string
	OpeningYear, Opening  string
	Rows                  []modelYearRow
	Cleared, Balanced     string
	Agreed                string
	SchemeNames           []string
	SchemeRows            []modelSchemeRow
	SavingsAlreadyInSpend bool
	// Derived marks contributions and transfers worked out as balancing
	// items rather than printed in the source.
	Derived bool
}

// modelYearRow is one year of a projection.
type modelYearRow struct {
	Year, Funding, Spend, Variance, Savings, Contributions, Transfers, Deficit, Share, Gap string
}

// modelSchemeRow is one savings scheme's saving per year.
type modelSchemeRow struct {
	Name, Theme string
	Values      []string
}

func newModelProjection(id string, p *deficit.Projection) modelProjection {
	v := modelProjection{
		ID: id, TableID: id + "-table", Label: p.Label, OpeningYear: p.OpeningYear.String(), Opening: fmtMillions(p.OpeningDeficit),
		Cleared: p.ClearedText(), Balanced: p.FirstBalancedYear.String(), Agreed: p.Agreed,
		SavingsAlreadyInSpend: p.SavingsInSpend,
	}
	if v.Balanced == "" {
		v.Balanced = "not within the projection"
	}
	for _, y := range p.Years {
		r := modelYearRow{
			Year: y.Year.String(), Funding: derivedCell(y, deficit.FieldFunding, y.Funding), Spend: fmtMillions(y.Spend), Variance: fmtMillions(y.Variance),
			Savings: derivedCell(y, deficit.FieldSavings, y.SavingsTotal), Contributions: derivedCell(y, deficit.FieldContributions, y.Contributions), Transfers: derivedCell(y, deficit.FieldTransfers, y.Transfers),
			Deficit: fmtMillions(y.Deficit), Share: fmtShare(y.Share), Gap: "–",
		}
		if y.HasGap {
			r.Gap = fmtMillions(y.Gap)
		}
		v.Rows = append(v.Rows, r)
		v.SchemeNames = append(v.SchemeNames, y.Year.String())
	}
	for j, s := range p.Schemes {
		row := modelSchemeRow{Name: s.Name, Theme: strings.TrimSuffix(s.Theme+": "+s.SubTheme, ": ")}
		for _, y := range p.Years {
			row.Values = append(row.Values, fmtMillions(y.Savings[j]))
		}
		v.SchemeRows = append(v.SchemeRows, row)
	}
	return v
}

// fmtShare formats a deficit as a share of funding, e.g. "41%".
func fmtShare(f float64) string {
	s := fmt.Sprintf("%.0f%%", f*100)
	if s == "-0%" {
		return "0%"
	}
	return strings.Replace(s, "-", "−", 1)
}

// modelFinding is one reconciliation finding for a table.
type modelFinding struct {
	ID, Table, Where, Check, Status, Tag, Printed, Expected, Difference, Detail string
}

func newModelFindings(fs deficit.Findings) []modelFinding {
	var out []modelFinding
	for _, f := range fs {
		r := modelFinding{ID: f.ID, Table: f.Table, Where: f.Where, Check: f.Check, Status: f.Status.Label(), Tag: findingTag(f.Status),
			Detail: f.Detail, Printed: "–", Expected: "–", Difference: "–"}
		if f.HasFigures {
			r.Printed, r.Expected, r.Difference = fmtUnit(f.Unit, f.Printed), fmtUnit(f.Unit, f.Expected), fmtUnit(f.Unit, f.Difference)
		}
		out = append(out, r)
	}
	return out
}

// findingTag is the tag colour of a reconciliation outcome, for the model
// page and the report alike; the word (Status.Label) is always printed in
// the tag, so colour only repeats it.
func findingTag(s deficit.Status) string {
	// Not ratings, so no red, amber or green.
	switch s {
	case deficit.StatusInconsistent:
		return "govuk-tag--purple"
	case deficit.StatusAmbiguous:
		return "govuk-tag--turquoise"
	case deficit.StatusRounding:
		return "govuk-tag--light-blue"
	case deficit.StatusNote:
		return "govuk-tag--blue"
	}
	return "govuk-tag--grey"
}

// fmtUnit formats a figure with its unit ("£19.543m", "£229,507"), for the
// findings tables, whose columns mix units. A word joiner keeps a minus
// sign on the same line as the £ after it.
func fmtUnit(u deficit.Unit, v float64) string {
	return strings.Replace(deficit.Format(u, v), deficit.Minus, deficit.Minus+"\u2060", 1)
}

// modelDerivation is one derived figure with its working.
type modelDerivation struct {
	Name, Year, Value, How string
}

func newModelDerivations(ds []deficit.Derivation) []modelDerivation {
	var out []modelDerivation
	for _, d := range ds {
		val := fmtMillions(d.Value)
		if d.Value == 0 && strings.HasPrefix(d.Name, "Savings after") {
			val = "–"
		}
		out = append(out, modelDerivation{Name: d.Name, Year: d.Year.String(), Value: val, How: d.How})
	}
	return out
}

// modelBand summarises a sensitivity band.
type modelBand struct {
	Runs    int
	Summary string
	Rows    []modelBandRow
}

// modelBandRow is the runs that cleared in one year (or did not clear).
type modelBandRow struct {
	Year, Runs, Share string
}

func newModelBand(b *deficit.Band) modelBand {
	v := modelBand{Runs: b.Runs}
	for _, c := range b.Cleared {
		v.Rows = append(v.Rows, modelBandRow{Year: "Clears in " + c.Year.String(), Runs: fmt.Sprint(c.Runs), Share: fmtShare(float64(c.Runs) / float64(b.Runs))})
	}
	if b.NotCleared > 0 {
		v.Rows = append(v.Rows, modelBandRow{Year: "Not cleared by " + b.Years[len(b.Years)-1].String(), Runs: fmt.Sprint(b.NotCleared), Share: fmtShare(float64(b.NotCleared) / float64(b.Runs))})
	}
	median := "not within the projection"
	if b.Median != 0 {
		median = b.Median.String()
	}
	r := b.Ranges
	v.Summary = fmt.Sprintf("%d scenarios drawn with seed %d: each scheme delivers %g%% to %g%% of its savings and slips up to %d year(s); High Needs funding and spend each move %g%% to %g%% a year against plan; each DfE payment has a %g%% chance of being withheld. Median year the deficit clears: %s.",
		b.Runs, b.Seed, r.DeliveryPct.Min, r.DeliveryPct.Max, r.MaxSlipYears, r.FundingUpliftPct.Min, r.FundingUpliftPct.Max, r.WithholdChance*100, median)
	return v
}

// modelThemeRow is a model's savings attached to one theme.
type modelThemeRow struct {
	Theme, Year, Savings, Transfers, Schemes string
}

func newModelThemes(ts []deficit.ThemeSavings) []modelThemeRow {
	var out []modelThemeRow
	for _, t := range ts {
		var names []string
		for _, s := range t.Schemes {
			n := s.Scheme
			if s.Kind == "not-assumed" {
				n += " (not assumed)"
			}
			if s.Derived {
				n += " (derived)"
			}
			names = append(names, n)
		}
		sch := strings.Join(names, "; ")
		if sch == "" {
			sch = "None"
		}
		out = append(out, modelThemeRow{Theme: t.Theme, Year: t.Year.String(), Savings: fmtMillions(t.Savings), Transfers: fmtMillions(t.Transfers), Schemes: sch})
	}
	return out
}

// derivedCell formats the year's figure in column field, followed by
// "(derived)" when the source does not print it and the model worked it
// out (the working is in the Derived figures table).
func derivedCell(y deficit.YearResult, field string, v float64) string {
	if _, ok := y.IsDerived(field); ok {
		return fmtMillions(v) + " (derived)"
	}
	return fmtMillions(v)
}
