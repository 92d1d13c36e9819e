package main

import "context"

// runExport is the 'export' subcommand: 'export agreements' or 'export ratings'.
func (m *Main) runExport(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		return usagef("usage: svbench export agreements|ratings [flags]")
	}
	switch args[0] {
	case "agreements":
		return m.runExportAgreements(ctx, args[1:])
	case "ratings":
		return m.runExportRatings(ctx, args[1:])
	}
	return usagef("export: unknown kind %q; use agreements or ratings", args[0])
}
