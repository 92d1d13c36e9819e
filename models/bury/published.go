package bury

import "github.com/svbench/svbench/benchmark/deficit"

// Published returns Tables 1, 2 and both Tables 3 (the recovery forecasts
// and the High Needs Block forecast) with every figure as printed.
func (m *Model) Published() []deficit.PublishedTable {
	d := m.data
	var out []deficit.PublishedTable
	for _, id := range []string{TableAgreed, TableRevised14, TableRevised16} {
		t, _ := d.Table(id)
		pt := deficit.PublishedTable{Title: t.Title() + " (£m)", Columns: []string{"Year", "Cumulative deficit"}}
		for _, r := range d.Forecast(id) {
			pt.Rows = append(pt.Rows, []string{r.Year.String(), r.Printed})
		}
		out = append(out, pt)
	}
	t, _ := d.Table(TableHNB)
	pt := deficit.PublishedTable{Title: t.Title() + " (£m)", Columns: []string{"Year", "High Needs Block", "Estimated spend", "In-year variance"}}
	for _, r := range d.HNB {
		pt.Rows = append(pt.Rows, []string{r.Year.String(), r.Funding.Text, r.Spend.Text, r.Variance.Text})
	}
	return append(out, pt)
}
