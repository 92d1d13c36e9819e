package export_test

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
)

// actionPack is Bristol's round with three owners given: one past its
// target date on the day of export, one not yet due and one undated.
func actionPack(t *testing.T) (*export.Pack, []*benchmark.Recommendation) {
	t.Helper()
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	r.Exported = time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	recs := []*benchmark.Recommendation{r.Agreements[0].Recommendations[0], r.Agreements[1].Recommendations[1], r.Agreements[2].Recommendations[0]}
	set := func(rec *benchmark.Recommendation, owner, due string) {
		rt := r.Ratings[rec.ID]
		if rt == nil {
			rt = &benchmark.Rating{RecommendationID: rec.ID}
			r.Ratings[rec.ID] = rt
		}
		rt.Owner, rt.TargetDate = owner, due
	}
	set(recs[2], "Zed Owner", "")
	set(recs[1], "Finance lead", "2027-06-30")
	set(recs[0], "Head of SEND", "2026-03-31")
	return r, recs
}

// The Actions sheet lists the round's owners soonest target date first,
// the undated last, and says in words which is overdue on the day of
// export.
func TestWorkbook_Actions(t *testing.T) {
	r, recs := actionPack(t)
	f, _ := workbook(t, r)
	header := findRow(t, f, export.SheetActions, 1, "Reference")
	if header == 0 {
		t.Fatal("no Actions table")
	}
	for i, want := range []struct{ owner, due, overdue string }{
		{"Head of SEND", "31 March 2026", "Yes"}, {"Finance lead", "30 June 2027", "No"}, {"Zed Owner", "not stated", "No"},
	} {
		row := strconv.Itoa(header + 1 + i)
		ag := r.Agreements[[]int{0, 1, 2}[i]]
		if got := cell(t, f, export.SheetActions, "A"+row); got != export.Reference(ag, recs[i]) {
			t.Errorf("row %s reference %q, want %q", row, got, export.Reference(ag, recs[i]))
		}
		if got := cell(t, f, export.SheetActions, "D"+row); got != want.owner {
			t.Errorf("row %s owner %q, want %q", row, got, want.owner)
		}
		if got := cell(t, f, export.SheetActions, "E"+row); got != want.due {
			t.Errorf("row %s target %q, want %q", row, got, want.due)
		}
		if got := cell(t, f, export.SheetActions, "F"+row); got != want.overdue {
			t.Errorf("row %s overdue %q, want %q", row, got, want.overdue)
		}
	}
	if got := cell(t, f, export.SheetActions, "A"+strconv.Itoa(header+4)); got != "" {
		t.Errorf("a fourth action %q: only three ratings name an owner", got)
	}
	if row := findRow(t, f, export.SheetActions, 1, "Overdue"); row == 0 || cell(t, f, export.SheetActions, "B"+strconv.Itoa(row)) != "1 of 3 actions, as of 3 December 2026" {
		t.Errorf("heading's overdue line is missing or wrong")
	}
}

// The actions CSV holds the same rows, and a formula typed as an owner
// reaches Excel as text.
func TestWriteActionsCSV(t *testing.T) {
	r, _ := actionPack(t)
	r.Ratings[r.Agreements[0].Recommendations[0].ID].Owner = "=HYPERLINK(\"x\")"
	var buf bytes.Buffer
	if err := export.WriteActionsCSV(&buf, r.Actions()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || strings.Join(rows[0], "|") != strings.Join(export.ActionColumns, "|") {
		t.Fatalf("csv = %q", rows)
	}
	if strings.HasPrefix(rows[1][3], "=") {
		t.Errorf("owner %q would be a live formula", rows[1][3])
	}
	if rows[1][5] != "Yes" || rows[2][4] != "30 June 2027" {
		t.Errorf("rows = %q", rows[1:])
	}
}
