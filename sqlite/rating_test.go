package sqlite_test

import (
	"context"
	"errors"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// newRound creates an empty open round for Bristol over the given
// agreements and returns it with the first recommendation of each.
func newRound(t *testing.T, store *sqlite.Store, title string, agreements []*benchmark.Agreement) *benchmark.Assessment {
	t.Helper()
	bristol, err := store.FindAuthority(context.Background(), "Bristol")
	if err != nil {
		t.Fatal(err)
	}
	a := &benchmark.Assessment{AuthorityCode: bristol.ONSCode, Title: title}
	for _, ag := range agreements {
		a.AgreementIDs = append(a.AgreementIDs, ag.ID)
	}
	if err := store.CreateAssessment(context.Background(), a, nil); err != nil {
		t.Fatal(err)
	}
	return a
}

func ptr[T any](v T) *T { return &v }

func TestUpdateRating_VersionsAndHistory(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	round := newRound(t, store, "Spring review", agreements)
	rec := agreements[0].Recommendations[0].ID

	r, err := store.UpdateRating(ctx, round.ID, rec, benchmark.RatingUpdate{RAG: ptr(benchmark.Green), Commentary: ptr(" Panel in place "), By: "Ada"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Version != 1 || r.RAG != benchmark.Green || r.Commentary != "Panel in place" || r.UpdatedBy != "Ada" {
		t.Errorf("first save = %+v", r)
	}

	// A second editor who also read version 0 is refused and shown Ada's.
	_, err = store.UpdateRating(ctx, round.ID, rec, benchmark.RatingUpdate{RAG: ptr(benchmark.Red), By: "Ben"})
	var stale *benchmark.StaleRatingError
	if !errors.As(err, &stale) || benchmark.ErrorCode(err) != benchmark.ECONFLICT {
		t.Fatalf("stale save err = %v, want a conflict", err)
	}
	if stale.Current.Version != 1 || stale.Current.RAG != benchmark.Green || stale.Current.UpdatedBy != "Ada" {
		t.Errorf("conflict shows %+v", stale.Current)
	}

	// Ben, having seen version 1, changes only the owner.
	r, err = store.UpdateRating(ctx, round.ID, rec, benchmark.RatingUpdate{Owner: ptr("Head of SEND"), Version: 1, By: "Ben"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Version != 2 || r.RAG != benchmark.Green || r.Owner != "Head of SEND" {
		t.Errorf("second save = %+v", r)
	}
	// Saving the same values again makes no new version.
	if r, err = store.UpdateRating(ctx, round.ID, rec, benchmark.RatingUpdate{Owner: ptr("Head of SEND"), Version: 2, By: "Ben"}); err != nil || r.Version != 2 {
		t.Errorf("no-op save = %+v, %v", r, err)
	}

	changes, err := store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round.ID, RecommendationID: &rec})
	if err != nil {
		t.Fatal(err)
	}
	type change struct {
		version          int
		field, old, new_ string
		by               string
	}
	want := []change{ // newest save first, its fields in form order
		{2, benchmark.FieldOwner, "", "Head of SEND", "Ben"},
		{1, benchmark.FieldRAG, "", "green", "Ada"},
		{1, benchmark.FieldCommentary, "", "Panel in place", "Ada"},
	}
	if len(changes) != len(want) {
		t.Fatalf("history has %d changes, want %d: %+v", len(changes), len(want), changes)
	}
	for i, w := range want {
		c := changes[i]
		if got := (change{c.Version, c.Field, c.Old, c.New, c.By}); got != w {
			t.Errorf("change %d = %+v, want %+v", i, got, w)
		}
		if c.At.IsZero() {
			t.Errorf("change %d has no time", i)
		}
	}
	saved, _ := store.FindRatings(ctx, round.ID)
	if saved[rec] == nil || saved[rec].Version != 2 {
		t.Errorf("stored rating = %+v", saved[rec])
	}
}

func TestUpdateRating_Refused(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil || len(agreements) < 2 {
		t.Fatalf("agreements = %d, %v", len(agreements), err)
	}
	round := newRound(t, store, "Bury only", agreements[:1])
	inRound, outside := agreements[0].Recommendations[0].ID, agreements[1].Recommendations[0].ID
	final := newRound(t, store, "Closed", agreements)
	if err := store.FinalizeAssessment(ctx, final.ID, "Ben"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		round, rec int
		upd        benchmark.RatingUpdate
		code       string
	}{
		{"no editor", round.ID, inRound, benchmark.RatingUpdate{RAG: ptr(benchmark.Red)}, benchmark.EINVALID},
		{"unknown rating", round.ID, inRound, benchmark.RatingUpdate{RAG: ptr(benchmark.RAG("purple")), By: "Ada"}, benchmark.EINVALID},
		{"evidence not a link", round.ID, inRound, benchmark.RatingUpdate{Evidence: ptr("javascript:alert(1)"), By: "Ada"}, benchmark.EINVALID},
		{"impossible date", round.ID, inRound, benchmark.RatingUpdate{TargetDate: ptr("2026-02-30"), By: "Ada"}, benchmark.EINVALID},
		{"recommendation outside the round", round.ID, outside, benchmark.RatingUpdate{RAG: ptr(benchmark.Red), By: "Ada"}, benchmark.EINVALID},
		{"final round", final.ID, inRound, benchmark.RatingUpdate{RAG: ptr(benchmark.Red), By: "Ada"}, benchmark.EINVALID},
		{"no such round", 9999, inRound, benchmark.RatingUpdate{RAG: ptr(benchmark.Red), By: "Ada"}, benchmark.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := store.UpdateRating(ctx, tc.round, tc.rec, tc.upd)
			if got := benchmark.ErrorCode(err); got != tc.code {
				t.Errorf("code = %q (%v), want %q", got, err, tc.code)
			}
		})
	}
	if changes, _ := store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{}); len(changes) != 0 {
		t.Errorf("refused saves left history: %+v", changes)
	}
	got, _ := store.FindAssessmentByID(ctx, final.ID)
	if !got.Final {
		t.Error("round not final after FinalizeAssessment")
	}
}

// History read for some recommendations holds theirs alone; an empty
// list reads none.
func TestFindRatingChanges_ByRecommendations(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	round := newRound(t, store, "Some cards", agreements)
	recs := agreements[0].Recommendations
	for _, r := range recs[:3] {
		if _, err := store.UpdateRating(ctx, round.ID, r.ID, benchmark.RatingUpdate{RAG: ptr(benchmark.Amber), By: "Ada"}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round.ID, RecommendationIDs: []int{recs[0].ID, recs[2].ID}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for _, ch := range got {
		seen[ch.RecommendationID] = true
	}
	if len(seen) != 2 || !seen[recs[0].ID] || !seen[recs[2].ID] {
		t.Fatalf("changes of %v, want those of %d and %d", seen, recs[0].ID, recs[2].ID)
	}
	none, err := store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round.ID, RecommendationIDs: []int{}})
	if err != nil || len(none) != 0 {
		t.Fatalf("empty list read %d changes, %v; want none", len(none), err)
	}
}
