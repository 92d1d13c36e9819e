package web_test

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The review page says why a suggestion was made: the words of the
// recommendation it matched, as stored with the suggestion.
func TestMappings_WhySuggested(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	rec := uploadForReview(t, app, cl)
	why := rec.Mappings[0].Why
	if len(why) == 0 {
		t.Fatalf("suggestion %+v keeps no reason", rec.Mappings[0])
	}
	_, page := cl.get(t, "/mappings")
	doc := parseHTML(t, page)
	lines := findAll(doc, "p", func(n *html.Node) bool { return strings.Contains(attr(n, "class"), "sv-why") })
	if len(lines) != 1 {
		t.Fatalf("review page has %d why lines, want 1", len(lines))
	}
	got := text(lines[0])
	if !strings.HasPrefix(got, "Why suggested:") {
		t.Errorf("why line %q", got)
	}
	for _, w := range why {
		// Each reason is words of the recommendation, and the page lists it.
		if !strings.Contains(strings.ToLower(rec.Text), w) || !strings.Contains(got, "“"+w+"”") {
			t.Errorf("reason %q: not in the text %q or not on the page line %q", w, rec.Text, got)
		}
	}
}
