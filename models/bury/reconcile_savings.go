package bury

import (
	"fmt"
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark/deficit"
)

// savings checks Table 4 (SEND transformation programme savings).
func (c *checker) savings() {
	d := c.d
	t := d.caption(TableSavings)
	years := d.SavingYears()
	prev := 0.0
	for _, y := range years {
		sum := 0.0
		for _, s := range d.Schemes {
			sum += d.Saving(s.ID, y).Or(0)
		}
		total := d.SavingsTotal("total", y.String())
		c.figure("savings-column-"+slug(y), t, y.String()+", total", "column total = sum of the schemes", deficit.Millions, total.Value, sum, "")
		in := d.SavingsTotal("in-year", y.String())
		c.figure("savings-in-year-"+slug(y), t, y.String()+", IN YEAR SAVING", "in-year saving = this year's total − last year's",
			deficit.Millions, in.Value, total.Value-prev, "")
		prev = total.Value
	}
	rowSum := 0.0
	for _, s := range d.Schemes {
		rowSum += s.Total.Or(0)
		c.schemeTotal(s, years)
		c.timeline(s, years)
		c.phasing(s, years)
		c.blanks(s, years)
	}
	grand := d.SavingsTotal("total", "Total Saving")
	c.figure("savings-total-column", t, "Total Saving column", "grand total = sum of the schemes' totals", deficit.Millions, grand.Value, rowSum, "")
	c.outOfBorough(years)
	c.alternativeProvision(years)
	c.savingsText(years)
	c.duplicateNames()
}

// schemeTotal checks a row's Total Saving: the final cumulative level, or
// for a year-on-year row the sum of its years.
func (c *checker) schemeTotal(s SchemeRow, years []deficit.Year) {
	t := c.d.caption(TableSavings)
	if !s.Total.Valid {
		any := false
		for _, y := range years {
			any = any || c.d.Saving(s.ID, y).Valid
		}
		c.judge("savings-row-"+s.ID, t, s.Scheme, "a scheme marked "+s.Total.Text+" carries no figures", !any,
			fmt.Sprintf("total %q and no yearly figures: no saving assumed (para 8.2)", s.Total.Text))
		return
	}
	last := c.d.Saving(s.ID, years[len(years)-1]).Or(0)
	if s.Basis != "year-on-year" {
		c.figure("savings-row-"+s.ID, t, s.Scheme, "Total Saving = final cumulative year", deficit.Millions, s.Total.Value, last, "")
		return
	}
	sum := 0.0
	var parts []string
	for _, y := range years {
		v := c.d.Saving(s.ID, y).Or(0)
		sum += v
		parts = append(parts, deficit.FormatMillions(v))
	}
	c.figure("savings-row-"+s.ID, t, s.Scheme, "Total Saving = sum of a year-on-year row", deficit.Millions, s.Total.Value, sum,
		fmt.Sprintf("the row is year on year, so its total saving is %s = %s; the table prints %s, the last year's change only (difference %s)",
			strings.Join(parts, " + "), deficit.FormatMillions(sum), deficit.FormatMillions(s.Total.Value), deficit.FormatMillions(s.Total.Value-sum)))
}

// fiscal is the financial year a "Sep-22" style month falls in, and the
// month.
func fiscal(s string) (deficit.Year, time.Month, bool) {
	tm, err := time.Parse("Jan-06", strings.TrimSpace(s))
	if err != nil {
		return 0, 0, false
	}
	y := deficit.Year(tm.Year())
	if tm.Month() < time.April {
		y--
	}
	return y, tm.Month(), true
}

// timeline checks that no saving is shown before the scheme's start month.
func (c *checker) timeline(s SchemeRow, years []deficit.Year) {
	start, _, ok := fiscal(s.Timeline)
	if !ok {
		return
	}
	var early []string
	for _, y := range years {
		if v := c.d.Saving(s.ID, y); y < start && v.Valid && v.Value != 0 {
			early = append(early, fmt.Sprintf("%s in %s", deficit.FormatMillions(v.Value), y))
		}
	}
	detail := fmt.Sprintf("timeline %s falls in %s; no saving shown before it", s.Timeline, start)
	if len(early) > 0 {
		detail = fmt.Sprintf("timeline %s falls in %s, but the row shows %s", s.Timeline, start, deficit.AndList(early))
	}
	id, where, check := fmt.Sprintf("savings-timeline-%d", s.Row), fmt.Sprintf("row %d, %s", s.Row, s.Scheme), "no saving before the scheme's timeline"
	if len(early) > 0 && s.Kind == "transfer" {
		// A schools block transfer is agreed each year by the Schools
		// Forum, so one already running before the review is plausible.
		c.note(id, c.d.caption(TableSavings), where, check,
			detail+". Not an error: this row is a schools block transfer, agreed each financial year, and the timeline is when the review of the maximum transfer takes effect; a smaller transfer already in place in the earlier year is plausible, so the figure is noted, not counted as inconsistent")
		return
	}
	c.judge(id, c.d.caption(TableSavings), where, check, len(early) == 0, detail)
}

// phasing checks a flat row's first-year saving against the months left
// in that financial year after its start month (Sep-22 leaves 7 of 12).
func (c *checker) phasing(s SchemeRow, years []deficit.Year) {
	start, month, ok := fiscal(s.Timeline)
	if !ok || !s.Total.Valid {
		return
	}
	first := c.d.Saving(s.ID, start)
	if !first.Valid {
		return
	}
	for _, y := range years {
		if v := c.d.Saving(s.ID, y); y > start && (!v.Valid || v.Value != s.Total.Value) {
			return // the row ramps up: no single full-year level to pro-rate
		}
	}
	months := (int(time.March)-int(month)+12)%12 + 1
	want := s.Total.Value * float64(months) / 12
	st := deficit.Classify(first.Value, want, deficit.Millions)
	detail := fmt.Sprintf("starting %s leaves %d of 12 months of %s: %s × %d/12 = %s, and the row shows %s",
		s.Timeline, months, start, deficit.FormatMillions(s.Total.Value), months, deficit.FormatMillions(want), deficit.FormatMillions(first.Value))
	if st == deficit.StatusInconsistent {
		// The report may phase a saving its own way: not an error.
		st = deficit.StatusNote
		detail += "; the report may phase this saving differently, so this is a note, not an error"
	}
	c.out = append(c.out, deficit.Finding{
		ID: fmt.Sprintf("savings-phasing-%d", s.Row), Table: c.d.caption(TableSavings), Where: fmt.Sprintf("row %d, %s, %s", s.Row, s.Scheme, start),
		Check: "first-year saving = full-year saving × months left / 12", Status: st, Unit: deficit.Millions,
		HasFigures: true, Printed: first.Value, Expected: want, Difference: first.Value - want, Detail: detail,
	})
}

// blanks notes empty cells in a row that otherwise has figures.
func (c *checker) blanks(s SchemeRow, years []deficit.Year) {
	if !s.Total.Valid {
		return
	}
	for _, y := range years {
		if !c.d.Saving(s.ID, y).Valid {
			c.note("savings-blank-"+s.ID+"-"+slug(y), c.d.caption(TableSavings), s.Scheme+", "+y.String(), "every cell of a costed scheme is filled",
				fmt.Sprintf("the %s cell is blank where the other rows print %s; the model reads it as no saving", y, deficit.FormatMillions(0)))
		}
	}
}

// outOfBorough sets Table 4's out-of-borough row against Table 5.
func (c *checker) outOfBorough(years []deficit.Year) {
	d := c.d
	id := "out-of-borough-placements"
	py := d.PlacementYears(TableOOB)
	base := d.Placement(TableOOB, "total", py[0]).Value
	cum, adjusted := 0.0, 0.0
	for i, y := range years {
		v := d.Saving(id, y)
		now := d.Placement(TableOOB, "total", y)
		if !v.Valid || !now.Valid || i == 0 {
			continue
		}
		before := d.Placement(TableOOB, "total", y-1).Value
		vsBase := (base - now.Value) / 1e6
		detail := ""
		if deficit.Classify(v.Value, vsBase, deficit.Millions) == deficit.StatusInconsistent {
			detail = fmt.Sprintf("the other rows are cumulative, but %s here is the year-on-year reduction %s − %s = %s; the cumulative reduction from %s is %s − %s = %s",
				deficit.FormatMillions(v.Value), deficit.Format(deficit.Pounds, before), deficit.Format(deficit.Pounds, now.Value), deficit.Format(deficit.Pounds, before-now.Value),
				py[0], deficit.Format(deficit.Pounds, base), deficit.Format(deficit.Pounds, now.Value), deficit.Format(deficit.Pounds, base-now.Value))
		}
		c.figure("savings-oob-"+slug(y), d.caption(TableSavings), "Out of Borough Placements, "+y.String(),
			"cumulative saving = reduction from "+py[0].String()+" ("+d.caption(TableOOB)+")", deficit.Millions, v.Value, vsBase, detail)
		cum = vsBase
		adjusted = v.Value
	}
	total := d.SavingsTotal("total", "Total Saving").Value
	want := total - adjusted + cum
	c.figure("savings-total-oob-cumulative", d.caption(TableSavings), "Total Saving, "+deficit.FormatMillions(total),
		"grand total with every row cumulative", deficit.Millions, total, want,
		fmt.Sprintf("read cumulatively like the other rows, the out-of-borough saving by %s is %s, not %s, so the total is %s − %s + %s = %s, not %s",
			years[len(years)-1], deficit.FormatMillions(cum), deficit.FormatMillions(adjusted), deficit.FormatMillions(total), deficit.FormatMillions(adjusted), deficit.FormatMillions(cum), deficit.FormatMillions(want), deficit.FormatMillions(total)))
}

// alternativeProvision sets Table 4's AP row against Table 6.
func (c *checker) alternativeProvision(years []deficit.Year) {
	d := c.d
	id := "alternative-provision-placements"
	for _, y := range years {
		v, ch := d.Saving(id, y), d.Placement(TableAP, "change", y)
		if !v.Valid || !ch.Valid {
			continue
		}
		c.figure("savings-ap-"+slug(y), d.caption(TableSavings), "Alternative Provision Placements, "+y.String(),
			"saving = reduction on current spend ("+d.caption(TableAP)+")", deficit.Millions, v.Value, -ch.Value/1e6, "")
	}
}

// savingsText checks the prose around Table 4.
func (c *checker) savingsText(years []deficit.Year) {
	d := c.d
	grand := d.SavingsTotal("total", "Total Saving").Value
	last := years[len(years)-1]
	if v, ok := d.textValue("savings-identified"); ok {
		p := c.printed("savings-identified")
		c.figure("text-savings-identified", textPara("8.1"), p, p+" = Table 4 total", deficit.Millions, v, grand, "")
		in := d.SavingsTotal("in-year", last.String()).Value
		var ins []string
		for _, y := range years {
			ins = append(ins, deficit.FormatMillions(d.SavingsTotal("in-year", y.String()).Value)+" in "+y.String())
		}
		sumIn := 0.0
		for _, y := range years {
			sumIn += d.SavingsTotal("in-year", y.String()).Value
		}
		f := c.figure("text-savings-identified-in-year", textPara("8.1"), p+" \"in-year savings\"", "a figure called in-year matches an in-year saving",
			deficit.Millions, v, in,
			fmt.Sprintf("the text calls %s in-year savings, but it is the cumulative saving reached by %s; the in-year savings are %s",
				p, last, deficit.AndList(ins)))
		f.Status = deficit.StatusInconsistent
		if deficit.Classify(v, sumIn, deficit.Millions) != deficit.StatusInconsistent {
			f.Status = deficit.StatusAmbiguous
			f.Detail += fmt.Sprintf(". Not an error: the in-year savings add up to %s, so %s is their sum over %s to %s; \"in-year\" is ambiguous wording for the full-year saving reached, not a wrong figure",
				deficit.FormatMillions(sumIn), p, years[0], last)
		}
	}
	if s, ok := d.Scheme(schoolsTransfer); ok {
		c.note("savings-include-transfer", d.caption(TableSavings), s.Scheme, "the savings total holds savings only",
			fmt.Sprintf("the %s total includes %s from the schools block transfer, which para 8.2 lists under Funding Transformation Options and para 5.10 keeps out of the High Needs forecast; savings without it are %s",
				deficit.FormatMillions(grand), deficit.FormatMillions(s.Total.Value), deficit.FormatMillions(grand-s.Total.Value)))
	}
	gross, ok1 := d.textValue("d-plus-gross-saving")
	cost, ok2 := d.textValue("exceptional-requests")
	net, ok3 := d.textValue("d-plus-net-saving")
	if ok1 && ok2 && ok3 {
		c.figure("text-d-plus", textPara("8.6"), "Band D+ saving", c.printed("d-plus-gross-saving")+" − "+c.printed("exceptional-requests")+" = "+c.printed("d-plus-net-saving"), deficit.Millions, net, gross-cost, "")
		if row, ok := c.scheme("moderation-review-d-plus", "text-d-plus-table", textPara("8.6"), "Band D+ saving = Table 4 row"); ok {
			c.figure("text-d-plus-table", textPara("8.6"), row.Scheme, "Band D+ saving = Table 4 row", deficit.Millions, row.Total.Value, net, "")
		}
	}
	if _, ok := d.textValue("moderation-saving"); ok {
		if row, ok := c.scheme("special-school-banded-model", "text-moderation-label", textPara("8.6–8.8"), "Table 4 labels match the text"); ok {
			c.note("text-moderation-label", textPara("8.6–8.8"), row.Scheme, "Table 4 labels match the text",
				fmt.Sprintf("para 8.6 puts external moderation at %s a year and para 8.8 says no savings from reviewing band values are factored in, yet Table 4's only %s row is %q; the D+ row is labelled \"Moderation - review D+\". The labels appear to mix the two measures; the figures match the text",
					c.printed("moderation-saving"), deficit.FormatMillions(row.Total.Value), row.Scheme))
		}
	}
}

// scheme returns Table 4's row id for the check named by findingID. When
// the dataset has no such row it notes, under findingID, that the check
// could not be made, rather than comparing the text with a zero figure.
func (c *checker) scheme(id, findingID, table, check string) (SchemeRow, bool) {
	s, ok := c.d.Scheme(id)
	if !ok {
		c.note(findingID, table, "Table 4 row "+id, check,
			fmt.Sprintf("%s has no row %q in savings_schemes.csv, so this check cannot be made; add the row as printed", c.d.caption(TableSavings), id))
	}
	return s, ok
}

// duplicateNames notes Table 4 scheme names printed twice.
func (c *checker) duplicateNames() {
	rows := map[string][]SchemeRow{}
	var order []string
	for _, s := range c.d.Schemes {
		if len(rows[s.Scheme]) == 0 {
			order = append(order, s.Scheme)
		}
		rows[s.Scheme] = append(rows[s.Scheme], s)
	}
	for _, name := range order {
		if rs := rows[name]; len(rs) > 1 {
			var parts []string
			for _, r := range rs {
				parts = append(parts, fmt.Sprintf("row %d (%s, %s)", r.Row, deficit.FormatMillions(r.Total.Value), r.Timeline))
			}
			c.note("savings-duplicate-"+rs[0].ID, c.d.caption(TableSavings), name, "each scheme is listed once",
				fmt.Sprintf("%q appears %d times: %s; the model keeps them as separate schemes and counts each once", name, len(rs), strings.Join(parts, " and ")))
		}
	}
}
