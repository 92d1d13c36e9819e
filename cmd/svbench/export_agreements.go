package main

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// runExportAgreements is 'svbench export agreements [--agreement ID] -o FILE.csv'.
func (m *Main) runExportAgreements(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("export agreements", "export agreements [--agreement ID] -o FILE.csv")
	id := fs.Int("agreement", 0, "export only this agreement (any revision)")
	out := fs.String("o", "", "output file; - for standard output")
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
	if *out == "-" {
		return ingest.WriteAgreementsCSV(m.Stdout, list)
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("export agreements: %w", err)
	}
	w := bufio.NewWriter(f)
	if err := ingest.WriteAgreementsCSV(w, list); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("export agreements: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export agreements: %w", err)
	}
	fmt.Fprintf(m.Stderr, "wrote %d agreements to %s\n", len(list), *out)
	return nil
}
