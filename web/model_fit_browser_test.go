package web_test

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestModelTablesFit_Browser: at 1280 px every table of the model page
// fits its column, or its scroll region says it scrolls in words.
func TestModelTablesFit_Browser(t *testing.T) {
	app := newTestServer(t)
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(app.HTTP.URL+"/model/bury?slip_years=1"), chromedp.WaitVisible(chromedp.CSS("#deficit-chart"))); err != nil {
		t.Fatal(err)
	}
	wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('.sv-table-wrap')).filter(w =>
		w.scrollWidth > w.clientWidth + 1 && !(w.previousElementSibling && w.previousElementSibling.classList.contains('sv-scroll-cue'))).map(w =>
		(w.querySelector('table') || {}).id + ' ' + w.scrollWidth + '>' + w.clientWidth)`))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range wide {
		t.Errorf("table %s: wider than the page at 1280 px without a cue that it scrolls", w)
	}
}
