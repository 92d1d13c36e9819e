package web_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestMappings_Browser reviews a suggestion with a second pair in headless
// Chromium, without any script of ours needed: a repeated pair is refused
// accessibly, then two pairs are saved and shown under Reviewed.
func TestMappings_Browser(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "")
	rec := uploadForReview(t, app, cl)
	tax := taxonomy(t, app)
	id := strconv.Itoa(rec.ID)
	first := choice(t, tax, "Financial Efficiencies", "Partner funding")
	second := choice(t, tax, "Local Placement Sufficiency and Managing Demand", "")
	ctx := newSignedInBrowser(t, app, "Tester")
	submit := chromedp.Click(chromedp.CSS(`form[action="/mappings/` + id + `"] button[type=submit]`))

	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/mappings"),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/mappings/`+id+`"]`)),
		chromedp.SetValue(chromedp.CSS("#mapping-"+id), first),
		chromedp.Click(chromedp.CSS(`form[action="/mappings/`+id+`"] summary`)),
		chromedp.SetValue(chromedp.CSS("#mapping-"+id+"-2"), first),
		submit,
		chromedp.WaitVisible(chromedp.CSS(".govuk-error-summary")),
	); err != nil {
		t.Fatal(err)
	}
	if msg := evalString(t, ctx, `document.querySelector('#mapping-`+id+`-2-error').innerText`); !strings.Contains(msg, "repeats the first") {
		t.Errorf("beside the second pair: %q", msg)
	}
	checkAccessibility(t, ctx, "/mappings with a repeated pair")

	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#mapping-"+id+"-2"), second),
		submit,
		chromedp.WaitVisible(chromedp.CSS(".govuk-notification-banner")),
		chromedp.Navigate(app.HTTP.URL+"/mappings?show=reviewed"),
		chromedp.WaitVisible(chromedp.CSS("#mapping-"+id+"-2")),
	); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.querySelector('#mapping-`+id+`-2').value`); got != second {
		t.Errorf("second pair after saving = %q, want %q", got, second)
	}
	checkAccessibility(t, ctx, "/mappings?show=reviewed")
	if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+"/mappings?show=all"), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "/mappings?show=all")
}
