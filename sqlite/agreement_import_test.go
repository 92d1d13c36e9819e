package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// hfHeader and hfRow build a revised Hammersmith and Fulham agreement.
const hfHeader = "authority,agreement,round,reference,recommendation,theme,sub_theme\n"

func hfRow(ref, text, theme, sub string) string {
	return "Hammersmith and Fulham,Safety Valve agreement: Hammersmith and Fulham,2020-21," + ref + `,"` + text + `",` + theme + "," + sub + "\n"
}

func importCSV(t *testing.T, store *sqlite.Store, csv string, dryRun bool) *benchmark.ImportResult {
	t.Helper()
	res, err := ingest.ImportAgreements(context.Background(), store, []byte(csv), ingest.FromFile("test.csv", "Ada"), dryRun)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// bristolRound returns the shipped open round and its ratings.
func bristolRound(t *testing.T, store *sqlite.Store) (*benchmark.Assessment, map[int]*benchmark.Rating) {
	t.Helper()
	ctx := context.Background()
	bristol, err := store.FindAuthority(ctx, "Bristol")
	if err != nil {
		t.Fatal(err)
	}
	rounds, err := store.FindAssessments(ctx, benchmark.AssessmentFilter{AuthorityCode: &bristol.ONSCode})
	if err != nil || len(rounds) != 1 {
		t.Fatalf("rounds = %v, %v", rounds, err)
	}
	ratings, err := store.FindRatings(ctx, rounds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return rounds[0], ratings
}

func TestImportAgreements_RevisionCarriesRatingsForward(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	hf, _ := store.FindAuthority(ctx, "Hammersmith and Fulham")
	old, err := store.FindAgreements(ctx, benchmark.AgreementFilter{Party: &hf.ONSCode})
	if err != nil || len(old) != 1 {
		t.Fatalf("agreements = %v, %v", old, err)
	}
	// Appendix A: Bristol rated H&F 4 Yellow (Amber), 5 Red and 6 Green.
	rec := old[0].Recommendations
	csv := hfHeader +
		hfRow("1", rec[0].Text, "Local Placement Sufficiency and Managing Demand", "Early Intervention") +
		hfRow("2", rec[1].Text, "Local Placement Sufficiency and Managing Demand", "Local Offer") +
		hfRow("3", rec[2].Text, "Financial Efficiencies", "ALP Model") +
		hfRow("4A", rec[3].Text, "Local Placement Sufficiency and Managing Demand", "School Provision and Process") + // renumbered
		hfRow("5", "Review and reform of outreach services to create savings from 2022-23.", "Financial Efficiencies", "") + // small edit
		hfRow("7", "Publish a sufficiency strategy for specialist places.", "Local Placement Sufficiency and Managing Demand", "") // 6 dropped

	dry := importCSV(t, store, csv, true)
	if dry.Outcomes[0].Action != benchmark.ImportRevised {
		t.Fatalf("dry run outcome = %+v", dry.Outcomes[0])
	}
	if after, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{Party: &hf.ONSCode, IncludeSuperseded: true}); len(after) != 1 {
		t.Fatalf("dry run wrote: %d revisions", len(after))
	}

	res := importCSV(t, store, csv, false)
	o := res.Outcomes[0]
	if o.Action != benchmark.ImportRevised || o.Revision != 2 {
		t.Fatalf("outcome = %+v", o)
	}
	if o.Added != 2 || o.Changed != 1 || o.Removed != 2 {
		t.Errorf("added/changed/removed = %d/%d/%d, want 2/1/2 (4A and 7 new, 5 edited, 4 and 6 gone)", o.Added, o.Changed, o.Removed)
	}
	if o.CarriedForward != 2 || len(o.Unmatched) != 1 || !strings.Contains(o.Unmatched[0], "case management system") {
		t.Errorf("carried %d, unmatched %q; want 2 carried and recommendation 6 unmatched", o.CarriedForward, o.Unmatched)
	}
	if dry.Outcomes[0].CarriedForward != o.CarriedForward {
		t.Errorf("dry run said %d carried forward, import %d", dry.Outcomes[0].CarriedForward, o.CarriedForward)
	}

	all, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{Party: &hf.ONSCode, IncludeSuperseded: true})
	if len(all) != 2 || all[0].SupersededBy != all[1].ID {
		t.Fatalf("history = %d revisions, first superseded by %d", len(all), all[0].SupersededBy)
	}
	round, ratings := bristolRound(t, store)
	if !contains(round.AgreementIDs, all[1].ID) || contains(round.AgreementIDs, all[0].ID) {
		t.Errorf("open round covers %v; want the new revision %d, not the old %d", round.AgreementIDs, all[1].ID, all[0].ID)
	}
	byRef := map[string]*benchmark.Recommendation{}
	for _, r := range all[1].Recommendations {
		byRef[r.Reference] = r
	}
	for ref, want := range map[string]benchmark.RAG{"4A": benchmark.Amber, "5": benchmark.Red} {
		if r := ratings[byRef[ref].ID]; r == nil || r.RAG != want {
			t.Errorf("rating of %s = %+v, want %s", ref, r, want)
		}
	}
	changes, err := store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round.ID, RecommendationID: &byRef["5"].ID})
	if err != nil || len(changes) != 1 || changes[0].Field != "rag" || changes[0].New != string(benchmark.Red) || !strings.Contains(changes[0].By, "carried forward") {
		t.Errorf("history of 5 = %+v, %v; want the carried Red recorded", changes, err)
	}
	if ratings[byRef["7"].ID] != nil {
		t.Errorf("new recommendation 7 has a rating")
	}
	if r := ratings[rec[5].ID]; r == nil || r.RAG != benchmark.Green {
		t.Errorf("old revision's rating of 6 = %+v, want Green kept in history", r)
	}
}

func TestImportAgreements_NewAgreementReadyToRate(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	shipped, _ := bristolRound(t, store)
	// Three rounds of Leeds over the shipped agreements: one following new
	// agreements, one following but final, one fixed to what it was given.
	rounds := map[string]*benchmark.Assessment{}
	for _, r := range []struct {
		title         string
		follows, done bool
	}{{"Following", true, false}, {"Following, final", true, true}, {"Fixed", false, false}} {
		a := &benchmark.Assessment{AuthorityCode: "E08000035", Title: r.title, AgreementIDs: shipped.AgreementIDs, FollowsNew: r.follows}
		if err := store.CreateAssessment(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
		if r.done {
			if err := store.FinalizeAssessment(ctx, a.ID, "Ben"); err != nil {
				t.Fatal(err)
			}
		}
		rounds[r.title] = a
	}

	csv := "authority,agreement,round,reference,recommendation\n" +
		`Bristol,Safety Valve agreement: Bristol,2022-23,1,"Create new resourced provision places in mainstream schools."` + "\n"
	if res := importCSV(t, store, csv, true); len(res.Outcomes[0].JoinedRounds) != 1 {
		t.Errorf("dry run: joins %v, want the one open following round named", res.Outcomes[0].JoinedRounds)
	}
	res := importCSV(t, store, csv, false)
	o := res.Outcomes[0]
	if o.Action != benchmark.ImportCreated || o.Added != 1 || o.Suggested != 1 {
		t.Fatalf("outcome = %+v", o)
	}
	if len(o.JoinedRounds) != 1 || o.JoinedRounds[0] != "Leeds: Following" {
		t.Errorf("joined rounds %q, want only Leeds: Following", o.JoinedRounds)
	}
	for title, want := range map[string]bool{"Following": true, "Following, final": false, "Fixed": false} {
		got, err := store.FindAssessmentByID(ctx, rounds[title].ID)
		if err != nil {
			t.Fatal(err)
		}
		if contains(got.AgreementIDs, o.AgreementID) != want {
			t.Errorf("round %q covers %v; new agreement %d there: want %v", title, got.AgreementIDs, o.AgreementID, want)
		}
	}
	// Bristol's shipped round covers the agreements of Appendix A, no more.
	if after, _ := bristolRound(t, store); len(after.AgreementIDs) != len(shipped.AgreementIDs) {
		t.Errorf("shipped round covers %v, want %v", after.AgreementIDs, shipped.AgreementIDs)
	}
	a, err := store.FindAgreementByID(ctx, o.AgreementID)
	if err != nil {
		t.Fatal(err)
	}
	m := a.Recommendations[0].Mappings
	if len(m) != 1 || m[0].Source != benchmark.SourceSuggested || m[0].Confidence <= 0 {
		t.Fatalf("mappings = %+v, want one suggestion with a confidence", m)
	}
}

func TestReviewMappings_SurvivesReimport(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	csv := "authority,agreement,round,reference,recommendation\n" +
		`Bristol,Safety Valve agreement: Bristol,2022-23,1,"Agree joint funding of placements with the integrated care board."` + "\n"
	res := importCSV(t, store, csv, false)
	a, _ := store.FindAgreementByID(ctx, res.Outcomes[0].AgreementID)
	rec := a.Recommendations[0]
	err := store.ReviewMappings(ctx, &benchmark.MappingReview{RecommendationID: rec.ID, Version: rec.MappingVersion, By: "Ada", Mappings: []*benchmark.Mapping{{Theme: "Financial Efficiencies", SubTheme: "Partner funding"}}})
	if err != nil {
		t.Fatal(err)
	}
	a, _ = store.FindAgreementByID(ctx, a.ID)
	if m := a.Recommendations[0].Mappings; len(m) != 1 || m[0].Source != benchmark.SourceReviewed || m[0].SubTheme != "Partner funding" {
		t.Fatalf("after review = %+v", m)
	}
	if again := importCSV(t, store, csv, false); again.Outcomes[0].Action != benchmark.ImportUnchanged {
		t.Errorf("re-importing the file after review: %+v, want unchanged", again.Outcomes[0])
	}
}

func TestReviewMappings_Errors(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	for _, tc := range []struct {
		name string
		id   int
		m    []*benchmark.Mapping
		code string
	}{
		{"unknown recommendation", 9999, []*benchmark.Mapping{{Theme: "Financial Efficiencies"}}, benchmark.ENOTFOUND},
		{"no mapping", 1, nil, benchmark.EINVALID},
		{"unknown theme", 1, []*benchmark.Mapping{{Theme: "Nope"}}, benchmark.EINVALID},
		// Appendix A: Partner funding sits under Financial Efficiencies only.
		{"sub-theme of another theme", 1, []*benchmark.Mapping{{Theme: "Data, Outcomes and Digital", SubTheme: "Partner funding"}}, benchmark.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code := benchmark.ErrorCode(store.ReviewMappings(ctx, &benchmark.MappingReview{RecommendationID: tc.id, Version: 1, By: "Ada", Mappings: tc.m})); code != tc.code {
				t.Errorf("code = %q, want %q", code, tc.code)
			}
		})
	}
}

func contains(ids []int, id int) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
