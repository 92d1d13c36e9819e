package web_test

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/svbench/svbench/benchmark"
)

// Bury's ONS code is E08000002 and Bristol's E06000023
// (datasets/authorities.csv).
const buryCode, bristolCode = "E08000002", "E06000023"

// TestModelScenarios_SaveListRunDelete: Bury's editor keeps the scenario
// just run under a name; the list shows it with who saved it and a link
// that runs it again; readers of other authorities do not see it; an
// editor of another authority cannot keep one for Bury; the editor
// deletes it.
func TestModelScenarios_SaveListRunDelete(t *testing.T) {
	app := newTestServer(t)
	editor := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{buryCode}, DisplayName: "Bea"})
	other := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{bristolCode}, DisplayName: "Ada"})
	viewer := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleViewer, Authorities: []string{bristolCode}, DisplayName: "Vera"})
	national := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleViewer, National: true, DisplayName: "Nadia"})

	resp, page := editor.get(t, "/model/bury?slip_years=1&delivery_pct=80")
	if resp.StatusCode != http.StatusOK || !strings.Contains(page, `id="save-scenario-form"`) {
		t.Fatalf("after a run Bury's editor has no save form (%d)", resp.StatusCode)
	}
	if _, plain := editor.get(t, "/model/bury"); strings.Contains(plain, `id="save-scenario-form"`) {
		t.Error("a save form is offered before any scenario is run")
	}
	if _, p := other.get(t, "/model/bury?slip_years=1"); strings.Contains(p, `id="save-scenario-form"`) {
		t.Error("Bristol's editor is offered to keep a scenario for Bury")
	}

	query := "delivery_pct=80&slip_years=1"
	refused := editor.post(t, "/model/bury/scenarios", url.Values{"query": {query}, "scenario_name": {" "}}, false)
	if refused.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body(t, refused), "Enter a name for the scenario") {
		t.Errorf("a blank name: %d, want 422 naming the field", refused.StatusCode)
	}
	if r := other.post(t, "/model/bury/scenarios", url.Values{"query": {query}, "scenario_name": {"Not mine"}}, false); r.StatusCode != http.StatusForbidden {
		t.Errorf("Bristol's editor saving for Bury: %d, want 403", r.StatusCode)
	}
	if n := countScenarios(t, app); n != 0 {
		t.Fatalf("refused saves stored %d scenarios", n)
	}

	saved := editor.post(t, "/model/bury/scenarios", url.Values{"query": {query}, "scenario_name": {"Late and short"}}, false)
	loc := saved.Header.Get("Location")
	if saved.StatusCode != http.StatusSeeOther || loc != "/model/bury?"+query+"#result" {
		t.Fatalf("save answered %d to %q, want the scenario run again", saved.StatusCode, loc)
	}
	_, again := editor.get(t, strings.TrimSuffix(loc, "#result"))
	doc := parseHTML(t, again)
	table := byID(doc, "saved-scenarios-table")
	if table == nil {
		t.Fatal("no saved scenarios table after saving")
	}
	rows := modelRowCells(table)
	if len(rows) != 1 || !strings.Contains(rows[0][0], "Run Late and short") || !strings.Contains(rows[0][0], "Shown") ||
		rows[0][1] != "Bury" || rows[0][2] != "Bea" || !strings.Contains(rows[0][3], " at ") {
		t.Errorf("saved rows = %q", rows)
	}
	if byID(doc, "scenario-summary") == nil {
		t.Error("the saved scenario's link does not run it (no scenario summary)")
	}

	if _, p := viewer.get(t, "/model/bury"); strings.Contains(p, "Late and short") {
		t.Error("Bristol's viewer sees Bury's scenario")
	}
	if _, p := national.get(t, "/model/bury"); !strings.Contains(p, "Run Late and short") || strings.Contains(p, ">Delete<") {
		t.Error("a national viewer should see Bury's scenario without a delete button")
	}
	if _, p := anonymousVisitor(t, app).get(t, "/model/bury"); !strings.Contains(p, `id="saved-sign-in"`) || strings.Contains(p, "Late and short") {
		t.Error("an anonymous visitor should be asked to sign in and see no scenarios")
	}

	// The exports, read back.
	resp, text := national.get(t, "/model/bury/scenarios.csv")
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("CSV: %d, %v", resp.StatusCode, err)
	}
	if len(recs) != 2 {
		t.Fatalf("CSV has %d rows, want a header and one scenario", len(recs))
	}
	col := map[string]string{}
	for i, h := range recs[0] {
		col[h] = recs[1][i]
	}
	if col["Scenario"] != "Late and short" || col["Authority"] != "Bury" || col["Savings late, years"] != "1" ||
		col["Savings delivered, %"] != "80" || col["Saved by"] != "Bea" || !strings.HasPrefix(col["Run again at"], "/model/bury?") {
		t.Errorf("CSV row = %v", col)
	}
	if _, none := viewer.get(t, "/model/bury/scenarios.csv"); strings.Count(strings.TrimSpace(none), "\n") != 0 {
		t.Errorf("Bristol's viewer exported Bury's scenarios:\n%s", none)
	}
	resp, xlsx := national.get(t, "/model/bury/scenarios.xlsx")
	f, err := excelize.OpenReader(strings.NewReader(xlsx))
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("XLSX: %d, %v", resp.StatusCode, err)
	}
	grid, err := f.GetRows("Saved scenarios")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range grid {
		if len(r) > 5 && r[3] == "Late and short" && r[5] == "1" {
			found = true
		}
	}
	if !found {
		t.Errorf("the XLSX has no row for the scenario: %q", grid)
	}

	// Deleting: refused to another authority's editor, done by Bury's.
	list, err := app.Store.FindScenarios(t.Context(), benchmark.SavedScenarioFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("stored %v, %v", list, err)
	}
	del := "/model/bury/scenarios/" + strconv.Itoa(list[0].ID) + "/delete"
	if r := other.post(t, del, url.Values{}, false); r.StatusCode != http.StatusForbidden {
		t.Errorf("Bristol's editor deleting Bury's scenario: %d, want 403", r.StatusCode)
	}
	if r := editor.post(t, del, url.Values{}, false); r.StatusCode != http.StatusSeeOther {
		t.Errorf("delete: %d", r.StatusCode)
	}
	if n := countScenarios(t, app); n != 0 {
		t.Errorf("%d scenarios left after delete", n)
	}
}

// countScenarios counts every stored scenario.
func countScenarios(tb testing.TB, app *testApp) int {
	tb.Helper()
	list, err := app.Store.FindScenarios(tb.Context(), benchmark.SavedScenarioFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	return len(list)
}
