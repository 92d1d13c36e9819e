package main

import "context"

// runServe is the 'serve' subcommand.
func (m *Main) runServe(ctx context.Context, args []string) error {
	return notYet("serve", args)
}
