package web_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestUpload_Browser uploads an agreement in headless Chromium, sees the
// preview, confirms, and finds the new recommendations ready to rate in an
// open round that follows new agreements.
func TestUpload_Browser(t *testing.T) {
	app := newTestServer(t)
	roundID := followingRound(t, app)
	ctx := newSignedInBrowser(t, app, "Tester")
	file := filepath.Join(t.TempDir(), "bristol.csv")
	if err := os.WriteFile(file, []byte(uploadCSV), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+"/upload/agreements"), chromedp.WaitVisible(chromedp.CSS("#file"))); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "/upload/agreements")

	if err := chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{file}),
		chromedp.Click(chromedp.CSS(`form[action="/upload/agreements"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/upload/agreements/confirm"]`)),
	); err != nil {
		t.Fatal(err)
	}
	preview := evalString(t, ctx, `document.querySelector('main').innerText`)
	if !strings.Contains(preview, "created") || !strings.Contains(preview, "Nothing has been saved yet") {
		t.Errorf("preview:\n%s", preview)
	}
	checkAccessibility(t, ctx, "upload preview")

	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`form[action="/upload/agreements/confirm"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(".govuk-notification-banner")),
	); err != nil {
		t.Fatal(err)
	}
	page := evalString(t, ctx, `document.querySelector('main').innerText`)
	if !strings.Contains(page, "1 created") || !strings.Contains(page, "Create 40 resourced provision places") {
		t.Errorf("after confirming:\n%s", page)
	}

	grid := "/assessments/" + strconv.Itoa(roundID) + "/ratings"
	if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+grid), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
		t.Fatal(err)
	}
	if g := evalString(t, ctx, `document.querySelector('main').innerText`); !strings.Contains(g, "Agree contributions from health partners") {
		t.Errorf("the new recommendations are not on the rating grid %s", grid)
	}

	// A bad file shows every problem in an accessible error summary.
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("authority,agreement\r\nBristol,X\r\n"), 0o644)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/upload/agreements"),
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{bad}),
		chromedp.Click(chromedp.CSS(`form[action="/upload/agreements"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(".govuk-error-summary")),
	); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "upload errors")
	for _, path := range []string{"/upload/ratings", "/mappings"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+path)); err != nil {
			t.Fatal(err)
		}
		checkAccessibility(t, ctx, path)
	}
}
