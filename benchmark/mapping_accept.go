package benchmark

import (
	"context"
	"math"
	"strconv"
)

// ConfidencePercent is a confidence as the whole percentage pages show.
func ConfidencePercent(c float64) int { return int(math.Round(c * 100)) }

// SuggestionsAtLeast reports whether r has a suggested mapping and every
// one of its suggested mappings has a confidence, in whole percent as
// shown, of at least minPercent.
func (r *Recommendation) SuggestionsAtLeast(minPercent int) bool {
	found := false
	for _, m := range r.Mappings {
		if m.Source == SourceSuggested {
			if ConfidencePercent(m.Confidence) < minPercent {
				return false
			}
			found = true
		}
	}
	return found
}

// SuggestionAcceptance accepts at once every suggestion a reviewer saw
// whose confidence is at least MinPercent, keeping its theme and
// sub-theme and marking it reviewed by By.
type SuggestionAcceptance struct {
	// Seen maps each recommendation the reviewer saw to the mapping
	// version shown; if any has changed since, nothing is accepted.
	Seen map[int]int
	// MinPercent is the lowest confidence accepted, in whole percent.
	MinPercent int
	By         string
}

// StaleAcceptError refuses an acceptance made after some of the
// recommendations it saw were changed; Changed lists their IDs.
type StaleAcceptError struct {
	Changed []int
}

// Error implements the error interface.
func (e *StaleAcceptError) Error() string { return e.Unwrap().Error() }

// Unwrap makes the error's code ECONFLICT.
func (e *StaleAcceptError) Unwrap() error {
	n := "1 recommendation"
	if len(e.Changed) != 1 {
		n = strconv.Itoa(len(e.Changed)) + " recommendations"
	}
	return Errorf(ECONFLICT, "The themes of %s were changed by someone else after you opened this page. Nothing was accepted: check the page again, then accept.", n)
}

// SuggestionService accepts suggested mappings in bulk.
type SuggestionService interface {
	// AcceptSuggestions marks reviewed, in one transaction, the mappings of
	// every recommendation in a.Seen whose suggestions are all at least
	// a.MinPercent (SuggestionsAtLeast), recording the review in a.By's
	// name, and returns the IDs accepted. It is EINVALID for no reviewer,
	// and a *StaleAcceptError (ECONFLICT), accepting nothing, when any
	// recommendation seen is unknown or its version is not the one seen.
	AcceptSuggestions(ctx context.Context, a *SuggestionAcceptance) ([]int, error)
}
