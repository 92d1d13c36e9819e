package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/samber/lo"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// shareNational stores a synthetic national set in app: 40 authorities,
// 8 agreements, 2 rounds each with the first final, sharing as the seed
// draws. It returns each generated authority's choice.
func shareNational(tb testing.TB, app *testApp) map[string]benchmark.Sharing {
	tb.Helper()
	ctx := context.Background()
	auths, _ := app.Store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	held, _ := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	data, err := synthetic.Generate(synthetic.Options{Authorities: 40, Agreements: 8, Rounds: 2, Final: 1, Share: "mixed", Seed: 3}, auths, held)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := app.Store.ImportAgreements(ctx, data.Agreements, false); err != nil {
		tb.Fatal(err)
	}
	all, _ := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	ids := lo.Map(all, func(a *benchmark.Agreement, _ int) int { return a.ID })
	for i, a := range data.Assessments {
		a.AgreementIDs = ids
		r := data.Round(i, all)
		if err := app.Store.CreateAssessmentWithHistory(ctx, a, r.Ratings, r.Changes); err != nil {
			tb.Fatal(err)
		}
	}
	for code, s := range data.Sharing {
		if err := app.Store.SetSharing(ctx, code, s, "test"); err != nil {
			tb.Fatal(err)
		}
	}
	return data.Sharing
}

// nationalNames picks, among the generated authorities, one the viewer
// works for, one shared by name and one shared in totals only whose name
// is part of no other authority's.
func nationalNames(tb testing.TB, app *testApp, sharing map[string]benchmark.Sharing) (own, named, totals *benchmark.Authority) {
	tb.Helper()
	auths, _ := app.Store.FindAuthorities(context.Background(), benchmark.AuthorityFilter{})
	contained := func(a *benchmark.Authority) bool {
		return lo.ContainsBy(auths, func(b *benchmark.Authority) bool { return b != a && strings.Contains(b.Name, a.Name) })
	}
	for _, a := range auths {
		switch s, ok := sharing[a.ONSCode]; {
		case !ok:
		case s == benchmark.SharedNamed && own == nil:
			own = a
		case s == benchmark.SharedNamed && named == nil:
			named = a
		case s == benchmark.SharedTotals && totals == nil && !contained(a):
			totals = a
		}
	}
	if own == nil || named == nil || totals == nil {
		tb.Fatalf("the generated set lacks a mix of sharing: %v", sharing)
	}
	return own, named, totals
}

func TestNational_PageExportsAndNames(t *testing.T) {
	app := newTestServer(t)
	sharing := shareNational(t, app)
	own, named, totals := nationalNames(t, app, sharing)
	v := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{own.ONSCode}, DisplayName: "Nina"})

	resp, page := v.get(t, "/national")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /national = %d", resp.StatusCode)
	}
	doc := parseHTML(t, page)
	tables := findAll(doc, "table", func(n *html.Node) bool { return attr(n, "id") == "national" })
	if len(tables) != 1 {
		t.Fatal("no national table")
	}
	rows := tableRows(tables[0])
	tax, _ := app.Store.Taxonomy(context.Background())
	first := tax[0].Name
	cells := rows[first]
	if len(cells) != 6 {
		t.Fatalf("%s row = %q, want 5 counts and the own rating", first, cells)
	}
	sum := 0
	for _, c := range cells[:4] {
		n, err := strconv.Atoi(c)
		if err != nil {
			t.Fatalf("%s count %q: %v", first, c, err)
		}
		sum += n
	}
	counted, _ := strconv.Atoi(cells[4])
	if sum != counted || counted < benchmark.MinContributors {
		t.Errorf("%s: counts add to %d, counted %s", first, sum, cells[4])
	}
	if !lo.Contains([]string{"Green", "Amber", "Red", "Not rated"}, cells[5]) {
		t.Errorf("own position %q, want a rating's word", cells[5])
	}
	if !strings.Contains(page, own.Name+" (you)") {
		t.Errorf("the page does not name the viewer's own position in words")
	}
	namedTable := findAll(doc, "table", func(n *html.Node) bool { return attr(n, "id") == "named" })
	if len(namedTable) != 1 || !strings.Contains(text(namedTable[0]), named.Name) {
		t.Errorf("%s shares by name but is not in the named table", named.Name)
	}
	if strings.Contains(page, totals.Name) {
		t.Errorf("%s shares in totals only but its name is on the page", totals.Name)
	}

	_, csvText := v.get(t, "/national.csv")
	if strings.Contains(csvText, totals.Name) {
		t.Errorf("%s's name is in the CSV", totals.Name)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvText, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(rows)+1 || recs[1][0] != first || recs[1][5] != cells[4] {
		t.Errorf("CSV has %d lines, first %q; want %d and the page's %s", len(recs), recs[1], len(rows)+1, first)
	}

	resp, xlsx := v.get(t, "/national.xlsx")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /national.xlsx = %d", resp.StatusCode)
	}
	f, err := excelize.OpenReader(strings.NewReader(xlsx))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "National" || got[1] != "Named authorities" {
		t.Errorf("sheets = %q", got)
	}
	found, namedFound := false, false
	for _, sheet := range f.GetSheetList() {
		xrows, _ := f.GetRows(sheet)
		for _, r := range xrows {
			line := strings.Join(r, "|")
			if strings.Contains(line, totals.Name) {
				t.Errorf("%s's name is in the workbook's %s sheet: %s", totals.Name, sheet, line)
			}
			if sheet == "National" && len(r) > 5 && r[0] == first {
				found = true
				if r[5] != cells[4] {
					t.Errorf("workbook counts %s authorities for %s, page %s", r[5], first, cells[4])
				}
			}
			if sheet == "Named authorities" && len(r) > 0 && r[0] == named.Name {
				namedFound = true
			}
		}
	}
	if !found {
		t.Errorf("the workbook has no %s row", first)
	}
	if !namedFound {
		t.Errorf("%s shares by name but is not in the workbook's named sheet", named.Name)
	}
	zr, err := zip.NewReader(bytes.NewReader([]byte(xlsx)), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	if !lo.ContainsBy(zr.File, func(f *zip.File) bool { return strings.HasPrefix(f.Name, "xl/charts/chart") }) {
		t.Error("the workbook has no native chart")
	}
}

func TestNational_FewerThanFiveShowNoTotal(t *testing.T) {
	app := newTestServer(t)
	sharing := shareNational(t, app)
	own, _, _ := nationalNames(t, app, sharing)
	ctx := context.Background()
	kept := 0
	for code, s := range sharing {
		if s.Shared() && kept < benchmark.MinContributors-1 {
			kept++
			continue
		}
		if err := app.Store.SetSharing(ctx, code, benchmark.NotShared, "test"); err != nil {
			t.Fatal(err)
		}
	}
	v := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{own.ONSCode}, DisplayName: "Nina"})
	_, page := v.get(t, "/national")
	rows := tableRows(findAll(parseHTML(t, page), "table", func(n *html.Node) bool { return attr(n, "id") == "national" })[0])
	if len(rows) == 0 {
		t.Fatal("no rows")
	}
	for label, cells := range rows {
		if len(cells) == 0 || cells[0] != "fewer than 5 authorities: not shown" {
			t.Errorf("%s = %q, want no total", label, cells)
		}
	}
	_, csvText := v.get(t, "/national.csv")
	recs, _ := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvText, "\ufeff"))).ReadAll()
	for _, r := range recs[1:] {
		if r[1] != "" || r[2] != "" || r[3] != "" || r[4] != "" || r[5] != "" || r[8] != "fewer than 5 authorities: not shown" {
			t.Errorf("CSV line %q shows a total", r)
		}
	}
}

func TestSharing_EditorChooses(t *testing.T) {
	app := newTestServer(t)
	code := "E08000002" // Bury, in datasets/authorities.csv
	v := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{code}, DisplayName: "Ada Lovelace"})
	resp, page := v.get(t, "/authorities/"+code+"/sharing")
	if resp.StatusCode != http.StatusOK || !strings.Contains(page, "Not shared") {
		t.Fatalf("form = %d, want it to say not shared", resp.StatusCode)
	}
	if resp := v.post(t, "/authorities/"+code+"/sharing", url.Values{"sharing": {"everyone"}}, false); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("bad choice = %d, want 422", resp.StatusCode)
	}
	if resp := v.post(t, "/authorities/"+code+"/sharing", url.Values{"sharing": {"totals"}}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("save = %d, want 303", resp.StatusCode)
	}
	got, err := app.Store.FindSharing(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	if got.Sharing != benchmark.SharedTotals || got.ChangedBy != "Ada Lovelace" {
		t.Errorf("stored %+v, want totals by Ada Lovelace", got)
	}
	_, page = v.get(t, "/authorities/"+code+"/sharing")
	if !strings.Contains(page, "Ada Lovelace, "+benchmark.DateTime(got.ChangedAt)) {
		t.Error("the page does not say who changed it and when")
	}
}

// TestNational_ViewedFrom: an editor views from its own authority unless
// it asks for none; an authority it may not read is never its position.
func TestNational_ViewedFrom(t *testing.T) {
	app := newTestServer(t)
	own, named, _ := nationalNames(t, app, shareNational(t, app))
	v := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{own.ONSCode}, DisplayName: "Nina"})
	for _, tc := range []struct {
		query, want string
	}{
		{"", own.Name + " (you)"},
		{"?authority=none", ""},
		{"?authority=" + named.ONSCode, ""}, // not one it may read
	} {
		_, page := v.get(t, "/national"+tc.query)
		has := strings.Contains(page, "(you)")
		if tc.want == "" && has {
			t.Errorf("%q: the page shows a position of its own", tc.query)
		}
		if tc.want != "" && !strings.Contains(page, tc.want) {
			t.Errorf("%q: the page does not show %q", tc.query, tc.want)
		}
	}
}
