package sqlite

import (
	"unicode/utf8"

	"github.com/svbench/svbench/benchmark"
)

// similarEnough is the least text similarity (1 is identical) at which a
// revised recommendation counts as the same one with small edits.
const similarEnough = 0.8

// matchRecommendations pairs each recommendation of an old revision with
// its counterpart in the new one: the same text first, then the same
// reference, then text with small edits. Each new recommendation is used
// once; old ones without a counterpart are absent from the result.
func matchRecommendations(old, next []*benchmark.Recommendation) map[int]*benchmark.Recommendation {
	out := map[int]*benchmark.Recommendation{}
	used := map[*benchmark.Recommendation]bool{}
	pass := func(same func(o, n *benchmark.Recommendation) bool) {
		for _, o := range old {
			if out[o.ID] != nil {
				continue
			}
			for _, n := range next {
				if !used[n] && same(o, n) {
					out[o.ID], used[n] = n, true
					break
				}
			}
		}
	}
	pass(func(o, n *benchmark.Recommendation) bool {
		return benchmark.NormalizeText(o.Text) == benchmark.NormalizeText(n.Text)
	})
	pass(func(o, n *benchmark.Recommendation) bool { return o.Reference == n.Reference })
	pass(func(o, n *benchmark.Recommendation) bool {
		return textSimilarity(o.Text, n.Text) >= similarEnough
	})
	return out
}

// textSimilarity is 1 minus the edit distance between the normalised texts
// over the longer one's length, by rune.
func textSimilarity(a, b string) float64 {
	na, nb := benchmark.NormalizeText(a), benchmark.NormalizeText(b)
	longest := max(utf8.RuneCountInString(na), utf8.RuneCountInString(nb))
	if longest == 0 {
		return 1
	}
	return 1 - float64(benchmark.EditDistance(na, nb))/float64(longest)
}
