package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestCreateAssessment_RefusesBadTitle(t *testing.T) {
	store := seededStore(t)
	for _, c := range []struct{ title, want string }{
		{" ", "Enter a title for the round"},
		{strings.Repeat("x", benchmark.MaxRoundTitle+1), "Title must be 200 characters or fewer"},
	} {
		a := &benchmark.Assessment{AuthorityCode: "E06000023", Title: c.title} // Bristol
		err := store.CreateAssessment(context.Background(), a, nil)
		if benchmark.ErrorCode(err) != benchmark.EINVALID || benchmark.ErrorMessage(err) != c.want {
			t.Errorf("title of %d characters: %v, want %q", len(c.title), err, c.want)
		}
	}
}

func TestCreateAssessment_FirstHistory(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	recs := agreements[0].Recommendations
	a := &benchmark.Assessment{AuthorityCode: "E06000023", Title: "Copied", AgreementIDs: []int{agreements[0].ID}}
	ratings := []*benchmark.Rating{
		{RecommendationID: recs[0].ID, RAG: benchmark.Green, Owner: "Head of SEND", UpdatedBy: "Ada, copying “Round 1”"},
		{RecommendationID: recs[1].ID, RAG: benchmark.Red}, // loaded from a file: nobody named
	}
	if err := store.CreateAssessment(ctx, a, ratings); err != nil {
		t.Fatal(err)
	}
	changes, err := store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &a.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 2 {
		t.Fatalf("history %+v, want the copy's RAG and owner only", changes)
	}
	for _, ch := range changes {
		if ch.RecommendationID != recs[0].ID || ch.Version != 1 || ch.By != "Ada, copying “Round 1”" {
			t.Errorf("change %+v, want version 1 of the copy by its author", ch)
		}
	}
}
