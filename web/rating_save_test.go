package web_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// ratingForm is a full rating form as the grid posts it.
func ratingForm(rag, commentary string, version int) url.Values {
	return url.Values{"rag": {rag}, "commentary": {commentary}, "evidence": {""}, "owner": {""}, "target_date": {""},
		"version": {strconv.Itoa(version)}}
}

// savedRating reads one rating as JSON.
func savedRating(tb testing.TB, cl *visitor, round, rec int) map[string]any {
	tb.Helper()
	req, _ := http.NewRequest(http.MethodGet, cl.app.HTTP.URL+ratingPath(round, rec), nil)
	req.Header.Set("Accept", "application/json")
	resp, err := cl.http.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestRatingSave_NeedsEditor(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	anon := newVisitor(t, app, "")
	path := ratingPath(round, recs[1].ID)
	resp := anon.post(t, path, ratingForm("red", "", 0), false)
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/editor?return=") {
		t.Errorf("form post without a name = %d to %q, want 303 to /editor", resp.StatusCode, loc)
	}
	resp = anon.post(t, path, ratingForm("red", "", 0), true)
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("script post without a name = %d, want 401", resp.StatusCode)
	}
	if resp, _ := anon.get(t, "/assessments/new"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("new round form without a name = %d, want 303", resp.StatusCode)
	}
}

func TestRatingSave_FormConflictAndHistory(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada, ben := newVisitor(t, app, "Ada"), newVisitor(t, app, "Ben")
	rec := recs[1].ID
	before := int(savedRating(t, ada, round, rec)["version"].(float64))

	// Ada saves with the version both of them read.
	resp := ada.post(t, ratingPath(round, rec), ratingForm("green", "Panel in place", before), false)
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasSuffix(loc, "#rec-"+strconv.Itoa(rec)) {
		t.Fatalf("save = %d to %q", resp.StatusCode, loc)
	}
	// Ben's save against the same version is refused, showing both.
	resp = ben.post(t, ratingPath(round, rec), ratingForm("red", "Nothing yet", before), false)
	if resp.StatusCode != http.StatusConflict {
		t.Fatalf("stale save = %d, want 409", resp.StatusCode)
	}
	doc := parseHTML(t, body(t, resp))
	var tables []*html.Node
	tables = findAll(doc, "table", func(n *html.Node) bool { return attr(n, "id") == "conflict" })
	if len(tables) != 1 {
		t.Fatal("no conflict table")
	}
	rows := tableRows(tables[0])
	if got := rows["Rating Differs"]; len(got) != 2 || got[0] != "Red" || got[1] != "Green" {
		t.Errorf("rating row = %q, want mine Red, saved Green", got)
	}
	if got := rows["Commentary Differs"]; len(got) != 2 || got[0] != "Nothing yet" || got[1] != "Panel in place" {
		t.Errorf("commentary row = %q", got)
	}
	// Ben keeps his change: the "keep mine" form carries the saved version.
	keep := findAll(doc, "form", func(n *html.Node) bool { return attr(n, "id") == "keep-mine" })
	if len(keep) != 1 {
		t.Fatal("no keep-mine form")
	}
	form := url.Values{}
	for _, in := range findAll(keep[0], "input", nil) {
		if name := attr(in, "name"); name != "_csrf" {
			form.Set(name, attr(in, "value"))
		}
	}
	if resp := ben.post(t, ratingPath(round, rec), form, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("keep mine = %d", resp.StatusCode)
	}
	got := savedRating(t, ada, round, rec)
	if got["rag"] != "red" || got["commentary"] != "Nothing yet" || int(got["version"].(float64)) != before+2 || got["updated_by"] != "Ben" {
		t.Errorf("after keep mine: %v", got)
	}

	// The history lists both saves, newest first, with who and old -> new.
	_, b := ada.get(t, ratingPath(round, rec))
	hist := findAll(parseHTML(t, b), "table", func(n *html.Node) bool { return attr(n, "id") == "history" })
	if len(hist) != 1 {
		t.Fatal("no history table")
	}
	var lines []string
	for _, tr := range findAll(hist[0], "tr", nil)[1:] {
		var cells []string
		for _, td := range findAll(tr, "td", nil)[1:] {
			cells = append(cells, text(td))
		}
		lines = append(lines, strings.Join(cells, "|"))
	}
	want := []string{
		"Ben|Rating|Green|Red|" + strconv.Itoa(before+2),
		"Ben|Commentary|Panel in place|Nothing yet|" + strconv.Itoa(before+2),
	}
	if len(lines) < 4 || lines[0] != want[0] || lines[1] != want[1] {
		t.Errorf("history = %q, want it to start %q", lines, want)
	}
}

func TestRatingSave_JSON(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	rec := recs[2].ID
	v := int(savedRating(t, ada, round, rec)["version"].(float64))
	for _, tc := range []struct {
		name    string
		form    url.Values
		status  int
		version int
	}{
		{"lands", ratingForm("amber", "Emerging", v), http.StatusOK, v + 1},
		{"stale", ratingForm("red", "", v), http.StatusConflict, v + 1},
		{"bad evidence", url.Values{"evidence": {"ftp://x"}, "version": {strconv.Itoa(v + 1)}}, http.StatusUnprocessableEntity, 0},
		{"bad rating", url.Values{"rag": {"purple"}, "version": {strconv.Itoa(v + 1)}}, http.StatusUnprocessableEntity, 0},
		{"no version", url.Values{"rag": {"red"}}, http.StatusUnprocessableEntity, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := ada.post(t, ratingPath(round, rec), tc.form, true)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			var reply struct {
				Error  string         `json:"error"`
				Rating map[string]any `json:"rating"`
				Mine   map[string]any `json:"mine"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&reply); err != nil {
				t.Fatal(err)
			}
			if tc.version != 0 && int(reply.Rating["version"].(float64)) != tc.version {
				t.Errorf("rating version %v, want %d", reply.Rating["version"], tc.version)
			}
			if tc.status == http.StatusConflict && (reply.Mine["rag"] != "red" || reply.Rating["rag"] != "amber") {
				t.Errorf("conflict shows mine %v and saved %v", reply.Mine, reply.Rating)
			}
			if tc.status != http.StatusOK && reply.Error == "" {
				t.Error("no error message")
			}
		})
	}
}

func TestRatingSave_InvalidFormReRendersGrid(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	rec := recs[3].ID
	v := int(savedRating(t, ada, round, rec)["version"].(float64))
	form := ratingForm("amber", "Kept when refused", v)
	form.Set("target_date", "31/03/2026")
	resp := ada.post(t, ratingPath(round, rec), form, false)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", resp.StatusCode)
	}
	doc := parseHTML(t, body(t, resp))
	links := findAll(doc, "a", func(n *html.Node) bool { return attr(n, "href") == "#rec-"+strconv.Itoa(rec) })
	if len(links) == 0 {
		t.Error("error summary does not link to the recommendation")
	}
	areas := findAll(doc, "textarea", func(n *html.Node) bool { return attr(n, "id") == "commentary-"+strconv.Itoa(rec) })
	if len(areas) != 1 || text(areas[0]) != "Kept when refused" {
		t.Error("the refused form lost what was typed")
	}
}
