package web

import (
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// ragChart is a server-rendered SVG chart of a round's ratings: one bar per
// theme, split into Green, Amber, Red and Not rated shares of the theme's
// recommendations. Each part carries its letter and count, so the chart
// never relies on colour alone; the table beside it has every number.
type ragChart struct {
	Width, Height int
	Legend        []chartLegend
	Rows          []chartRow
}

// chartLegend is one key entry.
type chartLegend struct {
	X           float64
	Fill, Label string
}

// chartRow is one theme's bar.
type chartRow struct {
	Label          string
	LabelY, BarY   float64
	BarHeight      float64
	Segments       []chartSegment
	Share          string
	ShareX, ShareY float64
}

// chartSegment is one rating's part of a bar.
type chartSegment struct {
	X, W           float64
	Fill, Ink      string
	Text, Title    string
	TextX          float64
	ShowText, Edge bool
}

// ragStyle is how each rating is drawn: fill, text colour and letter.
var ragStyle = map[benchmark.RAG]struct{ fill, ink, short string }{
	benchmark.Green:    {"#00703c", "#ffffff", "G"},
	benchmark.Amber:    {"#f47738", "#0b0c0c", "A"},
	benchmark.Red:      {"#d4351c", "#ffffff", "R"},
	benchmark.NotRated: {"#f3f2f1", "#0b0c0c", "NR"},
}

// newRAGChart lays out the themes' counts, then the total as the last bar.
func newRAGChart(s benchmark.Summary) ragChart {
	const left, barW, rowH, top = 10.0, 520.0, 56.0, 44.0
	c := ragChart{Width: 720}
	for i, r := range benchmark.RAGs {
		c.Legend = append(c.Legend, chartLegend{X: left + float64(i)*150, Fill: ragStyle[r].fill, Label: r.Label()})
	}
	rows := append(append([]benchmark.ThemeCount(nil), s.Themes...), s.All)
	for i, tc := range rows {
		y := top + float64(i)*rowH
		row := chartRow{Label: tc.Theme, LabelY: y + 14, BarY: y + 20, BarHeight: 26,
			Share: percent(tc.Share(benchmark.Green)) + " Green", ShareX: left + barW + 12, ShareY: y + 38}
		x := left
		for _, r := range benchmark.RAGs {
			n := tc.Count(r)
			if n == 0 || tc.Total() == 0 {
				continue
			}
			w := barW * float64(n) / float64(tc.Total())
			st := ragStyle[r]
			text := fmt.Sprintf("%s %d", st.short, n)
			row.Segments = append(row.Segments, chartSegment{X: x, W: w, Fill: st.fill, Ink: st.ink, Text: text,
				TextX: x + w/2, ShowText: w >= float64(len(text))*8+6, Edge: r == benchmark.NotRated,
				Title: fmt.Sprintf("%s: %s %d of %d (%s)", tc.Theme, r.Label(), n, tc.Total(), percent(tc.Share(r)))})
			x += w
		}
		c.Rows = append(c.Rows, row)
	}
	c.Height = int(top + float64(len(rows))*rowH + 8)
	return c
}

// Description says in words what the chart shows, for screen readers.
func (c ragChart) Description() string {
	var parts []string
	for _, r := range c.Rows {
		var segs []string
		for _, s := range r.Segments {
			segs = append(segs, s.Text)
		}
		parts = append(parts, r.Label+": "+strings.Join(segs, ", ")+", "+r.Share)
	}
	return strings.Join(parts, "; ") + "."
}
