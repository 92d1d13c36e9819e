package sqlite_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// count runs a COUNT query against the store's database file.
func count(t *testing.T, store *sqlite.Store, q string, args ...any) int {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+store.DB.Path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRenameAssessment(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	shipped, _ := bristolRound(t, store)
	other := newRound(t, store, "Spring review", nil)

	if err := store.RenameAssessment(ctx, shipped.ID, "  Appendix A, as rated  ", "Ada (admin)"); err != nil {
		t.Fatal(err)
	}
	got, _ := store.FindAssessmentByID(ctx, shipped.ID)
	if got.Title != "Appendix A, as rated" {
		t.Errorf("title = %q", got.Title)
	}
	events, err := store.FindRoundEvents(ctx, shipped.ID)
	if err != nil || len(events) != 1 {
		t.Fatalf("events = %+v, %v", events, err)
	}
	if e := events[0]; e.Action != benchmark.RoundRenamed || e.Old != shipped.Title || e.New != "Appendix A, as rated" || e.By != "Ada (admin)" || e.At.IsZero() {
		t.Errorf("event = %+v", e)
	}

	for _, tc := range []struct {
		name, title, by, code string
	}{
		{"another round's title, in any case", "SPRING REVIEW", "Ada", benchmark.ECONFLICT},
		{"blank title", " ", "Ada", benchmark.EINVALID},
		{"nobody named", "New title", " ", benchmark.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code := benchmark.ErrorCode(store.RenameAssessment(ctx, shipped.ID, tc.title, tc.by)); code != tc.code {
				t.Errorf("code = %q, want %q", code, tc.code)
			}
			if got, _ := store.FindAssessmentByID(ctx, shipped.ID); got.Title != "Appendix A, as rated" {
				t.Errorf("title changed to %q", got.Title)
			}
		})
	}
	// The same title again records nothing; a missing round is not found.
	if err := store.RenameAssessment(ctx, shipped.ID, "Appendix A, as rated", "Ada"); err != nil {
		t.Fatal(err)
	}
	if events, _ := store.FindRoundEvents(ctx, shipped.ID); len(events) != 1 {
		t.Errorf("unchanged title recorded: %+v", events)
	}
	if code := benchmark.ErrorCode(store.RenameAssessment(ctx, 9999, "x", "Ada")); code != benchmark.ENOTFOUND {
		t.Errorf("missing round: %q", code)
	}
	if got, _ := store.FindAssessmentByID(ctx, other.ID); got.Title != "Spring review" {
		t.Errorf("other round renamed to %q", got.Title)
	}
}

func TestReopenAssessment(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	round := newRound(t, store, "Spring review", nil)

	if code := benchmark.ErrorCode(store.ReopenAssessment(ctx, round.ID, "Marked final by mistake", "Ada")); code != benchmark.EINVALID {
		t.Errorf("reopening an open round: %q, want invalid", code)
	}
	if err := store.FinalizeAssessment(ctx, round.ID, "Ben"); err != nil {
		t.Fatal(err)
	}
	if code := benchmark.ErrorCode(store.ReopenAssessment(ctx, round.ID, "  ", "Ada")); code != benchmark.EINVALID {
		t.Errorf("no reason: %q, want invalid", code)
	}
	if got, _ := store.FindAssessmentByID(ctx, round.ID); !got.Final {
		t.Fatal("a refused reopening reopened the round")
	}
	if err := store.ReopenAssessment(ctx, round.ID, " Marked final by mistake ", "Ada (admin)"); err != nil {
		t.Fatal(err)
	}
	if got, _ := store.FindAssessmentByID(ctx, round.ID); got.Final {
		t.Error("round still final")
	}
	events, _ := store.FindRoundEvents(ctx, round.ID)
	// Newest first: the reopening, then the finalising by Ben.
	if len(events) != 2 || events[1].Action != benchmark.RoundFinalised || events[1].By != "Ben" || events[0].Action != benchmark.RoundReopened || events[0].Reason != "Marked final by mistake" || events[0].By != "Ada (admin)" {
		t.Errorf("events = %+v", events)
	}
}

// Deleting a round takes its ratings, rating history and round history
// with it, records who deleted what, and loses nothing else: the round
// copied from it keeps its ratings.
func TestDeleteAssessment(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	shipped, ratings := bristolRound(t, store)
	// Appendix A: 27 recommendations, each held in the shipped round
	// (Bristol rated 10 of them; the rest are not rated).
	if len(ratings) != 27 {
		t.Fatalf("shipped round holds %d ratings, want 27", len(ratings))
	}
	var rec int
	for id := range ratings {
		rec = id
		break
	}
	if _, err := store.UpdateRating(ctx, shipped.ID, rec, benchmark.RatingUpdate{Owner: ptr("Head of SEND"), Version: ratings[rec].Version, By: "Ben"}); err != nil {
		t.Fatal(err)
	}
	if err := store.RenameAssessment(ctx, shipped.ID, "To go", "Ada"); err != nil {
		t.Fatal(err)
	}
	copied := &benchmark.Assessment{AuthorityCode: shipped.AuthorityCode, Title: "Copied", AgreementIDs: shipped.AgreementIDs, CopiedFromID: shipped.ID}
	if err := store.CreateAssessment(ctx, copied, []*benchmark.Rating{{RecommendationID: rec, RAG: benchmark.Green, UpdatedBy: "Ben"}}); err != nil {
		t.Fatal(err)
	}
	agreements := count(t, store, `SELECT COUNT(*) FROM agreements`)

	if _, err := store.DeleteAssessment(ctx, shipped.ID, " "); benchmark.ErrorCode(err) != benchmark.EINVALID {
		t.Errorf("deletion naming nobody: %v", err)
	}
	d, err := store.DeleteAssessment(ctx, shipped.ID, "Ada (admin)")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "To go" || d.AuthorityCode != shipped.AuthorityCode || d.Ratings != 27 || d.By != "Ada (admin)" || d.At.IsZero() {
		t.Errorf("deletion = %+v", d)
	}
	if _, err := store.FindAssessmentByID(ctx, shipped.ID); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("deleted round still found: %v", err)
	}
	for table, q := range map[string]string{
		"ratings":        `SELECT COUNT(*) FROM ratings WHERE assessment_id = ?`,
		"rating_changes": `SELECT COUNT(*) FROM rating_changes WHERE assessment_id = ?`,
		"round_events":   `SELECT COUNT(*) FROM round_events WHERE assessment_id = ?`,
		"agreements":     `SELECT COUNT(*) FROM assessment_agreements WHERE assessment_id = ?`,
	} {
		if n := count(t, store, q, shipped.ID); n != 0 {
			t.Errorf("%d rows of %s left", n, table)
		}
	}
	got, err := store.FindAssessmentByID(ctx, copied.ID)
	if err != nil || got.CopiedFromID != 0 {
		t.Fatalf("copied round = %+v, %v", got, err)
	}
	if kept, _ := store.FindRatings(ctx, copied.ID); kept[rec] == nil || kept[rec].RAG != benchmark.Green {
		t.Errorf("copied round's ratings = %+v", kept)
	}
	if n := count(t, store, `SELECT COUNT(*) FROM agreements`); n != agreements {
		t.Errorf("agreements %d, were %d", n, agreements)
	}
	list, err := store.FindRoundDeletions(ctx)
	if err != nil || len(list) != 1 || list[0].Title != "To go" || list[0].By != "Ada (admin)" || list[0].AssessmentID != shipped.ID {
		t.Errorf("deletions = %+v, %v", list, err)
	}
	if _, err := store.DeleteAssessment(ctx, shipped.ID, "Ada"); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("deleting again: %v", err)
	}
}
