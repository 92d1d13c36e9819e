package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// uploadedBristol finds the agreement uploadCSV creates.
func uploadedBristol(t *testing.T, app *testApp) *benchmark.Agreement {
	t.Helper()
	list, err := app.Store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		if a.Provenance.Origin == benchmark.OriginFile && a.FinancialYear == "2022-23" {
			return a
		}
	}
	t.Fatal("the uploaded agreement is not stored")
	return nil
}

func TestUploadPreview_ChangeSuggestionBeforeConfirming(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	before := agreementCount(t, app)
	_, page := ada.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	doc := parseHTML(t, page)
	// Only recommendation 2 (no theme in uploadCSV) has a select, inside
	// the confirm form; its first option keeps the suggestion.
	var selects []*html.Node
	for _, f := range findAll(doc, "form", func(n *html.Node) bool { return attr(n, "action") == "/upload/agreements/confirm" }) {
		selects = append(selects, findAll(f, "select", nil)...)
	}
	if len(selects) != 1 || attr(selects[0], "name") != "review-2" {
		t.Fatalf("confirm form has %d selects, want review-2 alone", len(selects))
	}
	labels := findAll(doc, "label", func(n *html.Node) bool { return attr(n, "for") == "review-2" })
	if len(labels) != 1 || text(labels[0]) != "Theme for recommendation 2" {
		t.Errorf("the select's label is missing or wrong")
	}
	token := hiddenValue(doc, "upload")

	// A choice outside the taxonomy: the preview again, nothing written,
	// the token kept.
	resp := ada.post(t, "/upload/agreements/confirm", url.Values{"upload": {token}, "review-2": {"999:0"}}, false)
	page = body(t, resp)
	want := "Choose the theme and sub-theme of recommendation 2 of Safety Valve agreement: Bristol from the list"
	if got := errorSummary(t, page); resp.StatusCode != http.StatusUnprocessableEntity || len(got) != 1 || got[0] != want {
		t.Fatalf("bad choice = %d %q", resp.StatusCode, got)
	}
	if agreementCount(t, app) != before || hiddenValue(parseHTML(t, page), "upload") != token {
		t.Fatal("a refused choice wrote to the database or lost the token")
	}

	tax, err := app.Store.Taxonomy(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Financial Efficiencies – Partner funding is in datasets/themes.
	fin := tax.Theme("Financial Efficiencies")
	choice := strconv.Itoa(fin.ID) + ":" + strconv.Itoa(fin.SubTheme("Partner funding").ID)
	resp = ada.post(t, "/upload/agreements/confirm", url.Values{"upload": {token}, "review-2": {choice}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	a := uploadedBristol(t, app)
	r := a.Recommendations[1]
	if len(r.Mappings) != 1 || r.Mappings[0].Source != benchmark.SourceReviewed || r.Mappings[0].SubTheme != "Partner funding" || r.ReviewedBy != "Ada" {
		t.Errorf("recommendation 2 = %+v reviewed by %q; want Partner funding reviewed by Ada", r.Mappings[0], r.ReviewedBy)
	}
	if m := a.Recommendations[0].Mappings; len(m) != 1 || m[0].Source != benchmark.SourcePublished {
		t.Errorf("recommendation 1's theme from the file became %+v", m[0])
	}
}

func TestUploadConfirm_LinksToReviewFilteredAndAcceptsAboveConfidence(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	_, page := ada.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	resp := ada.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(parseHTML(t, page), "upload")}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	a := uploadedBristol(t, app)
	rec := a.Recommendations[1]
	if !rec.Suggested() {
		t.Fatalf("recommendation 2 is not suggested: %+v", rec.Mappings)
	}
	_, page = ada.get(t, resp.Header.Get("Location"))
	filtered := "/mappings?agreement=" + strconv.Itoa(a.ID)
	links := findAll(parseHTML(t, page), "a", func(n *html.Node) bool { return attr(n, "href") == filtered })
	if len(links) != 1 || text(links[0]) != "Review the 1 suggested theme of this agreement" {
		t.Fatalf("the agreement page after import has no link to %s", filtered)
	}

	// The filtered page lists only this agreement's suggestion.
	_, page = ada.get(t, filtered)
	doc := parseHTML(t, page)
	seen := findAll(doc, "input", func(n *html.Node) bool { return attr(n, "name") == "seen" })
	want := strconv.Itoa(rec.ID) + ":" + strconv.Itoa(rec.MappingVersion)
	if len(seen) != 1 || attr(seen[0], "value") != want {
		t.Fatalf("accept form sees %d recommendations, want %s alone", len(seen), want)
	}
	pct := benchmark.ConfidencePercent(rec.Mappings[0].Confidence)
	accept := func(who *visitor, min string) *http.Response {
		return who.post(t, "/mappings/accept", url.Values{"seen": {want}, "min": {min}, "agreement": {strconv.Itoa(a.ID)}}, false)
	}
	for _, bad := range []string{"", "0", "101", "half"} {
		if resp := accept(ada, bad); resp.StatusCode != http.StatusUnprocessableEntity {
			t.Errorf("min %q = %d, want 422", bad, resp.StatusCode)
		}
	}
	if pct < 100 {
		resp := accept(ada, strconv.Itoa(pct+1))
		got := errorSummary(t, body(t, resp))
		if resp.StatusCode != http.StatusUnprocessableEntity || len(got) != 1 || got[0] != "No suggestion listed has a confidence of "+strconv.Itoa(pct+1)+"% or more: nothing was accepted" {
			t.Errorf("above its confidence: %d %q", resp.StatusCode, got)
		}
	}
	if uploadedBristol(t, app).Recommendations[1].Suggested() == false {
		t.Fatal("a refused accept changed the mapping")
	}

	// Someone else reviews it meanwhile: Ada's accept, made from the page
	// she read, is refused and changes nothing.
	ben := newVisitor(t, app, "Ben")
	tax, _ := app.Store.Taxonomy(context.Background())
	fin := tax.Theme("Financial Efficiencies")
	other := ben.post(t, "/mappings/"+strconv.Itoa(rec.ID), url.Values{"mapping": {strconv.Itoa(fin.ID) + ":0"}, "version": {strconv.Itoa(rec.MappingVersion)}}, false)
	if other.StatusCode != http.StatusSeeOther {
		t.Fatalf("Ben's review = %d", other.StatusCode)
	}
	resp = accept(ada, strconv.Itoa(pct))
	got := errorSummary(t, body(t, resp))
	if resp.StatusCode != http.StatusConflict || len(got) != 1 || !strings.HasPrefix(got[0], "The themes of 1 recommendation were changed by someone else") {
		t.Errorf("stale accept = %d %q, want 409", resp.StatusCode, got)
	}
	if r := uploadedBristol(t, app).Recommendations[1]; r.ReviewedBy != "Ben" || r.Mappings[0].Theme != "Financial Efficiencies" || r.Mappings[0].SubTheme != "" {
		t.Errorf("after the stale accept: %+v by %q, want Ben's review kept", r.Mappings[0], r.ReviewedBy)
	}
}

func TestMappingsAccept_AcceptsEverySuggestionAtOrAboveTheConfidence(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	csv := "authority,agreement,round,reference,recommendation\r\n" +
		"Bristol,Safety Valve agreement: Bristol,2022-23,1,Create 40 resourced provision places in mainstream schools.\r\n" +
		"Bristol,Safety Valve agreement: Bristol,2022-23,2,Agree contributions from health partners to joint placements.\r\n" +
		"Bristol,Safety Valve agreement: Bristol,2022-23,3,Review the commissioning of independent placements.\r\n"
	_, page := ada.postFile(t, "/upload/agreements", "bristol.csv", []byte(csv), nil)
	if resp := ada.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(parseHTML(t, page), "upload")}}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	a := uploadedBristol(t, app)
	// The threshold is the middle suggestion's confidence: those at or
	// above it are accepted, the others left to review.
	pcts := make([]int, len(a.Recommendations))
	for i, r := range a.Recommendations {
		pcts[i] = benchmark.ConfidencePercent(r.Mappings[0].Confidence)
	}
	min := pcts[1]
	_, page = ada.get(t, "/mappings?agreement="+strconv.Itoa(a.ID))
	form := url.Values{"min": {strconv.Itoa(min)}, "agreement": {strconv.Itoa(a.ID)}}
	for _, in := range findAll(parseHTML(t, page), "input", func(n *html.Node) bool { return attr(n, "name") == "seen" }) {
		form.Add("seen", attr(in, "value"))
	}
	if len(form["seen"]) != 3 {
		t.Fatalf("accept form sees %d recommendations, want 3", len(form["seen"]))
	}
	resp := ada.post(t, "/mappings/accept", form, false)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/mappings?agreement="+strconv.Itoa(a.ID) {
		t.Fatalf("accept = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	for i, r := range uploadedBristol(t, app).Recommendations {
		if accepted := pcts[i] >= min; r.Reviewed() != accepted || (accepted && r.ReviewedBy != "Ada") {
			t.Errorf("recommendation %s at %d%%: reviewed %v by %q, want %v", r.Reference, pcts[i], r.Reviewed(), r.ReviewedBy, accepted)
		}
		if r.Mappings[0].Theme != a.Recommendations[i].Mappings[0].Theme {
			t.Errorf("recommendation %s changed theme on accept", r.Reference)
		}
	}
}

func TestUploadPreview_OffersAtMost200Choices(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation\r\n")
	const rows = 250 // more than the preview offers to change
	for i := 1; i <= rows; i++ {
		b.WriteString("Bristol,Safety Valve agreement: Bristol,2022-23," + strconv.Itoa(i) + ",Recruit more SEND caseworkers for review " + strconv.Itoa(i) + ".\r\n")
	}
	resp, page := ada.postFile(t, "/upload/agreements", "many.csv", []byte(b.String()), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("preview = %d %q", resp.StatusCode, errorSummary(t, page))
	}
	doc := parseHTML(t, page)
	if n := len(findAll(doc, "select", nil)); n != 200 {
		t.Errorf("the preview offers %d selects, want 200", n)
	}
	if !strings.Contains(text(doc), "The first 200 suggestions can be changed here; review the other 50 on the review page after the import.") {
		t.Error("the preview does not say the other 50 are left for the review page")
	}
	// A choice posted for a row past the first 200 is not applied.
	tax, _ := app.Store.Taxonomy(context.Background())
	fin := strconv.Itoa(tax.Theme("Financial Efficiencies").ID) + ":0"
	form := url.Values{"upload": {hiddenValue(doc, "upload")}, "review-1": {fin}, "review-250": {fin}}
	if resp := ada.post(t, "/upload/agreements/confirm", form, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	recs := uploadedBristol(t, app).Recommendations
	if !recs[0].Reviewed() || recs[0].Mappings[0].Theme != "Financial Efficiencies" || !recs[rows-1].Suggested() {
		t.Errorf("first %+v reviewed %v; last suggested %v", recs[0].Mappings[0], recs[0].Reviewed(), recs[rows-1].Suggested())
	}
}
