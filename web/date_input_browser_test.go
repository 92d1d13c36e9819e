package web_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestDateInputBrowser_SavesAWholeDate: typing a target date into the
// grid's day, month and year boxes by keyboard saves nothing while the
// date is half typed (no "must include a month" while moving between the
// boxes), and saves it, as ISO, once focus leaves the whole date.
func TestDateInputBrowser_SavesAWholeDate(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ctx := newBrowser(t)
	rec := recs[8]
	id := strconv.Itoa(rec.ID)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(fmt.Sprintf("%s/assessments/%d/ratings", app.HTTP.URL, round)),
		fillSignIn(editorAccount(t, app, "Ada")),
		chromedp.WaitVisible(chromedp.ID("grid-count")),
		chromedp.Click(chromedp.ID("more-"+id+"-summary")),
		chromedp.WaitVisible(chromedp.ID("target-"+id)),
		chromedp.SendKeys(chromedp.ID("target-"+id), "31"+kb.Tab),
	); err != nil {
		t.Fatal(err)
	}
	// Longer than the grid's pause after typing (typingPause in rating.js).
	time.Sleep(2500 * time.Millisecond)
	if got := evalString(t, ctx, `[document.activeElement.id, String(!!document.getElementById('target-`+id+`-error')), document.getElementById('status-`+id+`').textContent].join('|')`); got != "target-"+id+"-month|false|Changes not saved yet." {
		t.Errorf("half a date typed: %q, want focus on the month, no problem shown, the change waiting", got)
	}
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID("target-"+id+"-month"), "3"+kb.Tab),
		chromedp.SendKeys(chromedp.ID("target-"+id+"-year"), "2027"+kb.Tab),
	); err != nil {
		t.Fatal(err)
	}
	var stored string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		ratings, err := app.Store.FindRatings(context.Background(), round)
		if err != nil {
			t.Fatal(err)
		}
		if r := ratings[rec.ID]; r != nil && r.TargetDate != "" {
			stored = r.TargetDate
			break
		}
	}
	if stored != "2027-03-31" {
		t.Errorf("stored target date %q, want 2027-03-31", stored)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('status-`+id+`').textContent.startsWith('Saved')`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("status after the whole date: %q", evalString(t, ctx, `document.getElementById('status-`+id+`').textContent`))
	}
}
