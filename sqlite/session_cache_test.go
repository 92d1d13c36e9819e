package sqlite_test

import (
	"context"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// Sessions are answered from memory while nothing changes, and what
// another process does (here a second handle on the file, as the command
// line beside a running server) is seen on the next lookup: an ended
// session, then an expired one.
func TestSession_CacheSeesOtherWritersAndTheClock(t *testing.T) {
	ctx := context.Background()
	store, now := clockStore(t)
	u := addUser(t, store, &benchmark.User{Email: "ada@b.uk", DisplayName: "Ada", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	newSession(t, store, u, "one")
	newSession(t, store, u, "two")
	for range 2 {
		got, user, err := store.FindSession(ctx, tokenHash("one"))
		if err != nil || got.CSRFToken != "csrf-one" || user.Email != "ada@b.uk" {
			t.Fatalf("find = %+v, %+v, %v", got, user, err)
		}
		user.Authorities[0] = "changed by a caller"
	}
	if _, user, _ := store.FindSession(ctx, tokenHash("one")); user.Authorities[0] != buryONS {
		t.Fatalf("a caller's change reached the cache: %v", user.Authorities)
	}

	cli := sqlite.NewDB(store.DB.Path)
	if err := cli.Open(); err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	other := sqlite.NewStore(cli)
	viewer := benchmark.RoleViewer
	if _, err := other.UpdateUser(ctx, u.ID, benchmark.UserUpdate{Role: &viewer}); err != nil {
		t.Fatal(err)
	}
	if _, user, err := store.FindSession(ctx, tokenHash("one")); err != nil || user.Role != benchmark.RoleViewer {
		t.Fatalf("after another process made the account a viewer: %+v, %v", user, err)
	}
	if err := other.DeleteSession(ctx, tokenHash("one")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("one")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Fatalf("after another process ended it: %v, want not found", err)
	}

	if _, _, err := store.FindSession(ctx, tokenHash("two")); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(benchmark.SessionAbsoluteTimeout + time.Minute)
	if _, _, err := store.FindSession(ctx, tokenHash("two")); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Fatalf("after it expired: %v, want unauthorised", err)
	}
}

// A round looked up by ID is kept while nothing changes; callers get
// copies, and a rename by another process is seen on the next lookup.
func TestAssessment_ByIDCacheSeesOtherWriters(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	round, _ := bristolRound(t, store)
	first, err := store.FindAssessmentByID(ctx, round.ID)
	if err != nil {
		t.Fatal(err)
	}
	first.Title, first.AgreementIDs[0], first.Authority.Name = "changed", -1, "changed"
	again, err := store.FindAssessmentByID(ctx, round.ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.Title != round.Title || again.AgreementIDs[0] != round.AgreementIDs[0] || again.Authority.Name != round.Authority.Name {
		t.Fatalf("a caller's change reached the cache: %+v", again)
	}
	cli := sqlite.NewDB(store.DB.Path)
	if err := cli.Open(); err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	if err := sqlite.NewStore(cli).RenameAssessment(ctx, round.ID, "Renamed elsewhere", "Ada"); err != nil {
		t.Fatal(err)
	}
	if got, err := store.FindAssessmentByID(ctx, round.ID); err != nil || got.Title != "Renamed elsewhere" {
		t.Fatalf("after another process renamed it: %+v, %v", got, err)
	}
}
