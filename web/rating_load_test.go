package web_test

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// TestRatingSave_Load has 32 editors save 12 overlapping ratings of the
// shipped round over HTTP for a bounded time. Afterwards no answer is a
// 5xx, every acknowledged save is the rating's final value or in its
// history under the version it was given, and every rating's history runs
// from the rating as loaded to the rating as stored: versions one after
// another, each change's old value the value the one before left.
func TestRatingSave_Load(t *testing.T) {
	const clients, ratings, runFor = 32, 12, 3 * time.Second
	app := newTestServer(t)
	ctx := context.Background()
	round, recs := bristolRoundID(t, app)
	recs = recs[:ratings]
	loaded, err := app.Store.FindRatings(ctx, round)
	if err != nil {
		t.Fatal(err)
	}
	visitors := make([]*visitor, clients)
	for i := range visitors {
		visitors[i] = newVisitor(t, app, fmt.Sprintf("Editor %02d", i))
	}

	var (
		mu    sync.Mutex
		acked []saveOutcome
		wg    sync.WaitGroup
	)
	deadline := time.Now().Add(runFor)
	for w := range clients {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; time.Now().Before(deadline); i++ {
				o := saveOnce(visitors[w], round, recs[(i*7+w)%len(recs)].ID, w, i)
				switch {
				case o.status == http.StatusOK:
					mu.Lock()
					acked = append(acked, o)
					mu.Unlock()
				case o.status != http.StatusConflict:
					t.Errorf("recommendation %d: status %d: %s", o.rec, o.status, o.body)
				}
			}
		}(w)
	}
	wg.Wait()
	if len(acked) < ratings {
		t.Fatalf("only %d saves acknowledged in %v", len(acked), runFor)
	}
	t.Logf("%d clients, %v: %d saves acknowledged", clients, runFor, len(acked))

	final, err := app.Store.FindRatings(ctx, round)
	if err != nil {
		t.Fatal(err)
	}
	history := map[int]map[int]string{} // rec -> version -> commentary saved
	for _, r := range recs {
		id := r.ID
		changes, err := app.Store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round, RecommendationID: &id})
		if err != nil {
			t.Fatal(err)
		}
		history[id] = checkHistory(t, id, loaded[id], final[id], changes)
	}
	for _, o := range acked {
		f := final[o.rec]
		isFinal := f != nil && f.Version == o.version && f.Commentary == o.commentary
		if !isFinal && history[o.rec][o.version] != o.commentary {
			t.Errorf("recommendation %d: acknowledged save %q (version %d) is neither final nor in the history", o.rec, o.commentary, o.version)
		}
	}
}

// checkHistory replays one rating's changes, oldest first, from the rating
// as loaded (nil when it had none) and checks they run version by version
// to the rating as stored, each old value the value before. It returns the
// commentary each version saved.
func checkHistory(t *testing.T, rec int, loaded, final *benchmark.Rating, changes []*benchmark.RatingChange) map[int]string {
	t.Helper()
	state, version := benchmark.Rating{}, 0
	if loaded != nil {
		state, version = *loaded, loaded.Version
	}
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].Version < changes[j].Version })
	saved := map[int]string{}
	for _, ch := range changes {
		if ch.Version != version && ch.Version != version+1 {
			t.Errorf("recommendation %d: history jumps from version %d to %d", rec, version, ch.Version)
		}
		version = ch.Version
		if got := state.Field(ch.Field); got != ch.Old {
			t.Errorf("recommendation %d version %d: %s changed from %q, but was %q", rec, ch.Version, ch.Field, ch.Old, got)
		}
		switch ch.Field {
		case benchmark.FieldRAG:
			state.RAG = benchmark.RAG(ch.New)
		case benchmark.FieldCommentary:
			state.Commentary = ch.New
			saved[ch.Version] = ch.New
		case benchmark.FieldEvidence:
			state.Evidence = ch.New
		case benchmark.FieldOwner:
			state.Owner = ch.New
		case benchmark.FieldTargetDate:
			state.TargetDate = ch.New
		}
	}
	switch {
	case final == nil && len(changes) > 0:
		t.Errorf("recommendation %d: history but no rating", rec)
	case final != nil && final.Version != version:
		t.Errorf("recommendation %d: stored version %d, history ends at %d", rec, final.Version, version)
	case final != nil && len(final.Diff(&state)) != 0:
		t.Errorf("recommendation %d: history replays to %+v, stored %+v", rec, state, *final)
	}
	return saved
}
