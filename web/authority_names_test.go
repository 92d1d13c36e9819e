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

// TestUpload_CouncilNames previews an agreement file whose parties are
// written as councils write them, and refuses one with an unknown and an
// ambiguous party, each problem naming its line, column and the names.
func TestUpload_CouncilNames(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "")
	before := agreementCount(t, app)
	good := "authority,agreement,round,reference,recommendation\r\n" +
		"Kent County Council,Safety Valve agreement: Kent,2022-23,1,Create new resourced provision places in mainstream schools.\r\n"
	resp, page := cl.postFile(t, "/upload/agreements", "kent.csv", []byte(good), nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(text(parseHTML(t, page)), "Kent · 2022-23") {
		t.Errorf("preview = %d, want Kent's agreement of 2022-23 shown", resp.StatusCode)
	}
	bad := "authority,agreement,round,reference,recommendation\r\n" +
		"Bristle City Council,Safety Valve agreement: Bristol,2022-23,1,Do something.\r\n" +
		"Kingston,Safety Valve agreement: Kingston,2022-23,1,Do more.\r\n"
	resp, page = cl.postFile(t, "/upload/agreements", "bad.csv", []byte(bad), nil)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("status = %d, want 422", resp.StatusCode)
	}
	got := errorSummary(t, page)
	want := []string{
		`Line 2, column authority: "Bristle City Council" is not an English local authority. Did you mean "Bristol"`,
		`Line 3, column authority: "Kingston" could be "Kingston upon Hull" or "Kingston upon Thames"`,
	}
	if len(got) != len(want) {
		t.Fatalf("error summary = %q, want %q", got, want)
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w) {
			t.Errorf("problem %d = %q, want %q", i+1, got[i], w)
		}
	}
	if agreementCount(t, app) != before {
		t.Error("a file was written to the database")
	}
}
