package web

import (
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// alignByAgreement is the query value that aligns the generic page's
// profiles by year of agreement.
const alignByAgreement = "agreement"

// alignLines shifts each line so that its first year falls on the
// earliest first year of all, and returns the label of each shifted year
// as "Year 1", "Year 2"... Each profile's first year is taken as its
// agreement's first year, until the register of agreements gives them.
func alignLines(lines []modelChartLine) ([]modelChartLine, map[string]string) {
	base := deficit.Year(0)
	for _, l := range lines {
		if len(l.Points) > 0 && (base == 0 || l.Points[0].Year < base) {
			base = l.Points[0].Year
		}
	}
	labels := map[string]string{}
	out := make([]modelChartLine, len(lines))
	for i, l := range lines {
		out[i] = l
		out[i].Points = nil
		for _, p := range l.Points {
			p.Year = p.Year - l.Points[0].Year + base
			labels[p.Year.String()] = fmt.Sprintf("Year %d", p.Year-base+1)
			out[i].Points = append(out[i].Points, p)
		}
	}
	return out, labels
}

// relabel writes the chart's and its table's years as labels says.
func relabel(c *modelChart, labels map[string]string) {
	for i, t := range c.XTicks {
		if l, ok := labels[t.Label]; ok {
			c.XTicks[i].Label = l
		}
	}
	for i := range c.Series {
		for j, d := range c.Series[i].Dots {
			for old, l := range labels {
				d.Title = strings.Replace(d.Title, ", "+old+":", ", "+l+":", 1)
			}
			c.Series[i].Dots[j] = d
		}
	}
	for i, r := range c.Table.Rows {
		if l, ok := labels[r.Year]; ok {
			c.Table.Rows[i].Year = l
		}
	}
}
