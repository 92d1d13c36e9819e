package main

import "context"

// runImport is the 'import' subcommand.
func (m *Main) runImport(ctx context.Context, args []string) error {
	return notYet("import", args)
}
