package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
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

// TestRatingSave_NeedsAccount: a visitor who has not signed in is sent
// to sign in (a script gets 401), and nothing is saved.
func TestRatingSave_NeedsAccount(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	anon := anonymousVisitor(t, app)
	path := ratingPath(round, recs[1].ID)
	resp := anon.post(t, path, ratingForm("red", "", 0), false)
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/signin?return=") {
		t.Errorf("form post without an account = %d to %q, want 303 to /signin", resp.StatusCode, loc)
	}
	resp = anon.post(t, path, ratingForm("red", "", 0), true)
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("script post without an account = %d, want 401", resp.StatusCode)
	}
	if resp, _ := anon.get(t, "/assessments/new"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("new round form without an account = %d, want 303", resp.StatusCode)
	}
	if got, err := app.Store.FindRatings(context.Background(), round); err != nil || got[recs[1].ID] != nil && got[recs[1].ID].RAG == benchmark.Red {
		t.Errorf("a save without an account was stored: %v, %v", got[recs[1].ID], err)
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
	tables := findAll(doc, "table", func(n *html.Node) bool { return attr(n, "id") == "conflict" })
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
	after := strconv.Itoa(v + 1)
	for _, tc := range []struct {
		name    string
		form    url.Values
		status  int
		version int
		fields  []string // the fields of the problems listed, in form order
	}{
		{"lands", ratingForm("amber", "Emerging", v), http.StatusOK, v + 1, nil},
		{"stale", ratingForm("red", "", v), http.StatusConflict, v + 1, nil},
		{"bad evidence", url.Values{"evidence": {"ftp://x"}, "version": {after}}, http.StatusUnprocessableEntity, 0, []string{"evidence"}},
		{"bad evidence and date", url.Values{"evidence": {"ftp://x"}, "target_date": {"30/02/2026"}, "version": {after}},
			http.StatusUnprocessableEntity, 0, []string{"evidence", "target_date"}},
		{"bad rating", url.Values{"rag": {"purple"}, "version": {after}}, http.StatusUnprocessableEntity, 0, []string{"rag"}},
		{"no version", url.Values{"rag": {"red"}}, http.StatusUnprocessableEntity, 0, []string{""}},
		{"no version and bad date", url.Values{"target_date": {"soon"}}, http.StatusUnprocessableEntity, 0, []string{"", "target_date"}},
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
				Errors []struct {
					Field   string `json:"field"`
					Message string `json:"message"`
				} `json:"errors"`
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
			var fields []string
			for _, e := range reply.Errors {
				fields = append(fields, e.Field)
				if e.Message == "" || !strings.Contains(reply.Error, e.Message) {
					t.Errorf("problem with %q: message %q, not in the error %q", e.Field, e.Message, reply.Error)
				}
			}
			if strings.Join(fields, ",") != strings.Join(tc.fields, ",") || len(fields) != len(tc.fields) {
				t.Errorf("problems with fields %q, want %q", fields, tc.fields)
			}
		})
	}
	// Nothing refused was saved.
	if got := savedRating(t, ada, round, rec); int(got["version"].(float64)) != v+1 || got["evidence"] != "" {
		t.Errorf("after the refused saves: %v", got)
	}
}

func TestRatingSave_InvalidFormReRendersGrid(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	rec := recs[3].ID
	id := strconv.Itoa(rec)
	v := int(savedRating(t, ada, round, rec)["version"].(float64))
	form := ratingForm("amber", "Kept when refused", v)
	form.Set("evidence", "sharepoint/plan.docx")
	form.Set("owner", "Head of SEND")
	// The grid's date input: day, month and year boxes.
	form.Del("target_date")
	form.Set("target_date-day", "31")
	form.Set("target_date-month", "13")
	form.Set("target_date-year", "2026")
	resp := ada.post(t, ratingPath(round, rec), form, false)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", resp.StatusCode)
	}
	doc := parseHTML(t, body(t, resp))

	// The error summary links to each field with a problem, in form order.
	summary := findAll(doc, "div", func(n *html.Node) bool { return hasClass(n, "govuk-error-summary") })
	if len(summary) != 1 {
		t.Fatalf("%d error summaries, want 1", len(summary))
	}
	var links []string
	for _, a := range findAll(summary[0], "a", nil) {
		links = append(links, attr(a, "href")+" "+text(a))
	}
	if len(links) != 2 || !strings.HasPrefix(links[0], "#evidence-"+id+" ") || !strings.HasPrefix(links[1], "#target-"+id+" ") {
		t.Fatalf("error summary links %q, want the evidence link, then the target date", links)
	}
	if !strings.Contains(links[0], "web address") || !strings.Contains(links[1], "Target date must be a real date") {
		t.Errorf("error summary messages %q", links)
	}

	// Each field's message sits in its form group and describes its input.
	for _, f := range []struct{ input, field string }{{"evidence-" + id, "evidence"}, {"target-" + id, "target_date"}} {
		errID := f.input + "-error"
		msgs := findAll(doc, "p", func(n *html.Node) bool { return attr(n, "id") == errID })
		if len(msgs) != 1 || !hasClass(msgs[0], "govuk-error-message") || !strings.HasPrefix(text(msgs[0]), "Error:") {
			t.Errorf("#%s: %d inline error messages, want one GOV.UK error message", errID, len(msgs))
			continue
		}
		group := msgs[0].Parent
		// A date input's message sits in its fieldset, which it describes.
		described := findAll(doc, "input", func(n *html.Node) bool { return attr(n, "id") == f.input })
		if group.Data == "fieldset" {
			described, group = []*html.Node{group}, group.Parent
		}
		if !hasClass(group, "govuk-form-group--error") || attr(group, "data-field") != f.field {
			t.Errorf("#%s is not in the %s form group marked as an error", errID, f.field)
		}
		inputs := findAll(doc, "input", func(n *html.Node) bool { return attr(n, "id") == f.input })
		if len(inputs) != 1 || len(described) != 1 || !strings.Contains(attr(described[0], "aria-describedby"), errID) || !hasClass(inputs[0], "govuk-input--error") {
			t.Errorf("#%s is not described by its error", f.input)
		}
	}
	// The evidence link and target date are folded with the owner; a
	// problem with them shows them unfolded.
	if more := findAll(doc, "details", func(n *html.Node) bool { return attr(n, "id") == "more-"+id }); len(more) != 1 || !hasAttr(more[0], "open") {
		t.Errorf("the details holding the evidence link and target date is not open beside their problems")
	}
	// Fields without a problem show none.
	for _, errID := range []string{"rag-" + id + "-error", "commentary-" + id + "-error", "owner-" + id + "-error", "rec-" + id + "-error"} {
		if n := findAll(doc, "p", func(n *html.Node) bool { return attr(n, "id") == errID }); len(n) != 0 {
			t.Errorf("#%s shown for a field without a problem", errID)
		}
	}

	// What was typed is kept, and the status line does not claim a save.
	areas := findAll(doc, "textarea", func(n *html.Node) bool { return attr(n, "id") == "commentary-"+id })
	if len(areas) != 1 || text(areas[0]) != "Kept when refused" {
		t.Error("the refused form lost what was typed")
	}
	for input, want := range map[string]string{"evidence-" + id: "sharepoint/plan.docx", "owner-" + id: "Head of SEND",
		"target-" + id: "31", "target-" + id + "-month": "13", "target-" + id + "-year": "2026"} {
		if in := findAll(doc, "input", func(n *html.Node) bool { return attr(n, "id") == input }); len(in) != 1 || attr(in[0], "value") != want {
			t.Errorf("#%s lost %q", input, want)
		}
	}
	if st := findAll(doc, "p", func(n *html.Node) bool { return attr(n, "id") == "status-"+id }); len(st) != 1 || text(st[0]) != "Your change was not saved." {
		t.Errorf("status line after a refused save: %v", st)
	}
	if got := savedRating(t, ada, round, rec); int(got["version"].(float64)) != v {
		t.Errorf("a refused save changed the rating: %v", got)
	}
}

func TestRatingSave_FormProblemLinksToRecommendation(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	rec := recs[4].ID
	id := strconv.Itoa(rec)
	resp := ada.post(t, ratingPath(round, rec), url.Values{"rag": {"red"}, "target_date": {"tomorrow"}}, false)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", resp.StatusCode)
	}
	doc := parseHTML(t, body(t, resp))
	for _, href := range []string{"#rec-" + id, "#target-" + id} {
		if links := findAll(doc, "a", func(n *html.Node) bool { return attr(n, "href") == href }); len(links) == 0 {
			t.Errorf("error summary does not link to %s", href)
		}
	}
	msg := findAll(doc, "p", func(n *html.Node) bool { return attr(n, "id") == "rec-"+id+"-error" })
	if len(msg) != 1 || !strings.Contains(text(msg[0]), "version") {
		t.Errorf("the form's own problem is not shown on the form: %v", msg)
	}
}

func TestRatingSave_TargetDateUKOrISO(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	grid := "/assessments/" + strconv.Itoa(round) + "/ratings"
	for i, tc := range []struct{ typed, stored, shown string }{
		{"31/3/2026", "2026-03-31", "31/3/2026"},
		{"01/04/2027", "2027-04-01", "1/4/2027"},
		{"2026-09-30", "2026-09-30", "30/9/2026"},
	} {
		rec := recs[5+i].ID
		id := strconv.Itoa(rec)
		v := int(savedRating(t, ada, round, rec)["version"].(float64))
		form := ratingForm("amber", "", v)
		form.Set("target_date", tc.typed)
		if resp := ada.post(t, ratingPath(round, rec), form, false); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("%s: save = %d, want 303", tc.typed, resp.StatusCode)
		}
		if got := savedRating(t, ada, round, rec)["target_date"]; got != tc.stored {
			t.Errorf("%s stored as %v, want %s", tc.typed, got, tc.stored)
		}
		_, b := ada.get(t, grid)
		doc := parseHTML(t, b)
		parts := strings.Split(tc.shown, "/")
		shown := dateBoxes(doc, "target-"+id)
		if strings.Join(shown, "/") != tc.shown {
			t.Errorf("%s shown on the grid as %q, want %s", tc.typed, shown, tc.shown)
		}
		hint := findAll(doc, "div", func(n *html.Node) bool { return attr(n, "id") == "target-"+id+"-hint" })
		if len(hint) != 1 || text(hint[0]) != "For example, 31 3 2026" {
			t.Errorf("target date hint %v", hint)
		}
		// Saving the form again as shown, in its three boxes, changes nothing.
		form.Del("target_date")
		form.Set("target_date-day", parts[0])
		form.Set("target_date-month", parts[1])
		form.Set("target_date-year", parts[2])
		form.Set("version", strconv.Itoa(v+1))
		if resp := ada.post(t, ratingPath(round, rec), form, true); resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: second save = %d", tc.shown, resp.StatusCode)
		}
		if got := savedRating(t, ada, round, rec)["version"].(float64); int(got) != v+1 {
			t.Errorf("saving %s as shown made version %v, want %d unchanged", tc.shown, got, v+1)
		}
	}
}

// TestRatingGrid_FoldedFields: each form folds its evidence link, owner and
// target date into a details component, closed while they are empty and
// open, with what they hold beside its summary, once one has a value.
func TestRatingGrid_FoldedFields(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	filled, blank := strconv.Itoa(recs[3].ID), strconv.Itoa(recs[4].ID)
	v := int(savedRating(t, ada, round, recs[3].ID)["version"].(float64))
	form := ratingForm("amber", "", v)
	form.Set("owner", "Head of SEND")
	form.Set("target_date", "31/3/2026")
	if resp := ada.post(t, ratingPath(round, recs[3].ID), form, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("save = %d, want 303", resp.StatusCode)
	}
	_, b := ada.get(t, "/assessments/"+strconv.Itoa(round)+"/ratings")
	doc := parseHTML(t, b)
	for _, tc := range []struct {
		id   string
		open bool
		line string
	}{
		{filled, true, "Owner: Head of SEND. Target date: 31 March 2026."},
		{blank, false, ""},
	} {
		more := findAll(doc, "details", func(n *html.Node) bool { return attr(n, "id") == "more-"+tc.id })
		if len(more) != 1 {
			t.Fatalf("#more-%s: %d details, want 1", tc.id, len(more))
		}
		if hasAttr(more[0], "open") != tc.open {
			t.Errorf("#more-%s open = %v, want %v", tc.id, !tc.open, tc.open)
		}
		sum := findAll(more[0], "summary", nil)
		if len(sum) != 1 || !strings.HasPrefix(text(sum[0]), "Evidence, owner and target date") {
			t.Errorf("#more-%s summary %v", tc.id, sum)
			continue
		}
		line := findAll(sum[0], "span", func(n *html.Node) bool { return hasClass(n, "sv-rating__more-filled") })
		if len(line) != 1 || text(line[0]) != tc.line {
			t.Errorf("#more-%s says it holds %v, want %q", tc.id, line, tc.line)
		}
		// The three fields keep their ids and names inside it.
		for _, in := range []string{"evidence-" + tc.id, "owner-" + tc.id, "target-" + tc.id} {
			if n := findAll(more[0], "input", func(n *html.Node) bool { return attr(n, "id") == in }); len(n) != 1 {
				t.Errorf("#%s is not inside #more-%s", in, tc.id)
			}
		}
	}
}

// dateBoxes reads the day, month and year boxes of the date input whose
// day box has the id given.
func dateBoxes(doc *html.Node, id string) []string {
	var out []string
	for _, box := range []string{id, id + "-month", id + "-year"} {
		for _, in := range findAll(doc, "input", func(n *html.Node) bool { return attr(n, "id") == box }) {
			out = append(out, attr(in, "value"))
		}
	}
	return out
}
