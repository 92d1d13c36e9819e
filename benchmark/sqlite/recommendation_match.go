package sqlite

import "github.com/svbench/svbench/benchmark"

// matchRecommendations pairs each recommendation of an old revision with
// its counterpart in the new one (see benchmark.MatchRecommendations),
// keyed by the old recommendation's ID; old ones without a counterpart are
// absent from the result.
func matchRecommendations(old, next []*benchmark.Recommendation) map[int]*benchmark.Recommendation {
	out := map[int]*benchmark.Recommendation{}
	for i, j := range benchmark.MatchRecommendations(old, next) {
		out[old[i].ID] = next[j]
	}
	return out
}
