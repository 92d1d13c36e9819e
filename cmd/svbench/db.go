package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// defaultDB is the database file when neither --db nor $SVBENCH_DB is set.
func defaultDB() string {
	if v := os.Getenv("SVBENCH_DB"); v != "" {
		return v
	}
	return "svbench.db"
}

// openStore opens (and migrates) the database at path and, when it holds no
// authorities yet, seeds it from the shipped datasets; profiles stored as
// CSV before migration 008 are read into years.
func (m *Main) openStore(ctx context.Context, path string) (*sqlite.Store, error) {
	if _, err := os.Stat(filepath.Dir(path)); err != nil {
		return nil, fileError("write", path, err)
	}
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		return nil, fmt.Errorf("cannot open the database %s: %w", path, err)
	}
	m.closers = append(m.closers, db.Close)
	store := sqlite.NewStore(db)
	seeded, err := store.Seeded(ctx)
	if err != nil {
		return nil, err
	}
	if !seeded { // new, or its first seeding was cut short: seeding is idempotent
		if _, err := ingest.Seed(ctx, datasets.FS, store); err != nil {
			return nil, fmt.Errorf("seed database: %w", err)
		}
		if err := store.MarkSeeded(ctx); err != nil {
			return nil, err
		}
	} else if _, err := ingest.SeedTaxonomy(ctx, datasets.FS, store); err != nil {
		// The shipped taxonomy's vocabulary and examples reach a database
		// seeded by an older svbench (Seed has just written them to a new one).
		return nil, fmt.Errorf("seed the taxonomy: %w", err)
	}
	// A database seeded before the register was shipped gets it now.
	if held, err := store.RegisterRounds(ctx); err != nil {
		return nil, err
	} else if len(held) == 0 {
		if err := ingest.SeedRegister(ctx, datasets.FS, store); err != nil {
			return nil, fmt.Errorf("seed the register of agreements: %w", err)
		}
	}
	// Profiles an older svbench stored as CSV are read into years once.
	if _, err := store.ConvertProfileCSVs(ctx, ingest.ReadProfile); err != nil {
		return nil, fmt.Errorf("convert stored profiles: %w", err)
	}
	return store, nil
}
