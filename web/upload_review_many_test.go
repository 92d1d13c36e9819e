package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// TestUploadConfirm_ManyAgreementsReviewLinkStaysShort: confirming an
// upload of 120 agreements, every recommendation suggested, leads to the
// review page filtered to that upload by an address that does not grow
// with the upload; the page names some agreements and counts the rest,
// lists its recommendations 50 at a time, and every page's forms keep the
// filter.
func TestUploadConfirm_ManyAgreementsReviewLinkStaysShort(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	auths, err := app.Store.FindAuthorities(context.Background(), benchmark.AuthorityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	const agreements = 120
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation\n")
	for i := range agreements {
		fmt.Fprintf(&b, "%s,Review test %d,2031-32,1,Recruit more SEND caseworkers for review test %d.\n", auths[i].ONSCode, i, i)
	}
	_, page := ada.postFile(t, "/upload/agreements", "many.csv", []byte(b.String()), nil)
	resp := ada.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(parseHTML(t, page), "upload")}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	loc := resp.Header.Get("Location")
	if !strings.HasPrefix(loc, "/mappings?") || len(loc) > 100 {
		t.Fatalf("after confirming, sent to %q: want the review page by a short address", loc)
	}
	seenAll := map[string]bool{}
	for n, next := 1, loc; next != ""; n++ {
		resp, page := ada.get(t, next)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("review page %d = %d", n, resp.StatusCode)
		}
		if want := fmt.Sprintf("and %d other agreements.", agreements-10); !strings.Contains(page, want) {
			t.Errorf("review page %d does not say %q", n, want)
		}
		doc := parseHTML(t, page)
		seen := findAll(doc, "input", func(n *html.Node) bool { return attr(n, "name") == "seen" })
		if want := min(50, agreements-50*(n-1)); len(seen) != want {
			t.Errorf("review page %d lists %d suggestions, want %d", n, len(seen), want)
		}
		for _, s := range seen {
			seenAll[attr(s, "value")] = true
		}
		forms := findAll(doc, "form", func(n *html.Node) bool { return strings.HasPrefix(attr(n, "action"), "/mappings/") })
		for _, f := range forms {
			kept := findAll(f, "input", func(n *html.Node) bool { return attr(n, "name") == "agreement" })
			if len(kept) != 1 || !strings.Contains(attr(kept[0], "value"), "-") {
				t.Fatalf("a form on review page %d keeps the filter as %d fields, want one run", n, len(kept))
			}
		}
		next = ""
		for _, a := range findAll(doc, "a", func(n *html.Node) bool { return attr(n, "rel") == "next" }) {
			next = attr(a, "href")
		}
		if n > 5 {
			t.Fatal("the review pages do not end")
		}
	}
	if len(seenAll) != agreements {
		t.Errorf("the review pages list %d suggestions in all, want %d", len(seenAll), agreements)
	}

	// A review refused on page 2 shows page 2 again, its forms and links
	// those of the review page, filter kept.
	_, page = ada.get(t, loc+"&page=2")
	forms := findAll(parseHTML(t, page), "form", func(n *html.Node) bool {
		return strings.HasPrefix(attr(n, "action"), "/mappings/") && attr(n, "action") != "/mappings/accept"
	})
	if len(forms) == 0 {
		t.Fatal("review page 2 has no review form")
	}
	form := url.Values{}
	for _, in := range findAll(forms[0], "input", func(n *html.Node) bool { return attr(n, "type") == "hidden" && attr(n, "name") != "_csrf" }) {
		form.Add(attr(in, "name"), attr(in, "value"))
	}
	if form.Get("page") != "2" {
		t.Fatalf("a review form on page 2 posts page %q", form.Get("page"))
	}
	form.Set("mapping", "")
	resp = ada.post(t, attr(forms[0], "action"), form, false)
	refused := body(t, resp)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("a review with no theme = %d, want 422", resp.StatusCode)
	}
	doc := parseHTML(t, refused)
	current := findAll(doc, "a", func(n *html.Node) bool {
		return attr(n, "aria-current") == "page" && strings.Contains(attr(n, "class"), "pagination")
	})
	if len(current) != 1 || text(current[0]) != "2" {
		t.Errorf("the refused review shows page %v, want 2", len(current))
	}
	for _, a := range findAll(doc, "a", func(n *html.Node) bool { return strings.Contains(attr(n, "class"), "govuk-pagination__link") }) {
		if href := attr(a, "href"); !strings.HasPrefix(href, "/mappings?") || !strings.Contains(href, "agreement=") {
			t.Errorf("after a refused review a page link is %q, want the filtered review page", href)
		}
	}
	if n := len(findAll(doc, "input", func(n *html.Node) bool { return attr(n, "name") == "seen" })); n != 50 {
		t.Errorf("the refused review lists %d suggestions, want page 2's 50", n)
	}
}
