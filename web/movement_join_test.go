package web_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/xuri/excelize/v2"
)

// TestMovement_AgreementJoinsRound is issue 14's scenario: a round copied
// forward from Bristol's, then a six-recommendation Kent agreement
// (testdata/kent-six.csv) uploaded so that it joins that open round. On the
// movement page, /compare, the report and the workbook, Kent's
// recommendations are "Not in that round" for Bristol's round, never Not
// rated, and Bristol's round counts only its own 27 (Appendix A).
func TestMovement_AgreementJoinsRound(t *testing.T) {
	app := newTestServer(t)
	ctx := context.Background()
	ada := newVisitor(t, app, "Ada")
	bristol, _ := bristolRoundID(t, app)
	form := newRoundForm("Copied forward", bristol, allAgreementIDs(t, ada))
	form.Set("follows_new", "yes")
	open := createRound(t, ada, form)
	raw, err := os.ReadFile("testdata/kent-six.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.ImportAgreements(ctx, app.Store, raw, ingest.FromFile("kent-six.csv", "Ada"), false); err != nil {
		t.Fatal(err)
	}
	round, err := app.Store.FindAssessmentByID(ctx, open)
	if err != nil {
		t.Fatal(err)
	}
	if len(round.AgreementIDs) < 2 {
		t.Fatalf("Kent did not join the open round: %v", round.AgreementIDs)
	}
	const kent = "Open 200 specialist resource" // recommendation 1 of the file
	ids := strconv.Itoa(bristol) + "&round=" + strconv.Itoa(open)
	rowOf := func(cells [][]string) []string {
		for _, r := range cells {
			for i, c := range r {
				if strings.Contains(c, kent) {
					return r[i+1:]
				}
			}
		}
		return nil
	}
	tableRows := func(path, table string) [][]string {
		_, b := ada.get(t, path)
		var out [][]string
		for _, tr := range findAll(mustElement(t, parseHTML(t, b), "table", table), "tr", nil) {
			var row []string // a row's header cell comes first
			for _, td := range append(findAll(tr, "th", nil), findAll(tr, "td", nil)...) {
				row = append(row, text(td))
			}
			out = append(out, row)
		}
		return out
	}
	surfaces := map[string][]string{
		"movement": rowOf(tableRows("/assessments/"+strconv.Itoa(open)+"/movement?from="+strconv.Itoa(bristol), "moved")),
		"compare":  rowOf(tableRows("/compare?round="+ids, "compare-recommendations")),
		"report":   rowOf(tableRows("/assessments/"+strconv.Itoa(open)+"/report", "report-movement")),
	}
	f, err := excelize.OpenReader(strings.NewReader(body(t, app.get(t, "/assessments/"+strconv.Itoa(open)+"/export.xlsx"))))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet, err := f.GetRows("Movement")
	if err != nil {
		t.Fatal(err)
	}
	if r := rowOf(sheet); r != nil {
		surfaces["workbook"] = r[1:] // after the themes column
	}
	for name, row := range surfaces {
		if len(row) < 2 || row[0] != benchmark.NotInRound || row[1] != "Not rated" {
			t.Errorf("%s: Kent 1 = %q, want %q then Not rated", name, row, benchmark.NotInRound)
		}
	}
	// Bristol's round counts its own 27 recommendations; the open one 33.
	doc := parseHTML(t, body(t, app.get(t, "/compare?round="+ids)))
	if all := themeTotals(t, doc)["All themes"]; len(all) != 2 || all[0] != 27 || all[1] != 33 {
		t.Errorf("compare all themes %v, want 27 and 33", all)
	}
}
