package web

import (
	"time"
	_ "time/tzdata" // UK times on any host, with or without a zoneinfo database

	"github.com/svbench/svbench/benchmark"
)

// fieldError returns the message for the named field, or "".
func fieldError(errs []FieldError, field string) string {
	for _, e := range errs {
		if e.Field == field {
			return e.Message
		}
	}
	return ""
}

// historyValue shows a stored value in the history: ratings by their word,
// blanks as "(blank)".
func historyValue(field, v string) string {
	if field == benchmark.FieldRAG {
		return benchmark.RAG(v).Label()
	}
	if v == "" {
		return "(blank)"
	}
	return v
}

// ukTime is the zone saved times are shown in.
var ukTime = func() *time.Location {
	if loc, err := time.LoadLocation("Europe/London"); err == nil {
		return loc
	}
	return time.UTC
}()

// when formats a saved time in UK time, e.g. "25 Nov 2026, 23:50".
func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(ukTime).Format("2 Jan 2006, 15:04")
}

// signed shows a change in a count with its sign, e.g. "+2", "−1", "0".
func signed(n int) string {
	switch {
	case n > 0:
		return "+" + itoa(n)
	case n < 0:
		return "−" + itoa(-n)
	}
	return "0"
}

// firstChanges keeps the newest n changes of a history.
func firstChanges(list []*benchmark.RatingChange, n int) []*benchmark.RatingChange {
	if len(list) > n {
		return list[:n]
	}
	return list
}
