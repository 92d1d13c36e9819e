package sqlite_test

import (
	"context"
	"reflect"
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

// A paged list returns its page, newest first, and the count is of the
// whole list; each round keeps the agreements it covers, in ID order.
func TestFindAssessments_Paged(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var made []*benchmark.Assessment
	for _, title := range []string{"Paged 1", "Paged 2", "Paged 3"} {
		made = append(made, newRound(t, store, title, []*benchmark.Agreement{agreements[2], agreements[0]}))
	}
	// DESIGN.md: the seeds hold one round (Bristol's), so four in all.
	n, err := store.CountAssessments(ctx, benchmark.AssessmentFilter{Limit: 1, Offset: 3})
	if err != nil || n != 4 {
		t.Fatalf("count = %d, %v; want 4", n, err)
	}
	page, err := store.FindAssessments(ctx, benchmark.AssessmentFilter{Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(page) != 2 || page[0].ID != made[1].ID || page[1].ID != made[0].ID {
		t.Fatalf("page 2 of 2-a-page, offset 1 = %v, want rounds %d and %d", page, made[1].ID, made[0].ID)
	}
	want := []int{min(agreements[0].ID, agreements[2].ID), max(agreements[0].ID, agreements[2].ID)}
	if got := page[0].AgreementIDs; !reflect.DeepEqual(got, want) {
		t.Fatalf("covered = %v, want %v", got, want)
	}
	bristol, _ := store.FindAuthority(ctx, "Bristol")
	other := "E09000001"
	if n, err := store.CountAssessments(ctx, benchmark.AssessmentFilter{AuthorityCode: &other}); err != nil || n != 0 {
		t.Fatalf("count of another authority's = %d, %v; want 0", n, err)
	}
	if n, err := store.CountAssessments(ctx, benchmark.AssessmentFilter{AuthorityCode: &bristol.ONSCode}); err != nil || n != 4 {
		t.Fatalf("count of Bristol's = %d, %v; want 4", n, err)
	}
}

// TestCreateAssessment_RecordsWhoStartedIt: a round started by someone
// names them in its history; one without a creator (seeding) records
// nothing.
func TestCreateAssessment_RecordsWhoStartedIt(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	a := &benchmark.Assessment{AuthorityCode: "E06000023", Title: "Started by Ada", AgreementIDs: []int{agreements[0].ID}, CreatedBy: "Ada"}
	if err := store.CreateAssessment(ctx, a, nil); err != nil {
		t.Fatal(err)
	}
	ev, err := store.FindRoundEvents(ctx, a.ID)
	if err != nil || len(ev) != 1 || ev[0].Action != benchmark.RoundCreated || ev[0].By != "Ada" {
		t.Errorf("events = %+v, %v", ev, err)
	}
	b := &benchmark.Assessment{AuthorityCode: "E06000023", Title: "Nobody's", AgreementIDs: []int{agreements[0].ID}}
	if err := store.CreateAssessment(ctx, b, nil); err != nil {
		t.Fatal(err)
	}
	if ev, err := store.FindRoundEvents(ctx, b.ID); err != nil || len(ev) != 0 {
		t.Errorf("events without a creator = %+v, %v", ev, err)
	}
}

// TestFindAssessments_AuthorityCodes: a scope keeps only its authorities'
// rounds, and an empty scope none.
func TestFindAssessments_AuthorityCodes(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	for _, tt := range []struct {
		codes []string
		want  int
	}{{nil, 1}, {[]string{"E06000023"}, 1}, {[]string{"E08000002"}, 0}, {[]string{}, 0}} { // the seed's one round is Bristol's
		f := benchmark.AssessmentFilter{AuthorityCodes: tt.codes}
		list, err := store.FindAssessments(ctx, f)
		n, cerr := store.CountAssessments(ctx, f)
		if err != nil || cerr != nil || len(list) != tt.want || n != tt.want {
			t.Errorf("codes %#v: %d rounds, count %d, want %d (%v, %v)", tt.codes, len(list), n, tt.want, err, cerr)
		}
	}
}
