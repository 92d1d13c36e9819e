package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"golang.org/x/net/html"
)

// mustElement finds the one element with the id.
func mustElement(tb testing.TB, doc *html.Node, tag, id string) *html.Node {
	tb.Helper()
	found := findAll(doc, tag, func(n *html.Node) bool { return attr(n, "id") == id })
	if len(found) != 1 {
		tb.Fatalf("%d <%s id=%q>, want 1", len(found), tag, id)
	}
	return found[0]
}

// createRound posts the new-round form and returns the new round's ID.
func createRound(tb testing.TB, cl *visitor, form url.Values) int {
	tb.Helper()
	resp := cl.post(tb, "/assessments", form, false)
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasSuffix(loc, "/ratings") {
		tb.Fatalf("create round = %d to %q", resp.StatusCode, loc)
	}
	id, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(loc, "/assessments/"), "/ratings"))
	if err != nil {
		tb.Fatal(err)
	}
	return id
}

// roundForm is the new-round form for Bristol over the given agreements.
func newRoundForm(title string, copyFrom int, agreements []string) url.Values {
	return url.Values{"authority": {"E06000023"}, "title": {title}, "copy_from": {strconv.Itoa(copyFrom)}, "agreements": agreements}
}

// allAgreementIDs reads the agreement boxes ticked by default on the form.
func allAgreementIDs(tb testing.TB, cl *visitor) []string {
	tb.Helper()
	_, b := cl.get(tb, "/assessments/new")
	var ids []string
	for _, in := range findAll(parseHTML(tb, b), "input", func(n *html.Node) bool { return attr(n, "name") == "agreements" }) {
		if _, checked := attrOK(in, "checked"); !checked {
			tb.Errorf("agreement %s not ticked by default", attr(in, "value"))
		}
		ids = append(ids, attr(in, "value"))
	}
	return ids
}

func TestRoundCreate(t *testing.T) {
	app := newTestServer(t)
	bristol, _ := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	all := allAgreementIDs(t, ada)
	// Appendix A: 4 agreements (Kingston and Richmond held as one).
	if len(all) != 4 {
		t.Fatalf("%d agreements on the form, want 4", len(all))
	}
	for _, tc := range []struct {
		name  string
		form  url.Values
		field string
	}{
		{"no title", newRoundForm("", 0, all), "title"},
		{"duplicate title", newRoundForm("Mitigation Validation Exercise", 0, all), "title"},
		{"no agreement", newRoundForm("Autumn", 0, nil), "agreements"},
		{"bad date", func() url.Values { f := newRoundForm("Autumn", 0, all); f.Set("assessed_on", "next week"); return f }(), "assessed_on"},
		{"no authority", func() url.Values { f := newRoundForm("Autumn", 0, all); f.Del("authority"); return f }(), "authority"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := ada.post(t, "/assessments", tc.form, false)
			if resp.StatusCode != http.StatusUnprocessableEntity {
				t.Fatalf("status %d, want 422", resp.StatusCode)
			}
			doc := parseHTML(t, body(t, resp))
			if links := findAll(doc, "a", func(n *html.Node) bool { return attr(n, "href") == "#"+tc.field }); len(links) != 1 {
				t.Errorf("error summary has no link to #%s", tc.field)
			}
		})
	}

	t.Run("copy forward", func(t *testing.T) {
		id := createRound(t, ada, newRoundForm("Spring 2026", bristol, all))
		_, b := ada.get(t, "/assessments/"+strconv.Itoa(id)+"/summary")
		rows := tableRows(mustElement(t, parseHTML(t, b), "table", "summary"))
		// Appendix A: Bristol rated 3 Green, 4 Amber ("Yellow"), 3 Red; 17 of 27 not rated.
		if got := strings.Join(rows["All themes"][:5], " "); got != "3 4 3 17 27" {
			t.Errorf("copied round counts %q, want 3 4 3 17 27", got)
		}
	})
	t.Run("one agreement, empty", func(t *testing.T) {
		id := createRound(t, ada, newRoundForm("Bury only", 0, all[:1]))
		_, b := ada.get(t, "/assessments/"+strconv.Itoa(id)+"/summary")
		rows := tableRows(mustElement(t, parseHTML(t, b), "table", "summary"))
		// Appendix A: Bury's agreement has 5 recommendations.
		if got := strings.Join(rows["All themes"][:5], " "); got != "0 0 0 5 5" {
			t.Errorf("empty Bury round counts %q, want 0 0 0 5 5", got)
		}
	})
}

func TestRoundFinal(t *testing.T) {
	app := newTestServer(t)
	bristol, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	id := createRound(t, ada, newRoundForm("To close", bristol, allAgreementIDs(t, ada)))
	if resp := ada.post(t, "/assessments/"+strconv.Itoa(id)+"/final", url.Values{}, false); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("finalise without confirming = %d, want 422", resp.StatusCode)
	}
	v := int(savedRating(t, ada, id, recs[0].ID)["version"].(float64))
	if resp := ada.post(t, ratingPath(id, recs[0].ID), ratingForm("red", "", v), true); resp.StatusCode != http.StatusOK {
		t.Fatalf("save before finalising = %d", resp.StatusCode)
	}
	if resp := ada.post(t, "/assessments/"+strconv.Itoa(id)+"/final", url.Values{"confirm": {"yes"}}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("finalise = %d", resp.StatusCode)
	}
	_, b := ada.get(t, "/assessments/"+strconv.Itoa(id)+"/ratings")
	doc := parseHTML(t, b)
	if forms := findAll(doc, "form", func(n *html.Node) bool { _, ok := attrOK(n, "data-rating-form"); return ok }); len(forms) != 0 {
		t.Errorf("final round shows %d rating forms", len(forms))
	}
	mustElement(t, doc, "div", "round-final")
	if resp := ada.post(t, ratingPath(id, recs[0].ID), ratingForm("amber", "", v+1), true); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("save to a final round = %d, want 422", resp.StatusCode)
	}
}

func TestSummaryAndMovement(t *testing.T) {
	app := newTestServer(t)
	bristol, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")

	_, b := ada.get(t, "/assessments/"+strconv.Itoa(bristol)+"/summary")
	doc := parseHTML(t, b)
	// Appendix A: Bristol rated 3 recommendations Red, its opportunities.
	if rows := tableRows(mustElement(t, doc, "table", "opportunities")); len(rows) != 3 {
		t.Errorf("%d opportunities, want 3", len(rows))
	}
	chart := mustElement(t, doc, "svg", "rag-chart")
	summaryRows := tableRows(mustElement(t, doc, "table", "summary"))
	if bars := findAll(chart, "g", func(n *html.Node) bool { return hasClass(n, "sv-ragchart__row") }); len(bars) != len(summaryRows) {
		t.Errorf("chart has %d bars, table %d rows", len(bars), len(summaryRows))
	}

	id := createRound(t, ada, newRoundForm("Next", bristol, allAgreementIDs(t, ada)))
	// Rate one recommendation Bristol left unrated, then compare.
	var unrated int
	for _, r := range recs {
		if v := savedRating(t, ada, bristol, r.ID); v["rag"] == "none" {
			unrated = r.ID
			break
		}
	}
	if resp := ada.post(t, ratingPath(id, unrated), ratingForm("amber", "", 0), true); resp.StatusCode != http.StatusOK {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	_, b = ada.get(t, "/assessments/"+strconv.Itoa(id)+"/movement")
	doc = parseHTML(t, b)
	moved := tableRows(mustElement(t, doc, "table", "moved"))
	if len(moved) != 1 {
		t.Fatalf("%d moved, want 1: %v", len(moved), moved)
	}
	for _, cells := range moved {
		if strings.Join(cells, "|") != "Not rated|Amber|Improved" {
			t.Errorf("movement = %q", cells)
		}
	}
	themes := tableRows(mustElement(t, doc, "table", "theme-movement"))
	changed := 0
	for _, cells := range themes {
		if cells[1] != strings.Replace(cells[1], "→", "", 1) && strings.Fields(cells[1])[0] != strings.Fields(cells[1])[2] {
			changed++
		}
	}
	if changed == 0 {
		t.Errorf("no theme's Amber count moved: %v", themes)
	}
}

// TestSummaryShowsBurySavingsByTheme checks the summary lines each theme's
// Reds up with the savings Bury's plan attached to that theme.
func TestSummaryShowsBurySavingsByTheme(t *testing.T) {
	app := newTestServer(t)
	bristol, _ := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	_, b := ada.get(t, "/assessments/"+strconv.Itoa(bristol)+"/summary")
	doc := parseHTML(t, b)
	worth := tableRows(mustElement(t, doc, "table", "worth"))
	counts := tableRows(mustElement(t, doc, "table", "summary"))
	delete(counts, "All themes")
	if len(worth) != len(counts) {
		t.Errorf("%d themes beside Bury's savings, %d in the summary", len(worth), len(counts))
	}
	ts, err := buryModel(t).SavingsByTheme()
	if err != nil {
		t.Fatal(err)
	}
	reds, withSchemes := 0, 0
	for _, s := range ts {
		row, ok := worth[s.Theme]
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(row[0])
		reds += n
		if len(s.Schemes) == 0 {
			if row[1] != "–" {
				t.Errorf("%s: savings %q, want a dash: no Bury scheme maps here", s.Theme, row[1])
			}
			continue
		}
		withSchemes++
		if want := fmt.Sprintf("%.2f", s.Savings); row[1] != want { // £m to two decimals in a summary
			t.Errorf("%s: savings %q, want %q", s.Theme, row[1], want)
		}
		for _, sc := range s.Schemes {
			if !strings.Contains(row[3], sc.Scheme) {
				t.Errorf("%s: schemes %q do not name %q", s.Theme, row[3], sc.Scheme)
			}
		}
	}
	// Appendix A: Bristol rated three recommendations Red; each has one theme
	// in the appendix's table.
	if reds < 3 {
		t.Errorf("%d Reds across themes, want at least 3", reds)
	}
	// Bury's Table 4 schemes map to two themes (savings_schemes.csv).
	if withSchemes < 2 {
		t.Errorf("%d themes show Bury schemes, want at least 2", withSchemes)
	}
}

// TestRoundForm_FollowsNewAgreements checks a round follows agreements
// uploaded later when the box, ticked by default, stays ticked, and keeps
// its agreements when it is unticked (an unticked box is not sent).
func TestRoundForm_FollowsNewAgreements(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	_, b := ada.get(t, "/assessments/new")
	box := mustElement(t, parseHTML(t, b), "input", "follows_new")
	if _, checked := attrOK(box, "checked"); !checked {
		t.Error("follow new agreements is not ticked by default")
	}
	all := allAgreementIDs(t, ada)
	for _, c := range []struct {
		title, follows, want string
	}{
		{"Ticked", "yes", "Added to this round while it is open"},
		{"Unticked", "", "Not added: the round keeps the agreements it started with"},
	} {
		form := newRoundForm(c.title, 0, all)
		if c.follows != "" {
			form.Set("follows_new", c.follows)
		}
		id := createRound(t, ada, form)
		_, b := ada.get(t, "/assessments/"+strconv.Itoa(id))
		if got := text(mustElement(t, parseHTML(t, b), "dd", "follows-new")); got != c.want {
			t.Errorf("%s: %q, want %q", c.title, got, c.want)
		}
	}
}

// TestCopyForward_KeepsEvidenceOnlyRatings copies a round in which one
// recommendation, not yet rated, has only an evidence link and a target
// date: the copy keeps both.
func TestCopyForward_KeepsEvidenceOnlyRatings(t *testing.T) {
	app := newTestServer(t)
	bristol, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	rec := firstUnrated(t, ada, bristol, recs)
	version, _ := savedRating(t, ada, bristol, rec)["version"].(float64) // absent for a rating never saved
	form := ratingForm("none", "", int(version))
	form.Set("evidence", "https://example.org/sufficiency-plan")
	form.Set("target_date", "2027-03-31")
	if resp := ada.post(t, ratingPath(bristol, rec), form, true); resp.StatusCode != http.StatusOK {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	id := createRound(t, ada, newRoundForm("Copied", bristol, allAgreementIDs(t, ada)))
	got := savedRating(t, ada, id, rec)
	if got["evidence"] != "https://example.org/sufficiency-plan" || got["target_date"] != "2027-03-31" {
		t.Errorf("copied rating = %v, want the evidence link and target date kept", got)
	}
}

// TestRoundForm_UKDate starts a round dated the way people type dates in
// England; it is stored as ISO 8601.
func TestRoundForm_UKDate(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	form := newRoundForm("April review", 0, allAgreementIDs(t, ada))
	form.Set("assessed_on", "1/4/2026")
	id := createRound(t, ada, form)
	a, err := app.Store.FindAssessmentByID(context.Background(), id)
	if err != nil || a.AssessedOn != "2026-04-01" {
		t.Errorf("stored date %q, %v; want 2026-04-01", a.AssessedOn, err)
	}
}

// TestRoundCreate_CopiesAcrossRevisions copies a round that kept an older
// revision of Bury's agreement into a round over the newer one: ratings
// follow their recommendation across the revision, and each copy's
// history names the editor and the round copied.
func TestRoundCreate_CopiesAcrossRevisions(t *testing.T) {
	app := newTestServer(t)
	ctx := context.Background()
	ada := newVisitor(t, app, "Ada")
	bristol, _, bury4 := closeBristolOverBury(t, app, ada)
	// The final round keeps revision 1; revision 2 rewords 3 and drops 4.
	if _, err := ingest.ImportAgreements(ctx, app.Store, revisedBury(t), ingest.FromFile("bury.csv", "Ada"), false); err != nil {
		t.Fatal(err)
	}
	id := createRound(t, ada, newRoundForm("After the revision", bristol, allAgreementIDs(t, ada)))

	held, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var revised3 *benchmark.Recommendation
	for _, a := range held {
		for _, r := range a.Recommendations {
			if strings.HasPrefix(r.Text, "Ensure robust planning for future provision") && strings.Contains(r.Text, buryRevised3) {
				revised3 = r
			}
		}
	}
	if revised3 == nil {
		t.Fatal("revision 2 of Bury 3 not found")
	}
	got := savedRating(t, ada, id, revised3.ID)
	const by = "Ada, copying “Mitigation Validation Exercise”" // the shipped round's title (Appendix A)
	if got["rag"] != string(benchmark.Red) || got["updated_by"] != by {
		t.Errorf("revised Bury 3 in the copy = %v, want red by %q", got, by)
	}
	changes, err := app.Store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &id, RecommendationID: &revised3.ID})
	if err != nil || len(changes) != 1 || changes[0].Field != benchmark.FieldRAG || changes[0].New != string(benchmark.Red) || changes[0].By != by {
		t.Errorf("history of revised Bury 3 = %+v, %v; want the copied Red by %q", changes, err, by)
	}
	ratings, err := app.Store.FindRatings(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if ratings[bury4.ID] != nil {
		t.Errorf("Bury 4, dropped from revision 2, has a rating in the copy")
	}
}
