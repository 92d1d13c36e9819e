package sqlite_test

import (
	"context"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// oldStore opens, migrating it, a database as svbench left it before
// migration 008: every earlier migration applied, Bury (E08000002, DfE 351,
// per datasets/authorities.csv) and one stored profile per CSV, kept as
// uploaded.
func oldStore(t *testing.T, csvs ...string) *sqlite.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "svbench.db")
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`)
	names, err := filepath.Glob("migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if filepath.Base(name) >= "008" {
			continue
		}
		body, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		exec(string(body))
		exec(`INSERT INTO migrations (name, applied_at) VALUES (?, ?)`, filepath.ToSlash(name), "2025-01-01T00:00:00Z")
	}
	exec(`INSERT INTO authorities (ons_code, dfe_code, name, kind) VALUES ('E08000002', '351', 'Bury', 'Metropolitan district')`)
	for i, csv := range csvs {
		exec(`INSERT INTO deficit_profiles (authority_code, name, csv, created_at, created_by) VALUES ('E08000002', ?, ?, ?, 'Ada')`,
			[]string{"first.csv", "second.csv", "third.csv"}[i], []byte(csv), time.Date(2025, 7, 1, 13, i, 0, 0, time.UTC).Format(sqlite.TimeLayout))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	sdb := sqlite.NewDB(path)
	if err := sdb.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sdb.Close() })
	return sqlite.NewStore(sdb)
}

// TestConvertProfileCSVs: profiles an older svbench stored as CSV are read
// into years once, through the reader the caller gives, and keep their
// name, authority, time and author; converting again finds nothing left.
func TestConvertProfileCSVs(t *testing.T) {
	plain, err := os.ReadFile("../ingest/testdata/profile.csv")
	if err != nil {
		t.Fatal(err)
	}
	cp1252, err := os.ReadFile("../ingest/testdata/profile-windows-1252.csv")
	if err != nil {
		t.Fatal(err)
	}
	bare := "year,funding,spend\n2024/25,60,66\n2025/26,63,64\n"
	store := oldStore(t, string(plain), string(cp1252), bare)
	ctx := context.Background()

	n, err := store.ConvertProfileCSVs(ctx, ingest.ReadProfile)
	if err != nil || n != 3 {
		t.Fatalf("converted %d, %v; want 3", n, err)
	}
	for i, csv := range []string{string(plain), string(cp1252), bare} {
		want, err := ingest.ReadProfile(strings.NewReader(csv))
		if err != nil {
			t.Fatal(err)
		}
		got, err := store.FindProfileByID(ctx, i+1)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Years, want) {
			t.Errorf("profile %d years = %+v, want %+v", i+1, got.Years, want)
		}
		wantAt := time.Date(2025, 7, 1, 13, i, 0, 0, time.UTC)
		if got.Name != []string{"first.csv", "second.csv", "third.csv"}[i] || got.AuthorityCode != "E08000002" ||
			got.Authority.Name != "Bury" || got.CreatedBy != "Ada" || !got.CreatedAt.Equal(wantAt) {
			t.Errorf("profile %d = %+v", i+1, got)
		}
	}
	if n, err := store.ConvertProfileCSVs(ctx, ingest.ReadProfile); err != nil || n != 0 {
		t.Errorf("second conversion = %d, %v; want nothing left", n, err)
	}
}

// TestConvertProfileCSVs_AllOrNothing: when one stored file does not read,
// none is converted, every file is kept, and the error names the profile.
func TestConvertProfileCSVs_AllOrNothing(t *testing.T) {
	good := "year,funding,spend\n2024/25,60,66\n"
	store := oldStore(t, good, "year,funding,spend\n2024/25,lots,66\n")
	ctx := context.Background()

	_, err := store.ConvertProfileCSVs(ctx, ingest.ReadProfile)
	if err == nil || !strings.Contains(err.Error(), "stored profile 2 (second.csv)") || !strings.Contains(err.Error(), "line 2, column funding") {
		t.Fatalf("err = %v, want profile 2's problem", err)
	}
	first, err := store.FindProfileByID(ctx, 1)
	if err != nil || len(first.Years) != 0 {
		t.Errorf("profile 1 = %+v, %v; want no years yet", first, err)
	}
	// Kept: with a reader that copes, both convert.
	lenient := func(r io.Reader) ([]deficit.ProfileYear, error) { return ingest.ReadProfile(strings.NewReader(good)) }
	if n, err := store.ConvertProfileCSVs(ctx, lenient); err != nil || n != 2 {
		t.Errorf("after a failure, converted %d, %v; want both files still there", n, err)
	}
}
