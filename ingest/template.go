package ingest

import (
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// TemplateCSV is an empty agreement file to fill in: the header row of the
// agreement format, UTF-8 with a byte order mark so Excel opens it cleanly.
func TemplateCSV() []byte {
	return []byte("\ufeff" + strings.Join(AgreementColumns, ",") + "\r\n")
}

// RatingsTemplateCSV is an empty ratings file in the appendix format.
func RatingsTemplateCSV() []byte {
	return []byte("\ufeff" + strings.Join(RatingColumns, ",") + "\r\n")
}

// Summary renders an import outcome in one line for people, e.g.
// "created: Safety Valve agreement: Bury (2020-21), 5 recommendations".
func Summary(o benchmark.ImportOutcome) string {
	var b strings.Builder
	b.WriteString(o.Action + ": " + o.Title + " (" + o.Parties + ", " + o.Round + ")")
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
