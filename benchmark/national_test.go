package benchmark

import "testing"

func TestThemeScore_Rating(t *testing.T) {
	for _, tc := range []struct {
		g, a, r int
		want    RAG
	}{
		{0, 0, 0, NotRated},
		{3, 0, 0, Green},
		{2, 1, 0, Green},
		{1, 1, 0, Amber}, // a tie goes to the lower
		{1, 1, 1, Red},
		{0, 2, 2, Red},
		{2, 3, 1, Amber},
		{5, 0, 4, Green},
		{0, 0, 1, Red},
	} {
		s := ThemeScore{Green: tc.g, Amber: tc.a, Red: tc.r}
		if got := s.Rating(); got != tc.want {
			t.Errorf("G%d A%d R%d = %q, want %q", tc.g, tc.a, tc.r, got, tc.want)
		}
	}
}

// score is one authority's theme-1 score rated all one way.
func score(code string, sh Sharing, counts bool, r RAG) ThemeScore {
	s := ThemeScore{AuthorityCode: code, AuthorityName: "Name " + code, Sharing: sh, Counts: counts, ThemeID: 1, Covered: 2, RoundID: 1}
	switch r {
	case Green:
		s.Green = 2
	case Amber:
		s.Amber = 2
	case Red:
		s.Red = 2
	}
	return s
}

func TestNational(t *testing.T) {
	tax := Taxonomy{{ID: 1, Name: "Demand", SubThemes: []*SubTheme{{ID: 7, ThemeID: 1, Name: "Transitions"}}}}
	scores := []ThemeScore{
		score("A", SharedNamed, true, Green),
		score("B", SharedTotals, true, Green),
		score("C", SharedNamed, true, Amber),
		score("D", SharedTotals, true, Red),
		score("E", SharedNamed, true, NotRated),
		score("F", NotShared, false, Red),     // the viewer, not sharing
		score("G", SharedNamed, false, Green), // filtered out
	}
	sub := score("A", SharedNamed, true, Red)
	sub.SubThemeID = 7
	scores = append(scores, sub)

	v := National(tax, scores, "F")
	if len(v.Rows) != 2 || v.Rows[0].Label() != "Demand" || v.Rows[1].Label() != "Demand: Transitions" {
		t.Fatalf("rows = %+v", v.Rows)
	}
	th := v.Rows[0]
	want := ThemeCount{Theme: "Demand", Green: 2, Amber: 1, Red: 1, NotRated: 1}
	if !th.Shown || th.Counts != want || th.Contributors != 5 {
		t.Errorf("theme = %+v, want shown %+v of 5", th, want)
	}
	if !th.HasOwn || th.Own != Red || th.Ahead != 3 || th.Others != 5 {
		t.Errorf("own = %v %q ahead %d of %d, want Red, 3 of 5", th.HasOwn, th.Own, th.Ahead, th.Others)
	}
	if v.OwnShared || v.Contributors != 5 {
		t.Errorf("own shared %v, contributors %d", v.OwnShared, v.Contributors)
	}
	if s := v.Rows[1]; s.Shown || s.Counts.Total() != 0 || s.Contributors != 1 {
		t.Errorf("sub-theme with one authority = %+v, want no total", s)
	}
	var names []string
	for _, p := range v.Named {
		names = append(names, p.AuthorityCode)
	}
	if len(names) != 3 || names[0] != "A" || names[1] != "C" || names[2] != "E" {
		t.Errorf("named = %v, want A C E (never the totals-only, unshared or filtered)", names)
	}
	if len(v.Behind) != 1 || v.Behind[0].ThemeID != 1 {
		t.Errorf("behind = %+v", v.Behind)
	}
}

func TestParseSharing(t *testing.T) {
	for in, want := range map[string]Sharing{"": NotShared, "none": NotShared, "Named": SharedNamed, " totals ": SharedTotals} {
		if got, ok := ParseSharing(in); !ok || got != want {
			t.Errorf("ParseSharing(%q) = %q %v", in, got, ok)
		}
	}
	if _, ok := ParseSharing("everyone"); ok {
		t.Error("ParseSharing(everyone) accepted")
	}
}
