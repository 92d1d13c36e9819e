package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestModelPreset_FillsFields: without a script, a run with a preset
// shows the values it set in its fields (datasets/bury/scenarios.json:
// "Savings 75% delivered" sets delivery_pct 75, "DfE contributions
// withheld from 2023/24" withholds 2023/24 and 2024/25), and running the
// filled form again is the same preset, not a changed one.
func TestModelPreset_FillsFields(t *testing.T) {
	app := newTestServer(t)
	v := anonymousVisitor(t, app)
	resp, page := v.get(t, "/model/bury?preset="+url.QueryEscape("Savings 75% delivered"))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	doc := parseHTML(t, page)
	if got := attr(byID(doc, "delivery_pct"), "value"); got != "75" {
		t.Errorf("delivery_pct shows %q, want 75", got)
	}
	if got := attr(byID(doc, "slip_years"), "value"); got != "" {
		t.Errorf("slip_years shows %q, want blank (the preset does not set it)", got)
	}
	summary := text(byID(doc, "scenario-summary"))
	_, again := v.get(t, "/model/bury?preset="+url.QueryEscape("Savings 75% delivered")+"&delivery_pct=75")
	if got := text(byID(parseHTML(t, again), "scenario-summary")); got != summary || strings.Contains(got, "(changed)") {
		t.Errorf("the filled form ran %q, want %q", got, summary)
	}
	_, changed := v.get(t, "/model/bury?preset="+url.QueryEscape("Savings 75% delivered")+"&delivery_pct=50")
	if got := text(byID(parseHTML(t, changed), "scenario-summary")); got == summary {
		t.Error("a changed field did not change the preset's run")
	}

	_, page = v.get(t, "/model/bury?preset="+url.QueryEscape("DfE contributions withheld from 2023/24"))
	checked := 0
	for _, in := range findAll(parseHTML(t, page), "input", nil) {
		if attr(in, "name") == "withhold" && hasAttr(in, "checked") {
			checked++
		}
	}
	if checked != 2 {
		t.Errorf("%d withheld years ticked, want 2", checked)
	}
}

// TestModelPreset_Browser: with the script, choosing a preset fills in
// its fields before the form is sent.
func TestModelPreset_Browser(t *testing.T) {
	app := newTestServer(t)
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/model/bury"),
		chromedp.WaitVisible(chromedp.CSS("#preset")),
		chromedp.SetValue(chromedp.CSS("#slip_years"), "3"),
		chromedp.SetValue(chromedp.CSS("#preset"), "All savings a year late"),
	); err != nil {
		t.Fatal(err)
	}
	evalString(t, ctx, `(document.querySelector('#preset').dispatchEvent(new Event('change')), '')`)
	if got := evalString(t, ctx, `document.querySelector('#slip_years').value`); got != "1" {
		t.Errorf("slip_years after choosing the preset = %q, want 1 (datasets/bury/scenarios.json)", got)
	}
}

// TestModelPage_ContentsList: every link of the contents list at the top
// of the model page leads to a heading on the page.
func TestModelPage_ContentsList(t *testing.T) {
	app := newTestServer(t)
	_, page := anonymousVisitor(t, app).get(t, "/model/bury")
	doc := parseHTML(t, page)
	nav := byID(doc, "model-contents-list")
	if nav == nil {
		t.Fatal("no contents list")
	}
	links := findAll(nav, "a", nil)
	if len(links) < 7 {
		t.Errorf("%d contents links, want at least 7", len(links))
	}
	for _, a := range links {
		id := strings.TrimPrefix(attr(a, "href"), "#")
		if h := byID(doc, id); h == nil || h.Data != "h2" {
			t.Errorf("contents link %q leads to no heading", attr(a, "href"))
		}
	}
}
