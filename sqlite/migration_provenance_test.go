package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// migration007 is the migration under test, as recorded once applied.
const migration007 = "migrations/007_provenance.sql"

// schema lists a database's tables, indexes and their SQL, leaving out the
// table that records migrations.
func schema(t *testing.T, path string) []string {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master
		WHERE name NOT LIKE 'sqlite_%' AND name != 'migrations' ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// schemaWithout007 builds a database from every migration file but 007,
// as svbench's migrations before it left the schema.
func schemaWithout007(t *testing.T) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "without-007.db")
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	names, err := filepath.Glob("migrations/*.sql")
	if err != nil || len(names) == 0 {
		t.Fatalf("migration files: %v, %v", names, err)
	}
	sort.Strings(names)
	for _, name := range names {
		if name == migration007 {
			continue
		}
		body, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return schema(t, path)
}

// before007 closes db, turned back into what svbench left before
// migration 007: its table gone and it not recorded as applied.
func before007(t *testing.T, db *sqlite.DB) {
	t.Helper()
	tx, err := db.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for _, q := range []string{`DROP TABLE agreement_provenance`, `DELETE FROM migrations WHERE name = '` + migration007 + `'`} {
		if _, err := tx.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	path := db.Path
	db.Close()
	if got, want := schema(t, path), schemaWithout007(t); !reflect.DeepEqual(got, want) {
		t.Fatalf("the database does not have the schema before 007:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// provenanceByID opens the database at path, which migrates it, and reads
// every revision's provenance.
func provenanceByID(t *testing.T, path string) map[int]benchmark.Provenance {
	t.Helper()
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	list, err := sqlite.NewStore(db).FindAgreements(context.Background(), benchmark.AgreementFilter{IncludeSuperseded: true})
	if err != nil {
		t.Fatal(err)
	}
	out := map[int]benchmark.Provenance{}
	for _, a := range list {
		out[a.ID] = a.Provenance
	}
	return out
}

// TestMigration007_BackfillsSeededAgreements seeds a database, uploads a
// revision of one shipped agreement and a new agreement, takes it back to
// before 007 and opens it again: the seeded revisions get the provenance
// seeding records today, the uploads none.
func TestMigration007_BackfillsSeededAgreements(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	db, path := store.DB, store.DB.Path
	seeded, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil || len(seeded) != 4 { // Appendix A: four agreements
		t.Fatalf("seeded %d agreements, %v", len(seeded), err)
	}
	hf, _ := store.FindAuthority(ctx, "Hammersmith and Fulham")
	var old *benchmark.Agreement
	for _, a := range seeded {
		if a.PartyKey() == hf.ONSCode {
			old = a
		}
	}
	file := hfHeader
	for _, r := range old.Recommendations[:5] { // recommendation 6 dropped
		file += hfRow(r.Reference, r.Text, "", "")
	}
	file += "Bristol,Safety Valve agreement: Bristol,2022-23,1,Open 40 resourced places.,,\n"
	res, err := ingest.ImportAgreements(ctx, store, []byte(file), ingest.FromFile("later.csv", "Ada"), false)
	if err != nil || res.Count(benchmark.ImportRevised) != 1 || res.Count(benchmark.ImportCreated) != 1 {
		t.Fatalf("upload: %+v, %v", res, err)
	}
	before007(t, db)

	got := provenanceByID(t, path)
	if len(got) != 6 {
		t.Fatalf("revisions = %d, want 4 seeded and 2 uploaded", len(got))
	}
	for _, a := range seeded {
		if got[a.ID] != a.Provenance || !got[a.ID].AssignedNumbers() {
			t.Errorf("%s: backfilled %+v, want what seeding records: %+v", a.PartyNames(), got[a.ID], a.Provenance)
		}
		delete(got, a.ID)
	}
	for id, p := range got {
		if p != (benchmark.Provenance{}) {
			t.Errorf("uploaded revision %d backfilled as %+v, want none", id, p)
		}
	}
}

// TestMigration007_BackfillsAnInterruptedSeed: a first seeding cut short
// after the agreements (no round yet) still has them marked.
func TestMigration007_BackfillsAnInterruptedSeed(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	db, path := store.DB, store.DB.Path
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DELETE FROM assessments`, `DELETE FROM seeded`} {
		if _, err := tx.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	before007(t, db)
	got := provenanceByID(t, path)
	if len(got) != 4 { // Appendix A: four agreements
		t.Fatalf("revisions = %d, want 4", len(got))
	}
	for id, p := range got {
		if p.Origin != benchmark.OriginDataset || p.File != "agreements/2020-21.csv" {
			t.Errorf("revision %d: %+v, want the shipped file", id, p)
		}
	}
}
