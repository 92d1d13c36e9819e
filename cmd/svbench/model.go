package main

import "context"

// runModel is the 'model' subcommand.
func (m *Main) runModel(ctx context.Context, args []string) error {
	return notYet("model", args)
}
