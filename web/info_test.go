package web_test

import (
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// cookieRecorder notes the name of every cookie a response sets.
type cookieRecorder struct {
	mu    sync.Mutex
	names map[string]bool
}

func (r *cookieRecorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err == nil {
		r.mu.Lock()
		for _, ck := range resp.Cookies() {
			r.names[ck.Name] = true
		}
		r.mu.Unlock()
	}
	return resp, err
}

// TestCookiesPage_ListsEveryCookieSet walks a visit (a page, sign-in, a
// saved rating, sign-out), records every cookie the answers set, and
// checks the cookies page lists exactly those, each with a purpose and an
// expiry.
func TestCookiesPage_ListsEveryCookieSet(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	u := &benchmark.User{DisplayName: "Cookie walker", Role: benchmark.RoleEditor}
	a, err := app.Store.FindAssessmentByID(t.Context(), round)
	if err != nil {
		t.Fatal(err)
	}
	u.Authorities = []string{a.AuthorityCode}
	createAccount(t, app, u)

	rec := &cookieRecorder{names: map[string]bool{}}
	jar, _ := cookiejar.New(nil)
	cl := &visitor{app: app, http: &http.Client{Jar: jar, Transport: rec,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	cl.refreshToken(t, "/signin")
	cl.signIn(t, u.Email, testPassword)
	cl.refreshToken(t, "/assessments/"+strconv.Itoa(round)+"/ratings")
	form := ratingForm("amber", "Cookie walk", ratingVersion(t, app, round, recs[0].ID))
	if resp := cl.post(t, ratingPath(round, recs[0].ID), form, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	cl.get(t, "/assessments/"+strconv.Itoa(round)+"/ratings")
	cl.post(t, "/signout", url.Values{}, false)
	set := keys(rec.names)
	if len(set) == 0 {
		t.Fatal("the walk set no cookies")
	}

	_, page := anonymousVisitor(t, app).get(t, "/cookies")
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, row := range findAll(doc, "tr", func(n *html.Node) bool { return strings.Contains(attr(n, "class"), "govuk-table__row") }) {
		cells := findAll(row, "td", func(*html.Node) bool { return true })
		if len(cells) != 3 {
			continue
		}
		name := strings.TrimSpace(text(cells[0]))
		listed[name] = true
		if strings.TrimSpace(text(cells[1])) == "" || strings.TrimSpace(text(cells[2])) == "" {
			t.Errorf("cookie %s has no purpose or expiry", name)
		}
	}
	if got := keys(listed); strings.Join(got, ",") != strings.Join(set, ",") {
		t.Errorf("cookies page lists %v; the walk set %v", got, set)
	}
	// benchmark/session.go: a session lasts 12 hours at most, 1 hour idle.
	if !strings.Contains(page, "After 12 hours") || !strings.Contains(page, "1 hour without") {
		t.Error("the session cookie's expiry is not stated from the session timeouts")
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
