package benchmark_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func recs(pairs ...string) []*benchmark.Recommendation {
	var out []*benchmark.Recommendation
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, &benchmark.Recommendation{Reference: pairs[i], Text: pairs[i+1]})
	}
	return out
}

func TestMatchRecommendations(t *testing.T) {
	old := recs(
		"1", "Create 50 resourced provision places in mainstream schools.",
		"2", "Review the banding of top-up funding.",
		"3", "Reduce reliance on independent special schools by 2024.",
		"4", "Introduce a new case management system.",
		"5", "Publish the local offer.",
	)
	next := recs(
		"1", "Review the banding of top up funding", // 2's text, renumbered: same text wins over reference
		"2", "Something entirely new about transport.",
		"3", "Reduce reliance on independent special schools by 2025.", // small edit
		"4", "Create 50 resourced provision places in mainstream schools.",
		"5", "Publish the local offer and keep it current through the year.", // same reference, reworded a lot
	)
	got := benchmark.MatchRecommendations(old, next)
	want := map[int]int{0: 3, 1: 0, 2: 2, 4: 4}
	if len(got) != len(want) {
		t.Fatalf("matched %v, want %v", got, want)
	}
	for i, j := range want {
		if got[i] != j {
			t.Errorf("old %d -> new %d, want %d", i, got[i], j)
		}
	}
	if _, ok := got[3]; ok {
		t.Errorf("old 4 (case management) matched %d; nothing in the new revision is like it", got[3])
	}

	t.Run("each new one used once", func(t *testing.T) {
		same := "Publish a sufficiency strategy."
		got := benchmark.MatchRecommendations(recs("1", same, "2", same), recs("1", same))
		if len(got) != 1 || got[0] != 0 {
			t.Errorf("matched %v, want only the first old one", got)
		}
	})
}

func TestTextSimilarity(t *testing.T) {
	if s := benchmark.TextSimilarity("Review the “banding”.", "review the banding"); s != 1 {
		t.Errorf("same words, other punctuation: %v, want 1", s)
	}
	if s := benchmark.TextSimilarity("by 2024", "by 2025"); s < 0.8 || s >= 1 {
		t.Errorf("one digit changed: %v", s)
	}
	if s := benchmark.TextSimilarity("abc", "xyz"); s != 0 {
		t.Errorf("nothing shared: %v, want 0", s)
	}
}
