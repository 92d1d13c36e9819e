// Package export writes an assessment round, or a comparison of rounds, as
// the files people take into a DfE discussion: an XLSX workbook (built with
// excelize) and CSV in the appendix's shape. It writes to an io.Writer and
// knows nothing of HTTP; Load gathers a round through the benchmark
// services.
//
// Text from users never becomes a live formula: CSV cells starting with a
// formula character get ingest.NeutraliseCell's apostrophe, and workbook
// cells hold such text as strings. Figures are always written as numbers.
package export

import (
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
)

// Pack is everything a round's exports show.
type Pack struct {
	Assessment *benchmark.Assessment
	Taxonomy   benchmark.Taxonomy
	// Agreements are those the round covers; Ratings its saved ratings,
	// keyed by recommendation ID.
	Agreements []*benchmark.Agreement
	Ratings    map[int]*benchmark.Rating
	// Held is every current agreement, for theme prevalence.
	Held []*benchmark.Agreement
	// All holds the agreements this round and the earlier one cover, older
	// revisions too, so movement can pair a round with an earlier one over
	// another revision.
	All []*benchmark.Agreement
	// Earlier is the same authority's previous round (nil when there is
	// none) and EarlierRatings its ratings.
	Earlier        *benchmark.Assessment
	EarlierRatings map[int]*benchmark.Rating
	// Model is a deficit model's report shown beside the ratings (nil when
	// no model is registered).
	Model *deficit.Report
	// Savings are the yardstick's savings by theme, beside the round's
	// Reds (nil when no model maps savings to themes).
	Savings *Savings
	// Exported is when the files were made.
	Exported time.Time
}

// Summary counts the round's recommendations by theme and rating.
func (r *Pack) Summary() benchmark.Summary {
	return benchmark.Summarize(r.Taxonomy, r.Agreements, r.Ratings)
}

// Movement compares the earlier round with this one over this round's
// agreements, pairing revisions of the same agreement as the movement page
// does; ok is false when there is no earlier round.
func (r *Pack) Movement() (c benchmark.RoundComparison, ok bool) {
	if r.Earlier == nil {
		return c, false
	}
	all := r.All
	if all == nil {
		all = r.Agreements
	}
	return benchmark.CompareRoundSides(r.Taxonomy, all,
		benchmark.Side{Assessment: r.Earlier, Ratings: r.EarlierRatings},
		benchmark.Side{Assessment: r.Assessment, Ratings: r.Ratings}), true
}

// AuthorityName is the place name of the round's authority ("Bristol").
func (r *Pack) AuthorityName() string {
	if r.Assessment.Authority != nil {
		return r.Assessment.Authority.Place()
	}
	return r.Assessment.AuthorityCode
}

// AgreementYears lists the distinct financial years of the
// agreements covered, e.g. "2020-21".
func (r *Pack) AgreementYears() string {
	var out []string
	seen := map[string]bool{}
	for _, a := range r.Agreements {
		if !seen[a.FinancialYear] {
			seen[a.FinancialYear] = true
			out = append(out, a.FinancialYear)
		}
	}
	return strings.Join(out, ", ")
}

// Sources names the documents behind the figures: the round's own source
// and each covered agreement with its address.
func (r *Pack) Sources() []string {
	var out []string
	if r.Assessment.Source != "" {
		out = append(out, r.Assessment.Source)
	}
	for _, a := range r.Agreements {
		s := a.Title
		if a.SourceURL != "" {
			s += " (" + a.SourceURL + ")"
		}
		out = append(out, s)
	}
	return out
}

// DateText is the round's date in the house style ("30 November 2026"),
// or "not stated" when the source gives none.
func (r *Pack) DateText() string {
	if r.Assessment.AssessedOn == "" {
		return "not stated"
	}
	return benchmark.LongDate(r.Assessment.AssessedOn)
}

// LA names an agreement's parties as the appendix does, joined by "/".
func LA(a *benchmark.Agreement) string {
	names := make([]string, len(a.Parties))
	for i, p := range a.Parties {
		names[i] = p.Place()
	}
	return strings.Join(names, "/")
}
