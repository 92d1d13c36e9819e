package main

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// registerCounts opens the database at path as the command does and
// counts its register entries, held entries and the agreements'
// recommendations.
func registerCounts(t *testing.T, path string) (entries, held, recommendations int) {
	t.Helper()
	withStore(t, path, func(store *sqlite.Store, _ benchmark.Taxonomy) {
		list, err := store.FindRegister(context.Background(), benchmark.RegisterFilter{})
		if err != nil {
			t.Fatal(err)
		}
		entries = len(list)
		for _, e := range list {
			if len(e.Sources) == 0 {
				t.Errorf("%s shown without sources", e.Authority)
			}
			if e.Held() {
				held++
			}
		}
		agreements, err := store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range agreements {
			recommendations += len(a.Recommendations)
			if a.Provenance.Origin != benchmark.OriginDataset {
				t.Errorf("%s lost its provenance: %+v", a.Title, a.Provenance)
			}
		}
	})
	return entries, held, recommendations
}

// A new database and one made before the register (its tables and
// migration 018 taken away again) both show the 37 named agreements of
// datasets/safety-valve-register.csv after opening, and the four held
// agreements keep their 27 recommendations (Appendix A) and provenance.
func TestOpenStore_RegisterInNewAndUpgradedDatabases(t *testing.T) {
	path := filepath.Join(t.TempDir(), "svbench.db")
	if n, held, recs := registerCounts(t, path); n != 37 || held != 5 || recs != 27 {
		t.Fatalf("new database: %d entries, %d held, %d recommendations; want 37, 5, 27", n, held, recs)
	}

	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TABLE register_events`, `DROP TABLE register_entries`, `DROP TABLE register_rounds`, `DROP TABLE programme_events`,
		`DELETE FROM migrations WHERE name LIKE '%018_register%'`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	if n, held, recs := registerCounts(t, path); n != 37 || held != 5 || recs != 27 {
		t.Errorf("upgraded database: %d entries, %d held, %d recommendations; want 37, 5, 27", n, held, recs)
	}
}
