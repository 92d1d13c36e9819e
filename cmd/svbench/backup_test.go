package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// ackedSave is one save the store acknowledged.
type ackedSave struct {
	rec, version int
	commentary   string
}

// TestBackup_WhileSaving runs 'svbench backup FILE' while eight editors keep
// saving ratings. The copy opens, passes integrity_check and holds every
// save acknowledged before the backup began, as the rating's value or in
// its history.
func TestBackup_WhileSaving(t *testing.T) {
	dir := t.TempDir()
	path, copyPath := filepath.Join(dir, "svbench.db"), filepath.Join(dir, "copy.db")
	ctx := context.Background()
	m := NewMain()
	defer m.Close()
	round, recs := bristolRound(t, ctx, m, path)
	store, _ := m.openStore(ctx, path)

	var (
		mu    sync.Mutex
		acked []ackedSave
		wg    sync.WaitGroup
		stop  = make(chan struct{})
	)
	const editors = 8
	for w := range editors {
		wg.Add(1)
		go func(w int) { // each editor keeps to its own ratings, so no save conflicts
			defer wg.Done()
			version := map[int]int{}
			var mine []int
			for k := w; k < len(recs); k += editors {
				mine = append(mine, recs[k])
			}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				rec := mine[i%len(mine)]
				if _, seen := version[rec]; !seen {
					got, err := store.FindRatings(ctx, round)
					if err != nil {
						t.Error(err)
						return
					}
					if r := got[rec]; r != nil {
						version[rec] = r.Version
					}
				}
				text := fmt.Sprintf("editor %d, save %d", w, i)
				r, err := store.UpdateRating(ctx, round, rec, benchmark.RatingUpdate{Commentary: &text, Version: version[rec], By: fmt.Sprintf("Editor %d", w)})
				if err != nil {
					t.Errorf("save %q: %v", text, err)
					return
				}
				version[rec] = r.Version
				mu.Lock()
				acked = append(acked, ackedSave{rec, r.Version, text})
				mu.Unlock()
			}
		}(w)
	}
	time.Sleep(300 * time.Millisecond)
	mu.Lock()
	before := append([]ackedSave(nil), acked...)
	mu.Unlock()
	code, _, stderr := run(t, "backup", copyPath, "--db", path)
	time.Sleep(100 * time.Millisecond)
	close(stop)
	wg.Wait()
	if code != 0 {
		t.Fatalf("backup: exit %d: %s", code, stderr)
	}
	mu.Lock()
	t.Logf("%d saves before the backup began, %d in all", len(before), len(acked))
	if len(acked) <= len(before) {
		t.Errorf("no save ran while the backup did")
	}
	mu.Unlock()
	if len(before) == 0 {
		t.Fatal("no save acknowledged before the backup")
	}

	if got := integrity(t, copyPath); got != "ok" {
		t.Fatalf("copy integrity_check: %s", got)
	}
	db := sqlite.NewDB(copyPath)
	if err := db.Open(); err != nil {
		t.Fatalf("open the copy: %v", err)
	}
	defer db.Close()
	copied := sqlite.NewStore(db)
	ratings, err := copied.FindRatings(ctx, round)
	if err != nil {
		t.Fatal(err)
	}
	changes, err := copied.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round})
	if err != nil {
		t.Fatal(err)
	}
	inHistory := map[ackedSave]bool{}
	for _, ch := range changes {
		if ch.Field == benchmark.FieldCommentary {
			inHistory[ackedSave{ch.RecommendationID, ch.Version, ch.New}] = true
		}
	}
	for _, s := range before {
		r := ratings[s.rec]
		if r == nil || r.Version < s.version {
			t.Errorf("the copy lacks %q: recommendation %d at %v", s.commentary, s.rec, r)
			continue
		}
		if !inHistory[s] && (r.Version != s.version || r.Commentary != s.commentary) {
			t.Errorf("the copy lacks %q (recommendation %d version %d)", s.commentary, s.rec, s.version)
		}
	}
}
