package web_test

import (
	"context"
	"encoding/csv"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// Bury's recommendations 3 and 6 as the revision words them: 3 moves its
// date by a year, 6 is new; 4 is dropped.
const (
	buryRevised3 = "by March 2023."
	buryAdded6   = "Publish a sufficiency strategy for specialist places by September 2022."
)

// revisedBury is Bury's shipped agreement as a file with recommendation 3
// reworded slightly, 4 removed and 6 added.
func revisedBury(tb testing.TB) []byte {
	tb.Helper()
	raw, err := fs.ReadFile(datasets.FS, "agreements/2020-21.csv")
	if err != nil {
		tb.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\ufeff"))).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	out := [][]string{rows[0]}
	var last []string
	for _, r := range rows[1:] {
		if r[0] != "Bury" {
			continue
		}
		switch r[5] {
		case "3":
			if !strings.Contains(r[6], "by March 2022.") {
				tb.Fatalf("Bury 3 reads %q", r[6])
			}
			r[6] = strings.Replace(r[6], "by March 2022.", buryRevised3, 1)
		case "4":
			continue
		}
		out, last = append(out, r), r
	}
	added := append([]string(nil), last...)
	added[5], added[6], added[7], added[8] = "6", buryAdded6, "Financial Efficiencies", ""
	out = append(out, added)
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.WriteAll(out); err != nil {
		tb.Fatal(err)
	}
	return []byte(b.String())
}

// themeTotals reads the per-theme table of /compare: each theme's
// recommendations counted per round.
func themeTotals(tb testing.TB, doc *html.Node) map[string][]int {
	tb.Helper()
	out := map[string][]int{}
	for _, tb2 := range findAll(elementByID(tb, doc, "compare-themes"), "tbody", nil) {
		head := findAll(tb2, "th", func(n *html.Node) bool { return attr(n, "scope") == "rowgroup" })
		if len(head) != 1 {
			tb.Fatalf("theme block with %d headers", len(head))
		}
		theme := strings.TrimSpace(strings.TrimSuffix(text(head[0]), "Counts differ"))
		for _, tr := range findAll(tb2, "tr", nil) {
			total := 0
			for _, td := range findAll(tr, "td", nil)[:4] {
				n, err := strconv.Atoi(text(td))
				if err != nil {
					tb.Fatalf("%s: count %q", theme, text(td))
				}
				total += n
			}
			out[theme] = append(out[theme], total)
		}
	}
	return out
}

// closeBristolOverBury has ada rate Bury's recommendations 3 Red and 4
// Amber in Bristol's shipped round and mark the round final, so it keeps
// revision 1 of Bury's agreement when revisedBury is imported. It returns
// the round's ID and the two recommendations.
func closeBristolOverBury(tb testing.TB, app *testApp, ada *visitor) (int, *benchmark.Recommendation, *benchmark.Recommendation) {
	tb.Helper()
	bristol, recs := bristolRoundID(tb, app)
	var bury3, bury4 *benchmark.Recommendation
	for _, r := range recs {
		if strings.HasPrefix(r.Text, "Ensure robust planning for future provision") {
			bury3 = r
		}
		if strings.HasPrefix(r.Text, "Support and drive schools in Bury") {
			bury4 = r
		}
	}
	if bury3 == nil || bury4 == nil {
		tb.Fatal("Bury's recommendations 3 and 4 not found")
	}
	for rec, rag := range map[int]string{bury3.ID: "red", bury4.ID: "amber"} {
		v, _ := savedRating(tb, ada, bristol, rec)["version"].(float64)
		if resp := ada.post(tb, ratingPath(bristol, rec), ratingForm(rag, "", int(v)), true); resp.StatusCode != http.StatusOK {
			tb.Fatalf("rate %d = %d", rec, resp.StatusCode)
		}
	}
	if resp := ada.post(tb, "/assessments/"+strconv.Itoa(bristol)+"/final", url.Values{"confirm": {"yes"}}, false); resp.StatusCode != http.StatusSeeOther {
		tb.Fatalf("finalise = %d", resp.StatusCode)
	}
	// Finalising names the signed-in account in the round's history.
	if ev, err := ada.app.Store.FindRoundEvents(context.Background(), bristol); err != nil || len(ev) != 1 || ev[0].Action != benchmark.RoundFinalised || ev[0].By != "Ada" {
		tb.Errorf("round history after finalising = %+v, %v", ev, err)
	}
	return bristol, bury3, bury4
}

// TestCompare_AcrossRevisions finalises Bristol's shipped round, starts a
// round over every agreement, then imports a revised Bury agreement: the
// open round moves to revision 2, the final one keeps revision 1, and the
// comparison still pairs them.
func TestCompare_AcrossRevisions(t *testing.T) {
	app := newTestServer(t)
	ctx := context.Background()
	ada := newVisitor(t, app, "Ada")
	bristol, bury3, bury4 := closeBristolOverBury(t, app, ada)
	form := newRoundForm("After the revision", bristol, allAgreementIDs(t, ada))
	form.Set("follows_new", "yes")
	open := createRound(t, ada, form)

	res, err := ingest.ImportAgreements(ctx, app.Store, revisedBury(t), ingest.FromFile("bury.csv", "Ada"), false)
	if err != nil {
		t.Fatal(err)
	}
	if o := res.Outcomes[0]; o.Action != benchmark.ImportRevised || o.Added != 1 || o.Changed != 1 || o.Removed != 1 {
		t.Fatalf("import = %+v, want Bury revised: 1 added, 1 changed, 1 removed", o)
	}

	doc := parseHTML(t, body(t, app.get(t, "/compare?round="+strconv.Itoa(bristol)+"&round="+strconv.Itoa(open))))
	shared := ""
	for _, row := range findAll(doc, "div", func(n *html.Node) bool { return hasClass(n, "govuk-summary-list__row") }) {
		if strings.HasPrefix(text(row), "Agreements shared") {
			shared = text(row)
		}
	}
	if !strings.Contains(shared, "Bury") || strings.Contains(shared, "none") {
		t.Errorf("agreements shared: %q, want Bury among them", shared)
	}

	recsTable := elementByID(t, doc, "compare-recommendations")
	cells := map[string][]string{} // Bury's rows by the start of their text
	buryRows := 0
	for _, tr := range findAll(findAll(recsTable, "tbody", nil)[0], "tr", nil) {
		td := findAll(tr, "td", nil)
		if text(td[0]) != "Bury" {
			continue
		}
		buryRows++
		var row []string
		for _, c := range td[1:] {
			row = append(row, text(c))
		}
		cells[text(td[1])[:30]] = row
	}
	// Revision 2 holds 5 recommendations; 4 of revision 1 adds a row.
	if buryRows != 6 {
		t.Errorf("%d Bury rows, want 6", buryRows)
	}
	t.Run("reworded paired", func(t *testing.T) {
		row := cells[bury3.Text[:30]]
		if len(row) != 4 || !strings.Contains(row[0], buryRevised3) || !strings.Contains(row[0], "Reworded") || row[1] != "Red" || row[2] != "Red" || row[3] != "Same" {
			t.Errorf("Bury 3 = %q, want the new wording marked Reworded, Red in both rounds", row)
		}
	})
	t.Run("removed marked", func(t *testing.T) {
		row := cells[bury4.Text[:30]]
		if len(row) != 4 || row[1] != "Amber" || row[2] != "Not in this revision" || row[3] != "Not in every revision" {
			t.Errorf("Bury 4 = %q, want Amber then Not in this revision", row)
		}
	})
	t.Run("added marked", func(t *testing.T) {
		row := cells[buryAdded6[:30]]
		if len(row) != 4 || row[1] != "Not in this revision" || row[2] != "Not rated" {
			t.Errorf("Bury 6 = %q, want Not in this revision then Not rated", row)
		}
	})
	t.Run("theme counts leave the missing out", func(t *testing.T) {
		got := themeTotals(t, doc)
		// Bury 4 (Local Placement Sufficiency) is only in the final round's
		// revision, Bury 6 (Financial Efficiencies) only in the open one's.
		lps, fe, all := got["Local Placement Sufficiency and Managing Demand"], got["Financial Efficiencies"], got["All themes"]
		if len(lps) != 2 || lps[1] != lps[0]-1 {
			t.Errorf("Local Placement Sufficiency totals %v, want one fewer in the open round", lps)
		}
		if len(fe) != 2 || fe[1] != fe[0]+1 {
			t.Errorf("Financial Efficiencies totals %v, want one more in the open round", fe)
		}
		if len(all) != 2 || all[0] != 27 || all[1] != 27 {
			t.Errorf("all themes %v, want 27 in each round", all)
		}
	})
	t.Run("csv says not in this revision", func(t *testing.T) {
		resp := app.get(t, "/compare/export.csv?round="+strconv.Itoa(bristol)+"&round="+strconv.Itoa(open))
		lines, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body(t, resp), "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l[1], "Support and drive schools in Bury") {
				found = true
				if l[3] != "Amber" || l[4] != "Not in this revision" {
					t.Errorf("Bury 4 in CSV = %q", l)
				}
			}
		}
		if !found {
			t.Error("Bury 4 missing from the CSV")
		}
	})
	t.Run("movement", func(t *testing.T) {
		_, b := ada.get(t, "/assessments/"+strconv.Itoa(open)+"/movement?from="+strconv.Itoa(bristol))
		moved := map[string][]string{}
		for _, tr := range findAll(findAll(mustElement(t, parseHTML(t, b), "table", "moved"), "tbody", nil)[0], "tr", nil) {
			var row []string
			for _, td := range findAll(tr, "td", nil) {
				row = append(row, text(td))
			}
			moved[text(findAll(tr, "p", nil)[0])[:30]] = row
		}
		if row := moved[bury4.Text[:30]]; strings.Join(row, "|") != "Amber|Not in this revision|Not in this round's revision" {
			t.Errorf("Bury 4 moved %q", row)
		}
		if row := moved[buryAdded6[:30]]; strings.Join(row, "|") != "Not in this revision|Not rated|Not in the earlier round's revision" {
			t.Errorf("Bury 6 moved %q", row)
		}
		if _, ok := moved[bury3.Text[:30]]; ok {
			t.Error("Bury 3, Red in both, listed as moved")
		}
	})
	t.Run("report and workbook movement", func(t *testing.T) {
		doc := parseHTML(t, body(t, app.get(t, "/assessments/"+strconv.Itoa(open)+"/report")))
		var row []string
		for _, tr := range findAll(elementByID(t, doc, "report-movement"), "tr", nil) {
			td := findAll(tr, "td", nil)
			if len(td) == 4 && strings.HasPrefix(text(td[1]), bury4.Text[:30]) {
				row = []string{text(td[2]), text(td[3])}
			}
		}
		if strings.Join(row, "|") != "Amber|Not in this revision" {
			t.Errorf("report: Bury 4 moved %q, want Amber then Not in this revision", row)
		}
		f, err := excelize.OpenReader(strings.NewReader(body(t, app.get(t, "/assessments/"+strconv.Itoa(open)+"/export.xlsx"))))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := f.GetRows("Movement")
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range rows {
			if len(r) >= 5 && strings.HasPrefix(r[1], bury4.Text[:30]) {
				found = true
				if r[3] != "Amber" || r[4] != "Not in this revision" {
					t.Errorf("workbook: Bury 4 = %q", r)
				}
			}
		}
		if !found {
			t.Error("workbook: Bury 4 missing from the Movement sheet")
		}
	})
}
