package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"maps"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
	"github.com/xuri/excelize/v2"
)

// twoAuthorities compares Bristol's appendix round with a round by Leeds
// over the same agreements that rates everything Green.
func twoAuthorities(t *testing.T) benchmark.Comparison {
	t.Helper()
	store := seeded(t)
	ctx := context.Background()
	first := bristol(t, store)
	leeds, err := store.FindAuthority(ctx, "Leeds")
	if err != nil {
		t.Fatal(err)
	}
	r := load(t, store, first.ID)
	var green []*benchmark.Rating
	for _, a := range r.Agreements {
		for _, rec := range a.Recommendations {
			green = append(green, &benchmark.Rating{RecommendationID: rec.ID, RAG: benchmark.Green})
		}
	}
	other := &benchmark.Assessment{AuthorityCode: leeds.ONSCode, Title: "All green", AgreementIDs: first.AgreementIDs}
	if err := store.CreateAssessment(ctx, other, green); err != nil {
		t.Fatal(err)
	}
	other, _ = store.FindAssessmentByID(ctx, other.ID)
	otherRatings, _ := store.FindRatings(ctx, other.ID)
	return benchmark.CompareAssessments(r.Taxonomy, r.Agreements, []benchmark.Side{
		{Assessment: r.Assessment, Ratings: r.Ratings}, {Assessment: other, Ratings: otherRatings},
	})
}

func TestComparisonWorkbook(t *testing.T) {
	c := twoAuthorities(t)
	var buf bytes.Buffer
	if err := export.WriteComparisonWorkbook(&buf, c, time.Now()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Recommendations|Themes|Sources" {
		t.Errorf("sheets = %s", got)
	}
	sh := export.SheetCompareRecommendations
	header := findRow(t, f, sh, 1, "LA")
	rows, _ := f.GetRows(sh)
	if h := rows[header-1]; len(h) != 6 || !strings.HasPrefix(h[3], "Bristol") || !strings.HasPrefix(h[4], "Leeds") {
		t.Errorf("header = %q", h)
	}
	differ, lines := 0, 0
	for n := header + 1; n <= len(rows) && len(rows[n-1]) >= 6; n++ {
		lines++
		if rows[n-1][5] == "Yes" {
			differ++
		}
		if got := fill(t, f, sh, "E"+strconv.Itoa(n)); got != export.Colours[benchmark.Green].Fill {
			t.Errorf("row %d: Leeds' Green filled %q", n, got)
		}
	}
	// Appendix A: 27 recommendations, 3 of them Green for Bristol, so 24 differ.
	if lines != 27 || differ != 24 {
		t.Errorf("lines %d, differing %d; want 27 and 24", lines, differ)
	}
	th := export.SheetCompareThemes
	all := findRow(t, f, th, 1, "All themes")
	if all == 0 {
		t.Fatal("no All themes row")
	}
	// Columns: Theme, 4 counts per round (B-E Bristol, F-I Leeds), share per round (J, K).
	if got := number(t, f, th, "B"+strconv.Itoa(all)); got != 3 {
		t.Errorf("Bristol Green = %v, want 3", got)
	}
	if got := number(t, f, th, "K"+strconv.Itoa(all)); got != 1 {
		t.Errorf("Leeds share Green = %v, want 1", got)
	}
	if !strings.Contains(strings.Join(keys(zipParts(t, buf.Bytes())), " "), "xl/charts/chart1.xml") {
		t.Error("no chart")
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestComparisonCSV(t *testing.T) {
	c := twoAuthorities(t)
	// Appendix A has no commentary: give Leeds' first rating one.
	rated := *c.Rows[0].Ratings[1]
	rated.Commentary = "Agreed with the SEND team"
	c.Rows[0].Ratings[1] = &rated
	var buf bytes.Buffer
	if err := export.WriteComparisonCSV(&buf, c); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 28 || recs[0][0] != "LA" || recs[0][5] != "Ratings differ" {
		t.Fatalf("%d lines, header %q", len(recs), recs[0])
	}
	if got := strings.Join(recs[0][6:], "|"); !strings.HasSuffix(got, ": commentary|Reference|Agreement round") || strings.Count(got, ": commentary") != 2 {
		t.Errorf("header ends %q, want each round's commentary, Reference and Agreement round", got)
	}
	if got := recs[1][len(recs[0])-3]; got != "Agreed with the SEND team" {
		t.Errorf("Leeds' commentary column holds %q", got)
	}
	for i, r := range recs[1:] {
		if r[len(r)-1] != "2020-21" || r[len(r)-2] == "" {
			t.Errorf("line %d: reference %q, round %q", i+2, r[len(r)-2], r[len(r)-1])
		}
	}
	bristol := map[string]int{}
	for _, r := range recs[1:] {
		if r[4] != "Green" {
			t.Errorf("Leeds rated %q, want Green", r[4])
		}
		bristol[r[3]]++
	}
	// Appendix A: Bristol rated 3 Green, 4 Amber, 3 Red; 17 not rated.
	if want := map[string]int{"Green": 3, "Amber": 4, "Red": 3, "Not rated": 17}; !maps.Equal(bristol, want) {
		t.Errorf("Bristol's column %v, want %v", bristol, want)
	}
}

// acrossRevisions compares a round over revision 1 of Bury's agreement with
// one over revision 2, which removes recommendation 2 and adds 3.
func acrossRevisions() benchmark.Comparison {
	tax := benchmark.Taxonomy{{Name: "A"}}
	party := []*benchmark.Authority{{ONSCode: "E08000002", Name: "Bury"}}
	m := []*benchmark.Mapping{{Theme: "A"}}
	v1 := &benchmark.Agreement{ID: 1, FinancialYear: "2020-21", Revision: 1, Parties: party, Recommendations: []*benchmark.Recommendation{
		{ID: 11, Reference: "1", Text: "Create resourced provision places.", Mappings: m},
		{ID: 12, Reference: "2", Text: "Introduce a case management system.", Mappings: m},
	}}
	v2 := &benchmark.Agreement{ID: 2, FinancialYear: "2020-21", Revision: 2, Parties: party, Recommendations: []*benchmark.Recommendation{
		{ID: 21, Reference: "1", Text: "Create resourced provision places.", Mappings: m},
		{ID: 23, Reference: "3", Text: "Publish a sufficiency strategy for specialist places.", Mappings: m},
	}}
	return benchmark.CompareAssessments(tax, []*benchmark.Agreement{v1, v2}, []benchmark.Side{
		{Assessment: &benchmark.Assessment{ID: 1, AuthorityCode: "Old", Title: "Final", AgreementIDs: []int{1}},
			Ratings: map[int]*benchmark.Rating{11: {RAG: benchmark.Green}, 12: {RAG: benchmark.Red}}},
		{Assessment: &benchmark.Assessment{ID: 2, AuthorityCode: "New", Title: "Open", AgreementIDs: []int{2}},
			Ratings: map[int]*benchmark.Rating{21: {RAG: benchmark.Green}}},
	})
}

func TestComparison_NotInThisRevision(t *testing.T) {
	c := acrossRevisions()
	want := [][]string{
		{"Create resourced provision places.", "Green", "Green", "No"},
		{"Introduce a case management system.", "Red", "Not in this revision", "Yes"},
		{"Publish a sufficiency strategy for specialist places.", "Not in this revision", "Not rated", "Yes"},
	}
	t.Run("csv", func(t *testing.T) {
		var buf bytes.Buffer
		if err := export.WriteComparisonCSV(&buf, c); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1+len(want) {
			t.Fatalf("%d lines, want %d", len(recs), 1+len(want))
		}
		for i, w := range want {
			r := recs[i+1]
			if got := []string{r[1], r[3], r[4], r[5]}; strings.Join(got, "|") != strings.Join(w, "|") {
				t.Errorf("line %d = %q, want %q", i+1, got, w)
			}
		}
	})
	t.Run("workbook", func(t *testing.T) {
		var buf bytes.Buffer
		if err := export.WriteComparisonWorkbook(&buf, c, time.Now()); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sh := export.SheetCompareRecommendations
		header := findRow(t, f, sh, 1, "LA")
		rows, _ := f.GetRows(sh)
		for i, w := range want {
			r := rows[header+i]
			if got := []string{r[1], r[3], r[4], r[5]}; strings.Join(got, "|") != strings.Join(w, "|") {
				t.Errorf("row %d = %q, want %q", i+1, got, w)
			}
		}
		// The missing cell carries no rating's fill.
		if got := fill(t, f, sh, "E"+strconv.Itoa(header+2)); got == export.Colours[benchmark.NotRated].Fill || got == export.Colours[benchmark.Red].Fill {
			t.Errorf("not-in-revision cell filled %q like a rating", got)
		}
	})
}
