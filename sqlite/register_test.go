package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// A new database holds the whole register: 37 named of 38 published
// (datasets/safety-valve-register.csv and register-rounds.csv), and the
// five entries whose recommendations are shipped (Bury, Hammersmith and
// Fulham, Kingston and Richmond's combined agreement, Stoke-on-Trent) each
// stand for a held agreement.
func TestRegister_NewDatabaseHoldsEveryNamedAgreement(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	all, err := store.FindRegister(ctx, benchmark.RegisterFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 37 {
		t.Fatalf("register entries = %d, want 37", len(all))
	}
	rounds, err := store.RegisterRounds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	published, named := benchmark.RegisterTotals(rounds)
	if published != 38 || named != 37 {
		t.Errorf("published %d, named %d; want 38 and 37", published, named)
	}
	held := map[string]int{}
	for _, e := range all {
		if len(e.Sources) == 0 || e.Sources[0] == "" {
			t.Errorf("%s has no sources", e.Authority)
		}
		if e.Held() {
			held[e.Authority] = e.AgreementID
		}
	}
	if len(held) != 5 {
		t.Errorf("held entries = %v, want 5", held)
	}
	if held["Kingston upon Thames"] == 0 || held["Kingston upon Thames"] != held["Richmond upon Thames"] {
		t.Errorf("Kingston and Richmond stand for %d and %d, want the same combined agreement", held["Kingston upon Thames"], held["Richmond upon Thames"])
	}
	a, err := store.FindAgreementByID(ctx, held["Kingston upon Thames"])
	if err != nil {
		t.Fatal(err)
	}
	// The held agreements keep their recommendations and provenance.
	for _, e := range all {
		if e.AgreementID == a.ID && e.Recommendations != len(a.Recommendations) {
			t.Errorf("%s: %d recommendations, the agreement holds %d", e.Authority, e.Recommendations, len(a.Recommendations))
		}
	}
	if a.Provenance.Origin != benchmark.OriginDataset || len(a.Recommendations) != 8 { // appendix: K/R 8
		t.Errorf("Kingston and Richmond agreement: provenance %+v, %d recommendations", a.Provenance, len(a.Recommendations))
	}
}

func TestRegister_SortAndFilter(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	list, err := store.FindRegister(ctx, benchmark.RegisterFilter{Sort: benchmark.SortFunding, Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(list); i++ {
		a, b := list[i-1].FundingGBP, list[i].FundingGBP
		if a == nil && b != nil {
			t.Fatalf("blank funding before %s", list[i].Authority)
		}
		if a != nil && b != nil && *a < *b {
			t.Fatalf("%s (%v) before %s (%v)", list[i-1].Authority, *a, list[i].Authority, *b)
		}
	}
	// Kent's £140m is the largest stated (the register's rows).
	if list[0].Authority != "Kent" {
		t.Errorf("largest funding first = %s", list[0].Authority)
	}
	review, err := store.FindRegister(ctx, benchmark.RegisterFilter{Status: benchmark.EventUnderReview, Round: "2022-23"})
	if err != nil {
		t.Fatal(err)
	}
	// 21 March 2024 under review in 2022-23: Bath and North East Somerset,
	// Cambridgeshire and Norfolk.
	var names []string
	for _, e := range review {
		names = append(names, e.Authority)
	}
	if len(names) != 3 || names[0] != "Bath and North East Somerset" || names[2] != "Norfolk" {
		t.Errorf("under review in 2022-23 = %v", names)
	}
	notHeld, err := store.FindRegister(ctx, benchmark.RegisterFilter{Held: "no"})
	if err != nil {
		t.Fatal(err)
	}
	if len(notHeld) != 32 {
		t.Errorf("not held = %d, want 37 - 5", len(notHeld))
	}
}
