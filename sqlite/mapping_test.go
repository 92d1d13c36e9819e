package sqlite_test

import (
	"context"
	"errors"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// uploadedRecommendation imports one Bristol recommendation with a
// suggested mapping and returns it.
func uploadedRecommendation(t *testing.T, store *sqlite.Store) *benchmark.Recommendation {
	t.Helper()
	csv := "authority,agreement,round,reference,recommendation\n" +
		`Bristol,Safety Valve agreement: Bristol,2022-23,1,"Agree joint funding of placements with the integrated care board."` + "\n"
	res := importCSV(t, store, csv, false)
	a, err := store.FindAgreementByID(context.Background(), res.Outcomes[0].AgreementID)
	if err != nil {
		t.Fatal(err)
	}
	return a.Recommendations[0]
}

func reloadRecommendation(t *testing.T, store *sqlite.Store, rec *benchmark.Recommendation) *benchmark.Recommendation {
	t.Helper()
	a, err := store.FindAgreementByID(context.Background(), rec.AgreementID)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.Recommendations {
		if r.ID == rec.ID {
			return r
		}
	}
	t.Fatalf("recommendation %d gone", rec.ID)
	return nil
}

func TestReviewMappings_TwoPairs(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	rec := uploadedRecommendation(t, store)
	err := store.ReviewMappings(ctx, &benchmark.MappingReview{RecommendationID: rec.ID, Version: rec.MappingVersion, By: "Ada", Mappings: []*benchmark.Mapping{
		{Theme: "Financial Efficiencies", SubTheme: "Partner funding"},
		{Theme: "Local Placement Sufficiency and Managing Demand"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	m := reloadRecommendation(t, store, rec).Mappings
	if len(m) != 2 || m[0].SubTheme != "Partner funding" || m[1].Theme != "Local Placement Sufficiency and Managing Demand" || m[1].SubTheme != "" {
		t.Fatalf("after review = %+v", m)
	}
	for _, x := range m {
		if x.Source != benchmark.SourceReviewed {
			t.Errorf("%s: source %q, want reviewed", x.Label(), x.Source)
		}
	}
}

// A refused review leaves the recommendation's mappings as they were.
func TestReviewMappings_RefusedChangesNothing(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	rec := uploadedRecommendation(t, store)
	before := rec.Mappings
	pair := func(th, st string) *benchmark.Mapping { return &benchmark.Mapping{Theme: th, SubTheme: st} }
	for _, tc := range []struct {
		name string
		m    []*benchmark.Mapping
	}{
		{"same pair twice", []*benchmark.Mapping{pair("Financial Efficiencies", "Partner funding"), pair("financial efficiencies", "partner funding")}},
		{"sub-theme of another theme second", []*benchmark.Mapping{pair("Financial Efficiencies", ""), pair("Data, Outcomes and Digital", "Partner funding")}},
		{"four pairs", []*benchmark.Mapping{pair("Financial Efficiencies", ""), pair("Financial Efficiencies", "Partner funding"), pair("Data, Outcomes and Digital", ""), pair("Local Placement Sufficiency and Managing Demand", "")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code := benchmark.ErrorCode(store.ReviewMappings(ctx, &benchmark.MappingReview{RecommendationID: rec.ID, Version: rec.MappingVersion, By: "Ada", Mappings: tc.m})); code != benchmark.EINVALID {
				t.Errorf("code = %q, want %q", code, benchmark.EINVALID)
			}
			after := reloadRecommendation(t, store, rec).Mappings
			if len(after) != len(before) || after[0].Source != benchmark.SourceSuggested || after[0].Label() != before[0].Label() {
				t.Errorf("mappings changed: %+v, were %+v", after, before)
			}
		})
	}
}

// Two reviewers who read the same version: the second is refused with
// the first's review, nothing of theirs is saved, and each saved review
// names its account.
func TestReviewMappings_StaleReviewConflicts(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	rec := uploadedRecommendation(t, store)
	if rec.MappingVersion != 1 || rec.ReviewedBy != "" {
		t.Fatalf("uploaded recommendation at version %d reviewed by %q", rec.MappingVersion, rec.ReviewedBy)
	}
	ada := &benchmark.MappingReview{RecommendationID: rec.ID, Version: 1, By: "Ada", Mappings: []*benchmark.Mapping{{Theme: "Financial Efficiencies", SubTheme: "Partner funding"}}}
	if err := store.ReviewMappings(ctx, ada); err != nil {
		t.Fatal(err)
	}
	if ada.Version != 2 || ada.At.IsZero() {
		t.Errorf("saved review = %+v", ada)
	}
	ben := &benchmark.MappingReview{RecommendationID: rec.ID, Version: 1, By: "Ben", Mappings: []*benchmark.Mapping{{Theme: "Data, Outcomes and Digital"}}}
	err := store.ReviewMappings(ctx, ben)
	var stale *benchmark.StaleMappingError
	if !errors.As(err, &stale) || benchmark.ErrorCode(err) != benchmark.ECONFLICT {
		t.Fatalf("stale review: %v, want a conflict", err)
	}
	if c := stale.Current; c.Version != 2 || c.By != "Ada" || len(c.Mappings) != 1 || c.Mappings[0].Label() != "Financial Efficiencies – Partner funding" {
		t.Errorf("conflict shows %+v", c)
	}
	got := reloadRecommendation(t, store, rec)
	if got.MappingVersion != 2 || got.ReviewedBy != "Ada" || got.Mappings[0].SubTheme != "Partner funding" {
		t.Errorf("after the refused review: version %d by %q, %+v", got.MappingVersion, got.ReviewedBy, got.Mappings)
	}
	// Having seen Ada's, Ben saves against version 2.
	ben.Version = 2
	if err := store.ReviewMappings(ctx, ben); err != nil {
		t.Fatal(err)
	}
	if got := reloadRecommendation(t, store, rec); got.MappingVersion != 3 || got.ReviewedBy != "Ben" || got.Mappings[0].Theme != "Data, Outcomes and Digital" {
		t.Errorf("after Ben's review: version %d by %q, %+v", got.MappingVersion, got.ReviewedBy, got.Mappings)
	}
	if n := count(t, store, `SELECT COUNT(*) FROM mapping_reviews WHERE recommendation_id = ?`, rec.ID); n != 2 {
		t.Errorf("%d reviews recorded, want 2", n)
	}
	if code := benchmark.ErrorCode(store.ReviewMappings(ctx, &benchmark.MappingReview{RecommendationID: rec.ID, Version: 3, Mappings: ben.Mappings})); code != benchmark.EINVALID {
		t.Errorf("a review naming nobody: %q, want invalid", code)
	}
}
