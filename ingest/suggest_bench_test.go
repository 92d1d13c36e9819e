package ingest_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark/synthetic"
	"github.com/svbench/svbench/ingest"
)

// BenchmarkNewSuggester_National builds the suggester an upload uses over a
// national store's mapped recommendations (1,500 synthetic agreements
// beside the shipped ones), then suggests for one text.
func BenchmarkNewSuggester_National(b *testing.B) {
	ref, agreements := shipped(b)
	data, err := synthetic.Generate(synthetic.Options{Authorities: 150, Agreements: 1500, Seed: 1}, ref.Authorities, agreements)
	if err != nil {
		b.Fatal(err)
	}
	held := ingest.Recommendations(append(agreements, data.Agreements...))
	b.Logf("%d mapped recommendations", len(held))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := ingest.NewSuggester(ref.Taxonomy, held)
		s.Suggest("Agree with the integrated care board how the cost of joint placements is shared.")
	}
}
