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
	t.Run("every agreement any round covers", func(t *testing.T) {
		if len(c.Agreements) != 2 || c.Agreements[0].ID != 1 || c.Agreements[1].ID != 2 || len(c.Rows) != 4 {
			t.Fatalf("agreements %d rows %d, want agreements 1 and 2 and their 4 recommendations", len(c.Agreements), len(c.Rows))
		}
		// Only x covers agreement 2: rec 9 is "not in that round" for y and z.
		cells := c.Rows[3].Cells()
		if cells[0].Label() != "Red" || cells[1].Label() != benchmark.NotInRound || cells[2].Label() != benchmark.NotInRound {
			t.Errorf("rec 9 cells %q %q %q", cells[0].Label(), cells[1].Label(), cells[2].Label())
		}
	})
	t.Run("rows differ", func(t *testing.T) {
		want := map[int]bool{1: false, 2: true, 3: false, 9: true}
		for _, r := range c.Rows {
			if r.Differs() != want[r.Recommendation.ID] {
				t.Errorf("rec %d differs = %v, want %v", r.Recommendation.ID, r.Differs(), want[r.Recommendation.ID])
			}
			if len(r.RAGs) != 3 {
				t.Errorf("rec %d has %d ratings, want 3", r.Recommendation.ID, len(r.RAGs))
			}
		}
		if d := c.Differing(); len(d) != 2 || d[0].Recommendation.ID != 2 || d[1].Recommendation.ID != 9 {
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
		// Theme A holds recs 1 and 2, and 9 for x only: round y rates 2 Red,
		// x and z leave it not rated; x rates 9 Red, which y and z do not count.
		if a.Counts[0].Green != 1 || a.Counts[0].NotRated != 1 || a.Counts[0].Red != 1 || a.Counts[1].Red != 1 || a.Counts[1].Total() != 2 || a.Counts[2].Total() != 2 || !a.Differs() {
			t.Errorf("A = %+v", a)
		}
		if c.All.Counts[2].Share(benchmark.Green) != 1.0/3 {
			t.Errorf("z share green = %v, want 1/3", c.All.Counts[2].Share(benchmark.Green))
		}
	})
	t.Run("nothing shared", func(t *testing.T) {
		w := &benchmark.Assessment{ID: 4, AgreementIDs: []int{2}}
		c := benchmark.CompareAssessments(tax, list, []benchmark.Side{{Assessment: y}, {Assessment: w}})
		if len(c.Agreements) != 2 || len(c.Rows) != 4 {
			t.Fatalf("rounds with no agreement in common: %d agreements, %d rows, want 2 and 4", len(c.Agreements), len(c.Rows))
		}
		for _, r := range c.Rows {
			if r.Uncovered[0] == r.Uncovered[1] {
				t.Errorf("rec %d uncovered %v, want in exactly one round", r.Recommendation.ID, r.Uncovered)
			}
		}
		if c.All.Counts[0].Total() != 3 || c.All.Counts[1].Total() != 1 {
			t.Errorf("totals %d and %d, want each round's own 3 and 1", c.All.Counts[0].Total(), c.All.Counts[1].Total())
		}
	})
}

// twoRevisions builds revision 1 and 2 of one agreement between the same
// parties in the same round: recommendation 1 kept, 2 reworded slightly,
// 3 removed and 4 added.
func twoRevisions() (benchmark.Taxonomy, *benchmark.Agreement, *benchmark.Agreement) {
	tax := benchmark.Taxonomy{{Name: "A"}, {Name: "B"}}
	party := []*benchmark.Authority{{ONSCode: "E08000002", Name: "Bury"}}
	m := func(th string) []*benchmark.Mapping { return []*benchmark.Mapping{{Theme: th}} }
	v1 := &benchmark.Agreement{ID: 10, FinancialYear: "2020-21", Revision: 1, SupersededBy: 20, Parties: party, Recommendations: []*benchmark.Recommendation{
		{ID: 101, Reference: "1", Text: "Create resourced provision places.", Mappings: m("A")},
		{ID: 102, Reference: "2", Text: "Reduce reliance on independent schools by 2024.", Mappings: m("A")},
		{ID: 103, Reference: "3", Text: "Introduce a case management system.", Mappings: m("B")},
	}}
	v2 := &benchmark.Agreement{ID: 20, FinancialYear: "2020-21", Revision: 2, Parties: party, Recommendations: []*benchmark.Recommendation{
		{ID: 201, Reference: "1", Text: "Create resourced provision places.", Mappings: m("A")},
		{ID: 202, Reference: "2", Text: "Reduce reliance on independent schools by 2025.", Mappings: m("A")},
		{ID: 204, Reference: "4", Text: "Publish a sufficiency strategy for specialist places.", Mappings: m("B")},
	}}
	return tax, v1, v2
}

func TestCompareAssessments_AcrossRevisions(t *testing.T) {
	tax, v1, v2 := twoRevisions()
	final := &benchmark.Assessment{ID: 1, AgreementIDs: []int{10}, Final: true}
	open := &benchmark.Assessment{ID: 2, AgreementIDs: []int{20}}
	c := benchmark.CompareAssessments(tax, []*benchmark.Agreement{v1, v2}, []benchmark.Side{
		{Assessment: final, Ratings: map[int]*benchmark.Rating{101: {RAG: benchmark.Green}, 102: {RAG: benchmark.Red}, 103: {RAG: benchmark.Amber}}},
		{Assessment: open, Ratings: map[int]*benchmark.Rating{201: {RAG: benchmark.Green}, 202: {RAG: benchmark.Amber}}},
	})
	if len(c.Agreements) != 1 || c.Agreements[0] != v2 {
		t.Fatalf("agreements shared = %v, want revision 2 alone", c.Agreements)
	}
	type want struct {
		text    string
		cells   string
		revised bool
		differs bool
	}
	wants := []want{
		{"Create resourced provision places.", "Green|Green", false, false},
		{"Reduce reliance on independent schools by 2025.", "Red|Amber", true, true},
		{"Introduce a case management system.", "Amber|Not in this revision", false, true},
		{"Publish a sufficiency strategy for specialist places.", "Not in this revision|Not rated", false, true},
	}
	if len(c.Rows) != len(wants) {
		t.Fatalf("%d rows, want %d", len(c.Rows), len(wants))
	}
	for i, w := range wants {
		r := c.Rows[i]
		cells := r.Cells()
		got := cells[0].Label() + "|" + cells[1].Label()
		if r.Recommendation.Text != w.text || got != w.cells || r.Revised != w.revised || r.Differs() != w.differs {
			t.Errorf("row %d = %q %s revised %v differs %v; want %+v", i, r.Recommendation.Text, got, r.Revised, r.Differs(), w)
		}
	}
	if r := c.Rows[1]; r.Recommendations[0].ID != 102 || r.Recommendations[1].ID != 202 {
		t.Errorf("reworded row pairs %v, want 102 with 202", r.Recommendations)
	}
	if r := c.Rows[2]; r.InEvery() || r.Recommendations[1] != nil || r.Ratings[1] != nil {
		t.Errorf("removed recommendation shown in revision 2: %+v", r)
	}
	// Theme B: the final round has only 3 (Amber), the open round only 4
	// (not rated); neither counts the other's.
	b := c.Themes[1]
	if b.Theme != "B" || b.Counts[0] != (benchmark.ThemeCount{Theme: "B", Amber: 1}) || b.Counts[1] != (benchmark.ThemeCount{Theme: "B", NotRated: 1}) {
		t.Errorf("theme B = %+v", b)
	}
	if c.All.Counts[0].Total() != 3 || c.All.Counts[1].Total() != 3 || c.All.Counts[1].NotRated != 1 {
		t.Errorf("all = %+v, want 3 per round, 1 not rated in the open one", c.All.Counts)
	}
}

func TestCompareRoundSides_AcrossRevisions(t *testing.T) {
	tax, v1, v2 := twoRevisions()
	from := benchmark.Side{Assessment: &benchmark.Assessment{ID: 1, AgreementIDs: []int{10}},
		Ratings: map[int]*benchmark.Rating{101: {RAG: benchmark.Amber}, 102: {RAG: benchmark.Red}, 103: {RAG: benchmark.Red}}}
	to := benchmark.Side{Assessment: &benchmark.Assessment{ID: 2, AgreementIDs: []int{20}},
		Ratings: map[int]*benchmark.Rating{201: {RAG: benchmark.Green}, 202: {RAG: benchmark.Red}, 204: {RAG: benchmark.Green}}}
	c := benchmark.CompareRoundSides(tax, []*benchmark.Agreement{v1, v2}, from, to)
	if len(c.Movements) != 4 {
		t.Fatalf("%d movements, want 4", len(c.Movements))
	}
	got := ""
	for _, m := range c.Movements {
		got += m.FromLabel() + ">" + m.ToLabel() + ";"
	}
	if want := "Amber>Green;Red>Red;Red>Not in this revision;Not in this revision>Green;"; got != want {
		t.Errorf("movements %s, want %s", got, want)
	}
	if m := c.Movements[1]; m.Changed() || !m.Revised || m.FromRecommendation.ID != 102 || m.ToRecommendation.ID != 202 {
		t.Errorf("reworded = %+v, want paired, unchanged, revised", m)
	}
	if m := c.Movements[2]; !m.Changed() || !m.NotInTo || m.Direction() != 0 {
		t.Errorf("removed = %+v, want changed, not in the later revision, no direction", m)
	}
	if len(c.Moved()) != 3 {
		t.Errorf("%d moved, want 3", len(c.Moved()))
	}
	// Theme B: earlier only 3 (Red), later only 4 (Green).
	for _, tm := range c.Themes {
		if tm.Theme == "B" && (tm.From.Total() != 1 || tm.From.Red != 1 || tm.To.Total() != 1 || tm.To.Green != 1) {
			t.Errorf("theme B = %+v", tm)
		}
	}
	if c.From.All.Total() != 3 || c.To.All.Total() != 3 {
		t.Errorf("totals %d and %d, want 3 each", c.From.All.Total(), c.To.All.Total())
	}

	// The fault: an agreement that joined the later round was
	// counted Not rated in the earlier one.
	t.Run("earlier round without the agreement", func(t *testing.T) {
		none := benchmark.Side{Assessment: &benchmark.Assessment{ID: 3}}
		c := benchmark.CompareRoundSides(tax, []*benchmark.Agreement{v1, v2}, none, to)
		for _, m := range c.Movements {
			if !m.FromUncovered || !m.NotInFrom || m.NotInTo || m.FromLabel() != benchmark.NotInRound {
				t.Errorf("%+v (%q), want not in that round", m, m.FromLabel())
			}
		}
		if len(c.Movements) != 3 {
			t.Errorf("%d movements, want revision 2's 3", len(c.Movements))
		}
		if c.From.All.Total() != 0 || c.To.All.Total() != 3 {
			t.Errorf("totals %d and %d, want 0 (the earlier round covers none) and 3", c.From.All.Total(), c.To.All.Total())
		}
	})
}
