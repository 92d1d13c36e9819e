package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
)

// A password the policy accepts (three random words).
const goodPassword = "ledger quietly orbits"

// runIn is run with stdin and the cheap password hashing tests use.
func runIn(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr, m.Stdin = &out, &errOut, strings.NewReader(stdin)
	m.Hasher = auth.NewHasher(auth.TestParams)
	code := m.Run(context.Background(), args)
	m.Close()
	return code, out.String(), errOut.String()
}

// mustRun runs a users command that must succeed.
func mustRun(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, stdout, stderr := runIn(t, stdin, args...)
	if code != 0 || stderr != "" {
		t.Fatalf("svbench %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	return stdout
}

// checkPassword reports whether the stored hash of email matches password.
func checkPassword(t *testing.T, db, email, password string) bool {
	t.Helper()
	_, hash, err := openTestStore(t, db).FindPasswordHash(context.Background(), email)
	if err != nil {
		t.Fatal(err)
	}
	ok, err := auth.NewHasher(auth.TestParams).Verify(password, hash)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// TestUsersAdd: an editor of two authorities named by DfE code and by
// name (Bury is 351, Bristol "Bristol, City of": datasets/authorities.csv, shown by its place name),
// the password hashed from standard input and the CLI named as creator.
func TestUsersAdd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "svbench.db")
	out := mustRun(t, goodPassword+"\nignored second line\n", "users", "add", "--email", " Ada@Council.gov.uk",
		"--role", "editor", "--authority", "351", "--authority", "Bristol", "--authority", "Bury", "--name", "Ada L", "--db", db)
	if out != "Added ada@council.gov.uk, editor of Bristol, Bury.\n" {
		t.Errorf("stdout %q", out)
	}
	u, err := openTestStore(t, db).FindUserByEmail(context.Background(), "ada@council.gov.uk")
	if err != nil {
		t.Fatal(err)
	}
	if u.Role != benchmark.RoleEditor || u.DisplayName != "Ada L" || strings.Join(u.Authorities, " ") != "E06000023 E08000002" ||
		!strings.HasPrefix(u.CreatedBy, "cli:") || !u.CanEdit("E08000002") {
		t.Errorf("stored %+v", u)
	}
	if !checkPassword(t, db, u.Email, goodPassword) || checkPassword(t, db, u.Email, goodPassword+"\n") {
		t.Error("the stored hash is not of the first line of standard input")
	}
	mustRun(t, goodPassword+"\r\n", "users", "add", "--email", "dfe@education.gov.uk", "--role", "viewer", "--national", "--db", db)
	if !checkPassword(t, db, "dfe@education.gov.uk", goodPassword) {
		t.Error("a CRLF line ending is part of the password")
	}
}

// TestUsersAdd_Refused: bad input is exit 1 with one message and no
// account; bad usage is exit 2 and opens no database.
func TestUsersAdd_Refused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "svbench.db")
	add := func(email, role string, more ...string) []string {
		return append([]string{"users", "add", "--email", email, "--role", role, "--db", db}, more...)
	}
	for _, tc := range []struct {
		name, stdin string
		args        []string
		code        int
		want        string // in stderr
	}{
		{"no --role", goodPassword, []string{"users", "add", "--email", "a@b.uk", "--db", db}, 2, "give --email and --role"},
		{"unknown role", goodPassword, add("a@b.uk", "owner"), 2, `--role must be admin, editor or viewer, not "owner"`},
		{"a stray argument", goodPassword, append(add("a@b.uk", "admin"), "extra"), 2, "nothing else"},
		{"editor of no authority", goodPassword, add("a@b.uk", "editor"), 1, "Name at least one authority"},
		{"national editor", goodPassword, add("a@b.uk", "editor", "--national", "--authority", "Bury"), 1, "An editor cannot be national"},
		{"not an email", goodPassword, add("ada", "admin"), 1, "Give an email address"},
		{"no password", "", add("a@b.uk", "admin"), 1, "Give the password on standard input"},
		{"eleven characters", "abcdefghijk\n", add("a@b.uk", "admin"), 1, "Use at least 12 characters"},
		{"a common password", "Password1234\n", add("a@b.uk", "admin"), 1, "most common passwords"},
		{"the email's name", "ada.lovelace!!\n", add("ada.lovelace@b.uk", "admin"), 1, "email address"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runIn(t, tc.stdin, tc.args...)
			if code != tc.code || stdout != "" || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "svbench:") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, stdout, stderr, tc.code, tc.want)
			}
		})
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a command refused before its database was needed created it")
	}
	mustRun(t, goodPassword, add("ada@b.uk", "admin")...)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown authority", add("ben@b.uk", "viewer", "--authority", "Atlantis"), `No authority is named or coded "Atlantis".`},
		{"email taken, other case", add("ADA@b.uk", "viewer", "--national"), "There is already an account for ada@b.uk."},
	} {
		code, _, stderr := runIn(t, goodPassword, tc.args...)
		if code != 1 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", tc.name, code, stderr, tc.want)
		}
	}
	if out := mustRun(t, "", "users", "list", "--db", db); strings.Count(out, "\n") != 2 {
		t.Errorf("refused adds left accounts:\n%s", out)
	}
}

func TestUsersList(t *testing.T) {
	db := filepath.Join(t.TempDir(), "svbench.db")
	if out := mustRun(t, "", "users", "list", "--db", db); out != "No accounts yet: add one with 'svbench users add'.\n" {
		t.Errorf("empty list: %q", out)
	}
	mustRun(t, goodPassword, "users", "add", "--email", "root@b.uk", "--role", "admin", "--name", "Root", "--db", db)
	mustRun(t, goodPassword, "users", "add", "--email", "ada@b.uk", "--role", "editor", "--authority", "Stoke-on-Trent", "--name", "Ada", "--db", db)
	mustRun(t, goodPassword, "users", "add", "--email", "dfe@b.uk", "--role", "viewer", "--national", "--db", db)
	mustRun(t, "", "users", "disable", "--email", "dfe@b.uk", "--db", db)
	out := mustRun(t, "", "users", "list", "--db", db)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := [][]string{
		{"EMAIL", "NAME", "ROLE", "SCOPE", "DISABLED"},
		{"ada@b.uk", "Ada", "editor", "Stoke-on-Trent", "no"},
		{"dfe@b.uk", "viewer", "national", "yes"}, // no display name
		{"root@b.uk", "Root", "admin", "national", "no"},
	}
	if len(lines) != len(want) {
		t.Fatalf("list:\n%s", out)
	}
	for i, w := range want {
		if got := strings.Fields(lines[i]); strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("line %d: %q, want %q", i+1, got, w)
		}
	}
}

// TestUsersDisable: a disabled account's sessions end and it cannot sign
// in again; the last admin cannot be disabled.
func TestUsersDisable(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "svbench.db")
	mustRun(t, goodPassword, "users", "add", "--email", "root@b.uk", "--role", "admin", "--db", db)
	mustRun(t, goodPassword, "users", "add", "--email", "ada@b.uk", "--role", "viewer", "--authority", "Bury", "--db", db)
	store := openTestStore(t, db)
	ada, _ := store.FindUserByEmail(ctx, "ada@b.uk")
	token := auth.HashToken(auth.NewToken())
	if err := store.CreateSession(ctx, &benchmark.Session{TokenHash: token, UserID: ada.ID, CSRFToken: auth.NewToken()}); err != nil {
		t.Fatal(err)
	}
	if out := mustRun(t, "", "users", "disable", "--email", "ADA@b.uk", "--db", db); out != "Disabled ada@b.uk; its sessions have ended.\n" {
		t.Errorf("stdout %q", out)
	}
	if _, _, err := store.FindSession(ctx, token); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("session of the disabled account: %v", err)
	}
	if err := store.CreateSession(ctx, &benchmark.Session{TokenHash: token, UserID: ada.ID, CSRFToken: "c"}); benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
		t.Errorf("signing in a disabled account: %v", err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"users", "disable", "--email", "root@b.uk", "--db", db}, 1, "root@b.uk is the only admin"},
		{[]string{"users", "disable", "--email", "nobody@b.uk", "--db", db}, 1, "There is no account for nobody@b.uk."},
		{[]string{"users", "disable", "--db", db}, 2, "give --email"},
	} {
		if code, _, stderr := runIn(t, "", tc.args...); code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
}

// TestUsersResetPassword: the new password replaces the old and ends the
// account's sessions; a refused password changes nothing.
func TestUsersResetPassword(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "svbench.db")
	mustRun(t, goodPassword, "users", "add", "--email", "ada@b.uk", "--role", "viewer", "--national", "--db", db)
	store := openTestStore(t, db)
	ada, _ := store.FindUserByEmail(ctx, "ada@b.uk")
	token := auth.HashToken(auth.NewToken())
	if err := store.CreateSession(ctx, &benchmark.Session{TokenHash: token, UserID: ada.ID, CSRFToken: "c"}); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runIn(t, "short\n", "users", "reset-password", "--email", "ada@b.uk", "--db", db); code != 1 || !strings.Contains(stderr, "at least 12") {
		t.Errorf("short password: exit %d, %q", code, stderr)
	}
	if _, _, err := store.FindSession(ctx, token); err != nil || !checkPassword(t, db, "ada@b.uk", goodPassword) {
		t.Errorf("a refused reset changed something: session %v", err)
	}
	const next = "copper kettle meadow"
	if out := mustRun(t, next+"\n", "users", "reset-password", "--email", "ada@b.uk", "--db", db); out != "Set a new password for ada@b.uk; its sessions have ended.\n" {
		t.Errorf("stdout %q", out)
	}
	if !checkPassword(t, db, "ada@b.uk", next) || checkPassword(t, db, "ada@b.uk", goodPassword) {
		t.Error("the new password does not replace the old")
	}
	if _, _, err := store.FindSession(ctx, token); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("session after a reset: %v", err)
	}
	if code, _, stderr := runIn(t, next, "users", "reset-password", "--email", "nobody@b.uk", "--db", db); code != 1 || !strings.Contains(stderr, "no account") {
		t.Errorf("unknown account: exit %d, %q", code, stderr)
	}
}
