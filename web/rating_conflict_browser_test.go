package web_test

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestRatingConflict_Browser opens a rating in the browser, has a second
// editor save it over HTTP, and checks that the browser's save is refused
// with both values shown, in place (script) and as a page (plain form
// post), and that the pages around ratings pass axe.
func TestRatingConflict_Browser(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ben := newVisitor(t, app, "Ben")
	ctx := newBrowser(t)
	ada := editorAccount(t, app, "Ada")
	base := app.HTTP.URL
	rec := strconv.Itoa(recs[0].ID)

	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+fmt.Sprintf("/assessments/%d/ratings", round)),
		fillSignIn(ada),
		chromedp.WaitVisible(chromedp.ID("grid-count")),
	); err != nil {
		t.Fatal(err)
	}
	benSaves := func(rag string) {
		v := int(savedRating(t, ben, round, recs[0].ID)["version"].(float64))
		if resp := ben.post(t, ratingPath(round, recs[0].ID), ratingForm(rag, "Ben's view", v), true); resp.StatusCode != http.StatusOK {
			t.Fatalf("Ben's save = %d", resp.StatusCode)
		}
	}

	// In place: the script shows the conflict and Ada keeps her change.
	benSaves("amber")
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("rag-"+rec+"-red")),
		chromedp.Click(chromedp.ID("save-"+rec)),
		chromedp.WaitVisible(chromedp.CSS("#conflict-"+rec+" h4")),
	); err != nil {
		t.Fatal(err)
	}
	box := evalString(t, ctx, `document.querySelector('#conflict-`+rec+`').textContent`)
	if !strings.Contains(box, "Your change: Red") || !strings.Contains(box, "Saved by Ben: Amber") {
		t.Errorf("conflict box %q", box)
	}
	if focused := evalString(t, ctx, `document.activeElement.textContent`); !strings.HasPrefix(focused, "Not saved") {
		t.Errorf("focus on %q, want the conflict heading", focused)
	}
	checkAccessibility(t, ctx, "grid with a conflict")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#conflict-"+rec+" button"))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector('#status-`+rec+`').textContent.startsWith('Saved: Red, by Ada')`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("keep my change did not save: %v", err)
	}

	// As a plain form post (no script): a 409 page with both values.
	benSaves("green")
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.querySelector('#rec-`+rec+` form').submit()`),
		chromedp.WaitVisible(chromedp.ID("conflict")),
	); err != nil {
		t.Fatal(err)
	}
	mine := evalString(t, ctx, `document.querySelector('#conflict tr[data-field=rag] .sv-conflict__mine').textContent`)
	saved := evalString(t, ctx, `document.querySelector('#conflict tr[data-field=rag] .sv-conflict__saved').textContent`)
	if mine != "Red" || saved != "Green" {
		t.Errorf("conflict page: mine %q, saved %q", mine, saved)
	}
	checkAccessibility(t, ctx, "conflict page")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("keep-saved")), chromedp.WaitVisible(chromedp.ID("grid-count"))); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.querySelector('#rec-`+rec+` input[name=rag]:checked').value`); got != "green" {
		t.Errorf("after keeping the saved rating, %s is checked", got)
	}

	for _, path := range []string{
		"/assessments/new", fmt.Sprintf("/assessments/%d", round), fmt.Sprintf("/assessments/%d/ratings?group=agreement&rag=red", round),
		fmt.Sprintf("/assessments/%d/ratings/%s", round, rec), fmt.Sprintf("/assessments/%d/history", round),
		fmt.Sprintf("/assessments/%d/movement", round), fmt.Sprintf("/assessments/%d/final", round),
	} {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+path)); err != nil {
			t.Fatal(err)
		}
		checkAccessibility(t, ctx, path)
	}
}
