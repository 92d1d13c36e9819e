package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// migrationTyped marks the history written before accounts.
const migrationTyped = "migrations/014_typed_history.sql"

// TestMigration014_MarksTypedNames: history from before the migration
// keeps its names, marked typed (the command line's "cli:" ones not);
// changes saved after it are not marked.
func TestMigration014_MarksTypedNames(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	db, path := store.DB, store.DB.Path
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	round := newRound(t, store, "Before accounts", agreements)
	rec := agreements[0].Recommendations[0].ID
	for i, by := range []string{"Ada", "cli:ops"} {
		if _, err := store.UpdateRating(ctx, round.ID, rec, benchmark.RatingUpdate{RAG: ptr(benchmark.Green), Owner: ptr(by), Version: i, By: by}); err != nil {
			t.Fatal(err)
		}
	}
	// Back to the schema before 014, then open again to apply it.
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`ALTER TABLE rating_changes DROP COLUMN typed`, `DELETE FROM migrations WHERE name = '` + migrationTyped + `'`} {
		if _, err := tx.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db = sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store = sqlite.NewStore(db)
	if _, err := store.UpdateRating(ctx, round.ID, rec, benchmark.RatingUpdate{Owner: ptr("Grace"), Version: 2, By: "Grace"}); err != nil {
		t.Fatal(err)
	}
	changes, err := store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round.ID})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Ada": true, "cli:ops": false, "Grace": false}
	seen := map[string]bool{}
	for _, ch := range changes {
		seen[ch.By] = true
		if ch.Typed != want[ch.By] {
			t.Errorf("%s's %s change: typed %v, want %v", ch.By, ch.Field, ch.Typed, want[ch.By])
		}
	}
	if len(seen) != len(want) {
		t.Errorf("changes by %v, want %v", seen, want)
	}
}
