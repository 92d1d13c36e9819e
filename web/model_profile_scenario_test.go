package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest/ingesttest"
)

// TestModelProfileScenario: a stored profile has the scenario form too; a
// run adds the scenario's projection and says what it changes, a bad
// figure is refused beside its field, and Bury's editor keeps the run
// for Bury and runs it again from the list.
func TestModelProfileScenario(t *testing.T) {
	app := newTestServer(t)
	p := &benchmark.Profile{AuthorityCode: buryCode, Name: "bury.csv", Years: ingesttest.ProfileYears(t), CreatedBy: "Ada"}
	if err := app.Store.SaveProfile(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	id := strconv.Itoa(p.ID)
	editor := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{buryCode}, DisplayName: "Bea"})

	_, plain := editor.get(t, "/model/generic?profile="+id)
	doc := parseHTML(t, plain)
	if byID(doc, "funding_uplift_pct") == nil || byID(doc, "scenario-summary") != nil {
		t.Fatal("a stored profile should show the scenario form and no scenario before a run")
	}
	resp, run := editor.get(t, "/model/generic?profile="+id+"&funding_uplift_pct=2")
	doc = parseHTML(t, run)
	if resp.StatusCode != http.StatusOK || byID(doc, "scenario-summary") == nil || byID(doc, "save-scenario-form") == nil {
		t.Fatalf("a run on the profile: %d, without a summary or save form", resp.StatusCode)
	}
	if bad, _ := editor.get(t, "/model/generic?profile="+id+"&funding_uplift_pct=abc"); bad.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("a bad figure: %d, want 422", bad.StatusCode)
	}

	query := "funding_uplift_pct=2&profile=" + id
	saved := editor.post(t, "/model/generic/scenarios", url.Values{"query": {query}, "scenario_name": {"More funding"}}, false)
	if loc := saved.Header.Get("Location"); saved.StatusCode != http.StatusSeeOther || loc != "/model/generic?"+query+"#result" {
		t.Fatalf("save: %d to %q", saved.StatusCode, loc)
	}
	_, again := editor.get(t, "/model/generic?"+query)
	doc = parseHTML(t, again)
	rows := modelRowCells(byID(doc, "saved-scenarios-table"))
	if len(rows) != 1 || !strings.Contains(rows[0][0], "Run More funding") || rows[0][1] != "Bury" {
		t.Errorf("saved = %q", rows)
	}
	if text(byID(doc, "scenario-summary")) != text(byID(parseHTML(t, run), "scenario-summary")) {
		t.Error("running the kept scenario again gives another result")
	}
}
