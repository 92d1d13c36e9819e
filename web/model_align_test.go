package web_test

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest/ingesttest"
)

// TestModelAlign_ByYearOfAgreement: aligned, the stored profile's chart
// table counts years from each profile's first, so both profiles have a
// Year 1 figure, and the page says so; unaligned it shows financial years.
func TestModelAlign_ByYearOfAgreement(t *testing.T) {
	app := newTestServer(t)
	p := &benchmark.Profile{AuthorityCode: buryCode, Name: "bury.csv", Years: ingesttest.ProfileYears(t), CreatedBy: "Ada"}
	if err := app.Store.SaveProfile(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	v := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleViewer, Authorities: []string{buryCode}, DisplayName: "Vera"})
	base := "/model/generic?profile=" + strconv.Itoa(p.ID)

	_, plain := v.get(t, base)
	doc := parseHTML(t, plain)
	rows := modelRowCells(byID(doc, "chart-table"))
	if len(rows) == 0 || !regexp.MustCompile(`^\d{4}/\d{2}$`).MatchString(rows[0][0]) {
		t.Fatalf("calendar rows = %q, want financial years", rows)
	}
	_, aligned := v.get(t, base+"&align=agreement")
	doc = parseHTML(t, aligned)
	rows = modelRowCells(byID(doc, "chart-table"))
	if len(rows) == 0 || rows[0][0] != "Year 1" {
		t.Fatalf("aligned rows = %q, want Year 1 first", rows)
	}
	for i, cell := range rows[0][1:] {
		if cell == "–" {
			t.Errorf("line %d has no Year 1 figure: %q", i+1, rows[0])
		}
	}
	whole := regexp.MustCompile(`^-?\d+%$`)
	for _, r := range rows {
		if !strings.HasPrefix(r[0], "Year ") {
			t.Errorf("aligned row labelled %q", r[0])
		}
		for _, cell := range r[1:] {
			if cell != "–" && !whole.MatchString(cell) {
				t.Errorf("share %q is not a whole percentage", cell)
			}
		}
	}
	if note := text(byID(doc, "alignment")); !strings.Contains(note, "Year 1") || !strings.Contains(note, "Show calendar years") {
		t.Errorf("the page does not say it is aligned: %q", note)
	}
	if !strings.Contains(text(byID(doc, "deficit-chart")), "Year 1") {
		t.Error("the chart's axis is not labelled by year of agreement")
	}
}
