package web_test

import (
	"testing"

	"golang.org/x/net/html"
)

// The list of authorities is paged: datasets/authorities.csv holds the 153
// English authorities, 25 to a page, so the seventh page holds the last 3;
// a search is paged over what it found.
func TestAuthorities_Paged(t *testing.T) {
	app := newTestServer(t)
	rows := func(path string) (int, *html.Node) {
		doc := parseHTML(t, body(t, app.get(t, path)))
		return len(findAll(doc, "tr", nil)) - 1, doc // less the header row
	}
	if n, doc := rows("/authorities"); n != 25 || len(findAll(doc, "nav", func(n *html.Node) bool { return hasClass(n, "govuk-pagination") })) != 1 {
		t.Fatalf("first page: %d rows, want 25 with pagination", n)
	}
	if n, _ := rows("/authorities?page=7"); n != 153-6*25 {
		t.Fatalf("last page: %d rows, want %d", n, 153-6*25)
	}
	if n, doc := rows("/authorities?q=Kent+County+Council"); n != 1 || len(findAll(doc, "nav", func(n *html.Node) bool { return hasClass(n, "govuk-pagination") })) != 0 {
		t.Fatalf("a search for one authority: %d rows, want 1 without pagination", n)
	}
}
