package web_test

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"golang.org/x/net/html"
)

func TestReportPage(t *testing.T) {
	app := newTestServer(t)
	id := bristolRound(t, app).ID
	resp := app.get(t, "/assessments/"+strconv.Itoa(id)+"/report")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	doc := parseHTML(t, body(t, resp))

	t.Run("facts", func(t *testing.T) {
		metas := findAll(doc, "dl", func(n *html.Node) bool { return hasClass(n, "sv-report__meta") })
		// Once, at the top: the sections follow on without repeating it.
		if len(metas) != 1 {
			t.Fatalf("%d fact blocks, want 1", len(metas))
		}
		got := text(metas[0])
		for _, want := range []string{"Authority Bristol", "Round Mitigation Validation Exercise (agreements of 2020-21)", "Date not stated", "Bristol City Council, Appendix A"} {
			if !strings.Contains(got, want) {
				t.Errorf("facts %q lack %q", got, want)
			}
		}
	})

	t.Run("ratings", func(t *testing.T) {
		rows := findAll(findAll(elementByID(t, doc, "report-ratings"), "tbody", nil)[0], "tr", nil)
		counts := map[string]int{}
		for _, tr := range rows {
			tag := findAll(tr, "strong", func(n *html.Node) bool { return hasClass(n, "sv-rag") })
			if len(tag) != 1 {
				t.Fatal("a row without its RAG word")
			}
			counts[text(tag[0])]++
		}
		// Appendix A: 28 lines (Bury's first twice); 3 Green, 4 Amber, 3 Red.
		if len(rows) != 28 || counts["Green"] != 3 || counts["Amber"] != 4 || counts["Red"] != 3 || counts["Not rated"] != 18 {
			t.Errorf("%d rows, %v", len(rows), counts)
		}
	})

	t.Run("summary", func(t *testing.T) {
		all := tableRows(elementByID(t, doc, "report-summary"))["All themes"]
		if strings.Join(all, " ") != "3 4 3 17 27 11% 63%" { // Appendix A; 3 of 27 Green, 17 of 27 not rated
			t.Errorf("All themes = %q", all)
		}
		elementByID(t, doc, "rag-chart")
	})

	t.Run("worth elsewhere", func(t *testing.T) {
		h := elementByID(t, doc, "worth-heading")
		if got := text(h); got != "3. What closing a Red was worth elsewhere" { // numbered after 2. Summary by theme
			t.Errorf("heading %q", got)
		}
		worth := tableRows(elementByID(t, doc, "report-worth"))
		counts := tableRows(elementByID(t, doc, "report-summary"))
		delete(counts, "All themes")
		// One row per theme of the round: the appendix's three themes.
		if len(worth) != len(counts) || len(worth) != 3 {
			t.Errorf("%d worth rows, %d themes in the summary; want 3 of each", len(worth), len(counts))
		}
		ts, err := buryModel(t).SavingsByTheme()
		if err != nil {
			t.Fatal(err)
		}
		savings := map[string]deficit.ThemeSavings{}
		for _, s := range ts {
			savings[s.Theme] = s
		}
		withSchemes := 0
		for theme, c := range counts {
			row, ok := worth[theme]
			if !ok {
				t.Errorf("theme %q of the summary has no worth row", theme)
				continue
			}
			if row[0] != c[2] { // the summary's columns: Green, Amber, Red, ...
				t.Errorf("%s: %s Red, the summary says %s", theme, row[0], c[2])
			}
			s := savings[theme]
			if len(s.Schemes) == 0 {
				if row[1] != "–" || row[3] != "No Bury scheme maps to this theme" {
					t.Errorf("%s: %q, want dashes: no Bury scheme maps here", theme, row)
				}
				continue
			}
			withSchemes++
			if want := fmt.Sprintf("%.2f", s.Savings); row[1] != want { // £m to two decimals in a summary
				t.Errorf("%s: savings %q, want %q", theme, row[1], want)
			}
			if want := fmt.Sprintf("%.2f", s.Transfers); row[2] != want {
				t.Errorf("%s: transfers %q, want %q", theme, row[2], want)
			}
			for _, sc := range s.Schemes {
				if !strings.Contains(row[3], sc.Scheme) {
					t.Errorf("%s: schemes %q do not name %q", theme, row[3], sc.Scheme)
				}
			}
		}
		// Bury's Table 4 schemes map to two themes (savings_schemes.csv),
		// both among the appendix's.
		if withSchemes != 2 {
			t.Errorf("%d themes show Bury schemes, want 2", withSchemes)
		}
		if year := ts[0].Year.String(); !strings.Contains(text(elementByID(t, doc, "report-worth")), "Bury's savings by "+year+" (£m)") {
			t.Errorf("worth table does not name the year %s", year)
		}
	})

	t.Run("prevalence and movement", func(t *testing.T) {
		heads := findAll(elementByID(t, doc, "report-prevalence"), "th", func(n *html.Node) bool { return attr(n, "scope") == "col" })
		if len(heads) != 1+4+2 { // four agreements held (Appendix A; README, Datasets)
			t.Errorf("prevalence has %d columns", len(heads))
		}
		if !strings.Contains(text(elementByID(t, doc, "no-movement")), "No earlier round") {
			t.Error("movement section does not say there is no earlier round")
		}
	})

	t.Run("deficit model", func(t *testing.T) {
		elementByID(t, doc, "report-model-chart")
		if _, ok := tableRows(elementByID(t, doc, "report-projection"))["2022/23"]; !ok {
			t.Error("no 2022/23 row in the projection")
		}
		// Seed 000: the High Needs Block forecast prints 2022/23's variance
		// as -2.546 where its parts give -2.456.
		found := false
		for _, tr := range findAll(elementByID(t, doc, "report-findings"), "tr", nil) {
			s := text(tr)
			if strings.HasPrefix(s, "Inconsistent") && strings.Contains(s, "2.546") && strings.Contains(s, "2.456") {
				found = true
			}
		}
		if !found {
			t.Error("the -2.546 / -2.456 inconsistency is not reported")
		}
	})
}

func TestReportPage_Movement(t *testing.T) {
	app := newTestServer(t)
	// A later Bristol round rating all 27 recommendations Green.
	later := secondRound(t, app, "Bristol", "Autumn review")
	doc := parseHTML(t, body(t, app.get(t, "/assessments/"+strconv.Itoa(later)+"/report")))
	rows := findAll(findAll(elementByID(t, doc, "report-movement"), "tbody", nil)[0], "tr", nil)
	// Appendix A: 3 of 27 were already Green, so 24 ratings moved.
	if len(rows) != 24 {
		t.Errorf("%d moved, want 24", len(rows))
	}
	for _, tr := range rows {
		tags := findAll(tr, "strong", func(n *html.Node) bool { return hasClass(n, "sv-rag") })
		if len(tags) != 2 || text(tags[1]) != "Green" || text(tags[0]) == "Green" {
			t.Fatalf("movement row %q", text(tr))
		}
	}
	all := tableRows(elementByID(t, doc, "report-movement-themes"))
	if len(all) != 3 { // the appendix's three themes
		t.Errorf("%d theme rows, want 3", len(all))
	}
}
