package main

import (
	"context"
	"database/sql"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// integrity runs PRAGMA integrity_check on the database file at path.
func integrity(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&out); err != nil {
		t.Fatalf("integrity_check %s: %v", path, err)
	}
	return out
}

// seededDB writes a seeded database at path and closes it.
func seededDB(t *testing.T, path string) {
	t.Helper()
	m := NewMain()
	defer m.Close()
	if _, err := m.openStore(context.Background(), path); err != nil {
		t.Fatal(err)
	}
}

// bristolRound returns the shipped round and the recommendations it covers.
func bristolRound(t *testing.T, ctx context.Context, m *Main, path string) (int, []int) {
	t.Helper()
	store, err := m.openStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	rounds, err := store.FindAssessments(ctx, benchmark.AssessmentFilter{})
	if err != nil || len(rounds) == 0 {
		t.Fatalf("rounds %v, %v", rounds, err)
	}
	round := rounds[len(rounds)-1]
	all, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var recs []int
	for _, ag := range all {
		for _, r := range ag.Recommendations {
			recs = append(recs, r.ID)
		}
	}
	return round.ID, recs
}
