package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"golang.org/x/net/html"
)

// Two themes of the shipped taxonomy, as the tests above name them.
const (
	themeDemand  = "Local Placement Sufficiency and Managing Demand"
	themeFinance = "Financial Efficiencies"
)

// largeRound imports an agreement of 120 recommendations, 60 under each
// of two themes, and starts a round over it alone.
func largeRound(t *testing.T, app *testApp) (int, *benchmark.Agreement) {
	t.Helper()
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation,theme\n")
	for i := 1; i <= 120; i++ {
		th := themeDemand
		if i > 60 {
			th = themeFinance
		}
		fmt.Fprintf(&b, "Bristol,Safety Valve agreement: Bristol,2024-25,%d,Large round recommendation %d.,%s\n", i, i, th)
	}
	res, err := ingest.ImportAgreements(context.Background(), app.Store, []byte(b.String()), ingest.FromFile("large.csv", "Ada"), false)
	if err != nil {
		t.Fatal(err)
	}
	ag, err := app.Store.FindAgreementByID(context.Background(), res.Outcomes[0].AgreementID)
	if err != nil {
		t.Fatal(err)
	}
	ada := newVisitor(t, app, "Ada")
	return createRound(t, ada, newRoundForm("Large round", 0, []string{strconv.Itoa(ag.ID)})), ag
}

// gridCards lists the recommendation IDs of the grid's cards, or of its
// compact rows.
func gridCards(doc *html.Node) []string {
	var out []string
	isItem := func(n *html.Node) bool { return hasClass(n, "sv-rating") }
	for _, s := range append(findAll(doc, "section", isItem), findAll(doc, "tr", isItem)...) {
		out = append(out, attr(s, "data-recommendation"))
	}
	return out
}

// sectionLinks lists the grid's section list: each entry's link text and
// its progress.
func sectionLinks(t *testing.T, doc *html.Node) [][2]string {
	t.Helper()
	var out [][2]string
	list := mustElement(t, doc, "details", "grid-sections")
	for _, li := range findAll(list, "li", nil) {
		a := findAll(li, "a", nil)[0]
		p := findAll(li, "span", func(n *html.Node) bool { return hasClass(n, "sv-sections__progress") })[0]
		out = append(out, [2]string{text(a), text(p)})
	}
	return out
}

// A round of more than 100 recommendations opens in the compact view on
// its first section: at most 20 rows of its first theme, with the list of
// sections, each theme cut into parts of 20 and each part's progress; a
// section asked for shows that part, the cards view cuts sections at 15,
// and asking for all shows every recommendation.
func TestRatingGrid_LargeRoundFirstView(t *testing.T) {
	app := newTestServer(t)
	round, ag := largeRound(t, app)
	ada := newVisitor(t, app, "Ada")
	grid := "/assessments/" + strconv.Itoa(round) + "/ratings"
	_, b := ada.get(t, grid)
	doc := parseHTML(t, b)
	rows := findAll(doc, "tr", func(n *html.Node) bool { return hasClass(n, "sv-row") })
	if len(rows) != 20 {
		t.Fatalf("first view shows %d compact rows, want 20", len(rows))
	}
	if got := attr(rows[0], "data-recommendation"); got != strconv.Itoa(ag.Recommendations[0].ID) {
		t.Errorf("first row is recommendation %s, want the agreement's first, %d", got, ag.Recommendations[0].ID)
	}
	if got := text(mustElement(t, doc, "p", "grid-count")); got != "Showing 20 of 120 recommendations." {
		t.Errorf("count = %q", got)
	}
	// 60 recommendations under each of two themes (largeRound): three parts
	// of 20 each, none rated yet.
	secs := sectionLinks(t, doc)
	if len(secs) != 6 {
		t.Fatalf("%d sections, want 6: %v", len(secs), secs)
	}
	if secs[0][0] != themeDemand+", part 1 of 3" || secs[2][1] != "0 of 20 rated" || secs[3][0] != themeFinance+", part 1 of 3" {
		t.Errorf("sections = %v", secs)
	}
	if len(findAll(doc, "a", func(n *html.Node) bool { return hasClass(n, "sv-filter__clear") })) != 0 {
		t.Error("the first view offers to clear a filter nobody set")
	}
	_, b = ada.get(t, grid+"?section=4")
	fourth := parseHTML(t, b)
	if got := gridCards(fourth); len(got) != 20 || got[0] != strconv.Itoa(ag.Recommendations[60].ID) {
		t.Errorf("section 4 shows %d rows from %v, want 20 from recommendation 61", len(got), got[:min(1, len(got))])
	}
	if h := text(mustElement(t, fourth, "h2", "section-4")); h != themeFinance+", part 1 of 3" {
		t.Errorf("section 4 heading %q", h)
	}
	_, b = ada.get(t, grid+"?view=cards")
	if got := len(findAll(parseHTML(t, b), "section", func(n *html.Node) bool { return hasClass(n, "sv-rating") })); got != 15 {
		t.Errorf("the cards view shows %d cards, want a section of 15", got)
	}
	_, b = ada.get(t, attr(mustElement(t, doc, "a", "grid-all"), "href"))
	if got := len(gridCards(parseHTML(t, b))); got != 120 {
		t.Fatalf("all shows %d rows, want 120", got)
	}
	themes, err := app.Store.Taxonomy(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	_, b = ada.get(t, grid+"?theme="+strconv.Itoa(themes.Theme(themeFinance).ID))
	if got := len(sectionLinks(t, parseHTML(t, b))); got != 3 {
		t.Fatalf("one theme asked for has %d sections, want its 3 parts", got)
	}
}

// A refused save of a row outside the first section shows that row's
// section, with the problem beside it.
func TestRatingGrid_LargeRoundRefusedSaveShowsItsCard(t *testing.T) {
	app := newTestServer(t)
	round, ag := largeRound(t, app)
	rec := ag.Recommendations[100] // under the second theme, first of its third part
	if rec.Mappings[0].Theme != themeFinance {
		t.Fatalf("recommendation 101 is under %q", rec.Mappings[0].Theme)
	}
	ada := newVisitor(t, app, "Ada")
	resp := ada.post(t, ratingPath(round, rec.ID), map[string][]string{"version": {"0"}, "rag": {"purple"}, "return": {"/assessments/" + strconv.Itoa(round) + "/ratings"}}, false)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("refused save = %d, want 422", resp.StatusCode)
	}
	doc := parseHTML(t, readBody(t, resp))
	id := strconv.Itoa(rec.ID)
	row := mustElement(t, doc, "tr", "rec-"+id)
	if !hasClass(row, "sv-rating--error") {
		t.Error("the refused row is not marked in error")
	}
	if cards := gridCards(doc); len(cards) != 20 || cards[0] != id {
		t.Errorf("the refused save's grid shows %d rows from %v, want its section's 20 from %s", len(cards), cards[:min(1, len(cards))], id)
	}
}

// readBody reads and closes a response's body.
func readBody(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	var b strings.Builder
	if _, err := io.Copy(&b, resp.Body); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
