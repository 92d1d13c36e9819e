package main

import (
	"context"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// TestOpenStore_FinishesAnInterruptedSeed leaves a database as a first
// start cut short after the authorities would: the next command seeds the
// rest, and a start after that changes nothing.
func TestOpenStore_FinishesAnInterruptedSeed(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "svbench.db")
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	data, err := fs.ReadFile(datasets.FS, "authorities.csv")
	if err != nil {
		t.Fatal(err)
	}
	auths, err := ingest.ParseAuthorities(data)
	if err != nil {
		t.Fatal(err)
	}
	store := sqlite.NewStore(db)
	if err := store.UpsertAuthorities(ctx, auths); err != nil {
		t.Fatal(err)
	}
	db.Close()

	count := func() (agreements, rounds int) {
		db := sqlite.NewDB(path)
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		s := sqlite.NewStore(db)
		a, err := s.FindAgreements(ctx, benchmark.AgreementFilter{IncludeSuperseded: true})
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.FindAssessments(ctx, benchmark.AssessmentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		return len(a), len(r)
	}
	if a, r := count(); a != 0 || r != 0 {
		t.Fatalf("before: %d agreements, %d rounds", a, r)
	}
	for i := range 2 {
		out := filepath.Join(t.TempDir(), "out.csv")
		if code, _, stderr := run(t, "export", "agreements", "-o", out, "--db", path); code != 0 {
			t.Fatalf("export: exit %d: %s", code, stderr)
		}
		// Appendix A: 4 agreements; Bristol's one round.
		if a, r := count(); a != 4 || r != 1 {
			t.Errorf("start %d: %d agreements and %d rounds, want 4 and 1", i+1, a, r)
		}
	}
}
