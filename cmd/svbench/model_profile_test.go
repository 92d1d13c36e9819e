package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelProjectsProfileStoredAsCSV: a profile an older svbench stored
// as its uploaded CSV (migration 008 sets such files aside in
// deficit_profile_csv; sqlite's tests show it) is read into years through
// ingest when the command opens the database, and projected.
func TestModelProjectsProfileStoredAsCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "svbench.db")
	if code, _, errs := runModelCmd(t, "model", "generic", "--authority", "Bury", "--db", path); code != 1 {
		t.Fatalf("first run: exit %d, %s", code, errs) // creates and seeds the database
	}
	csv, err := os.ReadFile(genericProfile)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	// Bury is E08000002 (datasets/authorities.csv).
	_, err = db.Exec(`INSERT INTO deficit_profiles (id, authority_code, name, created_at, created_by)
		VALUES (1, 'E08000002', 'old.csv', '2025-07-01T13:30:00Z', 'Ada')`)
	if err == nil {
		_, err = db.Exec(`INSERT INTO deficit_profile_csv (profile_id, csv) VALUES (1, ?)`, csv)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	code, out, errs := runModelCmd(t, "model", "generic", "--authority", "Bury", "--db", path)
	// Worked by hand from the profile: 10 + 6 − 2 = 14 at the end of 2024/25.
	if code != 0 || !strings.Contains(out, "old.csv (stored profile 1, 1 Jul 2025, 14:30)") || !strings.Contains(out, "14.000") {
		t.Fatalf("exit %d; stdout:\n%s\nstderr: %s", code, out, errs)
	}
	p, err := openTestStore(t, path).FindProfileByID(t.Context(), 1)
	if err != nil || len(p.Years) != 4 || p.Years[0].Year != 2024 {
		t.Errorf("stored = %+v, %v; want its four years", p, err)
	}
}
