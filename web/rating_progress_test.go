package web_test

import (
	"strconv"
	"strings"
	"testing"
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
	var unrated int
	for _, rec := range recs {
		if r := savedRating(t, ada, round, rec.ID); r["rag"] == "none" {
			unrated = rec.ID
			break
		}
	}
	if unrated == 0 {
		t.Fatal("no unrated recommendation in Bristol's round")
	}
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
