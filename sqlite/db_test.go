package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// openDB opens a migrated database in a temporary file.
func openDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db := sqlite.NewDB(filepath.Join(tb.TempDir(), "svbench.db"))
	if err := db.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// seededStore opens a database seeded from the shipped datasets.
func seededStore(tb testing.TB) *sqlite.Store {
	tb.Helper()
	store := sqlite.NewStore(openDB(tb))
	if _, err := ingest.Seed(context.Background(), datasets.FS, store); err != nil {
		tb.Fatal(err)
	}
	return store
}

func TestOpen_ReopenKeepsMigrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "svbench.db")
	for i := 0; i < 2; i++ {
		db := sqlite.NewDB(path)
		if err := db.Open(); err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		db.Close()
	}
}
