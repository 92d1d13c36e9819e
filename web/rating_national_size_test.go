package web_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
	"golang.org/x/net/html"
)

// TestRatingGrid_SyntheticNationalFirstView: on the national synthetic
// data (as `svbench generate --authorities 153 --agreements 38 --rounds 4
// --seed 1` makes it: 38 agreements beside the four shipped, 361
// recommendations), the first view of an authority's round over every
// agreement is the compact view of its first section, under 150 KB of
// HTML, for one of the authority's editors.
func TestRatingGrid_SyntheticNationalFirstView(t *testing.T) {
	app := newTestServer(t)
	ctx := context.Background()
	auths, err := app.Store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	held, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := synthetic.Generate(synthetic.Options{Authorities: 153, Agreements: 38, Rounds: 4, Seed: 1}, auths, held)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := app.Store.ImportAgreements(ctx, data.Agreements, false); err != nil {
		t.Fatal(err)
	}
	all, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, a := range all {
		data.Assessments[0].AgreementIDs = append(data.Assessments[0].AgreementIDs, a.ID)
		total += len(a.Recommendations)
	}
	round := data.Assessments[0]
	r := data.Round(0, all)
	if err := app.Store.CreateAssessmentWithHistory(ctx, round, r.Ratings, r.Changes); err != nil {
		t.Fatal(err)
	}
	editor := signedInAs(t, app, &benchmark.User{Email: "ed@example.org", DisplayName: "Ed", Role: benchmark.RoleEditor, Authorities: []string{round.AuthorityCode}})
	_, page := editor.get(t, "/assessments/"+strconv.Itoa(round.ID)+"/ratings")
	t.Logf("first view of a %d-recommendation national synthetic round: %d bytes of HTML", total, len(page))
	if total != 361 {
		t.Errorf("the national data holds %d recommendations, want 361", total)
	}
	if len(page) >= 150*1024 {
		t.Errorf("first view is %d bytes, want under 150 KB", len(page))
	}
	doc := parseHTML(t, page)
	rows := findAll(doc, "tr", func(n *html.Node) bool { return hasClass(n, "sv-row") })
	forms := findAll(doc, "form", func(n *html.Node) bool { _, ok := attrOK(n, "data-rating-form"); return ok })
	if len(rows) == 0 || len(rows) > 25 || len(forms) == 0 {
		t.Errorf("first view has %d compact rows and %d forms, want a compact section of at most 25 editable rows", len(rows), len(forms))
	}
}
