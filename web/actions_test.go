package web_test

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// saveAction saves a rating of Bristol's round with an owner and target
// date typed as a person would (31/3/2026).
func saveAction(t *testing.T, cl *visitor, round, rec int, owner, due string) {
	t.Helper()
	v := int(savedRating(t, cl, round, rec)["version"].(float64))
	form := ratingForm("amber", "", v)
	form.Set("owner", owner)
	form.Set("target_date", due)
	if resp := cl.post(t, ratingPath(round, rec), form, true); resp.StatusCode != http.StatusOK {
		t.Fatalf("save = %d", resp.StatusCode)
	}
}

// The actions page lists the owners and target dates saved on the grid,
// soonest first, marks the one long past as overdue in words, filters by
// owner and theme, and downloads the same rows as CSV.
func TestActions_Page(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	page := "/assessments/" + strconv.Itoa(round) + "/actions"
	_, b := ada.get(t, page)
	if n := findAll(parseHTML(t, b), "p", func(n *html.Node) bool { return attr(n, "id") == "no-actions" }); len(n) != 1 {
		t.Fatal("the seeded round, which names no owner, does not say it has no actions")
	}
	saveAction(t, ada, round, recs[0].ID, "Head of SEND", "31/3/2021") // long past
	saveAction(t, ada, round, recs[5].ID, "Finance lead", "31/3/2099")
	saveAction(t, ada, round, recs[9].ID, "Head of SEND", "")
	_, b = ada.get(t, page)
	doc := parseHTML(t, b)
	rows := findAll(mustElement(t, doc, "table", "actions"), "tr", func(n *html.Node) bool { return attr(n, "data-recommendation") != "" })
	var got []string
	for _, r := range rows {
		owner := findAll(r, "td", func(n *html.Node) bool { _, ok := attrOK(n, "data-owner"); return ok })[0]
		due := findAll(r, "td", func(n *html.Node) bool { _, ok := attrOK(n, "data-due"); return ok })[0]
		got = append(got, attr(r, "data-recommendation")+"|"+text(owner)+"|"+strings.Join(strings.Fields(text(due)), " "))
	}
	want := []string{
		strconv.Itoa(recs[0].ID) + "|Head of SEND|31 March 2021 Overdue",
		strconv.Itoa(recs[5].ID) + "|Finance lead|31 March 2099",
		strconv.Itoa(recs[9].ID) + "|Head of SEND|not stated",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("actions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if c := countLine(t, doc); c != "3 actions, 1 overdue." {
		t.Errorf("count %q", c)
	}
	_, b = ada.get(t, page+"?owner=Head+of+SEND")
	doc = parseHTML(t, b)
	if c := countLine(t, doc); c != "2 actions of 3 in this round, 1 overdue." {
		t.Errorf("filtered by owner: count %q", c)
	}
	theme := recs[5].Mappings[0].ThemeID
	_, b = ada.get(t, page+"?theme="+strconv.Itoa(theme))
	for _, r := range findAll(parseHTML(t, b), "tr", func(n *html.Node) bool { return attr(n, "data-recommendation") != "" }) {
		id, _ := strconv.Atoi(attr(r, "data-recommendation"))
		for _, rec := range recs {
			if rec.ID != id {
				continue
			}
			in := false
			for _, m := range rec.Mappings {
				in = in || m.ThemeID == theme
			}
			if !in {
				t.Errorf("theme filter shows recommendation %d, not under theme %d", id, theme)
			}
		}
	}
	href := attr(mustElement(t, doc, "a", "actions-csv"), "href")
	resp, body := ada.get(t, href)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("actions.csv = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	records, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != 3 || records[1][3] != "Head of SEND" || records[1][5] != "Yes" || records[2][5] != "No" {
		t.Errorf("actions.csv filtered by owner = %q", records)
	}
}

// countLine is the actions page's count, its spaces as a reader sees them.
func countLine(t *testing.T, doc *html.Node) string {
	t.Helper()
	return strings.ReplaceAll(strings.Join(strings.Fields(text(mustElement(t, doc, "p", "actions-count"))), " "), " ,", ",")
}
