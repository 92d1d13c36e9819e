package web_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/ingest/ingesttest"
	"github.com/svbench/svbench/sqlite"
	"github.com/svbench/svbench/web"
)

// profileClient is a browser for the generic model page: a cookie jar
// (session or pre-session, flash) and no automatic redirects.
type profileClient struct {
	app  *testApp
	http *http.Client
	csrf string
}

func newProfileClient(t *testing.T, app *testApp, editor string) *profileClient {
	t.Helper()
	v := anonymousVisitor(t, app)
	if editor != "" {
		v = newVisitor(t, app, editor)
	}
	pc := &profileClient{app: app, http: v.http}
	resp := pc.get(t, "/model/generic")
	m := csrfInput.FindStringSubmatch(body(t, resp))
	if m == nil {
		t.Fatal("no CSRF token on the upload form")
	}
	pc.csrf = m[1]
	return pc
}

func (pc *profileClient) get(t *testing.T, path string) *http.Response {
	t.Helper()
	resp, err := pc.http.Get(pc.app.HTTP.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// upload posts the form; an empty file name sends no file.
func (pc *profileClient) upload(t *testing.T, authority, file, csv string) *http.Response {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("_csrf", pc.csrf)
	_ = w.WriteField("authority", authority)
	if file != "" {
		fw, _ := w.CreateFormFile("profile", file)
		_, _ = fw.Write([]byte(csv))
	}
	_ = w.Close()
	resp, err := pc.http.Post(pc.app.HTTP.URL+"/model/generic", w.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func storedCount(t *testing.T, app *testApp) int {
	t.Helper()
	list, err := app.Store.FindProfiles(context.Background(), benchmark.ProfileFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

// TestModelGenericStoresProfile: an upload naming an authority is stored,
// redirected to, projected beside Bury and listed for the authority.
func TestModelGenericStoresProfile(t *testing.T) {
	app := newTestServer(t)
	pc := newProfileClient(t, app, "Ada Lovelace")
	csv, err := os.ReadFile("../ingest/testdata/profile.csv")
	if err != nil {
		t.Fatal(err)
	}

	// Bury is DfE 351 (datasets/authorities.csv).
	resp := pc.upload(t, "351", "bury-2024.csv", string(csv))
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/model/generic?profile=1" {
		t.Fatalf("upload = %d to %q, want 303 to the stored profile", resp.StatusCode, resp.Header.Get("Location"))
	}
	stored, err := app.Store.FindProfileByID(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	// Stored as the years the file reads as: the page shows them unread.
	years, err := ingest.ReadProfile(bytes.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stored.Years, years) || stored.AuthorityCode != "E08000002" || stored.Name != "bury-2024.csv" || stored.CreatedBy != "Ada Lovelace" {
		t.Errorf("stored = %+v", stored)
	}

	doc := pageDoc(t, pc.get(t, "/model/generic?profile=1"))
	if s := text(byID(doc, "flash-title").Parent.Parent); !strings.Contains(s, "bury-2024.csv is stored as Bury's profile 1") {
		t.Errorf("flash = %q", s)
	}
	if s := text(byID(doc, "profile-status")); !strings.Contains(s, "Stored as profile 1 for Bury by Ada Lovelace") {
		t.Errorf("status = %q", s)
	}
	// Worked by hand from the profile: 10 + 6 − 2 = 14 at the end of 2024/25.
	if rows := modelRowCells(byID(doc, "supplied-table")); len(rows) != 5 || rows[1][7] != "14.000" {
		t.Errorf("projection rows = %v", rows)
	}
	names := text(findAll(byID(doc, "chart-table"), "thead", nil)[0])
	if !strings.Contains(names, "Bury (16 Dec 2021 forecast)") || !strings.Contains(names, "Bury: deficit as % of High Needs funding") {
		t.Errorf("chart columns = %q", names)
	}
	if rows := modelRowCells(byID(doc, "profiles-table")); len(rows) != 1 || !strings.Contains(rows[0][0], "Shown") || rows[0][3] != "Ada Lovelace" {
		t.Errorf("profiles = %v", rows)
	}

	// A second upload is listed first on the authority's page, both linked.
	if resp := pc.upload(t, "Bury", "bury-2025.csv", string(csv)); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("second upload = %d", resp.StatusCode)
	}
	doc = pageDoc(t, pc.get(t, "/authorities/E08000002"))
	table := byID(doc, "profiles-table")
	if table == nil {
		t.Fatal("no profiles on the authority page")
	}
	links := findAll(table, "a", nil)
	if len(links) != 2 || attr(links[0], "href") != "/model/generic?profile=2" || attr(links[1], "href") != "/model/generic?profile=1" {
		t.Errorf("authority page profile links = %d", len(links))
	}
	doc = pageDoc(t, pc.get(t, "/model/generic?authority=E08000002"))
	if rows := modelRowCells(byID(doc, "profiles-table")); len(rows) != 2 {
		t.Errorf("profiles for ?authority = %v", rows)
	}
}

// TestModelGenericUploadAsksToSignIn: storing a profile, like every other
// change, needs an account. Without one the upload is sent to sign in and
// back to the form for the authority, and nothing is stored; a profile
// only projected needs no account, and a bad file is reported first.
func TestModelGenericUploadAsksToSignIn(t *testing.T) {
	app := newTestServer(t)
	pc := newProfileClient(t, app, "")
	if byID(pageDoc(t, pc.get(t, "/model/generic")), "editor-needed") == nil {
		t.Error("the upload form does not say a name is needed to store a profile")
	}
	good, err := os.ReadFile("../ingest/testdata/profile.csv")
	if err != nil {
		t.Fatal(err)
	}
	resp := pc.upload(t, "Stoke-on-Trent", "stoke.csv", string(good))
	if want := "/signin?return=" + url.QueryEscape("/model/generic?authority=E06000021"); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != want {
		t.Errorf("upload without a name = %d to %q, want 303 to %q", resp.StatusCode, resp.Header.Get("Location"), want)
	}
	if resp := pc.upload(t, "Stoke-on-Trent", "bad.csv", "year,funding,spend\n2024/25,lots,60\n"); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("bad file without a name = %d, want 422 with its problems", resp.StatusCode)
	}
	if resp := pc.upload(t, "", "p.csv", string(good)); resp.StatusCode != http.StatusOK {
		t.Errorf("projection only, without a name = %d, want 200", resp.StatusCode)
	}
	if n := storedCount(t, app); n != 0 {
		t.Fatalf("%d profiles stored without a name", n)
	}

	// Given a name, the same upload is stored as made by that person.
	named := newProfileClient(t, app, "Grace Hopper")
	if byID(pageDoc(t, named.get(t, "/model/generic")), "editor-needed") != nil {
		t.Error("the form asks for a name it has")
	}
	if resp := named.upload(t, "Stoke-on-Trent", "stoke.csv", string(good)); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("upload with a name = %d, want 303", resp.StatusCode)
	}
	stored, err := app.Store.FindProfileByID(context.Background(), 1)
	if err != nil || stored.CreatedBy != "Grace Hopper" || stored.AuthorityCode != "E06000021" {
		t.Errorf("stored = %+v, %v; want Stoke-on-Trent's, by Grace Hopper", stored, err)
	}
}

// TestModelGenericUploadRefused: nothing is stored from a bad form, and
// every problem is listed.
func TestModelGenericUploadRefused(t *testing.T) {
	app := newTestServer(t)
	pc := newProfileClient(t, app, "Ben")
	tests := []struct {
		name, authority, file, csv string
		status                     int
		want                       []string
	}{
		{"bad cells", "Bury", "bad.csv", "year,funding,spend\n2024/25,lots,\n", http.StatusUnprocessableEntity,
			[]string{"bad.csv, line 2, column funding: &#34;lots&#34; is not an amount in £ million", "bad.csv, line 2, column spend: the cell is blank"}},
		{"unknown authority and no file", "Atlantis", "", "", http.StatusUnprocessableEntity,
			[]string{`No authority is named or coded &#34;Atlantis&#34;`, "Choose a profile CSV file"}},
		{"no authority: projected only", "", "p.csv", "year,funding,spend,opening_deficit\n2024/25,60,66,10\n", http.StatusOK,
			[]string{"not stored"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := pc.upload(t, tt.authority, tt.file, tt.csv)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			b := body(t, resp)
			for _, w := range tt.want {
				if !strings.Contains(b, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
	if n := storedCount(t, app); n != 0 {
		t.Errorf("%d profiles stored from refused or authority-less uploads", n)
	}
	for _, path := range []string{"/model/generic?profile=99", "/model/generic?profile=x", "/model/generic?authority=Atlantis"} {
		if resp := pc.get(t, path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", path, resp.StatusCode)
		}
	}
	doc := pageDoc(t, pc.get(t, "/model/generic?authority=Stoke-on-Trent"))
	if byID(doc, "no-profiles") == nil {
		t.Error("no 'no stored profiles' note for Stoke-on-Trent")
	}
}

// TestModelGenericUploadChecksBoth: a mistyped authority and a bad file
// are reported together, each problem on its own line, in the error
// summary and beside its field; the authority comes with close names.
func TestModelGenericUploadChecksBoth(t *testing.T) {
	app := newTestServer(t)
	pc := newProfileClient(t, app, "Ben")
	csv := "year,funding,spend\n2024/25,60,66\n2024/25,abc,60\n"
	resp := pc.upload(t, "Burry", "bad.csv", csv)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", resp.StatusCode)
	}
	page := body(t, resp)
	authority := `No authority is named or coded "Burry": give a name, ONS code (e.g. E08000002) or DfE code (e.g. 351). Did you mean "Bury"`
	problems := []string{
		"bad.csv, line 3, column year: 2024/25 comes twice; each row must be the year after the one above",
		`bad.csv, line 3, column funding: "abc" is not an amount in £ million`,
	}
	items := errorSummary(t, page)
	if len(items) != 3 || !strings.HasPrefix(items[0], authority) || items[1] != problems[0] || items[2] != problems[1] {
		t.Errorf("error summary =\n%s", strings.Join(items, "\n"))
	}
	doc := parseHTML(t, page)
	if s := text(byID(doc, "authority-error")); !strings.Contains(s, authority) {
		t.Errorf("authority error = %q", s)
	}
	if attr(byID(doc, "authority"), "value") != "Burry" || !strings.Contains(attr(byID(doc, "authority"), "aria-describedby"), "authority-error") {
		t.Error("the authority field does not keep its value and point at its error")
	}
	box := byID(doc, "profile-error")
	if box == nil {
		t.Fatal("no error beside the file field")
	}
	var listed []string
	for _, li := range findAll(box, "li", nil) {
		listed = append(listed, text(li))
	}
	if strings.Join(listed, "\n") != strings.Join(problems, "\n") {
		t.Errorf("beside the file field =\n%s", strings.Join(listed, "\n"))
	}
	if n := storedCount(t, app); n != 0 {
		t.Errorf("%d profiles stored", n)
	}

	// With a good file, the mistyped authority alone is reported.
	good, err := os.ReadFile("../ingest/testdata/profile.csv")
	if err != nil {
		t.Fatal(err)
	}
	resp = pc.upload(t, "Burry", "good.csv", string(good))
	if items := errorSummary(t, body(t, resp)); resp.StatusCode != http.StatusUnprocessableEntity || len(items) != 1 || !strings.HasPrefix(items[0], authority) {
		t.Errorf("good file, bad authority: %d %q", resp.StatusCode, items)
	}
}

// TestModelGenericStoredInUKTime: stored profiles show when they were
// stored in UK time, as every other page does: 13:30 UTC on 1 July 2025
// is 2:30pm British Summer Time, written in the house style.
func TestModelGenericStoredInUKTime(t *testing.T) {
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "svbench.db"))
	db.Now = func() time.Time { return time.Date(2025, 7, 1, 13, 30, 0, 0, time.UTC) }
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store := sqlite.NewStore(db)
	ctx := context.Background()
	if _, err := ingest.Seed(ctx, datasets.FS, store); err != nil {
		t.Fatal(err)
	}
	years := ingesttest.ProfileYears(t)
	if err := store.SaveProfile(ctx, &benchmark.Profile{AuthorityCode: "E08000002", Name: "bury.csv", Years: years, CreatedBy: "Ada"}); err != nil {
		t.Fatal(err)
	}
	srv, err := web.NewServer(storeServices(t, store))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	app := &testApp{Store: store, Server: srv, HTTP: ts}
	for _, path := range []string{"/model/generic?profile=1", "/authorities/E08000002"} {
		doc := pageDoc(t, app.get(t, path))
		rows := modelRowCells(byID(doc, "profiles-table"))
		if len(rows) != 1 || rows[0][2] != "1 July 2025 at 2:30pm" { // 13:30 UTC is 2:30pm in British Summer Time
			t.Errorf("%s: stored = %v, want 1 July 2025 at 2:30pm", path, rows)
		}
	}
}
