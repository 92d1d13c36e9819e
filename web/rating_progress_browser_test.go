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

// TestRatingProgress_Browser: the grid's progress figures follow the
// ratings as they save, without a reload: choosing "Not rated" for a rated
// recommendation takes one off the round's count and off that of each
// section holding it, rating it again puts it back, and a reload shows the
// figures the page had come to.
func TestRatingProgress_Browser(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ratings, err := app.Store.FindRatings(context.Background(), round)
	if err != nil {
		t.Fatal(err)
	}
	var rec *benchmark.Recommendation
	for _, r := range recs {
		if x := ratings[r.ID]; x != nil && x.RAG != benchmark.NotRated {
			rec = r
			break
		}
	}
	if rec == nil {
		t.Fatal("the shipped round has no rated recommendation")
	}
	id := strconv.Itoa(rec.ID)
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(fmt.Sprintf("%s/assessments/%d/ratings", app.HTTP.URL, round)),
		fillSignIn(editorAccount(t, app, "Ada")),
		chromedp.WaitVisible(chromedp.ID("grid-progress")),
	); err != nil {
		t.Fatal(err)
	}
	// figures reads the round's progress and those of the sections holding
	// the recommendation, as the page shows them.
	figures := `(() => {
		const rec = '` + id + `';
		const out = [document.querySelector('#grid-progress [data-progress]').textContent];
		for (const p of document.querySelectorAll('.sv-sections__progress')) {
			if (p.dataset.recs.split(' ').includes(rec)) out.push(p.textContent);
		}
		return out.join('|');
	})()`
	before := evalString(t, ctx, figures)
	var rated, total int
	if _, err := fmt.Sscanf(before, "%d of %d rated", &rated, &total); err != nil || rated < 1 {
		t.Fatalf("round progress %q: %v", before, err)
	}
	wait := func(want string) {
		t.Helper()
		js := `(s => s === ` + strconv.Quote(want) + ` ? s : null)(` + figures + `)`
		if _, err := chromedp.Run(ctx, chromedp.Poll[string](js, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
			t.Fatalf("progress reads %q, want %q", evalString(t, ctx, figures), want)
		}
	}
	less := lessByOne(t, before)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("rag-"+id+"-none"))); err != nil {
		t.Fatal(err)
	}
	wait(less)
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("grid-progress"))); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, figures); got != less {
		t.Errorf("after a reload the page shows %q, want %q", got, less)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("rag-"+id+"-green"))); err != nil {
		t.Fatal(err)
	}
	wait(before)
}

// lessByOne takes one off the rated count of each "N of M rated" in
// figures, joined by "|".
func lessByOne(t *testing.T, figures string) string {
	t.Helper()
	var out string
	for i, f := range strings.Split(figures, "|") {
		var n, m int
		if _, err := fmt.Sscanf(f, "%d of %d rated", &n, &m); err != nil {
			t.Fatalf("figure %q: %v", f, err)
		}
		if i > 0 {
			out += "|"
		}
		out += fmt.Sprintf("%d of %d rated", n-1, m)
	}
	return out
}
