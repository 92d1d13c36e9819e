package web_test

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// parseHTML parses a page for structural assertions.
func parseHTML(tb testing.TB, s string) *html.Node {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// findAll returns the elements under n with the given tag for which match
// (may be nil) returns true, in document order.
func findAll(n *html.Node, tag string, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag && (match == nil || match(n)) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// attr returns an attribute's value.
func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// hasClass reports whether n has the CSS class.
func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// text is the whitespace-collapsed text content of n.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// tableRows returns, for each body row of the table, its header cell text
// and its data cells' text.
func tableRows(table *html.Node) map[string][]string {
	out := map[string][]string{}
	for _, tr := range findAll(table, "tr", nil) {
		ths := findAll(tr, "th", func(n *html.Node) bool { return attr(n, "scope") == "row" })
		if len(ths) == 0 {
			continue
		}
		var cells []string
		for _, td := range findAll(tr, "td", nil) {
			cells = append(cells, text(td))
		}
		key := text(ths[0])
		if _, dup := out[key]; dup {
			key += " (2)"
		}
		out[key] = cells
	}
	return out
}
