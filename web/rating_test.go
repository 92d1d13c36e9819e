package web_test

import (
	"context"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// visitor is one browser-less visitor with its own cookies.
type visitor struct {
	app  *testApp
	http *http.Client
	csrf string
}

// newVisitor returns a visitor signed in as an editor of every authority,
// shown as name (its email when name is ""), holding its session's CSRF
// token.
func newVisitor(tb testing.TB, app *testApp, name string) *visitor {
	tb.Helper()
	all, err := app.Store.FindAuthorities(context.Background(), benchmark.AuthorityFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	u := &benchmark.User{DisplayName: name, Role: benchmark.RoleEditor}
	for _, a := range all {
		u.Authorities = append(u.Authorities, a.ONSCode)
	}
	return signedInAs(tb, app, u)
}

// anonymousVisitor returns a visitor who has not signed in, holding the
// CSRF token of its pre-session.
func anonymousVisitor(tb testing.TB, app *testApp) *visitor {
	tb.Helper()
	jar, _ := cookiejar.New(nil)
	cl := &visitor{app: app, http: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	cl.refreshToken(tb, "/signin")
	return cl
}

// refreshToken reads the CSRF token from the forms of the page at path.
func (cl *visitor) refreshToken(tb testing.TB, path string) {
	tb.Helper()
	resp, err := cl.http.Get(cl.app.HTTP.URL + path)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	doc, err := html.Parse(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	cl.csrf = ""
	for _, in := range findAll(doc, "input", func(n *html.Node) bool { return attr(n, "name") == "_csrf" }) {
		cl.csrf = attr(in, "value")
	}
	if cl.csrf == "" {
		tb.Fatalf("no CSRF token on %s", path)
	}
}

// get fetches a page.
func (cl *visitor) get(tb testing.TB, path string) (*http.Response, string) {
	tb.Helper()
	resp, err := cl.http.Get(cl.app.HTTP.URL + path)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	return resp, body(tb, resp)
}

// post sends a form with the CSRF token; asJSON asks for the script's
// JSON answers.
func (cl *visitor) post(tb testing.TB, path string, form url.Values, asJSON bool) *http.Response {
	tb.Helper()
	form.Set("_csrf", cl.csrf)
	req, _ := http.NewRequest(http.MethodPost, cl.app.HTTP.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if asJSON {
		req.Header.Set("Accept", "application/json")
	}
	resp, err := cl.http.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { resp.Body.Close() })
	return resp
}

// bristolRoundID is the shipped round's ID and its recommendations in
// agreement order.
func bristolRoundID(tb testing.TB, app *testApp) (int, []*benchmark.Recommendation) {
	tb.Helper()
	ctx := context.Background()
	rounds, err := app.Store.FindAssessments(ctx, benchmark.AssessmentFilter{})
	if err != nil || len(rounds) == 0 {
		tb.Fatalf("rounds = %v, %v", rounds, err)
	}
	a := rounds[len(rounds)-1]
	all, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	var recs []*benchmark.Recommendation
	for _, ag := range all {
		for _, id := range a.AgreementIDs {
			if id == ag.ID {
				recs = append(recs, ag.Recommendations...)
			}
		}
	}
	return a.ID, recs
}

func ratingPath(round, rec int) string {
	return "/assessments/" + strconv.Itoa(round) + "/ratings/" + strconv.Itoa(rec)
}

func TestRatingGrid_Structure(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	cl := newVisitor(t, app, "Ada")
	for _, tc := range []struct {
		name, query string
		forms       int
	}{
		// Appendix A holds 27 distinct recommendations; each has one form.
		{"by theme", "", 27},
		{"by agreement", "?group=agreement", 27},
		// Bristol rated 3 of them Green (Appendix A).
		{"green only", "?rag=green", 3},
		{"not rated only", "?rag=none", 17},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, b := cl.get(t, "/assessments/"+strconv.Itoa(round)+"/ratings"+tc.query)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			doc := parseHTML(t, b)
			forms := findAll(doc, "form", func(n *html.Node) bool { _, ok := attrOK(n, "data-rating-form"); return ok })
			if len(forms) != tc.forms {
				t.Errorf("%d rating forms, want %d", len(forms), tc.forms)
			}
			for _, f := range forms {
				radios := findAll(f, "input", func(n *html.Node) bool { return attr(n, "type") == "radio" })
				checked := 0
				for _, r := range radios {
					if _, ok := attrOK(r, "checked"); ok {
						checked++
					}
				}
				if len(radios) != 4 || checked != 1 {
					t.Errorf("form %s: %d radios, %d checked", attr(f, "action"), len(radios), checked)
				}
			}
		})
	}
	if len(recs) != 27 {
		t.Errorf("round covers %d recommendations, want 27 (Appendix A)", len(recs))
	}
}

// attrOK returns an attribute and whether it is present.
func attrOK(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

// TestRatingGrid_StatusLines checks that the shipped round's ratings,
// which nobody has saved, do not read as saves: the ones Bristol rated say
// where they came from, the rest that they are not saved yet, and a save
// says who made it.
func TestRatingGrid_StatusLines(t *testing.T) {
	app := newTestServer(t)
	round, _ := bristolRoundID(t, app)
	a, err := app.Store.FindAssessmentByID(context.Background(), round)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Source, "Appendix A") {
		t.Fatalf("the shipped round's source is %q, want Bristol's Appendix A", a.Source)
	}
	ada := newVisitor(t, app, "Ada")
	grid := "/assessments/" + strconv.Itoa(round) + "/ratings"
	statuses := func() map[string][2]string { // recommendation -> checked rating, status line
		_, b := ada.get(t, grid)
		out := map[string][2]string{}
		for _, f := range findAll(parseHTML(t, b), "form", func(n *html.Node) bool { _, ok := attrOK(n, "data-rating-form"); return ok }) {
			rec := strings.TrimPrefix(strings.TrimSuffix(attr(f, "action"), "/"), "/assessments/"+strconv.Itoa(round)+"/ratings/")
			checked := ""
			for _, r := range findAll(f, "input", func(n *html.Node) bool { _, ok := attrOK(n, "checked"); return ok }) {
				checked = attr(r, "value")
			}
			st := findAll(f, "p", func(n *html.Node) bool { return attr(n, "id") == "status-"+rec })
			if len(st) != 1 {
				t.Fatalf("recommendation %s: %d status lines", rec, len(st))
			}
			out[rec] = [2]string{checked, text(st[0])}
		}
		return out
	}
	before := statuses()
	loaded, unsaved := 0, 0
	var green string
	for rec, s := range before {
		switch checked, line := s[0], s[1]; {
		case strings.Contains(line, "Saved") || strings.Contains(line, "version"):
			t.Errorf("recommendation %s, never saved, reads %q", rec, line)
		case checked == "none":
			if line != "Not saved yet." {
				t.Errorf("recommendation %s, not rated: %q, want Not saved yet.", rec, line)
			}
			unsaved++
		default:
			label := map[string]string{"green": "Green", "amber": "Amber", "red": "Red"}[checked]
			want := label + ", as loaded with the round; not changed since. Source: " + a.Source
			if !strings.HasPrefix(line, want) {
				t.Errorf("recommendation %s, %s: %q, want it to start %q", rec, checked, line, want)
			}
			if checked == "green" {
				green = rec
			}
			loaded++
		}
	}
	// Appendix A: Bristol rated 10 of the 27 recommendations.
	if loaded != 10 || unsaved != 17 {
		t.Errorf("%d loaded and %d not saved yet, want 10 and 17", loaded, unsaved)
	}

	// Once saved, a rating says who saved it and its version.
	rec, _ := strconv.Atoi(green)
	if resp := ada.post(t, ratingPath(round, rec), ratingForm("red", "Not started", 1), false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	after := statuses()
	if line := after[green][1]; !strings.HasPrefix(line, "Saved: Red, by Ada, ") || !strings.HasSuffix(line, "(version 2).") {
		t.Errorf("after saving: %q", line)
	}
	for r, s := range after {
		if r != green && s != before[r] {
			t.Errorf("recommendation %s changed from %q to %q", r, before[r], s)
		}
	}
}
