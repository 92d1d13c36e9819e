package web_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// TestRoundHistory_Paged: a round's history longer than a page is shown a
// page at a time, newest first, and every change appears on exactly one
// page: none is cut off, however long the history grows.
func TestRoundHistory_Paged(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ctx := context.Background()
	const saves = 120 // more than two pages of 50
	for i := range saves {
		rec := recs[i%len(recs)].ID
		text := fmt.Sprintf("paging note %03d", i)
		if _, err := app.Store.UpdateRating(ctx, round, rec, benchmark.RatingUpdate{Commentary: &text,
			Version: ratingVersion(t, app, round, rec), By: "Ada"}); err != nil {
			t.Fatal(err)
		}
	}
	want, err := app.Store.CountRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round})
	if err != nil {
		t.Fatal(err)
	}
	if want < saves {
		t.Fatalf("the round holds %d changes, want at least the %d saved", want, saves)
	}
	grace := newVisitor(t, app, "Grace")
	note := regexp.MustCompile(`paging note (\d{3})`)
	row := regexp.MustCompile(`(?s)<tr class="govuk-table__row">(.*?)</tr>`)
	seen := map[int]int{}
	var order []int
	for n := 1; n <= (want+49)/50; n++ {
		resp, page := grace.get(t, "/assessments/"+strconv.Itoa(round)+"/history?page="+strconv.Itoa(n))
		if resp.StatusCode != 200 {
			t.Fatalf("page %d = %d", n, resp.StatusCode)
		}
		// The history table comes first; its rows are in its body.
		start, end := strings.Index(page, `<tbody`), strings.Index(page, "</table>")
		if start < 0 || end < start {
			t.Fatalf("page %d has no history table", n)
		}
		rows := row.FindAllStringSubmatch(page[start:end], -1)
		if wantRows := min(50, want-(n-1)*50); len(rows) != wantRows {
			t.Errorf("page %d shows %d changes, want %d", n, len(rows), wantRows)
		}
		for _, r := range rows {
			cells := strings.Split(r[1], "<td") // the last cell is the value after the change
			if m := note.FindStringSubmatch(cells[len(cells)-1]); m != nil {
				i, _ := strconv.Atoi(m[1])
				seen[i]++
				order = append(order, i)
			}
		}
	}
	for i := range saves {
		if seen[i] != 1 {
			t.Errorf("note %03d is shown on %d pages, want exactly one", i, seen[i])
		}
	}
	for i := 1; i < len(order); i++ {
		if order[i] > order[i-1] {
			t.Fatalf("history not newest first: note %d after note %d", order[i], order[i-1])
		}
	}
}
