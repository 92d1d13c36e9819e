package sqlite_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// tokenHash stands in for auth.HashToken.
func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// clockStore is a seeded store whose clock the test moves.
func clockStore(t *testing.T) (*sqlite.Store, *time.Time) {
	t.Helper()
	store := seededStore(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	store.DB.Now = func() time.Time { return now }
	return store, &now
}

func newSession(t *testing.T, store *sqlite.Store, u *benchmark.User, token string) *benchmark.Session {
	t.Helper()
	s := &benchmark.Session{TokenHash: tokenHash(token), UserID: u.ID, CSRFToken: "csrf-" + token}
	if err := store.CreateSession(context.Background(), s); err != nil {
		t.Fatalf("create session: %v", err)
	}
	return s
}

func TestSession_CreateAndFind(t *testing.T) {
	ctx := context.Background()
	store, now := clockStore(t)
	u := addUser(t, store, &benchmark.User{Email: "ada@b.uk", DisplayName: "Ada", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	s := newSession(t, store, u, "one")
	if !s.CreatedAt.Equal(*now) || !s.LastSeenAt.Equal(*now) {
		t.Errorf("created = %+v", s)
	}
	got, user, err := store.FindSession(ctx, tokenHash("one"))
	if err != nil {
		t.Fatal(err)
	}
	if got.UserID != u.ID || got.CSRFToken != "csrf-one" || user.DisplayName != "Ada" || !user.CanEdit(buryONS) {
		t.Errorf("found %+v of %+v", got, user)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("two")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("unknown token: %v", err)
	}
}

func TestSession_CreateRefused(t *testing.T) {
	ctx := context.Background()
	store, _ := clockStore(t)
	addUser(t, store, &benchmark.User{Email: "dan@b.uk", Role: benchmark.RoleAdmin})
	u := addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleViewer, National: true})
	yes := true
	if _, err := store.UpdateUser(ctx, u.ID, benchmark.UserUpdate{Disabled: &yes}); err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		s    benchmark.Session
		code string
	}{
		"the raw token":    {benchmark.Session{TokenHash: "one", UserID: u.ID, CSRFToken: "c"}, benchmark.EINVALID},
		"disabled account": {benchmark.Session{TokenHash: tokenHash("one"), UserID: u.ID, CSRFToken: "c"}, benchmark.EUNAUTHORIZED},
		"no such account":  {benchmark.Session{TokenHash: tokenHash("one"), UserID: 99, CSRFToken: "c"}, benchmark.ENOTFOUND},
	} {
		if err := store.CreateSession(ctx, &tc.s); benchmark.ErrorCode(err) != tc.code {
			t.Errorf("%s: %v, want %s", name, err, tc.code)
		}
	}
}

// TestSession_IdleExpiry: a session idle for the timeout ends, and
// touching it before then keeps it alive.
func TestSession_IdleExpiry(t *testing.T) {
	ctx := context.Background()
	store, now := clockStore(t)
	u := addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleViewer, National: true})
	newSession(t, store, u, "one")
	*now = now.Add(benchmark.SessionIdleTimeout - time.Minute)
	if err := store.TouchSession(ctx, tokenHash("one")); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(benchmark.SessionIdleTimeout - time.Minute)
	got, _, err := store.FindSession(ctx, tokenHash("one"))
	if err != nil {
		t.Fatalf("touched session ended: %v", err)
	}
	if !got.LastSeenAt.Equal(now.Add(-(benchmark.SessionIdleTimeout - time.Minute))) {
		t.Errorf("last seen %v", got.LastSeenAt)
	}
	*now = now.Add(time.Minute)
	if _, _, err := store.FindSession(ctx, tokenHash("one")); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Errorf("idle session: %v, want unauthorized", err)
	}
	if err := store.TouchSession(ctx, tokenHash("one")); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Errorf("touching an expired session: %v, want unauthorized", err)
	}
	if err := store.TouchSession(ctx, tokenHash("none")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("touching no session: %v, want not found", err)
	}
}

// TestSession_AbsoluteExpiry: however busy, a session ends after the
// absolute timeout, and a new sign-in then drops it.
func TestSession_AbsoluteExpiry(t *testing.T) {
	ctx := context.Background()
	store, now := clockStore(t)
	u := addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleViewer, National: true})
	newSession(t, store, u, "one")
	end := now.Add(benchmark.SessionAbsoluteTimeout)
	for now.Before(end) {
		if err := store.TouchSession(ctx, tokenHash("one")); err != nil {
			t.Fatalf("at %v: %v", now, err)
		}
		*now = now.Add(30 * time.Minute)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("one")); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Errorf("after %v: %v, want unauthorized", benchmark.SessionAbsoluteTimeout, err)
	}
	newSession(t, store, u, "two")
	if _, _, err := store.FindSession(ctx, tokenHash("one")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("expired session after a new sign-in: %v, want it dropped", err)
	}
}

// TestSession_DisabledUser: disabling an account through the service ends
// its sessions; a session whose account was disabled some other way is
// refused all the same.
func TestSession_DisabledUser(t *testing.T) {
	ctx := context.Background()
	store, _ := clockStore(t)
	ada := addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleViewer, National: true})
	ben := addUser(t, store, &benchmark.User{Email: "ben@b.uk", Role: benchmark.RoleViewer, National: true})
	newSession(t, store, ada, "ada")
	newSession(t, store, ben, "ben")
	yes := true
	if _, err := store.UpdateUser(ctx, ada.ID, benchmark.UserUpdate{Disabled: &yes}); err != nil {
		t.Fatal(err)
	}
	tx, err := store.DB.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE users SET disabled = 1 WHERE id = ?`, ben.ID); err != nil {
		t.Fatal(err)
	} else if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("ada")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("session of an account disabled by the service: %v, want it gone", err)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("ben")); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Errorf("session of an account disabled in the table: %v, want unauthorized", err)
	}
}

func TestSession_Delete(t *testing.T) {
	ctx := context.Background()
	store, _ := clockStore(t)
	ada := addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleViewer, National: true})
	ben := addUser(t, store, &benchmark.User{Email: "ben@b.uk", Role: benchmark.RoleViewer, National: true})
	newSession(t, store, ada, "a1")
	newSession(t, store, ada, "a2")
	newSession(t, store, ben, "b1")
	if err := store.DeleteSession(ctx, tokenHash("a1")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("a1")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("signed-out session: %v", err)
	}
	if err := store.DeleteSession(ctx, tokenHash("a1")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("signing out twice: %v, want not found", err)
	}
	if err := store.DeleteUserSessions(ctx, ada.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("a2")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("ada's other session: %v", err)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("b1")); err != nil {
		t.Errorf("ben's session ended with ada's: %v", err)
	}
	if err := store.DeleteUserSessions(ctx, 99); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("unknown account: %v", err)
	}
}

// A new password ends the account's sessions.
func TestSession_EndedByPasswordReset(t *testing.T) {
	ctx := context.Background()
	store, _ := clockStore(t)
	u := addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleViewer, National: true})
	newSession(t, store, u, "one")
	if err := store.SetPasswordHash(ctx, u.ID, "$argon2id$new"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.FindSession(ctx, tokenHash("one")); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("session after a password reset: %v, want it gone", err)
	}
}
