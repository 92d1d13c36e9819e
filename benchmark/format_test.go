package benchmark

import (
	"testing"
	"time"
)

func TestLongDate(t *testing.T) {
	for in, want := range map[string]string{
		"2026-12-02":  "2 December 2026",
		"2027-03-31":  "31 March 2027",
		"":            "",
		"next spring": "next spring",
		"2026-02-30":  "2026-02-30", // no such day: shown as typed, not invented
	} {
		if got := LongDate(in); got != want {
			t.Errorf("LongDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDateTime_UKTime(t *testing.T) {
	for _, c := range []struct {
		at   time.Time
		want string
	}{
		// Winter: GMT, so 15:04 UTC is 3:04pm.
		{time.Date(2026, 12, 2, 15, 4, 0, 0, time.UTC), "2 December 2026 at 3:04pm"},
		// Summer: BST, an hour ahead; 23:30 UTC is the next day in the UK.
		{time.Date(2026, 6, 30, 23, 30, 0, 0, time.UTC), "1 July 2026 at 12:30am"},
		{time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC), "5 January 2026 at 12:00pm"},
		{time.Time{}, ""},
	} {
		if got := DateTime(c.at); got != c.want {
			t.Errorf("DateTime(%v) = %q, want %q", c.at, got, c.want)
		}
	}
	if got := DayOf(time.Date(2026, 6, 30, 23, 30, 0, 0, time.UTC)); got != "1 July 2026" {
		t.Errorf("DayOf = %q, want the UK day, 1 July 2026", got)
	}
}

func TestPercent(t *testing.T) {
	for in, want := range map[float64]string{
		0: "0%", 1: "100%", 0.3: "30%", 12.0 / 33: "36%", 0.55288: "55%",
		0.004: "<1%", 0.996: ">99%", 0.005: "1%",
	} {
		if got := Percent(in); got != want {
			t.Errorf("Percent(%v) = %q, want %q", in, got, want)
		}
	}
}
