package web_test

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// TestHistory_TypedNamesLabelled: a change from before accounts (marked
// typed by migration 012) shows its typed name, labelled as such; a
// change by an account shows the account's name alone.
func TestHistory_TypedNamesLabelled(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ctx := context.Background()
	if _, err := app.Store.UpdateRating(ctx, round, recs[2].ID, benchmark.RatingUpdate{Owner: ptrTo("Team A"),
		Version: ratingVersion(t, app, round, recs[2].ID), By: "Ada"}); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite3", "file:"+app.Store.DB.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`UPDATE rating_changes SET typed = 1 WHERE changed_by = 'Ada'`); err != nil {
		t.Fatal(err)
	}
	grace := newVisitor(t, app, "Grace")
	if resp := grace.post(t, ratingPath(round, recs[2].ID), ratingForm("green", "", ratingVersion(t, app, round, recs[2].ID)), false); resp.StatusCode != 303 {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	for _, path := range []string{"/assessments/" + strconv.Itoa(round) + "/history", ratingPath(round, recs[2].ID)} {
		_, page := grace.get(t, path)
		if !strings.Contains(page, "Ada (name typed before accounts)") {
			t.Errorf("%s: the typed name is not labelled", path)
		}
		if strings.Contains(page, "Grace (name typed") || !strings.Contains(page, "Grace") {
			t.Errorf("%s: the account's change is not shown by its name alone", path)
		}
	}
}

func ptrTo[T any](v T) *T { return &v }
