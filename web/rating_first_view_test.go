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

// gridCards lists the recommendation IDs of the grid's cards.
func gridCards(doc *html.Node) []string {
	var out []string
	for _, s := range findAll(doc, "section", func(n *html.Node) bool { return hasClass(n, "sv-rating") }) {
		out = append(out, attr(s, "data-recommendation"))
	}
	return out
}

// A round of more than 100 recommendations opens on its first 25 cards,
// says so and links to all of them; asking for all shows every card, and
// asking for a theme shows that theme whole.
func TestRatingGrid_LargeRoundFirstView(t *testing.T) {
	app := newTestServer(t)
	round, _ := largeRound(t, app)
	ada := newVisitor(t, app, "Ada")
	_, b := ada.get(t, "/assessments/"+strconv.Itoa(round)+"/ratings")
	doc := parseHTML(t, b)
	if got := len(gridCards(doc)); got != 25 {
		t.Fatalf("first view shows %d cards, want 25", got)
	}
	if got := text(mustElement(t, doc, "p", "grid-count")); got != "Showing 25 of 120 recommendations." {
		t.Errorf("count = %q", got)
	}
	note := mustElement(t, doc, "p", "grid-first-view")
	links := findAll(note, "a", nil)
	if len(links) != 1 || !strings.Contains(text(links[0]), "show all 120") {
		t.Fatalf("first-view note %q has no link to all", text(note))
	}
	if len(findAll(doc, "a", func(n *html.Node) bool { return hasClass(n, "sv-filter__clear") })) != 0 {
		t.Error("the first view offers to clear a filter nobody set")
	}
	_, b = ada.get(t, attr(links[0], "href"))
	all := parseHTML(t, b)
	if got := len(gridCards(all)); got != 120 {
		t.Fatalf("all shows %d cards, want 120", got)
	}
	if n := findAll(all, "p", func(n *html.Node) bool { return attr(n, "id") == "grid-first-view" }); len(n) != 0 {
		t.Error("the whole grid still says it shows one theme")
	}
	themes, err := app.Store.Taxonomy(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	_, b = ada.get(t, "/assessments/"+strconv.Itoa(round)+"/ratings?theme="+strconv.Itoa(themes.Theme(themeFinance).ID))
	if got := len(gridCards(parseHTML(t, b))); got != 60 {
		t.Fatalf("one theme asked for shows %d cards, want its 60", got)
	}
}

// A refused save of a card outside the first view shows that card's theme,
// with the problem beside it.
func TestRatingGrid_LargeRoundRefusedSaveShowsItsCard(t *testing.T) {
	app := newTestServer(t)
	round, ag := largeRound(t, app)
	rec := ag.Recommendations[100] // under the second theme
	if rec.Mappings[0].Theme != themeFinance {
		t.Fatalf("recommendation 101 is under %q", rec.Mappings[0].Theme)
	}
	ada := newVisitor(t, app, "Ada")
	resp := ada.post(t, ratingPath(round, rec.ID), map[string][]string{"version": {"0"}, "rag": {"purple"}}, false)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("refused save = %d, want 422", resp.StatusCode)
	}
	doc := parseHTML(t, readBody(t, resp))
	id := strconv.Itoa(rec.ID)
	card := mustElement(t, doc, "section", "rec-"+id)
	if !hasClass(card, "sv-rating--error") {
		t.Error("the refused card is not marked in error")
	}
	if cards := gridCards(doc); len(cards) != 60 {
		t.Errorf("the refused save's grid shows %d cards, want its theme's 60", len(cards))
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
