package web

import (
	"time"
	_ "time/tzdata" // UK times on any host, with or without a zoneinfo database

	"github.com/svbench/svbench/benchmark"
)

// fieldError is the error shown beside a field, or "": the field's own
// message when it has one problem. Only a file has several (an upload's
// every problem, each listed in the error summary with its line and
// column): then it says how many.
func fieldError(errs []FieldError, field string) string {
	var msgs []string
	for _, e := range errs {
		if e.Field == field {
			msgs = append(msgs, e.Message)
		}
	}
	switch len(msgs) {
	case 0:
		return ""
	case 1:
		return msgs[0]
	}
	return "The file was not imported: it has " + itoa(len(msgs)) + " problems, listed above"
}

// historyValue shows a stored value in the history: ratings by their word,
// target dates in the house style, blanks as "(blank)".
func historyValue(field, v string) string {
	switch {
	case field == benchmark.FieldRAG:
		return benchmark.RAG(v).Label()
	case v == "":
		return "(blank)"
	case field == benchmark.FieldTargetDate:
		return benchmark.LongDate(v)
	}
	return v
}

// when shows a saved time in the house style, in UK time: "25 November
// 2026 at 11:50pm".
func when(t time.Time) string { return benchmark.DateTime(t) }

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
