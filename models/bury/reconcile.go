package bury

import (
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// reconcile runs every check on the report.
func (d *Data) reconcile(base, rev14 *deficit.Inputs) deficit.Findings {
	c := &checker{d: d}
	c.hnb()
	c.forecasts(base, rev14)
	c.savings()
	c.placements(TableOOB)
	c.placements(TableAP)
	c.capital()
	c.risks()
	c.numbering()
	for i := range c.out {
		c.out[i].Detail = sentence(c.out[i].Detail)
		c.out[i].Problem = problem(c.out[i].ID)
	}
	return c.out
}

// hnb checks each in-year variance of the High Needs Block forecast.
func (c *checker) hnb() {
	t := c.d.caption(TableHNB)
	for _, r := range c.d.HNB {
		want := r.Spend.Value - r.Funding.Value
		c.figure("hnb-variance-"+slug(r.Year), t, r.Year.String()+", In-Year Variance", "in-year variance = estimated spend − High Needs Block",
			deficit.Millions, r.Variance.Value, want,
			fmt.Sprintf("in %s, spend %s − funding %s = %s, but the table prints %s (difference %s)",
				r.Year, deficit.FormatMillions(r.Spend.Value), deficit.FormatMillions(r.Funding.Value), deficit.FormatMillions(want), deficit.FormatMillions(r.Variance.Value), deficit.FormatMillions(r.Variance.Value-want)))
	}
}

// forecasts checks the recovery forecasts against each other and the text.
func (c *checker) forecasts(base, rev14 *deficit.Inputs) {
	d := c.d
	agreed, r14, r16 := d.deficits(TableAgreed), d.deficits(TableRevised14), d.deficits(TableRevised16)
	revised := map[string]map[deficit.Year]float64{TableRevised14: r14, TableRevised16: r16}
	first := d.Forecast(TableAgreed)[0].Year
	if v, ok := d.textValue("cost-pressure-2020-21"); ok {
		for _, id := range []string{TableRevised14, TableRevised16} {
			c.figure("cost-pressure-"+id, textPara("5.2"), d.caption(id)+", "+first.String(), c.printed("cost-pressure-2020-21")+" pressure = revised − agreed "+first.String()+" deficit",
				deficit.Millions, v, revised[id][first]-agreed[first], "")
		}
	}
	// The 16 December announcement changed later allocations only, so the
	// two revised forecasts must agree up to the current year.
	for y := first; y <= base.Years[0].Year; y++ {
		c.figure("revised-agree-"+slug(y), d.caption(TableRevised16), y.String(), "14 and 16 Dec forecasts agree before the funding increase",
			deficit.Millions, r16[y], r14[y], "")
	}
	end := d.agreementEnd()
	if y, ok := d.textValue("revised-14-clears"); ok {
		r14p := d.profile(TableRevised14)
		got := r14p.ClearedYear()
		c.judge("revised-14-clears", textPara("5.8"), d.caption(TableRevised14), "the 14 Dec profile takes one more year ("+c.printed("revised-14-clears")+")",
			got == deficit.Year(y) && got == end+1, clearedDetail(r14p, end))
	}
	r16p := d.profile(TableRevised16)
	got16 := r16p.ClearedYear()
	c.judge("revised-16-in-time", textPara("5.8"), d.caption(TableRevised16), "the 16 Dec profile recovers within the original time frame",
		got16 != 0 && got16 <= end, clearedDetail(r16p, end))
	if agreed[end] > 0 {
		c.note("agreed-not-cleared", d.caption(TableAgreed), end.String(), "the agreed profile reaches zero",
			fmt.Sprintf("the agreed profile ends %s with a deficit of %s, not quite cleared; the report treats %s as the original time frame", end, deficit.FormatMillions(agreed[end]), end))
	}
	c.higherThanPlanned(agreed, TableRevised14, r14)
	c.higherThanPlanned(agreed, TableRevised16, r16)
	c.spendAndBalance(base, rev14)
	c.contributions(base)
	c.derived(base, rev14)
}

// higherThanPlanned checks para 5.9: "The revised profiles indicate a
// higher than originally planned deficit in each year."
func (c *checker) higherThanPlanned(agreed map[deficit.Year]float64, id string, rev map[deficit.Year]float64) {
	var lower []string
	for _, r := range c.d.Forecast(TableAgreed) {
		if v, ok := rev[r.Year]; ok && v <= r.Deficit.Value {
			lower = append(lower, r.Year.String())
			f := c.figure("higher-than-planned-"+id+"-"+slug(r.Year), textPara("5.9"), c.d.caption(id)+", "+r.Year.String(),
				"revised deficit above the agreed deficit in each year", deficit.Millions, v, r.Deficit.Value,
				fmt.Sprintf("para 5.9 says the revised profiles are higher than planned in each year, but in %s the %s shows %s against the agreed %s (%s lower)",
					r.Year, c.d.caption(id), deficit.FormatMillions(v), deficit.FormatMillions(r.Deficit.Value), deficit.FormatMillions(r.Deficit.Value-v)))
			f.Status = deficit.StatusInconsistent
		}
	}
	if len(lower) == 0 {
		c.judge("higher-than-planned-"+id, textPara("5.9"), c.d.caption(id), "revised deficit above the agreed deficit in each year", true,
			"every year of the revised profile is above the agreed profile")
	}
}

// spendAndBalance checks paras 2.4 and 5.9 against the HNB forecast.
func (c *checker) spendAndBalance(base, rev14 *deficit.Inputs) {
	d := c.d
	if y, ok := d.textValue("first-spend-reduction"); ok {
		now, ok1 := d.HNBYear(deficit.Year(y))
		prev, ok2 := d.HNBYear(deficit.Year(y) - 1)
		c.judge("first-spend-reduction", textPara("2.4"), d.caption(TableHNB), "spend falls in "+deficit.Year(y).String(),
			ok1 && ok2 && now.Spend.Value < prev.Spend.Value,
			fmt.Sprintf("estimated spend %s in %s against %s in %s", deficit.FormatMillions(now.Spend.Value), now.Year, deficit.FormatMillions(prev.Spend.Value), prev.Year))
	}
	if y, ok := d.textValue("balanced-from"); ok {
		for _, in := range []*deficit.Inputs{base, rev14} {
			var over []string
			for _, yi := range in.Years {
				if yi.Year >= deficit.Year(y) && yi.Spend > yi.Funding {
					over = append(over, yi.Year.String())
				}
			}
			c.judge("balanced-from-"+strings.ToLower(strings.ReplaceAll(in.Label, " ", "-")), textPara("5.9"), in.Label,
				"spend within High Needs funding from "+deficit.Year(y).String(), len(over) == 0,
				balanceDetail(deficit.Year(y), over))
		}
	}
}

// balanceDetail says which years from y, if any, spend more than their
// High Needs funding.
func balanceDetail(y deficit.Year, over []string) string {
	if len(over) == 0 {
		return fmt.Sprintf("no year from %s on spends more than its High Needs funding", y)
	}
	return fmt.Sprintf("from %s on, spend is above High Needs funding in %s", y, deficit.AndList(over))
}

// contributions sets the derived DfE contributions against the Safety
// Valve funding and additional DSG the text mentions, which cannot be checked from the report alone.
func (c *checker) contributions(base *deficit.Inputs) {
	d := c.d
	sum := 0.0
	var first, last deficit.Year
	for _, yi := range base.Years {
		if yi.Contributions != 0 {
			sum += yi.Contributions
			if first == 0 {
				first = yi.Year
			}
			last = yi.Year
		}
	}
	if v, ok := d.textValue("safety-valve-funding"); ok && sum > v+0.0005 {
		p := c.printed("safety-valve-funding")
		c.out = append(c.out, deficit.Finding{ID: "safety-valve-funding", Table: textPara("5.1"), Where: p + " Safety Valve funding",
			Check: "derived DfE contributions within the " + p, Status: deficit.StatusInconsistent, Unit: deficit.Millions,
			HasFigures: true, Printed: v, Expected: sum, Difference: v - sum,
			Detail: fmt.Sprintf("derived DfE contributions %s to %s sum to %s, more than the %s the agreement states", first, last, deficit.FormatMillions(sum), p)})
	} else if ok {
		p := c.printed("safety-valve-funding")
		c.note("safety-valve-funding", textPara("5.1"), p+" Safety Valve funding", "derived DfE contributions against the "+p,
			fmt.Sprintf("derived DfE contributions %s to %s sum to %s; the %s agreed would leave %s for %s and earlier, which the report does not state, so it cannot be checked",
				first, last, deficit.FormatMillions(sum), p, deficit.FormatMillions(v-sum), d.HNB[0].Year))
	}
	if _, ok := d.textValue("additional-dsg-2021-22"); ok && len(base.Years) > 0 {
		y := base.Years[0]
		p := c.printed("additional-dsg-2021-22")
		c.note("additional-dsg", textPara("5.7"), p+" additional DSG for "+y.Year.String(), "derived contribution against the "+p,
			fmt.Sprintf("para 5.7 assumes the balance of the %s additional DSG for %s is paid; the derived DfE contribution for %s is %s. The report does not say how much of the %s had been paid, so this cannot be checked",
				p, y.Year, y.Year, deficit.FormatMillions(y.Contributions), p))
	}
}

// numbering notes captions that share a printed table number.
func (c *checker) numbering() {
	by := map[string][]string{}
	var order []string
	for _, t := range c.d.Tables {
		if len(by[t.PrintedNumber]) == 0 {
			order = append(order, t.PrintedNumber)
		}
		by[t.PrintedNumber] = append(by[t.PrintedNumber], t.Caption)
	}
	for _, n := range order {
		if caps := by[n]; len(caps) > 1 {
			c.note("table-number-"+n, "Table numbering", "Table "+n, "each table number is used once",
				fmt.Sprintf("%d tables are numbered %s: %s; svbench names tables by caption", len(caps), n, strings.Join(caps, "; ")))
		}
	}
}

// clearedDetail says when profile p first reaches zero, or that it does
// not, against the agreed profile's last year.
func clearedDetail(p deficit.Forecast, end deficit.Year) string {
	got := p.ClearedYear()
	if got == 0 {
		last := p.Points[len(p.Points)-1]
		return fmt.Sprintf("no year reaches zero: the profile ends %s at %s; agreed profile ends %s", last.Year, deficit.FormatMillions(last.Deficit), end)
	}
	return fmt.Sprintf("first year at or below zero: %s; agreed profile ends %s", got, end)
}

// problem groups the findings that are occurrences of one problem: the
// out-of-borough row read year on year (its total, two cells and the
// grand total) and each placement table's mislabelled change line.
func problem(id string) string {
	switch {
	case id == "savings-row-out-of-borough-placements", strings.HasPrefix(id, "savings-oob-"), id == "savings-total-oob-cumulative":
		return "out-of-borough-year-on-year"
	case strings.HasPrefix(id, TableOOB+"-change-") && !strings.Contains(id, "-vs-base-"):
		return TableOOB + "-change-label"
	case strings.HasPrefix(id, TableAP+"-change-") && !strings.Contains(id, "-vs-base-"):
		return TableAP + "-change-label"
	}
	return ""
}
