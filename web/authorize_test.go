package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// Who may use a route, as issue 12 puts it; the walk below holds every
// route of the table to one of these.
const (
	everyone  = "everyone"   // published documents
	accounts  = "accounts"   // any signed-in account
	readersA  = "readers-A"  // authority A's accounts, national viewers, admins
	editorsA  = "editors-A"  // only authority A's editors
	anyEditor = "any-editor" // an editor of any authority
	admins    = "admins"     // admins only
)

// allowedRoles lists, for each kind of route, the roles let through.
var allowedRoles = map[string][]string{
	everyone:  {"anonymous", "viewer of A", "national viewer", "editor of A", "editor of B", "admin"},
	accounts:  {"viewer of A", "national viewer", "editor of A", "editor of B", "admin"},
	readersA:  {"viewer of A", "national viewer", "editor of A", "admin"},
	editorsA:  {"editor of A"},
	anyEditor: {"editor of A", "editor of B"},
	admins:    {"admin"},
}

// walkRequest is one request a route is tried with.
type walkRequest struct {
	who  string
	path string
	form url.Values // nil for a GET
}

// TestAuthorisation_WalkRouteTable walks the server's own route table: a
// route without a rule, or one this test does not know, fails it. Each
// route is tried by every role; one refused is sent to sign in (when not
// signed in) or answered 403, and a refused write changes nothing in the
// database. Authority A is Bristol, whose round is shipped; B is Bury.
func TestAuthorisation_WalkRouteTable(t *testing.T) {
	app := newTestServer(t)
	ctx := context.Background()
	round, recs := bristolRoundID(t, app)
	a, err := app.Store.FindAssessmentByID(ctx, round)
	if err != nil {
		t.Fatal(err)
	}
	codeA, codeB := a.AuthorityCode, "E08000002"
	other := &benchmark.Assessment{AuthorityCode: codeA, Title: "Second look", AgreementIDs: a.AgreementIDs}
	if err := app.Store.CreateAssessment(ctx, other, nil); err != nil {
		t.Fatal(err)
	}
	id, rec := strconv.Itoa(round), strconv.Itoa(recs[0].ID)
	// A scenario kept for A, which only A's editors may delete.
	scen := &benchmark.SavedScenario{AuthorityCode: codeA, Model: "generic", Name: "Walked", Query: "profile=1&slip_years=1"}
	if err := app.Store.SaveScenario(ctx, scen); err != nil {
		t.Fatal(err)
	}
	kept := strconv.Itoa(scen.ID)
	compare := "round=" + id + "&round=" + strconv.Itoa(other.ID)
	rating := ratingForm("red", "walked", 0)
	rating.Set("version", strconv.Itoa(ratingVersion(t, app, round, recs[0].ID)))

	routes := map[string]walkRequest{
		"GET /healthz":                           {everyone, "/healthz", nil},
		"GET /static/*":                          {everyone, "/static/svbench.css", nil},
		"GET /signin":                            {everyone, "/signin", nil},
		"POST /signin":                           {everyone, "/signin", url.Values{}},
		"POST /signout":                          {accounts, "/signout", url.Values{}},
		"GET /setup":                             {everyone, "/setup", nil},
		"POST /setup":                            {everyone, "/setup", url.Values{}},
		"GET /help":                              {everyone, "/help", nil},
		"GET /accessibility":                     {everyone, "/accessibility", nil},
		"GET /cookies":                           {everyone, "/cookies", nil},
		"GET /privacy":                           {everyone, "/privacy", nil},
		"GET /":                                  {everyone, "/", nil},
		"GET /agreements/:id":                    {everyone, "/agreements/1", nil},
		"GET /register/:code/:round":             {everyone, "/register/E10000016/2022-23", nil},
		"GET /about-the-programme":               {everyone, "/about-the-programme", nil},
		"GET /themes":                            {everyone, "/themes", nil},
		"GET /themes/:id":                        {everyone, "/themes/1", nil},
		"GET /authorities":                       {everyone, "/authorities", nil},
		"GET /authorities/:code":                 {everyone, "/authorities/" + codeA, nil},
		"GET /model/:name":                       {everyone, "/model/bury", nil},
		"POST /model/:name":                      {everyone, "/model/bury", url.Values{}},
		"POST /model/:name/scenarios":            {anyEditor, "/model/generic/scenarios", url.Values{}},
		"POST /model/:name/scenarios/:id/delete": {editorsA, "/model/generic/scenarios/" + kept + "/delete", url.Values{}},
		"GET /model/:name/scenarios.csv":         {accounts, "/model/bury/scenarios.csv", nil},
		"GET /model/:name/scenarios.xlsx":        {accounts, "/model/bury/scenarios.xlsx", nil},
		"GET /assessments":                       {accounts, "/assessments", nil},
		"GET /assessments/new":                   {anyEditor, "/assessments/new", nil},
		"POST /assessments":                      {editorsA, "/assessments", url.Values{"authority": {codeA}, "title": {"Walked"}, "agreements": {strconv.Itoa(a.AgreementIDs[0])}}},
		"GET /assessments/:id":                   {readersA, "/assessments/" + id, nil},
		"GET /assessments/:id/final":             {editorsA, "/assessments/" + id + "/final", nil},
		"POST /assessments/:id/final":            {editorsA, "/assessments/" + id + "/final", url.Values{"confirm": {"yes"}}},
		"GET /assessments/:id/ratings":           {readersA, "/assessments/" + id + "/ratings", nil},
		"GET /assessments/:id/ratings/:rec":      {readersA, "/assessments/" + id + "/ratings/" + rec, nil},
		"POST /assessments/:id/ratings/:rec":     {editorsA, "/assessments/" + id + "/ratings/" + rec, rating},
		"GET /assessments/:id/history":           {readersA, "/assessments/" + id + "/history", nil},
		"GET /assessments/:id/summary":           {readersA, "/assessments/" + id + "/summary", nil},
		"GET /assessments/:id/movement":          {readersA, "/assessments/" + id + "/movement", nil},
		"GET /assessments/:id/actions":           {readersA, "/assessments/" + id + "/actions", nil},
		"GET /assessments/:id/actions.csv":       {readersA, "/assessments/" + id + "/actions.csv", nil},
		"GET /assessments/:id/report":            {readersA, "/assessments/" + id + "/report", nil},
		"GET /assessments/:id/export.xlsx":       {readersA, "/assessments/" + id + "/export.xlsx", nil},
		"GET /assessments/:id/export.csv":        {readersA, "/assessments/" + id + "/export.csv", nil},
		"GET /compare":                           {readersA, "/compare?" + compare, nil},
		"GET /compare/export.xlsx":               {readersA, "/compare/export.xlsx?" + compare, nil},
		"GET /compare/export.csv":                {readersA, "/compare/export.csv?" + compare, nil},
		"GET /national":                          {accounts, "/national", nil},
		"GET /national.xlsx":                     {accounts, "/national.xlsx", nil},
		"GET /national.csv":                      {accounts, "/national.csv", nil},
		"GET /authorities/:code/sharing":         {editorsA, "/authorities/" + codeA + "/sharing", nil},
		"POST /authorities/:code/sharing":        {editorsA, "/authorities/" + codeA + "/sharing", url.Values{"sharing": {"totals"}}},
		"GET /upload/agreements":                 {anyEditor, "/upload/agreements", nil},
		"POST /upload/agreements":                {anyEditor, "/upload/agreements", url.Values{}},
		"POST /upload/agreements/confirm":        {anyEditor, "/upload/agreements/confirm", url.Values{}},
		"GET /upload/agreements/template.csv":    {everyone, "/upload/agreements/template.csv", nil},
		"GET /upload/ratings":                    {anyEditor, "/upload/ratings", nil},
		"POST /upload/ratings":                   {editorsA, "/upload/ratings", url.Values{"authority": {codeA}, "title": {"Walked import"}}},
		"POST /upload/ratings/confirm":           {editorsA, "/upload/ratings/confirm", url.Values{"authority": {codeA}, "title": {"Walked import"}}},
		"GET /upload/ratings/template.csv":       {everyone, "/upload/ratings/template.csv", nil},
		"GET /mappings":                          {anyEditor, "/mappings", nil},
		"POST /mappings/:id":                     {anyEditor, "/mappings/" + rec, url.Values{}},
		"POST /mappings/accept":                  {anyEditor, "/mappings/accept", url.Values{}},
		// An admin's allowed posts here change nothing (an empty title or
		// reason is refused, a shipped agreement cannot be removed) but the
		// delete, which takes the second round, last.
		"GET /assessments/:id/rename":  {admins, "/assessments/" + id + "/rename", nil},
		"POST /assessments/:id/rename": {admins, "/assessments/" + id + "/rename", url.Values{}},
		"GET /assessments/:id/reopen":  {admins, "/assessments/" + id + "/reopen", nil},
		"POST /assessments/:id/reopen": {admins, "/assessments/" + id + "/reopen", url.Values{}},
		"GET /assessments/:id/delete":  {admins, "/assessments/" + strconv.Itoa(other.ID) + "/delete", nil},
		"POST /assessments/:id/delete": {admins, "/assessments/" + strconv.Itoa(other.ID) + "/delete", url.Values{}},
		"GET /agreements/:id/remove":   {admins, "/agreements/1/remove", nil},
		"POST /agreements/:id/remove":  {admins, "/agreements/1/remove", url.Values{}},
	}

	// The walk: every route echo serves has a rule and an entry above. The
	// writes that end or close things run last.
	var keys []string
	for _, r := range app.Server.Routes() {
		key := r.Method + " " + r.Path
		if r.Rule == "" {
			t.Errorf("%s has no authorisation rule", key)
		}
		if _, ok := routes[key]; !ok {
			t.Errorf("%s (rule %q) is not in this test: say who may use it", key, r.Rule)
			continue
		}
		keys = append(keys, key)
	}
	last := func(k string) bool {
		return k == "POST /assessments/:id/final" || k == "POST /assessments/:id/delete" || k == "POST /signout"
	}
	slices.SortStableFunc(keys, func(x, y string) int {
		switch {
		case last(x) && !last(y):
			return 1
		case !last(x) && last(y):
			return -1
		}
		return strings.Compare(x, y)
	})

	roles := []struct {
		name string
		v    *visitor
	}{
		{"anonymous", anonymousVisitor(t, app)},
		{"viewer of A", signedInAs(t, app, &benchmark.User{Role: benchmark.RoleViewer, Authorities: []string{codeA}, DisplayName: "Vera"})},
		{"national viewer", signedInAs(t, app, &benchmark.User{Role: benchmark.RoleViewer, National: true, DisplayName: "Nadia"})},
		{"editor of B", signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{codeB}, DisplayName: "Bea"})},
		// The last two, so that their allowed writes (a round finalised, a
		// round deleted) follow every refusal tried on the same round.
		{"editor of A", signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{codeA}, DisplayName: "Ada"})},
		{"admin", signedInAs(t, app, &benchmark.User{Role: benchmark.RoleAdmin, DisplayName: "Adam"})},
	}
	for _, role := range roles {
		for _, key := range keys {
			req := routes[key]
			want := slices.Contains(allowedRoles[req.who], role.name)
			modes := []bool{false}
			if req.form != nil {
				modes = []bool{false, true} // the form path and the in-place (JSON) path
			}
			for _, asJSON := range modes {
				if want && asJSON && last(key) {
					continue // done once is enough
				}
				name := fmt.Sprintf("%s %s (json %v)", role.name, key, asJSON)
				before := fingerprint(t, app)
				status, loc := walk(t, role.v, req, asJSON)
				refused := status == http.StatusForbidden || status == http.StatusUnauthorized ||
					strings.HasPrefix(loc, "/signin?return=")
				switch {
				case want && refused:
					t.Errorf("%s: refused (%d %s), want allowed", name, status, loc)
				case !want && !refused:
					t.Errorf("%s: allowed (%d %s), want refused", name, status, loc)
				case !want && role.name == "anonymous" && status != http.StatusUnauthorized && status != http.StatusSeeOther:
					t.Errorf("%s: %d, want 401 or 303 to sign in", name, status)
				case !want && role.name != "anonymous" && status != http.StatusForbidden:
					t.Errorf("%s: %d, want 403", name, status)
				}
				if !want && req.form != nil {
					if after := fingerprint(t, app); after != before {
						t.Errorf("%s: a refused write changed the database:\n before %s\n after  %s", name, before, after)
					}
				}
			}
		}
	}
}

// walk sends one request as v and returns its status and redirect.
func walk(tb testing.TB, v *visitor, req walkRequest, asJSON bool) (int, string) {
	tb.Helper()
	if req.form == nil {
		resp, _ := v.get(tb, req.path)
		return resp.StatusCode, resp.Header.Get("Location")
	}
	form := url.Values{}
	for k, vs := range req.form {
		form[k] = slices.Clone(vs)
	}
	resp := v.post(tb, req.path, form, asJSON)
	return resp.StatusCode, resp.Header.Get("Location")
}

// ratingVersion is the saved version of a rating, 0 when there is none.
func ratingVersion(tb testing.TB, app *testApp, round, rec int) int {
	tb.Helper()
	got, err := app.Store.FindRatings(context.Background(), round)
	if err != nil {
		tb.Fatal(err)
	}
	if r := got[rec]; r != nil {
		return r.Version
	}
	return 0
}

// fingerprint sums up what a write could change: rounds (and which are
// final), rating history, agreements and their reviewed mappings, and
// stored profiles.
func fingerprint(tb testing.TB, app *testApp) string {
	tb.Helper()
	ctx := context.Background()
	rounds, err := app.Store.FindAssessments(ctx, benchmark.AssessmentFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	final := 0
	for _, r := range rounds {
		if r.Final {
			final++
		}
	}
	changes, err := app.Store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	agreements, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	reviewed := 0
	for _, ag := range agreements {
		for _, r := range ag.Recommendations {
			if r.Reviewed() {
				reviewed++
			}
		}
	}
	profiles, err := app.Store.FindProfiles(ctx, benchmark.ProfileFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	shared := ""
	for _, r := range rounds {
		sh, err := app.Store.FindSharing(ctx, r.AuthorityCode)
		if err != nil {
			tb.Fatal(err)
		}
		shared += r.AuthorityCode + ":" + string(sh.Sharing) + " "
	}
	scenarios, err := app.Store.FindScenarios(ctx, benchmark.SavedScenarioFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	return fmt.Sprintf("rounds %d (final %d), changes %d, agreements %d, reviewed %d, profiles %d, sharing %s, scenarios %d",
		len(rounds), final, len(changes), len(agreements), reviewed, len(profiles), shared, len(scenarios))
}
