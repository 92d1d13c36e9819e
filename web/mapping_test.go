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

// uploadForReview uploads the Bristol CSV and returns the one
// recommendation it leaves waiting for review.
func uploadForReview(t *testing.T, app *testApp, cl *visitor) *benchmark.Recommendation {
	t.Helper()
	_, page := cl.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	resp := cl.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(parseHTML(t, page), "upload")}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	list, err := app.Store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []*benchmark.Recommendation
	for _, a := range list {
		for _, r := range a.Recommendations {
			if r.Suggested() {
				out = append(out, r)
			}
		}
	}
	if len(out) != 1 {
		t.Fatalf("%d recommendations await review, want 1", len(out))
	}
	return out[0]
}

// formVersion is the mapping version recommendation id's review form
// posts back.
func formVersion(t *testing.T, doc *html.Node, id int) string {
	t.Helper()
	for _, f := range findAll(doc, "form", func(n *html.Node) bool { return attr(n, "action") == "/mappings/"+strconv.Itoa(id) }) {
		for _, in := range findAll(f, "input", func(n *html.Node) bool { return attr(n, "name") == "version" }) {
			return attr(in, "value")
		}
	}
	t.Fatalf("no version on the review form of %d", id)
	return ""
}

// reviewedRecommendation reads a recommendation back from the store.
func reviewedRecommendation(t *testing.T, app *testApp, id int) *benchmark.Recommendation {
	t.Helper()
	list, err := app.Store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		for _, r := range a.Recommendations {
			if r.ID == id {
				return r
			}
		}
	}
	t.Fatalf("recommendation %d not found", id)
	return nil
}

// storedMappings reads a recommendation's mappings back from the store.
func storedMappings(t *testing.T, app *testApp, id int) []*benchmark.Mapping {
	t.Helper()
	list, err := app.Store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		for _, r := range a.Recommendations {
			if r.ID == id {
				return r.Mappings
			}
		}
	}
	t.Fatalf("recommendation %d not found", id)
	return nil
}

// choice is the form value of a theme and, unless sub is "", its sub-theme.
func choice(t *testing.T, tax benchmark.Taxonomy, theme, sub string) string {
	t.Helper()
	th := tax.Theme(theme)
	if th == nil {
		t.Fatalf("no theme %q", theme)
	}
	if sub == "" {
		return strconv.Itoa(th.ID) + ":0"
	}
	st := th.SubTheme(sub)
	if st == nil {
		t.Fatalf("no sub-theme %q under %q", sub, theme)
	}
	return strconv.Itoa(th.ID) + ":" + strconv.Itoa(st.ID)
}

// selected returns the value of the select's chosen option.
func selected(t *testing.T, doc *html.Node, id string) string {
	t.Helper()
	sel := byID(doc, id)
	if sel == nil {
		t.Fatalf("no #%s", id)
	}
	for _, o := range findAll(sel, "option", nil) {
		if _, ok := attrOK(o, "selected"); ok {
			return attr(o, "value")
		}
	}
	return ""
}

func taxonomy(t *testing.T, app *testApp) benchmark.Taxonomy {
	t.Helper()
	tax, err := app.Store.Taxonomy(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tax
}

func TestMappings_ReviewTwoPairs(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	rec := uploadForReview(t, app, cl)
	tax := taxonomy(t, app)
	id := strconv.Itoa(rec.ID)

	_, page := cl.get(t, "/mappings")
	doc := parseHTML(t, page)
	for _, f := range []string{"mapping-" + id, "mapping-" + id + "-2", "mapping-" + id + "-3"} {
		if byID(doc, f) == nil {
			t.Errorf("no #%s on the review form", f)
		}
	}
	if got := selected(t, doc, "mapping-"+id); got != strconv.Itoa(rec.Mappings[0].ThemeID)+":"+strconv.Itoa(rec.Mappings[0].SubThemeID) {
		t.Errorf("first pair shows %q, want the suggestion %+v", got, rec.Mappings[0])
	}
	// The optional pairs are collapsed while empty.
	for _, d := range findAll(doc, "details", nil) {
		if _, open := attrOK(d, "open"); open {
			t.Error("the empty optional pairs are shown open")
		}
	}

	first := choice(t, tax, "Financial Efficiencies", "Partner funding")
	second := choice(t, tax, "Local Placement Sufficiency and Managing Demand", "")
	resp := cl.post(t, "/mappings/"+id, url.Values{"mapping": {first}, "mapping2": {second}, "mapping3": {""}, "show": {"review"}, "version": {formVersion(t, doc, rec.ID)}}, false)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/mappings" {
		t.Fatalf("review = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	m := storedMappings(t, app, rec.ID)
	if len(m) != 2 || m[0].Label() != "Financial Efficiencies – Partner funding" || m[1].Label() != "Local Placement Sufficiency and Managing Demand" {
		t.Fatalf("stored = %+v", m)
	}
	for _, x := range m {
		if x.Source != benchmark.SourceReviewed {
			t.Errorf("%s: source %q, want reviewed", x.Label(), x.Source)
		}
	}
	if r := reviewedRecommendation(t, app, rec.ID); r.ReviewedBy != "Ada" || r.MappingVersion != 2 {
		t.Errorf("review recorded by %q at version %d, want Ada at 2", r.ReviewedBy, r.MappingVersion)
	}

	// Gone from the queue, listed under Reviewed with both pairs prefilled.
	if _, page = cl.get(t, "/mappings"); strings.Contains(page, `action="/mappings/`+id+`"`) {
		t.Error("the reviewed recommendation is still waiting for review")
	}
	resp, page = cl.get(t, "/mappings?show=reviewed")
	doc = parseHTML(t, page)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("reviewed = %d", resp.StatusCode)
	}
	if a, b, c := selected(t, doc, "mapping-"+id), selected(t, doc, "mapping-"+id+"-2"), selected(t, doc, "mapping-"+id+"-3"); a != first || b != second || c != "" {
		t.Errorf("reviewed form shows %q, %q, %q; want %q, %q, none", a, b, c, first, second)
	}
	if len(findAll(doc, "details", func(n *html.Node) bool { _, open := attrOK(n, "open"); return open })) != 1 {
		t.Error("the filled-in optional pairs are not shown open")
	}
	if cur := findAll(doc, "a", func(n *html.Node) bool {
		return attr(n, "aria-current") == "page" && attr(n, "href") == "/mappings?show=reviewed"
	}); len(cur) != 1 {
		t.Error("the Reviewed filter is not marked current")
	}
}

// Appendix A maps Bury's first recommendation under two sub-themes: both
// are prefilled when it is shown for review.
func TestMappings_PublishedTwoPairsPrefilled(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "")
	var bury1 *benchmark.Recommendation
	list, _ := app.Store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	for _, a := range list {
		if strings.Contains(a.Title, "Bury") {
			bury1 = a.Recommendations[0]
		}
	}
	if bury1 == nil || len(bury1.Mappings) != 2 {
		t.Fatalf("Bury's first recommendation = %+v", bury1)
	}
	_, page := cl.get(t, "/mappings?show=all")
	doc := parseHTML(t, page)
	id := strconv.Itoa(bury1.ID)
	for i, f := range []string{"mapping-" + id, "mapping-" + id + "-2"} {
		m := bury1.Mappings[i]
		if got, want := selected(t, doc, f), strconv.Itoa(m.ThemeID)+":"+strconv.Itoa(m.SubThemeID); got != want {
			t.Errorf("#%s shows %q, want %q (%s)", f, got, want, m.Label())
		}
	}
}

// Each refused review names its field, beside it and in the summary, keeps
// what was posted on the form, and saves nothing.
func TestMappings_ReviewRefused(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	rec := uploadForReview(t, app, cl)
	tax := taxonomy(t, app)
	id := strconv.Itoa(rec.ID)
	fin := choice(t, tax, "Financial Efficiencies", "")
	partner := tax.Theme("Financial Efficiencies").SubTheme("Partner funding")
	data := tax.Theme("Data, Outcomes and Digital")
	for _, tc := range []struct {
		name  string
		form  url.Values
		field string
		says  string
	}{
		{"sub-theme of another theme", url.Values{"mapping": {fin}, "mapping2": {strconv.Itoa(data.ID) + ":" + strconv.Itoa(partner.ID)}},
			"mapping-" + id + "-2", "Partner funding is a sub-theme of Financial Efficiencies, not of Data, Outcomes and Digital"},
		{"duplicate pair", url.Values{"mapping": {choice(t, tax, "Financial Efficiencies", "Partner funding")}, "mapping2": {fin}, "mapping3": {choice(t, tax, "Financial Efficiencies", "Partner funding")}},
			"mapping-" + id + "-3", "repeats the first"},
		{"sub-theme without a theme", url.Values{"mapping": {fin}, "mapping2": {"0:" + strconv.Itoa(partner.ID)}},
			"mapping-" + id + "-2", "no theme"},
		{"no first mapping", url.Values{"mapping": {""}, "mapping2": {fin}},
			"mapping-" + id, "Choose a theme for the first mapping"},
		{"unknown theme", url.Values{"mapping": {"999:0"}},
			"mapping-" + id, "from the list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := cl.post(t, "/mappings/"+id, tc.form, false)
			page := body(t, resp)
			if resp.StatusCode != http.StatusUnprocessableEntity {
				t.Fatalf("status = %d, want 422", resp.StatusCode)
			}
			doc := parseHTML(t, page)
			msg := fieldErrorShown(t, doc, tc.field, "govuk-select--error")
			if !strings.Contains(msg, tc.says) {
				t.Errorf("#%s says %q, want %q", tc.field, msg, tc.says)
			}
			summary := errorSummary(t, page)
			if len(summary) != 1 || summary[0] != msg {
				t.Errorf("summary = %q, want just %q", summary, msg)
			}
			if links := findAll(doc, "a", func(n *html.Node) bool { return attr(n, "href") == "#"+tc.field }); len(links) != 1 {
				t.Errorf("the summary does not link to #%s", tc.field)
			}
			// What was posted stays chosen, where the list offers it.
			for n, name := range []string{"mapping", "mapping2", "mapping3"} {
				f := "mapping-" + id
				if n > 0 {
					f += "-" + strconv.Itoa(n+1)
				}
				v := tc.form.Get(name)
				offered := len(findAll(byID(doc, f), "option", func(o *html.Node) bool { return attr(o, "value") == v })) == 1
				if offered && selected(t, doc, f) != v {
					t.Errorf("#%s lost the posted %q", f, v)
				}
			}
			m := storedMappings(t, app, rec.ID)
			if len(m) != len(rec.Mappings) || m[0].Source != benchmark.SourceSuggested || m[0].Label() != rec.Mappings[0].Label() {
				t.Errorf("mappings changed to %+v", m)
			}
		})
	}
}
