package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// TestAuthorities_SearchByCouncilForms searches the authorities page by the
// names councils write; Bristol's ONS name is "Bristol, City of"
// (datasets/authorities.csv), shown beside its place name.
func TestAuthorities_SearchByCouncilForms(t *testing.T) {
	app := newTestServer(t)
	for q, want := range map[string][]string{
		"Bristol City Council":                  {"Bristol ONS name: Bristol, City of"},
		"London Borough of Hillingdon":          {"Hillingdon"},
		"Royal Borough of Kingston upon Thames": {"Kingston upon Thames"},
		"Kingston":                              {"Kingston upon Hull ONS name: Kingston upon Hull, City of", "Kingston upon Thames"},
	} {
		doc := parseHTML(t, body(t, app.get(t, "/authorities?q="+url.QueryEscape(q))))
		tables := findAll(doc, "table", nil)
		if len(tables) != 1 {
			t.Fatalf("q=%s: no table", q)
		}
		rows := tableRows(tables[0])
		if len(rows) != len(want) {
			t.Errorf("q=%s: rows %v, want %v", q, rows, want)
		}
		for _, w := range want {
			if rows[w] == nil {
				t.Errorf("q=%s: no row %q in %v", q, w, rows)
			}
		}
	}
}

// TestAuthority_PlaceNameWithONSName checks that an authority page is
// headed by its place name and keeps its ONS name beside its codes.
func TestAuthority_PlaceNameWithONSName(t *testing.T) {
	app := newTestServer(t)
	for _, path := range []string{"/authorities/E06000023", "/authorities/" + url.PathEscape("City of Bristol")} {
		resp := app.get(t, path)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", path, resp.StatusCode)
		}
		doc := parseHTML(t, body(t, resp))
		if h := findAll(doc, "h1", nil); len(h) != 1 || text(h[0]) != "Bristol" {
			t.Errorf("%s: heading %v, want Bristol", path, h)
		}
		if s := text(doc); !strings.Contains(s, "ONS name Bristol, City of") || !strings.Contains(s, "ONS code E06000023") {
			t.Errorf("%s: the summary does not give the ONS name and code", path)
		}
	}
	if resp := app.get(t, "/authorities/Kingston"); resp.StatusCode == http.StatusOK {
		t.Errorf("/authorities/Kingston answered 200, want a refusal: Kingston is two authorities")
	}
}

// TestSummary_SentenceUsesPlaceName checks the summary's sentence reads
// naturally with the place name.
func TestSummary_SentenceUsesPlaceName(t *testing.T) {
	app := newTestServer(t)
	round, _ := bristolRoundID(t, app)
	s := body(t, app.get(t, "/assessments/"+strconv.Itoa(round)+"/summary"))
	if !strings.Contains(s, "Bristol is not doing anything in this space yet") || strings.Contains(s, "City of is not") {
		t.Errorf("the summary does not say %q", "Bristol is not doing anything in this space yet")
	}
}
