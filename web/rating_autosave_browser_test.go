package web_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/svbench/svbench/benchmark"
)

// TestRatingAutosave_Browser: on the grid a rating and its commentary save
// as they are made, with no Save pressed; the card says who saved them; a
// reload shows them; and leaving while a typed change is not yet saved
// asks first.
func TestRatingAutosave_Browser(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ctx := newBrowser(t)
	ada := editorAccount(t, app, "Ada")
	rec := recs[5]
	id := strconv.Itoa(rec.ID)
	grid := fmt.Sprintf("%s/assessments/%d/ratings", app.HTTP.URL, round)
	const typed = "Saved as it was typed"

	if err := chromedp.Do(ctx,
		chromedp.Navigate(grid),
		fillSignIn(ada),
		chromedp.WaitVisible(chromedp.ID("grid-count")),
	); err != nil {
		t.Fatal(err)
	}
	evalString(t, ctx, `document.getElementById('commentary-`+id+`').value = ''`)
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("rag-"+id+"-amber")),
		chromedp.SendKeys(chromedp.ID("commentary-"+id), typed),
	); err != nil {
		t.Fatal(err)
	}
	stored := func(want string) *benchmark.Rating {
		var r *benchmark.Rating
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			ratings, err := app.Store.FindRatings(context.Background(), round)
			if err != nil {
				t.Fatal(err)
			}
			if r = ratings[rec.ID]; r != nil && r.Commentary == want {
				break
			}
		}
		return r
	}
	if r := stored(typed); r == nil || r.Commentary != typed || r.RAG != benchmark.Amber || r.UpdatedBy != "Ada" {
		t.Fatalf("stored %+v, want Amber with the typed commentary by Ada", r)
	}
	status, err := chromedp.Run(ctx, chromedp.Poll[string](
		`(s => s.startsWith('Saved: Amber, by Ada') ? s : null)(document.querySelector('#status-`+id+`').textContent)`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		t.Fatalf("the card does not say the change is saved: %v (%q)", err, evalString(t, ctx, `document.querySelector('#status-`+id+`').textContent`))
	}
	if !strings.Contains(status, "version") {
		t.Errorf("status %q lacks the version", status)
	}
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("grid-count"))); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.querySelector('#rec-`+id+` input[name=rag]:checked').value + '|' + document.getElementById('commentary-`+id+`').value`); got != "amber|"+typed {
		t.Errorf("after reload %q, want amber|%s", got, typed)
	}

	// Typing and leaving at once: the browser asks before leaving, and
	// staying keeps the text, which then saves.
	asked := make(chan string, 1)
	if err := chromedp.Listen(ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			select {
			case asked <- string(d.Type):
			default:
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	const more = " and more"
	evalString(t, ctx, `(e => { e.focus(); e.setSelectionRange(e.value.length, e.value.length); return '' })(document.getElementById('commentary-`+id+`'))`)
	press(t, ctx, more)
	go func() { _ = chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+"/")) }()
	select {
	case kind := <-asked:
		if kind != "beforeunload" {
			t.Errorf("dialog %q, want beforeunload", kind)
		}
		if _, err := chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false}); err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("leaving with an unsaved change did not ask")
	}
	if r := stored(typed + more); r == nil || r.Commentary != typed+more {
		t.Errorf("after staying, stored %+v, want the longer commentary", r)
	}
	if got := evalString(t, ctx, `location.pathname`); !strings.HasSuffix(got, "/ratings") {
		t.Errorf("staying left the grid for %s", got)
	}
}
