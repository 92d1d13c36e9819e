package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/svbench/svbench/benchmark/sqlite"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

// defaultDB is the database file when neither --db nor $SVBENCH_DB is set.
func defaultDB() string {
	if v := os.Getenv("SVBENCH_DB"); v != "" {
		return v
	}
	return "svbench.db"
}

// newFlagSet returns a flag set for a subcommand with the --db flag every
// command takes; parse errors and --help are reported by parseFlags.
func (m *Main) newFlagSet(name, usage string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", defaultDB(), "SQLite database file (env SVBENCH_DB)")
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "usage: svbench %s\n\nflags:\n", usage)
		fs.PrintDefaults()
	}
	return fs, db
}

// parseFlags parses args, turning --help into errHelp and any other
// mistake into a usage error. Flags may follow positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, errHelp
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos, args = append(pos, args[0]), args[1:]
	}
}

// openStore opens (and migrates) the database at path and, when it holds no
// authorities yet, seeds it from the shipped datasets.
func (m *Main) openStore(ctx context.Context, path string) (*sqlite.Store, error) {
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		return nil, err
	}
	m.closers = append(m.closers, db.Close)
	store := sqlite.NewStore(db)
	empty, err := store.Empty(ctx)
	if err != nil {
		return nil, err
	}
	if empty {
		if _, err := ingest.Seed(ctx, datasets.FS, store); err != nil {
			return nil, fmt.Errorf("seed database: %w", err)
		}
	}
	return store, nil
}
