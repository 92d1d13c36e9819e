package web_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestUploadReview_Browser changes a suggested theme on the preview in
// Chromium, confirms, follows the link to the review page filtered to the
// upload, and checks the preview and the review page with axe at 1280 and
// 390 pixels, neither scrolling sideways on a phone.
func TestUploadReview_Browser(t *testing.T) {
	app := newTestServer(t)
	ctx := newSignedInBrowser(t, app, "Tester")
	file := filepath.Join(t.TempDir(), "bristol.csv")
	csv := uploadCSV + "Bristol,Safety Valve agreement: Bristol,2022-23,3,Recruit more SEND caseworkers.,,\r\n"
	if err := os.WriteFile(file, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/upload/agreements"),
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{file}),
		chromedp.Click(chromedp.CSS(`form[action="/upload/agreements"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#review-2`)),
	); err != nil {
		t.Fatal(err)
	}
	checkAtBothWidths(t, ctx, "upload preview with theme choices")
	// On a phone the select stays in view, not past the table's edge.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	if fits := evalString(t, ctx, `String(document.querySelector('#review-2').getBoundingClientRect().right <= window.innerWidth)`); fits != "true" {
		t.Error("at 390px the theme select of recommendation 2 is past the edge of the screen")
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 1000)); err != nil {
		t.Fatal(err)
	}
	// The first option past "Keep the suggestion" is the first theme.
	choice := evalString(t, ctx, `document.querySelector('#review-2').options[1].value`)
	label := evalString(t, ctx, `document.querySelector('#review-2').options[1].text`)
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#review-2"), choice),
		chromedp.Click(chromedp.CSS(`form[action="/upload/agreements/confirm"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(".sv-to-review a")),
	); err != nil {
		t.Fatal(err)
	}
	page := evalString(t, ctx, `document.querySelector('main').innerText`)
	if !strings.Contains(page, "Review the 1 suggested theme of this agreement") || !strings.Contains(page, label) {
		t.Errorf("after confirming, the agreement page lacks the review link or the chosen theme %q:\n%s", label, page)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(".sv-to-review a")),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/mappings/accept"]`)),
	); err != nil {
		t.Fatal(err)
	}
	if n := evalString(t, ctx, `String(document.querySelectorAll('input[name=seen]').length)`); n != "1" {
		t.Errorf("the filtered review page lists %s suggestions, want the 1 left of this upload", n)
	}
	checkAtBothWidths(t, ctx, "review page filtered to the upload")
}

// checkAtBothWidths runs axe on the page shown at 1280 and at 390 pixels
// wide, and fails if the page scrolls sideways at 390.
func checkAtBothWidths(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	checkAccessibility(t, ctx, name+" at 1280px")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	sizes, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth]`))
	if err != nil {
		t.Fatal(err)
	}
	if sizes[0] > sizes[1] {
		t.Errorf("%s scrolls sideways at 390px: %d wide", name, sizes[0])
	}
	checkAccessibility(t, ctx, name+" at 390px")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 1000)); err != nil {
		t.Fatal(err)
	}
}
