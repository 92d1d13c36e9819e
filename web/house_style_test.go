package web_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Dates and times in the layouts the house style replaces: ISO dates
// ("2026-11-30") and 24-hour clock times ("15:04"; "3:04pm" is the house
// style, so a time followed by am or pm is allowed).
var (
	isoDate   = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	clockTime = regexp.MustCompile(`\b\d{1,2}:\d{2}\b(?:am|pm)?`)
)

// visibleText is the text of n a reader sees: no script, style or
// attribute values, and no hidden form fields.
func visibleText(n *html.Node, b *strings.Builder) {
	if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "head") {
		return
	}
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visibleText(c, b)
	}
}

// TestHouseStyle_NoISODatesOrClockTimes renders the main pages, with a
// rating saved (so moments appear in the history), a target date and a
// dated second round, and finds no ISO date and no 24-hour time in what
// a reader sees. No page reproduces a source's own date format, so there
// is no exception.
func TestHouseStyle_NoISODatesOrClockTimes(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	rec := recs[0].ID
	form := ratingForm("green", "House style check", ratingVersion(t, app, round, rec))
	form.Set("target_date", "30/11/2026")
	if resp := ada.post(t, ratingPath(round, rec), form, false); resp.StatusCode != 303 {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	a, err := app.Store.FindAssessmentByID(t.Context(), round)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, id := range a.AgreementIDs {
		ids = append(ids, strconv.Itoa(id))
	}
	later := newRoundForm("Later look", round, ids)
	later.Set("assessed_on", "2026-11-30")
	next := createRound(t, ada, later)

	r, n := "/assessments/"+strconv.Itoa(round), "/assessments/"+strconv.Itoa(next)
	pages := []string{"/", "/agreements/1", "/themes", "/themes/1", "/authorities", "/authorities/" + a.AuthorityCode,
		"/assessments", r, r + "/ratings", r + "/ratings/" + strconv.Itoa(rec), r + "/history", r + "/summary", r + "/report",
		n, n + "/ratings", n + "/movement", n + "/report", "/compare?round=" + strconv.Itoa(round) + "&round=" + strconv.Itoa(next),
		"/model/bury", "/upload/agreements", "/upload/ratings", "/mappings", "/help", "/cookies", "/privacy", "/accessibility"}
	sawDate := false
	for _, p := range pages {
		resp, page := ada.get(t, p)
		if resp.StatusCode != 200 {
			t.Errorf("GET %s = %d", p, resp.StatusCode)
			continue
		}
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		visibleText(doc, &b)
		txt := b.String()
		if m := isoDate.FindAllString(txt, 3); len(m) > 0 {
			t.Errorf("%s shows ISO dates %q", p, m)
		}
		for _, m := range clockTime.FindAllString(txt, -1) {
			if !strings.HasSuffix(m, "am") && !strings.HasSuffix(m, "pm") {
				t.Errorf("%s shows a 24-hour time %q", p, m)
				break
			}
		}
		sawDate = sawDate || strings.Contains(txt, "30 November 2026")
	}
	if !sawDate {
		t.Error("the target date and round date typed as 30 November 2026 appear on no page in the house style")
	}
}
