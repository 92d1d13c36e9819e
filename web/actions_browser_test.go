package web_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestActionsAndRatingsPreview_Browser: the actions page, with an overdue
// action on it, and the ratings upload's preview pass axe at 1280 and
// 390 px; confirming the preview imports the round.
func TestActionsAndRatingsPreview_Browser(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	saveAction(t, ada, round, recs[0].ID, "Head of SEND", "31/3/2021")
	saveAction(t, ada, round, recs[4].ID, "Finance lead", "31/3/2099")
	ctx := newSignedInBrowser(t, app, "Mo")
	actions := fmt.Sprintf("%s/assessments/%d/actions", app.HTTP.URL, round)
	for _, w := range []int64{1280, 390} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, 900), chromedp.Navigate(actions), chromedp.WaitVisible(chromedp.ID("actions"))); err != nil {
			t.Fatal(err)
		}
		if got := evalString(t, ctx, `String(document.querySelectorAll('#actions [data-overdue]').length)`); got != "1" {
			t.Errorf("%s overdue marks, want 1", got)
		}
		checkAccessibility(t, ctx, fmt.Sprintf("actions at %dpx", w))
	}

	file, err := filepath.Abs("../datasets/assessments/bristol-mitigation-validation.csv")
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(app.HTTP.URL+"/upload/ratings"),
		chromedp.WaitVisible(chromedp.ID("file")),
		chromedp.SetValue(chromedp.CSS(`select[name="authority"]`), "E06000023"), // the select the autocomplete enhances
		chromedp.SendKeys(chromedp.ID("title"), "Previewed round"),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{file}),
		chromedp.Click(chromedp.CSS(`form[action="/upload/ratings"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.ID("confirm-ratings")),
	); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.getElementById('preview-summary').innerText`); !strings.Contains(got, "nothing has been saved yet") {
		t.Errorf("preview summary %q", got)
	}
	for _, w := range []int64{1280, 390} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, 900)); err != nil {
			t.Fatal(err)
		}
		checkAccessibility(t, ctx, fmt.Sprintf("ratings preview at %dpx", w))
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("confirm-import")),
		chromedp.WaitVisible(chromedp.CSS(".govuk-notification-banner")),
	); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.querySelector('.govuk-notification-banner').innerText`); !strings.Contains(got, "Previewed round") {
		t.Errorf("after confirm: %q", got)
	}
}
