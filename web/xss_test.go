package web_test

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/xuri/excelize/v2"
)

// xss is a script that must never reach a page unescaped.
const xss = `<script>alert(1)</script>`

// TestXSS_EscapedAndNeutralised puts a script, and a formula, into every
// field a person controls: commentary, evidence link, owner, round title,
// an account's display name and an uploaded recommendation. Every page
// shows them escaped; every export holds them as text, never a formula.
func TestXSS_EscapedAndNeutralised(t *testing.T) {
	app := newTestServer(t)
	ctx := context.Background()
	bristolRound, _ := bristolRoundID(t, app)
	shipped, err := app.Store.FindAssessmentByID(ctx, bristolRound)
	if err != nil {
		t.Fatal(err)
	}
	code := shipped.AuthorityCode
	eve := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{code}, DisplayName: "Eve " + xss})

	// An uploaded recommendation whose text is a formula and a script.
	upload := "authority,agreement,round,reference,recommendation\r\n" +
		"Bristol,XSS agreement,2023-24,1,=1+2 " + xss + "\r\n"
	_, page := eve.postFile(t, "/upload/agreements", "xss.csv", []byte(upload), nil)
	if resp := eve.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(parseHTML(t, page), "upload")}}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("upload confirm = %d", resp.StatusCode)
	}
	agreements, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	form := url.Values{"authority": {code}, "title": {xss + " round"}, "assessed_on": {"1/4/2026"}}
	var rec *benchmark.Recommendation
	for _, a := range agreements {
		form.Add("agreements", strconv.Itoa(a.ID))
		if a.Title == "XSS agreement" {
			rec = a.Recommendations[0]
		}
	}
	if rec == nil {
		t.Fatal("the uploaded agreement is not held")
	}
	resp := eve.post(t, "/assessments", form, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("create round = %d", resp.StatusCode)
	}
	round, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(resp.Header.Get("Location"), "/assessments/"), "/ratings"))
	if err != nil {
		t.Fatalf("new round at %q", resp.Header.Get("Location"))
	}
	rating := url.Values{"rag": {"red"}, "commentary": {"=HYPERLINK(\"http://evil.example\") " + xss},
		"evidence": {`https://example.org/"><script>alert(1)</script>`}, "owner": {"@SUM(1) " + xss},
		"target_date": {""}, "version": {"0"}}
	if resp := eve.post(t, ratingPath(round, rec.ID), rating, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("rating save = %d", resp.StatusCode)
	}

	id := strconv.Itoa(round)
	pages := []string{"/", "/assessments", "/assessments/" + id, "/assessments/" + id + "/ratings",
		ratingPath(round, rec.ID), "/assessments/" + id + "/history", "/assessments/" + id + "/summary",
		"/assessments/" + id + "/report", "/assessments/" + id + "/movement", "/authorities/" + code,
		"/mappings", "/compare?round=" + id + "&round=" + strconv.Itoa(bristolRound)}
	for _, a := range agreements {
		if a.Title == "XSS agreement" {
			pages = append(pages, "/agreements/"+strconv.Itoa(a.ID))
		}
	}
	shown := map[string]bool{}
	for _, path := range pages {
		resp, page := eve.get(t, path)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", path, resp.StatusCode)
		}
		if strings.Contains(page, "<script>alert") {
			t.Errorf("%s: the script reached the page unescaped", path)
		}
		for what, escaped := range map[string]string{
			"display name":   "Eve &lt;script&gt;alert(1)&lt;/script&gt;",
			"round title":    "&lt;script&gt;alert(1)&lt;/script&gt; round",
			"commentary":     "=HYPERLINK(&#34;http://evil.example&#34;) &lt;script&gt;",
			"owner":          "@SUM(1) &lt;script&gt;",
			"evidence":       "https://example.org/&#34;&gt;&lt;script&gt;",
			"recommendation": "=1&#43;2 &lt;script&gt;",
		} {
			if strings.Contains(page, escaped) {
				shown[what] = true
			}
		}
	}
	for _, what := range []string{"display name", "round title", "commentary", "owner", "evidence", "recommendation"} {
		if !shown[what] {
			t.Errorf("the %s is shown escaped on no page", what)
		}
	}

	// Exports: a CSV cell never starts with a formula character; a workbook
	// holds no formula.
	compare := "round=" + id + "&round=" + strconv.Itoa(bristolRound)
	for _, path := range []string{"/assessments/" + id + "/export.csv", "/compare/export.csv?" + compare} {
		_, data := eve.get(t, path)
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(data, "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		found := false
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
					t.Errorf("%s: cell %q starts a formula", path, cell)
				}
				found = found || strings.Contains(cell, xss)
			}
		}
		if !found {
			t.Errorf("%s: the payloads are missing", path)
		}
	}
	for _, path := range []string{"/assessments/" + id + "/export.xlsx", "/compare/export.xlsx?" + compare} {
		_, data := eve.get(t, path)
		f, err := excelize.OpenReader(strings.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, sheet := range f.GetSheetList() {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			for r, row := range rows {
				for c := range row {
					cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
					if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
						t.Errorf("%s %s!%s holds the formula %q", path, sheet, cell, formula)
					}
				}
			}
		}
		f.Close()
	}
}
