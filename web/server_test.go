package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/internal/shipped"
	"github.com/svbench/svbench/models/bury"
	"github.com/svbench/svbench/sqlite"
	"github.com/svbench/svbench/web"
)

// testApp is a running svbench over a seeded temporary database.
type testApp struct {
	Store  *sqlite.Store
	Server *web.Server
	HTTP   *httptest.Server
	// reader is the signed-in client get uses.
	reader *http.Client
}

// newTestServer starts the app on a real SQLite file seeded from datasets.
func newTestServer(tb testing.TB) *testApp {
	tb.Helper()
	return newTestServerWith(tb, models(tb))
}

// newTestServerWith starts the app, as newTestServer does, over reg's
// deficit models.
func newTestServerWith(tb testing.TB, reg *deficit.Registry) *testApp {
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
	svc := storeServices(tb, store)
	svc.Models = reg
	srv, err := web.NewServer(svc)
	if err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	tb.Cleanup(ts.Close)
	return &testApp{Store: store, Server: srv, HTTP: ts}
}

// get fetches a path, following redirects, as an editor of every
// authority (signed in on first use), and fails the test on a transport
// error.
func (app *testApp) get(tb testing.TB, path string) *http.Response {
	tb.Helper()
	if app.reader == nil {
		app.reader = &http.Client{Jar: newVisitor(tb, app, "Reader").http.Jar}
	}
	resp, err := app.reader.Get(app.HTTP.URL + path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { resp.Body.Close() })
	return resp
}

// storeServices wires every service from one SQLite store and the shipped
// deficit models, as cmd/svbench does for the running app.
func storeServices(tb testing.TB, store *sqlite.Store) web.Services {
	tb.Helper()
	return web.Services{Services: store.Services(), Models: models(tb), Hasher: testHasher, Throttle: auth.NewThrottle(),
		Passwords: benchmark.NewPasswordPolicy([]string{"password1234"})}
}

// buryModel returns Bury's model and fails the test if it cannot be built.
func buryModel(tb testing.TB) *bury.Model {
	tb.Helper()
	m, err := shipped.Bury()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// models returns the shipped models: Bury's as the yardstick, and the
// generic model.
func models(tb testing.TB) *deficit.Registry {
	tb.Helper()
	reg, err := shipped.Models()
	if err != nil {
		tb.Fatal(err)
	}
	return reg
}
