package web_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// evalString runs a JavaScript expression that yields a string.
func evalString(tb testing.TB, ctx context.Context, js string) string {
	tb.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		tb.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// modelChartState reads the chart's lines and its table from the page.
func modelChartState(tb testing.TB, ctx context.Context) (lines int, points, table string) {
	tb.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#deficit-chart polyline').length`))
	if err != nil {
		tb.Fatal(err)
	}
	points = evalString(tb, ctx, `Array.from(document.querySelectorAll('#deficit-chart polyline')).map(p => p.getAttribute('points')).join('|')`)
	table = evalString(tb, ctx, `document.querySelector('#chart-table').innerText`)
	return n, points, table
}

// TestModelPage_Browser opens the model page in headless Chromium, changes
// a scenario input, submits the form and sees the chart and the tables
// change.
func TestModelPage_Browser(t *testing.T) {
	app := newTestServer(t)
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+"/model/bury"), chromedp.WaitVisible(chromedp.CSS("#deficit-chart"))); err != nil {
		t.Fatal(err)
	}
	linesBefore, pointsBefore, tableBefore := modelChartState(t, ctx)
	checkAccessibility(t, ctx, "/model/bury")

	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#slip_years"), "1"),
		chromedp.Click(chromedp.CSS("#run-scenario")),
		chromedp.WaitVisible(chromedp.CSS("#scenario-table")),
	); err != nil {
		t.Fatal(err)
	}
	linesAfter, pointsAfter, tableAfter := modelChartState(t, ctx)
	scenario := evalString(t, ctx, `document.querySelector('#deficit-chart .sv-chart__series--scenario polyline').getAttribute('points')`)
	cleared := evalString(t, ctx, `document.querySelector('#scenario-cleared').textContent`)
	summary := evalString(t, ctx, `document.querySelector('#scenario-summary').textContent`)
	// After the run the page lands on the result: the summary of the new
	// line is on screen, not above it.
	if onScreen := evalString(t, ctx, `(function(){const r=document.querySelector('#scenario-summary').getBoundingClientRect();return String(r.top>=0&&r.bottom<=innerHeight)})()`); onScreen != "true" {
		t.Error("after Run scenario the summary is off screen")
	}

	if linesBefore != 3 || linesAfter != 4 {
		t.Errorf("chart lines %d then %d, want 3 then 4", linesBefore, linesAfter)
	}
	if pointsAfter == pointsBefore || scenario == "" || strings.Contains(pointsBefore, scenario) {
		t.Errorf("the chart did not gain a new line: %q", scenario)
	}
	if tableAfter == tableBefore || !strings.Contains(tableAfter, "Scenario") {
		t.Errorf("chart table did not change:\n%s", tableAfter)
	}
	// The 16 Dec 2021 forecast clears in 2024/25 (seed line 115); all
	// savings a year late clear a year later.
	if strings.TrimSpace(cleared) != "2025/26" || !strings.Contains(summary, "1 year later") {
		t.Errorf("cleared %q, summary %q", cleared, summary)
	}
	checkAccessibility(t, ctx, "/model/bury?slip_years=1")

	// The upload page for the generic model is accessible too.
	if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+"/model/generic")); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "/model/generic")

	// A mistyped authority and a bad file: both reported, every problem in
	// the file on its own line beside the field, and still accessible.
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("year,funding,spend\n2024/25,abc,\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/model/generic"),
		chromedp.SetValue(chromedp.CSS("#authority"), "Burry"),
		chromedp.SetUploadFiles(chromedp.CSS("#profile"), []string{bad}),
		chromedp.Click(chromedp.CSS(`form[action="/model/generic"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(".govuk-error-summary")),
	); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `Array.from(document.querySelectorAll('#profile-error li')).map(li => li.innerText).join('|')`); got !=
		`bad.csv, line 2, column funding: "abc" is not an amount in £ million|bad.csv, line 2, column spend: the cell is blank; give the year's estimated High Needs spend in £ million` {
		t.Errorf("problems beside the file field: %q", got)
	}
	if got := evalString(t, ctx, `document.querySelector('#authority-error').innerText`); !strings.Contains(got, `Did you mean "Bury"`) {
		t.Errorf("authority error: %q", got)
	}
	checkAccessibility(t, ctx, "/model/generic with errors")
}
