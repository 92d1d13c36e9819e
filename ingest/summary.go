package ingest

import (
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

func itoa(n int) string { return strconv.Itoa(n) }

// plural renders "1 recommendation" or "3 recommendations".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Summary renders an import outcome in one line for people, e.g.
// "created: Safety Valve agreement: Bury (2020-21), 5 recommendations".
func Summary(o benchmark.ImportOutcome) string {
	var b strings.Builder
	b.WriteString(o.Action + ": " + o.Title + " (" + o.Parties + ", " + o.FinancialYear + ")")
	b.WriteString(", " + plural(o.Recommendations, "recommendation"))
	switch o.Action {
	case benchmark.ImportRevised:
		b.WriteString(", revision " + itoa(o.Revision) + ": " + itoa(o.Added) + " added, " + itoa(o.Changed) + " changed, " + itoa(o.Removed) + " removed")
		if o.CarriedForward > 0 {
			b.WriteString(", " + plural(o.CarriedForward, "rating") + " carried forward")
		}
	}
	if o.Suggested > 0 {
		b.WriteString(", " + itoa(o.Suggested) + " mapped by suggestion (" + itoa(o.NeedsReview) + " to review)")
	}
	return b.String()
}
