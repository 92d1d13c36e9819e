package bury

import (
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// placements checks Table 5 or Table 6: existing + new = total, and the
// change line read as its label says.
func (c *checker) placements(table string) {
	d := c.d
	t := d.caption(table)
	years := d.PlacementYears(table)
	first := years[0]
	var label string
	for _, r := range d.Placements {
		if r.Table == table && r.Line == "change" {
			label = r.Label
		}
	}
	yoy := strings.Contains(strings.ToLower(label), "previous year")
	for i, y := range years {
		ex, nw, tot := d.Placement(table, "existing", y), d.Placement(table, "new", y), d.Placement(table, "total", y)
		c.figure(table+"-total-"+slug(y), t, y.String()+", Total", "total = existing places + new places", deficit.Pounds, tot.Value, ex.Or(0)+nw.Or(0), "")
		ch := d.Placement(table, "change", y)
		if i == 0 || !ch.Valid {
			continue
		}
		vsBase := tot.Value - d.Placement(table, "total", first).Value
		want, reading := vsBase, "the "+first.String()+" spend"
		if yoy {
			want, reading = tot.Value-d.Placement(table, "total", y-1).Value, "the previous year's spend"
		}
		detail := ""
		if deficit.Classify(ch.Value, want, deficit.Pounds) == deficit.StatusInconsistent {
			detail = fmt.Sprintf("labelled %q, but %s − %s = %s; the printed %s is the change from %s (%s − %s = %s)",
				label, deficit.Format(deficit.Pounds, tot.Value), deficit.Format(deficit.Pounds, tot.Value-want), deficit.Format(deficit.Pounds, want),
				deficit.Format(deficit.Pounds, ch.Value), first, deficit.Format(deficit.Pounds, tot.Value), deficit.Format(deficit.Pounds, tot.Value-vsBase), deficit.Format(deficit.Pounds, vsBase))
		}
		st := c.figure(table+"-change-"+slug(y), t, y.String()+", "+label, "change = total − "+reading, deficit.Pounds, ch.Value, want, detail).Status
		if st == deficit.StatusInconsistent && yoy {
			c.figure(table+"-change-vs-base-"+slug(y), t, y.String()+", "+label, "change read against "+first.String(), deficit.Pounds, ch.Value, vsBase, "")
		}
	}
}

// capital checks the proposed SEND sufficiency capital programme.
func (c *checker) capital() {
	d := c.d
	t := d.caption(TableCapital)
	places, costs := map[string]float64{}, map[string]float64{}
	counts := map[string]int{}
	allCost, funding := 0.0, 0.0
	for _, r := range d.Capital {
		switch r.Kind {
		case "place":
			places[r.Phase] += r.Places.Or(0)
			costs[r.Phase] += r.Cost.Or(0)
			counts[r.Phase]++
			allCost += r.Cost.Or(0)
		case "funding":
			funding += r.Cost.Or(0)
		}
	}
	for _, r := range d.Capital {
		switch r.Kind {
		case "subtotal":
			c.figure("capital-places-"+strings.ToLower(r.Phase), t, r.Name+", Places", "subtotal = sum of the phase's places", deficit.Count, r.Places.Value, places[r.Phase], "")
			c.figure("capital-cost-"+strings.ToLower(r.Phase), t, r.Name+", Est Capital Cost", "subtotal = sum of the phase's costs", deficit.Pounds, r.Cost.Value, costs[r.Phase], "")
		case "total":
			c.figure("capital-total", t, r.Name, "total = sum of every project", deficit.Pounds, r.Cost.Value, allCost, "")
			c.figure("capital-funding", t, "DfE Grant + Bury Contribution", "funding = total cost", deficit.Pounds, funding, r.Cost.Value, "")
		}
	}
	for id, phase := range map[string]string{"new-primary-rp": "Primary", "new-secondary-rp": "Secondary"} {
		if v, ok := d.textValue(id); ok {
			c.figure("capital-count-"+strings.ToLower(phase), textPara("7.4"), phase+" resourced provisions", "projects in the table = number in the text",
				deficit.Count, v, float64(counts[phase]), "")
		}
	}
}

// risks checks Table 7 for repeated rows and owners spelt two ways.
func (c *checker) risks() {
	d := c.d
	t := d.caption(TableRisks)
	seen := map[string]int{}
	for _, r := range d.Risks {
		key := strings.Join([]string{r.Workstream, r.Category, r.Obstacle, r.Impact, r.Owner}, "\x00")
		if first, ok := seen[key]; ok {
			c.note(fmt.Sprintf("risks-duplicate-%d", r.Row), t, fmt.Sprintf("rows %d and %d", first, r.Row), "each risk is listed once",
				fmt.Sprintf("row %d (%s: %s) repeats row %d word for word", r.Row, r.Workstream, r.Category, first))
			continue
		}
		seen[key] = r.Row
	}
	var names []string
	where := map[string][]int{}
	for _, r := range d.Risks {
		for _, n := range strings.Split(r.Owner, "/") {
			n = strings.TrimSpace(n)
			if len(where[n]) == 0 {
				names = append(names, n)
			}
			where[n] = append(where[n], r.Row)
		}
	}
	for i, a := range names {
		for _, b := range names[i+1:] {
			if oneEdit(a, b) {
				c.note("risks-owner-"+strings.ToLower(strings.ReplaceAll(a, " ", "-")), t, "Owner/ Leader", "each owner is spelt one way",
					fmt.Sprintf("%q (%s) and %q (%s) differ by one letter and are probably the same person", a, rows(where[a]), b, rows(where[b])))
			}
		}
	}
}

// oneEdit reports whether a and b (both longer than five letters) differ
// by exactly one substituted letter.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < 6 {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] != rb[i] {
			diff++
		}
	}
	return diff == 1
}
