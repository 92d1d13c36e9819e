package benchmark_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestRoundProgress(t *testing.T) {
	a := &benchmark.Agreement{Recommendations: []*benchmark.Recommendation{{ID: 1}, {ID: 2}, {ID: 3}}}
	b := &benchmark.Agreement{Recommendations: []*benchmark.Recommendation{{ID: 4}}}
	ratings := map[int]*benchmark.Rating{
		1: {RAG: benchmark.Green},
		2: {RAG: benchmark.NotRated, Commentary: "commentary alone is not a rating"},
		4: {RAG: benchmark.Red},
		9: {RAG: benchmark.Amber}, // not in these agreements
	}
	if got := benchmark.RoundProgress([]*benchmark.Agreement{a, b}, ratings); got != (benchmark.Progress{Rated: 2, Total: 4}) {
		t.Errorf("progress %+v, want 2 of 4", got)
	}
}
