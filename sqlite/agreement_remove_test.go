package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

const bristolV1 = "authority,agreement,round,reference,recommendation\n" +
	`Bristol,Safety Valve agreement: Bristol,2022-23,1,"Create new resourced provision places in mainstream schools."` + "\n"

const bristolV2 = bristolV1 +
	`Bristol,Safety Valve agreement: Bristol,2022-23,2,"Agree joint funding of placements with the integrated care board."` + "\n"

// Removing an uploaded revision that superseded another makes the older
// one current again, puts it back in the open rounds, takes the newer
// one's ratings with it (recorded in each round's history) and records
// the removal: who, when, which file.
func TestRemoveAgreement_RestoresPreviousRevision(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	shipped, _ := bristolRound(t, store)
	round := &benchmark.Assessment{AuthorityCode: "E08000035", Title: "Following", AgreementIDs: shipped.AgreementIDs, FollowsNew: true} // Leeds
	if err := store.CreateAssessment(ctx, round, nil); err != nil {
		t.Fatal(err)
	}
	v1 := importCSV(t, store, bristolV1, false).Outcomes[0]
	a1, _ := store.FindAgreementByID(ctx, v1.AgreementID)
	if _, err := store.UpdateRating(ctx, round.ID, a1.Recommendations[0].ID, benchmark.RatingUpdate{RAG: ptr(benchmark.Green), By: "Ben"}); err != nil {
		t.Fatal(err)
	}
	v2 := importCSV(t, store, bristolV2, false).Outcomes[0]
	if v2.Action != benchmark.ImportRevised || v2.CarriedForward != 1 {
		t.Fatalf("second upload = %+v", v2)
	}
	a2, _ := store.FindAgreementByID(ctx, v2.AgreementID)
	if _, err := store.UpdateRating(ctx, round.ID, a2.Recommendations[1].ID, benchmark.RatingUpdate{RAG: ptr(benchmark.Red), By: "Ben"}); err != nil {
		t.Fatal(err)
	}

	if _, err := store.RemoveAgreement(ctx, a2.ID, ""); benchmark.ErrorCode(err) != benchmark.EINVALID {
		t.Errorf("removal naming nobody: %v", err)
	}
	rm, err := store.RemoveAgreement(ctx, a2.ID, "Ada (admin)")
	if err != nil {
		t.Fatal(err)
	}
	// The carried Green and the new Red went with revision 2.
	if rm.AgreementID != a2.ID || rm.Revision != 2 || rm.File != "test.csv" || rm.RestoredID != a1.ID || rm.Ratings != 2 || rm.By != "Ada (admin)" || rm.At.IsZero() {
		t.Errorf("removal = %+v", rm)
	}
	if _, err := store.FindAgreementByID(ctx, a2.ID); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("removed revision still found: %v", err)
	}
	cur, _ := store.FindAgreementByID(ctx, a1.ID)
	if cur.SupersededBy != 0 {
		t.Errorf("revision 1 still superseded by %d", cur.SupersededBy)
	}
	got, _ := store.FindAssessmentByID(ctx, round.ID)
	if !contains(got.AgreementIDs, a1.ID) || contains(got.AgreementIDs, a2.ID) {
		t.Errorf("round covers %v; want revision 1 (%d) back, not 2 (%d)", got.AgreementIDs, a1.ID, a2.ID)
	}
	ratings, _ := store.FindRatings(ctx, round.ID)
	if r := ratings[a1.Recommendations[0].ID]; r == nil || r.RAG != benchmark.Green {
		t.Errorf("revision 1's rating = %+v, want Green as rated", r)
	}
	for _, r := range a2.Recommendations {
		if ratings[r.ID] != nil {
			t.Errorf("rating of removed recommendation %s left", r.Reference)
		}
	}
	events, _ := store.FindRoundEvents(ctx, round.ID)
	if len(events) != 1 || events[0].Action != benchmark.RoundAgreementRemoved || events[0].Ratings != 2 || events[0].By != "Ada (admin)" ||
		!strings.Contains(events[0].Old, "revision 2 (test.csv)") || !strings.Contains(events[0].New, "revision 1") {
		t.Errorf("round history = %+v", events)
	}
	list, _ := store.FindAgreementRemovals(ctx)
	if len(list) != 1 || list[0].File != "test.csv" || list[0].By != "Ada (admin)" || list[0].RestoredID != a1.ID {
		t.Errorf("removals = %+v", list)
	}
	if n := count(t, store, `SELECT COUNT(*) FROM rating_changes WHERE recommendation_id IN (?, ?)`, a2.Recommendations[0].ID, a2.Recommendations[1].ID); n != 0 {
		t.Errorf("%d history rows of removed recommendations left", n)
	}
}

// Removing a new agreement takes it out of the rounds it joined.
func TestRemoveAgreement_New(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	shipped, _ := bristolRound(t, store)
	round := &benchmark.Assessment{AuthorityCode: "E08000035", Title: "Following", AgreementIDs: shipped.AgreementIDs, FollowsNew: true} // Leeds
	if err := store.CreateAssessment(ctx, round, nil); err != nil {
		t.Fatal(err)
	}
	v1 := importCSV(t, store, bristolV1, false).Outcomes[0]
	rm, err := store.RemoveAgreement(ctx, v1.AgreementID, "Ada")
	if err != nil {
		t.Fatal(err)
	}
	if rm.RestoredID != 0 || rm.Ratings != 0 {
		t.Errorf("removal = %+v", rm)
	}
	got, _ := store.FindAssessmentByID(ctx, round.ID)
	if len(got.AgreementIDs) != len(shipped.AgreementIDs) || contains(got.AgreementIDs, v1.AgreementID) {
		t.Errorf("round covers %v, want the shipped %v", got.AgreementIDs, shipped.AgreementIDs)
	}
}

// A shipped agreement, an older revision and one a final round covers
// are refused, each saying why, and nothing changes.
func TestRemoveAgreement_Refused(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	shipped, _ := bristolRound(t, store)
	v1 := importCSV(t, store, bristolV1, false).Outcomes[0]
	v2 := importCSV(t, store, bristolV2, false).Outcomes[0]
	final := &benchmark.Assessment{AuthorityCode: "E06000023", Title: "Closed", AgreementIDs: []int{v2.AgreementID}} // Bristol
	if err := store.CreateAssessment(ctx, final, nil); err != nil {
		t.Fatal(err)
	}
	if err := store.FinalizeAssessment(ctx, final.ID, "Ben"); err != nil {
		t.Fatal(err)
	}
	agreements := count(t, store, `SELECT COUNT(*) FROM agreements`)
	for _, tc := range []struct {
		name string
		id   int
		says string
	}{
		{"shipped", shipped.AgreementIDs[0], "shipped with svbench"},
		{"older revision", v1.AgreementID, "remove the newer one first"},
		{"covered by a final round", v2.AgreementID, "the final round “Closed” (Bristol) covers it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := store.RemoveAgreement(ctx, tc.id, "Ada")
			if benchmark.ErrorCode(err) != benchmark.EINVALID || !strings.Contains(benchmark.ErrorMessage(err), tc.says) {
				t.Errorf("err = %v, want invalid saying %q", err, tc.says)
			}
		})
	}
	if n := count(t, store, `SELECT COUNT(*) FROM agreements`); n != agreements {
		t.Errorf("agreements %d, were %d", n, agreements)
	}
	if list, _ := store.FindAgreementRemovals(ctx); len(list) != 0 {
		t.Errorf("refusals recorded removals: %+v", list)
	}
	// Reopened, the round no longer stops the removal.
	if err := store.ReopenAssessment(ctx, final.ID, "To remove a wrong upload", "Ada"); err != nil {
		t.Fatal(err)
	}
	if _, err := store.RemoveAgreement(ctx, v2.AgreementID, "Ada"); err != nil {
		t.Fatal(err)
	}
	if got, _ := store.FindAssessmentByID(ctx, final.ID); !contains(got.AgreementIDs, v1.AgreementID) {
		t.Errorf("reopened round covers %v, want revision 1 (%d) back", got.AgreementIDs, v1.AgreementID)
	}
}
