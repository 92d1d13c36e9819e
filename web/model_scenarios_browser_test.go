package web_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest/ingesttest"
)

// TestModelScenarios_Browser runs a scenario in Chromium, keeps it under
// a name, opens the model afresh, runs the kept scenario by its link and
// sees the same scenario back; the page is accessible with the list shown.
func TestModelScenarios_Browser(t *testing.T) {
	app := newTestServer(t)
	ctx := newSignedInBrowser(t, app, "Tester")
	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/model/bury"),
		chromedp.WaitVisible(chromedp.CSS("#deficit-chart")),
		chromedp.SetValue(chromedp.CSS("#slip_years"), "1"),
		chromedp.Click(chromedp.CSS("#run-scenario")),
		chromedp.WaitVisible(chromedp.CSS("#save-scenario-form")),
	); err != nil {
		t.Fatal(err)
	}
	summary := evalString(t, ctx, `document.querySelector('#scenario-summary').textContent`)
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#scenario_name"), "A year late"),
		chromedp.Click(chromedp.CSS("#save-scenario")),
		chromedp.WaitVisible(chromedp.CSS("#saved-scenarios-table")),
	); err != nil {
		t.Fatal(err)
	}
	if row := evalString(t, ctx, `document.querySelector('#saved-scenarios-table tbody tr').innerText`); !strings.Contains(row, "Run A year late") || !strings.Contains(row, "Shown") {
		t.Errorf("saved row: %q", row)
	}
	checkAccessibility(t, ctx, "/model/bury with a saved scenario")

	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/model/bury"),
		chromedp.WaitVisible(chromedp.CSS("#saved-scenarios-table")),
	); err != nil {
		t.Fatal(err)
	}
	if n := evalString(t, ctx, `String(document.querySelectorAll('#scenario-summary').length)`); n != "0" {
		t.Fatal("the plain model page already shows a scenario")
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#saved-scenarios-table a.govuk-link`)),
		chromedp.WaitVisible(chromedp.CSS("#scenario-summary")),
	); err != nil {
		t.Fatal(err)
	}
	if again := evalString(t, ctx, `document.querySelector('#scenario-summary').textContent`); again != summary {
		t.Errorf("run again: %q, want %q", again, summary)
	}
	if v := evalString(t, ctx, `document.querySelector('#slip_years').value`); v != "1" {
		t.Errorf("years late after running again = %q, want 1", v)
	}

	// A stored profile's scenario form, run, is accessible too.
	p := &benchmark.Profile{AuthorityCode: buryCode, Name: "bury.csv", Years: ingesttest.ProfileYears(t), CreatedBy: "Ada"}
	if err := app.Store.SaveProfile(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/model/generic?profile="+strconv.Itoa(p.ID)+"&funding_uplift_pct=2"),
		chromedp.WaitVisible(chromedp.CSS("#save-scenario-form")),
	); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "/model/generic with a stored profile's scenario")
	if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+"/model/generic?align=agreement&profile="+strconv.Itoa(p.ID))); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "/model/generic aligned by year of agreement")
}
