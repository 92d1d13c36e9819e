package web_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestPages_Status(t *testing.T) {
	app := newTestServer(t)
	for _, tc := range []struct {
		path   string
		status int
	}{
		{"/", 200}, {"/healthz", 200}, {"/themes", 200}, {"/authorities", 200}, {"/authorities?q=351", 200},
		{"/authorities/E08000002", 200}, {"/assessments", 200}, {"/assessments/1", 200}, {"/assessments/1?group=theme", 200},
		{"/assessments/1/actions", 200}, {"/assessments/1/ratings?view=compact", 200},
		{"/about-the-programme", 200}, {"/register/E10000016/2022-23", 200}, {"/register/E10000016/2019-20", 404}, {"/register/E99999999/2022-23", 404}, {"/register/Kent/2022-23", 200}, {"/?sort=funding&order=desc&held=no", 200},
		{"/agreements/1", 200}, {"/national", 200}, {"/national?kind=unitary&agreement=yes", 200}, {"/help", 200}, {"/accessibility", 200}, {"/cookies", 200}, {"/privacy", 200}, {"/agreements/999", 404}, {"/agreements/x", 404}, {"/themes/999", 404}, {"/no-such-page", 404},
	} {
		t.Run(tc.path, func(t *testing.T) {
			if got := app.get(t, tc.path).StatusCode; got != tc.status {
				t.Errorf("GET %s = %d, want %d", tc.path, got, tc.status)
			}
		})
	}
}

func TestPages_Accessible(t *testing.T) {
	app := newTestServer(t)
	ctx := newBrowser(t)
	for _, path := range []string{"/", "/agreements/1", "/themes", "/themes/1", "/authorities", "/authorities/E06000023", "/assessments", "/assessments/1", "/assessments/1?group=theme", "/assessments/1/actions", "/assessments/1/ratings?view=compact", "/editor",
		"/help", "/accessibility", "/cookies", "/privacy", "/about-the-programme", "/register/E10000016/2022-23", "/register/E08000002/2020-21", "/authorities/E10000016", "/model/bury"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+path)); err != nil {
			t.Fatal(err)
		}
		checkAccessibility(t, ctx, path)
	}
}

// body reads a response body as text.
func body(tb testing.TB, resp *http.Response) string {
	tb.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestHealthz(t *testing.T) {
	app := newTestServer(t)
	if b := body(t, app.get(t, "/healthz")); !strings.Contains(b, `"ok"`) {
		t.Errorf("healthz = %s", b)
	}
}
