package benchmark_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// twoThemes builds a tiny agreement: rec 1 maps twice under theme A (two
// sub-themes), rec 2 under A and B, rec 3 under B.
func twoThemes() (benchmark.Taxonomy, []*benchmark.Agreement) {
	tax := benchmark.Taxonomy{{Name: "A"}, {Name: "B"}}
	a := &benchmark.Agreement{ID: 1, Recommendations: []*benchmark.Recommendation{
		{ID: 1, Mappings: []*benchmark.Mapping{{Theme: "A", SubTheme: "x"}, {Theme: "A", SubTheme: "y"}}},
		{ID: 2, Mappings: []*benchmark.Mapping{{Theme: "A"}, {Theme: "B"}}},
		{ID: 3, Mappings: []*benchmark.Mapping{{Theme: "B", SubTheme: "z"}}},
	}}
	return tax, []*benchmark.Agreement{a}
}

func TestSummarize_CountsOncePerTheme(t *testing.T) {
	tax, list := twoThemes()
	ratings := map[int]*benchmark.Rating{1: {RAG: benchmark.Green}, 3: {RAG: benchmark.Red}}
	s := benchmark.Summarize(tax, list, ratings)
	if len(s.Themes) != 2 {
		t.Fatalf("themes = %+v", s.Themes)
	}
	a, b := s.Themes[0], s.Themes[1]
	if a.Green != 1 || a.NotRated != 1 || a.Total() != 2 {
		t.Errorf("A = %+v, want 1 green, 1 not rated", a)
	}
	if b.Red != 1 || b.NotRated != 1 || b.Total() != 2 {
		t.Errorf("B = %+v, want 1 red, 1 not rated", b)
	}
	if s.All.Total() != 3 || s.All.Share(benchmark.Green) != 1.0/3 {
		t.Errorf("all = %+v", s.All)
	}
}

func TestThemePrevalence_SubThemesScoped(t *testing.T) {
	tax, list := twoThemes()
	tax[0].SubThemes = []*benchmark.SubTheme{{Name: "x"}, {Name: "y"}}
	tax[1].SubThemes = []*benchmark.SubTheme{{Name: "z"}}
	got := map[string]int{}
	for _, p := range benchmark.ThemePrevalence(tax, list) {
		got[p.Theme+"/"+p.SubTheme] = p.Total
	}
	want := map[string]int{"A/": 2, "A/x": 1, "A/y": 1, "B/": 2, "B/z": 1}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %d, want %d", k, got[k], v)
		}
	}
}

func TestCompareRounds(t *testing.T) {
	tax, list := twoThemes()
	from := map[int]*benchmark.Rating{1: {RAG: benchmark.Red}, 2: {RAG: benchmark.Amber}}
	to := map[int]*benchmark.Rating{1: {RAG: benchmark.Amber}, 2: {RAG: benchmark.Amber}, 3: {RAG: benchmark.Red}}
	rounds := []*benchmark.Assessment{{ID: 1, AgreementIDs: []int{1}}, {ID: 2, AgreementIDs: []int{1}}}
	c := benchmark.CompareRoundSides(tax, list,
		benchmark.Side{Assessment: rounds[0], Ratings: from}, benchmark.Side{Assessment: rounds[1], Ratings: to})
	moved := c.Moved()
	if len(moved) != 2 {
		t.Fatalf("moved = %d, want 2", len(moved))
	}
	if moved[0].From != benchmark.Red || moved[0].To != benchmark.Amber || moved[0].Direction() != 1 {
		t.Errorf("rec 1 = %+v", moved[0])
	}
	if moved[1].From != benchmark.NotRated || moved[1].To != benchmark.Red {
		t.Errorf("rec 3 = %+v", moved[1])
	}
}

func TestParseRAG(t *testing.T) {
	for in, want := range map[string]benchmark.RAG{"Green": benchmark.Green, "Yellow": benchmark.Amber, "amber": benchmark.Amber, " RED ": benchmark.Red, "": benchmark.NotRated} {
		if got, ok := benchmark.ParseRAG(in); !ok || got != want {
			t.Errorf("ParseRAG(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := benchmark.ParseRAG("Purple"); ok {
		t.Error("Purple accepted")
	}
}
