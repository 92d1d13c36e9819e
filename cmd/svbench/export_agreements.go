package main

import "context"

// runExportAgreements is 'svbench export agreements'.
func (m *Main) runExportAgreements(ctx context.Context, args []string) error {
	return notYet("export agreements", args)
}
