package web_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// emulatePrint makes the page use its print stylesheet on screen.
func emulatePrint(ctx context.Context, t *chromedp.Target) error {
	_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	return err
}

// TestReportBrowser renders the printable report in Chromium: on screen
// it passes axe, printed it gives A4 pages with the facts above every
// section, and its print rendering is the picture in docs/report.png
// (rewritten when SVBENCH_SCREENSHOTS=1).
func TestReportBrowser(t *testing.T) {
	app := newTestServer(t)
	ctx := newSignedInBrowser(t, app, "Tester")
	id := strconv.Itoa(bristolRound(t, app).ID)
	if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+"/assessments/"+id+"/report"), chromedp.WaitVisible(chromedp.CSS("#report-ratings"))); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "report")

	// As Ctrl+P with "Headers and footers" ticked: the document title at the
	// top of each page, "Page N of M" at its foot.
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground(),
		chromedp.PDFHeaderTemplate(`<div style="font-size:8px;width:100%;margin:0 12mm"><span class="title"></span></div>`),
		chromedp.PDFFooterTemplate(`<div style="font-size:8px;width:100%;margin:0 12mm;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatal("print did not give a PDF")
	}
	// Bristol's round (27 recommendations, Appendix A) fits in 8 A4 pages.
	pages := bytes.Count(pdf, []byte("/Type /Page\n")) + bytes.Count(pdf, []byte("/Type /Page>")) + bytes.Count(pdf, []byte("/Type /Page/"))
	if pages == 0 || pages > 8 {
		t.Errorf("report prints on %d pages, want 1 to 8", pages)
	}
	t.Logf("report prints on %d A4 pages", pages)

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1123, 794), chromedp.Func(emulatePrint)); err != nil {
		t.Fatal(err)
	}
	visible, err := chromedp.Run(ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('.sv-report__meta')].filter(e => e.offsetParent !== null).length`))
	if err != nil {
		t.Fatal(err)
	}
	if visible != 1 {
		t.Errorf("printed, %d fact blocks show; want one, at the top", visible)
	}
	// Every heading is kept with what follows it.
	loose, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.sv-report h2, .sv-report h3')].filter(h => getComputedStyle(h).breakAfter !== 'avoid').map(h => h.textContent)`))
	if err != nil || len(loose) > 0 {
		t.Errorf("headings that may end a page: %q (%v)", loose, err)
	}
	nav, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`getComputedStyle(document.querySelector('.govuk-service-navigation')).display === 'none'`))
	if err != nil || !nav {
		t.Errorf("navigation prints (%v)", err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("SVBENCH_SCREENSHOTS"); dir != "" { // as screenshot does
		out := filepath.Join(dir, "report.png")
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", out, len(png))
	}
}

// TestCompareBrowser checks the comparison page with axe, with and
// without a comparison shown.
func TestCompareBrowser(t *testing.T) {
	app := newTestServer(t)
	ctx := newSignedInBrowser(t, app, "Tester")
	q := "?go=1&round=" + strconv.Itoa(bristolRound(t, app).ID) + "&round=" + strconv.Itoa(secondRound(t, app, "Leeds", "Leeds self-assessment"))
	for _, path := range []string{"/compare", "/compare" + q, "/compare?go=1&round=1"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+path), chromedp.WaitVisible(chromedp.CSS("h1"))); err != nil {
			t.Fatal(err)
		}
		checkAccessibility(t, ctx, path)
	}
}
