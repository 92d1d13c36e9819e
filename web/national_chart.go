package web

import (
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// nationalChart is the national view as an SVG chart: one bar per theme
// and sub-theme, split into the authorities rating it Green, Amber, Red
// and not rated. Each part has its own pattern as well as its colour and
// carries its letter and count; the viewing authority's position is
// written beside each bar, so nothing relies on colour.
type nationalChart struct {
	Width, Height int
	Legend        []chartLegend
	Rows          []nationalChartRow
	desc          []string
}

// nationalChartRow is one theme's bar, or the words saying it is not
// shown.
type nationalChartRow struct {
	Label          string
	LabelY, BarY   float64
	BarHeight      float64
	Segments       []chartSegment
	Hidden         string
	Own            string
	OwnX, OwnY     float64
	Bold, Outlined bool
}

// nationalFill is each rating's fill: a pattern of the key's colour.
var nationalFill = map[benchmark.RAG]string{
	benchmark.Green: "url(#nat-green)", benchmark.Amber: "url(#nat-amber)",
	benchmark.Red: "url(#nat-red)", benchmark.NotRated: "url(#nat-notrated)",
}

// newNationalChart lays out the view's rows.
func newNationalChart(v benchmark.NationalView, own *benchmark.Authority) nationalChart {
	const left, barW, rowH, top = 10.0, 460.0, 52.0, 44.0
	c := nationalChart{Width: 760}
	for i, r := range benchmark.RAGs {
		c.Legend = append(c.Legend, chartLegend{X: left + float64(i)*150, Fill: nationalFill[r], Label: r.Label()})
	}
	for i, nr := range v.Rows {
		y := top + float64(i)*rowH
		row := nationalChartRow{Label: nr.Label(), LabelY: y + 14, BarY: y + 20, BarHeight: 24,
			OwnX: left + barW + 12, OwnY: y + 37, Bold: nr.SubThemeID == 0}
		if own != nil {
			switch {
			case nr.HasOwn:
				row.Own = own.Place() + " (you): " + nr.Own.Label()
			default:
				row.Own = own.Place() + " (you): no rating"
			}
		}
		var words []string
		if !nr.Shown {
			row.Hidden = fmt.Sprintf("fewer than %d authorities: not shown", benchmark.MinContributors)
			words = append(words, row.Hidden)
		} else {
			x, total := left, nr.Counts.Total()
			for _, r := range benchmark.RAGs {
				n := nr.Counts.Count(r)
				if n == 0 {
					continue
				}
				w := barW * float64(n) / float64(total)
				st := ragStyle[r]
				text := fmt.Sprintf("%s %d", st.short, n)
				row.Segments = append(row.Segments, chartSegment{X: x, W: w, Fill: nationalFill[r], Ink: "#0b0c0c", Text: text,
					TextX: x + w/2, ShowText: w >= float64(len(text))*8+10, Edge: true,
					Title: fmt.Sprintf("%s: %d of %d authorities rate it %s", nr.Label(), n, total, r.Label())})
				words = append(words, fmt.Sprintf("%d %s", n, r.Label()))
				x += w
			}
		}
		if row.Own != "" {
			words = append(words, row.Own)
		}
		c.desc = append(c.desc, nr.Label()+": "+strings.Join(words, ", "))
		c.Rows = append(c.Rows, row)
	}
	c.Height = int(top + float64(len(v.Rows))*rowH + 8)
	return c
}

// Description says in words what the chart shows, for screen readers.
func (c nationalChart) Description() string { return strings.Join(c.desc, "; ") + "." }
