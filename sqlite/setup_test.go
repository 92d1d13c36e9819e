package sqlite_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestSetup_FirstAdmin(t *testing.T) {
	ctx := context.Background()
	store, _ := clockStore(t)
	if needs, err := store.NeedsSetup(ctx); err != nil || !needs {
		t.Fatalf("empty database: NeedsSetup = %v, %v", needs, err)
	}
	if err := store.CreateSetupToken(ctx, "raw-token"); benchmark.ErrorCode(err) != benchmark.EINVALID {
		t.Errorf("raw token stored: %v", err)
	}
	if err := store.CreateSetupToken(ctx, tokenHash("old")); err != nil {
		t.Fatal(err)
	}
	if err := store.CreateSetupToken(ctx, tokenHash("new")); err != nil {
		t.Fatal(err)
	}
	admin := func(email string) *benchmark.User { return &benchmark.User{Email: email, Role: benchmark.RoleAdmin} }
	if err := store.ConsumeSetupToken(ctx, tokenHash("old"), admin("ada@b.uk"), "h"); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Errorf("replaced token: %v, want unauthorized", err)
	}
	viewer := &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleViewer, National: true}
	if err := store.ConsumeSetupToken(ctx, tokenHash("new"), viewer, "h"); benchmark.ErrorCode(err) != benchmark.EINVALID {
		t.Errorf("setup making a viewer: %v, want invalid", err)
	}
	if err := store.ConsumeSetupToken(ctx, tokenHash("new"), admin("not an email"), "h"); benchmark.ErrorCode(err) != benchmark.EINVALID {
		t.Errorf("bad email: %v, want invalid", err)
	}
	a := admin("ada@b.uk")
	if err := store.ConsumeSetupToken(ctx, tokenHash("new"), a, "h"); err != nil {
		t.Fatalf("the token after refused tries: %v; a refused try must not use it up", err)
	}
	if got, err := store.FindUserByEmail(ctx, "ada@b.uk"); err != nil || got.Role != benchmark.RoleAdmin || got.ID != a.ID {
		t.Errorf("admin = %+v, %v", got, err)
	}
	if err := store.ConsumeSetupToken(ctx, tokenHash("new"), admin("ben@b.uk"), "h"); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Errorf("used token: %v, want unauthorized", err)
	}
	if needs, _ := store.NeedsSetup(ctx); needs {
		t.Error("NeedsSetup with an admin")
	}
	if err := store.CreateSetupToken(ctx, tokenHash("third")); benchmark.ErrorCode(err) != benchmark.ECONFLICT {
		t.Errorf("setup token with an admin: %v, want conflict", err)
	}
}

func TestSetup_Expired(t *testing.T) {
	ctx := context.Background()
	store, now := clockStore(t)
	if err := store.CreateSetupToken(ctx, tokenHash("t")); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(benchmark.SetupTokenLifetime)
	err := store.ConsumeSetupToken(ctx, tokenHash("t"), &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleAdmin}, "h")
	if benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Errorf("expired token: %v, want unauthorized", err)
	}
	if _, n, _ := store.FindUsers(ctx, benchmark.UserFilter{}); n != 0 {
		t.Errorf("%d accounts after a refused setup", n)
	}
}

// TestSetup_ConsumedOnce: two people opening the link at once; exactly
// one becomes the admin.
func TestSetup_ConsumedOnce(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	if err := store.CreateSetupToken(ctx, tokenHash("t")); err != nil {
		t.Fatal(err)
	}
	const n = 8
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			u := &benchmark.User{Email: fmt.Sprintf("admin%d@b.uk", i), Role: benchmark.RoleAdmin}
			errs[i] = store.ConsumeSetupToken(ctx, tokenHash("t"), u, "h")
		})
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch benchmark.ErrorCode(err) {
		case "":
			won++
		case benchmark.EUNAUTHORIZED:
		default:
			t.Errorf("unexpected error: %v", err)
		}
	}
	if _, admins, _ := store.FindUsers(ctx, benchmark.UserFilter{}); won != 1 || admins != 1 {
		t.Errorf("%d consumers won and %d admins exist; want exactly one", won, admins)
	}
}
