package main

import "context"

// runExport is the 'export' subcommand: 'export agreements' or 'export ratings'.
func (m *Main) runExport(ctx context.Context, args []string) error {
	return m.runKinds(ctx, "export", "export agreements|ratings [flags]", []subcommand{
		{"agreements", "write agreements in the agreement format, with each mapping's source", (*Main).runExportAgreements},
		{"ratings", "write an assessment round as the appendix-shaped CSV or an Excel workbook", (*Main).runExportRatings},
	}, args)
}
