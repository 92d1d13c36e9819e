package main

import "context"

// runBackup is the 'backup' subcommand.
func (m *Main) runBackup(ctx context.Context, args []string) error {
	return notYet("backup", args)
}
