package sqlite_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// Agreements are written many to a statement: a file of 130 agreements
// (more than one batch, and not a multiple of one), into a database with
// a round that follows new agreements, gives each agreement back its own
// title, parties, provenance and recommendations under the ID its outcome
// names, in the file's order, and adds every one to the round.
func TestImportAgreements_ManyAgreementsKeepTheirIDs(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	shipped, _ := bristolRound(t, store)
	following := &benchmark.Assessment{AuthorityCode: "E08000035", Title: "Following", AgreementIDs: shipped.AgreementIDs, FollowsNew: true}
	if err := store.CreateAssessment(ctx, following, nil); err != nil {
		t.Fatal(err)
	}
	auths, err := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 130
	if len(auths) < n {
		t.Fatalf("%d authorities held, want at least %d", len(auths), n)
	}
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation,theme,sub_theme\n")
	for i := range n {
		for r := 1; r <= 1+i%3; r++ {
			fmt.Fprintf(&b, "%q,Batch agreement %d,2019-20,%d,\"Reform %d of agreement %d\",Financial Efficiencies,Partner funding\n", auths[i].Name, i, r, r, i)
		}
	}
	res := importCSV(t, store, b.String(), false)
	if len(res.Outcomes) != n {
		t.Fatalf("%d outcomes, want %d", len(res.Outcomes), n)
	}
	round, err := store.FindAssessmentByID(ctx, following.ID)
	if err != nil {
		t.Fatal(err)
	}
	prev := 0
	for i, o := range res.Outcomes {
		if o.Action != benchmark.ImportCreated || o.AgreementID <= prev {
			t.Fatalf("outcome %d = %+v after ID %d, want a new agreement with a later ID", i, o, prev)
		}
		prev = o.AgreementID
		a, err := store.FindAgreementByID(ctx, o.AgreementID)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("Batch agreement %d", i); a.Title != want || len(a.Parties) != 1 || a.Parties[0].ONSCode != auths[i].ONSCode {
			t.Errorf("agreement %d = %q of %+v, want %q of %s", o.AgreementID, a.Title, a.Parties, want, auths[i].ONSCode)
		}
		if a.Provenance.File != "test.csv" || a.Provenance.By != "Ada" {
			t.Errorf("agreement %d provenance = %+v, want test.csv by Ada", o.AgreementID, a.Provenance)
		}
		if len(a.Recommendations) != 1+i%3 || a.Recommendations[0].Text != fmt.Sprintf("Reform 1 of agreement %d", i) {
			t.Errorf("agreement %d recommendations = %d, first %q", o.AgreementID, len(a.Recommendations), a.Recommendations[0].Text)
		}
		if len(o.JoinedRounds) != 1 || !contains(round.AgreementIDs, o.AgreementID) {
			t.Errorf("agreement %d joined %v; round covers it: %v", o.AgreementID, o.JoinedRounds, contains(round.AgreementIDs, o.AgreementID))
		}
	}
}
