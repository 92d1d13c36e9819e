package main

import "context"

// runUsers is the 'users' subcommand. Accounts are not built yet: the web
// app asks each editor for a display name instead. 'users add' explains
// that and exits with status 2, as a command this build cannot carry out,
// without reading a password or touching the database.
func (m *Main) runUsers(ctx context.Context, args []string) error {
	return m.runKinds(ctx, "users", "users add --email E --role admin|editor|viewer [--authority CODE]", []subcommand{
		{"add", "add a user account (not built yet)", (*Main).runUsersAdd},
	}, args)
}

// runUsersAdd is 'svbench users add --email E --role admin|editor|viewer
// [--authority CODE]'.
func (m *Main) runUsersAdd(ctx context.Context, args []string) error {
	fs, _ := m.newFlagSet("users add", "users add --email E --role admin|editor|viewer [--authority CODE]")
	fs.about = "User accounts are not built yet. Until they are, nobody signs in: the web app\n" +
		"asks each editor for a display name and records it in the history of every\n" +
		"change. This command changes nothing and exits with status 2; when accounts\n" +
		"are built it will read the new user's password from standard input."
	fs.String("email", "", "email address `E` of the new user")
	fs.String("role", "", "the new user's `ROLE`: admin, editor or viewer")
	fs.String("authority", "", "the authority the user works for: its name, ONS code or DfE `CODE`")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	return usagef("user accounts are not built yet, so 'svbench users add' cannot add anyone; the web app asks each editor for a display name instead")
}
