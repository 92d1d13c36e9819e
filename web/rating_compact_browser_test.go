package web_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/svbench/svbench/benchmark"
)

// ragOrder is the order of the rating radios, as arrow keys move through
// them (wrapping round).
var ragOrder = []string{"green", "amber", "red", "none"}

// waitStored polls the round's stored rating of rec until ok accepts it.
func waitStored(t *testing.T, app *testApp, round, rec int, ok func(*benchmark.Rating) bool) *benchmark.Rating {
	t.Helper()
	var r *benchmark.Rating
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		ratings, err := app.Store.FindRatings(context.Background(), round)
		if err != nil {
			t.Fatal(err)
		}
		if r = ratings[rec]; r != nil && ok(r) {
			return r
		}
	}
	t.Fatalf("rating of %d never stored as wanted; last %+v", rec, r)
	return nil
}

// waitSavedStatus waits until recommendation id's status line says it
// saved: the page's script has its answer, so leaving asks nothing.
func waitSavedStatus(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[string](
		`(s => s.startsWith('Saved: ') ? s : null)(document.querySelector('#status-`+id+`').textContent)`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("recommendation %s does not say it saved: %v", id, err)
	}
}

// TestRatingCompact_KeyboardBrowser: in the compact view a recommendation
// is rated and given commentary by keyboard alone (Tab to its rating, an
// arrow key to choose, Tab to its folded fields, Enter to open them, type,
// Tab away); both save without pressing Save and survive a reload.
func TestRatingCompact_KeyboardBrowser(t *testing.T) {
	app := newTestServer(t)
	round, _ := bristolRoundID(t, app)
	ctx := newBrowser(t)
	grid := fmt.Sprintf("%s/assessments/%d/ratings?view=compact", app.HTTP.URL, round)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(grid),
		fillSignIn(editorAccount(t, app, "Kay")),
		chromedp.WaitVisible(chromedp.ID("grid-count")),
	); err != nil {
		t.Fatal(err)
	}
	// Where the first row's rating sits: read, not touched.
	first := evalString(t, ctx, `document.querySelector('tr.sv-row input[name=rag]:checked').id`)
	parts := strings.Split(first, "-") // rag-<id>-<value>
	rec, _ := strconv.Atoi(parts[1])
	was := parts[2]
	want := ""
	for i, v := range ragOrder {
		if v == was {
			want = ragOrder[(i+1)%len(ragOrder)]
		}
	}
	tabTo(t, ctx, first, 120)
	press(t, ctx, kb.ArrowRight)
	wantRAG, _ := benchmark.ParseRAG(want)
	waitStored(t, app, round, rec, func(r *benchmark.Rating) bool { return r.RAG == wantRAG })

	// On to the folded commentary, by keyboard.
	const typed = "Typed in the compact view"
	tabTo(t, ctx, "more-"+parts[1]+"-summary", 3)
	press(t, ctx, kb.Enter)
	tabTo(t, ctx, "commentary-"+parts[1], 3)
	press(t, ctx, typed, kb.Tab)
	waitStored(t, app, round, rec, func(r *benchmark.Rating) bool { return r.Commentary == typed && r.RAG == wantRAG })
	waitSavedStatus(t, ctx, parts[1])
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("grid-count"))); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.querySelector('#rec-`+parts[1]+` input[name=rag]:checked').value + '|' + document.getElementById('commentary-`+parts[1]+`').value`); got != want+"|"+typed {
		t.Errorf("after reload %q, want %s|%s", got, want, typed)
	}
	checkAccessibility(t, ctx, "compact grid at 1280px")
}

// TestRatingSections_PagingBrowser: a long round opens on its first
// section in the compact view; the Next section link pages on, a rating
// made there saves, and the section list counts it; axe passes on the
// section pages, compact and cards, at 1280 and 390 px.
func TestRatingSections_PagingBrowser(t *testing.T) {
	app := newTestServer(t)
	round, ag := largeRound(t, app)
	ctx := newBrowser(t)
	grid := fmt.Sprintf("%s/assessments/%d/ratings", app.HTTP.URL, round)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(grid),
		fillSignIn(editorAccount(t, app, "Lin")),
		chromedp.WaitVisible(chromedp.ID("section-1")),
	); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "long round, section 1, compact, 1280px")
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#section-paging a[rel=next]`)),
		chromedp.WaitVisible(chromedp.ID("section-2")),
	); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `location.search`); !strings.Contains(got, "section=2") {
		t.Errorf("next section's address %q", got)
	}
	// largeRound: the first theme's 60 recommendations, in parts of 20.
	rec := ag.Recommendations[20]
	id := strconv.Itoa(rec.ID)
	if n := evalString(t, ctx, `String(document.querySelectorAll('tr.sv-row').length) + '|' + document.querySelector('tr.sv-row').dataset.recommendation`); n != "20|"+id {
		t.Fatalf("section 2 rows %q, want 20 from recommendation %s", n, id)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("rag-"+id+"-green"))); err != nil {
		t.Fatal(err)
	}
	waitStored(t, app, round, rec.ID, func(r *benchmark.Rating) bool { return r.RAG == benchmark.Green })
	waitSavedStatus(t, ctx, id)
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("section-2"))); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.querySelector('#grid-sections a[data-section="2"]').parentElement.querySelector('.sv-sections__progress').textContent`); got != "1 of 20 rated" {
		t.Errorf("section 2's progress %q, want 1 of 20 rated", got)
	}
	if got := evalString(t, ctx, `document.querySelector('#grid-sections a[aria-current=page]').dataset.section`); got != "2" {
		t.Errorf("the section list marks section %q as current, want 2", got)
	}
	for _, path := range []string{grid + "?section=2", grid + "?section=4&view=cards", grid + "?by=agreement&view=compact"} {
		for _, w := range []int64{1280, 390} {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, 900), chromedp.Navigate(path), chromedp.WaitVisible(chromedp.ID("grid-count"))); err != nil {
				t.Fatal(err)
			}
			checkAccessibility(t, ctx, fmt.Sprintf("%s at %dpx", strings.TrimPrefix(path, app.HTTP.URL), w))
		}
	}
}
