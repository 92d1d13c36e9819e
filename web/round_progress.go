package web

import (
	"context"

	"github.com/svbench/svbench/benchmark"
)

// roundsProgress counts, for each listed round, how many of its
// recommendations are rated (benchmark.RoundProgress), keyed by round ID.
func (s *Server) roundsProgress(ctx context.Context, rounds []*benchmark.Assessment) (map[int]benchmark.Progress, error) {
	out := make(map[int]benchmark.Progress, len(rounds))
	for _, a := range rounds {
		covered, err := benchmark.FindAgreementsByIDs(ctx, s.Agreements, a.AgreementIDs)
		if err != nil {
			return nil, err
		}
		ratings, err := s.Assessments.FindRatings(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		out[a.ID] = benchmark.RoundProgress(covered, ratings)
	}
	return out, nil
}
