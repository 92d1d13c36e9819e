package web_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// postFile sends a multipart form with one file and the CSRF token.
func (cl *visitor) postFile(tb testing.TB, path, filename string, data []byte, fields url.Values) (*http.Response, string) {
	tb.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("_csrf", cl.csrf)
	for k, vs := range fields {
		for _, v := range vs {
			w.WriteField(k, v)
		}
	}
	if filename != "" {
		fw, _ := w.CreateFormFile("file", filename)
		fw.Write(data)
	}
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, cl.app.HTTP.URL+path, &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := cl.http.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	return resp, body(tb, resp)
}

// errorSummary returns the items of the page's error summary.
func errorSummary(tb testing.TB, page string) []string {
	tb.Helper()
	var out []string
	for _, box := range findAll(parseHTML(tb, page), "div", func(n *html.Node) bool { return hasClass(n, "govuk-error-summary") }) {
		for _, li := range findAll(box, "li", nil) {
			out = append(out, text(li))
		}
	}
	return out
}

// hiddenValue returns the value of the named hidden input.
func hiddenValue(doc *html.Node, name string) string {
	for _, in := range findAll(doc, "input", func(n *html.Node) bool { return attr(n, "name") == name }) {
		return attr(in, "value")
	}
	return ""
}

const uploadCSV = "authority,agreement,round,reference,recommendation,theme,sub_theme\r\n" +
	"Bristol,Safety Valve agreement: Bristol,2022-23,1,Create 40 resourced provision places in mainstream schools.,Local Placement Sufficiency and Managing Demand,School Provision and Process\r\n" +
	"Bristol,Safety Valve agreement: Bristol,2022-23,2,Agree contributions from health partners to joint placements.,,\r\n"

func agreementCount(tb testing.TB, app *testApp) int {
	tb.Helper()
	list, err := app.Store.FindAgreements(context.Background(), benchmark.AgreementFilter{IncludeSuperseded: true})
	if err != nil {
		tb.Fatal(err)
	}
	return len(list)
}

// followingRound starts a round over every agreement, as the new-round form
// does by default, so that agreements uploaded later join it.
func followingRound(tb testing.TB, app *testApp) int {
	tb.Helper()
	cl := newVisitor(tb, app, "Ada")
	form := newRoundForm("Following new agreements", 0, allAgreementIDs(tb, cl))
	form.Set("follows_new", "yes")
	return createRound(tb, cl, form)
}

func TestUpload_PreviewConfirmReadyToRate(t *testing.T) {
	app := newTestServer(t)
	following := followingRound(t, app)
	cl := newVisitor(t, app, "")
	before := agreementCount(t, app)

	resp, page := cl.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("preview = %d\n%s", resp.StatusCode, page)
	}
	doc := parseHTML(t, page)
	tags := findAll(doc, "strong", func(n *html.Node) bool { return hasClass(n, "govuk-tag") && text(n) == "created" })
	if len(tags) != 1 {
		t.Errorf("preview shows %d created agreements, want 1", len(tags))
	}
	joins := findAll(doc, "p", func(n *html.Node) bool { return hasClass(n, "sv-joins") })
	if len(joins) != 1 || !strings.Contains(text(joins[0]), "Bristol: Following new agreements") || strings.Contains(text(joins[0]), "Mitigation") {
		t.Errorf("preview does not name the one round the agreement joins: %v", joins)
	}
	// The file holds one new agreement: counted in the singular.
	if want := "It holds 1 agreement: importing it will create 1, revise 0 and leave 0 unchanged."; !strings.Contains(page, want) {
		t.Errorf("preview lacks %q", want)
	}
	if agreementCount(t, app) != before {
		t.Fatal("the preview wrote to the database")
	}
	var suggested int
	for _, span := range findAll(doc, "span", func(n *html.Node) bool { return hasClass(n, "sv-source") }) {
		if strings.Contains(text(span), "suggested") {
			suggested++
		}
	}
	if suggested != 1 {
		t.Errorf("preview shows %d suggested mappings, want 1 (recommendation 2 has no theme)", suggested)
	}

	// Confirming without the CSRF token, signed in, is refused.
	noToken := &http.Client{Jar: cl.http.Jar, CheckRedirect: cl.http.CheckRedirect}
	r, err := noToken.PostForm(app.HTTP.URL+"/upload/agreements/confirm", url.Values{"upload": {hiddenValue(doc, "upload")}})
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode < 400 || agreementCount(t, app) != before {
		t.Fatalf("confirm without a CSRF token = %d", r.StatusCode)
	}

	resp = cl.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(doc, "upload")}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	loc := resp.Header.Get("Location")
	if !strings.HasPrefix(loc, "/agreements/") || agreementCount(t, app) != before+1 {
		t.Fatalf("redirect to %q, %d agreements", loc, agreementCount(t, app))
	}
	_, page = cl.get(t, loc)
	if !strings.Contains(page, "Imported bristol.csv: 1 created") || !strings.Contains(page, "Agree contributions from health partners") {
		t.Errorf("agreement page lacks the flash or the recommendations")
	}

	// The open round following new agreements now covers it, ready to rate;
	// Bristol's shipped round keeps the agreements of Appendix A.
	id := strings.TrimPrefix(loc, "/agreements/")
	ctx := context.Background()
	for roundID, want := range map[int]bool{following: true, bristolRound(t, app).ID: false} {
		round, err := app.Store.FindAssessmentByID(ctx, roundID)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, aid := range round.AgreementIDs {
			found = found || strconv.Itoa(aid) == id
		}
		if found != want {
			t.Errorf("round %q covers %v: agreement %s there is %v, want %v", round.Title, round.AgreementIDs, id, found, want)
		}
	}
}

func TestUpload_BadFileListsEveryProblem(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "")
	before := agreementCount(t, app)
	bad := "authority,agreement,round,reference,recommendation,theme\r\n" +
		"Bristoll,Safety Valve agreement: Bristol,2022-23,1,Do something.,\r\n" +
		"Bristol,Safety Valve agreement: Bristol,2022-23,2,Do more.,Financial Efficiency\r\n"
	resp, page := cl.postFile(t, "/upload/agreements", "bad.csv", []byte(bad), nil)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("status = %d, want 422", resp.StatusCode)
	}
	got := errorSummary(t, page)
	if len(got) != 2 || !strings.HasPrefix(got[0], "Line 2, column authority:") || !strings.HasPrefix(got[1], "Line 3, column theme:") {
		t.Errorf("error summary = %q; want line 2 authority and line 3 theme", got)
	}
	if agreementCount(t, app) != before {
		t.Error("a bad file wrote to the database")
	}

	resp, page = cl.postFile(t, "/upload/agreements", "", nil, nil)
	if got := errorSummary(t, page); resp.StatusCode != http.StatusUnprocessableEntity || len(got) != 1 || got[0] != "Select a CSV or Excel file" {
		t.Errorf("no file: %d %q", resp.StatusCode, got)
	}
}

func TestUpload_Templates(t *testing.T) {
	app := newTestServer(t)
	for path, header := range map[string]string{
		"/upload/agreements/template.csv": "authority,agreement,round,reference,recommendation",
		"/upload/ratings/template.csv":    "LA,Recommendation,Theme,Sub-Theme,RAG",
	} {
		resp := app.get(t, path)
		b := body(t, resp)
		if resp.StatusCode != http.StatusOK || !strings.Contains(b, header) || !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
			t.Errorf("%s = %d %q", path, resp.StatusCode, b)
		}
	}
	for _, path := range []string{"/upload/agreements", "/upload/ratings", "/mappings"} {
		if resp := app.get(t, path); resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %d", path, resp.StatusCode)
		}
	}
}

func TestMappings_ReviewSuggestion(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	_, page := cl.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	doc := parseHTML(t, page)
	resp := cl.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(doc, "upload")}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	_, page = cl.get(t, "/mappings")
	doc = parseHTML(t, page)
	forms := findAll(doc, "form", func(n *html.Node) bool {
		return strings.HasPrefix(attr(n, "action"), "/mappings/") && attr(n, "action") != "/mappings/accept"
	})
	if len(forms) != 1 || !strings.Contains(text(doc), "suggested") {
		t.Fatalf("review page has %d forms, want the one suggested recommendation", len(forms))
	}
	action := attr(forms[0], "action")
	version := hiddenValue(forms[0], "version")

	resp = cl.post(t, action, url.Values{"mapping": {"999:0"}, "version": {version}}, false)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("unknown choice = %d, want 422", resp.StatusCode)
	}

	tax, _ := app.Store.Taxonomy(context.Background())
	fin := tax.Theme("Financial Efficiencies")
	choice := strconv.Itoa(fin.ID) + ":" + strconv.Itoa(fin.SubTheme("Partner funding").ID)
	resp = cl.post(t, action, url.Values{"mapping": {choice}, "version": {version}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("review = %d", resp.StatusCode)
	}
	_, page = cl.get(t, "/mappings")
	if strings.Contains(page, `action="`+action+`"`) {
		t.Error("the reviewed recommendation is still waiting for review")
	}
	list, _ := app.Store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	for _, a := range list {
		for _, r := range a.Recommendations {
			if "/mappings/"+strconv.Itoa(r.ID) == action {
				if m := r.Mappings; len(m) != 1 || m[0].Source != benchmark.SourceReviewed || m[0].SubTheme != "Partner funding" {
					t.Errorf("mapping after review = %+v", m[0])
				}
			}
		}
	}
}

func TestUpload_Ratings(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "")
	data, err := os.ReadFile("../datasets/assessments/bristol-mitigation-validation.csv")
	if err != nil {
		t.Fatal(err)
	}
	fields := url.Values{"authority": {"E06000023"}, "title": {"Second look"}}
	resp, page := cl.postFile(t, "/upload/ratings", "round.csv", data, fields)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("upload = %d, want its preview", resp.StatusCode)
	}
	// Appendix A: Bristol rated 10 of the 27 recommendations, 3 Green, 4
	// Amber ("Yellow") and 3 Red.
	doc := parseHTML(t, page)
	if got := text(mustElement(t, doc, "dd", "preview-progress")); !strings.HasPrefix(got, "10 of 27 rated") {
		t.Errorf("preview progress %q, want 10 of 27 rated", got)
	}
	if got := text(mustElement(t, doc, "dd", "preview-counts")); !strings.HasPrefix(got, "3 Green, 4 Amber, 3 Red") {
		t.Errorf("preview counts %q", got)
	}
	title := "Second look"
	if held, _ := app.Store.FindAssessments(context.Background(), benchmark.AssessmentFilter{Title: &title}); len(held) != 0 {
		t.Fatal("the preview stored the round before it was confirmed")
	}
	confirm := mustElement(t, doc, "form", "confirm-ratings")
	form := url.Values{}
	for _, in := range findAll(confirm, "input", func(n *html.Node) bool { return attr(n, "type") == "hidden" && attr(n, "name") != "_csrf" }) {
		form.Set(attr(in, "name"), attr(in, "value"))
	}
	if form.Get("kept") == "" {
		t.Fatal("the preview of a small file does not keep it for the confirm")
	}
	resp, _ = cl.postFile(t, attr(confirm, "action"), "", nil, form)
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/assessments/") {
		t.Fatalf("confirm = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	held, err := app.Store.FindAssessments(context.Background(), benchmark.AssessmentFilter{Title: &title})
	if err != nil || len(held) != 1 {
		t.Fatalf("after confirm, rounds titled %q: %d (%v)", title, len(held), err)
	}
	if ratings, _ := app.Store.FindRatings(context.Background(), held[0].ID); rated(ratings) != 10 {
		t.Errorf("imported round rates %d, want 10", rated(ratings))
	}
	form.Set("kept", "bm90IGEgcmF0aW5ncyBmaWxl") // "not a ratings file"
	form.Set("title", "Tampered")
	if resp, page := cl.postFile(t, "/upload/ratings/confirm", "", nil, form); resp.StatusCode != http.StatusUnprocessableEntity || len(errorSummary(t, page)) == 0 {
		t.Errorf("a changed kept file = %d, want 422 with its problems", resp.StatusCode)
	}

	resp, page = cl.postFile(t, "/upload/ratings", "round.csv", data, fields)
	if got := errorSummary(t, page); resp.StatusCode != http.StatusUnprocessableEntity || len(got) != 1 || !strings.Contains(got[0], "Second look") {
		t.Errorf("same title again: %d %q", resp.StatusCode, got)
	}

	bad := "LA,Recommendation,Theme,Sub-Theme,RAG\r\nBury,Build a new special school.,,,Purple\r\n"
	resp, page = cl.postFile(t, "/upload/ratings", "bad.csv", []byte(bad), url.Values{"authority": {"E06000023"}, "title": {"Third"}})
	got := errorSummary(t, page)
	if resp.StatusCode != http.StatusUnprocessableEntity || len(got) != 2 || !strings.HasPrefix(got[0], "Line 2, column Recommendation:") || !strings.HasPrefix(got[1], "Line 2, column RAG:") {
		t.Errorf("bad ratings: %d %q", resp.StatusCode, got)
	}
}

// rated counts the ratings that are Green, Amber or Red.
func rated(ratings map[int]*benchmark.Rating) int {
	n := 0
	for _, r := range ratings {
		if r.RAG != benchmark.NotRated {
			n++
		}
	}
	return n
}
