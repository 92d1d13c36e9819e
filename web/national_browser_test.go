package web_test

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/svbench/svbench/benchmark"
)

// TestBrowser_NationalAccessible signs in as an editor of one authority
// that shares, over synthetic national data, and checks the national view
// and the sharing form with axe at 1280 and 390 pixels wide; at 390 the
// page must not scroll sideways.
func TestBrowser_NationalAccessible(t *testing.T) {
	app := newTestServer(t)
	own, _, _ := nationalNames(t, app, shareNational(t, app))
	u := createAccount(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{own.ONSCode}, DisplayName: "Nina"})
	ctx := newBrowser(t)
	base := app.HTTP.URL
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/national"), fillSignIn(u), chromedp.WaitVisible(chromedp.ID("national-chart"))); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "national")
	pages := []string{"/national", "/national?kind=unitary&agreement=no", "/authorities/" + own.ONSCode + "/sharing"}
	for _, width := range []int64{1280, 390} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, path := range pages {
			if err := chromedp.Do(ctx, chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.ID("main-content"))); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			checkAccessibility(t, ctx, path)
			if width != 390 {
				continue
			}
			sizes, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth]`))
			if err != nil {
				t.Fatal(err)
			}
			if sizes[0] > sizes[1] {
				t.Errorf("%s scrolls sideways at 390px: %d wide", path, sizes[0])
			}
		}
	}
}
