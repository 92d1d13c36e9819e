package web_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/svbench/svbench/benchmark"
)

// TestSessionExpiresMidEdit_Browser: the session ends while a person
// types commentary on the grid; their save sends them to sign in, and
// after signing in the grid shows what they typed, not yet saved, and a
// second save stores it in their name.
func TestSessionExpiresMidEdit_Browser(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ctx := newBrowser(t)
	ada := editorAccount(t, app, "Ada")
	id := strconv.Itoa(recs[3].ID)
	grid := fmt.Sprintf("/assessments/%d/ratings", round)
	const typed = "Typed while the session ran out"

	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+grid),
		fillSignIn(ada),
		chromedp.WaitVisible(chromedp.ID("grid-count")),
	); err != nil {
		t.Fatal(err)
	}
	evalString(t, ctx, `document.getElementById('commentary-`+id+`').value = ''`)
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("commentary-"+id), typed)); err != nil {
		t.Fatal(err)
	}
	// The session ends (as after an hour idle) before the save.
	if err := app.Store.DeleteUserSessions(context.Background(), ada.ID); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("save-"+id)),
		chromedp.WaitVisible(chromedp.ID("email")),
	); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "/signin")
	if err := chromedp.Do(ctx, fillSignIn(ada), chromedp.WaitVisible(chromedp.ID("grid-count"))); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.getElementById('commentary-`+id+`').value`); got != typed {
		t.Fatalf("after signing in the commentary is %q, want %q", got, typed)
	}
	if !strings.Contains(evalString(t, ctx, `document.querySelector('.govuk-error-summary').innerText`), "Not saved yet") {
		t.Error("the kept change is not marked unsaved")
	}
	if got := evalString(t, ctx, `String(document.querySelector('#rec-`+id+` form').hasAttribute('data-unsaved'))`); got != "true" {
		t.Error("the kept change's form is not marked unsaved for the script's leaving guard")
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("save-"+id)),
		chromedp.WaitVisible(chromedp.CSS(`#rec-`+id+` .sv-rating__status`)),
	); err != nil {
		t.Fatal(err)
	}
	var r *benchmark.Rating
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		ratings, err := app.Store.FindRatings(context.Background(), round)
		if err != nil {
			t.Fatal(err)
		}
		if r = ratings[recs[3].ID]; r != nil && r.Commentary == typed {
			break
		}
	}
	if r == nil || r.Commentary != typed || r.UpdatedBy != "Ada" {
		t.Errorf("stored %+v, want the typed commentary by Ada", r)
	}
}
