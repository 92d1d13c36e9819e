package web_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// A rating is read and saved only for a recommendation the round covers:
// one of an agreement outside the round, or none at all, is not found, and
// nothing is written.
func TestRating_OnlyForTheRoundsRecommendations(t *testing.T) {
	app := newTestServer(t)
	ctx := context.Background()
	round, recs := bristolRoundID(t, app)
	a, err := app.Store.FindAssessmentByID(ctx, round)
	if err != nil {
		t.Fatal(err)
	}
	first := recs[0]
	var outside *benchmark.Recommendation
	for _, r := range recs {
		if r.AgreementID != first.AgreementID {
			outside = r
			break
		}
	}
	if outside == nil {
		t.Fatal("the shipped round covers one agreement; DESIGN.md says four")
	}
	narrow := &benchmark.Assessment{AuthorityCode: a.AuthorityCode, Title: "One agreement only", AgreementIDs: []int{first.AgreementID}}
	if err := app.Store.CreateAssessment(ctx, narrow, nil); err != nil {
		t.Fatal(err)
	}
	ada := newVisitor(t, app, "Ada")
	for _, rec := range []int{outside.ID, 999999} {
		if resp := app.get(t, ratingPath(narrow.ID, rec)); resp.StatusCode != http.StatusNotFound {
			t.Errorf("history of recommendation %d outside the round: status %d, want 404", rec, resp.StatusCode)
		}
		if resp := ada.post(t, ratingPath(narrow.ID, rec), ratingForm("green", "not in this round", 0), false); resp.StatusCode != http.StatusNotFound {
			t.Errorf("save of recommendation %d outside the round: status %d, want 404", rec, resp.StatusCode)
		}
	}
	if resp := app.get(t, ratingPath(narrow.ID, first.ID)); resp.StatusCode != http.StatusOK {
		t.Errorf("history of a covered recommendation: status %d", resp.StatusCode)
	}
	ratings, err := app.Store.FindRatings(ctx, narrow.ID)
	if err != nil || len(ratings) != 0 {
		t.Fatalf("ratings written to the narrow round: %v, %v", ratings, err)
	}
}
