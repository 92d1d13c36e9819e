package benchmark_test

import (
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// withIDs numbers recs from first up, as storage would.
func withIDs(first int, recs []*benchmark.Recommendation) []*benchmark.Recommendation {
	for i, r := range recs {
		r.ID = first + i
	}
	return recs
}

// bury builds revision rev (agreement ID id) of a Bury agreement with the
// given reference, text pairs, its recommendations numbered from firstRec.
func bury(id, rev, firstRec int, pairs ...string) *benchmark.Agreement {
	return &benchmark.Agreement{ID: id, Revision: rev, FinancialYear: "2020-21", Parties: []*benchmark.Authority{{ONSCode: "E08000002"}},
		Recommendations: withIDs(firstRec, recs(pairs...))}
}

func TestCopyLabel(t *testing.T) {
	for _, c := range []struct {
		name string
		copy benchmark.Copy
		want string
	}{
		{"a person copying a round", benchmark.CopyingRound("Ada", &benchmark.Assessment{Title: "Round 1"}), "Ada, copying “Round 1”"},
		{"an import carrying a revision", benchmark.CarryingRevision(&benchmark.Agreement{Revision: 2}), "carried forward from revision 2"},
		{"a named import", benchmark.Copy{By: "Ada", Why: "carried forward from revision 1"}, "Ada, carried forward from revision 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.copy.Label(); got != c.want {
				t.Errorf("label %q, want %q", got, c.want)
			}
		})
	}
}

func TestPairingCopyRatings(t *testing.T) {
	v1 := bury(1, 1, 10,
		"1", "Create 50 resourced provision places in mainstream schools.",
		"2", "Review the banding of top-up funding.",
		"3", "Reduce reliance on independent special schools by 2024.",
		"4", "Introduce a new case management system.")
	v2 := bury(2, 2, 20,
		"1", "Review the banding of top-up funding.", // 2, renumbered
		"2", "Reduce reliance on independent special schools by 2025.", // 3, small edit
		"3", "Create 50 resourced provision places in mainstream schools.") // 1; 4 dropped
	full := &benchmark.Rating{AssessmentID: 5, RecommendationID: 10, RAG: benchmark.Green, Commentary: "On track", Evidence: "https://example.org/plan",
		Owner: "Head of SEND", TargetDate: "2026-03-31", Version: 4, UpdatedBy: "Bea", UpdatedAt: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)}
	ratings := map[int]*benchmark.Rating{
		10: full,
		11: {AssessmentID: 5, RecommendationID: 11, RAG: benchmark.NotRated, Version: 2}, // blank: not copied
		12: {AssessmentID: 5, RecommendationID: 12, RAG: benchmark.NotRated, Commentary: "Not started", Version: 1},
		13: {AssessmentID: 5, RecommendationID: 13, RAG: benchmark.Red, Version: 1},
	}
	carry := benchmark.CarryingRevision(v1)
	for _, c := range []struct {
		name      string
		from, to  *benchmark.Agreement
		want      map[int]int // copied: new recommendation ID -> old
		unmatched []int
	}{
		{"the same revision: each onto itself", v1, v1, map[int]int{10: 10, 12: 12, 13: 13}, nil},
		{"a new revision: paired by MatchRecommendations", v1, v2, map[int]int{22: 10, 21: 12}, []int{13}},
	} {
		t.Run(c.name, func(t *testing.T) {
			copied, unmatched := benchmark.PairRevisions(c.from, c.to).CopyRatings(ratings, carry)
			if len(copied) != len(c.want) {
				t.Fatalf("%d copied, want %d", len(copied), len(c.want))
			}
			for _, r := range copied {
				old := ratings[c.want[r.RecommendationID]]
				if old == nil {
					t.Errorf("copied onto %d, which pairs with nothing rated", r.RecommendationID)
					continue
				}
				want := *old
				want.RecommendationID, want.Version, want.UpdatedBy = r.RecommendationID, 1, "carried forward from revision 1"
				if *r != want {
					t.Errorf("copy of %d = %+v, want %+v", old.RecommendationID, *r, want)
				}
			}
			if len(unmatched) != len(c.unmatched) {
				t.Fatalf("unmatched %v, want %v", unmatched, c.unmatched)
			}
			for i, rec := range unmatched {
				if rec.ID != c.unmatched[i] {
					t.Errorf("unmatched %d, want %d", rec.ID, c.unmatched[i])
				}
			}
		})
	}
	if full.Version != 4 || full.UpdatedBy != "Bea" || full.RecommendationID != 10 {
		t.Errorf("the source rating changed: %+v", full)
	}
}

func TestCopyRound(t *testing.T) {
	v1 := bury(1, 1, 10, "1", "Create 50 resourced provision places.", "2", "Publish the local offer.")
	v2 := bury(2, 2, 20, "1", "Publish the local offer.", "2", "Something new.")
	hf := &benchmark.Agreement{ID: 3, Revision: 1, FinancialYear: "2020-21", Parties: []*benchmark.Authority{{ONSCode: "E09000013"}},
		Recommendations: withIDs(30, recs("1", "Introduce a new case management system."))}
	ratings := map[int]*benchmark.Rating{
		11: {RecommendationID: 11, RAG: benchmark.Amber, Version: 3},
		10: {RecommendationID: 10, RAG: benchmark.Red, Version: 1},
		30: {RecommendationID: 30, RAG: benchmark.Green, Version: 1},
	}
	all := []*benchmark.Agreement{v2, hf, v1}
	for _, c := range []struct {
		name     string
		from, to []int // agreements covered
		want     map[int]benchmark.RAG
	}{
		{"the earlier round over an older revision", []int{1, 3}, []int{2, 3}, map[int]benchmark.RAG{20: benchmark.Amber, 30: benchmark.Green}},
		{"the same revisions", []int{1, 3}, []int{1, 3}, map[int]benchmark.RAG{10: benchmark.Red, 11: benchmark.Amber, 30: benchmark.Green}},
		{"an agreement the new round leaves out", []int{1, 3}, []int{1}, map[int]benchmark.RAG{10: benchmark.Red, 11: benchmark.Amber}},
		{"an agreement the earlier round did not cover", []int{3}, []int{2, 3}, map[int]benchmark.RAG{30: benchmark.Green}},
	} {
		t.Run(c.name, func(t *testing.T) {
			from := benchmark.Side{Assessment: &benchmark.Assessment{ID: 1, Title: "Spring", AgreementIDs: c.from}, Ratings: ratings}
			got := benchmark.CopyRound(all, from, &benchmark.Assessment{AgreementIDs: c.to}, "Ada")
			if len(got) != len(c.want) {
				t.Fatalf("%d copied, want %d: %+v", len(got), len(c.want), got)
			}
			for _, r := range got {
				if want, ok := c.want[r.RecommendationID]; !ok || r.RAG != want || r.Version != 1 || r.UpdatedBy != "Ada, copying “Spring”" {
					t.Errorf("copied %+v, want %s by Ada copying Spring", r, want)
				}
			}
		})
	}
}

func TestRatingFirstHistory(t *testing.T) {
	at := time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name   string
		rating benchmark.Rating
		fields []string
	}{
		{"loaded from a file: no history", benchmark.Rating{RAG: benchmark.Red, Commentary: "From the appendix", Version: 1}, nil},
		{"copied: each field it holds", benchmark.Rating{RAG: benchmark.Amber, Owner: "Head of SEND", Version: 1, UpdatedBy: "Ada, copying “Round 1”"},
			[]string{benchmark.FieldRAG, benchmark.FieldOwner}},
		{"copied, only commentary", benchmark.Rating{Commentary: "Not started", Version: 1, UpdatedBy: "carried forward from revision 1"},
			[]string{benchmark.FieldCommentary}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := c.rating
			r.AssessmentID, r.RecommendationID, r.UpdatedAt = 4, 9, at
			got := r.FirstHistory()
			if len(got) != len(c.fields) {
				t.Fatalf("history %+v, want fields %v", got, c.fields)
			}
			for i, ch := range got {
				if ch.Field != c.fields[i] || ch.Old != "" || ch.New != r.Field(ch.Field) || ch.By != r.UpdatedBy || !ch.At.Equal(at) ||
					ch.Version != 1 || ch.AssessmentID != 4 || ch.RecommendationID != 9 {
					t.Errorf("change %d = %+v, want %s set by %q at %v", i, ch, c.fields[i], r.UpdatedBy, at)
				}
			}
		})
	}
}
