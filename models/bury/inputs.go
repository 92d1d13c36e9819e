package bury

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
)

// Authority names and codes the authority; these are keys, not figures.
const (
	authorityName = "Bury"
	authorityCode = "E08000002"
)

// deficits returns a recovery forecast as a year → deficit map.
func (d *Data) deficits(table string) map[deficit.Year]float64 {
	m := map[deficit.Year]float64{}
	for _, r := range d.Forecast(table) {
		m[r.Year] = r.Deficit.Value
	}
	return m
}

// agreementEnd is the last year of the agreed profile (Table 1), taken as
// the last year DfE's Safety Valve contributions are paid.
func (d *Data) agreementEnd() deficit.Year {
	rows := d.Forecast(TableAgreed)
	return rows[len(rows)-1].Year
}

// baseInputs builds the engine inputs that reproduce the 16 December 2021
// revised recovery forecast from the High Needs Block forecast, Table 4
// and balancing items.
func (d *Data) baseInputs() (*deficit.Inputs, error) {
	d16 := d.deficits(TableRevised16)
	opening := d.HNB[0].Year
	open, ok := d16[opening]
	if !ok {
		return nil, fmt.Errorf("bury inputs: %s has no %s figure to open from", d.caption(TableRevised16), opening)
	}
	in := &deficit.Inputs{
		Authority: authorityName, Label: d.caption(TableRevised16),
		OpeningYear: opening, OpeningDeficit: open, SavingsInSpend: true,
	}
	end := d.agreementEnd()
	for _, h := range d.HNB[1:] {
		y := h.Year
		now, okNow := d16[y]
		prev, okPrev := d16[y-1]
		if !okNow || !okPrev {
			return nil, fmt.Errorf("bury inputs: %s has no figure for %s or %s", d.caption(TableRevised16), y-1, y)
		}
		yi, ds := d.balance(h, now-prev, end)
		in.Years = append(in.Years, yi)
		in.Derivations = append(in.Derivations, ds...)
	}
	d.addSchemes(in)
	return in, in.Validate()
}

// balance works out one year's DfE contribution and transfers as the
// balancing item between the HNB in-year variance and the movement in the
// 16 December cumulative deficit.
func (d *Data) balance(h HNBRow, movement float64, end deficit.Year) (deficit.YearInput, []deficit.Derivation) {
	y := h.Year
	variance := h.Spend.Value - h.Funding.Value
	outside := variance - movement
	yi := deficit.YearInput{Year: y, Funding: h.Funding.Value, Spend: h.Spend.Value}
	ds := []deficit.Derivation{{
		Name: "Funding from outside the High Needs Block", Year: y, Value: outside,
		How: fmt.Sprintf("in-year variance %s − %s = %s (%s); movement in cumulative deficit %s (%s); %s − (%s) = %s reached the deficit from outside the block",
			deficit.FormatMillions(h.Spend.Value), deficit.FormatMillions(h.Funding.Value), deficit.FormatMillions(variance), d.caption(TableHNB), deficit.FormatMillions(movement), d.caption(TableRevised16), deficit.FormatMillions(variance), deficit.FormatMillions(movement), deficit.FormatMillions(outside)),
	}}
	sbt := d.Saving(schoolsTransfer, y)
	switch {
	case sbt.Valid:
		yi.Transfers = sbt.Value
	case y > end:
		yi.Transfers = outside
		ds = append(ds, deficit.Derivation{
			Name: "Schools block transfer", Year: y, Value: outside,
			How: fmt.Sprintf("%s states no transfer for %s and DfE contributions end with the agreed profile in %s, so the whole balancing item %s is taken as the schools block transfer; %s",
				d.caption(TableSavings), y, end, deficit.FormatMillions(outside), d.transferTrend(y)),
			Field: deficit.FieldTransfers,
		})
	}
	if y <= end {
		yi.Contributions = outside - yi.Transfers
		ds = append(ds, deficit.Derivation{
			Name: "DfE Safety Valve contribution", Year: y, Value: yi.Contributions,
			How: fmt.Sprintf("%s from outside the block − schools block transfer %s (%s) = %s",
				deficit.FormatMillions(outside), deficit.FormatMillions(yi.Transfers), d.caption(TableSavings), deficit.FormatMillions(yi.Contributions)),
			Field: deficit.FieldContributions,
		})
	}
	return yi, ds
}

// transferTrend describes how the stated schools block transfer grows, to
// show that a derived later-year figure continues it.
func (d *Data) transferTrend(y deficit.Year) string {
	a, b := d.Saving(schoolsTransfer, y-2), d.Saving(schoolsTransfer, y-1)
	if !a.Valid || !b.Valid || a.Value == 0 {
		return "the report gives no trend to compare it with"
	}
	g := b.Value / a.Value
	return fmt.Sprintf("the transfer grew %s → %s (×%s) and %s × %s = %s",
		deficit.FormatMillions(a.Value), deficit.FormatMillions(b.Value), deficit.FormatNumber(g, 3), deficit.FormatMillions(b.Value), deficit.FormatNumber(g, 3), deficit.FormatMillions(b.Value*g))
}

// addSchemes adds Table 4's savings schemes (not the schools block
// transfer, which is funding, nor schemes with no figures) as cumulative
// levels aligned with in.Years.
func (d *Data) addSchemes(in *deficit.Inputs) {
	years := d.SavingYears()
	last := years[len(years)-1]
	for _, s := range d.Schemes {
		if s.Kind != "saving" {
			continue
		}
		levels := map[deficit.Year]float64{}
		run := 0.0
		for _, y := range years {
			v := d.Saving(s.ID, y).Or(0)
			if s.Basis == "year-on-year" {
				run += v
				v = run
			}
			levels[y] = v
		}
		if s.Basis == "year-on-year" {
			for _, y := range years {
				in.Derivations = append(in.Derivations, deficit.Derivation{
					Name: s.Scheme + " (cumulative saving)", Year: y, Value: levels[y],
					How:   fmt.Sprintf("%s prints this row year on year; the cumulative level is the running sum of the row to %s", d.caption(TableSavings), y),
					Field: deficit.FieldSavings,
				})
			}
		}
		sch := deficit.Scheme{ID: s.ID, Name: s.Scheme, Theme: s.Theme, SubTheme: s.SubTheme}
		for _, yi := range in.Years {
			v, ok := levels[yi.Year]
			if !ok && yi.Year > last {
				v = levels[last]
			}
			sch.Savings = append(sch.Savings, v)
		}
		in.Schemes = append(in.Schemes, sch)
	}
	for _, yi := range in.Years {
		if yi.Year > last {
			in.Derivations = append(in.Derivations, deficit.Derivation{
				Name: "Savings after Table 4", Year: yi.Year,
				How:   fmt.Sprintf("%s stops at %s; each scheme's %s level is carried forward (savings are recurring)", d.caption(TableSavings), last, last),
				Field: deficit.FieldSavings,
			})
		}
	}
}

// revised14Inputs derives inputs reproducing the 14 December forecast: the
// 16 December inputs less the High Needs funding increase announced on 16
// December, which is the only difference the report gives between them.
func (d *Data) revised14Inputs(base *deficit.Inputs) (*deficit.Inputs, error) {
	d14, d16 := d.deficits(TableRevised14), d.deficits(TableRevised16)
	in := base.Clone()
	in.Label = d.caption(TableRevised14)
	in.Derivations = nil
	if o, ok := d14[in.OpeningYear]; !ok || o != in.OpeningDeficit {
		return nil, fmt.Errorf("bury inputs: %s does not open at %s", in.Label, deficit.FormatMillions(in.OpeningDeficit))
	}
	for i := range in.Years {
		y := in.Years[i].Year
		m14, m16 := d14[y]-d14[y-1], d16[y]-d16[y-1]
		uplift := m14 - m16
		in.Years[i].Funding -= uplift
		in.Derivations = append(in.Derivations, deficit.Derivation{
			Name: "High Needs funding increase of 16 Dec 2021", Year: y, Value: uplift,
			How: fmt.Sprintf("movement %s (%s) − movement %s (%s) = %s; funding %s − %s = %s",
				deficit.FormatMillions(m14), in.Label, deficit.FormatMillions(m16), base.Label, deficit.FormatMillions(uplift), deficit.FormatMillions(base.Years[i].Funding), deficit.FormatMillions(uplift), deficit.FormatMillions(in.Years[i].Funding)),
			Field: deficit.FieldFunding,
		})
	}
	return in, in.Validate()
}

// profiles returns Tables 1, 2 and the first Table 3 as profiles; the
// revised ones carry the inputs that reproduce them.
func (d *Data) profiles(base, rev14 *deficit.Inputs) []deficit.Forecast {
	var out []deficit.Forecast
	for _, id := range []string{TableAgreed, TableRevised14, TableRevised16} {
		p := d.profile(id)
		switch id {
		case TableRevised14:
			p.Inputs = rev14
		case TableRevised16:
			p.Inputs = base
		}
		out = append(out, p)
	}
	return out
}

// profile is the recovery forecast in table id as a profile, without
// inputs.
func (d *Data) profile(id string) deficit.Forecast {
	t, _ := d.Table(id)
	p := deficit.Forecast{ID: id, Caption: t.Caption, Number: t.PrintedNumber, Agreed: id == TableAgreed}
	for _, r := range d.Forecast(id) {
		p.Points = append(p.Points, deficit.Point{Year: r.Year, Deficit: r.Deficit.Value, Printed: r.Printed})
	}
	return p
}
