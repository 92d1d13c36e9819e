package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
	"github.com/svbench/svbench/web"
)

// testApp is a running svbench over a seeded temporary database.
type testApp struct {
	Store  *sqlite.Store
	Server *web.Server
	HTTP   *httptest.Server
}

// newTestServer starts the app on a real SQLite file seeded from datasets.
func newTestServer(tb testing.TB) *testApp {
	tb.Helper()
	db := sqlite.NewDB(filepath.Join(tb.TempDir(), "svbench.db"))
	if err := db.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	store := sqlite.NewStore(db)
	if _, err := ingest.Seed(context.Background(), datasets.FS, store); err != nil {
		tb.Fatal(err)
	}
	srv, err := web.NewServer(storeServices(store))
	if err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	tb.Cleanup(ts.Close)
	return &testApp{Store: store, Server: srv, HTTP: ts}
}

// get fetches a path and fails the test on a transport error.
func (app *testApp) get(tb testing.TB, path string) *http.Response {
	tb.Helper()
	resp, err := app.HTTP.Client().Get(app.HTTP.URL + path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { resp.Body.Close() })
	return resp
}

// storeServices wires every service from one SQLite store, as
// cmd/svbench does for the running app.
func storeServices(store *sqlite.Store) web.Services {
	return web.Services{
		Authorities: store.AuthorityService,
		Themes:      store.ThemeService,
		Agreements:  store.AgreementService,
		Assessments: store.AssessmentService,
		Profiles:    store.ProfileService,
		Ratings:     store.AssessmentService,
		Mappings:    store.AgreementService,
	}
}
