package main

import (
	"context"
	"io"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// runExportAgreements is 'svbench export agreements [--agreement ID] -o FILE.csv'.
func (m *Main) runExportAgreements(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("export agreements", "export agreements [--agreement ID] -o FILE.csv")
	fs.about = "Writes the agreement format that 'svbench import agreements' reads, plus each\nmapping's source and confidence."
	id := fs.Int("agreement", 0, "export only the agreement with this `ID` (any revision)")
	out := fs.String("o", "", "output `FILE`; - for standard output")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 || *out == "" {
		return usagef("export agreements: give -o FILE.csv")
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	var list []*benchmark.Agreement
	if *id != 0 {
		a, err := store.FindAgreementByID(ctx, *id)
		if err != nil {
			return err
		}
		list = []*benchmark.Agreement{a}
	} else if list, err = store.FindAgreements(ctx, benchmark.AgreementFilter{}); err != nil {
		return err
	}
	return m.writeResult(*out, plural(len(list), "agreement"), func(w io.Writer) error {
		return ingest.WriteAgreementsCSV(w, list)
	})
}
