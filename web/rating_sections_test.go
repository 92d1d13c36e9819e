package web_test

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The seeds' round by agreement: four sections whose totals are the
// appendix's, whose rated counts add up to Bristol's ten; the compact view
// has a row and a form per recommendation, each row linking its history.
func TestRatingGrid_SectionsAndCompact(t *testing.T) {
	app := newTestServer(t)
	round, _ := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	grid := "/assessments/" + strconv.Itoa(round) + "/ratings"
	_, b := ada.get(t, grid+"?by=agreement")
	secs := sectionLinks(t, parseHTML(t, b))
	// Appendix A: Bury 5, Hammersmith and Fulham 6, Kingston/Richmond 8,
	// Stoke-on-Trent 8; Bristol rated 10 of the 27.
	wantTotals := []string{"5", "6", "8", "8"}
	if len(secs) != 4 {
		t.Fatalf("sections %v, want the four agreements", secs)
	}
	rated := 0
	for i, s := range secs {
		var r, n int
		if _, err := fmt.Sscanf(s[1], "%d of %d rated", &r, &n); err != nil || strconv.Itoa(n) != wantTotals[i] {
			t.Errorf("section %q: %q, want of %s", s[0], s[1], wantTotals[i])
		}
		rated += r
	}
	if rated != 10 {
		t.Errorf("sections rate %d in all, want Bristol's 10", rated)
	}
	_, b = ada.get(t, grid+"?view=compact")
	doc := parseHTML(t, b)
	rows := findAll(doc, "tr", func(n *html.Node) bool { return hasClass(n, "sv-row") })
	forms := findAll(doc, "form", func(n *html.Node) bool { _, ok := attrOK(n, "data-rating-form"); return ok })
	if len(forms) != 27 {
		t.Errorf("compact view has %d forms, want 27", len(forms))
	}
	for _, r := range rows {
		id := attr(r, "data-recommendation")
		if len(findAll(r, "a", func(n *html.Node) bool { return attr(n, "href") == grid+"/"+id })) != 1 {
			t.Errorf("row %s does not link its history", id)
		}
	}
	if len(findAll(doc, "section", func(n *html.Node) bool { return hasClass(n, "sv-rating") })) != 0 {
		t.Error("the compact view still shows cards")
	}
	if got := attr(mustElement(t, doc, "a", "view-cards"), "href"); !strings.Contains(got, "view=cards") {
		t.Errorf("view switch %q", got)
	}
}

// The owner filter stays in the address and keeps only that owner's
// rating; "next not rated" links a recommendation that is not rated.
func TestRatingGrid_OwnerFilterAndNextNotRated(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	saveAction(t, ada, round, recs[3].ID, "Head of SEND", "")
	grid := "/assessments/" + strconv.Itoa(round) + "/ratings"
	_, b := ada.get(t, grid+"?"+url.Values{"owner": {"Head of SEND"}, "view": {"compact"}}.Encode())
	doc := parseHTML(t, b)
	if got := gridCards(doc); len(got) != 1 || got[0] != strconv.Itoa(recs[3].ID) {
		t.Errorf("owner filter shows %v, want recommendation %d alone", got, recs[3].ID)
	}
	if got := attr(mustElement(t, doc, "a", "view-cards"), "href"); !strings.Contains(got, "owner=Head+of+SEND") {
		t.Errorf("the view switch drops the owner filter: %q", got)
	}
	_, b = ada.get(t, grid)
	next := attr(mustElement(t, parseHTML(t, b), "a", "next-not-rated"), "href")
	id, err := strconv.Atoi(strings.TrimPrefix(next[strings.Index(next, "#"):], "#rec-"))
	if err != nil {
		t.Fatalf("next not rated links %q", next)
	}
	if r := savedRating(t, ada, round, id); r["rag"] != "none" {
		t.Errorf("next not rated links recommendation %d, rated %v", id, r["rag"])
	}
}

// A refused save from the compact view, without the script, answers with
// the compact view, the problem beside its row.
func TestRatingGrid_CompactRefusedSave(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	back := "/assessments/" + strconv.Itoa(round) + "/ratings?view=compact"
	resp := ada.post(t, ratingPath(round, recs[2].ID), url.Values{"version": {"0"}, "rag": {"purple"}, "return": {back}}, false)
	if resp.StatusCode != 422 {
		t.Fatalf("refused save = %d, want 422", resp.StatusCode)
	}
	doc := parseHTML(t, readBody(t, resp))
	if row := mustElement(t, doc, "tr", "rec-"+strconv.Itoa(recs[2].ID)); !hasClass(row, "sv-rating--error") {
		t.Error("the refused row is not marked in error")
	}
}
