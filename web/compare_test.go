package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// secondRound stores a round by another authority over the same agreements
// as Bristol's, rating every recommendation Green, and returns its ID.
func secondRound(tb testing.TB, app *testApp, code, title string) int {
	tb.Helper()
	ctx := context.Background()
	first := bristolRound(tb, app)
	au, err := app.Store.FindAuthority(ctx, code)
	if err != nil {
		tb.Fatal(err)
	}
	list, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	var ratings []*benchmark.Rating
	for _, a := range list {
		for _, rec := range a.Recommendations {
			ratings = append(ratings, &benchmark.Rating{RecommendationID: rec.ID, RAG: benchmark.Green, Commentary: "In place"})
		}
	}
	a := &benchmark.Assessment{AuthorityCode: au.ONSCode, Title: title, AssessedOn: "2026-11-01", AgreementIDs: first.AgreementIDs}
	if err := app.Store.CreateAssessment(ctx, a, ratings); err != nil {
		tb.Fatal(err)
	}
	return a.ID
}

func TestComparePage(t *testing.T) {
	app := newTestServer(t)
	bristol := bristolRound(t, app).ID
	leeds := secondRound(t, app, "Leeds", "Leeds self-assessment")
	q := "?round=" + strconv.Itoa(bristol) + "&round=" + strconv.Itoa(leeds)

	t.Run("picker only", func(t *testing.T) {
		resp := app.get(t, "/compare?round="+strconv.Itoa(bristol))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d", resp.StatusCode)
		}
		doc := parseHTML(t, body(t, resp))
		checked := findAll(doc, "input", func(n *html.Node) bool { return attr(n, "name") == "round" && hasAttr(n, "checked") })
		if len(checked) != 1 || attr(checked[0], "value") != strconv.Itoa(bristol) {
			t.Errorf("%d rounds preselected, want Bristol's", len(checked))
		}
		if len(findAll(doc, "table", nil)) != 0 {
			t.Error("a comparison is shown for one round")
		}
	})

	t.Run("one round sent", func(t *testing.T) {
		resp := app.get(t, "/compare?go=1&round="+strconv.Itoa(bristol))
		if resp.StatusCode != http.StatusUnprocessableEntity {
			t.Errorf("status %d, want 422", resp.StatusCode)
		}
		doc := parseHTML(t, body(t, resp))
		if s := findAll(doc, "div", func(n *html.Node) bool { return hasClass(n, "govuk-error-summary") }); len(s) != 1 || !strings.Contains(text(s[0]), "at least two") {
			t.Error("no error summary asking for two rounds")
		}
	})

	t.Run("two authorities", func(t *testing.T) {
		doc := parseHTML(t, body(t, app.get(t, "/compare"+q)))
		// Appendix A: 27 recommendations, Bristol rated 3 Green; Leeds rated
		// all Green here, so 24 differ.
		if got := text(elementByID(t, doc, "differing")); got != "24 of 27 recommendations" {
			t.Errorf("differing = %q", got)
		}
		recs := elementByID(t, doc, "compare-recommendations")
		heads := findAll(recs, "th", func(n *html.Node) bool { return attr(n, "scope") == "col" })
		if len(heads) != 5 || !strings.HasPrefix(text(heads[2]), "Bristol") || !strings.HasPrefix(text(heads[3]), "Leeds") {
			t.Errorf("columns %d", len(heads))
		}
		rows := findAll(findAll(recs, "tbody", nil)[0], "tr", nil)
		if len(rows) != 27 {
			t.Errorf("%d rows, want 27", len(rows))
		}
		for _, tr := range rows {
			tags := findAll(tr, "strong", func(n *html.Node) bool { return hasClass(n, "sv-rag") })
			if len(tags) != 2 || text(tags[1]) != "Green" {
				t.Fatalf("row has tags %d", len(tags))
			}
		}
		themes := elementByID(t, doc, "compare-themes")
		blocks := findAll(themes, "tbody", nil)
		last := blocks[len(blocks)-1]
		if got := text(findAll(last, "th", nil)[0]); !strings.HasPrefix(got, "All themes") {
			t.Errorf("last block %q, want All themes", got)
		}
		cells := findAll(findAll(last, "tr", nil)[0], "td", nil)
		if text(cells[0]) != "3" || text(cells[1]) != "4" || text(cells[2]) != "3" || text(cells[3]) != "17" || text(cells[4]) != "11%" {
			t.Errorf("Bristol's totals %q %q %q %q %q", text(cells[0]), text(cells[1]), text(cells[2]), text(cells[3]), text(cells[4]))
		}
	})

	t.Run("only differences", func(t *testing.T) {
		doc := parseHTML(t, body(t, app.get(t, "/compare"+q+"&only=differ")))
		rows := findAll(findAll(elementByID(t, doc, "compare-recommendations"), "tbody", nil)[0], "tr", nil)
		if len(rows) != 24 {
			t.Errorf("%d rows, want 24", len(rows))
		}
	})

	t.Run("the page's own links", func(t *testing.T) {
		doc := parseHTML(t, body(t, app.get(t, "/compare"+q)))
		links := findAll(elementByID(t, doc, "compare-downloads"), "a", nil)
		links = append(links, findAll(doc, "a", func(n *html.Node) bool { return text(n) == "only those rated differently" })...)
		if len(links) != 3 {
			t.Fatalf("%d links, want two downloads and the filter", len(links))
		}
		for _, a := range links {
			resp := app.get(t, attr(a, "href"))
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s: status %d", attr(a, "href"), resp.StatusCode)
			}
		}
		filtered := parseHTML(t, body(t, app.get(t, attr(links[2], "href"))))
		rows := findAll(findAll(elementByID(t, filtered, "compare-recommendations"), "tbody", nil)[0], "tr", nil)
		if len(rows) != 24 { // Appendix A: 27 less Bristol's 3 Green
			t.Errorf("following the filter link: %d rows, want 24", len(rows))
		}
	})

	t.Run("exports", func(t *testing.T) {
		resp := app.get(t, "/compare/export.xlsx"+q)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("xlsx status %d", resp.StatusCode)
		}
		f, err := excelize.OpenReader(strings.NewReader(body(t, resp)))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if got := strings.Join(f.GetSheetList(), "|"); got != "Recommendations|Themes|Sources" {
			t.Errorf("sheets %s", got)
		}
		csv := body(t, app.get(t, "/compare/export.csv"+q))
		if lines := strings.Count(csv, "\r\n"); lines != 28 {
			t.Errorf("CSV has %d lines, want a header and 27", lines)
		}
		if resp := app.get(t, "/compare/export.csv?round="+strconv.Itoa(bristol)); resp.StatusCode != http.StatusUnprocessableEntity {
			t.Errorf("one round export: status %d, want 422", resp.StatusCode)
		}
	})
}

func hasAttr(n *html.Node, name string) bool {
	for _, a := range n.Attr {
		if a.Key == name {
			return true
		}
	}
	return false
}
