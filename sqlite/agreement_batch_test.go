package sqlite_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// Agreements are written many to a statement: a file of 130 agreements
// (more than one batch, and not a multiple of one) with some 520
// recommendations (more than wait to be written at once), a new revision
// of Bury's shipped agreement among them, into a database with a round
// that follows new agreements, gives each agreement back its own title,
// parties, provenance and recommendations under the ID its outcome names,
// in the file's order, and adds every new one to the round.
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
	const n, buryAfter = 130, 60
	if len(auths) < n {
		t.Fatalf("%d authorities held, want at least %d", len(auths), n)
	}
	// datasets/agreements/2020-21.csv: Bury's agreement as Appendix A titles it.
	const buryTitle = "Dedicated Schools Grant 'Safety Valve' Agreement: Bury"
	var b strings.Builder
	var titles []string
	b.WriteString("authority,agreement,round,reference,recommendation,theme,sub_theme\n")
	for i := range n {
		for r := 1; r <= 1+i%7; r++ {
			fmt.Fprintf(&b, "%q,Batch agreement %d,2019-20,%d,\"Reform %d of agreement %d\",Financial Efficiencies,Partner funding\n", auths[i].Name, i, r, r, i)
		}
		titles = append(titles, fmt.Sprintf("Batch agreement %d", i))
		if i == buryAfter {
			fmt.Fprintf(&b, "Bury,%q,2020-21,1,\"A reform Bury's next revision adds\",Financial Efficiencies,Partner funding\n", buryTitle)
			titles = append(titles, buryTitle)
		}
	}
	res := importCSV(t, store, b.String(), false)
	if len(res.Outcomes) != len(titles) {
		t.Fatalf("%d outcomes, want %d", len(res.Outcomes), len(titles))
	}
	round, err := store.FindAssessmentByID(ctx, following.ID)
	if err != nil {
		t.Fatal(err)
	}
	prev, recs := 0, 0
	for i, o := range res.Outcomes {
		want := benchmark.ImportCreated
		if titles[i] == buryTitle {
			want = benchmark.ImportRevised
		}
		if o.Action != want || o.AgreementID <= prev || o.Title != titles[i] {
			t.Fatalf("outcome %d = %+v after ID %d, want %s %q with a later ID", i, o, prev, want, titles[i])
		}
		prev = o.AgreementID
		a, err := store.FindAgreementByID(ctx, o.AgreementID)
		if err != nil {
			t.Fatal(err)
		}
		recs += len(a.Recommendations)
		if a.Title != titles[i] || a.Provenance.File != "test.csv" || a.Provenance.By != "Ada" {
			t.Errorf("agreement %d = %q from %+v, want %q from test.csv by Ada", o.AgreementID, a.Title, a.Provenance, titles[i])
		}
		if want == benchmark.ImportRevised {
			if len(a.Recommendations) != 1 || a.Recommendations[0].Text != "A reform Bury's next revision adds" {
				t.Errorf("Bury's new revision holds %d recommendations", len(a.Recommendations))
			}
			continue
		}
		k := i
		if i > buryAfter {
			k--
		}
		if len(a.Parties) != 1 || a.Parties[0].ONSCode != auths[k].ONSCode {
			t.Errorf("agreement %d parties %+v, want %s", o.AgreementID, a.Parties, auths[k].ONSCode)
		}
		if len(a.Recommendations) != 1+k%7 || a.Recommendations[0].Text != fmt.Sprintf("Reform 1 of agreement %d", k) {
			t.Errorf("agreement %d recommendations = %d, first %q", o.AgreementID, len(a.Recommendations), a.Recommendations[0].Text)
		}
		if len(o.JoinedRounds) != 1 || !contains(round.AgreementIDs, o.AgreementID) {
			t.Errorf("agreement %d joined %v; round covers it: %v", o.AgreementID, o.JoinedRounds, contains(round.AgreementIDs, o.AgreementID))
		}
	}
	if recs <= 400 {
		t.Errorf("the file holds %d recommendations, want more than wait to be written at once", recs)
	}
}

// WithoutRecommendations reads agreements with their parties and no
// recommendations, and leaves what the next reader gets whole: Appendix A's
// four agreements hold 27 recommendations.
func TestFindAgreements_WithoutRecommendations(t *testing.T) {
	store := seededStore(t)
	ctx := context.Background()
	bare, err := store.FindAgreements(ctx, benchmark.AgreementFilter{WithoutRecommendations: true})
	if err != nil || len(bare) != 4 {
		t.Fatalf("%d agreements, %v; want 4", len(bare), err)
	}
	for _, a := range bare {
		if len(a.Recommendations) != 0 || len(a.Parties) == 0 || a.Title == "" {
			t.Errorf("agreement %d: %d recommendations, %d parties, title %q", a.ID, len(a.Recommendations), len(a.Parties), a.Title)
		}
	}
	whole, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	recs := 0
	for _, a := range whole {
		recs += len(a.Recommendations)
	}
	if recs != 27 {
		t.Errorf("afterwards the agreements hold %d recommendations, want 27", recs)
	}
}
