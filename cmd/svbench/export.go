package main

import "context"

// runExport is the 'export' subcommand.
func (m *Main) runExport(ctx context.Context, args []string) error {
	return notYet("export", args)
}
