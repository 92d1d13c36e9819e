package main

import "context"

// runExportRatings is 'svbench export ratings'.
func (m *Main) runExportRatings(ctx context.Context, args []string) error {
	return notYet("export ratings", args)
}
