package web_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// activeID is the id of the focused element.
func activeID(tb testing.TB, ctx context.Context) string {
	tb.Helper()
	return evalString(tb, ctx, `document.activeElement && document.activeElement.id || ''`)
}

// tabTo presses Tab until the element with the id has focus, as a
// keyboard user would, and fails after max presses.
func tabTo(tb testing.TB, ctx context.Context, id string, max int) {
	tb.Helper()
	for i := 0; i < max; i++ {
		if activeID(tb, ctx) == id {
			return
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			tb.Fatal(err)
		}
	}
	tb.Fatalf("%d Tabs did not reach #%s (focus on #%s)", max, id, activeID(tb, ctx))
}

// press sends keys to whatever has focus.
func press(tb testing.TB, ctx context.Context, keys ...string) {
	tb.Helper()
	for _, k := range keys {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(k)); err != nil {
			tb.Fatal(err)
		}
	}
}

// summaryAll reads the summary page's "All themes" counts: Green, Amber,
// Red, Not rated, All.
func summaryAll(tb testing.TB, ctx context.Context) []int {
	tb.Helper()
	cells, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#summary tfoot td')).map(td => td.textContent.trim())`))
	if err != nil {
		tb.Fatal(err)
	}
	var out []int
	for _, c := range cells[:5] {
		n, err := strconv.Atoi(c)
		if err != nil {
			tb.Fatalf("summary cell %q", c)
		}
		out = append(out, n)
	}
	return out
}

// screenshot saves the page as docs/NAME.png when SVBENCH_SCREENSHOTS
// names the docs directory (make screenshots sets it).
func screenshot(tb testing.TB, ctx context.Context, name string) {
	tb.Helper()
	dir := os.Getenv("SVBENCH_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestRatingGrid_Browser is the end-to-end test of issue 4: in headless
// Chromium a person gives their name, starts a round copied from Bristol's,
// rates three recommendations with the keyboard alone, reloads and finds
// them saved and in their history, and sees the summary change.
func TestRatingGrid_Browser(t *testing.T) {
	began := time.Now()
	app := newTestServer(t)
	bristol, _ := bristolRoundID(t, app)
	ctx := newBrowser(t)
	base := app.HTTP.URL

	// Starting a round asks to sign in first, then comes back to the form.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(fmt.Sprintf("%s/assessments/new?copy=%d", base, bristol)),
		fillSignIn(editorAccount(t, app, "Ada Lovelace")),
		chromedp.WaitVisible(chromedp.ID("title")),
		chromedp.SendKeys(chromedp.ID("title"), "Keyboard review"+kb.Enter),
		chromedp.WaitVisible(chromedp.ID("grid-count")),
	); err != nil {
		t.Fatal(err)
	}
	gridURL := evalString(t, ctx, `location.pathname`)
	round := strings.TrimSuffix(strings.TrimPrefix(gridURL, "/assessments/"), "/ratings")
	checkAccessibility(t, ctx, gridURL)

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/assessments/"+round+"/summary")); err != nil {
		t.Fatal(err)
	}
	before := summaryAll(t, ctx)
	// Appendix A: the copied round starts as Bristol's: 3 Green, 4 Amber, 3 Red, 17 not rated of 27.
	if fmt.Sprint(before) != "[3 4 3 17 27]" {
		t.Errorf("copied round summary %v, want [3 4 3 17 27]", before)
	}

	// Rate the first three unrated recommendations with the keyboard.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+gridURL)); err != nil {
		t.Fatal(err)
	}
	ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('form[data-rating-form]'))
		.filter(f => f.querySelector('input[name=rag]:checked').value === 'none').slice(0, 3)
		.map(f => f.closest('section').dataset.recommendation)`))
	if err != nil || len(ids) != 3 {
		t.Fatalf("unrated recommendations %v, %v", ids, err)
	}
	plan := []struct {
		keys       []string // from "Not rated", the checked radio Tab lands on
		rag, label string
		commentary string
		owner      string // typed after opening the folded fields with Enter
		submit     string
	}{
		{[]string{kb.ArrowUp}, "red", "Red", "Nothing yet: an opportunity", "", kb.Enter},
		{[]string{kb.ArrowDown}, "green", "Green", "", "", " "},
		{[]string{kb.ArrowUp, kb.ArrowUp}, "amber", "Amber", "Pilot agreed", "Head of SEND", kb.Enter},
	}
	for i, p := range plan {
		id := ids[i]
		tabTo(t, ctx, "rag-"+id+"-none", 800)
		press(t, ctx, p.keys...)
		if got := activeID(t, ctx); got != "rag-"+id+"-"+p.rag {
			t.Fatalf("arrow keys left focus on #%s, want #rag-%s-%s", got, id, p.rag)
		}
		if p.commentary != "" {
			tabTo(t, ctx, "commentary-"+id, 3)
			press(t, ctx, p.commentary)
		}
		if p.owner != "" {
			tabTo(t, ctx, "more-"+id+"-summary", 3)
			press(t, ctx, kb.Enter)
			tabTo(t, ctx, "owner-"+id, 3)
			press(t, ctx, p.owner)
		}
		tabTo(t, ctx, "save-"+id, 12)
		press(t, ctx, p.submit)
		status, err := chromedp.Run(ctx, chromedp.Poll[string](fmt.Sprintf(
			`(s => s.includes('Saved: %s') ? s : null)(document.querySelector('#status-%s').textContent)`, p.label, id),
			chromedp.WithPollingTimeout(10*time.Second)))
		if err != nil {
			t.Fatalf("recommendation %s: no saved message: %v", id, err)
		}
		// The rating saves as it is chosen and the commentary as it is
		// typed, so the version counts those saves.
		if !strings.Contains(status, "Ada Lovelace") || !strings.Contains(status, "(version ") {
			t.Errorf("recommendation %s: status %q", id, status)
		}
	}
	live := evalString(t, ctx, `document.querySelector('#status-`+ids[0]+`').getAttribute('aria-live')`)
	if live != "polite" {
		t.Errorf("status line aria-live=%q, want polite", live)
	}
	if url := evalString(t, ctx, `location.pathname`); url != gridURL {
		t.Errorf("saving left the grid for %s", url)
	}

	// After a reload the ratings are saved and in each history.
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("grid-count"))); err != nil {
		t.Fatal(err)
	}
	for i, p := range plan {
		id := ids[i]
		checked := evalString(t, ctx, `document.querySelector('#rec-`+id+` input[name=rag]:checked').value`)
		if checked != p.rag {
			t.Errorf("recommendation %s: %s checked after reload, want %s", id, checked, p.rag)
		}
		hist := evalString(t, ctx, `(h => h ? h.textContent.replace(/\s+/g, ' ') : '')(document.querySelector('#history-`+id+`'))`)
		if !strings.Contains(hist, "Ada Lovelace: Rating Not rated → "+p.label) {
			t.Errorf("recommendation %s: history %q lacks the rating change", id, hist)
		}
		if p.commentary != "" && !strings.Contains(hist, "Commentary (blank) → "+p.commentary) {
			t.Errorf("recommendation %s: history %q lacks the commentary", id, hist)
		}
		// The folded fields come back open when they hold something.
		more := evalString(t, ctx, `(d => d.open + ' ' + d.querySelector('#owner-`+id+`').value)(document.querySelector('#more-`+id+`'))`)
		if want := fmt.Sprint(p.owner != "", " ", p.owner); more != want {
			t.Errorf("recommendation %s: folded fields after reload %q, want %q", id, more, want)
		}
	}
	checkAccessibility(t, ctx, gridURL+" after saving")
	// The screenshot shows the first rated recommendation's agreement with
	// its history open.
	agreement := evalString(t, ctx, `document.querySelector('#rec-`+ids[0]+`').dataset.agreement`)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+gridURL+"?group=agreement&agreement="+agreement),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('#history-`+ids[0]+`').open = true`)); err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "grid")

	// The summary moved by exactly the three ratings.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/assessments/"+round+"/summary")); err != nil {
		t.Fatal(err)
	}
	after := summaryAll(t, ctx)
	want := []int{before[0] + 1, before[1] + 1, before[2] + 1, before[3] - 3, before[4]}
	if fmt.Sprint(after) != fmt.Sprint(want) {
		t.Errorf("summary after rating %v, want %v", after, want)
	}
	checkAccessibility(t, ctx, "summary")
	screenshot(t, ctx, "summary")

	// The comparison with Bristol's round shows the three moves.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/assessments/"+round+"/movement")); err != nil {
		t.Fatal(err)
	}
	moved, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#moved tbody tr').length`))
	if err != nil || moved != 3 {
		t.Errorf("movement page lists %d moves (%v), want 3", moved, err)
	}
	checkAccessibility(t, ctx, "movement")
	t.Logf("end-to-end: %v", time.Since(began).Round(time.Millisecond))
}
