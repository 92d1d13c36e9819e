package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

func TestSeed_HoldsTheAppendix(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)

	auths, err := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(auths) != 153 { // reference/authorities.csv lists all 153 English authorities
		t.Errorf("authorities = %d, want 153", len(auths))
	}

	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// Appendix A: four agreements (Kingston and Richmond combined), five
	// party authorities, 27 recommendations: Bury 5, H&F 6, K/R 8, Stoke 8.
	want := map[string]int{"Bury": 5, "Hammersmith and Fulham": 6, "Kingston upon Thames and Richmond upon Thames": 8, "Stoke-on-Trent": 8}
	if len(agreements) != 4 {
		t.Fatalf("agreements = %d, want 4", len(agreements))
	}
	parties, recs := 0, 0
	for _, a := range agreements {
		parties += len(a.Parties)
		recs += len(a.Recommendations)
		if got := len(a.Recommendations); got != want[a.PartyNames()] {
			t.Errorf("%s: %d recommendations, want %d", a.PartyNames(), got, want[a.PartyNames()])
		}
	}
	if parties != 5 || recs != 27 {
		t.Errorf("parties = %d, recommendations = %d; want 5 and 27", parties, recs)
	}

	// Bury's first recommendation is listed twice in the appendix: one
	// recommendation, two mappings.
	bury, _ := store.FindAuthority(ctx, "Bury")
	list, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{Party: &bury.ONSCode})
	first := list[0].Recommendations[0]
	if len(first.Mappings) != 2 || first.Mappings[0].SubTheme != "EHCP Assessment and Review" || first.Mappings[1].SubTheme != "Transitions" {
		t.Errorf("Bury 1 mappings = %+v", first.Mappings)
	}
}

func TestSeed_BristolRound(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	bristol, err := store.FindAuthority(ctx, "Bristol")
	if err != nil {
		t.Fatal(err)
	}
	rounds, err := store.FindAssessments(ctx, benchmark.AssessmentFilter{AuthorityCode: &bristol.ONSCode})
	if err != nil || len(rounds) != 1 {
		t.Fatalf("rounds = %v, %v", rounds, err)
	}
	if rounds[0].Title != "Mitigation Validation Exercise" || rounds[0].AssessedOn != "" {
		t.Errorf("round = %+v (the appendix gives no date)", rounds[0])
	}
	ratings, err := store.FindRatings(ctx, rounds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	agreements, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	tax, _ := store.Taxonomy(ctx)
	s := benchmark.Summarize(tax, agreements, ratings)
	// Appendix A: Bristol rated 10 of 27: 3 Green, 4 Amber ("Yellow"), 3 Red.
	if s.All.Green != 3 || s.All.Amber != 4 || s.All.Red != 3 || s.All.NotRated != 17 {
		t.Errorf("summary = %+v, want 3/4/3/17", s.All)
	}
}

func TestSeed_TwiceChangesNothing(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	before, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{IncludeSuperseded: true})
	rep, err := ingest.Seed(ctx, datasets.FS, store)
	if err != nil {
		t.Fatal(err)
	}
	if n := rep.Agreements.Count(benchmark.ImportUnchanged); n != 4 || rep.Assessments != 0 {
		t.Errorf("second seed: %d unchanged agreements, %d rounds created; want 4 and 0", n, rep.Assessments)
	}
	after, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{IncludeSuperseded: true})
	if len(after) != len(before) {
		t.Errorf("agreements %d -> %d", len(before), len(after))
	}
}

func TestTaxonomy_CommissioningScopedByTheme(t *testing.T) {
	tax, err := seededStore(t).Taxonomy(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Appendix A uses "Commissioning" under two themes.
	n := 0
	for _, th := range tax {
		if th.SubTheme("Commissioning") != nil {
			n++
		}
	}
	if n != 2 {
		t.Errorf("themes with a Commissioning sub-theme = %d, want 2", n)
	}
}
