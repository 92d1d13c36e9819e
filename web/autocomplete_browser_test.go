package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/svbench/svbench/benchmark"
)

// TestAutocompleteBrowser_PicksAnAuthorityByName: on the new-round form an
// editor of every authority (153 options) types part of a place name into
// the authority picker, moves to the suggestion by keyboard and chooses it,
// the round is started for that authority. The page passes axe with the
// suggestions open.
func TestAutocompleteBrowser_PicksAnAuthorityByName(t *testing.T) {
	app := newTestServer(t)
	ctx := newBrowser(t)
	u := editorAccount(t, app, "Ada")
	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+"/assessments/new"),
		fillSignIn(u),
		chromedp.WaitVisible(chromedp.CSS("input#authority.autocomplete__input")),
	); err != nil {
		t.Fatal(err)
	}
	// The select is still in the form, hidden, with every authority.
	if n := evalString(t, ctx, `String(document.querySelectorAll('#authority-select option[value]:not([value=""])').length)`); n != "153" {
		t.Errorf("the hidden select holds %s authorities, want the 153 of datasets/authorities.csv", n)
	}
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID("authority"), "Stoke"),
		chromedp.WaitVisible(chromedp.CSS("#authority__listbox li.autocomplete__option")),
	); err != nil {
		t.Fatal(err)
	}
	options := evalString(t, ctx, `Array.from(document.querySelectorAll('#authority__listbox li')).map(li => li.textContent).join('|')`)
	if options != "Stoke-on-Trent" {
		t.Errorf("typing Stoke suggests %q, want Stoke-on-Trent alone", options)
	}
	checkAccessibility(t, ctx, "new round with the authority suggestions open")
	if err := chromedp.Do(ctx,
		// Down to the suggestion, then chosen (a click: chromedp's Enter
		// also sends a separate key press, which a browser does not).
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.Click(chromedp.CSS("#authority__option--0")),
	); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `location.pathname + ' ' + document.getElementById('authority').value`); got != "/assessments/new Stoke-on-Trent" {
		t.Errorf("after choosing: %q, want the form still open with Stoke-on-Trent chosen", got)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('authority-select').selectedOptions[0].textContent === 'Stoke-on-Trent'`,
		chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatalf("choosing Stoke-on-Trent: %v; the select is on %q", err, evalString(t, ctx, `document.getElementById('authority-select').selectedOptions[0].textContent`))
	}
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID("title"), "Picked by name"),
		chromedp.Click(chromedp.CSS(`form[action="/assessments"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.ID("grid-count")),
	); err != nil {
		t.Fatal(err)
	}
	rounds, err := app.Store.FindAssessments(context.Background(), benchmark.AssessmentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range rounds {
		if a.Title == "Picked by name" {
			got = append(got, a.AuthorityCode)
		}
	}
	// datasets/authorities.csv: Stoke-on-Trent is E06000021.
	if strings.Join(got, ",") != "E06000021" {
		t.Errorf("round started for %v, want Stoke-on-Trent (E06000021)", got)
	}
}
