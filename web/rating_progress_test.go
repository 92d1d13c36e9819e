package web_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// TestRatingGrid_Progress: the grid and the round page say how many of the round's
// recommendations are rated, and a save moves the count.
func TestRatingGrid_Progress(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	grid := "/assessments/" + strconv.Itoa(round) + "/ratings"
	progress := func() string {
		_, b := ada.get(t, grid)
		return strings.Join(strings.Fields(text(mustElement(t, parseHTML(t, b), "p", "grid-progress"))), " ")
	}
	// Appendix A: Bristol's round rates 3 Green, 4 Amber and 3 Red of 27.
	if got := progress(); got != "10 of 27 rated in this round." {
		t.Fatalf("progress %q, want 10 of 27", got)
	}
	unrated := firstUnrated(t, ada, round, recs)
	v := int(savedRating(t, ada, round, unrated)["version"].(float64))
	if resp := ada.post(t, ratingPath(round, unrated), ratingForm("green", "", v), true); resp.StatusCode != 200 {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	if got := progress(); got != "11 of 27 rated in this round." {
		t.Errorf("after rating one more, progress %q, want 11 of 27", got)
	}
	_, b := ada.get(t, "/assessments/"+strconv.Itoa(round))
	if got := strings.TrimSpace(text(mustElement(t, parseHTML(t, b), "dd", "round-progress"))); got != "11 of 27 rated" {
		t.Errorf("round page progress %q, want 11 of 27 rated", got)
	}
}

// TestRounds_ListProgress: the list of rounds says how far each round's
// rating has got.
func TestRounds_ListProgress(t *testing.T) {
	app := newTestServer(t)
	round, _ := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	_, b := ada.get(t, "/assessments")
	doc := parseHTML(t, b)
	for _, tr := range findAll(doc, "tr", nil) {
		links := findAll(tr, "a", func(n *html.Node) bool { return attr(n, "href") == "/assessments/"+strconv.Itoa(round) })
		if len(links) == 0 {
			continue
		}
		cell := findAll(tr, "td", func(n *html.Node) bool { _, ok := attrOK(n, "data-progress"); return ok })
		// Appendix A: Bristol rated 10 of the 27 recommendations.
		if len(cell) != 1 || strings.TrimSpace(text(cell[0])) != "10 of 27 rated" {
			t.Errorf("Bristol's round's progress in the list: %v", cell)
		}
		return
	}
	t.Fatal("Bristol's round is not in the list")
}

// TestRatingGrid_RefusedSaveKeepsStoredProgress: a save refused for its
// evidence link re-shows the grid with the rating that was posted, but the
// progress figures, and the form's record of what is stored (data-rated,
// from which rating.js moves them), stay those of the ratings held.
func TestRatingGrid_RefusedSaveKeepsStoredProgress(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	unrated := firstUnrated(t, ada, round, recs)
	form := ratingForm("green", "", int(savedRating(t, ada, round, unrated)["version"].(float64)))
	form.Set("evidence", "javascript:alert(1)")
	form.Set("return", "/assessments/"+strconv.Itoa(round)+"/ratings")
	resp := ada.post(t, ratingPath(round, unrated), form, false)
	page := body(t, resp)
	if resp.StatusCode != 422 {
		t.Fatalf("a save with a script for evidence = %d, want 422", resp.StatusCode)
	}
	doc := parseHTML(t, page)
	// Appendix A: Bristol's round rates 10 of its 27 recommendations.
	if got := strings.Join(strings.Fields(text(mustElement(t, doc, "p", "grid-progress"))), " "); got != "10 of 27 rated in this round." {
		t.Errorf("after a refused save, progress %q, want 10 of 27", got)
	}
	id := strconv.Itoa(unrated)
	card := mustElement(t, doc, "section", "rec-"+id)
	forms := findAll(card, "form", func(n *html.Node) bool { return attr(n, "data-rated") != "" })
	if len(forms) != 1 {
		t.Fatalf("the refused card has %d rating forms, want 1", len(forms))
	}
	if got := attr(forms[0], "data-rated"); got != "0" {
		t.Errorf("the refused card's form records data-rated %q, want 0: nothing is stored", got)
	}
	green := findAll(card, "input", func(n *html.Node) bool { return attr(n, "id") == "rag-"+id+"-green" })
	if len(green) != 1 || !hasAttr(green[0], "checked") {
		t.Errorf("the refused card does not show the Green that was posted")
	}
}

// firstUnrated is the ID of the first of recs that round has not rated.
func firstUnrated(tb testing.TB, cl *visitor, round int, recs []*benchmark.Recommendation) int {
	tb.Helper()
	for _, rec := range recs {
		if r := savedRating(tb, cl, round, rec.ID); r["rag"] == "none" {
			return rec.ID
		}
	}
	tb.Fatal("no unrated recommendation in the round")
	return 0
}
