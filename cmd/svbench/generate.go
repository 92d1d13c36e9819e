package main

import "context"

// runGenerate is the 'generate' subcommand.
func (m *Main) runGenerate(ctx context.Context, args []string) error {
	return notYet("generate", args)
}
