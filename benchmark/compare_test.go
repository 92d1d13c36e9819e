package benchmark_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestCompareAssessments(t *testing.T) {
	tax, list := twoThemes()
	other := &benchmark.Agreement{ID: 2, Recommendations: []*benchmark.Recommendation{
		{ID: 9, Mappings: []*benchmark.Mapping{{Theme: "A"}}},
	}}
	list = append(list, other)
	x := &benchmark.Assessment{ID: 1, AgreementIDs: []int{1, 2}}
	y := &benchmark.Assessment{ID: 2, AgreementIDs: []int{1}}
	z := &benchmark.Assessment{ID: 3, AgreementIDs: []int{1}}
	c := benchmark.CompareAssessments(tax, list, []benchmark.Side{
		{Assessment: x, Ratings: map[int]*benchmark.Rating{1: {RAG: benchmark.Green}, 9: {RAG: benchmark.Red}}},
		{Assessment: y, Ratings: map[int]*benchmark.Rating{1: {RAG: benchmark.Green}, 2: {RAG: benchmark.Red}}},
		{Assessment: z, Ratings: map[int]*benchmark.Rating{1: {RAG: benchmark.Green}}},
	})
	t.Run("shared agreements only", func(t *testing.T) {
		if len(c.Agreements) != 1 || c.Agreements[0].ID != 1 || len(c.Rows) != 3 {
			t.Fatalf("agreements %d rows %d, want agreement 1 and its 3 recommendations", len(c.Agreements), len(c.Rows))
		}
	})
	t.Run("rows differ", func(t *testing.T) {
		want := map[int]bool{1: false, 2: true, 3: false}
		for _, r := range c.Rows {
			if r.Differs() != want[r.Recommendation.ID] {
				t.Errorf("rec %d differs = %v", r.Recommendation.ID, r.Differs())
			}
			if len(r.RAGs) != 3 {
				t.Errorf("rec %d has %d ratings, want 3", r.Recommendation.ID, len(r.RAGs))
			}
		}
		if d := c.Differing(); len(d) != 1 || d[0].Recommendation.ID != 2 {
			t.Errorf("differing = %+v", d)
		}
		if c.Rows[1].Ratings[0] != nil || c.Rows[1].RAGs[0] != benchmark.NotRated {
			t.Errorf("a recommendation never rated must be not rated, not %v", c.Rows[1].RAGs[0])
		}
	})
	t.Run("themes", func(t *testing.T) {
		if len(c.Themes) != 2 || c.Themes[0].Theme != "A" || c.Themes[1].Theme != "B" {
			t.Fatalf("themes = %+v", c.Themes)
		}
		a := c.Themes[0]
		// Theme A holds recs 1 and 2: round y rates 2 Red, x and z leave it not rated.
		if a.Counts[0].Green != 1 || a.Counts[0].NotRated != 1 || a.Counts[1].Red != 1 || !a.Differs() {
			t.Errorf("A = %+v", a)
		}
		if c.All.Counts[2].Share(benchmark.Green) != 1.0/3 {
			t.Errorf("z share green = %v, want 1/3", c.All.Counts[2].Share(benchmark.Green))
		}
	})
	t.Run("nothing shared", func(t *testing.T) {
		w := &benchmark.Assessment{ID: 4, AgreementIDs: []int{2}}
		c := benchmark.CompareAssessments(tax, list, []benchmark.Side{{Assessment: y}, {Assessment: w}})
		if len(c.Agreements) != 0 || len(c.Rows) != 0 {
			t.Errorf("rounds with no agreement in common: %d agreements", len(c.Agreements))
		}
	})
}
