package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// saveOutcome is one attempted save in the concurrency test.
type saveOutcome struct {
	rec, status, version int
	read                 int // the version the save read and named
	commentary, body     string
}

// TestRatingSave_Concurrent has 32 editors save the same 20 ratings at once
// through HTTP, each reading the version first as the grid does. Every
// save must either land with a version of its own or be refused with a
// conflict; nothing may be overwritten silently, fail with 5xx or report a
// locked database. Each landed save must be one version above the one it
// read, and with this many editors on so few ratings some saves must be
// refused: without the version check neither would hold.
func TestRatingSave_Concurrent(t *testing.T) {
	const writers, ratings = 32, 20
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	recs = recs[:ratings]
	visitors := make([]*visitor, writers)
	for i := range visitors {
		visitors[i] = newVisitor(t, app, fmt.Sprintf("Writer %02d", i))
	}
	start := map[int]int{}
	for _, r := range recs {
		start[r.ID] = int(savedRating(t, visitors[0], round, r.ID)["version"].(float64))
	}

	var (
		mu       sync.Mutex
		outcomes []saveOutcome
		wg       sync.WaitGroup
		gate     = make(chan struct{})
	)
	began := time.Now()
	for w := range writers {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			cl := visitors[w]
			<-gate
			for i := range recs {
				rec := recs[(i+w)%len(recs)].ID // writers start at different ratings and collide as they go
				outcome := saveOnce(cl, round, rec, w, i)
				mu.Lock()
				outcomes = append(outcomes, outcome)
				mu.Unlock()
			}
		}(w)
	}
	close(gate)
	wg.Wait()
	elapsed := time.Since(began)

	landed, conflicts := 0, 0
	versions := map[int]map[int]string{} // rec -> version -> commentary
	for _, o := range outcomes {
		switch {
		case o.status == http.StatusOK:
			landed++
			if versions[o.rec] == nil {
				versions[o.rec] = map[int]string{}
			}
			if prev, dup := versions[o.rec][o.version]; dup {
				t.Errorf("recommendation %d: two saves landed as version %d (%q and %q)", o.rec, o.version, prev, o.commentary)
			}
			versions[o.rec][o.version] = o.commentary
			if o.version != o.read+1 {
				t.Errorf("recommendation %d: a save that read version %d was stored as %d, not %d", o.rec, o.read, o.version, o.read+1)
			}
		case o.status == http.StatusConflict:
			conflicts++
		default:
			t.Errorf("recommendation %d: status %d: %s", o.rec, o.status, o.body)
		}
		if strings.Contains(strings.ToLower(o.body), "locked") {
			t.Errorf("recommendation %d: %s", o.rec, o.body)
		}
	}
	if landed+conflicts != writers*ratings {
		t.Errorf("%d landed + %d conflicts, want %d answers", landed, conflicts, writers*ratings)
	}
	t.Logf("%d saves: %d landed, %d conflicts, in %v", writers*ratings, landed, conflicts, elapsed.Round(time.Millisecond))
	if conflicts == 0 {
		t.Error("no save was refused as a conflict: the test did not make editors collide, or stale saves land")
	}

	// Every landed save is in the history under its own version, and each
	// rating's final version counts exactly the saves that landed on it.
	ctx := context.Background()
	for _, r := range recs {
		id := r.ID
		got := savedRating(t, visitors[0], round, id)
		if want := start[id] + len(versions[id]); int(got["version"].(float64)) != want {
			t.Errorf("recommendation %d: version %v, want %d (%d landed)", id, got["version"], want, len(versions[id]))
		}
		changes, err := app.Store.FindRatingChanges(ctx, benchmark.RatingChangeFilter{AssessmentID: &round, RecommendationID: &id})
		if err != nil {
			t.Fatal(err)
		}
		inHistory := map[int]string{}
		for _, ch := range changes {
			if ch.Field == benchmark.FieldCommentary {
				inHistory[ch.Version] = ch.New
			}
		}
		for v, c := range versions[id] {
			if inHistory[v] != c {
				t.Errorf("recommendation %d: version %d saved %q, history has %q", id, v, c, inHistory[v])
			}
		}
		if latest := versions[id][start[id]+len(versions[id])]; len(versions[id]) > 0 && got["commentary"] != latest {
			t.Errorf("recommendation %d: stored %q, last landed %q", id, got["commentary"], latest)
		}
	}
}

// saveOnce reads a rating's version and saves a change against it.
func saveOnce(cl *visitor, round, rec, writer, attempt int) saveOutcome {
	o := saveOutcome{rec: rec, commentary: fmt.Sprintf("writer %d, save %d", writer, attempt)}
	req, _ := http.NewRequest(http.MethodGet, cl.app.HTTP.URL+ratingPath(round, rec), nil)
	req.Header.Set("Accept", "application/json")
	resp, err := cl.http.Do(req)
	if err != nil {
		o.body = err.Error()
		return o
	}
	var current struct {
		Version int `json:"version"`
	}
	err = json.NewDecoder(resp.Body).Decode(&current)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		o.status, o.body = resp.StatusCode, fmt.Sprint("read version: ", err)
		return o
	}
	o.read = current.Version
	rag := []string{"green", "amber", "red", "none"}[(writer+attempt)%4]
	form := url.Values{"_csrf": {cl.csrf}, "rag": {rag}, "commentary": {o.commentary}, "version": {strconv.Itoa(current.Version)}}
	req, _ = http.NewRequest(http.MethodPost, cl.app.HTTP.URL+ratingPath(round, rec), strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err = cl.http.Do(req)
	if err != nil {
		o.body = err.Error()
		return o
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var reply struct {
		Rating *struct {
			Version int `json:"version"`
		} `json:"rating"`
	}
	_ = json.Unmarshal(raw, &reply)
	o.status = resp.StatusCode
	if reply.Rating != nil {
		o.version = reply.Rating.Version
	}
	if o.status != http.StatusOK {
		o.body = string(raw)
	}
	if o.status == http.StatusConflict && reply.Rating == nil {
		o.status, o.body = 0, "conflict without the saved rating"
	}
	return o
}
