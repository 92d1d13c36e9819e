package benchmark

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// House style for what svbench shows people (the exports and every page):
// dates "2 December 2026", times "2 December 2026 at 3:04pm" in UK time,
// percentages whole.

// longDate is the house layout for a date.
const longDate = "2 January 2006"

// LongDate shows an ISO date (2026-12-02) as "2 December 2026". Blank is
// blank, and anything that is not an ISO date is returned as it is.
func LongDate(iso string) string {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(iso))
	if err != nil {
		return iso
	}
	return t.Format(longDate)
}

// DayOf shows the UK day of a moment, e.g. "2 December 2026"; the zero
// time is "".
func DayOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return UKTime(t).Format(longDate)
}

// DateTime shows a moment in UK time as "2 December 2026 at 3:04pm"
// (midday is "12:00pm", midnight "12:00am"); the zero time is "".
func DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = UKTime(t)
	return t.Format(longDate) + " at " + strings.ToLower(t.Format("3:04PM"))
}

// Percent shows a fraction as a whole percentage: 0.3 is "30%". A share
// that is neither none nor all never rounds to "0%" or "100%", which would
// say something untrue: it is "<1%" or ">99%".
func Percent(f float64) string {
	p := f * 100
	switch {
	case p > 0 && p < 0.5:
		return "<1%"
	case p < 100 && p >= 99.5:
		return ">99%"
	}
	return fmt.Sprintf("%.0f%%", math.Round(p))
}
