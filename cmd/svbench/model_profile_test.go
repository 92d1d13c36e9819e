package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelProjectsProfileStoredAsCSV: a database an older svbench wrote,
// whose profile is kept as its uploaded CSV (before migration 008), is
// opened, its profile read into years through ingest, and projected.
func TestModelProjectsProfileStoredAsCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "svbench.db")
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	exec(`CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`)
	files, err := filepath.Glob("../../sqlite/migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if filepath.Base(f) >= "008" {
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		exec(string(body))
		exec(`INSERT INTO migrations (name, applied_at) VALUES (?, '2025-01-01T00:00:00Z')`, "migrations/"+filepath.Base(f))
	}
	csv, err := os.ReadFile(genericProfile)
	if err != nil {
		t.Fatal(err)
	}
	// Bury is E08000002, DfE 351 (datasets/authorities.csv).
	exec(`INSERT INTO authorities (ons_code, dfe_code, name, kind) VALUES ('E08000002', '351', 'Bury', 'metropolitan district')`)
	exec(`INSERT INTO deficit_profiles (authority_code, name, csv, created_at, created_by) VALUES ('E08000002', 'old.csv', ?, '2025-07-01T13:30:00Z', 'Ada')`, csv)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	code, out, errs := runModelCmd(t, "model", "generic", "--authority", "Bury", "--db", path)
	// Worked by hand from the profile: 10 + 6 − 2 = 14 at the end of 2024/25.
	if code != 0 || !strings.Contains(out, "old.csv (stored profile 1, 1 Jul 2025, 14:30)") || !strings.Contains(out, "14.000") {
		t.Fatalf("exit %d; stdout:\n%s\nstderr: %s", code, out, errs)
	}
	list := openTestStore(t, path)
	p, err := list.FindProfileByID(t.Context(), 1)
	if err != nil || len(p.Years) != 4 || p.Years[0].Year != 2024 {
		t.Errorf("stored = %+v, %v; want its four years", p, err)
	}
}
