package main

import "context"

// runUsers is the 'users' subcommand.
func (m *Main) runUsers(ctx context.Context, args []string) error {
	return notYet("users", args)
}
