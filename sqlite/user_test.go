package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// Bury is E08000002, DfE 351; Bristol E06000023 (datasets/authorities.csv).
const (
	buryONS    = "E08000002"
	bristolONS = "E06000023"
)

// addUser creates an account with a stand-in hash, failing the test on error.
func addUser(t *testing.T, store *sqlite.Store, u *benchmark.User) *benchmark.User {
	t.Helper()
	if err := store.CreateUser(context.Background(), u, "$argon2id$stand-in"); err != nil {
		t.Fatalf("create %s: %v", u.Email, err)
	}
	return u
}

func TestCreateUser_StoresNormalised(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	u := addUser(t, store, &benchmark.User{Email: " Ada@Council.gov.UK", DisplayName: " Ada ", Role: benchmark.RoleEditor,
		Authorities: []string{"e08000002", bristolONS}, CreatedBy: "cli:root"})
	if u.ID == 0 || u.CreatedAt.IsZero() || u.Email != "ada@council.gov.uk" {
		t.Errorf("created = %+v", u)
	}
	got, err := store.FindUserByID(ctx, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Email != "ada@council.gov.uk" || got.DisplayName != "Ada" || got.Role != benchmark.RoleEditor ||
		len(got.Authorities) != 2 || got.Authorities[0] != bristolONS || got.Authorities[1] != buryONS ||
		got.CreatedBy != "cli:root" || !got.CreatedAt.Equal(u.CreatedAt) || got.Disabled || got.National {
		t.Errorf("found = %+v", got)
	}
	byEmail, err := store.FindUserByEmail(ctx, "ADA@council.gov.uk ")
	if err != nil || byEmail.ID != u.ID {
		t.Errorf("by email in another case: %v, %v", byEmail, err)
	}
}

func TestCreateUser_Refused(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	addUser(t, store, &benchmark.User{Email: "ada@council.gov.uk", Role: benchmark.RoleAdmin})
	for _, tc := range []struct {
		name string
		u    benchmark.User
		hash string
		code string
	}{
		{"same email, other case", benchmark.User{Email: "ADA@Council.gov.uk", Role: benchmark.RoleAdmin}, "h", benchmark.ECONFLICT},
		{"unknown authority", benchmark.User{Email: "ben@b.uk", Role: benchmark.RoleEditor, Authorities: []string{"E99999999"}}, "h", benchmark.EINVALID},
		{"editor of none", benchmark.User{Email: "ben@b.uk", Role: benchmark.RoleEditor}, "h", benchmark.EINVALID},
		{"no password hash", benchmark.User{Email: "ben@b.uk", Role: benchmark.RoleAdmin}, "", benchmark.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := store.CreateUser(ctx, &tc.u, tc.hash); benchmark.ErrorCode(err) != tc.code {
				t.Errorf("err = %v, want code %s", err, tc.code)
			}
		})
	}
	if _, n, _ := store.FindUsers(ctx, benchmark.UserFilter{}); n != 1 {
		t.Errorf("%d accounts after refusals, want 1", n)
	}
}

func TestFindUser_NotFound(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	if u, err := store.FindUserByID(ctx, 42); u != nil || benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("by id: %v, %v", u, err)
	}
	if u, err := store.FindUserByEmail(ctx, "nobody@b.uk"); u != nil || benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("by email: %v, %v", u, err)
	}
	if u, h, err := store.FindPasswordHash(ctx, "nobody@b.uk"); u != nil || h != "" || benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("password: %v, %q, %v", u, h, err)
	}
}

func TestFindUsers_FilterAndPage(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	addUser(t, store, &benchmark.User{Email: "cat@b.uk", Role: benchmark.RoleViewer, National: true})
	addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	addUser(t, store, &benchmark.User{Email: "ben@b.uk", Role: benchmark.RoleEditor, Authorities: []string{bristolONS}})
	addUser(t, store, &benchmark.User{Email: "dan@b.uk", Role: benchmark.RoleAdmin})

	emails := func(list []*benchmark.User) (out []string) {
		for _, u := range list {
			out = append(out, u.Email)
		}
		return out
	}
	editor, bury := benchmark.RoleEditor, buryONS
	for _, tc := range []struct {
		name   string
		filter benchmark.UserFilter
		want   []string
		total  int
	}{
		{"all, by email", benchmark.UserFilter{}, []string{"ada@b.uk", "ben@b.uk", "cat@b.uk", "dan@b.uk"}, 4},
		{"editors", benchmark.UserFilter{Role: &editor}, []string{"ada@b.uk", "ben@b.uk"}, 2},
		{"working for Bury", benchmark.UserFilter{Authority: &bury}, []string{"ada@b.uk"}, 1},
		{"second page of two", benchmark.UserFilter{Offset: 2, Limit: 2}, []string{"cat@b.uk", "dan@b.uk"}, 4},
		{"past the end", benchmark.UserFilter{Offset: 4, Limit: 2}, nil, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list, n, err := store.FindUsers(ctx, tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			if got := emails(list); n != tc.total || strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %q of %d, want %q of %d", got, n, tc.want, tc.total)
			}
		})
	}
}

func TestUpdateUser(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	u := addUser(t, store, &benchmark.User{Email: "ada@b.uk", DisplayName: "Ada", Role: benchmark.RoleEditor, Authorities: []string{buryONS}})
	addUser(t, store, &benchmark.User{Email: "ben@b.uk", Role: benchmark.RoleAdmin})
	name, codes := "Ada Lovelace", []string{"e06000023"}
	got, err := store.UpdateUser(ctx, u.ID, benchmark.UserUpdate{DisplayName: &name, Authorities: &codes})
	if err != nil {
		t.Fatal(err)
	}
	again, _ := store.FindUserByID(ctx, u.ID)
	for _, v := range []*benchmark.User{got, again} {
		if v.DisplayName != "Ada Lovelace" || len(v.Authorities) != 1 || v.Authorities[0] != bristolONS || v.Role != benchmark.RoleEditor {
			t.Errorf("updated = %+v", v)
		}
	}
	taken, none := "BEN@b.uk", []string{}
	for name, upd := range map[string]benchmark.UserUpdate{
		"another account's email":   {Email: &taken},
		"an editor of no authority": {Authorities: &none},
	} {
		if _, err := store.UpdateUser(ctx, u.ID, upd); err == nil {
			t.Errorf("%s accepted", name)
		}
	}
	if again, _ := store.FindUserByID(ctx, u.ID); again.Email != "ada@b.uk" || len(again.Authorities) != 1 {
		t.Errorf("a refused update changed the account: %+v", again)
	}
	if _, err := store.UpdateUser(ctx, 99, benchmark.UserUpdate{DisplayName: &name}); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("unknown account: %v", err)
	}
}

// The last admin can be neither disabled nor made an editor or viewer:
// nobody could then manage accounts.
func TestUpdateUser_KeepsAnAdmin(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	ada := addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleAdmin})
	yes, viewer := true, benchmark.RoleViewer
	national := true
	if _, err := store.UpdateUser(ctx, ada.ID, benchmark.UserUpdate{Disabled: &yes}); benchmark.ErrorCode(err) != benchmark.ECONFLICT {
		t.Errorf("disabling the last admin: %v, want conflict", err)
	}
	if _, err := store.UpdateUser(ctx, ada.ID, benchmark.UserUpdate{Role: &viewer, National: &national}); benchmark.ErrorCode(err) != benchmark.ECONFLICT {
		t.Errorf("demoting the last admin: %v, want conflict", err)
	}
	addUser(t, store, &benchmark.User{Email: "ben@b.uk", Role: benchmark.RoleAdmin})
	if _, err := store.UpdateUser(ctx, ada.ID, benchmark.UserUpdate{Disabled: &yes}); err != nil {
		t.Errorf("disabling one of two admins: %v", err)
	}
}

func TestPasswordHash_SetAndFind(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	u := addUser(t, store, &benchmark.User{Email: "ada@b.uk", Role: benchmark.RoleAdmin})
	if err := store.SetPasswordHash(ctx, u.ID, "$argon2id$new"); err != nil {
		t.Fatal(err)
	}
	got, hash, err := store.FindPasswordHash(ctx, "Ada@b.uk")
	if err != nil || got.ID != u.ID || hash != "$argon2id$new" {
		t.Errorf("FindPasswordHash = %+v, %q, %v", got, hash, err)
	}
	if err := store.SetPasswordHash(ctx, u.ID, ""); benchmark.ErrorCode(err) != benchmark.EINVALID {
		t.Errorf("empty hash: %v", err)
	}
	if err := store.SetPasswordHash(ctx, 99, "x"); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("unknown account: %v", err)
	}
}
