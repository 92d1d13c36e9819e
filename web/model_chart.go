package web

import (
	"fmt"
	"math"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// modelChart is a server-rendered SVG line chart of cumulative deficit by
// year. Every number in it is computed from the model's data.
type modelChart struct {
	// ID is the SVG's id and the start of its title's, description's and
	// caption's, which must differ between pages.
	ID                              string
	Width, Height                   int
	Left, Right, Top, Bottom, ZeroY float64
	XTicks, YTicks                  []modelChartTick
	Series                          []modelChartSeries
	// Band is the SVG path of the sensitivity band (10th to 90th
	// percentile), or ""; BandLabel describes it.
	Band      string
	BandLabel string
	// Unit labels the vertical axis.
	Unit string
	// Table is the chart's text alternative, printed below it.
	Table modelChartTable
}

// modelChartTick is one axis label.
type modelChartTick struct {
	Pos   float64
	Label string
}

// modelChartSeries is one line; Dash and Marker tell series apart without
// colour.
type modelChartSeries struct {
	Name   string
	Class  string
	Dash   string
	Marker string // "circle", "square", "triangle" or "diamond"
	Colour string
	Points string
	Dots   []modelChartDot
}

// modelChartDot is one marked point with its value for the tooltip.
type modelChartDot struct {
	X, Y  float64
	Title string
	// D is the SVG path of the marker.
	D string
}

// modelChartLine is one input series.
type modelChartLine struct {
	Name   string
	Class  string
	Points []deficit.Point
}

// modelChartStyles tell lines apart by dash and marker as well as colour.
var modelChartStyles = []struct{ dash, marker, colour string }{
	{"", "circle", "#505a5f"}, {"8 4", "square", "#1d70b8"}, {"2 3", "triangle", "#00703c"}, {"12 3 2 3", "diamond", "#d4351c"}, {"", "square", "#4c2c92"},
}

// The units a chart's vertical axis is in.
const (
	chartMillions = "£m"
	chartShare    = "% of High Needs funding"
)

// chartValue formats one point for its hover text: "£21.407m", or
// "23% of High Needs funding".
func chartValue(unit string, v float64) string {
	switch unit {
	case chartMillions:
		return deficit.FormatMillions(v)
	case chartShare:
		return fmt.Sprintf("%.0f", v) + unit
	}
	return deficit.FormatNumber(v, 3) + " " + unit
}

// newModelChart lays out lines (and an optional sensitivity band) on
// shared axes; unit labels the vertical axis.
func newModelChart(lines []modelChartLine, band *deficit.Band, unit string) modelChart {
	c := modelChart{Width: 720, Height: 360, Left: 64, Right: 675, Top: 20, Bottom: 320, Unit: unit}
	var years []deficit.Year
	seen := map[deficit.Year]bool{}
	lo, hi := 0.0, 0.0
	add := func(y deficit.Year, v float64) {
		if !seen[y] {
			seen[y] = true
			years = append(years, y)
		}
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	for _, l := range lines {
		for _, p := range l.Points {
			add(p.Year, p.Deficit)
		}
	}
	if band != nil {
		for i, y := range band.Years {
			add(y, band.P10[i])
			add(y, band.P90[i])
		}
	}
	if len(years) == 0 {
		return c
	}
	first, last := years[0], years[0]
	for _, y := range years {
		first, last = min(first, y), max(last, y)
	}
	step := modelNiceStep((hi - lo) / 5)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	if hi == lo {
		hi = lo + step
	}
	span := float64(last - first)
	if span == 0 {
		span = 1
	}
	x := func(y deficit.Year) float64 { return c.Left + (c.Right-c.Left)*float64(y-first)/span }
	yy := func(v float64) float64 { return c.Bottom - (c.Bottom-c.Top)*(v-lo)/(hi-lo) }
	for y := first; y <= last; y++ {
		c.XTicks = append(c.XTicks, modelChartTick{Pos: x(y), Label: y.String()})
	}
	for v := lo; v <= hi+step/2; v += step {
		c.YTicks = append(c.YTicks, modelChartTick{Pos: yy(v), Label: fmt.Sprintf("%g", modelRound(v, step))})
	}
	c.ZeroY = yy(0)
	for i, l := range lines {
		st := modelChartStyles[i%len(modelChartStyles)]
		s := modelChartSeries{Name: l.Name, Class: l.Class, Dash: st.dash, Marker: st.marker, Colour: st.colour}
		var pts []string
		for _, p := range l.Points {
			px, py := x(p.Year), yy(p.Deficit)
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", px, py))
			s.Dots = append(s.Dots, modelChartDot{X: px, Y: py, D: markerPath(st.marker, px, py), Title: fmt.Sprintf("%s, %s: %s", l.Name, p.Year, chartValue(unit, p.Deficit))})
		}
		s.Points = strings.Join(pts, " ")
		c.Series = append(c.Series, s)
	}
	if band != nil && len(band.Years) > 1 {
		var b strings.Builder
		for i, y := range band.Years {
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&b, "%s%.1f,%.1f ", cmd, x(y), yy(band.P90[i]))
		}
		for i := len(band.Years) - 1; i >= 0; i-- {
			fmt.Fprintf(&b, "L%.1f,%.1f ", x(band.Years[i]), yy(band.P10[i]))
		}
		b.WriteString("Z")
		c.Band = b.String()
		c.BandLabel = fmt.Sprintf("10th to 90th percentile of %d scenarios", band.Runs)
	}
	return c
}

// modelNiceStep rounds a raw tick step up to 1, 2 or 5 × 10^k.
func modelNiceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

func modelRound(v, step float64) float64 { return math.Round(v/step) * step }

// markerPath draws a marker of the given shape centred on (x, y).
func markerPath(shape string, x, y float64) string {
	const r = 4.5
	switch shape {
	case "square":
		return fmt.Sprintf("M%.1f,%.1fh%.1fv%.1fh%.1fz", x-r, y-r, 2*r, 2*r, -2*r)
	case "triangle":
		return fmt.Sprintf("M%.1f,%.1fL%.1f,%.1fL%.1f,%.1fz", x, y-r-1, x+r+1, y+r, x-r-1, y+r)
	case "diamond":
		return fmt.Sprintf("M%.1f,%.1fL%.1f,%.1fL%.1f,%.1fL%.1f,%.1fz", x, y-r-1, x+r+1, y, x, y+r+1, x-r-1, y)
	}
	return fmt.Sprintf("M%.1f,%.1fa%.1f,%.1f 0 1,0 %.1f,0a%.1f,%.1f 0 1,0 %.1f,0", x-r, y, r, r, 2*r, r, r, -2*r)
}
