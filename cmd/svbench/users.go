package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/samber/lo"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// usersUsage is the synopsis of 'svbench users'.
const usersUsage = "users add|list|disable|reset-password [flags]"

// runUsers is the 'users' subcommand: add, list, disable, reset-password.
func (m *Main) runUsers(ctx context.Context, args []string) error {
	return m.runKinds(ctx, "users", usersUsage, []subcommand{
		{"add", "add an account; its password is read from standard input", (*Main).runUsersAdd},
		{"list", "list the accounts: email, name, role, scope, disabled", (*Main).runUsersList},
		{"disable", "disable an account and end its sessions", (*Main).runUsersDisable},
		{"reset-password", "set a new password read from standard input and end the account's sessions", (*Main).runUsersResetPassword},
	}, args)
}

// passwordAbout is the help text on how a password is given and checked.
const passwordAbout = "The password is the first line of standard input, e.g.\n" +
	"  printf '%s\\n' \"$PASSWORD\" | svbench users ...\n" +
	"It needs at least 12 characters and no more than 256; any characters may be used\n" +
	"and there are no rules on capitals or digits. Common passwords and ones built from\n" +
	"the email address are refused (exit status 1)."

// runUsersAdd is 'svbench users add --email E --role admin|editor|viewer
// [--authority CODE]... [--national] [--name DISPLAY]'.
func (m *Main) runUsersAdd(ctx context.Context, args []string) error {
	const usage = "users add --email E --role admin|editor|viewer [--authority CODE]... [--national] [--name DISPLAY]"
	fs, dbPath := m.newFlagSet("users add", usage)
	fs.about = "Adds an account. An editor works for one or more authorities (--authority, repeated);\n" +
		"a viewer reads one or more authorities, or every one with --national; an admin\n" +
		"manages accounts and reads every authority.\n\n" + passwordAbout
	email := fs.String("email", "", "email address `E` the new account signs in with")
	role := fs.String("role", "", "the account's `ROLE`: admin, editor or viewer")
	var codes stringList
	fs.Var(&codes, "authority", "an authority the account works for: its name, ONS or DfE `CODE`; repeat for more")
	national := fs.Bool("national", false, "let an admin or a viewer read every authority")
	name := fs.String("name", "", "the `DISPLAY` name history shows for the account's changes (default: the email)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *email == "" || *role == "" {
		return usagef("users add: give --email and --role, and nothing else")
	}
	r := benchmark.Role(strings.ToLower(*role))
	if !r.Valid() {
		return usagef("users add: --role must be admin, editor or viewer, not %q", *role)
	}
	u := &benchmark.User{Email: *email, DisplayName: *name, Role: r, National: *national, Authorities: codes, CreatedBy: osActor()}
	u.Normalize()
	if err := u.Validate(); err != nil {
		return err
	}
	password, err := m.readNewPassword(u.Email)
	if err != nil {
		return err
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	nameOf := map[string]string{} // ONS code -> name
	for _, code := range codes {
		a, err := store.FindAuthority(ctx, code)
		if err != nil {
			return err
		}
		nameOf[a.ONSCode] = a.Place()
	}
	u.Authorities = lo.Keys(nameOf)
	u.Normalize()
	names := lo.Map(u.Authorities, func(c string, _ int) string { return nameOf[c] })
	if err := store.CreateUser(ctx, u, m.Hasher.Hash(password)); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Added %s, %s.\n", u.Email, roleScope(u, names))
	return nil
}

// roleScope words an account's role and scope, e.g. "editor of Bury".
func roleScope(u *benchmark.User, names []string) string {
	if scope := scopeOf(u, names); scope != "national" {
		return string(u.Role) + " of " + scope
	}
	return "national " + string(u.Role)
}

// scopeOf is the authorities an account reads: "national" for admins and
// national accounts, else the authorities' names.
func scopeOf(u *benchmark.User, names []string) string {
	if u.Role == benchmark.RoleAdmin || u.National {
		return "national"
	}
	return strings.Join(names, ", ")
}

// runUsersList is 'svbench users list'.
func (m *Main) runUsersList(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("users list", "users list")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("users list: takes no arguments")
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	users, _, err := store.FindUsers(ctx, benchmark.UserFilter{})
	if err != nil {
		return err
	}
	if len(users) == 0 {
		fmt.Fprintln(m.Stdout, "No accounts yet: add one with 'svbench users add'.")
		return nil
	}
	authorities, err := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		return err
	}
	nameOf := map[string]string{}
	for _, a := range authorities {
		nameOf[a.ONSCode] = a.Place()
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "EMAIL\tNAME\tROLE\tSCOPE\tDISABLED")
	for _, u := range users {
		names := make([]string, len(u.Authorities))
		for i, c := range u.Authorities {
			names[i] = nameOf[c]
		}
		disabled := "no"
		if u.Disabled {
			disabled = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", u.Email, u.DisplayName, u.Role, scopeOf(u, names), disabled)
	}
	return tw.Flush()
}

// runUsersDisable is 'svbench users disable --email E'.
func (m *Main) runUsersDisable(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("users disable", "users disable --email E")
	fs.about = "Disables the account: it can no longer sign in, and its sessions end now."
	email := fs.String("email", "", "email address `E` of the account")
	if err := parseEmailOnly(fs, args, email); err != nil {
		return err
	}
	store, u, err := m.findAccount(ctx, *dbPath, *email)
	if err != nil {
		return err
	}
	yes := true
	if _, err := store.UpdateUser(ctx, u.ID, benchmark.UserUpdate{Disabled: &yes}); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Disabled %s; its sessions have ended.\n", u.Email)
	return nil
}

// runUsersResetPassword is 'svbench users reset-password --email E'.
func (m *Main) runUsersResetPassword(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("users reset-password", "users reset-password --email E")
	fs.about = "Sets the account's password and ends its sessions.\n\n" + passwordAbout
	email := fs.String("email", "", "email address `E` of the account")
	if err := parseEmailOnly(fs, args, email); err != nil {
		return err
	}
	password, err := m.readNewPassword(*email)
	if err != nil {
		return err
	}
	store, u, err := m.findAccount(ctx, *dbPath, *email)
	if err != nil {
		return err
	}
	if err := store.SetPasswordHash(ctx, u.ID, m.Hasher.Hash(password)); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Set a new password for %s; its sessions have ended.\n", u.Email)
	return nil
}

// findAccount opens the database at dbPath and finds the account with email.
func (m *Main) findAccount(ctx context.Context, dbPath, email string) (*sqlite.Store, *benchmark.User, error) {
	store, err := m.openStore(ctx, dbPath)
	if err != nil {
		return nil, nil, err
	}
	u, err := store.FindUserByEmail(ctx, email)
	if err != nil {
		return nil, nil, err
	}
	return store, u, nil
}

// parseEmailOnly parses the flags of a command that takes --email and
// nothing else.
func parseEmailOnly(fs *flagSet, args []string, email *string) error {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || strings.TrimSpace(*email) == "" {
		return usagef("%s: give --email and nothing else", fs.Name())
	}
	return nil
}

// readNewPassword reads the first line of standard input and checks it
// by the password policy for the account with email.
func (m *Main) readNewPassword(email string) (string, error) {
	password, err := readPasswordLine(m.Stdin)
	if err != nil {
		return "", err
	}
	policy, err := ingest.PasswordPolicy(datasets.FS)
	if err != nil {
		return "", err
	}
	if err := policy.Check(password, email); err != nil {
		return "", err
	}
	return password, nil
}
