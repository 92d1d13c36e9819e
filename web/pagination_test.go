package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// addRounds stores n more rounds for Bristol over no agreements.
func addRounds(t *testing.T, app *testApp, n int) {
	t.Helper()
	ctx := context.Background()
	bristol, err := app.Store.FindAuthority(ctx, "Bristol")
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= n; i++ {
		a := &benchmark.Assessment{AuthorityCode: bristol.ONSCode, Title: fmt.Sprintf("Paged round %02d", i)}
		if err := app.Store.CreateAssessment(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
	}
}

// pageOf fetches path and returns its parsed HTML.
func pageOf(t *testing.T, app *testApp, path string) *html.Node {
	t.Helper()
	resp := app.get(t, path)
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d, %v", path, resp.StatusCode, err)
	}
	return parseHTML(t, string(b))
}

// roundLinks lists the texts of the links to rounds on a page.
func roundLinks(doc *html.Node) []string {
	var out []string
	for _, a := range findAll(doc, "a", func(n *html.Node) bool {
		h := attr(n, "href")
		return strings.HasPrefix(h, "/assessments/") && !strings.Contains(h[len("/assessments/"):], "/") && h != "/assessments/new"
	}) {
		out = append(out, text(a))
	}
	return out
}

// Long lists of rounds are paged: the home page and the rounds page show
// 25 at a time, newest first, with GOV.UK pagination to the rest.
func TestRoundLists_Paged(t *testing.T) {
	app := newTestServer(t)
	addRounds(t, app, 30) // with the seeds' one round (DESIGN.md), 31 in all
	for _, path := range []string{"/", "/assessments"} {
		t.Run(path, func(t *testing.T) {
			first := pageOf(t, app, path)
			got := roundLinks(first)
			if len(got) != 25 || !strings.Contains(got[0], "Paged round 30") {
				t.Fatalf("first page lists %d rounds, first %q; want 25 from Paged round 30", len(got), got[0])
			}
			nav := findAll(first, "nav", func(n *html.Node) bool { return hasClass(n, "govuk-pagination") })
			if len(nav) != 1 {
				t.Fatalf("%d pagination blocks, want 1", len(nav))
			}
			next := findAll(nav[0], "a", func(n *html.Node) bool { return attr(n, "rel") == "next" })
			if len(next) != 1 {
				t.Fatal("no link to the next page")
			}
			if cur := findAll(nav[0], "a", func(n *html.Node) bool { return attr(n, "aria-current") == "page" }); len(cur) != 1 || text(cur[0]) != "1" {
				t.Fatal("page 1 is not marked current")
			}
			second := pageOf(t, app, attr(next[0], "href"))
			rest := roundLinks(second)
			if len(rest) != 6 || !strings.Contains(rest[0], "Paged round 05") || !strings.Contains(strings.Join(rest, "|"), "Mitigation Validation Exercise") {
				t.Fatalf("second page lists %v; want Paged round 05 to 01 and the seeds' round", rest)
			}
			if prev := findAll(second, "a", func(n *html.Node) bool { return attr(n, "rel") == "prev" }); len(prev) != 1 {
				t.Fatal("no link back to the first page")
			}
		})
	}
}

// A short list has no pagination.
func TestRoundLists_ShortNotPaged(t *testing.T) {
	app := newTestServer(t)
	doc := pageOf(t, app, "/")
	if nav := findAll(doc, "nav", func(n *html.Node) bool { return hasClass(n, "govuk-pagination") }); len(nav) != 0 {
		t.Fatalf("%d pagination blocks for one round, want none", len(nav))
	}
	if got := roundLinks(doc); len(got) != 1 {
		t.Fatalf("home lists %v, want the seeds' one round", got)
	}
}

// The compare picker shows one page of rounds, with the chosen ones first
// and ticked whichever page it is on; its page links keep the choice.
func TestComparePicker_Paged(t *testing.T) {
	app := newTestServer(t)
	seed, _ := bristolRoundID(t, app) // DESIGN.md: the seeds' one round, oldest
	addRounds(t, app, 30)
	doc := pageOf(t, app, fmt.Sprintf("/compare?round=%d", seed))
	boxes := findAll(doc, "input", func(n *html.Node) bool { return attr(n, "name") == "round" })
	if len(boxes) != 26 {
		t.Fatalf("picker has %d boxes, want the chosen round and a page of 25", len(boxes))
	}
	if attr(boxes[0], "value") != fmt.Sprint(seed) {
		t.Fatalf("first box is round %s, want the chosen %d", attr(boxes[0], "value"), seed)
	}
	if _, checked := attrOK(boxes[0], "checked"); !checked {
		t.Error("the chosen round is not ticked")
	}
	next := findAll(doc, "a", func(n *html.Node) bool { return attr(n, "rel") == "next" })
	if len(next) != 1 || !strings.Contains(attr(next[0], "href"), fmt.Sprintf("round=%d", seed)) {
		t.Fatalf("next-page link %v does not keep the chosen round", next)
	}
	last := pageOf(t, app, attr(next[0], "href"))
	boxes = findAll(last, "input", func(n *html.Node) bool { return attr(n, "name") == "round" })
	if len(boxes) != 6 { // Paged round 05 to 01 and the seeds' round, chosen
		t.Fatalf("second page has %d boxes, want 6", len(boxes))
	}
}
