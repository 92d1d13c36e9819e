package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// TestLists_ShowOnlyReadableRounds: the pages that list rounds (home,
// rounds, authorities, an authority, the comparison picker, the
// copy-from list) show Bristol's round to those who may read it and to
// nobody else; anonymous visitors see the published pages without it.
func TestLists_ShowOnlyReadableRounds(t *testing.T) {
	app := newTestServer(t)
	round, _ := bristolRoundID(t, app)
	a, err := app.Store.FindAssessmentByID(context.Background(), round)
	if err != nil {
		t.Fatal(err)
	}
	code := a.AuthorityCode
	// The shipped round's title (datasets/assessments.csv) appears only
	// where the round is listed.
	title := a.Title
	viewer := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleViewer, Authorities: []string{code}})
	buryEditor := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{"E08000002"}})
	for _, tc := range []struct {
		who   string
		v     *visitor
		pages []string
		sees  bool
	}{
		{"anonymous", anonymousVisitor(t, app), []string{"/", "/authorities", "/authorities/" + code}, false},
		{"viewer of Bristol", viewer, []string{"/", "/assessments", "/authorities", "/authorities/" + code, "/compare"}, true},
		{"editor of Bury", buryEditor, []string{"/", "/assessments", "/authorities", "/authorities/" + code, "/compare", "/assessments/new"}, false},
	} {
		for _, path := range tc.pages {
			resp, page := tc.v.get(t, path)
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s %s: status %d", tc.who, path, resp.StatusCode)
				continue
			}
			if got := strings.Contains(page, title); got != tc.sees {
				t.Errorf("%s %s: shows Bristol's round %v, want %v", tc.who, path, got, tc.sees)
			}
		}
	}
}
