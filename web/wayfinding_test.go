package web_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// navLabels lists the service navigation's links on a page.
func navLabels(tb testing.TB, page string) []string {
	tb.Helper()
	doc := parseHTML(tb, page)
	var out []string
	for _, a := range findAll(doc, "a", func(n *html.Node) bool { return hasClass(n, "govuk-service-navigation__link") }) {
		out = append(out, text(a))
	}
	return out
}

// TestNavigation_ReachesWhatTheRoleMayUse: the national view, Compare, Upload and Mappings
// are in the service navigation for the accounts whose role may use them
// (benchmark/permission.go), and for no one else.
func TestNavigation_ReachesWhatTheRoleMayUse(t *testing.T) {
	app := newTestServer(t)
	const base = "Agreements Themes Assessments Authorities Deficit model"
	// The national view is for signed-in accounts (web/routes.go).
	const signed = "Agreements Themes Assessments Authorities National view Deficit model"
	for _, tc := range []struct {
		name string
		cl   *visitor
		want string
	}{
		{"not signed in", anonymousVisitor(t, app), base},
		{"viewer", signedInAs(t, app, &benchmark.User{Role: benchmark.RoleViewer, Authorities: []string{"E08000002"}}), signed + " Compare"},
		{"editor", signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{"E08000002"}}), signed + " Compare Upload Mappings"},
		{"admin", signedInAs(t, app, &benchmark.User{Role: benchmark.RoleAdmin}), signed + " Compare"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, page := tc.cl.get(t, "/themes")
			if got := strings.Join(navLabels(t, page), " "); got != tc.want {
				t.Errorf("navigation %q, want %q", got, tc.want)
			}
		})
	}
	// The item of the page's own section is marked current.
	editor := signedInAs(t, app, &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{"E08000002"}})
	for path, label := range map[string]string{"/upload/agreements": "Upload", "/upload/ratings": "Upload", "/mappings": "Mappings", "/compare": "Compare"} {
		_, page := editor.get(t, path)
		doc := parseHTML(t, page)
		current := findAll(doc, "a", func(n *html.Node) bool { return attr(n, "aria-current") == "true" })
		if len(current) != 1 || text(current[0]) != label {
			t.Errorf("%s: current navigation item %v, want %s", path, current, label)
		}
	}
}

// TestLayout_PhaseBannerFooterAndBackLink: every page carries the beta
// phase banner and the footer's help, accessibility, cookies and privacy
// links; a page with a parent opens with a back link to it, before the
// main content, and no "Back to" link is left at its foot.
func TestLayout_PhaseBannerFooterAndBackLink(t *testing.T) {
	app := newTestServer(t)
	round, _ := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	r := "/assessments/" + strconv.Itoa(round)
	backs := map[string]string{
		"/themes/1": "/themes", "/agreements/1": "/", "/authorities/E08000002": "/authorities", r: "/assessments",
		r + "/summary": r, r + "/report": r, r + "/history": r + "/ratings",
	}
	for _, path := range []string{"/", "/themes", "/themes/1", "/agreements/1", "/authorities/E08000002", r, r + "/summary", r + "/report", r + "/history", "/help"} {
		_, page := ada.get(t, path)
		doc := parseHTML(t, page)
		tags := findAll(doc, "strong", func(n *html.Node) bool { return hasClass(n, "govuk-phase-banner__content__tag") })
		if len(tags) != 1 || text(tags[0]) != "Beta" {
			t.Errorf("%s: phase banner tag %v, want one saying Beta", path, tags)
		}
		var footer []string
		for _, a := range findAll(doc, "a", func(n *html.Node) bool { return hasClass(n, "govuk-footer__link") }) {
			footer = append(footer, attr(a, "href"))
		}
		if got := strings.Join(footer, " "); got != "/help /accessibility /cookies /privacy" {
			t.Errorf("%s: footer links %q", path, got)
		}
		back := findAll(doc, "a", func(n *html.Node) bool { return hasClass(n, "govuk-back-link") })
		want, hasParent := backs[path]
		switch {
		case !hasParent && len(back) != 0:
			t.Errorf("%s: a back link on a page without a parent", path)
		case hasParent && (len(back) != 1 || attr(back[0], "href") != want):
			t.Errorf("%s: back links %v, want one to %s", path, back, want)
		case hasParent && len(findAll(back[0].Parent, "main", nil)) == 0:
			t.Errorf("%s: the back link is not before the main content", path)
		}
		for _, a := range findAll(doc, "a", func(n *html.Node) bool {
			return strings.HasPrefix(text(n), "Back to") && !hasClass(n, "govuk-back-link")
		}) {
			t.Errorf("%s: %q is a Back to link in the page, not a back link at the top", path, text(a))
		}
	}
}
