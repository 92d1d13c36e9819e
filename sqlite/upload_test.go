package sqlite_test

import (
	"bytes"
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// pendingRows counts the stored checked uploads.
func pendingRows(t *testing.T, store *sqlite.Store) int {
	t.Helper()
	return count(t, store, `SELECT COUNT(*) FROM pending_uploads`)
}

func TestPendingUpload_BoundToAccountAndExpires(t *testing.T) {
	ctx := context.Background()
	store, now := clockStore(t)
	ada := addUser(t, store, &benchmark.User{Email: "ada@b.uk", DisplayName: "Ada", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	ben := addUser(t, store, &benchmark.User{Email: "ben@b.uk", DisplayName: "Ben", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	data := []byte("authority,agreement\r\nBury,x\r\n")
	up := &benchmark.PendingUpload{TokenHash: tokenHash("one"), UserID: ada.ID, FileName: "bury.csv", Data: data}
	if err := store.SavePendingUpload(ctx, up); err != nil {
		t.Fatal(err)
	}
	if !up.CreatedAt.Equal(*now) {
		t.Errorf("created at %v, want %v", up.CreatedAt, *now)
	}
	// The raw token is not what is stored.
	if n := count(t, store, `SELECT COUNT(*) FROM pending_uploads WHERE token_hash = ?`, tokenHash("one")); n != 1 {
		t.Fatalf("%d uploads stored under the token's hash, want 1", n)
	}
	got, err := store.FindPendingUpload(ctx, tokenHash("one"), ada.ID)
	if err != nil || !bytes.Equal(got.Data, data) || got.FileName != "bury.csv" {
		t.Fatalf("find = %+v, %v", got, err)
	}
	if _, err := store.FindPendingUpload(ctx, tokenHash("one"), ben.ID); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED || benchmark.ErrorMessage(err) != benchmark.ErrUploadOtherAccount {
		t.Errorf("another account: %v", err)
	}
	if _, err := store.FindPendingUpload(ctx, tokenHash("two"), ada.ID); benchmark.ErrorCode(err) != benchmark.ENOTFOUND || benchmark.ErrorMessage(err) != benchmark.ErrUploadUnknown {
		t.Errorf("unknown token: %v", err)
	}
	*now = now.Add(benchmark.PendingUploadLifetime - time.Second)
	if _, err := store.FindPendingUpload(ctx, tokenHash("one"), ada.ID); err != nil {
		t.Errorf("a second before expiry: %v", err)
	}
	*now = now.Add(time.Second)
	if _, err := store.FindPendingUpload(ctx, tokenHash("one"), ada.ID); benchmark.ErrorCode(err) != benchmark.ENOTFOUND || benchmark.ErrorMessage(err) != benchmark.ErrUploadExpired {
		t.Errorf("expired: %v", err)
	}
	// The next upload saved deletes the expired one.
	if err := store.SavePendingUpload(ctx, &benchmark.PendingUpload{TokenHash: tokenHash("three"), UserID: ben.ID, Data: data}); err != nil {
		t.Fatal(err)
	}
	if n := pendingRows(t, store); n != 1 {
		t.Errorf("%d uploads kept, want only the new one", n)
	}
	if err := store.DeletePendingUpload(ctx, tokenHash("three")); err != nil || pendingRows(t, store) != 0 {
		t.Errorf("delete: %v, %d left", err, pendingRows(t, store))
	}
}

func TestPendingUpload_Validates(t *testing.T) {
	ctx := context.Background()
	store, _ := clockStore(t)
	ada := addUser(t, store, &benchmark.User{Email: "ada@b.uk", DisplayName: "Ada", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	for name, up := range map[string]*benchmark.PendingUpload{
		"raw token":  {TokenHash: "one", UserID: ada.ID, Data: []byte("x")},
		"no account": {TokenHash: tokenHash("one"), Data: []byte("x")},
		"no file":    {TokenHash: tokenHash("one"), UserID: ada.ID},
	} {
		if err := store.SavePendingUpload(ctx, up); benchmark.ErrorCode(err) != benchmark.EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
	if n := pendingRows(t, store); n != 0 {
		t.Errorf("%d invalid uploads stored", n)
	}
}

func TestPendingUpload_KeepsAnAccountsNewestFew(t *testing.T) {
	ctx := context.Background()
	store, now := clockStore(t)
	ada := addUser(t, store, &benchmark.User{Email: "ada@b.uk", DisplayName: "Ada", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	ben := addUser(t, store, &benchmark.User{Email: "ben@b.uk", DisplayName: "Ben", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	save := func(u *benchmark.User, token string) {
		t.Helper()
		*now = now.Add(time.Second)
		if err := store.SavePendingUpload(ctx, &benchmark.PendingUpload{TokenHash: tokenHash(token), UserID: u.ID, Data: []byte("x")}); err != nil {
			t.Fatal(err)
		}
	}
	save(ben, "ben")
	for i := 0; i <= benchmark.MaxPendingUploads; i++ {
		save(ada, "ada"+strconv.Itoa(i))
	}
	// Ada's first is forgotten, her newest kept; Ben's is not hers to lose.
	if _, err := store.FindPendingUpload(ctx, tokenHash("ada0"), ada.ID); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("Ada's oldest upload: %v, want forgotten", err)
	}
	for i := 1; i <= benchmark.MaxPendingUploads; i++ {
		if _, err := store.FindPendingUpload(ctx, tokenHash("ada"+strconv.Itoa(i)), ada.ID); err != nil {
			t.Errorf("Ada's upload %d: %v", i, err)
		}
	}
	if _, err := store.FindPendingUpload(ctx, tokenHash("ben"), ben.ID); err != nil {
		t.Errorf("Ben's upload: %v", err)
	}
}
