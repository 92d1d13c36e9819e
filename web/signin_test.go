package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"golang.org/x/net/html"
)

// signInError posts a sign-in and returns its status and the error
// summary's text.
func signInError(t *testing.T, cl *visitor, email, password string) (int, string) {
	t.Helper()
	resp := cl.post(t, "/signin", url.Values{"email": {email}, "password": {password}}, false)
	doc := pageDoc(t, resp)
	var summary string
	for _, n := range findAll(doc, "div", func(n *html.Node) bool { return strings.Contains(attr(n, "class"), "govuk-error-summary") }) {
		summary = text(n)
	}
	return resp.StatusCode, summary
}

// TestSignIn_OneMessage: a wrong password, an unknown email and a
// disabled account get the same answer, so the page tells nobody which
// accounts exist.
func TestSignIn_OneMessage(t *testing.T) {
	app := newTestServer(t)
	ada := createAccount(t, app, &benchmark.User{Role: benchmark.RoleViewer, National: true, DisplayName: "Ada"})
	off := createAccount(t, app, &benchmark.User{Role: benchmark.RoleViewer, National: true})
	disabled := true
	if _, err := app.Store.UpdateUser(context.Background(), off.ID, benchmark.UserUpdate{Disabled: &disabled}); err != nil {
		t.Fatal(err)
	}
	cl := anonymousVisitor(t, app)
	wrongStatus, wrong := signInError(t, cl, ada.Email, "not the password at all")
	for name, email := range map[string]string{"unknown email": "nobody@council.example", "disabled account": off.Email} {
		password := "not the password at all"
		if name == "disabled account" {
			password = testPassword
		}
		status, msg := signInError(t, cl, email, password)
		if status != wrongStatus || msg != wrong {
			t.Errorf("%s: %d %q; a wrong password: %d %q", name, status, msg, wrongStatus, wrong)
		}
	}
	if wrongStatus != http.StatusUnauthorized || !strings.Contains(wrong, "did not match") {
		t.Errorf("wrong password: %d %q", wrongStatus, wrong)
	}
}

// TestSignIn_EleventhRefused: after 10 failed sign-ins for one account
// within a minute, the eleventh is refused, the right password too.
func TestSignIn_EleventhRefused(t *testing.T) {
	app := newTestServer(t)
	ada := createAccount(t, app, &benchmark.User{Role: benchmark.RoleViewer, National: true})
	cl := anonymousVisitor(t, app)
	for i := range 10 {
		if status, _ := signInError(t, cl, ada.Email, "wrong password number"); status != http.StatusUnauthorized {
			t.Fatalf("failure %d = %d, want 401", i+1, status)
		}
	}
	status, msg := signInError(t, cl, ada.Email, testPassword)
	if status != http.StatusTooManyRequests || !strings.Contains(msg, "too many failed attempts") {
		t.Errorf("eleventh sign-in = %d %q, want 429 and too many attempts", status, msg)
	}
}

// sessionCookie returns the visitor's session cookie.
func sessionCookie(t *testing.T, cl *visitor) *http.Cookie {
	t.Helper()
	u, _ := url.Parse(cl.app.HTTP.URL)
	for _, ck := range cl.http.Jar.Cookies(u) {
		if ck.Name == "svbench_session" {
			return ck
		}
	}
	t.Fatal("no session cookie")
	return nil
}

// withCookie returns a visitor holding only the given cookie.
func withCookie(t *testing.T, app *testApp, ck *http.Cookie) *visitor {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	u, _ := url.Parse(app.HTTP.URL)
	jar.SetCookies(u, []*http.Cookie{{Name: ck.Name, Value: ck.Value, Path: "/"}})
	return &visitor{app: app, http: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// TestSignOut_OldCookieFails: a session cookie from before sign-out no
// longer signs anyone in, and signing in again rotates the session.
func TestSignOut_OldCookieFails(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	old := sessionCookie(t, cl)
	if resp, _ := withCookie(t, app, old).get(t, "/assessments"); resp.StatusCode != http.StatusOK {
		t.Fatalf("the live cookie: %d", resp.StatusCode)
	}
	if resp := cl.post(t, "/signout", url.Values{}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign out = %d", resp.StatusCode)
	}
	resp, _ := withCookie(t, app, old).get(t, "/assessments")
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/signin") {
		t.Errorf("the cookie from before sign-out = %d to %q, want 303 to sign in", resp.StatusCode, loc)
	}

	// Signing in again gives a new session; the one held before ends.
	second := newVisitor(t, app, "Ben")
	before := sessionCookie(t, second)
	u, _, _ := app.Store.FindUsers(context.Background(), benchmark.UserFilter{})
	var ben *benchmark.User
	for _, x := range u {
		if x.DisplayName == "Ben" {
			ben = x
		}
	}
	second.refreshToken(t, "/signin")
	second.signIn(t, ben.Email, testPassword)
	after := sessionCookie(t, second)
	if after.Value == before.Value {
		t.Error("signing in kept the session token")
	}
	if resp, _ := withCookie(t, app, before).get(t, "/assessments"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("the session before signing in again still works: %d", resp.StatusCode)
	}
}

// TestCSRF_Refused: a signed-in POST without the token, or with another
// session's, is refused and changes nothing; an anonymous form cannot
// take its token from a cookie it sets itself.
func TestCSRF_Refused(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada, ben := newVisitor(t, app, "Ada"), newVisitor(t, app, "Ben")
	path := ratingPath(round, recs[0].ID)
	was := ratingVersion(t, app, round, recs[0].ID)
	for name, token := range map[string]string{"no token": "", "another session's token": ben.csrf} {
		for _, asJSON := range []bool{false, true} {
			form := ratingForm("red", "forged", 0)
			req, _ := http.NewRequest(http.MethodPost, app.HTTP.URL+path, strings.NewReader(url.Values(form).Encode()))
			if token != "" {
				form.Set("_csrf", token)
				req, _ = http.NewRequest(http.MethodPost, app.HTTP.URL+path, strings.NewReader(form.Encode()))
			}
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if asJSON {
				req.Header.Set("Accept", "application/json")
			}
			resp, err := ada.http.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("%s (json %v) = %d, want 403", name, asJSON, resp.StatusCode)
			}
		}
	}
	if v := ratingVersion(t, app, round, recs[0].ID); v != was {
		t.Errorf("a forged save was stored: version %d, was %d", v, was)
	}

	// A cookie another site on the host sets, with a token of its choosing.
	jar, _ := cookiejar.New(nil)
	u, _ := url.Parse(app.HTTP.URL)
	forged := auth.NewToken()
	jar.SetCookies(u, []*http.Cookie{{Name: "svbench_presession", Value: forged, Path: "/"}})
	cl := &visitor{app: app, http: &http.Client{Jar: jar}, csrf: forged}
	if resp := cl.post(t, "/signin", url.Values{"email": {"a@b.uk"}, "password": {"whatever it is"}}, false); resp.StatusCode != http.StatusForbidden {
		t.Errorf("sign-in with a token equal to a planted cookie = %d, want 403", resp.StatusCode)
	}
}

// TestCookies_Flags: cookies are HttpOnly and SameSite=Lax, and Secure
// when the request came over TLS: through a proxy only with TrustProxy.
func TestCookies_Flags(t *testing.T) {
	app := newTestServer(t)
	ada := createAccount(t, app, &benchmark.User{Role: benchmark.RoleViewer, National: true})
	for _, tc := range []struct {
		name   string
		trust  bool
		secure bool
	}{{"plain", false, false}, {"forwarded https, proxy not trusted", false, true}, {"forwarded https, proxy trusted", true, true}} {
		t.Run(tc.name, func(t *testing.T) {
			app.Server.TrustProxy = tc.trust
			cl := anonymousVisitor(t, app)
			form := url.Values{"email": {ada.Email}, "password": {testPassword}, "_csrf": {cl.csrf}}
			req, _ := http.NewRequest(http.MethodPost, app.HTTP.URL+"/signin", strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if tc.secure {
				req.Header.Set("X-Forwarded-Proto", "https")
			}
			resp, err := cl.http.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			var session *http.Cookie
			for _, ck := range resp.Cookies() {
				if ck.Name == "svbench_session" {
					session = ck
				}
			}
			if session == nil {
				t.Fatalf("no session cookie (status %d)", resp.StatusCode)
			}
			if !session.HttpOnly || session.SameSite != http.SameSiteLaxMode {
				t.Errorf("HttpOnly %v, SameSite %v", session.HttpOnly, session.SameSite)
			}
			if want := tc.secure && tc.trust; session.Secure != want {
				t.Errorf("Secure = %v, want %v", session.Secure, want)
			}
		})
	}
	app.Server.TrustProxy = false

	// Static files are cached publicly, so they set no cookie.
	resp, err := http.Get(app.HTTP.URL + "/static/svbench.css")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if ck := resp.Header.Values("Set-Cookie"); len(ck) > 0 {
		t.Errorf("a static file sets cookies: %q", ck)
	}
}

// TestSecurityHeaders_Everywhere: the headers are on pages, on the
// trailing-slash redirect, on the 413 refusal and on downloads.
func TestSecurityHeaders_Everywhere(t *testing.T) {
	app := newTestServer(t)
	round, _ := bristolRoundID(t, app)
	cl := newVisitor(t, app, "Ada")
	check := func(name string, resp *http.Response, status int) {
		t.Helper()
		if resp.StatusCode != status {
			t.Errorf("%s: status %d, want %d", name, resp.StatusCode, status)
		}
		for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"} {
			if resp.Header.Get(h) == "" {
				t.Errorf("%s: no %s", name, h)
			}
		}
	}
	resp, _ := cl.get(t, "/themes")
	check("page", resp, http.StatusOK)
	resp, _ = cl.get(t, "/themes/")
	check("trailing-slash redirect", resp, http.StatusMovedPermanently)
	resp, _ = cl.get(t, "/assessments/"+strconv.Itoa(round)+"/export.csv")
	check("download", resp, http.StatusOK)
	big := strings.NewReader(strings.Repeat("x", ingest.MaxFileSize+2<<20))
	req, _ := http.NewRequest(http.MethodPost, app.HTTP.URL+"/upload/agreements", big)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r, err := cl.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	check("413 refusal", r, http.StatusRequestEntityTooLarge)
}

// TestSessionEnded_KeepsTypedWork: a save that meets an ended session,
// by form or by the grid's script, is kept; after signing in the grid
// shows the typed commentary again, unsaved until saved.
func TestSessionEnded_KeepsTypedWork(t *testing.T) {
	for _, asJSON := range []bool{false, true} {
		app := newTestServer(t)
		round, recs := bristolRoundID(t, app)
		ada := newVisitor(t, app, "Ada")
		users, _, _ := app.Store.FindUsers(context.Background(), benchmark.UserFilter{})
		if err := app.Store.DeleteUserSessions(context.Background(), users[0].ID); err != nil {
			t.Fatal(err)
		}
		was := ratingVersion(t, app, round, recs[0].ID)
		form := ratingForm("amber", "Typed before the session ended", was)
		form.Set("return", "/assessments/"+strconv.Itoa(round)+"/ratings")
		resp := ada.post(t, ratingPath(round, recs[0].ID), form, asJSON)
		var next string
		if asJSON {
			var out map[string]string
			if resp.StatusCode != http.StatusUnauthorized {
				t.Fatalf("json save after the session ended = %d, want 401", resp.StatusCode)
			}
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
				t.Fatal(err)
			}
			next = out["signin"]
		} else {
			next = resp.Header.Get("Location")
		}
		if !strings.HasPrefix(next, "/signin?return=") {
			t.Fatalf("json %v: sent to %q, want sign-in", asJSON, next)
		}
		if v := ratingVersion(t, app, round, recs[0].ID); v != was {
			t.Fatalf("saved with an ended session: version %d, was %d", v, was)
		}
		ada.refreshToken(t, next)
		back, _ := url.Parse(next)
		resp = ada.post(t, "/signin", url.Values{"email": {users[0].Email}, "password": {testPassword}, "return": {back.Query().Get("return")}}, false)
		if loc := resp.Header.Get("Location"); loc != "/assessments/"+strconv.Itoa(round)+"/ratings" {
			t.Fatalf("after sign-in to %q", loc)
		}
		_, page := ada.get(t, resp.Header.Get("Location"))
		if !strings.Contains(page, "Typed before the session ended") || !strings.Contains(page, "Not saved yet") {
			t.Errorf("json %v: the grid after sign-in does not show the typed commentary, marked unsaved", asJSON)
		}
	}
}

// TestSetup_FirstAdmin: the one-time link creates the first admin under
// the password policy and signs them in; it works once.
func TestSetup_FirstAdmin(t *testing.T) {
	app := newTestServer(t)
	ctx := context.Background()
	token := auth.NewToken()
	if err := app.Store.CreateSetupToken(ctx, auth.HashToken(token)); err != nil {
		t.Fatal(err)
	}
	cl := anonymousVisitor(t, app)
	cl.refreshToken(t, "/setup?token="+token)
	form := func(pw string) url.Values {
		return url.Values{"token": {token}, "email": {"admin@council.example"}, "name": {"Grace"}, "password": {pw}}
	}
	if resp := cl.post(t, "/setup", form("password1234"), false); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("a common password = %d, want 422", resp.StatusCode)
	}
	if resp := cl.post(t, "/setup", form("short"), false); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("a short password = %d, want 422", resp.StatusCode)
	}
	resp := cl.post(t, "/setup", form(testPassword), false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("setup = %d", resp.StatusCode)
	}
	cl.refreshToken(t, "/")
	if resp, _ := cl.get(t, "/assessments"); resp.StatusCode != http.StatusOK {
		t.Errorf("the new admin is not signed in: %d", resp.StatusCode)
	}
	if need, err := app.Store.NeedsSetup(ctx); need || err != nil {
		t.Errorf("NeedsSetup after setup = %v, %v", need, err)
	}
	again := anonymousVisitor(t, app)
	if resp := again.post(t, "/setup", form(testPassword), false); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/signin" {
		t.Errorf("the link used again = %d to %q, want 303 to sign in", resp.StatusCode, resp.Header.Get("Location"))
	}
}

// TestSessionEnded_KeepsRoundForm: a new round posted after the session
// ended is not started; after signing in the form shows what was typed.
func TestSessionEnded_KeepsRoundForm(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	users, _, _ := app.Store.FindUsers(context.Background(), benchmark.UserFilter{})
	if err := app.Store.DeleteUserSessions(context.Background(), users[0].ID); err != nil {
		t.Fatal(err)
	}
	before := len(roundsHeld(t, app))
	resp := ada.post(t, "/assessments", url.Values{"authority": {"E06000023"}, "title": {"Typed round title"},
		"assessed_on": {"1/4/2026"}, "return": {"/assessments/new"}}, false)
	next := resp.Header.Get("Location")
	if want := "/signin?return=" + url.QueryEscape("/assessments/new"); next != want {
		t.Fatalf("sent to %q, want %q", next, want)
	}
	ada.refreshToken(t, next)
	ada.post(t, "/signin", url.Values{"email": {users[0].Email}, "password": {testPassword}, "return": {"/assessments/new"}}, false)
	_, page := ada.get(t, "/assessments/new")
	if !strings.Contains(page, `value="Typed round title"`) || !strings.Contains(page, "your session ended first") {
		t.Error("the round form after sign-in does not show the typed title, marked not started")
	}
	if n := len(roundsHeld(t, app)); n != before {
		t.Errorf("%d rounds, was %d: a round was started with an ended session", n, before)
	}
}

// roundsHeld lists every round.
func roundsHeld(t *testing.T, app *testApp) []*benchmark.Assessment {
	t.Helper()
	list, err := app.Store.FindAssessments(context.Background(), benchmark.AssessmentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return list
}
