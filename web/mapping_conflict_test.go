package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Two reviewers open the same suggestion; the first saves, the second is
// refused with 409 and both reviews shown, nothing of theirs saved, and
// can then keep theirs deliberately.
func TestMappings_TwoReviewersConflict(t *testing.T) {
	app := newTestServer(t)
	ada, ben := newVisitor(t, app, "Ada"), newVisitor(t, app, "Ben")
	rec := uploadForReview(t, app, ada)
	tax := taxonomy(t, app)
	id := strconv.Itoa(rec.ID)
	_, page := ada.get(t, "/mappings")
	adaVersion := formVersion(t, parseHTML(t, page), rec.ID)
	_, page = ben.get(t, "/mappings")
	benVersion := formVersion(t, parseHTML(t, page), rec.ID)

	partner := choice(t, tax, "Financial Efficiencies", "Partner funding")
	data := choice(t, tax, "Data, Outcomes and Digital", "")
	if resp := ada.post(t, "/mappings/"+id, url.Values{"mapping": {partner}, "version": {adaVersion}}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("Ada's review = %d", resp.StatusCode)
	}
	resp := ben.post(t, "/mappings/"+id, url.Values{"mapping": {data}, "version": {benVersion}, "show": {"review"}}, false)
	page = body(t, resp)
	if resp.StatusCode != http.StatusConflict {
		t.Fatalf("Ben's stale review = %d, want 409", resp.StatusCode)
	}
	doc := parseHTML(t, page)
	rows := findAll(byID(doc, "conflict"), "tr", func(n *html.Node) bool { return len(findAll(n, "td", nil)) == 2 })
	if len(rows) != 1 {
		t.Fatalf("%d rows compared, want 1", len(rows))
	}
	cells := findAll(rows[0], "td", nil)
	if text(cells[0]) != "Data, Outcomes and Digital" || text(cells[1]) != "Financial Efficiencies – Partner funding" {
		t.Errorf("compared: mine %q, saved %q", text(cells[0]), text(cells[1]))
	}
	if h := text(findAll(doc, "h1", nil)[0]); h != "Ada reviewed these themes after you opened them" {
		t.Errorf("heading = %q", h)
	}
	if m := storedMappings(t, app, rec.ID); len(m) != 1 || m[0].Label() != "Financial Efficiencies – Partner funding" {
		t.Fatalf("stored after the conflict = %+v", m)
	}

	// Keeping his review posts it again against Ada's version.
	keep := byID(doc, "keep-mine")
	form := url.Values{}
	for _, in := range findAll(keep, "input", nil) {
		if attr(in, "name") != "_csrf" {
			form.Set(attr(in, "name"), attr(in, "value"))
		}
	}
	if form.Get("version") == benVersion || form.Get("mapping") != data {
		t.Fatalf("keep-mine form = %v", form)
	}
	if resp := ben.post(t, "/mappings/"+id, form, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("keeping Ben's review = %d", resp.StatusCode)
	}
	if r := reviewedRecommendation(t, app, rec.ID); r.ReviewedBy != "Ben" || len(r.Mappings) != 1 || r.Mappings[0].Label() != "Data, Outcomes and Digital" {
		t.Errorf("after keeping Ben's: by %q, %+v", r.ReviewedBy, r.Mappings)
	}
}

// A review from someone not signed in sends them to sign in, and saves
// nothing: every review names its account.
func TestMappings_ReviewAsksForName(t *testing.T) {
	app := newTestServer(t)
	rec := uploadForReview(t, app, newVisitor(t, app, "Ben"))
	tax := taxonomy(t, app)
	cl := anonymousVisitor(t, app)
	resp := cl.post(t, "/mappings/"+strconv.Itoa(rec.ID), url.Values{"mapping": {choice(t, tax, "Financial Efficiencies", "")}, "version": {"1"}}, false)
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/signin?return=") {
		t.Fatalf("anonymous review = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if m := storedMappings(t, app, rec.ID); m[0].Source == "reviewed" {
		t.Error("an unnamed review was saved")
	}
}
