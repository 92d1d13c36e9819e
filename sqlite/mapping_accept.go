package sqlite

import (
	"context"
	"fmt"
	"sort"

	"github.com/svbench/svbench/benchmark"
)

var _ benchmark.SuggestionService = (*AgreementService)(nil)

// AcceptSuggestions marks reviewed every seen recommendation whose
// suggestions reach the confidence asked for, in one transaction, after
// checking that none of those seen has changed since.
func (s *AgreementService) AcceptSuggestions(ctx context.Context, a *benchmark.SuggestionAcceptance) ([]int, error) {
	if err := benchmark.ValidateActor(a.By); err != nil {
		return nil, err
	}
	ids := make([]int, 0, len(a.Seen))
	for id := range a.Seen {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin accepting suggestions: %w", err)
	}
	defer tx.Rollback()
	var stale []int
	var accept []*benchmark.MappingReview
	for _, id := range ids {
		current, err := tx.mappingReview(ctx, id)
		if benchmark.ErrorCode(err) == benchmark.ENOTFOUND {
			stale = append(stale, id)
			continue
		} else if err != nil {
			return nil, err
		}
		if current.Version != a.Seen[id] {
			stale = append(stale, id)
			continue
		}
		r := &benchmark.Recommendation{ID: id, Mappings: current.Mappings}
		if r.SuggestionsAtLeast(a.MinPercent) {
			accept = append(accept, &benchmark.MappingReview{RecommendationID: id, Mappings: current.Mappings, Version: current.Version, By: a.By})
		}
	}
	if stale != nil {
		return nil, &benchmark.StaleAcceptError{Changed: stale}
	}
	out := make([]int, 0, len(accept))
	for _, rev := range accept {
		if err := tx.reviewMappings(ctx, rev); err != nil {
			return nil, err
		}
		out = append(out, rev.RecommendationID)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit accepting suggestions: %w", err)
	}
	return out, nil
}
